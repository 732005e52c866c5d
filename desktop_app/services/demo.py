"""A fictional demo board: two schools, about thirty people, twenty incidents over every ladder."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import School
from ..domain.errors import RuleViolation
from ..domain.severity import Severity
from . import board, cases, consent, incidents, inspector, people, settings
from .database import Actor, Database


@dataclass(frozen=True)
class DemoSummary:
    schools: int
    people: int
    incidents: int
    cases: int


# What the demo loads, said once: the first-run wizard and the CLI describe it from here, and a
# test checks that loading it gives exactly this.
DEMO_CONTENTS = DemoSummary(schools=2, people=30, incidents=21, cases=21)
DEMO_EMAILS = ("info@obsdelinde.example", "info@sintjozef.example")


def free_brin(session: Session, preferred: str) -> str:
    """The demo school's own BRIN code, or the next free one when a real school has it (a
    board's own school must never block the demo)."""
    taken = set(session.scalars(select(School.brin)))
    number, letters = int(preferred[:2]), preferred[2:]
    for step in range(100):
        code = f"{(number + step) % 100:02d}{letters}"
        if code not in taken:
            return code
    raise RuleViolation("Er is geen vrije BRIN-code voor de demoschool.",
                        "There is no free BRIN code for the demo school.")


def load_demo(db: Database, actor: Actor) -> DemoSummary:
    """Everything goes through the same services, so the demo obeys every rule it shows.

    It runs as one batch: if anything is refused, nothing of the demo stays behind.
    """
    with db.batch():
        return _load(db, actor)


