"""Entry point: `casemanager` and `python -m desktop_app`."""

from __future__ import annotations

import sys

from desktop_app.cli import main  # absolute: the bundle runs this file as a script

if __name__ == "__main__":
    sys.exit(main())
