"""Example data for every letter kind: used by the rendered examples, the tests and the bench."""

from __future__ import annotations

import io
from datetime import date

from desktop_app.domain.legal import LegalSettings
from desktop_app.domain.names import PersonName

from .kinds import LETTER_KINDS, LetterKind
from .model import Audience, Letterhead, LetterRequest, Recipient

EXAMPLE_DATE = date(2026, 11, 24)


def example_logo() -> bytes:
    """A small PNG logo drawn with Pillow (ReportLab's own dependency)."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (360, 160), "white")
    draw = ImageDraw.Draw(image)
    draw.ellipse((10, 20, 130, 140), fill=(31, 78, 121))
    draw.rectangle((150, 55, 350, 75), fill=(31, 78, 121))
    draw.rectangle((150, 90, 300, 105), fill=(120, 160, 200))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def example_letterhead(denomination: str = "openbaar", logo: bytes | None = None) -> Letterhead:
    return Letterhead(
        board_name="Stichting Primair Onderwijs De Eemvallei",
        board_address=("Stationsplein 12", "3811 AA  AMERSFOORT"),
        school_name="Openbare basisschool De Regenboog" if denomination == "openbaar"
        else "Christelijke basisschool De Wegwijzer",
        school_address=("Lindelaan 4", "3812 AB  AMERSFOORT"),
        denomination=denomination, place="Amersfoort",
        signatory_name="Łucja Wiśniewska", signatory_function="directeur",
        mandate="namens het bevoegd gezag, op grond van het mandaatbesluit van 1 augustus 2025,",
        phone="033-1234567", email="info@deregenboog.example", logo=logo)


STAFF = Recipient(PersonName("Jan", "van der", "Berg"), "heer",
                  ("Kerkstraat 10", "3811 CV  AMERSFOORT"), person_id=11)
PARENT = Recipient(PersonName("Şükrü", "", "Ağaoğlu"), "heer",
                   ("Hof 3", "3811 CE  AMERSFOORT"), person_id=21)
PARENT_2 = Recipient(PersonName("Thị Ánh", "", "Nguyễn"), "mevrouw",
                     ("Hof 3", "3811 CE  AMERSFOORT"), person_id=22)
PUPIL_NAME = "Zoë van der Berg-Ündüz"
PUPIL_FIRST = "Zoë"

COMMON = {
    "incident_date": "3 november 2026",
    "platform": "Instagram",
    "facts": "U heeft op uw openbare account een bericht geplaatst waarin u een collega bij "
             "naam noemt en diens werk belachelijk maakt. Het bericht is door ouders gedeeld.",
    "rules_breached": "A7 – fatsoensnormen overschreden (kwetsen, in diskrediet brengen)\n"
                      "C1 – persoonsgebonden informatie of schade aan de naam van de school",
    "employee_function": "leerkracht groep 7",
    "evidence": "Schermafbeelding van het bericht van 3 november 2026\n"
                "Verslag van het gesprek van 10 november 2026",
    "hearing_date": "17 november 2026",
    "hearing_time": "15.30",
    "hearing_place": "de directiekamer van de school, Lindelaan 4 in Amersfoort",
    "intention_date": "10 november 2026",
    "grounds": "Op 3 november 2026 heeft u via Instagram een bericht geplaatst waarin u een "
               "collega bij naam noemt en kwetst. Daarmee heeft u de artikelen A7 en C1 van het "
               "protocol sociale media overtreden.",
    "response_summary": "In uw zienswijze van 20 november 2026 erkent u het bericht en heeft "
                        "u spijt betuigd. Dat waarderen wij, maar het neemt de ernst van het "
                        "bericht en de gevolgen voor uw collega niet weg.",
    "start_date": "1 december 2026",
    "end_date": "14 december 2026",
    "duration": "14 dagen",
    "order_reason": "Ouders en collega's hebben ernstige zorgen geuit. Om het onderzoek "
                    "ongestoord te laten verlopen en de rust op school te bewaren, is het "
                    "dringend noodzakelijk dat u tijdelijk niet op school werkt.",
    "known_date": "23 november 2026",
    "dismissal_date": "24 november 2026",
    "dismissal_time": "10.15",
    "hearing_summary": "U heeft de feiten erkend.",
    "pupil_name": PUPIL_NAME,
    "pupil_first_name": PUPIL_FIRST,
    "pupil_group": "groep 6b",
    "meeting_date": "27 november 2026",
    "meeting_time": "08.45",
    "meeting_place": "de kamer van de intern begeleider",
    "reasons": "Het bericht heeft een medeleerling ernstig gekwetst en is ondanks een eerder "
               "gesprek verder verspreid. De veiligheid van medeleerlingen vraagt om een "
               "duidelijke grens.",
    "return_date": "30 november 2026",
    "suspension_form": "extern: Zoë blijft thuis",
    "education_arrangements": "Zoë krijgt elke ochtend huiswerk via de ouderapp. De "
                              "groepsleerkracht belt dagelijks om 14.00 uur om het werk door "
                              "te nemen.",
    "contact_person": "mevrouw Ольга Петрова, intern begeleider (033-1234568)",
    "inspectie": "ja",
    "leerplicht": "ja",
    "earlier_measures": "Schriftelijke waarschuwing van 12 oktober 2026; schorsing van 3 "
                        "dagen in november 2026.",
    "zorgplicht_efforts": "Wij hebben met u gesproken over het soort onderwijs en de richting "
                          "die u voor Zoë wenst, drie scholen in de buurt bekeken op hun "
                          "schoolondersteuningsprofiel en de reistijd, en het "
                          "samenwerkingsverband betrokken.",
    "receiving_school": "Basisschool Het Kompas in Leusden",
    "receiving_school_date": "18 november 2026",
    "effective_date": "7 december 2026",
    "leerplicht_date": "24 november 2026",
    "warning_date": "12 oktober 2026",
    "ban_scope": "het schoolgebouw en het schoolplein van De Regenboog, en contact met "
                 "medewerkers van de school anders dan via de vaste contactpersoon",
    "child_handover": "Zoë wordt gebracht en gehaald door haar moeder of wordt aan het hek "
                      "van het schoolplein overgedragen aan de groepsleerkracht.",
    "review_date": "1 maart 2027",
    "respond_by": "8 december 2026",
    "response_received": "ja",
    "heard_parties": "Zoë, u als ouder(s) en de groepsleerkracht",
    "heard": "op 17 november 2026 Zoë, u als ouder(s) en de groepsleerkracht",
    "hearing_report": "ja",
    "urgent_reason": "U heeft een collega via Instagram-berichten met geweld bedreigd.",
    "without_delay": "ja",
    "same_day": "ja",
}

# Example values for the settings law.md marks unverified (C7): never the placeholders.
EXAMPLE_LEGAL = LegalSettings(
    cao_article_reprimand="artikel 11.1 lid 1 onder a cao po (voorbeeld)",
    cao_article_suspension="artikel 11.1 lid 1 onder b cao po (voorbeeld)",
    cao_article_order_suspension="artikel 11.3 cao po (voorbeeld)")

STAFF_FIELDS = {**COMMON, "facts": COMMON["facts"]}
PUPIL_FIELDS = {**COMMON, "start_date": "25 november 2026", "end_date": "27 november 2026",
                "duration": "3 schooldagen",
                "facts": "Zoë heeft in een groepsapp van de klas een bewerkte foto van een "
                         "klasgenoot gedeeld met een kwetsende tekst."}
PARENT_FIELDS = {**COMMON, "platform": "Facebook", "heard": "op 17 november 2026 u",
                 "heard_parties": "u",
                 "response_summary": "In uw zienswijze van 20 november 2026 stelt u dat u uit "
                 "boosheid handelde. Dat maakt de bedreiging niet minder ernstig; wij handhaven "
                 "het verbod, maar beperken het tot het schoolgebouw en het schoolplein.",
                 "facts": "U heeft in een openbare Facebookgroep berichten geplaatst "
                 "waarin u de groepsleerkracht van uw dochter bij naam noemt, beschuldigt en "
                 "bedreigt."}


# Issue 14: the notices go to an authority; these kinds need a few fields of their own.
AUTHORITY = Recipient(PersonName("", "", "De leerplichtambtenaar"), "",
                      ("Gemeente Amersfoort, afdeling Leerplicht", "Postbus 4000",
                       "3800 EA  AMERSFOORT"))
INSPECTIE = Recipient(PersonName("", "", "Inspectie van het Onderwijs"), "",
                      ("Postbus 2730", "3500 GS  UTRECHT"))
KIND_RECIPIENTS: dict[str, Recipient] = {"inspectie_report": INSPECTIE}
# A removal for a parent's behaviour needs the parents and the teacher heard (P-V2, P-V3).
PARENT_KIND_FIELDS: dict[str, dict[str, str]] = {
    "removal": {"earlier_measures": "Toegangsverbod tot het schoolgebouw van 19 oktober tot en "
                                    "met 1 november 2026.",
                "heard_parties": "u als ouder(s) en de groepsleerkracht",
                "heard": "op 17 november 2026 u als ouder(s) en de groepsleerkracht"}}
KIND_FIELDS: dict[str, dict[str, str]] = {
    "leerplicht_notice": {
        "measure_label": "verwijdering van school",
        "pupil_details": f"Naam: {PUPIL_NAME}\nGeboortedatum: 12 maart 2016\nGroep: groep 6b\n"
                         "School: De Regenboog (BRIN 12AB)",
        "decision_details": "Maatregel: verwijdering van school\nBesluit genomen op: 24 "
                            "november 2026\nIngangsdatum: 7 december 2026\nOntvangende school: "
                            "Basisschool Het Kompas in Leusden (bevestigd op 18 november 2026)",
        "decision_sent_date": "24 november 2026"},
    "inspectie_report": {
        "measure_label": "schorsing",
        "pupil_details": f"Naam: {PUPIL_NAME}\nGroep: groep 6b\nSchool: De Regenboog "
                         "(BRIN 12AB)",
        "decision_details": "Maatregel: schorsing\nBesluit genomen op: 24 november 2026\n"
                            "Periode: 25 november 2026 tot en met 27 november 2026 "
                            "(3 schooldagen)",
        "heard_report": "op 20 november 2026 de leerling, de ouders en de groepsleerkracht",
        "decision_sent_date": "24 november 2026"},
    "information": {"request_date": "20 november 2026",
                    "measure_text": "Op 24 november 2026 is besloten tot: schorsing, van 25 "
                                    "november 2026 tot en met 27 november 2026."},
    "order_extension": {
        "previous_decision_date": "17 november 2026", "previous_end_date": "14 december 2026",
        "start_date": "15 december 2026", "end_date": "4 januari 2027", "duration": "21 dagen",
        "extension_ground": "Het politieonderzoek loopt nog; de vertrouwensinspecteur heeft "
                            "geadviseerd de rust op school te bewaren tot de uitkomst bekend is."},
}


# A letter that invites to a meeting names a day after its own date (services: L4).
for _code in ("hearing_invitation", "reprimand_intention", "suspension_intention",
              "removal_intention", "inspector_notice"):
    KIND_FIELDS.setdefault(_code, {})["hearing_date"] = "1 december 2026"


def example_request(kind: LetterKind, denomination: str = "openbaar",
                    logo: bytes | None = None) -> LetterRequest:
    if kind.audience is Audience.STAFF:
        recipient, fields = STAFF, STAFF_FIELDS
    elif kind.audience is Audience.PUPIL:
        recipient, fields = PARENT_2, PUPIL_FIELDS
    else:
        recipient, fields = PARENT, PARENT_FIELDS
    if kind.to_authority:
        recipient = KIND_RECIPIENTS.get(kind.code, AUTHORITY)
    fields = {**fields, **KIND_FIELDS.get(kind.code, {})}
    if kind.audience is Audience.PARENT:
        fields.update(PARENT_KIND_FIELDS.get(kind.code, {}))
    return LetterRequest(
        audience=kind.audience, kind=kind.code, reference="SM-00042",
        letter_date=EXAMPLE_DATE, letterhead=example_letterhead(denomination, logo),
        recipient=recipient, fields=fields, legal=EXAMPLE_LEGAL,
        pupil_first_name=PUPIL_FIRST if kind.audience is Audience.PUPIL else "")


def all_example_requests(denomination: str = "openbaar",
                         logo: bytes | None = None) -> list[LetterRequest]:
    return [example_request(k, denomination, logo) for k in LETTER_KINDS]
