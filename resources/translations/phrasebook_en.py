"""English for every Dutch source string in ui/ (fills casemanager_en.ts after pyside6-lupdate).

Run from the repository root:
    .venv/bin/pyside6-lupdate $(find ui -name '*.py') -ts resources/translations/casemanager_en.ts \
        -source-language nl -target-language en
    .venv/bin/python resources/translations/phrasebook_en.py
    .venv/bin/pyside6-lrelease resources/translations/casemanager_en.ts
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

EN: dict[str, str] = {
    # Instellingen › Database (ui/pages/settings_database.py)
    "Da&tabase": "&Database",
    "Verbinding met {server} testen…": "Testing the connection to {server}…",
    "Verbinding gelukt, maar de database is van een nieuwere versie van Casemanager. Werk "
    "eerst deze computer bij.": "Connected, but the database is from a newer version of "
    "Casemanager. Update this computer first.",
    "Verbinding gelukt. De database bevat de gegevens van Casemanager.":
        "Connected. The database holds Casemanager's data.",
    "Verbinding gelukt. De database is nog leeg; bij de volgende start maakt Casemanager de "
    "tabellen aan.": "Connected. The database is still empty; Casemanager creates its tables "
    "at the next start.",
    "Verbinding mislukt: {reason}": "Connection failed: {reason}",
    "De keuze is opgeslagen en geldt vanaf de volgende start van Casemanager.":
        "The choice is saved and applies from the next start of Casemanager.",
    "Kies waar Casemanager zijn gegevens bewaart: in een bestand op deze computer, of op een "
    "gedeelde PostgreSQL-server waar alle directeuren van het bestuur op werken. Het "
    "wachtwoord wordt versleuteld bewaard, alleen voor uw account op deze computer. De keuze "
    "geldt vanaf de volgende start.": "Choose where Casemanager keeps its data: in a file on "
    "this computer, or on a shared PostgreSQL server all of the board's directors work on. The "
    "password is stored encrypted, for your account on this computer only. The choice applies "
    "from the next start.",
    "Nu geopend:": "Open now:",
    "De beheerder heeft de database voor deze computer vastgelegd in {path}; hier kunt u "
    "alleen de verbinding testen.": "The administrator fixed the database for this computer in "
    "{path}; here you can only test the connection.",
    "Bestand op deze computer ({path})": "File on this computer ({path})",
    "Gedeelde &PostgreSQL-server": "Shared PostgreS&QL server",
    "&Server:": "&Server:",
    "Poort:": "Port:",
    "Database&naam:": "Database &name:",
    "Gebruiker:": "User:",
    "Wachtw&oord:": "Pass&word:",
    "(bewaard; leeg laten om het te houden)": "(stored; leave empty to keep it)",
    "(leeg: pgpass of Windows-aanmelding)": "(empty: pgpass or Windows sign-in)",
    "Verb&inding testen": "Test connect&ion",
    "Keu&ze opslaan": "Save ch&oice",
    "Map voor de back-ups": "Folder for the backups",
    "Dagelijkse back-up van het bestand op deze computer":
        "Daily backup of the file on this computer",
    "Dage&lijks een back-up maken (bij het starten)": "Make a daily bac&kup (at start)",
    "Map:": "Folder:",
    "Kiezen…": "Browse…",
    "Hoeveel bewaren:": "How many to keep:",
    "Back-&upwachtwoord:": "Back&up passphrase:",
    "minstens 10 tekens; zonder dit wachtwoord geen herstel":
        "at least 10 characters; without it no restore",
    "Bij het starten maakt Casemanager een versleutelde back-up als de nieuwste in de map ouder "
    "is dan vandaag, en bewaart de nieuwste. Op een gedeelde server gelden de back-ups van de "
    "server.": "At start Casemanager makes an encrypted backup when the newest in the folder is "
    "older than today, and keeps the newest. On a shared server the server's backups apply.",
    " De map en het aantal zijn door de beheerder vastgelegd.":
        " The administrator fixed the folder and the number.",
    "De dagelijkse back-up is gemaakt: {file}": "The daily backup was made: {file}",
    "Over Casemanager": "About Casemanager",
    "Casemanager Sociale Media": "Casemanager Social Media",
    "Versie {version}": "Version {version}",
    "Voor schoolbesturen: incidenten op sociale media registreren, de maatregel die het "
    "protocol voorstelt zien, besluiten, de brief versturen en alles in het juiste dossier "
    "bewaren.": "For school boards: register social-media incidents, see the measure the "
    "protocol proposes, decide, send the letter and keep everything in the right dossier.",
    "Gegevens: {data}\nLogbestand: {log}": "Data: {data}\nLog file: {log}",
    "&Sluiten": "&Close",
    "Gesprek met de vertrouwensinspecteur – SM-{id:05d}":
        "Call with the confidential inspector – SM-{id:05d}",
    "namens het bevoegd gezag": "on behalf of the board",
    "&Begin gesprek:": "Call &started:",
    "&Einde gesprek:": "Call &ended:",
    "Gebeld &nummer:": "&Number dialled:",
    "Beller:": "Caller:",
    "&Rol beller:": "Caller's r&ole:",
    "Naam &inspecteur:": "&Inspector's name:",
    "Ken&merk:": "Re&ference:",
    "Bekend sinds:": "Known since:",
    "Be&kend via:": "Learn&t from:",
    "Gedeelde &feiten:": "Facts s&hared:",
    "Re&delijk vermoeden:": "Reasonable s&uspicion:",
    "&Advies:": "&Advice:",
    "Afs&praken (met wie):": "A&greed actions (owners):",
    "Verv&olg:": "Follo&w-up:",
    "&Samenvatting:": "Su&mmary:",
    "Reden niet in&gelicht:": "Reason not tol&d:",
    "alleen als de medewerker vooraf niet is ingelicht":
        "only if the employee was not told beforehand",
    "&Vastleggen": "&Record",
    "Annuleren": "Cancel",
    "Zaak": "Case",
    "Besluit": "Decision",
    "Datum": "Date",
    "Ernst": "Severity",
    "Gearchiveerd": "Filed",
    "Document": "Document",
    "Dossier": "Dossier",
    "SHA-256": "SHA-256",
    "&Voorstel en besluit": "&Proposal and decision",
    "&Procedure en termijnen": "P&rocedure and deadlines",
    "Brieven en &documenten": "Le&tters and documents",
    "Incident": "Incident",
    "Datum:": "Date:",
    "School:": "School:",
    "Platform:": "Platform:",
    "Regels:": "Rules:",
    "Gedrag:": "Behaviour:",
    "Kenmerken:": "Flags:",
    "Ernst:": "Severity:",
    "Omschrijving:": "Description:",
    "Voorstel volgens het protocol": "Proposal under the protocol",
    "Voorstel be&rekenen": "&Compute proposal",
    "Eerdere vergelijkbare besluiten": "Earlier comparable decisions",
    "Geen vergelijkbare eerdere besluiten.": "No comparable earlier decisions.",
    "&Besluiten…": "&Decide…",
    "Tijdlijn van de procedure": "Procedure timeline",
    "&Stap vastleggen…": "Record a &step…",
    "Nog te doen": "Still to do",
    "Dubbelklik op een taak om de stap vast te leggen.":
        "Double-click a task to record the step.",
    "&Brief maken…": "Create &letter…",
    "Document &openen": "&Open document",
    "Sl&uiten": "Clos&e",
    "Zaak {ref} – {name}": "Case {ref} – {name}",
    "Zaak {ref}: {name}": "Case {ref}: {name}",
    "{kind} · {school} · status: {status}": "{kind} · {school} · status: {status}",
    "{occurred} (gemeld {reported})": "{occurred} (reported {reported})",
    "grensoverschrijdend": "boundary-crossing",
    "mogelijk strafbaar feit": "possible criminal offence",
    "dringende reden": "urgent reason",
    " (uitlatingen {a}, gedragingen {b}, gevolgen {c})":
        " (statements {a}, behaviour {b}, consequences {c})",
    "nog niet beoordeeld": "not assessed yet",
    "Nog geen voorstel": "No proposal yet",
    "Het voorstel volgt uit de ernst, het beleid en eerdere maatregelen.":
        "The proposal follows from the severity, the policy and earlier measures.",
    "Voorstel opnieuw be&rekenen": "Re&compute proposal",
    "besloten op {day}": "decided on {day}",
    "Periode: {period}": "Period: {period}",
    "Wijkt af van het voorstel.": "Differs from the proposal.",
    "Motivering: {text}": "Motivation: {text}",
    "Nog geen besluit. Het voorstel is een advies: u besluit.":
        "No decision yet. The proposal is advice: you decide.",
    "besluit: {measure}": "decision: {measure}",
    "Nog geen stappen vastgelegd.": "No steps recorded yet.",
    "TE LAAT: ": "OVERDUE: ",
    "Niets meer te doen.": "Nothing left to do.",
    "Brieven en &documenten ({count})": "Le&tters and documents ({count})",
    "Toestemming vastleggen": "Record consent",
    "ja, toestemming": "yes, consent",
    "nee, geen toestemming": "no consent",
    "de leerling zelf (16+)": "the pupil personally (16+)",
    "papieren formulier": "paper form",
    "&Doel:": "&Purpose:",
    "&Keuze:": "&Choice:",
    "&Gegeven door:": "&Given by:",
    "&Hoe:": "&How:",
    "&Formulierversie:": "&Form version:",
    "Toestemmingen": "Consent",
    "Protocol A5: beeld en geluid alleen met aantoonbare schriftelijke toestemming, per "
    "leerling en per doel. Onder de 16 geeft een ouder met gezag toestemming, vanaf 16 de "
    "leerling zelf. Elk jaar herzien.": "Protocol A5: images and sound only with demonstrable "
    "written consent, per pupil and per purpose. Under 16 a parent with parental authority "
    "consents, from 16 the pupil personally. Reviewed every year.",
    "&Leerling:": "&Pupil:",
    "Toestemming &vastleggen…": "&Record consent…",
    "&Intrekken": "&Withdraw",
    "Geen vastgelegde keuze (dus geen toestemming) voor: {list}":
        "No recorded choice (so no consent) for: {list}",
    "Uiterlijk": "Due",
    "Betrokkene": "Subject",
    "Taak": "Task",
    "Regel": "Rule",
    "Overzicht": "Overview",
    "open zaken": "open cases",
    "met voorstel": "with a proposal",
    "besloten, nog niet gesloten": "decided, not yet closed",
    "gesloten": "closed",
    "Termijnen: te doen en te laat": "Deadlines: due and overdue",
    "Klik op een regel om de zaak te openen.": "Click a row to open its case.",
    "{overdue} te laat, {upcoming} nog te doen.": "{overdue} overdue, {upcoming} still due.",
    "Hieronder de {overdue} oudste te late en de {upcoming} eerstvolgende.":
        "Below, the {overdue} oldest overdue and the next {upcoming}.",
    "Incidenten": "Incidents",
    "Incidenten per school (12 maanden)": "Incidents per school (12 months)",
    "Incidenten per categorie (12 maanden)": "Incidents per category (12 months)",
    "Incidenten per maand": "Incidents per month",
    "Besluit – {ref}": "Decision – {ref}",
    "(geen)": "(none)",
    "Het protocol stelt voor: <b>{proposal}</b>. U besluit; wijkt u af van het voorstel, dan "
    "is een schriftelijke motivering verplicht.": "The protocol proposes: <b>{proposal}</b>. "
    "You decide; if you deviate from the proposal, a written motivation is required.",
    "&Maatregel:": "&Measure:",
    "Besluit&datum:": "Decision d&ate:",
    "&Ingangsdatum:": "&Start date:",
    "&Einddatum:": "E&nd date:",
    "Mo&tivering:": "Mo&tivation:",
    "Niet &gehoord, omdat:": "Not &heard, because:",
    "&Onderwijs tijdens schorsing:": "&Education during suspension:",
    "&Omvang verbod:": "Ban sc&ope:",
    "&Contactpersoon:": "&Contact person:",
    "alleen invullen als niet vooraf is gehoord": "only if there was no hearing beforehand",
    "bijv. huiswerkpakket via de groepsleerkracht": "e.g. homework via the class teacher",
    "bijv. schoolgebouw en schoolplein": "e.g. school building and schoolyard",
    "&Besluiten": "&Decide",
    "Dit besluit wijkt af van het voorstel: geef een motivering.":
        "This decision differs from the proposal: give a motivation.",
    "Mo&tivering (verplicht):": "Mo&tivation (required):",
    "{dossier} · gearchiveerd {when} · {size} kB · SHA-256 {sha}":
        "{dossier} · filed {when} · {size} kB · SHA-256 {sha}",
    "&Afdrukken…": "&Print…",
    "&Kopie opslaan…": "&Save a copy…",
    "Dossiers": "Dossiers",
    "&Persoon:": "&Person:",
    "Typ een naam…": "Type a name…",
    "&Namen van derden weglakken": "Redact &third parties' names",
    "Dossier &exporteren…": "&Export dossier…",
    "Zaken (klik om te openen)": "Cases (click to open)",
    "Dossier: tijdlijn van gearchiveerde documenten": "Dossier: timeline of filed documents",
    "Nog niets gearchiveerd.": "Nothing filed yet.",
    "Kies een persoon": "Choose a person",
    "Typ een naam of open een persoon vanuit Personen.":
        "Type a name or open a person from People.",
    "geboren {day}": "born {day}",
    "ouder met gezag: {name}": "parent with authority: {name}",
    "ouder zonder gezag: {name}": "parent without authority: {name}",
    "ouder van: {name}": "parent of: {name}",
    "Geen zaken.": "No cases.",
    "Geen PDF: dubbelklik om te openen.": "Not a PDF: double-click to open.",
    "Dossier exporteren": "Export dossier",
    "PDF-bestanden (*.pdf)": "PDF files (*.pdf)",
    "Dossier wordt samengesteld…": "Compiling the dossier…",
    "Dossier geëxporteerd": "Dossier exported",
    "Opgeslagen als {path}": "Saved as {path}",
    "Casemanager instellen": "Set up Casemanager",
    "Welkom": "Welcome",
    "Deze database is nieuw. Vul eerst de gegevens van het schoolbestuur in.":
        "This database is new. First enter the school board's details.",
    "Stationsstraat 1, 3811 MH Amersfoort": "Stationsstraat 1, 3811 MH Amersfoort",
    "&Naam van het bestuur:": "Board &name:",
    "&Adres:": "&Address:",
    "&Taal / Language:": "&Taal / Language:",
    "Taa&l / Language:": "Taal / Lang&uage:",
    "Eerste school": "First school",
    "Meer scholen voegt u later toe in Instellingen. De denominatie bepaalt de "
    "bezwaarclausule in brieven.": "Add more schools later in Settings. The denomination "
    "decides the objection clause in letters.",
    "Lindelaan 4, 3818 AB Amersfoort": "Lindelaan 4, 3818 AB Amersfoort",
    "directeur": "director",
    "&Naam:": "&Name:",
    "&BRIN-code:": "&BRIN code:",
    "&Denominatie:": "&Denomination:",
    "D&irecteur (ondertekent):": "D&irector (signs letters):",
    "&Functie ondertekenaar:": "Signatory's f&unction:",
    "Beheerder": "Administrator",
    "Het eerste account is de beheerder. Namens dit account worden alle handelingen in de "
    "audittrail vastgelegd.": "The first account is the administrator. Every action is "
    "recorded in the audit trail on behalf of this account.",
    "&Gebruikersnaam:": "&Username:",
    "&Uw naam:": "&Your name:",
    "&Wachtwoord (minstens 12 tekens):": "&Password (at least 12 characters):",
    "&Wachtwoord:": "&Password:",
    "Er is nog geen database op {path}. Maak een nieuwe database of kies een ander bestand.":
        "There is no database at {path} yet. Create a new database or choose another file.",
    "Inloggen": "Log in",
    "Log in met uw eigen account. Wat u doet, wordt op uw naam in de audittrail vastgelegd.":
        "Log in with your own account. What you do is recorded in the audit trail under your "
        "name.",
    "Demobestuur": "Demo board",
    "Wilt u eerst rondkijken met voorbeeldgegevens?":
        "Would you like to look around with sample data first?",
    "&Demobestuur laden: twee fictieve scholen, dertig personen en twintig incidenten":
        "Load the &demo board: two fictional schools, thirty people and twenty incidents",
    "De demo bevat alleen verzonnen personen. U kunt hem ook later laden via Bestand › "
    "Demobestuur laden.": "The demo contains fictional people only. You can also load it "
    "later via File › Load demo board.",
    "&Volgende >": "Ne&xt >",
    "bijv. 24-11-2026": "e.g. 24-11-2026",
    "Nog niet te besluiten voor {measure}: {text} Kies zo nodig een andere maatregel.":
        "Not yet possible to decide on {measure}: {text} Choose another measure if needed.",
    "Afgedrukt: {pages} pagina('s).": "Printed: {pages} page(s).",
    "< V&orige": "< Bac&k",
    "&Starten": "&Start",
    "Nieuw incident": "New incident",
    "Wat is er gebeurd": "What happened",
    "&School:": "&School:",
    "Datum &incident:": "&Incident date:",
    "Datum &melding:": "&Report date:",
    "&Platform:": "&Platform:",
    "M&elder:": "R&eporter:",
    "&Gedrag:": "&Behaviour:",
    "&Omschrijving:": "&Description:",
    "Feitelijk: wat is er geplaatst of gedaan, waar, en wat waren de gevolgen?":
        "Factual: what was posted or done, where, and what were the consequences?",
    "Kenmerken": "Flags",
    "Grensoverschrijde&nd (alleen medewerkers)": "B&oundary-crossing (staff only)",
    "Mogelijk strafbaar &feit": "Possible &criminal offence",
    "&Dringende reden (ontslag op staande voet)": "&Urgent reason (summary dismissal)",
    "Grensoverschrijdend: eerst de medewerker inlichten, dan de Landelijke "
    "Vertrouwensinspecteur bellen.": "Boundary-crossing: tell the employee first, then call "
    "the national confidential inspector.",
    "Overtreden regel(s) uit het protocol": "Protocol rule(s) breached",
    "Tekst van het protocol:": "The protocol's wording:",
    " (medewerkers)": " (staff)",
    "Ernst (protocol, Sancties 3 en 5)": "Severity (protocol, Sanctions 3 and 5)",
    "&Uitlatingen": "S&tatements",
    "Gedr&agingen": "Be&haviour",
    "Ge&volgen": "Conse&quences",
    "(kies)": "(choose)",
    "Betrokkenen": "People involved",
    "Naam": "Name",
    "Soort": "Kind",
    "Rol": "Role",
    "&Toevoegen": "&Add",
    "Ver&wijderen": "Re&move",
    "Bewijsstukken (sleep bestanden hierheen)": "Evidence (drop files here)",
    "&Bestand toevoegen…": "Add &file…",
    "&Registreren": "Re&gister",
    "(onbekend / anoniem)": "(unknown / anonymous)",
    "– (kies de drie assen)": "– (choose the three axes)",
    "Bewijsstukken kiezen": "Choose evidence",
    "Afbeeldingen en documenten (*.png *.jpg *.jpeg *.gif *.pdf *.txt *.eml *.docx);;Alle "
    "bestanden (*)": "Images and documents (*.png *.jpg *.jpeg *.gif *.pdf *.txt *.eml "
    "*.docx);;All files (*)",
    "Bestand te groot": "File too large",
    "{name} is groter dan 50 MB.": "{name} is larger than 50 MB.",
    "School ontbreekt": "No school",
    "Voeg eerst een school toe in Instellingen.": "Add a school in Settings first.",
    "Nr.": "No.",
    "School": "School",
    "Categorie": "Category",
    "Regels": "Rules",
    "Status": "Status",
    "Omschrijving": "Description",
    "&Nieuw incident…": "&New incident…",
    "Zoek in omschrijvingen en namen…": "Search descriptions and names…",
    "&Zoeken:": "&Search:",
    "Sch&ool:": "Sch&ool:",
    "S&tatus:": "S&tatus:",
    "&Categorie:": "&Category:",
    "&Ernst:": "S&everity:",
    "&Periode:": "&Period:",
    "(alle)": "(all)",
    "{count} incidenten": "{count} incidents",
    "Medewerker ingelicht – SM-{id:05d}": "Employee told – SM-{id:05d}",
    "bijv. persoonlijk gesprek met de directeur": "e.g. personal talk with the director",
    "&Moment:": "&Moment:",
    "Vertrouwensinspecteur": "Confidential inspector",
    "Protocol, Sancties 2: vindt het bestuur de communicatie van een medewerker "
    "grensoverschrijdend, dan licht het eerst de medewerker in en meldt het daarna "
    "telefonisch bij de Landelijke Vertrouwensinspecteur ({phone}). Het belregister is "
    "vertrouwelijk: elke inzage wordt vastgelegd.": "Protocol, Sanctions 2: when the board "
    "judges a staff member's communication boundary-crossing, it tells the employee first and "
    "then reports it by phone to the national confidential inspector ({phone}). The call log "
    "is confidential: every view is recorded.",
    "Zaken die een melding vragen": "Cases that need a report",
    "&Zaak:": "&Case:",
    "Medewerker &ingelicht…": "Employee &told…",
    "Gesprek v&astleggen…": "&Log a call…",
    "Belregister": "Call log",
    "Belregister als &PDF…": "Call log as &PDF…",
    "Brief – {ref} – {name}": "Letter – {ref} – {name}",
    "Soort &brief:": "&Kind of letter:",
    "Aanvullende gegevens": "Additional details",
    "Gegevens uit de zaak worden automatisch ingevuld. Ontbreekt er iets, dan vraagt de "
    "brief erom na 'Voorbeeld maken'.": "Details from the case are filled in automatically. "
    "If something is missing, the letter asks for it after 'Preview'.",
    "&Geadresseerde:": "&Recipient:",
    "&Voorbeeld maken": "Pre&view",
    "Archiveren in &dossier": "&File in dossier",
    "Verzonden &op:": "Sent &on:",
    "Aange&tekend nummer:": "Registered-&mail number:",
    "&Redenen voor de ouders:": "&Reasons for the parents:",
    "Gehoord": "Heard",
    "Dringende reden (zoals meegedeeld):": "Urgent reason (as told):",
    "Past niet bij het besluit in deze zaak.": "Does not fit this case's decision.",
    "Voorbeeld wordt gemaakt…": "Creating the preview…",
    "Dit is de echte brief. Controleer hem en kies 'Archiveren in dossier'.":
        "This is the real letter. Check it and choose 'File in dossier'.",
    "Gearchiveerd in {dossier}: {count} document(en).": "Filed in {dossier}: {count} document(s).",
    "Kopie opgeslagen: {path}": "Copy saved: {path}",
    "Brief niet gearchiveerd": "Letter not filed",
    "De brief is nog niet in het dossier gearchiveerd. Toch sluiten?":
        "The letter has not been filed in the dossier yet. Close anyway?",
    "&Bestand": "&File",
    "Beel&d": "&View",
    "&Ga naar": "&Go",
    "&Help": "&Help",
    "&Zoeken": "&Search",
    "&Vernieuwen": "&Refresh",
    "&Demobestuur laden…": "Load &demo board…",
    "&Afsluiten": "&Quit",
    "&Over Casemanager…": "&About Casemanager…",
    "Bezig…": "Working…",
    "Gebruiker: {name}": "User: {name}",
    "Bestuur: {board}": "Board: {board}",
    "Vernieuwd": "Refreshed",
    "Incident {id} geregistreerd": "Incident {id} registered",
    "Demobestuur laden…": "Loading the demo board…",
    "Demobestuur geladen: {schools} scholen, {people} personen, {incidents} incidenten.":
        "Demo board loaded: {schools} schools, {people} people, {incidents} incidents.",
    "Personen": "People",
    "Persoon &toevoegen…": "&Add person…",
    "&Incident voor deze persoon…": "&Incident for this person…",
    "Zoek op voor- of achternaam…": "Search by first or last name…",
    "Gesorteerd op achternaam zonder tussenvoegsel. Dubbelklik of Enter opent het dossier.":
        "Sorted on last name, ignoring the name prefix. Double-click or Enter opens the dossier.",
    "(alle soorten)": "(all kinds)",
    "(alle scholen)": "(all schools)",
    "Functie / groep": "Function / group",
    "Plaats": "Town",
    "Persoon toevoegen": "Add person",
    "bijv. van der": "e.g. van der",
    "heer": "Mr",
    "mevrouw": "Ms",
    "Straat 1, 1234 AB Plaats": "Street 1, 1234 AB Town",
    "heeft ouderlijk ge&zag": "has parental a&uthority",
    "Soor&t:": "&Kind:",
    "&Voornaam:": "&First name:",
    "T&ussenvoegsel:": "Name &prefix:",
    "&Achternaam:": "&Last name:",
    "Aan&hef:": "Salu&tation:",
    "&Functie:": "F&unction:",
    "&Groep:": "&Group:",
    "Geboorte&datum:": "Date of &birth:",
    "Ad&res:": "A&ddress:",
    "&E-mail:": "&E-mail:",
    "Ouder va&n:": "Parent &of:",
    "&Opslaan": "S&ave",
    "Instellingen": "Settings",
    "&Algemeen": "Gener&al",
    "Bestuur &en scholen": "&Board and schools",
    "&Voorstelbeleid": "&Proposal policy",
    "&Wettelijke termijnen": "&Legal terms",
    "U werkt als {name} ({role}).": "You are working as {name} ({role}).",
    "Dem&obestuur laden": "Load demo b&oard",
    "Bestuur": "Board",
    "Bestuur opslaan": "Save board",
    "Naam:": "Name:",
    "Adres:": "Address:",
    "Denominatie:": "Denomination:",
    "E-mail:": "E-mail:",
    "School: briefhoofd en ondertekening": "School: letterhead and signature",
        "Adre&s:": "Addre&ss:",
    "Directeur:": "Director:",
    "&Ondertekenaar:": "Signator&y:",
    "&Mandaat:": "&Mandate:",
    "Telefoon:": "Phone:",
    "Logo:": "Logo:",
    "Logo kie&zen…": "Pic&k logo…",
    "School o&pslaan": "Save sch&ool",
    "De basismaatregel per ernst en soort betrokkene. Per eerdere maatregel in de gekozen "
    "periode gaat het voorstel een stap omhoog. Ontslag op staande voet wordt alleen "
    "voorgesteld bij ernst 4 met een dringende reden.": "The base measure per severity and "
    "kind of subject. Each earlier measure in the chosen period moves the proposal one step "
    "up. Summary dismissal is proposed only at severity 4 with an urgent reason.",
    "&Stappen omhoog per eerdere maatregel:": "&Steps up per earlier measure:",
    "Eerdere &maatregelen tellen (maanden):": "Count earlier &measures (months):",
    "Beleid o&pslaan": "Save polic&y",
    "Termijnen en artikelnummers die de wet niet eenduidig vastlegt, stelt het bestuur zelf "
    "in. Ze komen terug in brieven en termijnen.": "Terms and article numbers the law does not "
    "fix unambiguously are set by the board. They appear in letters and deadlines.",
    "Termijnen &opslaan": "&Save terms",
    "(geen logo)": "(no logo)",
    "Logo kiezen": "Choose logo",
    "Afbeeldingen (*.png *.jpg *.jpeg)": "Images (*.png *.jpg *.jpeg)",
    "Opgeslagen": "Saved",
    "Het voorstelbeleid is opgeslagen.": "The proposal policy has been saved.",
    "De termijnen zijn opgeslagen.": "The terms have been saved.",
    "Processtap vastleggen – {ref}": "Record a procedure step – {ref}",
    "&Stap:": "&Step:",
    "&Datum:": "&Date:",
    "&Toelichting:": "N&ote:",
    "Ontvangende sch&ool:": "Receiving sc&hool:",
    "&Bevestiging:": "&Confirmation:",
    "&Aangetekend nr.:": "Registered &mail no.:",
    "Niet mogelijk": "Not possible",
    "Onverwachte fout": "Unexpected error",
    "Er ging onverwacht iets mis. Wat u hebt ingevuld, is niet verloren gegaan; probeer het "
    "opnieuw of neem contact op met de beheerder.": "Something went wrong unexpectedly. What "
    "you typed has not been lost; try again or contact your administrator.",
    "Details staan in het logbestand:\n{path}": "Details are in the log file:\n{path}",
    "Logmap openen": "Open log folder",
    "Afdrukken": "Print",
    "Kopie opslaan": "Save a copy",
    "Wijzigingen niet opgeslagen": "Unsaved changes",
    "Er zijn wijzigingen die nog niet zijn opgeslagen. Wilt u ze weggooien?":
        "There are unsaved changes. Do you want to discard them?",
    "Doel": "Purpose",
    "Toestemming": "Consent",
    "ja": "yes",
    "nee": "no",
    "Gegeven door": "Given by",
    "Hoe": "How",
    "Formulier": "Form",
    "Herzien op": "Review on",
    "Gesprek": "Call",
    "Inspecteur": "Inspector",
    "Kenmerk": "Reference",
    "Redelijk vermoeden": "Reasonable suspicion",
    "Samenvatting": "Summary",
    "open": "open",
    "voorstel gedaan": "proposed",
    "besloten": "decided",
    "betrokkene": "subject",
    "slachtoffer": "victim",
    "getuige": "witness",
    "melder": "reporter",
    "openbaar": "public (openbaar)",
    "bijzonder": "denominational (bijzonder)",
    "ja, redelijk vermoeden": "yes, reasonable suspicion",
    "onduidelijk": "unclear",
    "personeelsdossier": "personnel dossier",
    "leerlingendossier": "pupil dossier",
    "bewijsstuk": "evidence",
    "Telefoon Landelijke Vertrouwensinspecteur:": "National confidential inspector's phone:",
    "Schorsing leerling: max. kalenderdagen:": "Pupil suspension: max. calendar days:",
    "Schorsing leerling: waarschuw boven schooldagen:":
        "Pupil suspension: warn above school days:",
    "Melding Inspectie binnen (dagen):": "Report to the Inspectie within (days):",
    "Bezwaartermijn (weken):": "Objection period (weeks):",
    "Beslissen op bezwaar (weken):": "Decide on an objection (weeks):",
    "Termijn Geschillencommissie (weken):": "Disputes committee term (weeks):",
    "Oordeel Geschillencommissie (weken):": "Disputes committee opinion (weeks):",
    "Verweer Geschillencommissie (weken):": "Defence to the disputes committee (weeks):",
    "Zienswijze medewerker (weken):": "Employee's response (weeks):",
    "Schorsing medewerker: max. dagen per besluit:": "Staff suspension: max. days per decision:",
    "Beroep medewerker (weken):": "Employee's appeal (weeks):",
    "Ontslag op staande voet: waarschuw na dagen:": "Summary dismissal: warn after days:",
    "Vernietiging ontslag vragen (maanden):": "Ask to annul a dismissal (months):",
    "Toegangsverbod ouder: max. maanden:": "Parent access ban: max. months:",
    "Geschiedenis voor het voorstel (maanden):": "History for the proposal (months):",
    "Cao-artikel schriftelijke berisping:": "CAO article written reprimand:",
    "Cao-artikel schorsing:": "CAO article suspension:",
    "WPO-artikel schorsing:": "WPO article suspension:",
    "WPO-artikel verwijdering:": "WPO article removal:",
    "Inzageverzoek afhandelen (maanden):": "Handle an access request (months):",
    "Briefs&jablonen": "Letter &templates",
    "Sjabloon": "Template",
    "Voor": "For",
    "clausule": "clause",
    "Pas de tekst van een brief aan. Velden staan als ${naam}; onbekende velden worden "
    "geweigerd. Een gewijzigd sjabloon geldt alleen voor nieuwe brieven: gearchiveerde "
    "brieven veranderen nooit.": "Edit the text of a letter. Fields are written as ${name}; "
    "unknown fields are refused. A changed template applies to new letters only: filed letters "
    "never change.",
    "Voorbeeld met &zaak:": "Preview &with case:",
    "Sjabloon &opslaan": "&Save template",
    "Standaardtekst &herstellen": "&Restore standard text",
    "De tekst is in orde.": "The text is fine.",
    "Geen voorbeeld met deze zaak: {reason}": "No preview with this case: {reason}",
    "Opgeslagen. Nieuwe brieven gebruiken deze tekst.": "Saved. New letters use this text.",
    "Standaardtekst herstellen": "Restore standard text",
    "De eigen tekst van het bestuur voor dit sjabloon vervalt. Doorgaan?":
        "The board's own text for this template will be discarded. Continue?",
    "Aangifte vastleggen – {ref}": "Record a police report – {ref}",
    "Leg vast wanneer en bij welke politie-eenheid aangifte is gedaan. Bij een redelijk "
    "vermoeden na overleg met de vertrouwensinspecteur worden de ouders en de betrokken "
    "medewerker vooraf ingelicht: vermeld wie en wanneer.": "Record when and with which police "
    "unit the report was filed. With a reasonable suspicion after consulting the confidential "
    "inspector, the parents and the staff member concerned are told beforehand: state who and "
    "when.",
    "&Datum aangifte:": "Report &date:",
    "&Politie-eenheid:": "&Police unit:",
    "&Registratienummer:": "Registration &number:",
    "Aangifte &gedaan door:": "Reported &by:",
    "Vooraf &ingelicht:": "&Informed beforehand:",
    "&Aangifte vastleggen…": "Record police rep&ort…",
    "Aangifte&formulier opslaan…": "Sa&ve police report sheet…",
    "Zaak slui&ten": "Close c&ase",
    "aangifte bij {unit}, nr. {number}": "police report with {unit}, no. {number}",
    "Zaak sluiten": "Close case",
    "De zaak wordt gesloten en verdwijnt uit de termijnen. Doorgaan?":
        "The case will be closed and leaves the deadline list. Continue?",
    "Totale ernst (gemiddelde):": "Overall severity (mean):",
    "Totale ernst (hoogste as):": "Overall severity (highest axis):",
    "Persoon be&werken…": "&Edit person…",
    "Persoon bewerken": "Edit person",
    "T&otale ernst uit de drie assen:": "&Overall severity from the three axes:",
    "de hoogste as": "the highest axis",
    "het gemiddelde, naar boven afgerond": "the mean, rounded half up",
    "Klachtregeling (waarschuwing)": "Complaints procedure (warning)",
    "Beroep medewerker": "Staff appeal",
    "Ontslag op staande voet": "Summary dismissal",
    "Toegangsverbod ouder": "Parent access ban",
    "Besluit leerling": "Pupil decision",
    "Verwijdering leerling": "Pupil removal",
    "rechtsmiddelen": "legal remedies",
    "Let op": "Keep in mind",
    # Audit page (issue 9 item 4)
    "Tijdstip": "Time",
    "Account": "Account",
    "Handeling": "Action",
    "Persoon": "Person",
    "Audit": "Audit",
    "Audittrail": "Audit trail",
    "Elke wijziging en elke inzage van een dossier staat hier, met wie en wanneer. De trail kan "
    "niet worden gewijzigd; controleren laat zien of iemand buiten de applicatie iets heeft "
    "veranderd.": "Every change and every look at a dossier is listed here, with who and when. "
    "The trail cannot be changed; verifying shows whether anyone changed something outside the "
    "application.",
    "Filter": "Filter",
    "&Account:": "&Account:",
    "Ha&ndeling:": "Actio&n:",
    "&Van:": "Fro&m:",
    "&Tot en met:": "Up &to and including:",
    "bijv. SM-00012": "e.g. SM-00012",
    "Alleen &inzage": "Only &looks",
    "Toepa&ssen": "Appl&y",
    "&Wissen": "Clear f&ilter",
    "Wie heeft dit d&ossier ingezien?": "Who looked at this d&ossier?",
    "Als PD&F…": "As P&DF…",
    "Als &CSV…": "As C&SV…",
    "A&udittrail controleren": "V&erify the audit trail",
    "Alle handelingen": "All actions",
    "{count} gebeurtenis(sen)": "{count} event(s)",
    "Iedereen": "Everyone",
    "Alle accounts": "All accounts",
    "Kies een persoon uit de lijst.": "Choose a person from the list.",
    "Een zaaknummer ziet eruit als SM-00012 of 12.": "A case number looks like SM-00012 or 12.",
    "De periode eindigt voordat ze begint.": "The period ends before it begins.",
    "Kies eerst de persoon van wie u het dossier bedoelt.":
        "First choose the person whose dossier you mean.",
    "Bezig met controleren…": "Verifying…",
    "CSV opslaan": "Save CSV",
    "CSV-bestanden (*.csv)": "CSV files (*.csv)",
    # Faults, start-up problems and backups (issue 11)
    "Niet gelukt": "Did not work",
    "Database openen": "Open database",
    "Nieuwe database maken": "Create a new database",
    "Ander bestand kiezen…": "Choose another file…",
    "Afsluiten": "Quit",
    "Database kiezen": "Choose a database",
    "Casemanager-database (*.sqlite3 *.db);;Alle bestanden (*)":
        "Casemanager database (*.sqlite3 *.db);;All files (*)",
    "Back-up maken": "Make backup",
    "De back-up bevat de hele database en wordt versleuteld met het wachtwoord dat u hier "
    "kiest. Bewaar het wachtwoord apart: zonder wachtwoord is de back-up niet terug te zetten.":
        "The backup holds the whole database and is encrypted with the passphrase you choose "
        "here. Keep the passphrase separately: without it the backup cannot be restored.",
    "&Maken": "&Make",
    "Back-up terugzetten": "Restore backup",
    "De back-up wordt eerst helemaal gecontroleerd. Daarna vervangt hij de huidige database; "
    "wat sinds de back-up is vastgelegd, gaat verloren.":
        "The backup is checked in full first. Then it replaces the current database; what was "
        "recorded since the backup is lost.",
    "&Terugzetten": "&Restore",
    "&Bestand:": "&File:",
    "&Wachtwoordzin:": "&Passphrase:",
    "&Nogmaals:": "A&gain:",
    "B&laderen…": "&Browse…",
    "Casemanager-back-ups (*{suffix})": "Casemanager backups (*{suffix})",
    "{path} bestaat al. Vervangen?": "{path} already exists. Replace it?",
    "Back-up gemaakt": "Backup made",
    "De versleutelde back-up staat in {path}.": "The encrypted backup is in {path}.",
    "De huidige database wordt vervangen door de back-up. Doorgaan?":
        "The current database will be replaced by the backup. Continue?",
    "Back-up teruggezet": "Backup restored",
    "De back-up van {when} is teruggezet: {documents} documenten en de audittrail zijn "
    "gecontroleerd.": "The backup of {when} was restored: {documents} documents and the audit "
    "trail were checked.",
    "&Back-up maken…": "Make &backup…",
    "Back-up &terugzetten…": "&Restore backup…",
    "Back-up": "Backup",
    "&Demobestuur laden: {schools} fictieve scholen, {people} personen en {incidents} incidenten":
        "&Load the demo board: {schools} fictional schools, {people} people and {incidents} incidents",
    "Schoo&l toevoegen":
        "Ne&w school",
    "BR&IN-code:":
        "BR&IN code:",
    "Nieuwe school":
        "New school",
    "Nieuwe school o&pslaan":
        "Save new sch&ool",
    "Het bestuur is opgeslagen.":
        "The board has been saved.",
    "De gegevens van {school} zijn opgeslagen.":
        "The details of {school} have been saved.",
    "{school} is toegevoegd.":
        "{school} has been added.",
    "beheerder":
        "administrator",
    "personeelszaken":
        "HR",
    "bestuursbureau":
        "board office",
    "dd-mm-jjjj":
        "dd-mm-yyyy",
    "Kalender":
        "Calendar",
    "Geen geldige datum: typ bijvoorbeeld 16-01-2030.":
        "Not a valid date: type for example 16-01-2030.",
    "Bij '{field}' staat '{text}': dat is geen geldige datum. Typ de datum als dag-maand-jaar, bijvoorbeeld 16-01-2030.":
        "'{field}' holds '{text}', which is not a valid date. Type the date as day-month-year, for example 16-01-2030.",
    "Vul bij '{field}' een datum in, bijvoorbeeld 16-01-2030.":
        "Fill in a date at '{field}', for example 16-01-2030.",
    "Handleiding":
        "User guide",
    "&Handleiding":
        "User &guide",
    "nog geen incidenten": "no incidents yet",
    # Personen › Importeren…
    'I&mporteren…': 'I&mport…',
    'Personen importeren': 'Import people',
    'Leerlingen, groepen en leerkrachten (EDEXML)': 'Pupils, groups and teachers (EDEXML)',
    'Ouders en verzorgers (CSV of Excel)': 'Parents and guardians (CSV or Excel)',
    'Personeel (CSV of Excel)': 'Staff (CSV or Excel)',
    'S&oort:': '&Kind:',
    'S&jabloon opslaan…': 'Save &template…',
    '&Voorvertoning': '&Preview',
    '&Afbreken': 'St&op',
    '&Toepassen': '&Apply',
    'nieuw': 'new',
    'gewijzigd': 'changed',
    'vertrokken': 'left',
    'geweigerd': 'refused',
    'Wat': 'What',
    'Regelnr.': 'Line',
    'Naam of veld': 'Name or field',
    'Toelichting': 'Details',
    'Maak in ParnasSys of Esis een EDEXML-export van deze school. Leerlingen en leerkrachten die in een volgende export ontbreken, worden als vertrokken gemarkeerd; niemand wordt verwijderd en met de hand ingevoerde personen blijven ongemoeid.':
        'Make an EDEXML export of this school in ParnasSys or Esis. Pupils and teachers missing from a later export are marked as left; nobody is deleted and people entered by hand are left alone.',
    'Vul het sjabloon in (één regel per persoon; een ouder van twee kinderen staat er twee keer in) en sla het op als CSV of Excel-werkmap. Ouders worden aan hun kind gekoppeld via de sleutel uit de EDEXML-export.':
        'Fill in the template (one line per person; a parent of two children appears twice) and save it as CSV or an Excel workbook. Parents are linked to their child by the key from the EDEXML export.',
    'EDEXML-bestanden (*.xml)': 'EDEXML files (*.xml)',
    'Spreadsheets (*.csv *.xlsx *.txt)': 'Spreadsheets (*.csv *.xlsx *.txt)',
    'Importbestand kiezen': 'Choose the import file',
    'Sjabloon opslaan': 'Save template',
    'Het sjabloon kon niet worden opgeslagen in {path}.': 'The template could not be saved to {path}.',
    'Sjabloon opgeslagen als {path}.': 'Template saved as {path}.',
    'Kies eerst een bestand.': 'Choose a file first.',
    'Het bestand wordt gelezen en vergeleken…': 'Reading the file and comparing it…',
    'Afgebroken; er is niets gewijzigd.': 'Stopped; nothing was changed.',
    'Niets te wijzigen: de personen zijn al gelijk aan dit bestand.':
        'Nothing to change: the people already match this file.',
    'Dit is een voorvertoning; er is nog niets gewijzigd. Kies Toepassen om de wijzigingen in één keer door te voeren. Datum van de export: {day}.':
        'This is a preview; nothing has changed yet. Choose Apply to make all the changes at once. Date of the export: {day}.',
    'Vertrekkers markeren': 'Mark leavers',
    '{count} personen staan niet meer in dit bestand en worden gemarkeerd als vertrokken per {day}. Er wordt niemand verwijderd. Doorgaan?':
        '{count} people are no longer in this file and will be marked as left as of {day}. Nobody is deleted. Continue?',
    'De wijzigingen worden doorgevoerd…': 'Making the changes…',
    'Geïmporteerd: {new} nieuw, {changed} gewijzigd, {left} vertrokken. De import staat in het auditspoor met de SHA-256 van het bestand.':
        "Imported: {new} new, {changed} changed, {left} left. The import is in the audit trail with the file's SHA-256.",
    'Afbreken…': 'Stopping…',
    "De brief wordt naar de printer gestuurd…": "The letter is being sent to the printer…",
    # issue 8: refusals in the screen's words, the next step in the case window
    'Motivering':
        'Motivation',
    'Overtreden regels':
        'Rules broken',
    'Vooraf ingelicht':
        'Informed beforehand',
    'Reden niet ingelicht':
        'Reason not informed',
    'Reden niet gehoord':
        'Reason not heard',
    'Redenen voor de ouders':
        'Reasons for the parents',
    'Begindatum':
        'Start date',
    'Einddatum':
        'End date',
    'Scholen':
        'Schools',
    'Maatregel':
        'Measure',
    'Soort brief':
        'Kind of letter',
    'Aangetekend nr.':
        'Registered mail no.',
    'Ouders/verzorgers':
        'Parents/guardians',
    'Instellingen › Bestuur en scholen › School: briefhoofd en ondertekening':
        'Settings › Board and schools › School: letterhead and signature',
    'Instellingen › Bestuur en scholen › Bestuur':
        'Settings › Board and schools › Board',
    'Personen › Persoon bewerken (adres)':
        'People › Edit person (address)',
    'Waar: {places}.':
        'Where: {places}.',
    'Zie het veld ‘{label}’.':
        'See the field ‘{label}’.',
    'Voorstel berekenen en besluiten':
        'Compute the proposal and decide',
    'Besluiten over de maatregel ({measure})':
        'Decide on the measure ({measure})',
    'Eerst: {step} – daarna besluiten':
        'First: {step} – then decide',
    'Volgende stap voor {measure}: {text}':
        'Next step for {measure}: {text}',
    'Volgende &stap: {what} maken…':
        'Next &step: make {what}…',
    'Volgende &stap: {what} vastleggen…':
        'Next &step: record {what}…',
    "vul ze in bij 'Aanvullende gegevens' in het briefvenster":
        "fill them in under 'Additional details' in the letter window",
    'Voorstel berekend: {measure}.':
        'Proposal computed: {measure}.',
    'Besluit vastgelegd: {measure}. Maak nu de brief.':
        'Decision recorded: {measure}. Now make the letter.',
    'Stap vastgelegd: {step}.':
        'Step recorded: {step}.',
    'Aangifte vastgelegd.':
        'Police report recorded.',
    'Zaak gesloten.':
        'Case closed.',
    'Toestemming vastgelegd.':
        'Consent recorded.',
    'Toestemming ingetrokken.':
        'Consent withdrawn.',
    'Persoon toegevoegd.':
        'Person added.',
    'Wijzigingen opgeslagen.':
        'Changes saved.',
    'Vastgelegd: medewerker ingelicht.':
        'Recorded: employee informed.',
    'Gesprek vastgelegd in het belregister.':
        'Call recorded in the call log.',
    'protocol':
        'protocol',
    'Volgende stap voor {measure}: {text} (uiterlijk {day}).':
        'Next step for {measure}: {text} (by {day}).',
    'Volgende &stap: besluitbrief maken…':
        'Next &step: make the decision letter…',
    # ---- Privacy (AVG): retention, destruction, access requests (ui/pages/privacy.py) ----
    "Vernietigen op": "Destroy on",
    "Vertrokken op": "Left on",
    "Bewaarplicht": "Legal hold",
    "ja: ": "yes: ",
    "Over": "About",
    "Van": "From",
    "Ontvangen": "Received",
    "Afgehandeld": "Answered",
    "Bewaarplicht instellen": "Set a legal hold",
    "Bewaarplicht voor {who}: de gegevens worden niet vernietigd zolang die geldt.":
        "Legal hold for {who}: the data is not destroyed while it applies.",
    "&Reden:": "&Reason:",
    "Geef de reden van de bewaarplicht.": "Give the reason for the legal hold.",
    "Vernietigen": "Destroy",
    "Deze gegevens worden definitief vernietigd: de persoon, de dossierdocumenten, zaken, "
    "besluiten en toestemmingen. Er wordt een vernietigingsverslag bewaard. Dit kan niet "
    "ongedaan worden gemaakt.": "This data is destroyed for good: the person, the dossier "
    "documents, cases, decisions and consent. A destruction report is kept. This cannot be "
    "undone.",
    "&Ik begrijp dat dit niet ongedaan kan worden": "&I understand this cannot be undone",
    "&Vernietigen": "&Destroy",
    "Inzageverzoek registreren": "Register an access request",
    "&Over:": "&About:",
    "&Van (verzoeker):": "&From (requester):",
    "O&ntvangen op:": "R&eceived on:",
    "Privacy (AVG)": "Privacy (GDPR)",
    "Bewaartermijnen: een dossier wordt vernietigd als de termijn na vertrek is verstreken "
    "(instelbaar bij Instellingen › Wettelijke termijnen); een bewaarplicht of de Archiefwet "
    "houdt het tegen. Inzageverzoeken: eerst de identiteit controleren, dan binnen een maand "
    "beantwoorden (art. 15 AVG); verlengen met twee maanden kan binnen die maand, met de reden "
    "(art. 12 lid 3).":
        "Retention: a dossier is destroyed once its term after leaving has passed (set in "
        "Settings › Legal terms); a legal hold or the Archives Act stops it. Access requests: "
        "check the identity first, then answer within one month (GDPR art. 15); an extension "
        "by two months is possible within that month, with the reason (art. 12(3)).",
    # Issue 13 integration: the Archiefwet flag, the identity check and the extension.
    "Archiefwet": "Archives Act",
    "&Archiefwet…": "&Archives Act…",
    "Ar&chiefwet opheffen": "Lift the Archives A&ct flag",
    "&Identiteit gecontroleerd…": "&Identity checked…",
    "Ver&lengen…": "E&xtend…",
    "Identiteit": "Identity",
    "nog controleren": "to be checked",
    "Verlengd": "Extended",
    "van {date}: {reason}": "from {date}: {reason}",
    "Termijn verlengen": "Extend the term",
    "Het inzageverzoek over {who} krijgt twee maanden extra (art. 12 lid 3 AVG). Laat de "
    "verzoeker dat binnen de eerste maand weten, met de reden.":
        "The access request about {who} gets two more months (GDPR art. 12(3)). Tell the "
        "requester within the first month, with the reason.",
    "Geef de reden van de verlenging.": "Give the reason for the extension.",
    "Vul een datum in als 24-11-2026.": "Enter a date such as 24-11-2026.",
    "Het dossier van {who} bevat documenten onder de Archiefwet (bijv. een besluit over "
    "verlof, Leerplichtwet art. 11). Niets van deze persoon wordt vernietigd tot een "
    "selectielijst dat toestaat. Noem de documenten.":
        "The dossier of {who} holds documents under the Archives Act (e.g. a leave decision, "
        "Compulsory Education Act art. 11). Nothing of this person is destroyed until a "
        "retention schedule allows it. Name the documents.",
    "Noem de documenten onder de Archiefwet.": "Name the documents under the Archives Act.",
    "Identiteit controleren": "Check the identity",
    "bijvoorbeeld paspoort getoond aan de balie": "e.g. passport shown at the desk",
    "Verzoeker: {who}. Geef pas gegevens nadat de identiteit (en bij een ouder het gezag) is "
    "vastgesteld.": "Requester: {who}. Give data only once the identity (and for a parent, "
    "parental authority) is established.",
    "Gecontroleerd &op:": "Checked &on:",
    "Vul in hoe de identiteit is gecontroleerd.": "Say how the identity was checked.",
    "Niet vernietigd wegens de Archiefwet: {ids}.":
        "Not destroyed because of the Archives Act: {ids}.",
    "Inzageverzoek verlengd tot {date}; laat de verzoeker dit met de reden weten.":
        "Access request extended to {date}; tell the requester, with the reason.",
    "Bewaartermijnen en vernietiging": "Retention and destruction",
    "Be&waarplicht…": "Legal h&old…",
    "Bewaarplicht &opheffen": "Re&lease the hold",
    "&Vernietigen…": "&Destroy…",
    "Ver&trekdatum…": "Leaving da&te…",
    "Vertrekdatum vastleggen": "Record the leaving date",
    "Ver&trokken op (leeg: wissen):": "Lef&t on (empty: clear):",
    "Vul een datum in als 24-11-2026, of laat het leeg.":
        "Enter a date such as 24-11-2026, or leave it empty.",
    "Inzageverzoeken": "Access requests",
    "Verzoek regi&streren…": "Register a req&uest…",
    "&Exporteren…": "&Export…",
    "Kies eerst een persoon in de lijst.": "First choose a person in the list.",
    "Er is nu niets te vernietigen.": "There is nothing to destroy now.",
    "{count} persoon/personen vernietigd; vernietigingsverslag: document {report}.":
        "{count} person(s) destroyed; destruction report: document {report}.",
    "Niet vernietigd wegens een bewaarplicht: {ids}.": "Not destroyed because of a legal "
    "hold: {ids}.",
    "Niet vernietigd omdat de gegevens ook in een dossier staan dat blijft: {ids}.":
        "Not destroyed because the data is also part of a dossier that stays: {ids}.",
    "Kies een persoon en een geldige ontvangstdatum.":
        "Choose a person and a valid date received.",
    "Kies eerst een inzageverzoek in de lijst.": "First choose an access request in the list.",
    "Opgeslagen: {pdf} en {json}.": "Saved: {pdf} and {json}.",

    # Issue 14: the legal-track flags, the 4a panel and the procedures dialog.
    "Vermoeden &zedendelict door medewerker tegen leerling (art. 4a WPO)":
        "Suspected se&xual offence by staff against a pupil (WPO art. 4a)",
    "Huiselijk geweld of kindermishandeling thuis (Meldcode, geen art. 4a)":
        "Domestic violence or child abuse at home (Meldcode, not art. 4a)",
    "Bericht van een medewerker over de school": "A staff member's post about the school",
    "…met de mededeling dat het een persoonlijke mening is (C4)":
        "…stating that it is a personal opinion (C4)",
    "Art. 4a WPO: vermoeden zedendelict – eerst afhandelen":
        "WPO art. 4a: suspected sexual offence – handle first",
    "Meld direct aan het bevoegd gezag, overleg direct met de vertrouwensinspecteur (vóór de "
    "medewerker wordt ingelicht), doe aangifte bij een redelijk vermoeden en beslis over een "
    "schorsing als ordemaatregel.":
        "Report to the board at once, consult the confidential inspector at once (before the "
        "employee is told), report to the police on a reasonable suspicion and decide on a "
        "suspension as an order measure.",
    "Pr&ocedures…": "Proced&ures…",
    "&Kind (gedrag ouder):": "&Child (parent's behaviour):",
    "Procedures – {ref}": "Procedures – {ref}",
    "Schorsing als &ordemaatregel": "Suspension as an &order measure",
    "&Kennisgevingen": "&Notices",
    "&Informatie ouder zonder gezag": "&Information to a parent without authority",
    "&Dringend noodzakelijk omdat:": "&Urgently necessary because:",
    "&Verlenging:": "E&xtension:",
    "&Grond verlenging:": "&Ground for extension:",
    "verleng de laatste schorsing (nieuw besluit)": "extend the latest suspension (a new decision)",
    "&Verzonden op:": "&Sent on:",
    "&Zienswijze:": "&Response:",
    "Ordemaatregel &besluiten": "&Decide the order measure",
    "&Brief versturen en archiveren": "Send and &file the letter",
    "Zienswijze &vastleggen": "Record the res&ponse",
    "Leerplichtambtenaar (verwijdering, schorsing)": "Attendance officer (removal, suspension)",
    "Inspectie (schorsing > 1 dag, verwijdering)": "Inspectie (suspension > 1 day, removal)",
    "&Aan:": "&To:",
    "A&dres (anders uit instellingen):": "A&ddress (else from the settings):",
    "Kennisgeving &maken en archiveren": "&Make and file the notice",
    "Een ouder zonder ouderlijk gezag krijgt op verzoek informatie over het kind (art. 1:377c "
    "BW). Dit is informatie, geen besluit.":
        "A parent without parental authority is informed about the child on request (BW "
        "1:377c). This is information, not a decision.",
    "&Ouder:": "&Parent:",
    "&Verzoek vastleggen": "Record the &request",
    "Informatie&brief versturen": "Send the information &letter",
    "brief verstuurd": "letter sent",
    "brief nog niet verstuurd": "letter not sent yet",
    "{start} t/m {end} ({days} dagen) – {state}": "{start} to {end} ({days} days) – {state}",
    "Er is geen ordemaatregel zonder verstuurde brief.":
        "There is no order measure whose letter is still to be sent.",
    "Er is geen ordemaatregel zonder vastgelegde zienswijze.":
        "There is no order measure whose response is still to be recorded.",
    "Deze leerling heeft geen ouder zonder ouderlijk gezag.":
        "This pupil has no parent without parental authority.",

    # Consent register and the board's reports (issue 13 items 3-5).
    "Toestemming geven": "Give consent",
    "Toestemming weigeren": "Refuse consent",
    "Toestemming intrekken": "Withdraw consent",
    "Voor: {name}": "For: {name}",
    "Doo&r:": "&By:",
    "D&atum:": "D&ate:",
    "bijvoorbeeld papieren formulier met handtekening": "for example a signed paper form",
    "waar de beelden staan en wat ermee gebeurt": "where the images are used and what is done",
    "Stand": "Status",
    "Door": "By",
    "Vervolg": "Follow-up",
    "Keuze": "Choice",
    "Protocol A5: beeld en geluid alleen met aantoonbare schriftelijke toestemming, per persoon "
    "en per doel. Onder de 16 beslist een ouder met gezag; weigert één ouder met gezag, dan is "
    "er geen toestemming. Vanaf 16 beslist de leerling zelf. Medewerkers en ouders die in beeld "
    "komen beslissen zelf. Geen keuze is geen toestemming; intrekken kan altijd. Elk jaar "
    "herzien.":
        "Protocol A5: images and sound only with demonstrable written consent, per person and "
        "per purpose. Under 16 a parent with parental authority decides; if one parent with "
        "authority refuses, there is no consent. From 16 the pupil decides. Staff and parents "
        "who appear in images decide themselves. No choice means no consent; consent can "
        "always be withdrawn. Reviewed every year.",
    "&Soort:": "&Kind:",
    "Leerlingen": "Pupils",
    "Medewerkers": "Staff",
    "&Toestemming geven…": "Give &consent…",
    "&Weigeren…": "Refu&se…",
    "&Intrekken…": "&Withdraw…",
    "&Jaarlijkse herziening…": "&Yearly review…",
    "&Formulier afdrukken…": "Print f&orm…",
    "Geschiedenis (nieuwste eerst)": "History (newest first)",
    "Kies een persoon.": "Choose a person.",
    "Beslist: niemand – bij deze leerling is geen ouder met gezag vastgelegd (F2).":
        "Decides: nobody – this pupil has no parent with parental authority on record (F2).",
    "Beslist: {names}": "Decides: {names}",
    "Nog geen keuzes vastgelegd: zonder keuze geen toestemming.":
        "No choices on record yet: without a choice there is no consent.",
    "Jaarlijkse herziening te laat: uiterlijk {date}.": "Yearly review overdue: due {date}.",
    "Volgende jaarlijkse herziening: {date}.": "Next yearly review: {date}.",
    "Toestemmingsformulier opslaan": "Save consent form",
    "Toestemmingsformulier": "Consent form",
    "Opgeslagen als {path}.": "Saved as {path}.",
    "toestemmingen jaarlijks herzien (F6)": "review consent for the year (F6)",
    "Toestemmingen: jaarlijkse herziening (klik om te openen)":
        "Consent: yearly review (click to open)",
    "&Rapporten": "&Reports",
    "&Jaarverslag zonder namen (bestuur en GMR)…":
        "&Annual report without names (board and GMR)…",
    "&Verwerkingsregister (AVG art. 30)…": "&Processing register (GDPR art. 30)…",
    "Jaarverslag": "Annual report",
    "Over welk jaar?": "Which year?",
    "Verder": "Next",
    "Jaarverslag opslaan": "Save annual report",
    "Verwerkingsregister opslaan": "Save processing register",
    "Verwerkingsregister": "Processing register",
    "Jaarlijkse herziening": "Yearly review",
    "{name}: de keuzes zoals ze nu staan zijn opnieuw bevestigd. Een gewijzigde keuze legt u "
    "vast met geven, weigeren of intrekken.":
        "{name}: the choices as they stand were confirmed again. Record a changed choice with "
        "give, refuse or withdraw.",
    "(niet vastgelegd)": "(not recorded)",
    "&Bevestigd door:": "&Confirmed by:",

    "Route en art. &4a WPO": "Track and WPO art. &4a",
    "Route op&slaan": "&Save the track",
    "Leg vast wanneer het bevoegd gezag zelf de melding ontving (melden aan de directeur is "
    "niet genoeg). Overleg daarna direct met de vertrouwensinspecteur, vóór de medewerker wordt "
    "ingelicht.":
        "Record when the board itself received the report (telling the director is not "
        "enough). Then consult the confidential inspector at once, before the employee is told.",
    "&Ontvangen op:": "&Received at:",
    "Ontvangen &door:": "Received &by:",
    "Melding bij bevoegd gezag &vastleggen": "&Record the report to the board",

    # Accounts, own password and the idle lock (issue 9, U-opdoor)
    "uitgeschakeld": "deactivated",
    "geblokkeerd tot {time}": "locked until {time}",
    "actief": "active",
    "Gebruikersnaam": "Username",
    "alle scholen": "all schools",
    "Account wijzigen": "Change account",
    "Account toevoegen": "Add account",
    "&Rol:": "&Role:",
    "&Scholen:": "&Schools:",
    "&Wachtwoord (12+ tekens):": "&Password (12+ characters):",
    "Wachtwoord &herhalen:": "R&epeat password:",
    "A&ccounts": "A&ccounts",
    "Wie met Casemanager werkt, en met welke rol. Een directeur of alleen-lezen-account ziet "
    "alleen de scholen die hier zijn gekozen. Een account verwijdert u niet: u schakelt het "
    "uit, zodat de audittrail de naam houdt.": "Who works with Casemanager, and in which role. "
    "A director or read-only account sees only the schools chosen here. An account is never "
    "deleted: you deactivate it, so the audit trail keeps the name.",
    "Account t&oevoegen…": "Add acco&unt…",
    "&Wijzigen…": "&Edit…",
    "Wachtwoord &resetten…": "&Reset password…",
    "&Inschakelen": "A&ctivate",
    "&Uitschakelen": "&Deactivate",
    "Account uitschakelen": "Deactivate account",
    "{name} kan dan niet meer inloggen. Doorgaan?": "{name} will no longer be able to log in. "
    "Continue?",
    "Wachtwoord wijzigen": "Change password",
    "Een nieuw wachtwoord voor {name} ({user}): minstens 12 tekens.":
        "A new password for {name} ({user}): at least 12 characters.",
    "&Huidig wachtwoord:": "C&urrent password:",
    "&Nieuw wachtwoord:": "&New password:",
    "Nieuw wachtwoord he&rhalen:": "R&epeat new password:",
    "&Wijzigen": "&Change",
    "Wachtwoord gewijzigd": "Password changed",
    "Uw wachtwoord is gewijzigd.": "Your password has been changed.",
    "Vergrendeld": "Locked",
    "&Wachtwoord wijzigen…": "Change &password…",
    "&Vergrendelen": "&Lock",
    "Wachtwoord resetten": "Reset password",
    "Een nieuw wachtwoord voor {name} ({user}); een blokkade na te veel pogingen vervalt. Geef "
    "het wachtwoord persoonlijk door.": "A new password for {name} ({user}); a lock after too "
    "many attempts is lifted. Pass the password on in person.",
    "&Nieuw wachtwoord (12+ tekens):": "&New password (12+ characters):",
    "&Resetten": "&Reset",
    "Vergrendelen &na (minuten zonder activiteit):": "Loc&k after (minutes without activity):",
    "Vergrendeld – Casemanager": "Locked – Casemanager",
    "Casemanager is vergrendeld omdat er even niets gebeurde. Geef uw wachtwoord om verder te "
    "werken; wat open stond, staat nog open.": "Casemanager is locked because nothing happened "
    "for a while. Give your password to continue; what was open is still open.",
    "Gebruikersnaam:": "Username:",
    "&Ontgrendelen": "&Unlock",

    # Instellingen › Schoolkalender (ui/pages/settings_calendar.py)
    "School&kalender": "School cal&endar",
    "Bij een schorsing van een leerling tellen alleen schooldagen: geen weekend, feestdag of "
    "schoolvakantie. De standaardvakanties per regio zijn die van de Rijksoverheid voor de "
    "schooljaren 2025-2026 tot en met 2027-2028; pas ze aan als uw scholen andere data "
    "hebben, en vul later jaren aan.": "A pupil suspension counts only school days: no "
    "weekend, public holiday or school holiday. The default holidays per region are the "
    "Rijksoverheid's for the school years 2025-2026 up to 2027-2028; change them if your "
    "schools have other dates, and add later years.",
    "Reg&io:": "Regi&on:",
    "Vakantie": "Holiday",
    "Eerste dag": "First day",
    "Laatste dag": "Last day",
    "Vaka&ntie toevoegen": "Add hol&iday",
    "Vakantie &verwijderen": "Re&move holiday",
    "&Standaardvakanties van de regio": "Region's defa&ult holidays",
    "Kalender &opslaan": "&Save calendar",
    "De schoolkalender is opgeslagen.": "The school calendar has been saved.",
    "Schooljaar {years}: niet gecontroleerd — controleer met rijksoverheid.nl en pas de data "
    "zo nodig aan. Een schorsing die over deze data telt, krijgt een waarschuwing.":
        "School year {years}: not checked — check with rijksoverheid.nl and change the dates "
        "if needed. A suspension counted over these dates gets a warning.",
    # Hearings per party (ui/dialogs/hearing.py)
    "de &leerling": "the &pupil",
    "de &ouders": "the p&arents",
    "de &ouder zelf": "the p&arent",
    "de &groepsleerkracht": "the class &teacher",
    "de &medewerker": "the &employee",
    "Hoorgesprek vastleggen – {ref}": "Record hearing – {ref}",
    "Gehoord:": "Heard:",
    "Verslag:": "Report:",
    "(geen verslag)": "(no report)",
    "&Verslag (PDF) kiezen…": "Choose &report (PDF)…",
    "De brief noemt precies wie hier is aangevinkt. Een verslag wordt in het dossier bewaard "
    "en bij de brief gevoegd.": "The letter names exactly who is ticked here. A report is "
    "kept in the dossier and enclosed with the letter.",
    "V&astleggen": "Rec&ord",
    "Verslag kiezen": "Choose report",
    "&Hoorgesprek vastleggen…": "Record &hearing…",
    " (verslag)": " (report)",
    # Refusal wording: where the case data is filled in (ui/refusals.py)
    "leg het vast in het zaakvenster (stappen, hoorgesprekken)":
        "record it in the case window (steps, hearings)",
    # Decision dialog additions (ui/dialogs/decision.py)
    "Feiten be&kend geworden op:": "Facts became &known on:",
    "&Waarom toch onverwijld:": "&Why still without delay:",
    "Eerder i&ngegaan dan het besluit, omdat:": "Started &before the decision, because:",
    "alleen invullen als de schorsing vóór de besluitdatum inging":
        "fill in only if the suspension started before the decision date",
}


def fill(ts_path: Path) -> list[str]:
    """Write the English text into every message; returns the sources still untranslated."""
    tree = ET.parse(ts_path)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        english = EN.get(source)
        if english is None:
            missing.append(source)
            continue
        translation.text = english
        translation.attrib.pop("type", None)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    left = fill(here / "casemanager_en.ts")
    for text in left:
        print("untranslated:", repr(text))
    sys.exit(1 if left else 0)
