"""The incident list over incidents.list_incidents: lazily paged, sorted and filtered."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject

from desktop_app.services import incidents
from desktop_app.services.dto import IncidentRow
from desktop_app.services.incidents import IncidentFilter

from .. import i18n
from ..ops import OpContext, OpRunner
from .paged import Column, PagedTableModel


def incident_columns() -> list[Column[IncidentRow]]:
    return [
        Column(
            lambda: QCoreApplication.translate("IncidentTableModel", "Nr."),
            lambda r: str(r.id),
            "id",
            align_right=True,
        ),
        Column(
            lambda: QCoreApplication.translate("IncidentTableModel", "Datum"),
            lambda r: i18n.short_date(r.occurred_on),
            "occurred_on",
        ),
        Column(
            lambda: QCoreApplication.translate("IncidentTableModel", "School"),
            lambda r: r.school_name,
            "school",
        ),
        Column(
            lambda: QCoreApplication.translate("IncidentTableModel", "Categorie"),
            lambda r: i18n.category_label(r.category),
            "category",
        ),
        Column(
            lambda: QCoreApplication.translate("IncidentTableModel", "Regels"),
            lambda r: r.rules,
            None,
            tooltip=lambda r: "\n".join(i18n.rule_label(c.strip()) for c in r.rules.split(",")),
        ),
        Column(
            lambda: QCoreApplication.translate("IncidentTableModel", "Betrokkene"),
            lambda r: r.subjects,
        ),
        Column(
            lambda: QCoreApplication.translate("IncidentTableModel", "Status"),
            lambda r: i18n.status_label(r.status),
        ),
        Column(
            lambda: QCoreApplication.translate("IncidentTableModel", "Ernst"),
            lambda r: i18n.severity_label(r.severity),
        ),
        Column(
            lambda: QCoreApplication.translate("IncidentTableModel", "Omschrijving"),
            lambda r: r.description.replace("\n", " "),
            None,
            tooltip=lambda r: r.description,
        ),
    ]


class IncidentTableModel(PagedTableModel[IncidentRow]):
    def __init__(self, ops: OpRunner, page_size: int = 200, parent: QObject | None = None) -> None:
        self._filter = IncidentFilter()
        super().__init__(
            ops,
            incident_columns(),
            self._load,
            lambda r: r.id,
            counter=self._count,
            page_size=page_size,
            parent=parent,
        )
        self._sort_key = "occurred_on"

    @property
    def filter(self) -> IncidentFilter:
        return self._filter

    def set_filter(self, new: IncidentFilter) -> None:
        self._filter = new
        self.reload()

    def set_search(self, text: str) -> None:
        self.set_filter(replace(self._filter, search=text))

    def _load(
        self, ctx: OpContext, offset: int, limit: int, sort: str | None, descending: bool
    ) -> list[IncidentRow]:
        chosen = self._filter
        return incidents.list_incidents(
            ctx.db, ctx.actor,
            chosen,
            offset=offset,
            limit=limit,
            sort=sort or "occurred_on",
            descending=descending,
        )

    def _count(self, ctx: OpContext) -> int:
        return incidents.count_incidents(ctx.db, ctx.actor, self._filter)
