"""Table models: ids plus a cache of plain rows, pages fetched on demand off the GUI thread."""
