"""The optional machine-wide configuration an IT person places for every account on a PC.

`config.toml` in the site configuration directory (`%ProgramData%\\casemanager` on Windows,
`/etc/xdg/casemanager` on Linux; CASEMANAGER_SITE_CONFIG points elsewhere):

    [database]
    url = "postgresql://casemanager@db.bestuur.local/casemanager"  # never a password here

    [backup]
    folder = '\\\\fileserver\\backups\\casemanager'
    keep = 14

    [ui]
    language = "nl"          # the default for every account
    languages = ["nl", "en"] # what an account may choose

What IT sets wins: an account may narrow it (choose among the allowed languages) but not
override it (another database or backup folder is refused). A password in the file is refused
too: the server's own mechanisms carry it (Windows authentication, a client certificate, or
PostgreSQL's password file with the account's own permissions).
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from platformdirs import site_config_dir

from .domain.errors import InvalidInput

APP_DIR_NAME = "casemanager"
LANGUAGES = ("nl", "en")


@dataclass(frozen=True)
class MachineConfig:
    path: Path | None = None
    database_url: str | None = None
    backup_folder: Path | None = None
    backup_keep: int | None = None
    language: str | None = None
    languages: tuple[str, ...] = field(default=LANGUAGES)

    def allowed_language(self, wanted: str | None) -> str:
        """The account's choice when IT allows it, else IT's default, else Dutch."""
        if wanted in self.languages:
            return str(wanted)
        return self.language or self.languages[0]

    def check_database(self, wanted: str | None) -> str | None:
        """The database this PC uses: IT's when set (another one is refused), else `wanted`."""
        if self.database_url is None:
            return wanted
        if wanted is not None and _same_database(wanted, self.database_url) is False:
            raise InvalidInput(
                f"Op deze computer is de database vastgelegd door de beheerder ({self.path}); "
                "een andere database kiezen kan hier niet.",
                f"The administrator fixed the database on this computer ({self.path}); "
                "choosing another database is not possible here.",
            )
        return self.database_url


def config_path() -> Path:
    override = os.environ.get("CASEMANAGER_SITE_CONFIG")
    if override:
        return Path(override)
    return Path(site_config_dir(APP_DIR_NAME, appauthor=False)) / "config.toml"


def _same_database(a: str, b: str) -> bool:
    return a.strip() == b.strip()


def _fail(path: Path, nl: str, en: str) -> InvalidInput:
    return InvalidInput(f"De computerinstellingen in {path} kloppen niet: {nl}",
                        f"The machine settings in {path} are not valid: {en}")


def parse(path: Path, text: str) -> MachineConfig:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise _fail(path, f"geen geldig TOML-bestand ({error}).",
                    f"not a valid TOML file ({error}).") from None
    database = data.get("database", {})
    backup = data.get("backup", {})
    ui = data.get("ui", {})
    url = database.get("url")
    if url is not None:
        if not isinstance(url, str) or not url.strip():
            raise _fail(path, "database.url moet tekst zijn.", "database.url must be text.")
        if urlsplit(url).password:
            raise _fail(path, "er staat een wachtwoord in database.url; zet het wachtwoord "
                        "niet in dit bestand.", "database.url contains a password; do not "
                        "put the password in this file.")
    keep = backup.get("keep")
    if keep is not None and (not isinstance(keep, int) or keep < 1):
        raise _fail(path, "backup.keep moet een geheel getal van 1 of meer zijn.",
                    "backup.keep must be a whole number of 1 or more.")
    languages = tuple(ui.get("languages", LANGUAGES))
    if not languages or any(lang not in LANGUAGES for lang in languages):
        raise _fail(path, "ui.languages mag alleen \"nl\" en \"en\" bevatten.",
                    "ui.languages may only contain \"nl\" and \"en\".")
    language = ui.get("language")
    if language is not None and language not in languages:
        raise _fail(path, "ui.language moet een van ui.languages zijn.",
                    "ui.language must be one of ui.languages.")
    folder = backup.get("folder")
    return MachineConfig(path=path, database_url=url.strip() if url else None,
                         backup_folder=Path(folder) if folder else None, backup_keep=keep,
                         language=language, languages=languages)


@lru_cache(maxsize=1)
def _cached(path: Path, mtime: float) -> MachineConfig:
    return parse(path, path.read_text(encoding="utf-8-sig"))


def machine_config() -> MachineConfig:
    """The machine-wide configuration, or an empty one when IT placed none."""
    path = config_path()
    try:
        mtime = path.stat().st_mtime
    except FileNotFoundError:
        return MachineConfig()
    return _cached(path, mtime)
