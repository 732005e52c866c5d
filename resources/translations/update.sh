#!/bin/sh
# Refresh the English catalogue from ui/ and compile it (run from the repository root).
set -e
.venv/bin/pyside6-lupdate $(find ui -name '*.py' | sort) -ts resources/translations/casemanager_en.ts \
    -source-language nl -target-language en -no-obsolete
.venv/bin/python resources/translations/phrasebook_en.py
.venv/bin/pyside6-lrelease resources/translations/casemanager_en.ts
