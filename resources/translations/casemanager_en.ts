<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name />
    <message>
        <location filename="../../ui/pages/template_editor.py" line="58" />
        <source>openbaar</source>
        <translation>public</translation>
    </message>
    <message>
        <location filename="../../ui/pages/template_editor.py" line="58" />
        <source>bijzonder</source>
        <translation>denominational</translation>
    </message>
    <message>
        <location filename="../../ui/pages/template_editor.py" line="60" />
        <source>Klachtregeling (waarschuwing)</source>
        <translation>Complaints procedure (warning)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/template_editor.py" line="61" />
        <source>Beroep medewerker</source>
        <translation>Staff appeal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/template_editor.py" line="62" />
        <source>Ontslag op staande voet</source>
        <translation>Summary dismissal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/template_editor.py" line="63" />
        <source>Toegangsverbod ouder</source>
        <translation>Parent access ban</translation>
    </message>
    <message>
        <location filename="../../ui/pages/template_editor.py" line="64" />
        <source>Besluit leerling</source>
        <translation>Pupil decision</translation>
    </message>
    <message>
        <location filename="../../ui/pages/template_editor.py" line="65" />
        <source>Verwijdering leerling</source>
        <translation>Pupil removal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="48" />
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="49" />
        <source>Tijdstip</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="50" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="51" />
        <source>Handeling</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="52" />
        <source>Persoon</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="53" />
        <source>Zaak</source>
        <translation>Case</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/about.py" line="19" />
        <source>Over Casemanager</source>
        <translation>About Casemanager</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="23" />
        <source>Casemanager Sociale Media</source>
        <translation>Casemanager Social Media</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="24" />
        <source>Versie {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="28" />
        <source>Voor schoolbesturen: incidenten op sociale media registreren, de maatregel die het protocol voorstelt zien, besluiten, de brief versturen en alles in het juiste dossier bewaren.</source>
        <translation>For school boards: register social-media incidents, see the measure the protocol proposes, decide, send the letter and keep everything in the right dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="36" />
        <source>Gegevens: {data}
Logbestand: {log}</source>
        <translation>Data: {data}
Log file: {log}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="43" />
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../ui/pages/audit.py" line="195" />
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="198" />
        <source>Audittrail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="200" />
        <source>Elke wijziging en elke inzage van een dossier staat hier, met wie en wanneer. De trail kan niet worden gewijzigd; controleren laat zien of iemand buiten de applicatie iets heeft veranderd.</source>
        <translation>Every change and every look at a dossier is listed here, with who and when. The trail cannot be changed; verifying shows whether anyone changed something outside the application.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="203" />
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="204" />
        <source>&amp;Persoon:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="205" />
        <source>&amp;Zaak:</source>
        <translation>&amp;Case:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="206" />
        <source>&amp;Account:</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="207" />
        <source>Ha&amp;ndeling:</source>
        <translation>Actio&amp;n:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="208" />
        <source>&amp;Van:</source>
        <translation>Fro&amp;m:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="209" />
        <source>&amp;Tot en met:</source>
        <translation>Up &amp;to and including:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="210" />
        <source>bijv. SM-00012</source>
        <translation>e.g. SM-00012</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="211" />
        <source>Alleen &amp;inzage</source>
        <translation>Only &amp;looks</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="212" />
        <source>Toepa&amp;ssen</source>
        <translation>Appl&amp;y</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="213" />
        <source>&amp;Wissen</source>
        <translation>Clea&amp;r</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="214" />
        <source>Wie heeft dit d&amp;ossier ingezien?</source>
        <translation>Who looked at this d&amp;ossier?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="215" />
        <source>Als PD&amp;F…</source>
        <translation>As P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="216" />
        <source>Als &amp;CSV…</source>
        <translation>As C&amp;SV…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="217" />
        <source>Audittrail cont&amp;roleren</source>
        <translation>V&amp;erify the audit trail</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="230" />
        <source>Alle handelingen</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="243" />
        <source>{count} gebeurtenis(sen)</source>
        <translation>{count} event(s)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="258" />
        <source>Iedereen</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="263" />
        <source>Alle accounts</source>
        <translation>All accounts</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="287" />
        <source>Kies een persoon uit de lijst.</source>
        <translation>Choose a person from the list.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="294" />
        <source>Een zaaknummer ziet eruit als SM-00012 of 12.</source>
        <translation>A case number looks like SM-00012 or 12.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="300" />
        <source>De periode eindigt voordat ze begint.</source>
        <translation>The period ends before it begins.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="331" />
        <source>Kies eerst de persoon van wie u het dossier bedoelt.</source>
        <translation>First choose the person whose dossier you mean.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="367" />
        <source>Bezig met controleren…</source>
        <translation>Verifying…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="396" />
        <source>CSV opslaan</source>
        <translation>Save CSV</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="398" />
        <source>CSV-bestanden (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="71" />
        <source>Back-up maken</source>
        <translation>Make backup</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="73" />
        <source>De back-up bevat de hele database en wordt versleuteld met het wachtwoord dat u hier kiest. Bewaar het wachtwoord apart: zonder wachtwoord is de back-up niet terug te zetten.</source>
        <translation>The backup holds the whole database and is encrypted with the passphrase you choose here. Keep the passphrase separately: without it the backup cannot be restored.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="76" />
        <source>&amp;Maken</source>
        <translation>&amp;Make</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="78" />
        <source>Back-up terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="80" />
        <source>De back-up wordt eerst helemaal gecontroleerd. Daarna vervangt hij de huidige database; wat sinds de back-up is vastgelegd, gaat verloren.</source>
        <translation>The backup is checked in full first. Then it replaces the current database; what was recorded since the backup is lost.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="82" />
        <source>&amp;Terugzetten</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="83" />
        <source>&amp;Bestand:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="84" />
        <source>&amp;Wachtwoord:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="86" />
        <source>&amp;Nogmaals:</source>
        <translation>A&amp;gain:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="87" />
        <source>B&amp;laderen…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="89" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="97" />
        <source>Casemanager-back-ups (*{suffix})</source>
        <translation>Casemanager backups (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="124" />
        <source>{path} bestaat al. Vervangen?</source>
        <translation>{path} already exists. Replace it?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="134" />
        <source>Back-up gemaakt</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="135" />
        <source>De versleutelde back-up staat in {path}.</source>
        <translation>The encrypted backup is in {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="142" />
        <source>De huidige database wordt vervangen door de back-up. Doorgaan?</source>
        <translation>The current database will be replaced by the backup. Continue?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="155" />
        <source>Back-up teruggezet</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="156" />
        <source>De back-up van {when} is teruggezet: {documents} documenten en de audittrail zijn gecontroleerd.</source>
        <translation>The backup of {when} was restored: {documents} documents and the audit trail were checked.</translation>
    </message>
</context>
<context>
    <name>CalendarEditor</name>
    <message>
        <location filename="../../ui/pages/settings_calendar.py" line="88" />
        <source>Bij een schorsing van een leerling tellen alleen schooldagen: geen weekend, feestdag of schoolvakantie. De standaardvakanties per regio zijn die van de Rijksoverheid voor de schooljaren 2025-2026 tot en met 2027-2028; pas ze aan als uw scholen andere data hebben, en vul later jaren aan.</source>
        <translation>A pupil suspension counts only school days: no weekend, public holiday or school holiday. The default holidays per region are the Rijksoverheid's for the school years 2025-2026 up to 2027-2028; change them if your schools have other dates, and add later years.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_calendar.py" line="92" />
        <source>&amp;Regio:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_calendar.py" line="98" />
        <source>Vakantie</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_calendar.py" line="98" />
        <source>Eerste dag</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_calendar.py" line="98" />
        <source>Laatste dag</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_calendar.py" line="99" />
        <source>Vakantie &amp;toevoegen</source>
        <translation>&amp;Add holiday</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_calendar.py" line="100" />
        <source>Vakantie &amp;verwijderen</source>
        <translation>&amp;Remove holiday</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_calendar.py" line="101" />
        <source>Standaard&amp;vakanties van de regio</source>
        <translation>Region's &amp;default holidays</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_calendar.py" line="102" />
        <source>Kalender &amp;opslaan</source>
        <translation>&amp;Save calendar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_calendar.py" line="190" />
        <source>Opgeslagen</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_calendar.py" line="190" />
        <source>De schoolkalender is opgeslagen.</source>
        <translation>The school calendar has been saved.</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <location filename="../../ui/pages/inspector.py" line="287" />
        <source>Gesprek met de vertrouwensinspecteur – SM-{id:05d}</source>
        <translation>Call with the confidential inspector – SM-{id:05d}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="295" />
        <source>namens het bevoegd gezag</source>
        <translation>on behalf of the board</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="317" />
        <source>&amp;Begin gesprek:</source>
        <translation>Call &amp;started:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="318" />
        <source>&amp;Einde gesprek:</source>
        <translation>Call &amp;ended:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="319" />
        <source>Gebeld &amp;nummer:</source>
        <translation>&amp;Number dialled:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="320" />
        <source>Beller:</source>
        <translation>Caller:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="321" />
        <source>&amp;Rol beller:</source>
        <translation>Caller's &amp;role:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="322" />
        <source>Naam &amp;inspecteur:</source>
        <translation>&amp;Inspector's name:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="323" />
        <source>&amp;Kenmerk:</source>
        <translation>&amp;Reference:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="324" />
        <source>Bekend sinds:</source>
        <translation>Known since:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="325" />
        <source>Bekend &amp;via:</source>
        <translation>Learnt &amp;from:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="326" />
        <source>Gedeelde &amp;feiten:</source>
        <translation>&amp;Facts shared:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="327" />
        <source>Redelijk &amp;vermoeden:</source>
        <translation>Reasonable &amp;suspicion:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="328" />
        <source>&amp;Advies:</source>
        <translation>&amp;Advice:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="329" />
        <source>&amp;Afspraken (met wie):</source>
        <translation>Agreed &amp;actions (owners):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="330" />
        <source>&amp;Vervolg:</source>
        <translation>Follow-&amp;up:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="331" />
        <source>&amp;Samenvatting:</source>
        <translation>&amp;Summary:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="332" />
        <source>Reden niet &amp;ingelicht:</source>
        <translation>Reason &amp;not told:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="337" />
        <source>alleen als de medewerker vooraf niet is ingelicht</source>
        <translation>only if the employee was not told beforehand</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="346" />
        <source>&amp;Vastleggen</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="347" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CaseWindow</name>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="45" />
        <source>Zaak</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="49" />
        <location filename="../../ui/dialogs/case_view.py" line="313" />
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="53" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="57" />
        <source>Ernst</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="68" />
        <source>Gearchiveerd</source>
        <translation>Filed</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="71" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="73" />
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="77" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="293" />
        <source>&amp;Voorstel en besluit</source>
        <translation>&amp;Proposal and decision</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="294" />
        <source>&amp;Procedure en termijnen</source>
        <translation>P&amp;rocedure and deadlines</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="295" />
        <source>&amp;Brieven en documenten</source>
        <translation>&amp;Letters and documents</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="296" />
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="298" />
        <source>Datum:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="299" />
        <source>School:</source>
        <translation>School:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="300" />
        <source>Platform:</source>
        <translation>Platform:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="301" />
        <source>Regels:</source>
        <translation>Rules:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="302" />
        <source>Gedrag:</source>
        <translation>Behaviour:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="303" />
        <source>Kenmerken:</source>
        <translation>Flags:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="304" />
        <source>Ernst:</source>
        <translation>Severity:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="305" />
        <source>Omschrijving:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="309" />
        <source>Voorstel volgens het protocol</source>
        <translation>Proposal under the protocol</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="310" />
        <location filename="../../ui/dialogs/case_view.py" line="410" />
        <source>Voorstel &amp;berekenen</source>
        <translation>&amp;Compute proposal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="311" />
        <source>Eerdere vergelijkbare besluiten</source>
        <translation>Earlier comparable decisions</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="312" />
        <source>Geen vergelijkbare eerdere besluiten.</source>
        <translation>No comparable earlier decisions.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="314" />
        <source>&amp;Besluiten…</source>
        <translation>&amp;Decide…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="315" />
        <source>Tijdlijn van de procedure</source>
        <translation>Procedure timeline</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="316" />
        <source>&amp;Stap vastleggen…</source>
        <translation>Record a &amp;step…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="317" />
        <source>&amp;Aangifte vastleggen…</source>
        <translation>Record police &amp;report…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="318" />
        <source>Aangifteformulier op&amp;slaan…</source>
        <translation>&amp;Save police report sheet…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="319" />
        <source>Zaak slui&amp;ten</source>
        <translation>Close ca&amp;se</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="320" />
        <source>Nog te doen</source>
        <translation>Still to do</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="321" />
        <source>Let op</source>
        <translation>Keep in mind</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="322" />
        <source>Dubbelklik op een taak om de stap vast te leggen.</source>
        <translation>Double-click a task to record the step.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="323" />
        <source>&amp;Brief maken…</source>
        <translation>Create &amp;letter…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="324" />
        <source>Document &amp;openen</source>
        <translation>&amp;Open document</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="325" />
        <source>Sl&amp;uiten</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="354" />
        <source>Zaak {ref} – {name}</source>
        <translation>Case {ref} – {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="357" />
        <source>Zaak {ref}: {name}</source>
        <translation>Case {ref}: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="360" />
        <source>{kind} · {school} · status: {status}</source>
        <translation>{kind} · {school} · status: {status}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="369" />
        <source>{occurred} (gemeld {reported})</source>
        <translation>{occurred} (reported {reported})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="379" />
        <source>grensoverschrijdend</source>
        <translation>boundary-crossing</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="381" />
        <source>mogelijk strafbaar feit</source>
        <translation>possible criminal offence</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="383" />
        <source>dringende reden</source>
        <translation>urgent reason</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="389" />
        <source> (uitlatingen {a}, gedragingen {b}, gevolgen {c})</source>
        <translation> (statements {a}, behaviour {b}, consequences {c})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="394" />
        <source>nog niet beoordeeld</source>
        <translation>not assessed yet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="403" />
        <source>Nog geen voorstel</source>
        <translation>No proposal yet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="405" />
        <source>Het voorstel volgt uit de ernst, het beleid en eerdere maatregelen.</source>
        <translation>The proposal follows from the severity, the policy and earlier measures.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="410" />
        <source>Voorstel opnieuw &amp;berekenen</source>
        <translation>Re&amp;compute proposal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="421" />
        <source>besloten op {day}</source>
        <translation>decided on {day}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="427" />
        <source>Periode: {period}</source>
        <translation>Period: {period}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="431" />
        <source>Wijkt af van het voorstel.</source>
        <translation>Differs from the proposal.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="435" />
        <source>Motivering: {text}</source>
        <translation>Motivation: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="441" />
        <source>Nog geen besluit. Het voorstel is een advies: u besluit.</source>
        <translation>No decision yet. The proposal is advice: you decide.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="456" />
        <source>besluit: {measure}</source>
        <translation>decision: {measure}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="461" />
        <source>aangifte bij {unit}, nr. {number}</source>
        <translation>police report with {unit}, no. {number}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="466" />
        <source>Nog geen stappen vastgelegd.</source>
        <translation>No steps recorded yet.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="473" />
        <source>TE LAAT: </source>
        <translation>OVERDUE: </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="480" />
        <source>Niets meer te doen.</source>
        <translation>Nothing left to do.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="487" />
        <source>&amp;Brieven en documenten ({count})</source>
        <translation>&amp;Letters and documents ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="559" />
        <source>Zaak sluiten</source>
        <translation>Close case</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="560" />
        <source>De zaak wordt gesloten en verdwijnt uit de termijnen. Doorgaan?</source>
        <translation>The case will be closed and leaves the deadline list. Continue?</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../ui/pages/consent.py" line="198" />
        <source>Toestemming vastleggen</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="203" />
        <source>ja, toestemming</source>
        <translation>yes, consent</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="204" />
        <source>nee, geen toestemming</source>
        <translation>no consent</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="206" />
        <source>de leerling zelf (16+)</source>
        <translation>the pupil personally (16+)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="212" />
        <source>papieren formulier</source>
        <translation>paper form</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="216" />
        <source>&amp;Doel:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="217" />
        <source>&amp;Keuze:</source>
        <translation>&amp;Choice:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="218" />
        <source>&amp;Gegeven door:</source>
        <translation>&amp;Given by:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="219" />
        <source>&amp;Hoe:</source>
        <translation>&amp;How:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="220" />
        <source>&amp;Formulierversie:</source>
        <translation>&amp;Form version:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="226" />
        <source>&amp;Vastleggen</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="227" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../../ui/pages/consent.py" line="41" />
        <source>Doel</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="45" />
        <source>Toestemming</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="47" />
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="49" />
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="53" />
        <source>Gegeven door</source>
        <translation>Given by</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="56" />
        <source>Hoe</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="58" />
        <source>Formulier</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="61" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="65" />
        <source>Herzien op</source>
        <translation>Review on</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="122" />
        <location filename="../../ui/pages/consent.py" line="125" />
        <source>Toestemmingen</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="128" />
        <source>Protocol A5: beeld en geluid alleen met aantoonbare schriftelijke toestemming, per leerling en per doel. Onder de 16 geeft een ouder met gezag toestemming, vanaf 16 de leerling zelf. Elk jaar herzien.</source>
        <translation>Protocol A5: images and sound only with demonstrable written consent, per pupil and per purpose. Under 16 a parent with parental authority consents, from 16 the pupil personally. Reviewed every year.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="133" />
        <source>&amp;Leerling:</source>
        <translation>&amp;Pupil:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="134" />
        <source>Toestemming &amp;vastleggen…</source>
        <translation>&amp;Record consent…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="135" />
        <source>&amp;Intrekken</source>
        <translation>&amp;Withdraw</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="163" />
        <source>Geen vastgelegde keuze (dus geen toestemming) voor: {list}</source>
        <translation>No recorded choice (so no consent) for: {list}</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="70" />
        <source>Uiterlijk</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="73" />
        <source>Zaak</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="75" />
        <source>Betrokkene</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="79" />
        <source>Taak</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="81" />
        <source>TE LAAT: </source>
        <translation>OVERDUE: </translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="86" />
        <source>Regel</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="184" />
        <location filename="../../ui/pages/dashboard.py" line="187" />
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="189" />
        <source>open zaken</source>
        <translation>open cases</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="190" />
        <source>met voorstel</source>
        <translation>with a proposal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="191" />
        <source>besloten, nog niet gesloten</source>
        <translation>decided, not yet closed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="192" />
        <source>gesloten</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="196" />
        <source>Termijnen: te doen en te laat</source>
        <translation>Deadlines: due and overdue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="203" />
        <source>Klik op een regel om de zaak te openen.</source>
        <translation>Click a row to open its case.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="207" />
        <source>{overdue} te laat, {upcoming} nog te doen.</source>
        <translation>{overdue} overdue, {upcoming} still due.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="213" />
        <source>Hieronder de {overdue} oudste te late en de {upcoming} eerstvolgende.</source>
        <translation>Below, the {overdue} oldest overdue and the next {upcoming}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="256" />
        <source>nog geen incidenten</source>
        <translation>no incidents yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="257" />
        <source>Incidenten</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="295" />
        <source>Incidenten per school (12 maanden)</source>
        <translation>Incidents per school (12 months)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="304" />
        <source>Incidenten per categorie (12 maanden)</source>
        <translation>Incidents per category (12 months)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="321" />
        <source>Incidenten per maand</source>
        <translation>Incidents per month</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../ui/dialogs/decision.py" line="103" />
        <source>Besluit – {ref}</source>
        <translation>Decision – {ref}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" line="104" />
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" line="107" />
        <source>Het protocol stelt voor: &lt;b&gt;{proposal}&lt;/b&gt;. U besluit; wijkt u af van het voorstel, dan is een schriftelijke motivering verplicht.</source>
        <translation>The protocol proposes: &lt;b&gt;{proposal}&lt;/b&gt;. You decide; if you deviate from the proposal, a written motivation is required.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" line="114" />
        <source>&amp;Maatregel:</source>
        <translation>&amp;Measure:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" line="116" />
        <source>&amp;Ingangsdatum:</source>
        <translation>&amp;Start date:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" line="117" />
        <source>&amp;Einddatum:</source>
        <translation>E&amp;nd date:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" line="115" />
        <source>Besluit&amp;datum:</source>
        <translation>Decision d&amp;ate:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" line="118" />
        <location filename="../../ui/dialogs/decision.py" line="167" />
        <source>Mo&amp;tivering:</source>
        <translation>Mo&amp;tivation:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" line="119" />
        <source>Niet &amp;gehoord, omdat:</source>
        <translation>Not &amp;heard, because:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" line="120" />
        <source>&amp;Onderwijs tijdens schorsing:</source>
        <translation>&amp;Education during suspension:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" line="121" />
        <source>&amp;Redenen voor de ouders:</source>
        <translation>&amp;Reasons for the parents:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" line="122" />
        <source>Dringende reden (zoals meegedeeld):</source>
        <translation>Urgent reason (as told):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" line="123" />
        <source>Feiten be&amp;kend geworden op:</source>
        <translation>Facts became &amp;known on:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" line="124" />
        <source>&amp;Waarom toch onverwijld:</source>
        <translation>&amp;Why still without delay:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" line="125" />
        <source>Eerder i&amp;ngegaan dan het besluit, omdat:</source>
        <translation>Started &amp;before the decision, because:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" line="126" />
        <source>&amp;Omvang verbod:</source>
        <translation>Ban sc&amp;ope:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" line="127" />
        <source>&amp;Contactpersoon:</source>
        <translation>&amp;Contact person:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" line="131" />
        <source>alleen invullen als niet vooraf is gehoord</source>
        <translation>only if there was no hearing beforehand</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" line="133" />
        <source>alleen invullen als de schorsing vóór de besluitdatum inging</source>
        <translation>fill in only if the suspension started before the decision date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" line="134" />
        <source>bijv. huiswerkpakket via de groepsleerkracht</source>
        <translation>e.g. homework via the class teacher</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" line="135" />
        <source>bijv. schoolgebouw en schoolplein</source>
        <translation>e.g. school building and schoolyard</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" line="136" />
        <source>&amp;Besluiten</source>
        <translation>&amp;Decide</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" line="137" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" line="164" />
        <source>Dit besluit wijkt af van het voorstel: geef een motivering.</source>
        <translation>This decision differs from the proposal: give a motivation.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" line="167" />
        <source>Mo&amp;tivering (verplicht):</source>
        <translation>Mo&amp;tivation (required):</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <location filename="../../ui/dialogs/document_viewer.py" line="88" />
        <source>{dossier} · gearchiveerd {when} · {size} kB · SHA-256 {sha}</source>
        <translation>{dossier} · filed {when} · {size} kB · SHA-256 {sha}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/document_viewer.py" line="95" />
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/document_viewer.py" line="96" />
        <source>&amp;Kopie opslaan…</source>
        <translation>&amp;Save a copy…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/document_viewer.py" line="97" />
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>DossiersPage</name>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="55" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="58" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="60" />
        <source>Zaak</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="64" />
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="160" />
        <location filename="../../ui/pages/dossiers.py" line="163" />
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="164" />
        <source>&amp;Persoon:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="165" />
        <source>Typ een naam…</source>
        <translation>Type a name…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="166" />
        <source>Namen van &amp;derden weglakken</source>
        <translation>Redact &amp;third parties' names</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="167" />
        <source>Dossier &amp;exporteren…</source>
        <translation>&amp;Export dossier…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="168" />
        <source>Zaken (klik om te openen)</source>
        <translation>Cases (click to open)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="169" />
        <source>Dossier: tijdlijn van gearchiveerde documenten</source>
        <translation>Dossier: timeline of filed documents</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="170" />
        <source>Nog niets gearchiveerd.</source>
        <translation>Nothing filed yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="175" />
        <source>Kies een persoon</source>
        <translation>Choose a person</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="176" />
        <source>Typ een naam of open een persoon vanuit Personen.</source>
        <translation>Type a name or open a person from People.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="243" />
        <source>geboren {day}</source>
        <translation>born {day}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="249" />
        <source>ouder met gezag: {name}</source>
        <translation>parent with authority: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="250" />
        <source>ouder zonder gezag: {name}</source>
        <translation>parent without authority: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="251" />
        <source>ouder van: {name}</source>
        <translation>parent of: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="264" />
        <source>Geen zaken.</source>
        <translation>No cases.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="301" />
        <source>Geen PDF: dubbelklik om te openen.</source>
        <translation>Not a PDF: double-click to open.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="319" />
        <location filename="../../ui/pages/dossiers.py" line="335" />
        <source>Dossier exporteren</source>
        <translation>Export dossier</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="321" />
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="332" />
        <source>Dossier wordt samengesteld…</source>
        <translation>Compiling the dossier…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="332" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="362" />
        <source>Dossier geëxporteerd</source>
        <translation>Dossier exported</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="363" />
        <source>Opgeslagen als {path}</source>
        <translation>Saved as {path}</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="144" />
        <source>Casemanager instellen</source>
        <translation>Set up Casemanager</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="145" />
        <source>Welkom</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="147" />
        <source>Deze database is nieuw. Vul eerst de gegevens van het schoolbestuur in.</source>
        <translation>This database is new. First enter the school board's details.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="148" />
        <source>Stationsstraat 1, 3811 MH Amersfoort</source>
        <translation>Stationsstraat 1, 3811 MH Amersfoort</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="149" />
        <source>&amp;Naam van het bestuur:</source>
        <translation>Board &amp;name:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="150" />
        <location filename="../../ui/dialogs/first_run.py" line="160" />
        <source>&amp;Adres:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="151" />
        <source>&amp;Taal / Language:</source>
        <translation>&amp;Taal / Language:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="153" />
        <source>Eerste school</source>
        <translation>First school</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="155" />
        <source>Meer scholen voegt u later toe in Instellingen. De denominatie bepaalt de bezwaarclausule in brieven.</source>
        <translation>Add more schools later in Settings. The denomination decides the objection clause in letters.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="157" />
        <source>Lindelaan 4, 3818 AB Amersfoort</source>
        <translation>Lindelaan 4, 3818 AB Amersfoort</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="172" />
        <source>&amp;Wachtwoord (minstens 12 tekens):</source>
        <translation>&amp;Password (at least 12 characters):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="178" />
        <source>&amp;Demobestuur laden: {schools} fictieve scholen, {people} personen en {incidents} incidenten</source>
        <translation>&amp;Load the demo board: {schools} fictional schools, {people} people and {incidents} incidents</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="100" />
        <source>directeur</source>
        <translation>director</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="158" />
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="158" />
        <source>&amp;BRIN-code:</source>
        <translation>&amp;BRIN code:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="159" />
        <source>&amp;Denominatie:</source>
        <translation>&amp;Denomination:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="161" />
        <source>D&amp;irecteur (ondertekent):</source>
        <translation>D&amp;irector (signs letters):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="162" />
        <source>&amp;Functie ondertekenaar:</source>
        <translation>Signatory's &amp;function:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="166" />
        <source>Beheerder</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="168" />
        <source>Het eerste account is de beheerder. Namens dit account worden alle handelingen in de audittrail vastgelegd.</source>
        <translation>The first account is the administrator. Every action is recorded in the audit trail on behalf of this account.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="170" />
        <source>&amp;Gebruikersnaam:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="171" />
        <source>&amp;Uw naam:</source>
        <translation>&amp;Your name:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="174" />
        <source>Demobestuur</source>
        <translation>Demo board</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="175" />
        <source>Wilt u eerst rondkijken met voorbeeldgegevens?</source>
        <translation>Would you like to look around with sample data first?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="182" />
        <source>De demo bevat alleen verzonnen personen. U kunt hem ook later laden via Bestand › Demobestuur laden.</source>
        <translation>The demo contains fictional people only. You can also load it later via File › Load demo board.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="184" />
        <source>&amp;Volgende &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="185" />
        <source>&lt; &amp;Vorige</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="186" />
        <source>&amp;Starten</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="187" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>HearingButton</name>
    <message>
        <location filename="../../ui/dialogs/hearing.py" line="182" />
        <source>&amp;Hoorgesprek vastleggen…</source>
        <translation>Record &amp;hearing…</translation>
    </message>
</context>
<context>
    <name>HearingDialog</name>
    <message>
        <location filename="../../ui/dialogs/hearing.py" line="109" />
        <source>Hoorgesprek vastleggen – {ref}</source>
        <translation>Record hearing – {ref}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hearing.py" line="113" />
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hearing.py" line="113" />
        <source>Gehoord:</source>
        <translation>Heard:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hearing.py" line="114" />
        <source>&amp;Samenvatting:</source>
        <translation>&amp;Summary:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hearing.py" line="114" />
        <source>Verslag:</source>
        <translation>Report:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hearing.py" line="117" />
        <source>(geen verslag)</source>
        <translation>(no report)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hearing.py" line="118" />
        <source>&amp;Verslag (PDF) kiezen…</source>
        <translation>Choose &amp;report (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hearing.py" line="120" />
        <source>De brief noemt precies wie hier is aangevinkt. Een verslag wordt in het dossier bewaard en bij de brief gevoegd.</source>
        <translation>The letter names exactly who is ticked here. A report is kept in the dossier and enclosed with the letter.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hearing.py" line="122" />
        <source>V&amp;astleggen</source>
        <translation>Rec&amp;ord</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hearing.py" line="123" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hearing.py" line="132" />
        <source>Verslag kiezen</source>
        <translation>Choose report</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hearing.py" line="133" />
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../ui/dialogs/help.py" line="40" />
        <source>Handleiding</source>
        <translation>User guide</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="176" />
        <source>Personen importeren</source>
        <translation>Import people</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="180" />
        <source>Leerlingen, groepen en leerkrachten (EDEXML)</source>
        <translation>Pupils, groups and teachers (EDEXML)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="181" />
        <source>Ouders en verzorgers (CSV of Excel)</source>
        <translation>Parents and guardians (CSV or Excel)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="182" />
        <source>Personeel (CSV of Excel)</source>
        <translation>Staff (CSV or Excel)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="185" />
        <source>&amp;School:</source>
        <translation>&amp;School:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="186" />
        <source>S&amp;oort:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="187" />
        <source>&amp;Bestand:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="188" />
        <source>B&amp;laderen…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="189" />
        <source>S&amp;jabloon opslaan…</source>
        <translation>Save &amp;template…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="190" />
        <source>&amp;Voorvertoning</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="191" />
        <source>&amp;Afbreken</source>
        <translation>St&amp;op</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="192" />
        <source>&amp;Toepassen</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="193" />
        <source>Sl&amp;uiten</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="194" />
        <location filename="../../ui/dialogs/import_people.py" line="339" />
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="194" />
        <location filename="../../ui/dialogs/import_people.py" line="339" />
        <source>gewijzigd</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="195" />
        <location filename="../../ui/dialogs/import_people.py" line="340" />
        <source>vertrokken</source>
        <translation>left</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="195" />
        <location filename="../../ui/dialogs/import_people.py" line="335" />
        <source>geweigerd</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="197" />
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="197" />
        <source>Regel</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="197" />
        <source>Naam of veld</source>
        <translation>Name or field</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="198" />
        <source>Toelichting</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="206" />
        <source>Maak in ParnasSys of Esis een EDEXML-export van deze school. Leerlingen en leerkrachten die in een volgende export ontbreken, worden als vertrokken gemarkeerd; niemand wordt verwijderd en met de hand ingevoerde personen blijven ongemoeid.</source>
        <translation>Make an EDEXML export of this school in ParnasSys or Esis. Pupils and teachers missing from a later export are marked as left; nobody is deleted and people entered by hand are left alone.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="212" />
        <source>Vul het sjabloon in (één regel per persoon; een ouder van twee kinderen staat er twee keer in) en sla het op als CSV of Excel-werkmap. Ouders worden aan hun kind gekoppeld via de sleutel uit de EDEXML-export.</source>
        <translation>Fill in the template (one line per person; a parent of two children appears twice) and save it as CSV or an Excel workbook. Parents are linked to their child by the key from the EDEXML export.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="228" />
        <source>EDEXML-bestanden (*.xml)</source>
        <translation>EDEXML files (*.xml)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="229" />
        <source>Spreadsheets (*.csv *.xlsx *.txt)</source>
        <translation>Spreadsheets (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="231" />
        <source>Importbestand kiezen</source>
        <translation>Choose the import file</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="243" />
        <location filename="../../ui/dialogs/import_people.py" line="253" />
        <source>Sjabloon opslaan</source>
        <translation>Save template</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="244" />
        <source>CSV-bestanden (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="254" />
        <source>Het sjabloon kon niet worden opgeslagen in {path}.</source>
        <translation>The template could not be saved to {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="257" />
        <source>Sjabloon opgeslagen als {path}.</source>
        <translation>Template saved as {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="287" />
        <source>Kies eerst een bestand.</source>
        <translation>Choose a file first.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="302" />
        <source>Het bestand wordt gelezen en vergeleken…</source>
        <translation>Reading the file and comparing it…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="309" />
        <location filename="../../ui/dialogs/import_people.py" line="370" />
        <source>Afgebroken; er is niets gewijzigd.</source>
        <translation>Stopped; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="317" />
        <source>Niets te wijzigen: de personen zijn al gelijk aan dit bestand.</source>
        <translation>Nothing to change: the people already match this file.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="320" />
        <source>Dit is een voorvertoning; er is nog niets gewijzigd. Kies Toepassen om de wijzigingen in één keer door te voeren. Datum van de export: {day}.</source>
        <translation>This is a preview; nothing has changed yet. Choose Apply to make all the changes at once. Date of the export: {day}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="349" />
        <source>Vertrekkers markeren</source>
        <translation>Mark leavers</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="350" />
        <source>{count} personen staan niet meer in dit bestand en worden gemarkeerd als vertrokken per {day}. Er wordt niemand verwijderd. Doorgaan?</source>
        <translation>{count} people are no longer in this file and will be marked as left as of {day}. Nobody is deleted. Continue?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="362" />
        <source>De wijzigingen worden doorgevoerd…</source>
        <translation>Making the changes…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="377" />
        <source>Geïmporteerd: {new} nieuw, {changed} gewijzigd, {left} vertrokken. De import staat in het auditspoor met de SHA-256 van het bestand.</source>
        <translation>Imported: {new} new, {changed} changed, {left} left. The import is in the audit trail with the file's SHA-256.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="391" />
        <source>Afbreken…</source>
        <translation>Stopping…</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="354" />
        <source>Nieuw incident</source>
        <translation>New incident</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="355" />
        <source>Wat is er gebeurd</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="356" />
        <source>&amp;School:</source>
        <translation>&amp;School:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="357" />
        <source>Datum &amp;incident:</source>
        <translation>&amp;Incident date:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="358" />
        <source>Datum &amp;melding:</source>
        <translation>&amp;Report date:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="359" />
        <source>&amp;Platform:</source>
        <translation>&amp;Platform:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="360" />
        <source>M&amp;elder:</source>
        <translation>R&amp;eporter:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="361" />
        <source>&amp;Gedrag:</source>
        <translation>&amp;Behaviour:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="362" />
        <source>&amp;Omschrijving:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="364" />
        <source>Feitelijk: wat is er geplaatst of gedaan, waar, en wat waren de gevolgen?</source>
        <translation>Factual: what was posted or done, where, and what were the consequences?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="366" />
        <source>Kenmerken</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="369" />
        <source>&amp;Dringende reden (ontslag op staande voet)</source>
        <translation>&amp;Urgent reason (summary dismissal)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="372" />
        <source>Grensoverschrijdend: eerst de medewerker inlichten, dan de Landelijke Vertrouwensinspecteur bellen.</source>
        <translation>Boundary-crossing: tell the employee first, then call the national confidential inspector.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="376" />
        <source>Overtreden regel(s) uit het protocol</source>
        <translation>Protocol rule(s) breached</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="377" />
        <source>Tekst van het protocol:</source>
        <translation>The protocol's wording:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="381" />
        <source> (medewerkers)</source>
        <translation> (staff)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="384" />
        <source>Ernst (protocol, Sancties 3 en 5)</source>
        <translation>Severity (protocol, Sanctions 3 and 5)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="385" />
        <source>&amp;Uitlatingen</source>
        <translation>S&amp;tatements</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="387" />
        <source>Ge&amp;volgen</source>
        <translation>Conse&amp;quences</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="392" />
        <location filename="../../ui/dialogs/incident_editor.py" line="405" />
        <source>(kies)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="398" />
        <source>Totale ernst (gemiddelde):</source>
        <translation>Overall severity (mean):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="400" />
        <source>Totale ernst (hoogste as):</source>
        <translation>Overall severity (highest axis):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="409" />
        <source>Betrokkenen</source>
        <translation>People involved</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="411" />
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="411" />
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="411" />
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="418" />
        <source>&amp;Toevoegen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="367" />
        <source>Grensoverschrijde&amp;nd (alleen medewerkers)</source>
        <translation>B&amp;oundary-crossing (staff only)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="368" />
        <source>Mogelijk strafbaar &amp;feit</source>
        <translation>Possible &amp;criminal offence</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="386" />
        <source>Gedr&amp;agingen</source>
        <translation>Be&amp;haviour</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="419" />
        <source>Ver&amp;wijderen</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="420" />
        <source>Bewijsstukken (sleep bestanden hierheen)</source>
        <translation>Evidence (drop files here)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="421" />
        <source>&amp;Bestand toevoegen…</source>
        <translation>Add &amp;file…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="424" />
        <source>&amp;Registreren</source>
        <translation>Re&amp;gister</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="425" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="449" />
        <source>(onbekend / anoniem)</source>
        <translation>(unknown / anonymous)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="547" />
        <source>– (kies de drie assen)</source>
        <translation>– (choose the three axes)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="555" />
        <source>Bewijsstukken kiezen</source>
        <translation>Choose evidence</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="558" />
        <source>Afbeeldingen en documenten (*.png *.jpg *.jpeg *.gif *.pdf *.txt *.eml *.docx);;Alle bestanden (*)</source>
        <translation>Images and documents (*.png *.jpg *.jpeg *.gif *.pdf *.txt *.eml *.docx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="624" />
        <source>School ontbreekt</source>
        <translation>No school</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="625" />
        <source>Voeg eerst een school toe in Instellingen.</source>
        <translation>Add a school in Settings first.</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <location filename="../../ui/models/incidents.py" line="21" />
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/models/incidents.py" line="27" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/models/incidents.py" line="32" />
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../ui/models/incidents.py" line="37" />
        <source>Categorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/models/incidents.py" line="42" />
        <source>Regels</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="../../ui/models/incidents.py" line="48" />
        <source>Betrokkene</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/models/incidents.py" line="52" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/incidents.py" line="56" />
        <source>Ernst</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../ui/models/incidents.py" line="60" />
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <location filename="../../ui/pages/incidents.py" line="162" />
        <location filename="../../ui/pages/incidents.py" line="165" />
        <source>Incidenten</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incidents.py" line="166" />
        <source>&amp;Nieuw incident…</source>
        <translation>&amp;New incident…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incidents.py" line="167" />
        <source>Zoek in omschrijvingen en namen…</source>
        <translation>Search descriptions and names…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incidents.py" line="168" />
        <source>&amp;Zoeken:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incidents.py" line="169" />
        <source>Sc&amp;hool:</source>
        <translation>Sc&amp;hool:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incidents.py" line="170" />
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incidents.py" line="171" />
        <source>&amp;Categorie:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incidents.py" line="172" />
        <source>&amp;Ernst:</source>
        <translation>S&amp;everity:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incidents.py" line="173" />
        <source>&amp;Periode:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incidents.py" line="189" />
        <source>(alle)</source>
        <translation>(all)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incidents.py" line="239" />
        <source>{count} incidenten</source>
        <translation>{count} incidents</translation>
    </message>
</context>
<context>
    <name>InformDialog</name>
    <message>
        <location filename="../../ui/pages/inspector.py" line="249" />
        <source>Medewerker ingelicht – SM-{id:05d}</source>
        <translation>Employee told – SM-{id:05d}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="253" />
        <source>bijv. persoonlijk gesprek met de directeur</source>
        <translation>e.g. personal talk with the director</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="255" />
        <source>&amp;Moment:</source>
        <translation>&amp;Moment:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="256" />
        <source>&amp;Hoe:</source>
        <translation>&amp;How:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="258" />
        <source>&amp;Vastleggen</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="259" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>InspectorPage</name>
    <message>
        <location filename="../../ui/pages/inspector.py" line="59" />
        <source>Zaak</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="63" />
        <source>Gesprek</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="69" />
        <source>Inspecteur</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="73" />
        <source>Kenmerk</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="76" />
        <source>Redelijk vermoeden</source>
        <translation>Reasonable suspicion</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="80" />
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="141" />
        <location filename="../../ui/pages/inspector.py" line="144" />
        <source>Vertrouwensinspecteur</source>
        <translation>Confidential inspector</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="148" />
        <source>Protocol, Sancties 2: vindt het bestuur de communicatie van een medewerker grensoverschrijdend, dan licht het eerst de medewerker in en meldt het daarna telefonisch bij de Landelijke Vertrouwensinspecteur ({phone}). Het belregister is vertrouwelijk: elke inzage wordt vastgelegd.</source>
        <translation>Protocol, Sanctions 2: when the board judges a staff member's communication boundary-crossing, it tells the employee first and then reports it by phone to the national confidential inspector ({phone}). The call log is confidential: every view is recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="154" />
        <source>Zaken die een melding vragen</source>
        <translation>Cases that need a report</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="155" />
        <source>&amp;Zaak:</source>
        <translation>&amp;Case:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="156" />
        <source>Medewerker &amp;ingelicht…</source>
        <translation>Employee &amp;told…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="157" />
        <source>&amp;Gesprek vastleggen…</source>
        <translation>Log a &amp;call…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="158" />
        <source>Belregister</source>
        <translation>Call log</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="159" />
        <source>Belregister als &amp;PDF…</source>
        <translation>Call log as &amp;PDF…</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="193" />
        <source>Brief – {ref} – {name}</source>
        <translation>Letter – {ref} – {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="197" />
        <source>&amp;Soort brief:</source>
        <translation>&amp;Kind of letter:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="198" />
        <source>Aanvullende gegevens</source>
        <translation>Additional details</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="201" />
        <source>Gegevens uit de zaak worden automatisch ingevuld. Ontbreekt er iets, dan vraagt de brief erom na 'Voorbeeld maken'.</source>
        <translation>Details from the case are filled in automatically. If something is missing, the letter asks for it after 'Preview'.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="205" />
        <source>&amp;Geadresseerde:</source>
        <translation>&amp;Recipient:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="206" />
        <source>&amp;Voorbeeld maken</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="207" />
        <source>&amp;Archiveren in dossier</source>
        <translation>&amp;File in dossier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="208" />
        <source>Verzonden op:</source>
        <translation>Sent on:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="209" />
        <source>Aangetekend nummer:</source>
        <translation>Registered-mail number:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="210" />
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="211" />
        <source>&amp;Kopie opslaan…</source>
        <translation>&amp;Save a copy…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="212" />
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="239" />
        <source>Past niet bij het besluit in deze zaak.</source>
        <translation>Does not fit this case's decision.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="277" />
        <source>Voorbeeld wordt gemaakt…</source>
        <translation>Creating the preview…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="303" />
        <source>Dit is de echte brief. Controleer hem en kies 'Archiveren in dossier'.</source>
        <translation>This is the real letter. Check it and choose 'File in dossier'.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="341" />
        <source>Gearchiveerd in {dossier}: {count} document(en).</source>
        <translation>Filed in {dossier}: {count} document(s).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="370" />
        <source>Kopie opgeslagen: {path}</source>
        <translation>Copy saved: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="382" />
        <source>Brief niet gearchiveerd</source>
        <translation>Letter not filed</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="383" />
        <source>De brief is nog niet in het dossier gearchiveerd. Toch sluiten?</source>
        <translation>The letter has not been filed in the dossier yet. Close anyway?</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/dialogs/login.py" line="44" />
        <source>Inloggen – Casemanager</source>
        <translation>Log in – Casemanager</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="45" />
        <source>Log in met uw eigen account. Wat u doet, wordt op uw naam in de audittrail vastgelegd.</source>
        <translation>Log in with your own account. What you do is recorded in the audit trail under your name.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="47" />
        <source>&amp;Gebruikersnaam:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="48" />
        <source>&amp;Wachtwoord:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="169" />
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170" />
        <source>Beel&amp;d</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171" />
        <source>&amp;Ga naar</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173" />
        <source>&amp;Nieuw incident…</source>
        <translation>&amp;New incident…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174" />
        <source>&amp;Zoeken</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175" />
        <source>&amp;Vernieuwen</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176" />
        <source>&amp;Demobestuur laden…</source>
        <translation>Load &amp;demo board…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177" />
        <source>&amp;Back-up maken…</source>
        <translation>Make &amp;backup…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178" />
        <source>Back-up &amp;terugzetten…</source>
        <translation>&amp;Restore backup…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="179" />
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180" />
        <source>&amp;Over Casemanager…</source>
        <translation>&amp;About Casemanager…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181" />
        <source>&amp;Handleiding</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182" />
        <source>Bezig…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187" />
        <source>Gebruiker: {name}</source>
        <translation>User: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189" />
        <source>Bestuur: {board}</source>
        <translation>Board: {board}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246" />
        <source>Vernieuwd</source>
        <translation>Refreshed</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="263" />
        <source>Incident {id} geregistreerd</source>
        <translation>Incident {id} registered</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="292" />
        <source>Demobestuur laden…</source>
        <translation>Loading the demo board…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="300" />
        <source>Demobestuur geladen: {schools} scholen, {people} personen, {incidents} incidenten.</source>
        <translation>Demo board loaded: {schools} schools, {people} people, {incidents} incidents.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="318" />
        <source>Back-up</source>
        <translation>Backup</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../ui/pages/people.py" line="117" />
        <location filename="../../ui/pages/people.py" line="120" />
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="121" />
        <source>Persoon &amp;toevoegen…</source>
        <translation>&amp;Add person…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="122" />
        <source>I&amp;mporteren…</source>
        <translation>I&amp;mport…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="123" />
        <source>Persoon be&amp;werken…</source>
        <translation>&amp;Edit person…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="124" />
        <source>&amp;Incident voor deze persoon…</source>
        <translation>&amp;Incident for this person…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="125" />
        <source>&amp;Zoeken:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="126" />
        <source>Zoek op voor- of achternaam…</source>
        <translation>Search by first or last name…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="129" />
        <source>Gesorteerd op achternaam zonder tussenvoegsel. Dubbelklik of Enter opent het dossier.</source>
        <translation>Sorted on last name, ignoring the name prefix. Double-click or Enter opens the dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="136" />
        <source>(alle soorten)</source>
        <translation>(all kinds)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="153" />
        <source>(alle scholen)</source>
        <translation>(all schools)</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location filename="../../ui/models/people.py" line="18" />
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/models/people.py" line="21" />
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/models/people.py" line="25" />
        <source>Functie / groep</source>
        <translation>Function / group</translation>
    </message>
    <message>
        <location filename="../../ui/models/people.py" line="29" />
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../ui/models/people.py" line="32" />
        <source>Plaats</source>
        <translation>Town</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/pages/people.py" line="232" />
        <source>Persoon toevoegen</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="232" />
        <source>Persoon bewerken</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="243" />
        <source>bijv. van der</source>
        <translation>e.g. van der</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="247" />
        <location filename="../../ui/pages/people.py" line="324" />
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="248" />
        <source>heer</source>
        <translation>Mr</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="249" />
        <source>mevrouw</source>
        <translation>Ms</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="254" />
        <source>Straat 1, 1234 AB Plaats</source>
        <translation>Street 1, 1234 AB Town</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="257" />
        <source>heeft ouderlijk ge&amp;zag</source>
        <translation>has parental a&amp;uthority</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="263" />
        <source>Soor&amp;t:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="265" />
        <source>T&amp;ussenvoegsel:</source>
        <translation>Name &amp;prefix:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="267" />
        <source>Aan&amp;hef:</source>
        <translation>Salu&amp;tation:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="270" />
        <source>Geboorte&amp;datum:</source>
        <translation>Date of &amp;birth:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="271" />
        <source>Ad&amp;res:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="273" />
        <source>Ouder va&amp;n:</source>
        <translation>Parent &amp;of:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="262" />
        <source>&amp;School:</source>
        <translation>&amp;School:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="264" />
        <source>&amp;Voornaam:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="266" />
        <source>&amp;Achternaam:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="268" />
        <source>&amp;Functie:</source>
        <translation>F&amp;unction:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="269" />
        <source>&amp;Groep:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="272" />
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="284" />
        <source>&amp;Opslaan</source>
        <translation>S&amp;ave</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="285" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PoliceReportDialog</name>
    <message>
        <location filename="../../ui/dialogs/police.py" line="59" />
        <source>Aangifte vastleggen – {ref}</source>
        <translation>Record a police report – {ref}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/police.py" line="61" />
        <source>Leg vast wanneer en bij welke politie-eenheid aangifte is gedaan. Bij een redelijk vermoeden na overleg met de vertrouwensinspecteur worden de ouders en de betrokken medewerker vooraf ingelicht: vermeld wie en wanneer.</source>
        <translation>Record when and with which police unit the report was filed. With a reasonable suspicion after consulting the confidential inspector, the parents and the staff member concerned are told beforehand: state who and when.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/police.py" line="64" />
        <source>&amp;Datum aangifte:</source>
        <translation>Report &amp;date:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/police.py" line="65" />
        <source>&amp;Politie-eenheid:</source>
        <translation>&amp;Police unit:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/police.py" line="66" />
        <source>&amp;Registratienummer:</source>
        <translation>&amp;Registration number:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/police.py" line="67" />
        <source>Aangifte &amp;gedaan door:</source>
        <translation>Reported &amp;by:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/police.py" line="68" />
        <source>Vooraf &amp;ingelicht:</source>
        <translation>&amp;Informed beforehand:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/police.py" line="70" />
        <source>&amp;Vastleggen</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/police.py" line="71" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="271" />
        <location filename="../../ui/pages/settings.py" line="274" />
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="275" />
        <source>&amp;Algemeen</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="276" />
        <source>&amp;Bestuur en scholen</source>
        <translation>&amp;Board and schools</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="277" />
        <source>&amp;Voorstelbeleid</source>
        <translation>&amp;Proposal policy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="278" />
        <source>&amp;Wettelijke termijnen</source>
        <translation>&amp;Legal terms</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="279" />
        <source>Brief&amp;sjablonen</source>
        <translation>Letter &amp;templates</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="281" />
        <source>School&amp;kalender</source>
        <translation>School &amp;calendar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="282" />
        <source>&amp;Taal / Language:</source>
        <translation>&amp;Taal / Language:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="284" />
        <source>U werkt als {name} ({role}).</source>
        <translation>You are working as {name} ({role}).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="288" />
        <source>&amp;Demobestuur laden</source>
        <translation>Load &amp;demo board</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="289" />
        <source>Bestuur</source>
        <translation>Board</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="290" />
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="291" />
        <source>&amp;Adres:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="292" />
        <source>Bestuur &amp;opslaan</source>
        <translation>&amp;Save board</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="293" />
        <location filename="../../ui/pages/settings.py" line="460" />
        <source>School: briefhoofd en ondertekening</source>
        <translation>School: letterhead and signature</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="294" />
        <source>Sc&amp;hool toevoegen</source>
        <translation>Add sc&amp;hool</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="296" />
        <source>Naa&amp;m:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="297" />
        <source>B&amp;RIN-code:</source>
        <translation>B&amp;RIN code:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="298" />
        <source>&amp;Denominatie:</source>
        <translation>&amp;Denomination:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="299" />
        <source>Adr&amp;es:</source>
        <translation>Addr&amp;ess:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="300" />
        <source>D&amp;irecteur:</source>
        <translation>D&amp;irector:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="301" />
        <source>&amp;Ondertekenaar:</source>
        <translation>&amp;Signatory:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="302" />
        <source>&amp;Functie ondertekenaar:</source>
        <translation>Signatory's &amp;function:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="303" />
        <source>&amp;Mandaat:</source>
        <translation>&amp;Mandate:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="304" />
        <source>&amp;Telefoon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="305" />
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="313" />
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="316" />
        <source>&amp;Logo kiezen…</source>
        <translation>Choose &amp;logo…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="317" />
        <location filename="../../ui/pages/settings.py" line="461" />
        <source>School o&amp;pslaan</source>
        <translation>Save s&amp;chool</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="320" />
        <source>De basismaatregel per ernst en soort betrokkene. Per eerdere maatregel in de gekozen periode gaat het voorstel een stap omhoog. Ontslag op staande voet wordt alleen voorgesteld bij ernst 4 met een dringende reden.</source>
        <translation>The base measure per severity and kind of subject. Each earlier measure in the chosen period moves the proposal one step up. Summary dismissal is proposed only at severity 4 with an urgent reason.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="332" />
        <source>&amp;Totale ernst uit de drie assen:</source>
        <translation>&amp;Overall severity from the three axes:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="334" />
        <source>de hoogste as</source>
        <translation>the highest axis</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="335" />
        <source>het gemiddelde, naar boven afgerond</source>
        <translation>the mean, rounded half up</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="340" />
        <source>&amp;Stappen omhoog per eerdere maatregel:</source>
        <translation>&amp;Steps up per earlier measure:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="341" />
        <source>&amp;Eerdere maatregelen tellen (maanden):</source>
        <translation>Count &amp;earlier measures (months):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="342" />
        <source>Beleid &amp;opslaan</source>
        <translation>&amp;Save policy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="345" />
        <source>Termijnen en artikelnummers die de wet niet eenduidig vastlegt, stelt het bestuur zelf in. Ze komen terug in brieven en termijnen.</source>
        <translation>Terms and article numbers the law does not fix unambiguously are set by the board. They appear in letters and deadlines.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="351" />
        <source>Termijnen &amp;opslaan</source>
        <translation>&amp;Save terms</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="315" />
        <location filename="../../ui/pages/settings.py" line="449" />
        <location filename="../../ui/pages/settings.py" line="484" />
        <source>(geen logo)</source>
        <translation>(no logo)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="451" />
        <source>Nieuwe school</source>
        <translation>New school</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="452" />
        <source>School &amp;toevoegen</source>
        <translation>&amp;Add school</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="510" />
        <source>Het bestuur is opgeslagen.</source>
        <translation>The board has been saved.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="538" />
        <source>De gegevens van {school} zijn opgeslagen.</source>
        <translation>The details of {school} have been saved.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="553" />
        <source>{school} is toegevoegd.</source>
        <translation>{school} has been added.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="577" />
        <source>Logo kiezen</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="579" />
        <source>Afbeeldingen (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="510" />
        <location filename="../../ui/pages/settings.py" line="568" />
        <location filename="../../ui/pages/settings.py" line="614" />
        <location filename="../../ui/pages/settings.py" line="626" />
        <source>Opgeslagen</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="614" />
        <source>Het voorstelbeleid is opgeslagen.</source>
        <translation>The proposal policy has been saved.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="626" />
        <source>De termijnen zijn opgeslagen.</source>
        <translation>The terms have been saved.</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../ui/dialogs/step.py" line="80" />
        <source>Processtap vastleggen – {ref}</source>
        <translation>Record a procedure step – {ref}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/step.py" line="84" />
        <source>&amp;Stap:</source>
        <translation>&amp;Step:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/step.py" line="85" />
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/step.py" line="86" />
        <source>&amp;Toelichting:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/step.py" line="87" />
        <source>Ontvangende &amp;school:</source>
        <translation>Receiving &amp;school:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/step.py" line="88" />
        <source>&amp;Bevestiging:</source>
        <translation>&amp;Confirmation:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/step.py" line="89" />
        <source>&amp;Aangetekend nr.:</source>
        <translation>&amp;Registered mail no.:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/step.py" line="92" />
        <source>&amp;Vastleggen</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/step.py" line="93" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../ui/pages/template_editor.py" line="156" />
        <source>Pas de tekst van een brief aan. Velden staan als ${naam}; onbekende velden worden geweigerd. Een gewijzigd sjabloon geldt alleen voor nieuwe brieven: gearchiveerde brieven veranderen nooit.</source>
        <translation>Edit the text of a letter. Fields are written as ${name}; unknown fields are refused. A changed template applies to new letters only: filed letters never change.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/template_editor.py" line="159" />
        <source>Voorbeeld met &amp;zaak:</source>
        <translation>Preview with &amp;case:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/template_editor.py" line="160" />
        <source>Sjabloon &amp;opslaan</source>
        <translation>&amp;Save template</translation>
    </message>
    <message>
        <location filename="../../ui/pages/template_editor.py" line="161" />
        <source>Standaardtekst &amp;herstellen</source>
        <translation>&amp;Restore standard text</translation>
    </message>
    <message>
        <location filename="../../ui/pages/template_editor.py" line="246" />
        <source>De tekst is in orde.</source>
        <translation>The text is fine.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/template_editor.py" line="279" />
        <source>Geen voorbeeld met deze zaak: {reason}</source>
        <translation>No preview with this case: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/template_editor.py" line="293" />
        <source>Opgeslagen. Nieuwe brieven gebruiken deze tekst.</source>
        <translation>Saved. New letters use this text.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/template_editor.py" line="298" />
        <source>Standaardtekst herstellen</source>
        <translation>Restore standard text</translation>
    </message>
    <message>
        <location filename="../../ui/pages/template_editor.py" line="299" />
        <source>De eigen tekst van het bestuur voor dit sjabloon vervalt. Doorgaan?</source>
        <translation>The board's own text for this template will be discarded. Continue?</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/i18n.py" line="133" />
        <source>Casemanager Sociale Media</source>
        <translation>Casemanager Social Media</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="42" />
        <location filename="../../ui/errors.py" line="72" />
        <source>Niet mogelijk</source>
        <translation>Not possible</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="66" />
        <source>Niet gelukt</source>
        <translation>Did not work</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="83" />
        <source>Onverwachte fout</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="85" />
        <source>Er ging onverwacht iets mis. Wat u hebt ingevuld, is niet verloren gegaan; probeer het opnieuw of neem contact op met de beheerder.</source>
        <translation>Something went wrong unexpectedly. What you typed has not been lost; try again or contact your administrator.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="92" />
        <source>Details staan in het logbestand:
{path}</source>
        <translation>Details are in the log file:
{path}</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="98" />
        <source>Logmap openen</source>
        <translation>Open log folder</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="151" />
        <source>Wijzigingen niet opgeslagen</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="152" />
        <source>Er zijn wijzigingen die nog niet zijn opgeslagen. Wilt u ze weggooien?</source>
        <translation>There are unsaved changes. Do you want to discard them?</translation>
    </message>
</context>
<context>
    <name>hearing</name>
    <message>
        <location filename="../../ui/dialogs/hearing.py" line="40" />
        <source>de &amp;leerling</source>
        <translation>the &amp;pupil</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hearing.py" line="41" />
        <source>de &amp;ouders</source>
        <translation>the p&amp;arents</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hearing.py" line="42" />
        <source>de &amp;ouder zelf</source>
        <translation>the p&amp;arent</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hearing.py" line="43" />
        <source>de &amp;groepsleerkracht</source>
        <translation>the class &amp;teacher</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hearing.py" line="44" />
        <source>de &amp;medewerker</source>
        <translation>the &amp;employee</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hearing.py" line="56" />
        <source> (verslag)</source>
        <translation> (report)</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/i18n.py" line="204" />
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="205" />
        <source>voorstel gedaan</source>
        <translation>proposed</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="206" />
        <source>besloten</source>
        <translation>decided</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="207" />
        <source>gesloten</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="216" />
        <source>betrokkene</source>
        <translation>subject</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="217" />
        <source>slachtoffer</source>
        <translation>victim</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="218" />
        <source>getuige</source>
        <translation>witness</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="219" />
        <source>melder</source>
        <translation>reporter</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="226" />
        <source>openbaar</source>
        <translation>public</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="227" />
        <source>bijzonder</source>
        <translation>denominational</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="234" />
        <source>ja, redelijk vermoeden</source>
        <translation>yes, reasonable suspicion</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="235" />
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="236" />
        <source>onduidelijk</source>
        <translation>unclear</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="243" />
        <source>personeelsdossier</source>
        <translation>personnel dossier</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="244" />
        <source>leerlingendossier</source>
        <translation>pupil dossier</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="245" />
        <source>bewijsstuk</source>
        <translation>evidence</translation>
    </message>
</context>
<context>
    <name>legal</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="645" />
        <source>Telefoon Landelijke Vertrouwensinspecteur:</source>
        <translation>National confidential inspector's phone:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="648" />
        <source>Schorsing leerling: max. kalenderdagen:</source>
        <translation>Pupil suspension: max. calendar days:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="651" />
        <source>Schorsing leerling: waarschuw boven schooldagen:</source>
        <translation>Pupil suspension: warn above school days:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="654" />
        <source>Melding Inspectie binnen (dagen):</source>
        <translation>Report to the Inspectie within (days):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="657" />
        <source>Bezwaartermijn (weken):</source>
        <translation>Objection period (weeks):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="658" />
        <source>Beslissen op bezwaar (weken):</source>
        <translation>Decide on an objection (weeks):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="661" />
        <source>Termijn Geschillencommissie (weken):</source>
        <translation>Disputes committee term (weeks):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="662" />
        <source>Oordeel Geschillencommissie (weken):</source>
        <translation>Disputes committee opinion (weeks):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="665" />
        <source>Verweer Geschillencommissie (weken):</source>
        <translation>Defence to the disputes committee (weeks):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="668" />
        <source>Zienswijze medewerker (weken):</source>
        <translation>Employee's response (weeks):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="671" />
        <source>Schorsing medewerker: max. dagen per besluit:</source>
        <translation>Staff suspension: max. days per decision:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="674" />
        <source>Beroep medewerker (weken):</source>
        <translation>Employee's appeal (weeks):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="675" />
        <source>Ontslag op staande voet: waarschuw na dagen:</source>
        <translation>Summary dismissal: warn after days:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="678" />
        <source>Vernietiging ontslag vragen (maanden):</source>
        <translation>Ask to annul a dismissal (months):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="681" />
        <source>Toegangsverbod ouder: max. maanden:</source>
        <translation>Parent access ban: max. months:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="684" />
        <source>Geschiedenis voor het voorstel (maanden):</source>
        <translation>History for the proposal (months):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="687" />
        <source>Cao-artikel schriftelijke berisping:</source>
        <translation>CAO article written reprimand:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="690" />
        <source>Cao-artikel schorsing:</source>
        <translation>CAO article suspension:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="691" />
        <source>WPO-artikel schorsing:</source>
        <translation>WPO article suspension:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="692" />
        <source>WPO-artikel verwijdering:</source>
        <translation>WPO article removal:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="693" />
        <source>Inzageverzoek afhandelen (maanden):</source>
        <translation>Handle an access request (months):</translation>
    </message>
</context>
<context>
    <name>pdf</name>
    <message>
        <location filename="../../ui/printing.py" line="83" />
        <location filename="../../ui/printing.py" line="100" />
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="101" />
        <source>De brief wordt naar de printer gestuurd…</source>
        <translation>The letter is being sent to the printer…</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="102" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/pdfview.py" line="68" />
        <source>Kopie opslaan</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <location filename="../../ui/pdfview.py" line="70" />
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="633" />
        <source>beheerder</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="634" />
        <source>directeur</source>
        <translation>director</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="635" />
        <source>personeelszaken</source>
        <translation>HR</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="636" />
        <source>bestuursbureau</source>
        <translation>board office</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <location filename="../../ui/dialogs/startup.py" line="27" />
        <source>Database openen</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/startup.py" line="31" />
        <source>Nieuwe database maken</source>
        <translation>Create a new database</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/startup.py" line="33" />
        <source>Ander bestand kiezen…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/startup.py" line="35" />
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/startup.py" line="51" />
        <source>Database kiezen</source>
        <translation>Choose a database</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/startup.py" line="53" />
        <source>Casemanager-database (*.sqlite3 *.db);;Alle bestanden (*)</source>
        <translation>Casemanager database (*.sqlite3 *.db);;All files (*)</translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <location filename="../../ui/pages/template_editor.py" line="45" />
        <source>Sjabloon</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../ui/pages/template_editor.py" line="75" />
        <source>rechtsmiddelen</source>
        <translation>legal remedies</translation>
    </message>
    <message>
        <location filename="../../ui/pages/template_editor.py" line="43" />
        <source>Voor</source>
        <translation>For</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <location filename="../../ui/widgets.py" line="150" />
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="155" />
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="187" />
        <source>Geen geldige datum: typ bijvoorbeeld 16-01-2030.</source>
        <translation>Not a valid date: type for example 16-01-2030.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="246" />
        <source>Bij '{field}' staat '{text}': dat is geen geldige datum. Typ de datum als dag-maand-jaar, bijvoorbeeld 16-01-2030.</source>
        <translation>'{field}' holds '{text}', which is not a valid date. Type the date as day-month-year, for example 16-01-2030.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="251" />
        <source>Vul bij '{field}' een datum in, bijvoorbeeld 16-01-2030.</source>
        <translation>Fill in a date at '{field}', for example 16-01-2030.</translation>
    </message>
</context>
</TS>