"""Facts of the separate tracks (WPO art. 4a, order measures, protocol duties) a case carries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class OrderFact:
    """One suspension as an order measure (ordemaatregel, law ST5): each is its own decision."""

    id: int
    decided_on: date
    start_on: date
    end_on: date
    response_due: date
    extends_id: int | None = None
    responded: bool = False
    letter_sent: bool = False

    @property
    def days(self) -> int:
        return (self.end_on - self.start_on).days + 1


@dataclass(frozen=True)
class TrackFacts:
    art4a: bool = False  # suspected sexual offence by staff against a minor pupil (V1)
    meldcode: bool = False  # domestic violence or child abuse at home: the Meldcode (V10)
    board_informed_on: date | None = None  # V2: when the board itself was told
    category: str = ""
    rules: tuple[str, ...] = ()
    orders: tuple[OrderFact, ...] = ()

    def last_order(self) -> OrderFact | None:
        return max(self.orders, key=lambda o: (o.start_on, o.id)) if self.orders else None
