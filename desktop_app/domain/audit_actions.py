"""What each audited action is called, in Dutch and English: the Audit page, its exports and
the CLI word the trail with these, never with the action code."""

from __future__ import annotations

ACTION_LABELS: dict[str, tuple[str, str]] = {
    "audit.export": ("audittrail geëxporteerd", "audit trail exported"),
    "audit.verify": ("audittrail gecontroleerd", "audit trail verified"),
    "board.create": ("bestuur vastgelegd", "board created"),
    "board.update": ("bestuur gewijzigd", "board changed"),
    "case.assess": ("ernst beoordeeld", "severity assessed"),
    "case.close": ("zaak gesloten", "case closed"),
    "case.create": ("zaak geopend", "case opened"),
    "case.decide": ("maatregel besloten", "measure decided"),
    "case.propose": ("maatregel voorgesteld", "measure proposed"),
    "case.step": ("processtap vastgelegd", "procedure step recorded"),
    "case.view": ("zaak ingezien", "case viewed"),
    "consent.record": ("toestemming vastgelegd", "consent recorded"),
    "consent.withdraw": ("toestemming ingetrokken", "consent withdrawn"),
    "consent.give": ("toestemming gegeven", "consent given"),
    "consent.refuse": ("toestemming geweigerd", "consent refused"),
    "consent.review": ("toestemmingen jaarlijks herzien", "consent reviewed for the year"),
    "consent.print": ("toestemmingsformulier afgedrukt", "consent form printed"),
    "report.annual": ("jaarrapportage gemaakt", "annual report made"),
    "report.processing_register": ("verwerkingsregister gemaakt", "processing register made"),
    "document.copy": ("document als kopie opgeslagen", "document saved as a copy"),
    "document.file": ("document gearchiveerd", "document filed"),
    "document.open": ("document geopend", "document opened"),
    "document.print": ("document afgedrukt", "document printed"),
    "dossier.export": ("dossier geëxporteerd", "dossier exported"),
    "dossier.view": ("dossier ingezien", "dossier viewed"),
    "guardian.link": ("ouder gekoppeld", "parent linked"),
    "incident.create": ("incident geregistreerd", "incident registered"),
    "inspector.call": ("gesprek vertrouwensinspecteur vastgelegd",
                       "call with the confidential inspector recorded"),
    "inspector.inform": ("medewerker ingelicht", "employee informed"),
    "inspector.log.print": ("belregister afgedrukt", "call log printed"),
    "inspector.log.view": ("belregister ingezien", "call log viewed"),
    "letter.generate": ("brief gemaakt", "letter generated"),
    "letter.preview": ("brief bekeken", "letter previewed"),
    "maintenance.recount_tasks": ("open taken herteld", "open tasks recounted"),
    "person.create": ("persoon toegevoegd", "person added"),
    "person.update": ("persoon gewijzigd", "person changed"),
    "police.report": ("aangifte vastgelegd", "police report recorded"),
    "police.sheet.print": ("aangifteblad afgedrukt", "police sheet printed"),
    "school.create": ("school toegevoegd", "school added"),
    "school.logo": ("schoollogo gewijzigd", "school logo changed"),
    "school.update": ("school gewijzigd", "school changed"),
    "setting.change": ("instelling gewijzigd", "setting changed"),
    "template.preview": ("briefsjabloon bekeken", "letter template previewed"),
    "template.reset": ("briefsjabloon hersteld", "letter template reset"),
    "template.save": ("briefsjabloon opgeslagen", "letter template saved"),
    "user.create": ("account aangemaakt", "account created"),
    # Issue 14: procedures beside the measure.
    "incident.track": ("route incident vastgelegd (art. 4a, Meldcode, C4)",
                       "incident track recorded (art. 4a, Meldcode, C4)"),
    "incident.board_informed": ("melding bij bevoegd gezag vastgelegd",
                                "report to the board recorded"),
    "case.order_measure": ("schorsing als ordemaatregel besloten",
                           "suspension as an order measure decided"),
    "case.order_response": ("zienswijze op ordemaatregel vastgelegd",
                            "response to the order measure recorded"),
    "person.information_request": ("informatieverzoek ouder zonder gezag vastgelegd",
                                   "information request of a parent without authority recorded"),
    # Privacy (AVG): retention and destruction (R5.1-R5.4), access requests (R5.5).
    "retention.hold": ("bewaarplicht ingesteld", "legal hold set"),
    "retention.release": ("bewaarplicht opgeheven", "legal hold released"),
    "retention.archive": ("gemarkeerd: Archiefwet", "flagged under the Archives Act"),
    "retention.unarchive": ("Archiefwet-markering opgeheven", "Archives Act flag lifted"),
    "retention.run": ("vernietiging uitgevoerd", "destruction run"),
    "retention.destroy": ("vernietigd", "destroyed"),
    "retention.unlink": ("losgekoppeld bij vernietiging", "unlinked by a destruction"),
    "access_request.add": ("inzageverzoek geregistreerd", "access request registered"),
    "access_request.identity": ("identiteit verzoeker gecontroleerd",
                                "requester's identity checked"),
    "access_request.extend": ("inzageverzoek verlengd", "access request extended"),
    "access_request.complete": ("inzageverzoek afgehandeld", "access request answered"),
    "access_request.export": ("inzageverzoek geëxporteerd", "access request exported"),
}

# Groups for a filter: every action that starts with the prefix.
ACTION_GROUPS: dict[str, tuple[str, str]] = {
    "case.": ("zaken (alles)", "cases (all)"),
    "document.": ("documenten (alles)", "documents (all)"),
    "dossier.": ("dossiers (alles)", "dossiers (all)"),
    "person.": ("personen (alles)", "people (all)"),
    "inspector.": ("vertrouwensinspecteur (alles)", "confidential inspector (all)"),
    "audit.": ("audittrail (alles)", "audit trail (all)"),
    "retention.": ("bewaartermijnen en vernietiging (alles)", "retention and destruction (all)"),
    "access_request.": ("inzageverzoeken (alles)", "access requests (all)"),
}


def action_label(code: str) -> tuple[str, str]:
    """The Dutch and English name of an action; an action added later reads as its words."""
    known = ACTION_LABELS.get(code)
    if known:
        return known
    words = code.replace(".", " ").replace("_", " ")
    return words, words
