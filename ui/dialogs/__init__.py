"""Dialogs and secondary windows: first run, incident editor, case, decision, letters."""
