"""The PySide6 desktop application over the desktop_app services (never the database layer)."""
