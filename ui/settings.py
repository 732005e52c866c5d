"""Typed access to the per-user QSettings: every key has one type and one default."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from desktop_app.machine_config import machine_config

ORGANISATION = "Casemanager"
APPLICATION = "casemanager"


class UiSettings:
    """The only place that names QSettings keys; tests pass their own QSettings file."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings()

    @property
    def store(self) -> QSettings:
        return self._store

    def _str(self, key: str, default: str) -> str:
        value = self._store.value(key, default)
        return value if isinstance(value, str) else default

    def _int(self, key: str, default: int) -> int:
        value = self._store.value(key, default)
        try:
            return int(value)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return default

    def _bytes(self, key: str) -> QByteArray:
        value = self._store.value(key, QByteArray())
        return value if isinstance(value, QByteArray) else QByteArray()

    @property
    def language(self) -> str:
        # IT's machine-wide settings give the default and may narrow the choice.
        value = machine_config().allowed_language(self._str("ui/language", ""))
        return value if value in ("nl", "en") else "nl"

    @language.setter
    def language(self, value: str) -> None:
        self._store.setValue("ui/language", value)

    @property
    def geometry(self) -> QByteArray:
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._store.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray:
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._store.setValue("window/state", value)

    @property
    def last_page(self) -> str:
        return self._str("window/last_page", "dashboard")

    @last_page.setter
    def last_page(self, value: str) -> None:
        self._store.setValue("window/last_page", value)

    @property
    def username(self) -> str:
        """The account the app acts as until a login screen exists."""
        return self._str("account/username", "")

    @username.setter
    def username(self, value: str) -> None:
        self._store.setValue("account/username", value)

    @property
    def last_folder(self) -> str:
        return self._str("files/last_folder", "")

    @last_folder.setter
    def last_folder(self, value: str) -> None:
        self._store.setValue("files/last_folder", value)

    @property
    def incident_page_size(self) -> int:
        return max(50, self._int("incidents/page_size", 200))

    @property
    def idle_lock_minutes(self) -> int:
        """Minutes without keyboard or mouse before the window locks (1-60, default 10)."""
        return min(60, max(1, self._int("security/idle_lock_minutes", 10)))

    @idle_lock_minutes.setter
    def idle_lock_minutes(self, value: int) -> None:
        self._store.setValue("security/idle_lock_minutes", min(60, max(1, int(value))))

    def sync(self) -> None:
        self._store.sync()
