"""At start: the automatic daily backup in the background (desktop_app.auto_backup decides
whether one is due); a failure is shown as its sentence, a success in the status bar."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow

from desktop_app import auto_backup

from .context import AppContext


def start_daily_backup(ctx: AppContext, window: QMainWindow) -> None:
    if not ctx.actor.may_change:
        return  # a read-only account makes no backups (nor is it audited as trying)

    def done(info: object) -> None:
        if info is None:
            return
        window.statusBar().showMessage(QCoreApplication.translate(
            "daily_backup", "De dagelijkse back-up is gemaakt: {file}").format(
                file=getattr(info, "path", "")), 15000)

    ctx.ops.op(lambda op: auto_backup.run_if_due(op.db, op.actor)).success(done).owner(
        window).run()
