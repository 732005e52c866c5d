"""Files an action writes (--out, the GUI's save) as part of the action: all or nothing.

The bytes go to a temporary file in the target folder inside the action's transaction; the
transaction commits only when every write succeeded, and only then are the files renamed into
place. A failed write undoes the action (nothing filed, nothing audited); a failed commit
leaves no file behind.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from .. import faults
from ..domain.errors import InvalidInput
from .database import Database


def check_target(target: Path, force: bool) -> None:
    """Refuse before any work: an existing file without force, a missing folder, a folder."""
    if target.is_dir():
        raise faults.Fault("is_directory", f"{target} is een map, geen bestand.",
                           f"{target} is a folder, not a file.")
    if not target.parent.is_dir():
        raise faults.missing_folder(target)
    if target.exists() and not force:
        raise InvalidInput(
            f"Het bestand {target} bestaat al; kies een andere naam of vervang het.",
            f"The file {target} already exists; choose another name or replace it.",
            field="force")
    if not os.access(target.parent, os.W_OK):
        raise faults.read_only(target.parent)


def write_file(target: Path, data: bytes, force: bool = True) -> None:
    """Write one file so a reader never sees half of it (temporary file, fsync, rename)."""
    with Outputs(force) as outputs:
        outputs.write(target, data)
        outputs.commit()


class Outputs:
    """The files one action writes; `commit()` renames them into place, else they vanish."""

    def __init__(self, force: bool = False) -> None:
        self.force = force
        self._staged: list[tuple[Path, Path]] = []

    def __enter__(self) -> Outputs:
        return self

    def __exit__(self, *_: object) -> None:
        self.discard()

    def check(self, target: Path) -> None:
        check_target(target, self.force)

    def write(self, target: Path, data: bytes) -> Path:
        """Stage `data` for `target`; returns the temporary file (renamed on commit)."""
        self.check(target)
        try:
            handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part",
                                            dir=target.parent)
        except OSError as error:
            raise faults.describe(error, target) from error
        temp = Path(name)
        self._staged.append((temp, target))
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
        except OSError as error:
            raise faults.describe(error, target) from error
        return temp

    def commit(self) -> list[Path]:
        done: list[Path] = []
        for temp, target in self._staged:
            try:
                os.replace(temp, target)
            except OSError as error:
                raise faults.describe(error, target) from error
            done.append(target)
        self._staged = []
        return done

    def discard(self) -> None:
        for temp, _ in self._staged:
            with contextlib.suppress(OSError):
                temp.unlink()
        self._staged = []


@contextlib.contextmanager
def writing(db: Database, force: bool = False) -> Iterator[Outputs]:
    """Run service calls and `outputs.write(...)` as one unit; files appear only on commit."""
    with Outputs(force) as outputs:
        with db.batch():
            yield outputs
        outputs.commit()
