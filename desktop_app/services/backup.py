"""Encrypted backups of the embedded database: make, verify whole, restore; daily rotation.

A backup file is `MAGIC`, a 4-byte header length, a JSON header (key-derivation parameters,
nonces, the board's identity) and one AES-GCM ciphertext over a zip that holds the database
snapshot, any extra named files (such as the audit seals kept outside the database) and a
manifest with each file's SHA-256. The header is the ciphertext's associated data, so any
change anywhere in the file fails the authentication tag before anything is replaced.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import io
import json
import os
import re
import sqlite3
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from .. import __version__, faults
from ..db import health
from ..domain.errors import InvalidInput, RuleViolation
from ..environment import PASSPHRASE_ENV as PASSPHRASE_ENV  # noqa: PLC0414 (re-export)
from . import outputs
from .database import Actor, Database

MAGIC = b"CASEMANAGER-BACKUP\x00\x01"
DATABASE_ENTRY = "casemanager.sqlite3"
EXTRA_PREFIX = "extra/"
MANIFEST = "manifest.json"
KEY_CHECK = b"casemanager backup key check"
MIN_PASSPHRASE = 10
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
MAX_SCRYPT_N = 2**20  # a forged header must not make a restore use gigabytes of memory
SUFFIX = ".cmbackup"


@dataclass(frozen=True)
class ExtraFile:
    """A file outside the database that belongs in every backup (e.g. branch D's audit
    seals): `locate` maps the database file to where this file lives beside it."""

    name: str
    locate: Callable[[Path], Path]


EXTRA_FILES: list[ExtraFile] = []


def register_extra_file(extra: ExtraFile) -> None:
    """Include another named file in backups and put it back on restore."""
    if not re.fullmatch(r"[A-Za-z0-9._-]+", extra.name):
        raise ValueError(f"bad extra file name {extra.name!r}")
    if all(e.name != extra.name for e in EXTRA_FILES):
        EXTRA_FILES.append(extra)


@dataclass(frozen=True)
class BackupInfo:
    path: str
    created: datetime
    bytes: int
    board_identity: str
    files: tuple[str, ...]


@dataclass(frozen=True)
class RestoreInfo:
    database: str
    created: datetime
    board: str
    documents: int
    audit_events: int
    files: tuple[str, ...]


class ServerBackups(RuleViolation):
    """A shared PostgreSQL server is backed up by the server's own tools (pg_dump)."""


def server_backups() -> ServerBackups:
    return ServerBackups(
        "Deze database staat op een gedeelde PostgreSQL-server: daar gelden de back-ups van "
        "de server (pg_dump; zie de README, 'Gedeelde server'). Er is niets gedaan.",
        "This database is on a shared PostgreSQL server: the server's own backups apply "
        "(pg_dump; see the README, 'Shared server'). Nothing was done.")


def _refused(nl: str, en: str) -> InvalidInput:
    return InvalidInput(nl, en)


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise _refused(
            f"Het wachtwoord voor de back-up moet minstens {MIN_PASSPHRASE} tekens hebben.",
            f"The backup passphrase must have at least {MIN_PASSPHRASE} characters.")


