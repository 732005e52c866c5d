"""The PySide6 desktop application over the desktop_app services (never the database layer)."""

# The services (and what they import) load before PySide6 does: once loaded, PySide6 reads the
# source file of every module imported after it (its `__feature__` import hook), a tenth of the
# start-up's CPU when the whole core came after it.
import desktop_app.services.accounts  # noqa: F401
import desktop_app.services.database  # noqa: F401
