"""Secrets this account keeps on this PC (the database server's password, the automatic
backup's passphrase), never in plain text: AES-256-GCM under a random per-user key in its own
file (`secrets.key`, 0600, in the user's private configuration folder), each value bound to
what it belongs to (a copy moved to another purpose or another PC does not open)."""

from __future__ import annotations

import base64
import os

from .paths import config_dir, private_file

KEY_FILE = "secrets.key"
# cryptography (its Rust bindings: ~40 ms) loads when a secret is sealed or opened, not with the
# modules that import this one at every start (the daily backup's check, the database choice).


def _key() -> bytes:
    """This account's key, made on first use (0600)."""
    path = config_dir() / KEY_FILE
    if path.exists():
        data = path.read_bytes()
        if len(data) == 32:
            return data
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    data = AESGCM.generate_key(bit_length=256)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as stream:
        stream.write(data)
    private_file(path)
    return data


def seal(value: str, bound_to: str) -> str:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(12)
    sealed = AESGCM(_key()).encrypt(nonce, value.encode("utf-8"), bound_to.encode("utf-8"))
    return base64.b64encode(nonce + sealed).decode("ascii")


def unseal(stored: str, bound_to: str) -> str | None:
    """The value, or None for another PC's key, another purpose or a damaged value."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        raw = base64.b64decode(stored)
        return AESGCM(_key()).decrypt(raw[:12], raw[12:], bound_to.encode("utf-8")).decode(
            "utf-8")
    except (InvalidTag, ValueError):
        return None