def _load(db: Database, actor: Actor) -> DemoSummary:
    with db.reading(actor) as rd:
        if rd.session.scalar(select(School.id).where(School.email.in_(DEMO_EMAILS))):
            raise RuleViolation("De demo is al geladen in deze database.",
                                "The demo board is already loaded in this database.")
        linde_brin, jozef_brin = free_brin(rd.session, "21LN"), free_brin(rd.session, "47JZ")
    today = db.today()
    current = board.get_board(db, actor)
    if not current.street:
        board.update_board(db, actor, current.name, "Stationsstraat 1, 3811 MH Amersfoort")

    def ago(days: int) -> date:
        return today - timedelta(days=days)

    calendar = settings.get_calendar(db, actor)

    def suspension_days(days_ago: int, wanted: int) -> tuple[int, int]:
        """(start, end) as days ago: `wanted` school days (fewer if a holiday intervenes)
        starting at the latest school day on or before `days_ago`, within one week."""
        start = ago(days_ago)
        while not calendar.is_school_day(start):
            start -= timedelta(days=1)
        end, taught, probe = start, 1, start
        while taught < wanted:
            probe += timedelta(days=1)
            if (probe - start).days > 6 or probe > today:
                break
            if calendar.is_school_day(probe):
                end, taught = probe, taught + 1
        return (today - start).days, (today - end).days

    # Plausible values for the settings law.md marks unverified, so demo letters print.
    settings.set_legal(db, actor, {
        "cao_article_reprimand": "artikel 11.1 lid 1 onder a cao po (demowaarde)",
        "cao_article_suspension": "artikel 11.1 lid 1 onder b cao po (demowaarde)",
        "cao_article_order_suspension": "artikel 11.3 cao po (demowaarde)",
        "objection_regulation": "bezwaarregeling leerlingen en ouders (demowaarde)"})

    def at(days: int, hour: int = 10) -> datetime:
        return datetime.combine(ago(days), time(hour, 0))

    linde = board.add_school(
        db, actor, "OBS De Linde", linde_brin, "openbaar", "Lindelaan 4, 3818 AB Amersfoort",
        director="Marieke de Wit", signatory_name="Marieke de Wit",
        signatory_function="directeur-bestuurder", mandate="namens het college van bestuur, "
        "krachtens het mandaatbesluit van 1 augustus 2024", phone="033-1234567",
        email="info@obsdelinde.example")
    jozef = board.add_school(
        db, actor, "Sint-Jozefschool", jozef_brin, "bijzonder", "Kerkstraat 12, 3811 CV Amersfoort",
        director="Ahmed El Amrani", signatory_name="Ahmed El Amrani",
        signatory_function="directeur", mandate="namens het college van bestuur, krachtens het "
        "mandaatbesluit van 1 augustus 2024", phone="033-7654321",
        email="info@sintjozef.example")

    def staff(school: int, first: str, prefix: str, last: str, function: str, sal: str,
              address: str) -> int:
        return people.add_person(db, actor, school_id=school, kind="staff", first=first,
                                 prefix=prefix, last=last, function=function, salutation=sal,
                                 address=address,
                                 email=f"medewerker{school}.{len(first)}{len(last)}@school.example",
                                 ).id

    def pupil(school: int, first: str, prefix: str, last: str, birth: date, group: str) -> int:
        return people.add_person(db, actor, school_id=school, kind="pupil", first=first,
                                 prefix=prefix, last=last, birth=birth, group=group).id

    def parent(school: int, first: str, prefix: str, last: str, sal: str, address: str,
               child: int, authority: bool = True) -> int:
        return people.add_person(db, actor, school_id=school, kind="parent", first=first,
                                 prefix=prefix, last=last, salutation=sal, address=address,
                                 guardian_of=child, authority=authority).id

    L, J = linde.id, jozef.id
    jan = staff(L, "Jan", "van der", "Berg", "leerkracht groep 7", "heer",
                "Dorpsstraat 10, 3811 AA Amersfoort")
    sukru = staff(L, "Şükrü", "", "Ağaoğlu", "vakleerkracht gym", "heer",
                  "Stationsplein 3, 3818 LE Amersfoort")
    lucja = staff(L, "Łucja", "", "Wiśniewska", "onderwijsassistent", "mevrouw",
                  "Hof 1, 3811 CJ Amersfoort")
    anh = staff(J, "Thị Ánh", "", "Nguyễn", "leerkracht groep 3", "mevrouw",
                "Utrechtseweg 55, 3818 EB Amersfoort")
    olga = staff(J, "Ольга", "", "Петрова", "intern begeleider", "mevrouw",
                 "Leusderweg 20, 3817 KA Amersfoort")
    pieter = staff(J, "Pieter", "de", "Vries", "leerkracht groep 8", "heer",
                   "Arnhemseweg 8, 3817 CH Amersfoort")
    sanne = staff(L, "Sanne", "", "Jansen", "conciërge", "mevrouw",
                  "Bisschopsweg 2, 3817 BN Amersfoort")
    kees = staff(J, "Kees", "van", "Dijk", "leerkracht groep 5", "heer",
                 "Amsterdamseweg 7, 3812 RP Amersfoort")

    daan = pupil(L, "Daan", "", "Bakker", date(2014, 3, 12), "groep 8")
    zoe = pupil(L, "Zoë", "van der", "Berg-Ündüz", date(2015, 6, 2), "groep 7")
    milan = pupil(L, "Milan", "", "Visser", date(2014, 11, 23), "groep 8")
    emma = pupil(L, "Emma", "de", "Jong", date(2016, 1, 5), "groep 6")
    noah = pupil(J, "Noah", "", "Smit", date(2014, 8, 30), "groep 8")
    lotte = pupil(J, "Lotte", "", "Meijer", date(2015, 4, 18), "groep 7")
    yusuf = pupil(J, "Yusuf", "", "Demir", date(2014, 12, 9), "groep 8")
    sara = pupil(J, "Sara", "el", "Idrissi", date(2016, 9, 14), "groep 5")
    finn = pupil(L, "Finn", "", "Mulder", date(2015, 2, 27), "groep 7")
    julia = pupil(J, "Julia", "", "Bos", date(2016, 7, 7), "groep 5")

    p_daan1 = parent(L, "Karin", "", "Bakker", "mevrouw",
                     "Zonnebloemstraat 8, 3815 AA Amersfoort", daan)
    p_daan2 = parent(L, "Robert", "", "Bakker", "heer", "Wezenlaan 31, 3817 BK Amersfoort", daan)
    parent(L, "Ayşe", "", "Ündüz", "mevrouw", "Lindelaan 40, 3818 AB Amersfoort", zoe)
    p_milan = parent(L, "Erik", "", "Visser", "heer", "Kastanjelaan 6, 3818 BB Amersfoort", milan)
    p_emma = parent(L, "Ingrid", "de", "Jong", "mevrouw", "Beukenlaan 2, 3818 BC Amersfoort",
                    emma)
    p_noah = parent(J, "Mark", "", "Smit", "heer", "Vondellaan 12, 3818 CD Amersfoort", noah)
    p_lotte = parent(J, "Anouk", "", "Meijer", "mevrouw", "Molenstraat 5, 3811 EF Amersfoort",
                     lotte)
    p_yusuf = parent(J, "Hatice", "", "Demir", "mevrouw", "Ringweg 19, 3812 GH Amersfoort", yusuf)
    parent(J, "Mehmet", "", "Demir", "heer", "Ringweg 19, 3812 GH Amersfoort", yusuf,
           authority=False)
    p_finn = parent(L, "Wouter", "", "Mulder", "heer", "Eikenlaan 9, 3818 DE Amersfoort", finn)

    count = 0

    def incident(school: int, subject: int, rule: str, cat: str, sev: Severity | int,
                 days_ago: int, text: str, *, platform_wa: bool = False,
                 boundary_crossing: bool = False, urgent_reason: bool = False,
                 criminal: bool = False) -> int:
        nonlocal count
        count += 1
        info = incidents.register_incident(
            db, actor, school_id=school, subjects=[subject], rules=[rule], category_code=cat,
            occurred_on=ago(days_ago), reported_on=ago(max(days_ago - 1, 0)), description=text,
            platform="WhatsApp" if platform_wa else "Instagram",
            axes=sev if isinstance(sev, Severity) else None,
            severity=sev if isinstance(sev, int) else None, boundary_crossing=boundary_crossing,
            urgent_reason=urgent_reason, criminal=criminal)
        return info.cases[0].id

    def step(case: int, kind: str, days_ago: int, note: str = "", **data: object) -> None:
        cases.record_step(db, actor, case, kind, ago(days_ago), note, data)

    def decide(case: int, measure: str, days_ago: int, **kw: object) -> None:
        cases.propose(db, actor, case)
        cases.decide(db, actor, case, measure, decided_on=ago(days_ago), **kw)  # type: ignore[arg-type]

    # Staff: warning (done), reprimand (waiting for letter), suspension (response running),
    # summary dismissal, boundary-crossing reports.
    c = incident(L, sukru, "C4", "discrediting", 1, 200,
                 "Plaatste op Facebook kritiek op de schoolleiding zonder vermelding dat het een "
                 "persoonlijke mening is.")
    decide(c, "warning", 195)
    step(c, "letter_sent", 195)
    c = incident(L, sukru, "C1", "personal_data", Severity(2, 2, 1), 60,
                 "Deelde in een openbare Facebookgroep namen en foto's van leerlingen uit groep 5.")
    step(c, "intention", 50, "Delen van persoonsgegevens van leerlingen in een openbare groep "
         "(artikel C1 protocol sociale media).", registered="RR123456789NL")
    step(c, "response", 35, "Zienswijze mondeling gegeven; erkent de fout.")
    decide(c, "reprimand", 30, motivation="De eerdere waarschuwing betrof een andere gedraging; "
           "een berisping is passend als eerste disciplinaire maatregel.")
    c = incident(J, pieter, "A7", "insulting", Severity(3, 3, 2), 20,
                 "Schold een ouder uit in de klassenapp en plaatste daarna een kwetsend bericht op "
                 "X over deze ouder.", platform_wa=True)
    step(c, "intention", 10, "Kwetsende uitlatingen over een ouder op sociale media.",
         registered="RR987654321NL")
    incident(J, kees, "A7", "threatening", Severity(4, 4, 4), 6,
             "Bedreigde een collega via Instagram-berichten met geweld.",
             urgent_reason=True, criminal=True)
    c = incident(L, jan, "A7", "other_damage", Severity(3, 2, 3), 9,
                 "Stuurde een leerling 's avonds privéberichten met ongepaste opmerkingen.",
                 boundary_crossing=True)
    inspector.inform_employee(db, actor, c, at(7, 9), "Persoonlijk gesprek met de directeur.")
    inspector.log_call(db, actor, c, started_at=at(7, 11), ended_at=at(7, 11) + timedelta(
        minutes=25), inspector_name="mevr. drs. A. Hendriks", summary="Situatie besproken; "
        "advies om het gesprek met de ouders te voeren en het incident te documenteren.",
        advice="Geen redelijk vermoeden van een strafbaar feit; wel een gesprek met de ouders.",
        reference="VI-2026-0412", outcome="no", learned_from="melding van een collega",
        facts="Privéberichten van de leerkracht aan een leerling (gepseudonimiseerd).",
        agreed_actions="Directeur voert gesprek met ouders (deze week).")
    incident(J, olga, "A7", "other_damage", 3, 2,
             "Communiceerde via een privéaccount grensoverschrijdend met een ouder.",
             boundary_crossing=True)
    c = incident(L, lucja, "A1", "during_lessons", 1, 40,
                 "Was tijdens de les actief op TikTok zonder toestemming.")
    decide(c, "warning", 38)
    incident(J, anh, "B2", "discrediting", 2, 12,
             "Nam deel aan een discussie over de school zonder te melden dat zij er werkt.")

    # Pupils: warning, suspensions (one waiting for Inspectie report), removal with objection.
    c = incident(L, milan, "A7", "bullying", 1, 90, "Pestte een klasgenoot in de groepsapp.")
    decide(c, "warning", 88)
    step(c, "letter_sent", 88)
    first, last = suspension_days(2, 3)
    c = incident(L, milan, "A7", "bullying", Severity(3, 2, 3), first + 3,
                 "Verspreidde een bewerkte foto van een klasgenoot via Snapchat.")
    step(c, "hearing", first + 2, "Leerling, ouders en groepsleerkracht gehoord.",
         parties=["pupil", "parents", "teacher"])
    decide(c, "suspension", first + 1, start_on=ago(first), end_on=ago(last),
           motivation="Verwijdering is niet evenredig: eerste ernstige incident; schorsing met "
           "begeleidingsgesprek.",
           details={"education": "Huiswerkpakket via de groepsleerkracht; dagelijks contact.",
                    "form": "extern (thuis)", "contact": "Marieke de Wit, directeur",
                    "reasons": "Het bewerkte beeld heeft een klasgenoot ernstig gekwetst en is "
                    "ondanks een eerder gesprek verder verspreid."})
    first, last = suspension_days(66, 1)
    c = incident(J, noah, "A2", "personal_data", 2, first + 4,
                 "Zette het adres van een leerkracht op Instagram.")
    step(c, "hearing", first + 2, parties=["pupil", "parents"])
    decide(c, "suspension", first + 1, start_on=ago(first), end_on=ago(last),
           no_hearing_reason="de groepsleerkracht die week met ziekteverlof was",
           details={"form": "intern (op school, buiten de klas)", "reasons": "Het adres van "
                    "een leerkracht is openbaar gemaakt; dat raakt haar veiligheid.",
                    "education": "Werkt op school onder begeleiding aan het weekprogramma."})
    step(c, "letter_sent", first + 1)
    step(c, "leerplicht_informed", first + 1)
    first, last = suspension_days(147, 2)
    c = incident(L, daan, "A7", "hacking", 2, first + 3, "Hackte het account van een klasgenoot.")
    step(c, "hearing", first + 2, parties=["pupil", "parents", "teacher"])
    decide(c, "suspension", first + 1, start_on=ago(first), end_on=ago(last),
           details={"reasons": "Het account van een klasgenoot is zonder toestemming gebruikt "
                    "om berichten te versturen.", "form": "extern (thuis)",
                    "education": "Huiswerk via de groepsleerkracht."})
    step(c, "letter_sent", first + 1)
    step(c, "inspectie_report", first + 1)
    step(c, "leerplicht_informed", first + 1)
    c = incident(L, daan, "A7", "threatening", Severity(4, 4, 3), 75,
                 "Bedreigde een leerkracht herhaaldelijk via TikTok en Instagram.", criminal=True)
    step(c, "intention", 70, "Voornemen tot verwijdering na herhaald ernstig gedrag.")
    step(c, "hearing", 65, "Groepsleerkracht en ouders gehoord.",
         parties=["teacher", "parents", "pupil"])
    step(c, "receiving_school", 50, "", school="SBO De Regenboog, Amersfoort",
         confirmation="schriftelijke bevestiging van de directeur",
         efforts="Overleg met de ouders over soort en richting; drie scholen bezocht; reistijd "
         "15 minuten; samenwerkingsverband betrokken.")
    decide(c, "removal", 49, start_on=ago(45),
           details={"reasons": "Herhaalde ernstige bedreigingen van een leerkracht, ondanks een "
                    "eerdere schorsing; de veiligheid van leerkracht en leerlingen is niet langer "
                    "te waarborgen."})
    step(c, "letter_sent", 48)
    step(c, "leerplicht_informed", 48)
    step(c, "objection", 30, "Bezwaarschrift van beide ouders ontvangen.")
    incident(J, yusuf, "A5", "images_without_consent", 2, 4,
             "Plaatste een filmpje van de gymles op YouTube zonder toestemming.")
    incident(J, lotte, "A1", "during_lessons", 1, 3, "Gebruikte Snapchat tijdens de rekenles.")
    incident(L, zoe, "A7", "insulting", 2, 1, "Plaatste kwetsende reacties onder een foto.")

    # Parents: warning, ban procedure, a pending case.
    c = incident(J, p_noah, "A7", "discrediting", 1, 120,
                 "Bracht de school in diskrediet in een openbare Facebookgroep.")
    decide(c, "warning", 118)
    step(c, "letter_sent", 118)
    c = incident(J, p_noah, "A7", "threatening", Severity(3, 3, 2), 25,
                 "Bedreigde de directeur in een WhatsApp-bericht.", platform_wa=True)
    step(c, "intention", 20, "Voornemen toegangsverbod schoolplein en gebouw.")
    step(c, "response", 12, "De ouder erkent het bericht, vindt een verbod te zwaar; dat is "
         "gewogen, maar de bedreiging rechtvaardigt een tijdelijk verbod.")
    decide(c, "access_ban", 6, start_on=ago(5), end_on=ago(5) + timedelta(days=90),
           motivation="Verwijdering van het kind om gedrag van de ouder is niet evenredig; "
           "een tijdelijk toegangsverbod volstaat.",
           details={"scope": "schoolgebouw en schoolplein", "contact": "Ahmed El Amrani",
                    "handover": "Noah wordt aan het hek van het schoolplein gebracht en gehaald "
                    "door de andere ouder of een oppas.",
                    "review": "over zes weken"})
    incident(L, p_milan, "A7", "insulting", 2, 8,
             "Kwetsende berichten over een leerkracht in de oudergroep.")
    incident(J, p_yusuf, "A2", "personal_data", 1, 15,
             "Deelde een klassenlijst met adressen in een openbare groep.")
    incident(L, p_finn, "A7", "stalking", 3, 10,
             "Volgde een leerkracht online en stuurde herhaaldelijk berichten.")
    _consent(db, actor, ago, milan=(milan, p_milan), emma=(emma, p_emma),
             finn=(finn, p_finn), lotte=(lotte, p_lotte))
    _ = (p_daan1, p_daan2, emma, sara, julia, sanne)
    return DemoSummary(schools=2, people=30, incidents=count, cases=count)


