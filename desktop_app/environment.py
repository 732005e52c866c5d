"""Environment variables that the lightweight command-line parser names too (kept out of the
service modules, so building the parser does not import them)."""

PASSPHRASE_ENV = "CASEMANAGER_BACKUP_PASSPHRASE"
