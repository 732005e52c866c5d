"""CLI additions for letters: the registered-mail number recorded with a letter's dispatch."""

from __future__ import annotations

import argparse

SubParsers = argparse._SubParsersAction  # noqa: SLF001 - argparse exposes no public name


def register(sub: SubParsers[argparse.ArgumentParser]) -> None:
    letter = sub.choices.get("letter")
    if letter is None:
        return
    letter.add_argument(
        "--registered", default="", metavar="NUMBER",
        help="registration number of the registered letter (aangetekend; staff intentions and "
        "decisions, law ST3/L4), required with --sent for those kinds")
