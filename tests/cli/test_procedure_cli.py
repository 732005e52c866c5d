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


def test_letters_from_cli_are_filed(cli: Cli) -> None:  # noqa: F811
    cli("init", "--board", "Stichting CLI")
    school = cli("school", "add", "--name", "OBS De Linde", "--brin", "21LN", "--denomination",
                 "openbaar", "--address", "Lindelaan 4, 3818 AB Amersfoort", "--signatory",
                 "M. de Wit", "--signatory-function", "directeur")["id"]
    teacher = cli("person", "add", "--school", str(school), "--kind", "staff", "--first", "Jan",
                  "--last", "Berg", "--function", "leerkracht", "--salutation", "heer",
                  "--address", "Dorpsstraat 10, 3811 AA Amersfoort")["id"]
    pupil = cli("person", "add", "--school", str(school), "--kind", "pupil", "--first", "Daan",
                "--last", "Bakker", "--birth", "2015-03-12", "--group", "groep 6")["id"]
    father = cli("person", "add", "--school", str(school), "--kind", "parent", "--first",
                 "Erik", "--last", "Bakker", "--salutation", "heer", "--address",
                 "Molenweg 3, 3815 AB Amersfoort", "--guardian-of", str(pupil))["id"]
    today = date.today()
    occurred = (today - timedelta(days=2)).isoformat()
    staff_case = cli("incident", "add", "--school", str(school), "--subject", str(teacher),
                     "--rule", "C1", "--category", "discrediting", "--severity", "3",
                     "--occurred", occurred, "--platform", "X", "--description",
                     "Berichten over de school.")["cases"][0]["id"]
    order = cli("procedure", "order", str(staff_case), "--start", today.isoformat(), "--end",
                (today + timedelta(days=6)).isoformat(), "--urgency", "Onrust op school")
    refused = cli("procedure", "order-letter", str(order["id"]), "--sent", today.isoformat(),
                  "--registered", "RR1NL", code=2)
    assert "Cao-artikel" in refused["error"]  # C7: never a placeholder on paper
    cli("settings", "legal", "--set", "cao_article_order_suspension=artikel 11.3 cao po")
    filed = cli("procedure", "order-letter", str(order["id"]), "--sent", today.isoformat(),
                "--registered", "RR1NL")
    assert filed[0]["dossier"] == "personeelsdossier"
    pupil_case = cli("incident", "add", "--school", str(school), "--subject", str(pupil),
                     "--rule", "A7", "--category", "insulting", "--severity", "1",
                     "--occurred", occurred, "--platform", "WhatsApp", "--description",
                     "Kwetsend bericht.")["cases"][0]["id"]
    cli("procedure", "info-request", str(father), "--pupil", str(pupil), "--on",
        today.isoformat())
    letter = cli("procedure", "info-letter", str(pupil_case), "--to", str(father), "--sent",
                 today.isoformat())
    assert letter[0]["recipient_id"] == father and letter[0]["owner_id"] == pupil
    assert any(d["kind"] == "letter_information" for d in cli("dossier", "list", str(pupil)))


def test_V9_cli_refuses_a_trigger_setting_other_than_0_or_1(cli: Cli) -> None:  # noqa: F811
    cli("init", "--board", "Stichting CLI")
    refused = cli("settings", "legal", "--set", "art4a_sexual_intimidation=2", code=2)
    assert "Art. 4a WPO ook bij seksuele intimidatie (0/1)" in refused["error"]
    assert "alleen 0 (nee) of 1 (ja)" in refused["error"]
    assert "--set art4a_sexual_intimidation=0|1" in refused["error"]
    assert refused["rule"] == "V9"
    rows = {r["name"]: r["value"] for r in cli("settings", "legal")["settings"]}
    assert rows["art4a_sexual_intimidation"] == 0
    cli("settings", "legal", "--set", "art4a_sexual_intimidation=1")
    rows = {r["name"]: r["value"] for r in cli("settings", "legal")["settings"]}
    assert rows["art4a_sexual_intimidation"] == 1


def test_P_S1_cli_settings_calendar_names_the_unchecked_school_year(cli: Cli) -> None:  # noqa: F811
    cli("init", "--board", "Stichting CLI")
    shown = cli("settings", "calendar", "--region", "zuid")
    assert shown["region"] == "zuid" and shown["unverified_years"] == ["2026-2027"]
    assert cli("settings", "calendar")["unverified_years"] == ["2026-2027"]
