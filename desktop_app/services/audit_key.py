"""The secret that keys the audit chain: kept outside the database, so whoever can write the
database file still cannot forge a chain that verifies."""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import threading
from pathlib import Path

from ..domain.errors import CaseManagerError
from ..paths import config_dir

# A shared server: IT places one board key file on every PC and points this variable at it.
KEY_ENV = "CASEMANAGER_AUDIT_KEY"
KEY_FILE = "audit.key"

_lock = threading.Lock()
_cache: dict[str, bytes] = {}


def key_path() -> Path:
    """The board key named by CASEMANAGER_AUDIT_KEY, else this installation's own key."""
    named = os.environ.get(KEY_ENV)
    return Path(named) if named else config_dir() / KEY_FILE


class AuditKeyMissing(CaseManagerError):
    """The board key named by CASEMANAGER_AUDIT_KEY is not on this PC (or is too short)."""

    def __init__(self, path: str) -> None:
        super().__init__(
            f"De auditsleutel ontbreekt of is ongeldig ({path}). Vraag de beheerder de "
            "sleutel van het bestuur op deze pc te plaatsen; tot dan kan niets worden "
            "vastgelegd.",
            f"The audit key is missing or invalid ({path}). Ask IT to place the board's key "
            "on this PC; until then nothing can be recorded.", "AVG-32")


def load_key(create: bool = True) -> bytes:
    """Read the key; create this installation's key (0600) the first time it is needed."""
    path = key_path()
    with _lock:
        cached = _cache.get(str(path))
        if cached is not None:
            return cached
        if not path.exists():
            if not create or os.environ.get(KEY_ENV):
                raise AuditKeyMissing(str(path))  # a board key is placed by IT, never invented
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w", encoding="ascii") as handle:
                handle.write(secrets.token_hex(32) + "\n")
        text = path.read_text(encoding="ascii").strip()
        try:
            key = bytes.fromhex(text)
        except ValueError:
            key = text.encode("utf-8")  # a board key may be any long secret string
        if len(key) < 16:
            raise AuditKeyMissing(str(path))
        _cache[str(path)] = key
        return key


def key_id(key: bytes) -> str:
    """A short public fingerprint, stored with the chain so a wrong key is named as such."""
    return hmac.new(key, b"casemanager audit key id", hashlib.sha256).hexdigest()[:16]
