"""`casemanager consent ...` and `casemanager report ...` with --json, as the contract says."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from tests.cli.test_cli import Cli, cli  # noqa: F401 - the fixture
from tests.reports import pdfcheck

DAY = (date.today() - timedelta(days=3)).isoformat()


def _people(cli: Cli) -> tuple[int, int, int, int]:  # noqa: F811
    cli("init", "--board", "Stichting CLI")
    school = cli("school", "add", "--name", "OBS De Linde", "--brin", "21LN", "--denomination",
                 "openbaar", "--address", "Lindelaan 4, 3818 AB Amersfoort")["id"]
    pupil = cli("person", "add", "--school", str(school), "--kind", "pupil", "--first", "Daan",
                "--last", "Bakker", "--birth", "2016-03-12", "--group", "groep 5")["id"]
    mother, father = (cli("person", "add", "--school", str(school), "--kind", "parent",
                          "--first", first, "--last", "Bakker", "--guardian-of", str(pupil),
                          "--authority")["id"] for first in ("Karin", "Erik"))
    return school, pupil, mother, father


def test_consent_give_refuse_withdraw_list_and_purposes(cli: Cli) -> None:  # noqa: F811
    _, pupil, mother, father = _people(cli)
    codes = [p["code"] for p in cli("consent", "purposes")]
    assert codes[:2] == ["website", "social_media"] and len(codes) == 8
    given = cli("consent", "give", "--person", str(pupil), "--purpose", "website", "--by",
                str(father), "--on", DAY, "--how", "papieren formulier", "--form-version",
                "2025-2")
    assert (given["person"], given["purpose"], given["status"]) == (pupil, "website", "granted")
    assert (given["by"], given["on"], given["how"], given["form_version"]) == (
        father, DAY, "papieren formulier", "2025-2")
    refused = cli("consent", "refuse", "--person", str(pupil), "--purpose", "website", "--by",
                  str(mother), "--on", DAY, "--how", "mail")
    assert refused["status"] == "refused" and refused["by"] == mother
    cli("consent", "give", "--person", str(pupil), "--purpose", "press", "--by", str(mother),
        "--on", DAY, "--how", "formulier")
    withdrawn = cli("consent", "withdraw", "--person", str(pupil), "--purpose", "press",
                    "--by", str(mother), "--on", DAY, "--how", "telefoon",
                    "--follow-up", "Persfoto niet meer aanleveren.")
    assert withdrawn["status"] == "withdrawn"
    assert withdrawn["follow_up"] == "Persfoto niet meer aanleveren."
    listed = cli("consent", "list", "--person", str(pupil))
    assert {r["purpose"]: r["status"] for r in listed} == {
        "website": "refused", "press": "withdrawn", "social_media": "none",
        "parent_portal": "none", "newsletter": "none", "brochure": "none",
        "class_photo": "none", "video": "none"}
    assert all(r["person"] == pupil for r in listed)
    assert len(cli("consent", "list")) == 8  # everyone with a recorded choice: the pupil


def test_consent_refusals_are_sentences_with_their_rule(cli: Cli) -> None:  # noqa: F811
    _, pupil, mother, _ = _people(cli)
    by_pupil = cli("consent", "give", "--person", str(pupil), "--purpose", "website", "--by",
                   str(pupil), "--on", DAY, "--how", "formulier", code=2)
    assert "ouder met gezag" in by_pupil["error"] and "F2" in by_pupil["error"]
    nothing = cli("consent", "withdraw", "--person", str(pupil), "--purpose", "video", "--by",
                  str(mother), "--on", DAY, "--how", "mail", code=2)
    assert "F5" in nothing["error"]
    unknown = cli("consent", "give", "--person", str(pupil), "--purpose", "billboard", "--by",
                  str(mother), "--on", DAY, "--how", "mail", code=2)
    assert "billboard" in unknown["error"]


def test_consent_form_and_review(cli: Cli, tmp_path: Path) -> None:  # noqa: F811
    _, pupil, mother, _ = _people(cli)
    cli("consent", "give", "--person", str(pupil), "--purpose", "video", "--by", str(mother),
        "--on", DAY, "--how", "formulier")
    reviewed = cli("consent", "review", "--person", str(pupil), "--by", str(mother), "--on",
                   DAY, "--how", "jaarlijkse mail")
    assert reviewed["reviewed_on"] == DAY
    out = tmp_path / "form.pdf"
    cli("consent", "form", "--person", str(pupil), "--out", str(out))
    assert "Toestemming beeldmateriaal" in pdfcheck.flat(out.read_bytes())


def test_report_annual_and_processing_register(cli: Cli, tmp_path: Path) -> None:  # noqa: F811
    cli("init", "--board", "Stichting CLI")
    cli("demo")
    year = date.today().year
    annual = cli("report", "annual", "--year", str(year), "--out", str(tmp_path / "a.pdf"))
    assert annual["year"] == year and annual["bytes"] > 1000
    text = pdfcheck.flat((tmp_path / "a.pdf").read_bytes())
    assert f"Jaarverslag incidenten sociale media {year}" in text and "< 5" in text
    register = cli("report", "processing-register", "--out", str(tmp_path / "r.pdf"))
    assert register["out"] == str(tmp_path / "r.pdf")
    assert "Register van verwerkingsactiviteiten" in pdfcheck.flat(
        (tmp_path / "r.pdf").read_bytes())
    again = cli("report", "processing-register", "--out", str(tmp_path / "r.pdf"), code=2)
    assert "r.pdf" in again["error"]
    assert cli("report", "annual", "--year", str(year + 1), "--out",
               str(tmp_path / "b.pdf"), code=2)["error"]
