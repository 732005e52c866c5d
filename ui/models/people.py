"""People sorted the Dutch way ("Berg, Jan van der"), paged lazily over people.list_people."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from desktop_app.services import people
from desktop_app.services.dto import PersonInfo

from .. import i18n
from ..ops import OpContext, OpRunner
from .paged import Column, PagedTableModel


def people_columns(school_names: dict[int, str]) -> list[Column[PersonInfo]]:
    return [
        Column(
            lambda: QCoreApplication.translate("PeopleTableModel", "Naam"), lambda p: p.sort_name
        ),
        Column(
            lambda: QCoreApplication.translate("PeopleTableModel", "Soort"),
            lambda p: i18n.kind_label(p.kind),
        ),
        Column(
            lambda: QCoreApplication.translate("PeopleTableModel", "Functie / groep"),
            lambda p: p.function or p.group_name,
        ),
        Column(
            lambda: QCoreApplication.translate("PeopleTableModel", "School"),
            lambda p: school_names.get(p.school_id, ""),
        ),
        Column(lambda: QCoreApplication.translate("PeopleTableModel", "Plaats"), lambda p: p.city),
    ]


class PeopleTableModel(PagedTableModel[PersonInfo]):
    def __init__(
        self, ops: OpRunner, school_names: dict[int, str], parent: QObject | None = None
    ) -> None:
        self.kind: str | None = None
        self.school_id: int | None = None
        self.search = ""
        self._school_names = school_names
        super().__init__(
            ops,
            people_columns(school_names),
            self._load,
            lambda p: p.id,
            page_size=200,
            parent=parent,
        )

    def set_school_names(self, names: dict[int, str]) -> None:
        self._school_names.clear()
        self._school_names.update(names)

    def _load(
        self, ctx: OpContext, offset: int, limit: int, sort: str | None, descending: bool
    ) -> list[PersonInfo]:
        return people.list_people(
            ctx.db, ctx.actor,
            school_id=self.school_id,
            kind=self.kind,
            search=self.search,
            limit=limit,
            offset=offset,
        )
