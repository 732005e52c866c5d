"""Import files made for tests and the benchmark: EDEXML exports of any size, bad variants."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

DATA = Path(__file__).resolve().parent / "data" / "imports"
FIRST = ["Jan", "Anna", "Daan", "Zoë", "Şükrü", "Łucja", "Noah", "Emma", "Milan", "Sara"]
PREFIX = ["", "", "", "van", "de", "van der", "el"]
LAST = ["Berg", "Bakker", "Visser", "Jansen", "Ağaoğlu", "Smit", "Meijer", "Bos", "Dijk", "Vries"]


def edexml(brin: str, pupils: int, teachers: int, *, created: str = "2026-11-20",
           seed: int = 1, skip: frozenset[int] = frozenset(), regroup: int = 0) -> str:
    """An EDEXML 2.1 export as ParnasSys writes it (with elements we do not use). `skip` leaves
    pupils out (leavers); every `regroup`-th pupil moves a group up (a change)."""
    rng = random.Random(seed)
    groups = [(f"G{n}", f"Groep {n}", n) for n in range(1, 9)]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<EDEX xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
           f"  <school><schooljaar>2026-2027</schooljaar><brincode>{brin}</brincode>"
           f"<aanmaakdatum>{created}T07:30:00</aanmaakdatum><auteur>ParnasSys</auteur>"
           "<xsdversie>2.1</xsdversie></school>", "  <groepen>"]
    out += [f'    <groep key="{k}"><naam>{n}</naam><jaargroep>{j}</jaargroep></groep>'
            for k, n, j in groups]
    out += ["  </groepen>", "  <leerlingen>"]
    for n in range(pupils):
        first, prefix, last = rng.choice(FIRST), rng.choice(PREFIX), rng.choice(LAST)
        birth = date(2014, 1, 1) + timedelta(days=rng.randrange(0, 2900))
        group = groups[n % 8][0]
        if regroup and n % regroup == 0:
            group = groups[(n + 1) % 8][0]
        if n in skip:
            continue
        tag = "voorvoegsel" if n % 2 else "tussenvoegsel"
        out.append(
            f'    <leerling key="L{n:06d}"><achternaam>{escape(last)}</achternaam>'
            f"<{tag}>{prefix}</{tag}><voorletters-1>{first[0]}</voorletters-1>"
            f"<roepnaam>{escape(first)}</roepnaam><geboortedatum>{birth.isoformat()}"
            f"</geboortedatum><geslacht>{1 + n % 2}</geslacht><nationaliteit>0001"
            f'</nationaliteit><groep key="{group}"/></leerling>')
    out += ["  </leerlingen>", "  <leerkrachten>"]
    for n in range(teachers):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        out.append(
            f'    <leerkracht key="T{n:05d}"><achternaam>{escape(last)}</achternaam>'
            f"<roepnaam>{escape(first)}</roepnaam><emailadres>t{n}@school.example</emailadres>"
            f'<groepen><groep key="{groups[n % 8][0]}"/></groepen></leerkracht>')
    out += ["  </leerkrachten>", "</EDEX>", ""]
    return "\n".join(out)


def write(folder: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = folder / name
    path.write_text(text, encoding=encoding)
    return path
