"""Headless PDF reports: letters, dossier exports, the inspector call log and police sheets.

Pure ReportLab and pypdf code that takes plain dataclasses (reports.model) and returns bytes.
It never imports Qt, the UI or the database layer.
"""
