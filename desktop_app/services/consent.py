"""The consent register (protocol A5; law F1-F6): per pupil and purpose, demonstrable."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select

from ..db.models import ConsentRecord, GuardianLink, Person
from ..domain.catalogue import PersonKind
from ..domain.dates import check_plausible
from ..domain.errors import InvalidInput, RuleViolation, not_found
from ..domain.procedure import add_months
from .database import Actor, Database
from .dto import ConsentInfo

PURPOSES = ("website", "social_media", "parent_portal", "newsletter", "brochure",
            "class_photo", "press", "video")
PURPOSE_LABELS = {
    "website": ("website", "website"),
    "social_media": ("openbare sociale media", "public social media"),
    "parent_portal": ("ouderportaal", "parent portal"), "newsletter": ("nieuwsbrief", "newsletter"),
    "brochure": ("schoolgids/brochure", "brochure"), "class_photo": ("klassenfoto", "class photo"),
    "press": ("pers", "press"), "video": ("video van optredens", "video of performances"),
}


def _info(r: ConsentRecord) -> ConsentInfo:
    return ConsentInfo(r.id, r.person_id, r.purpose, r.granted, r.given_by_id, r.given_by_name,
                       r.method, r.form_version, r.given_at, r.withdrawn_at, r.review_on)


def age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def record_consent(db: Database, actor: Actor, pupil_id: int, purpose: str, granted: bool, *,
                   given_by_id: int | None, method: str, form_version: str,
                   given_at: datetime | None = None) -> ConsentInfo:
    if purpose not in PURPOSES:
        raise InvalidInput(f"Onbekend doel '{purpose}'. Kies uit: {', '.join(PURPOSES)}.",
                           f"Unknown purpose '{purpose}'. Choose from: {', '.join(PURPOSES)}.")
    if not method.strip() or not form_version.strip():
        raise InvalidInput("Leg vast hoe (methode) en met welke formulierversie is ingestemd.",
                           "Record how (method) and with which form version consent was given.",
                           "F4")
    with db.transaction(actor) as tx:
        pupil = tx.scope.require_person(pupil_id, "Leerling", "Pupil")
        if pupil.kind != PersonKind.PUPIL.value:
            raise not_found("Leerling", "Pupil", pupil_id)
        check_plausible(given_at, tx.now.date(), "Het moment van instemming",
                        "The moment of consent")
        when = given_at or tx.now
        under_16 = pupil.birth_date is None or age_on(pupil.birth_date, when.date()) < 16
        giver_name = ""
        if under_16:
            link = tx.session.scalar(select(GuardianLink).where(
                GuardianLink.pupil_id == pupil_id, GuardianLink.parent_id == given_by_id))
            if link is None or not link.parental_authority:
                raise RuleViolation(
                    "Onder de 16 geeft een ouder met gezag toestemming.",
                    "Under 16, a parent with parental authority gives consent.", "F2")
        elif given_by_id not in (None, pupil_id):
            raise RuleViolation("Vanaf 16 jaar geeft de leerling zelf toestemming.",
                                "From 16, the pupil gives consent personally.", "F2")
        giver = tx.session.get(Person, given_by_id) if given_by_id else pupil
        if giver is not None:
            giver_name = " ".join(p for p in (giver.first_name, giver.name_prefix,
                                              giver.last_name) if p)
        for old in tx.session.scalars(select(ConsentRecord).where(
                ConsentRecord.person_id == pupil_id, ConsentRecord.purpose == purpose,
                ConsentRecord.withdrawn_at.is_(None))):
            old.withdrawn_at = when  # superseded by the new choice
        record = ConsentRecord(person_id=pupil_id, purpose=purpose, granted=granted,
                               given_by_id=given_by_id, given_by_name=giver_name,
                               method=method.strip(), form_version=form_version.strip(),
                               given_at=when, withdrawn_at=None,
                               review_on=add_months(when.date(), 12), created_by=tx.actor_id)
        tx.session.add(record)
        tx.session.flush()
        tx.audit("consent.record", "consent", record.id, person_id=pupil_id, purpose=purpose,
                 granted=granted)
        return _info(record)


def withdraw_consent(db: Database, actor: Actor, record_id: int) -> ConsentInfo:
    with db.transaction(actor) as tx:
        record = tx.session.get(ConsentRecord, record_id)
        if record is None:
            raise not_found("Toestemming", "Consent record", record_id)
        tx.scope.require_person(record.person_id, "Toestemming", "Consent record")
        if record.withdrawn_at is not None:
            raise RuleViolation("Deze toestemming is al ingetrokken.",
                                "This consent was already withdrawn.", "F5")
        record.withdrawn_at = tx.now
        tx.audit("consent.withdraw", "consent", record.id, person_id=record.person_id,
                 purpose=record.purpose)
        return _info(record)


def consent_register(db: Database, actor: Actor, pupil_id: int | None = None,
                     current_only: bool = True) -> list[ConsentInfo]:
    query = select(ConsentRecord).order_by(ConsentRecord.person_id, ConsentRecord.purpose,
                                           ConsentRecord.given_at)
    if pupil_id is not None:
        query = query.where(ConsentRecord.person_id == pupil_id)
    if current_only:
        query = query.where(ConsentRecord.withdrawn_at.is_(None))
    with db.reading(actor) as rd:
        if pupil_id is not None:
            rd.scope.require_person(pupil_id, "Leerling", "Pupil")
        return [_info(r) for r in rd.session.scalars(rd.scope.consent(query))]
