"""CLI contracts of issue 10: hearings per party and the parents' reasons with a decision."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from tests.reports.pdfcheck import flat

from .test_cli import Cli, cli  # noqa: F401 - the fixture


def _report(path: Path) -> Path:
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 720, "Verslag: Sem erkent de berichten.")
    canvas.save()
    path.write_bytes(buffer.getvalue())
    return path


def _pupil_case(cli: Cli, occurred: date) -> tuple[int, int]:  # noqa: F811
    cli("init", "--board", "Stichting CLI", "--address", "Stationsstraat 1, 3811 MH Amersfoort")
    school = cli("school", "add", "--name", "OBS De Linde", "--brin", "21LN", "--denomination",
                 "openbaar", "--address", "Lindelaan 4, 3818 AB Amersfoort", "--signatory",
                 "A. de Vries", "--signatory-function", "directeur")["id"]
    pupil = cli("person", "add", "--school", str(school), "--kind", "pupil", "--first", "Sem",
                "--last", "Jansen", "--group", "groep 7")["id"]
    cli("person", "add", "--school", str(school), "--kind", "parent", "--first", "Eva",
        "--last", "Jansen", "--salutation", "mevrouw", "--guardian-of", str(pupil),
        "--authority", "--address", "Beukenlaan 2, 3818 AC Amersfoort")
    incident = cli("incident", "add", "--school", str(school), "--subject", str(pupil),
                   "--rule", "A7", "--category", "insulting", "--severity", "3",
                   "--occurred", occurred.isoformat(), "--description", "Kwetsende berichten.",
                   "--platform", "Instagram")
    return int(incident["cases"][0]["id"]), int(pupil)


def test_case_hearing_per_party_with_a_report_and_decide_with_reasons(
        cli: Cli, tmp_path: Path) -> None:  # noqa: F811
    today = date.today()
    case, pupil = _pupil_case(cli, today - timedelta(days=3))
    refused = cli("case", "hearing", str(case), "--on", (today - timedelta(days=2)).isoformat(),
                  "--party", "employee", code=2)
    assert "kan in deze zaak niet worden gehoord" in refused["error"]
    not_pdf = tmp_path / "verslag.txt"
    not_pdf.write_text("verslag")
    refused = cli("case", "hearing", str(case), "--on", (today - timedelta(days=2)).isoformat(),
                  "--party", "pupil", "--report", str(not_pdf), code=2)
    assert "PDF" in refused["error"]
    step = cli("case", "hearing", str(case), "--on", (today - timedelta(days=2)).isoformat(),
               "--party", "pupil", "--party", "parents", "--party", "teacher",
               "--note", "Sem, moeder en juf gehoord.", "--report",
               str(_report(tmp_path / "verslag.pdf")))
    assert step["kind"] == "hearing" and step["data"]["parties"] == ["pupil", "parents",
                                                                      "teacher"]
    report = step["data"]["report_document"]
    assert [d["id"] for d in cli("dossier", "list", str(pupil))] == [report]
    refused = cli("case", "decide", str(case), "--measure", "suspension", "--start",
                  today.isoformat(), "--end", today.isoformat(), code=2)
    assert "[P-S2]" in refused["error"] or refused.get("rule") == "P-S2"
    decided = cli("case", "decide", str(case), "--measure", "suspension", "--start",
                  (today - timedelta(days=1)).isoformat(), "--end", today.isoformat(),
                  "--reasons", "Sem heeft een klasgenoot online bedreigd.",
                  "--early-start-reason", "Mondeling meegedeeld op de dag zelf.",
                  "--motivation", "Intern: tweede keer.", "--detail", "form=extern (thuis)",
                  "--detail", "education=Huiswerk via de app.")
    assert decided["details"]["reasons"] == "Sem heeft een klasgenoot online bedreigd."
    assert decided["details"]["early_start_reason"] == "Mondeling meegedeeld op de dag zelf."
    out = tmp_path / "brief.pdf"
    cli("letter", str(case), "--kind", "suspension", "--sent", today.isoformat(), "--out",
        str(out))
    text = flat(out.read_bytes())
    assert "Sem heeft een klasgenoot online bedreigd." in text and "tweede keer" not in text
    assert "Sem, u als ouder(s) en de groepsleerkracht gehoord" in text
    assert "Het verslag van het horen is bij deze brief gevoegd." in text
    assert "Verslag: Sem erkent de berichten." in text


def test_P_S5_case_step_hearing_without_parties_is_refused_and_points_to_case_hearing(
        cli: Cli) -> None:  # noqa: F811
    today = date.today()
    case, _ = _pupil_case(cli, today - timedelta(days=3))
    on = (today - timedelta(days=2)).isoformat()
    refused = cli("case", "step", str(case), "--kind", "hearing", "--on", on, code=2)
    assert refused["rule"] == "P-S5"
    assert "wie er is gehoord" in refused["error"]
    assert "leerling, ouders, groepsleerkracht" in refused["error"]
    assert "casemanager case hearing CASE --on DATE --party pupil|parents|teacher" in \
        refused["error"]
    assert not [s for s in cli("case", "show", str(case))["steps"] if s["kind"] == "hearing"]
    cli("case", "hearing", str(case), "--on", on, "--party", "pupil", "--party", "parents")
    heard = [s for s in cli("case", "show", str(case))["steps"] if s["kind"] == "hearing"]
    assert [s["data"]["parties"] for s in heard] == [["pupil", "parents"]]
