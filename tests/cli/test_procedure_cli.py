"""`casemanager procedure ...`: the art. 4a track, order suspensions and information requests
from the command line, with --json output and exit code 2 for a refusal."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from tests.cli.test_cli import Cli, cli  # noqa: F401  (the fixture)


def setup(cli: Cli) -> dict[str, int]:  # noqa: F811
    cli("init", "--board", "Stichting CLI")
    school = cli("school", "add", "--name", "OBS De Linde", "--brin", "21LN", "--denomination",
                 "openbaar", "--address", "Lindelaan 4, 3818 AB Amersfoort")["id"]
    teacher = cli("person", "add", "--school", str(school), "--kind", "staff", "--first", "Jan",
                  "--last", "Berg", "--function", "leerkracht")["id"]
    pupil = cli("person", "add", "--school", str(school), "--kind", "pupil", "--first", "Daan",
                "--last", "Bakker", "--birth", "2015-03-12")["id"]
    return {"school": school, "teacher": teacher, "pupil": pupil}


def test_art4a_track_and_order_from_cli(cli: Cli) -> None:  # noqa: F811
    ids = setup(cli)
    occurred = (date.today() - timedelta(days=2)).isoformat()
    incident = cli("incident", "add", "--school", str(ids["school"]), "--subject",
                   str(ids["teacher"]), "--victim", str(ids["pupil"]), "--rule", "A7",
                   "--category", "other_damage", "--severity", "4", "--occurred", occurred,
                   "--description", "Seksueel getinte berichten aan een leerling.")
    case = incident["cases"][0]["id"]
    definition = cli("procedure", "definition")["definition"]
    assert "minderjarige leerling" in definition
    refused = cli("procedure", "track", str(incident["id"]), "--art4a", "--meldcode", code=2)
    assert "Meldcode" in refused["error"]
    track = cli("procedure", "track", str(incident["id"]), "--art4a")
    assert track["art4a"] is True and track["meldcode"] is False
    tasks = cli("procedure", "tasks")
    assert {t["what"] for t in tasks} == {"art4a_board_informed", "art4a_inspector_call",
                                          "art4a_order_measure"}
    assert all(t["case"] == case for t in tasks)
    moment = (datetime.now() - timedelta(hours=3)).strftime("%Y-%m-%d %H:%M")
    cli("procedure", "board-informed", str(incident["id"]), "--at", moment, "--by",
        "voorzitter CvB")
    call = (datetime.now() - timedelta(hours=2)).strftime("%Y-%m-%d %H:%M")
    cli("inspector", "call", str(case), "--at", call, "--inspector", "A. Hendriks", "--summary",
        "Overleg", "--outcome", "no")
    today = date.today()
    order = cli("procedure", "order", str(case), "--start", today.isoformat(), "--end",
                (today + timedelta(days=13)).isoformat(), "--urgency", "Rust op school")
    assert order["days"] == 14 and order["extends"] is None
    too_long = cli("procedure", "order", str(case), "--start", today.isoformat(), "--end",
                   (today + timedelta(days=40)).isoformat(), "--urgency", "x", "--extends",
                   str(order["id"]), "--ground", "y", code=2)
    assert "verlenging" in too_long["error"] or "ten hoogste" in too_long["error"]
    cli("procedure", "order-response", str(order["id"]), "--on", today.isoformat(), "--note",
        "Geen zienswijze.")
    assert [o["id"] for o in cli("procedure", "orders", str(case))] == [order["id"]]
    assert {t["what"] for t in cli("procedure", "tasks")} == set()


def test_information_request_from_cli(cli: Cli) -> None:  # noqa: F811
    ids = setup(cli)
    father = cli("person", "add", "--school", str(ids["school"]), "--kind", "parent", "--first",
                 "Erik", "--last", "Bakker", "--guardian-of", str(ids["pupil"]))["id"]
    occurred = (date.today() - timedelta(days=2)).isoformat()
    incident = cli("incident", "add", "--school", str(ids["school"]), "--subject",
                   str(ids["pupil"]), "--rule", "A7", "--category", "insulting", "--severity",
                   "1", "--occurred", occurred, "--description", "Kwetsend bericht.")
    case = incident["cases"][0]["id"]
    refused = cli("procedure", "info-letter", str(case), "--to", str(father), "--sent",
                  date.today().isoformat(), code=2)
    assert "op verzoek" in refused["error"]
    request = cli("procedure", "info-request", str(father), "--pupil", str(ids["pupil"]),
                  "--on", date.today().isoformat(), "--note", "per e-mail")
    assert request["parent_id"] == father
