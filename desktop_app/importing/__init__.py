"""Reading school-administration exports (EDEXML, CSV, .xlsx) into plain records; no database."""