def _key(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def board_identity(database: Path) -> str:
    """The hash of a database's first audit event: the same for a board's copies, different
    for every other board (so a backup cannot overwrite another board's database)."""
    try:
        connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
        try:
            row = connection.execute("SELECT hash FROM audit_event WHERE seq = 1").fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return ""
    return str(row[0]) if row else ""


def _database_file(db: Database) -> Path:
    path = health.sqlite_path(db.engine.url.render_as_string(hide_password=False))
    if path is None:
        raise server_backups()
    return path


def _snapshot(source: Path) -> bytes:
    """A consistent copy through SQLite's online backup API, while others may keep writing."""
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "snapshot.sqlite3"
        src = sqlite3.connect(source)
        dst = sqlite3.connect(copy)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        finally:
            dst.close()
            src.close()
        return copy.read_bytes()


def _pack(files: dict[str, bytes]) -> bytes:
    manifest = {name: hashlib.sha256(data).hexdigest() for name, data in files.items()}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
        archive.writestr(MANIFEST, json.dumps(manifest, sort_keys=True))
    return buffer.getvalue()


def encrypt(files: dict[str, bytes], passphrase: str, identity: str, created: datetime) -> bytes:
    salt, nonce, check_nonce = os.urandom(16), os.urandom(12), os.urandom(12)
    header = {
        "format": 1, "app": __version__, "created": created.isoformat(timespec="seconds"),
        "board_identity": identity,
        "kdf": {"name": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P,
                "salt": base64.b64encode(salt).decode()},
        "nonce": base64.b64encode(nonce).decode(),
        "check_nonce": base64.b64encode(check_nonce).decode(),
    }
    key = _key(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    aead = AESGCM(key)
    head_no_check = json.dumps(header, sort_keys=True).encode()
    header["check"] = base64.b64encode(
        aead.encrypt(check_nonce, KEY_CHECK, MAGIC + head_no_check)).decode()
    head = json.dumps(header, sort_keys=True).encode()
    body = aead.encrypt(nonce, _pack(files), MAGIC + head)
    return MAGIC + len(head).to_bytes(4, "big") + head + body


def damaged(path: Path | str) -> InvalidInput:
    return _refused(
        f"De back-up {path} is beschadigd, afgebroken of gewijzigd; er is niets teruggezet.",
        f"The backup {path} is damaged, truncated or altered; nothing was restored.")


def decrypt(blob: bytes, passphrase: str, source: Path | str) -> tuple[dict[str, Any],
                                                                      dict[str, bytes]]:
    """Authenticate and open the whole file; refuse with the reason before anything else."""
    if not blob.startswith(MAGIC):
        raise _refused(f"{source} is geen back-up van Casemanager.",
                       f"{source} is not a Casemanager backup.")
    try:
        size = int.from_bytes(blob[len(MAGIC):len(MAGIC) + 4], "big")
        head = blob[len(MAGIC) + 4:len(MAGIC) + 4 + size]
        header = json.loads(head)
        kdf = header["kdf"]
        n, r, p = int(kdf["n"]), int(kdf["r"]), int(kdf["p"])
        if kdf["name"] != "scrypt" or not 2**14 <= n <= MAX_SCRYPT_N or r > 16 or p > 4:
            raise ValueError("kdf")
        salt = base64.b64decode(kdf["salt"])
        check = base64.b64decode(header.pop("check"))
        head_no_check = json.dumps(header, sort_keys=True).encode()
        nonce = base64.b64decode(header["nonce"])
        check_nonce = base64.b64decode(header["check_nonce"])
    except (ValueError, KeyError, TypeError):
        raise damaged(source) from None
    aead = AESGCM(_key(passphrase, salt, n, r, p))
    try:
        aead.decrypt(check_nonce, check, MAGIC + head_no_check)
    except InvalidTag:
        raise _refused(
            "Het wachtwoord klopt niet voor deze back-up (of de kop van het bestand is "
            "gewijzigd); er is niets teruggezet.",
            "The passphrase does not fit this backup (or the file's header was altered); "
            "nothing was restored.") from None
    try:
        payload = aead.decrypt(nonce, blob[len(MAGIC) + 4 + size:], MAGIC + head)
        with zipfile.ZipFile(io.BytesIO(payload)) as archive:
            files = {name: archive.read(name) for name in archive.namelist()}
        manifest = json.loads(files.pop(MANIFEST))
    except (InvalidTag, zipfile.BadZipFile, KeyError, ValueError):
        raise damaged(source) from None
    if set(manifest) != set(files) or DATABASE_ENTRY not in files or any(
            hashlib.sha256(files[name]).hexdigest() != digest
            for name, digest in manifest.items()):
        raise damaged(source)
    return header, files


def make_backup(db: Database, actor: Actor, out: Path, passphrase: str,
                force: bool = False) -> BackupInfo:
    """Snapshot, encrypt and write; the event `backup.create` commits with the file."""
    source = _database_file(db)
    check_passphrase(passphrase)
    outputs.check_target(out, force)
    files = {DATABASE_ENTRY: _snapshot(source)}
    for extra in EXTRA_FILES:
        where = extra.locate(source)
        if where.is_file():
            files[EXTRA_PREFIX + extra.name] = where.read_bytes()
    identity = board_identity(source)
    created = db.now()
    blob = encrypt(files, passphrase, identity, created)
    with outputs.writing(db, force) as written:
        written.write(out, blob)
        with db.transaction(actor) as tx:
            tx.audit("backup.create", "board", None, file=out.name, bytes=len(blob),
                     files=sorted(files))
    return BackupInfo(str(out), created, len(blob), identity, tuple(sorted(files)))


def _verify_database(candidate: Path) -> tuple[int, int, str]:
    """The restored copy is whole, its trail intact and every document matches its hash."""
    from sqlalchemy import select

    from ..db.models import Board, Document, DocumentContent
    from . import audit

    health.quick_check(candidate)
    copy = Database(f"sqlite:///{candidate}", create=False)
    try:
        with copy.sessions() as session:  # the whole file, not one account's view
            chain = audit.verify(session)
            if not chain.intact:
                raise _refused(
                    "De back-up bevat een audittrail die niet intact is: "
                    f"{chain.message_nl} Er is niets teruggezet.",
                    f"The backup holds an audit trail that is not intact: {chain.message_en} "
                    "Nothing was restored.")
            documents = 0
            for doc_id, digest in session.execute(select(Document.id, Document.sha256)):
                data = session.scalar(select(DocumentContent.data)
                                      .where(DocumentContent.document_id == doc_id))
                if data is None or hashlib.sha256(data).hexdigest() != digest:
                    raise _refused(
                        f"Document {doc_id} in de back-up klopt niet met zijn SHA-256; er is "
                        "niets teruggezet.",
                        f"Document {doc_id} in the backup does not match its SHA-256; nothing "
                        "was restored.")
                documents += 1
            board = session.scalars(select(Board.name).order_by(Board.id)).first() or ""
    finally:
        copy.engine.dispose()
    return documents, chain.events, board


def restore_backup(target_url: str, source: Path, passphrase: str,
                   other_board: bool = False) -> RestoreInfo:
    """Verify the whole file, then replace the database (and its extra files) atomically.

    Refused, with the current database untouched: a wrong passphrase, a truncated or altered
    file, a backup whose trail or documents do not verify, or a backup of another board."""
    target = health.sqlite_path(_normalise(target_url))
    if target is None:
        raise server_backups()
    try:
        blob = source.read_bytes()
    except OSError as error:
        raise faults.describe(error, source) from error
    header, files = decrypt(blob, passphrase, source)
    if target.exists() and not other_board:
        current = board_identity(target)
        if current and header.get("board_identity") and current != header["board_identity"]:
            raise _refused(
                f"Deze back-up is van een ander bestuur dan de database {target}; er is niets "
                "teruggezet.",
                f"This backup belongs to another board than the database {target}; nothing "
                "was restored.")
    if not target.parent.is_dir():
        raise faults.missing_folder(target)
    with outputs.Outputs(force=True) as staged:
        candidate = staged.write(target, files[DATABASE_ENTRY])
        documents, events, board_name = _verify_database(candidate)
        extras = {e.name: e for e in EXTRA_FILES}
        for name, data in files.items():
            if name.startswith(EXTRA_PREFIX) and name[len(EXTRA_PREFIX):] in extras:
                staged.write(extras[name[len(EXTRA_PREFIX):]].locate(target), data)
        _release(target)
        staged.commit()
    for suffix in ("-wal", "-shm"):  # the old database's journal must not meet the new file
        with contextlib.suppress(OSError):
            target.with_name(target.name + suffix).unlink()
    created = datetime.fromisoformat(header["created"])
    restored = Database(f"sqlite:///{target}", create=False)
    try:
        from .accounts import actor_for

        _seal_restored(restored)
        with restored.transaction(actor_for(restored)) as tx:
            tx.audit("backup.restore", "board", None, file=source.name,
                     created=header["created"])
    finally:
        restored.dispose()
    return RestoreInfo(str(target), created, board_name, documents, events,
                       tuple(sorted(files)))


def _normalise(url: str) -> str:
    from ..db.engine import normalise_url

    return normalise_url(url)


def _release(target: Path) -> None:
    """Fold the live database's WAL into it, so replacing the file loses nothing half-way."""
    if not target.exists():
        return
    with contextlib.suppress(sqlite3.Error):
        connection = sqlite3.connect(target)
        try:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            connection.close()


def read_passphrase(ask: Callable[[str], str] | None, confirm: bool) -> str:
    """CASEMANAGER_BACKUP_PASSPHRASE, else asked (twice when making a backup)."""
    value = os.environ.get(PASSPHRASE_ENV)
    if value:
        return value
    if ask is None:
        raise _refused(f"Geef het wachtwoord voor de back-up in {PASSPHRASE_ENV}.",
                       f"Give the backup passphrase in {PASSPHRASE_ENV}.")
    first = ask("Wachtwoord voor de back-up / backup passphrase: ")
    if confirm and ask("Nogmaals / again: ") != first:
        raise _refused("De twee wachtwoorden verschillen.", "The two passphrases differ.")
    return first


DAILY_PATTERN = re.compile(r"casemanager-(\d{4}-\d{2}-\d{2})\.cmbackup$")


def daily_backup(db: Database, actor: Actor, folder: Path, keep: int, passphrase: str,
                 today: date | None = None) -> BackupInfo | None:
    """Today's backup into `folder` unless it is there already; keep the newest `keep`."""
    if keep < 1:
        raise _refused("Bewaar minstens één back-up.", "Keep at least one backup.")
    if not folder.is_dir():
        raise faults.missing_folder(folder / "x")
    day = today or db.today()
    target = folder / f"casemanager-{day.isoformat()}{SUFFIX}"
    info = None if target.exists() else make_backup(db, actor, target, passphrase)
    dated = sorted((p for p in folder.iterdir() if DAILY_PATTERN.match(p.name)),
                   key=lambda p: p.name, reverse=True)
    for old in dated[keep:]:
        with contextlib.suppress(OSError):
            old.unlink()
    return info


def _seal_restored(db: Database) -> None:
    """Mark in the seal file that the trail now is the restored one: the seals written for
    the replaced database (counting events the backup does not hold) lapse, so `audit verify`
    does not report the restore as a cut tail."""
    from sqlalchemy import select

    from ..db.models import AuditEvent
    from . import audit_seals
    from .audit_key import load_key

    with db.sessions() as session:
        last = session.execute(select(AuditEvent.seq, AuditEvent.hash)
                               .order_by(AuditEvent.seq.desc()).limit(1)).first()
    if last is not None:
        audit_seals.write_seal(load_key(), db.url, last[0], last[1], db.now(), restore=True)
