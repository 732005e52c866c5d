"""The navigation pages of the main window."""
