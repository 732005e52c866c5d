"""Services: the only way to read or change data. Each call is one unit of work with its audit."""
