"""Every custom model passes Qt's model tester (pytest-qt qtmodeltester)."""

from __future__ import annotations

from desktop_app.services import deadlines
from ui.context import AppContext
from ui.models.incidents import IncidentTableModel
from ui.models.listmodel import ListTableModel
from ui.models.people import PeopleTableModel
from ui.pages.dashboard import deadline_columns

from .conftest import settle


def test_incident_model_passes_the_model_tester(qtmodeltester, qtbot, ctx: AppContext) -> None:
    model = IncidentTableModel(ctx.ops, page_size=5)
    model.reload()
    settle(qtbot, ctx)
    assert model.rowCount() == 5 and model.canFetchMore()
    qtmodeltester.check(model)
    settle(qtbot, ctx)
    while model.canFetchMore():
        model.fetchMore()
        settle(qtbot, ctx)
    assert model.rowCount() == model.total == 21
    qtmodeltester.check(model)


def test_incident_model_sorts_and_filters(qtbot, ctx: AppContext) -> None:
    from PySide6.QtCore import Qt

    from desktop_app.services.incidents import IncidentFilter

    model = IncidentTableModel(ctx.ops, page_size=50)
    model.set_filter(IncidentFilter(search="Snapchat"))
    settle(qtbot, ctx)
    texts = [model.row(i).description for i in range(model.rowCount())]
    assert texts and all("Snapchat" in t for t in texts)
    model.set_filter(IncidentFilter())
    model.sort(0, Qt.SortOrder.AscendingOrder)
    settle(qtbot, ctx)
    ids = [model.id_at(i) for i in range(model.rowCount())]
    assert ids == sorted(ids)


def test_people_model_sorts_the_dutch_way(qtmodeltester, qtbot, ctx: AppContext) -> None:
    model = PeopleTableModel(ctx.ops, {})
    model.kind = "staff"
    model.reload()
    settle(qtbot, ctx)
    qtmodeltester.check(model)
    names = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert "Berg, Jan van der" in names
    assert names.index("Berg, Jan van der") < names.index("Dijk, Kees van")


def test_list_model_passes_the_model_tester(qtmodeltester, ctx: AppContext) -> None:
    model = ListTableModel(deadline_columns(), lambda d: d.case)
    model.set_rows(deadlines.open_deadlines(ctx.db, ctx.actor))
    assert model.rowCount() > 0
    qtmodeltester.check(model)