def _consent(db: Database, actor: Actor, ago: Callable[[int], date],
             **pupils: tuple[int, int]) -> None:
    """The consent register (protocol A5): choices given on the form, a refusal by a parent,
    a withdrawal with its follow-up, and a yearly review that is overdue (on the dashboard)."""
    milan, erik = pupils["milan"]
    for purpose in ("website", "class_photo", "parent_portal", "newsletter"):
        consent.give(db, actor, milan, purpose, by_id=erik, on=ago(70),
                     how="papieren formulier met handtekening")
    emma, ingrid = pupils["emma"]
    consent.give(db, actor, emma, "class_photo", by_id=ingrid, on=ago(40),
                 how="papieren formulier met handtekening")
    for purpose in ("social_media", "video"):
        consent.refuse(db, actor, emma, purpose, by_id=ingrid, on=ago(40),
                       how="papieren formulier met handtekening")
    finn, wouter = pupils["finn"]
    consent.give(db, actor, finn, "social_media", by_id=wouter, on=ago(200),
                 how="ouderportaal")
    consent.withdraw(db, actor, finn, "social_media", by_id=wouter, on=ago(20),
                     how="mail aan de directeur",
                     follow_up="Foto's van de sportdag van Instagram en Facebook gehaald; "
                     "de nieuwsbriefredactie is ingelicht.")
    lotte, anouk = pupils["lotte"]
    for purpose in ("website", "class_photo"):
        consent.give(db, actor, lotte, purpose, by_id=anouk, on=ago(380),
                     how="papieren formulier met handtekening", form_version="2025-1")
