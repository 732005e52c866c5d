<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="nl">
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
    <name>AccountDialog</name>
    <message>
        <location filename="../../ui/pages/settings_accounts.py" line="265" />
        <source>Account wijzigen</source>
        <translation>Change account</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_accounts.py" line="266" />
        <source>Account toevoegen</source>
        <translation>Add account</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_accounts.py" line="267" />
        <source>&amp;Gebruikersnaam:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_accounts.py" line="268" />
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_accounts.py" line="268" />
        <source>&amp;Rol:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_accounts.py" line="269" />
        <source>&amp;Scholen:</source>
        <translation>&amp;Schools:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_accounts.py" line="270" />
        <source>&amp;Wachtwoord (12+ tekens):</source>
        <translation>&amp;Password (12+ characters):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_accounts.py" line="271" />
        <source>Wachtwoord &amp;herhalen:</source>
        <translation>R&amp;epeat password:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_accounts.py" line="274" />
        <source>&amp;Opslaan</source>
        <translation>S&amp;ave</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_accounts.py" line="275" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <location filename="../../ui/pages/settings_accounts.py" line="53" />
        <source>uitgeschakeld</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_accounts.py" line="55" />
        <source>geblokkeerd tot {time}</source>
        <translation>locked until {time}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_accounts.py" line="57" />
        <source>actief</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_accounts.py" line="60" />
        <source>Gebruikersnaam</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_accounts.py" line="61" />
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_accounts.py" line="62" />
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_accounts.py" line="63" />
        <source>Scholen</source>
        <translation>Schools</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_accounts.py" line="64" />
        <source>alle scholen</source>
        <translation>all schools</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_accounts.py" line="66" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_accounts.py" line="79" />
        <source>A&amp;ccounts</source>
        <translation>A&amp;ccounts</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_accounts.py" line="121" />
        <source>Wie met Casemanager werkt, en met welke rol. Een directeur of alleen-lezen-account ziet alleen de scholen die hier zijn gekozen. Een account verwijdert u niet: u schakelt het uit, zodat de audittrail de naam houdt.</source>
        <translation>Who works with Casemanager, and in which role. A director or read-only account sees only the schools chosen here. An account is never deleted: you deactivate it, so the audit trail keeps the name.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_accounts.py" line="124" />
        <source>Account t&amp;oevoegen…</source>
        <translation>Add acco&amp;unt…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_accounts.py" line="125" />
        <source>&amp;Wijzigen…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_accounts.py" line="126" />
        <source>Wachtwoord &amp;resetten…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_accounts.py" line="181" />
        <source>&amp;Inschakelen</source>
        <translation>A&amp;ctivate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_accounts.py" line="182" />
        <source>&amp;Uitschakelen</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_accounts.py" line="211" />
        <source>Account uitschakelen</source>
        <translation>Deactivate account</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_accounts.py" line="212" />
        <source>{name} kan dan niet meer inloggen. Doorgaan?</source>
        <translation>{name} will no longer be able to log in. Continue?</translation>
    </message>
</context>
<context>
    <name>Art4aPanel</name>
    <message>
        <location filename="../../ui/pages/art4a_panel.py" line="37" />
        <source>Art. 4a WPO: vermoeden zedendelict – eerst afhandelen</source>
        <translation>WPO art. 4a: suspected sexual offence – handle first</translation>
    </message>
    <message>
        <location filename="../../ui/pages/art4a_panel.py" line="39" />
        <source>Meld direct aan het bevoegd gezag, overleg direct met de vertrouwensinspecteur (vóór de medewerker wordt ingelicht), doe aangifte bij een redelijk vermoeden en beslis over een schorsing als ordemaatregel.</source>
        <translation>Report to the board at once, consult the confidential inspector at once (before the employee is told), report to the police on a reasonable suspicion and decide on a suspension as an order measure.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
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
        <location filename="../../ui/pages/audit.py" line="53" />
        <source>Persoon</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="54" />
        <source>Zaak</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="196" />
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="199" />
        <source>Audittrail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="201" />
        <source>Elke wijziging en elke inzage van een dossier staat hier, met wie en wanneer. De trail kan niet worden gewijzigd; controleren laat zien of iemand buiten de applicatie iets heeft veranderd.</source>
        <translation>Every change and every look at a dossier is listed here, with who and when. The trail cannot be changed; verifying shows whether anyone changed something outside the application.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="204" />
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="205" />
        <source>&amp;Persoon:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="206" />
        <source>&amp;Zaak:</source>
        <translation>&amp;Case:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="207" />
        <source>&amp;Account:</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="208" />
        <source>Ha&amp;ndeling:</source>
        <translation>Actio&amp;n:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="209" />
        <source>&amp;Van:</source>
        <translation>Fro&amp;m:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="210" />
        <source>&amp;Tot en met:</source>
        <translation>Up &amp;to and including:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="211" />
        <source>bijv. SM-00012</source>
        <translation>e.g. SM-00012</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="212" />
        <source>Alleen &amp;inzage</source>
        <translation>Only &amp;looks</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="213" />
        <source>Toepa&amp;ssen</source>
        <translation>Appl&amp;y</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="214" />
        <source>&amp;Wissen</source>
        <translation>Clear f&amp;ilter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="215" />
        <source>Wie heeft dit d&amp;ossier ingezien?</source>
        <translation>Who looked at this d&amp;ossier?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="216" />
        <source>Als PD&amp;F…</source>
        <translation>As P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="217" />
        <source>Als &amp;CSV…</source>
        <translation>As C&amp;SV…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="218" />
        <source>A&amp;udittrail controleren</source>
        <translation>V&amp;erify the audit trail</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="231" />
        <source>Alle handelingen</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="244" />
        <source>{count} gebeurtenis(sen)</source>
        <translation>{count} event(s)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="259" />
        <source>Iedereen</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="264" />
        <source>Alle accounts</source>
        <translation>All accounts</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="288" />
        <source>Kies een persoon uit de lijst.</source>
        <translation>Choose a person from the list.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="295" />
        <source>Een zaaknummer ziet eruit als SM-00012 of 12.</source>
        <translation>A case number looks like SM-00012 or 12.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="301" />
        <source>De periode eindigt voordat ze begint.</source>
        <translation>The period ends before it begins.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="332" />
        <source>Kies eerst de persoon van wie u het dossier bedoelt.</source>
        <translation>First choose the person whose dossier you mean.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="368" />
        <source>Bezig met controleren…</source>
        <translation>Verifying…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="397" />
        <source>CSV opslaan</source>
        <translation>Save CSV</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="399" />
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
        <source>&amp;Wachtwoordzin:</source>
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
        <translation>&amp;Browse…</translation>
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
        <location filename="../../ui/dialogs/backup.py" line="154" />
        <source>Back-up teruggezet</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="155" />
        <source>De back-up van {when} is teruggezet: {documents} documenten en de audittrail zijn gecontroleerd.</source>
        <translation>The backup of {when} was restored: {documents} documents and the audit trail were checked.</translation>
    </message>
</context>
<context>
    <name>CalendarEditor</name>
    <message>
        <location filename="../../ui/pages/settings_calendar.py" line="97" />
        <source>Bij een schorsing van een leerling tellen alleen schooldagen: geen weekend, feestdag of schoolvakantie. De standaardvakanties per regio zijn die van de Rijksoverheid voor de schooljaren 2025-2026 tot en met 2027-2028; pas ze aan als uw scholen andere data hebben, en vul later jaren aan.</source>
        <translation>A pupil suspension counts only school days: no weekend, public holiday or school holiday. The default holidays per region are the Rijksoverheid's for the school years 2025-2026 up to 2027-2028; change them if your schools have other dates, and add later years.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_calendar.py" line="107" />
        <source>Vakantie</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_calendar.py" line="107" />
        <source>Eerste dag</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_calendar.py" line="107" />
        <source>Laatste dag</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_calendar.py" line="101" />
        <source>Reg&amp;io:</source>
        <translation>Regi&amp;on:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_calendar.py" line="108" />
        <source>Vaka&amp;ntie toevoegen</source>
        <translation>Add hol&amp;iday</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_calendar.py" line="109" />
        <source>Vakantie &amp;verwijderen</source>
        <translation>Re&amp;move holiday</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_calendar.py" line="110" />
        <source>&amp;Standaardvakanties van de regio</source>
        <translation>Region's defa&amp;ult holidays</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_calendar.py" line="111" />
        <source>Kalender &amp;opslaan</source>
        <translation>&amp;Save calendar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_calendar.py" line="133" />
        <source>Schooljaar {years}: niet gecontroleerd — controleer met rijksoverheid.nl en pas de data zo nodig aan. Een schorsing die over deze data telt, krijgt een waarschuwing.</source>
        <translation>School year {years}: not checked — check with rijksoverheid.nl and change the dates if needed. A suspension counted over these dates gets a warning.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_calendar.py" line="237" />
        <source>Opgeslagen</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_calendar.py" line="237" />
        <source>De schoolkalender is opgeslagen.</source>
        <translation>The school calendar has been saved.</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <location filename="../../ui/pages/inspector.py" line="293" />
        <source>Gesprek met de vertrouwensinspecteur – SM-{id:05d}</source>
        <translation>Call with the confidential inspector – SM-{id:05d}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="309" />
        <source>namens het bevoegd gezag</source>
        <translation>on behalf of the board</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="332" />
        <source>&amp;Begin gesprek:</source>
        <translation>Call &amp;started:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="333" />
        <source>&amp;Einde gesprek:</source>
        <translation>Call &amp;ended:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="334" />
        <source>Gebeld &amp;nummer:</source>
        <translation>&amp;Number dialled:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="335" />
        <source>Beller:</source>
        <translation>Caller:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="336" />
        <source>&amp;Rol beller:</source>
        <translation>Caller's r&amp;ole:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="337" />
        <source>Naam &amp;inspecteur:</source>
        <translation>&amp;Inspector's name:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="338" />
        <source>Ken&amp;merk:</source>
        <translation>Re&amp;ference:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="340" />
        <source>Be&amp;kend via:</source>
        <translation>Learn&amp;t from:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="342" />
        <source>Re&amp;delijk vermoeden:</source>
        <translation>Reasonable s&amp;uspicion:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="344" />
        <source>Afs&amp;praken (met wie):</source>
        <translation>A&amp;greed actions (owners):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="345" />
        <source>Verv&amp;olg:</source>
        <translation>Follo&amp;w-up:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="347" />
        <source>Reden niet in&amp;gelicht:</source>
        <translation>Reason not tol&amp;d:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="339" />
        <source>Bekend sinds:</source>
        <translation>Known since:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="341" />
        <source>Gedeelde &amp;feiten:</source>
        <translation>Facts s&amp;hared:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="343" />
        <source>&amp;Advies:</source>
        <translation>&amp;Advice:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="346" />
        <source>&amp;Samenvatting:</source>
        <translation>Su&amp;mmary:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="352" />
        <source>alleen als de medewerker vooraf niet is ingelicht</source>
        <translation>only if the employee was not told beforehand</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="362" />
        <source>&amp;Vastleggen</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="363" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CaseWindow</name>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="56" />
        <source>Zaak</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="60" />
        <location filename="../../ui/dialogs/case_view.py" line="371" />
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="64" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="68" />
        <source>Ernst</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="79" />
        <source>Gearchiveerd</source>
        <translation>Filed</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="82" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="84" />
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="88" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="351" />
        <source>&amp;Voorstel en besluit</source>
        <translation>&amp;Proposal and decision</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="352" />
        <source>&amp;Procedure en termijnen</source>
        <translation>P&amp;rocedure and deadlines</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="354" />
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="356" />
        <source>Datum:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="357" />
        <source>School:</source>
        <translation>School:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="358" />
        <source>Platform:</source>
        <translation>Platform:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="359" />
        <source>Regels:</source>
        <translation>Rules:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="360" />
        <source>Gedrag:</source>
        <translation>Behaviour:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="361" />
        <source>Kenmerken:</source>
        <translation>Flags:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="362" />
        <source>Ernst:</source>
        <translation>Severity:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="363" />
        <source>Omschrijving:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="367" />
        <source>Voorstel volgens het protocol</source>
        <translation>Proposal under the protocol</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="369" />
        <source>Eerdere vergelijkbare besluiten</source>
        <translation>Earlier comparable decisions</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="370" />
        <source>Geen vergelijkbare eerdere besluiten.</source>
        <translation>No comparable earlier decisions.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="372" />
        <source>&amp;Besluiten…</source>
        <translation>&amp;Decide…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="373" />
        <source>Tijdlijn van de procedure</source>
        <translation>Procedure timeline</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="374" />
        <source>&amp;Stap vastleggen…</source>
        <translation>Record a &amp;step…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="375" />
        <source>&amp;Aangifte vastleggen…</source>
        <translation>Record police rep&amp;ort…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="377" />
        <source>Zaak slui&amp;ten</source>
        <translation>Close c&amp;ase</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="353" />
        <source>Brieven en &amp;documenten</source>
        <translation>Le&amp;tters and documents</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="368" />
        <location filename="../../ui/dialogs/case_view.py" line="482" />
        <source>Voorstel be&amp;rekenen</source>
        <translation>&amp;Compute proposal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="376" />
        <source>Aangifte&amp;formulier opslaan…</source>
        <translation>Sa&amp;ve police report sheet…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="378" />
        <source>Pr&amp;ocedures…</source>
        <translation>Proced&amp;ures…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="379" />
        <source>Nog te doen</source>
        <translation>Still to do</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="380" />
        <source>Let op</source>
        <translation>Keep in mind</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="381" />
        <source>Dubbelklik op een taak om de stap vast te leggen.</source>
        <translation>Double-click a task to record the step.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="382" />
        <source>&amp;Brief maken…</source>
        <translation>Create &amp;letter…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="383" />
        <source>Document &amp;openen</source>
        <translation>&amp;Open document</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="384" />
        <source>Sl&amp;uiten</source>
        <translation>Clos&amp;e</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="426" />
        <source>Zaak {ref} – {name}</source>
        <translation>Case {ref} – {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="429" />
        <source>Zaak {ref}: {name}</source>
        <translation>Case {ref}: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="432" />
        <source>{kind} · {school} · status: {status}</source>
        <translation>{kind} · {school} · status: {status}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="441" />
        <source>{occurred} (gemeld {reported})</source>
        <translation>{occurred} (reported {reported})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="451" />
        <source>grensoverschrijdend</source>
        <translation>boundary-crossing</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="453" />
        <source>mogelijk strafbaar feit</source>
        <translation>possible criminal offence</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="455" />
        <source>dringende reden</source>
        <translation>urgent reason</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="461" />
        <source> (uitlatingen {a}, gedragingen {b}, gevolgen {c})</source>
        <translation> (statements {a}, behaviour {b}, consequences {c})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="466" />
        <source>nog niet beoordeeld</source>
        <translation>not assessed yet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="475" />
        <source>Nog geen voorstel</source>
        <translation>No proposal yet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="477" />
        <source>Het voorstel volgt uit de ernst, het beleid en eerdere maatregelen.</source>
        <translation>The proposal follows from the severity, the policy and earlier measures.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="482" />
        <source>Voorstel opnieuw be&amp;rekenen</source>
        <translation>Re&amp;compute proposal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="567" />
        <source>Brieven en &amp;documenten ({count})</source>
        <translation>Le&amp;tters and documents ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="493" />
        <source>besloten op {day}</source>
        <translation>decided on {day}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="499" />
        <source>Periode: {period}</source>
        <translation>Period: {period}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="503" />
        <source>Wijkt af van het voorstel.</source>
        <translation>Differs from the proposal.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="507" />
        <source>Motivering: {text}</source>
        <translation>Motivation: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="513" />
        <source>Nog geen besluit. Het voorstel is een advies: u besluit.</source>
        <translation>No decision yet. The proposal is advice: you decide.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="529" />
        <source>besluit: {measure}</source>
        <translation>decision: {measure}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="534" />
        <source>aangifte bij {unit}, nr. {number}</source>
        <translation>police report with {unit}, no. {number}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="539" />
        <source>Nog geen stappen vastgelegd.</source>
        <translation>No steps recorded yet.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="547" />
        <source>TE LAAT: </source>
        <translation>OVERDUE: </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="559" />
        <source>Niets meer te doen.</source>
        <translation>Nothing left to do.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="586" />
        <source>Voorstel berekenen en besluiten</source>
        <translation>Compute the proposal and decide</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="587" />
        <source>Besluiten over de maatregel ({measure})</source>
        <translation>Decide on the measure ({measure})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="589" />
        <source>Eerst: {step} – daarna besluiten</source>
        <translation>First: {step} – then decide</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="607" />
        <source>Volgende stap voor {measure}: {text} (uiterlijk {day}).</source>
        <translation>Next step for {measure}: {text} (by {day}).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="611" />
        <source>Volgende &amp;stap: besluitbrief maken…</source>
        <translation>Next &amp;step: make the decision letter…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="614" />
        <location filename="../../ui/dialogs/case_view.py" line="636" />
        <source>Volgende &amp;stap: {what} vastleggen…</source>
        <translation>Next &amp;step: record {what}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="621" />
        <source>Nog niet te besluiten voor {measure}: {text} Kies zo nodig een andere maatregel.</source>
        <translation>Not yet possible to decide on {measure}: {text} Choose another measure if needed.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="629" />
        <source>Volgende stap voor {measure}: {text}</source>
        <translation>Next step for {measure}: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="633" />
        <source>Volgende &amp;stap: {what} maken…</source>
        <translation>Next &amp;step: make {what}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="678" />
        <source>Voorstel berekend: {measure}.</source>
        <translation>Proposal computed: {measure}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="705" />
        <source>Besluit vastgelegd: {measure}. Maak nu de brief.</source>
        <translation>Decision recorded: {measure}. Now make the letter.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="726" />
        <source>Stap vastgelegd: {step}.</source>
        <translation>Step recorded: {step}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="735" />
        <source>Aangifte vastgelegd.</source>
        <translation>Police report recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="772" />
        <source>Zaak sluiten</source>
        <translation>Close case</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="773" />
        <source>De zaak wordt gesloten en verdwijnt uit de termijnen. Doorgaan?</source>
        <translation>The case will be closed and leaves the deadline list. Continue?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_view.py" line="781" />
        <source>Zaak gesloten.</source>
        <translation>Case closed.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/password.py" line="90" />
        <source>Wachtwoord wijzigen</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="91" />
        <source>Een nieuw wachtwoord voor {name} ({user}): minstens 12 tekens.</source>
        <translation>A new password for {name} ({user}): at least 12 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="94" />
        <source>&amp;Huidig wachtwoord:</source>
        <translation>C&amp;urrent password:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="95" />
        <source>&amp;Nieuw wachtwoord:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="96" />
        <source>Nieuw wachtwoord he&amp;rhalen:</source>
        <translation>R&amp;epeat new password:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="97" />
        <source>&amp;Wijzigen</source>
        <translation>&amp;Change</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="97" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="111" />
        <source>Wachtwoord gewijzigd</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="112" />
        <source>Uw wachtwoord is gewijzigd.</source>
        <translation>Your password has been changed.</translation>
    </message>
</context>
<context>
    <name>ChoiceDialog</name>
    <message>
        <location filename="../../ui/pages/consent.py" line="450" />
        <source>Toestemming geven</source>
        <translation>Give consent</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="451" />
        <source>Toestemming weigeren</source>
        <translation>Refuse consent</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="452" />
        <source>Toestemming intrekken</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="455" />
        <source>Voor: {name}</source>
        <translation>For: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="456" />
        <source>&amp;Doel:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="457" />
        <source>Doo&amp;r:</source>
        <translation>&amp;By:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="458" />
        <source>D&amp;atum:</source>
        <translation>D&amp;ate:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="459" />
        <source>&amp;Hoe:</source>
        <translation>&amp;How:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="460" />
        <source>bijvoorbeeld papieren formulier met handtekening</source>
        <translation>for example a signed paper form</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="462" />
        <source>&amp;Formulierversie:</source>
        <translation>&amp;Form version:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="464" />
        <source>Verv&amp;olg:</source>
        <translation>Follo&amp;w-up:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="466" />
        <source>waar de beelden staan en wat ermee gebeurt</source>
        <translation>where the images are used and what is done</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="467" />
        <source>&amp;Vastleggen</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="469" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../../ui/pages/consent.py" line="96" />
        <location filename="../../ui/pages/consent.py" line="121" />
        <source>Doel</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="100" />
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="104" />
        <location filename="../../ui/pages/consent.py" line="129" />
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="79" />
        <source>Hoe</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="83" />
        <source>Formulier</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="87" />
        <source>Vervolg</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="125" />
        <source>Keuze</source>
        <translation>Choice</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="250" />
        <source>Protocol A5: beeld en geluid alleen met aantoonbare schriftelijke toestemming, per persoon en per doel. Onder de 16 beslist een ouder met gezag; weigert één ouder met gezag, dan is er geen toestemming. Vanaf 16 beslist de leerling zelf. Medewerkers en ouders die in beeld komen beslissen zelf. Geen keuze is geen toestemming; intrekken kan altijd. Elk jaar herzien.</source>
        <translation>Protocol A5: images and sound only with demonstrable written consent, per person and per purpose. Under 16 a parent with parental authority decides; if one parent with authority refuses, there is no consent. From 16 the pupil decides. Staff and parents who appear in images decide themselves. No choice means no consent; consent can always be withdrawn. Reviewed every year.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="255" />
        <source>&amp;Soort:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="256" />
        <source>Leerlingen</source>
        <translation>Pupils</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="256" />
        <source>Medewerkers</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="257" />
        <source>Ouders/verzorgers</source>
        <translation>Parents/guardians</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="259" />
        <source>&amp;Persoon:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="260" />
        <source>&amp;Toestemming geven…</source>
        <translation>Give &amp;consent…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="261" />
        <source>&amp;Weigeren…</source>
        <translation>Refu&amp;se…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="262" />
        <source>&amp;Intrekken…</source>
        <translation>&amp;Withdraw…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="263" />
        <source>&amp;Jaarlijkse herziening…</source>
        <translation>&amp;Yearly review…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="264" />
        <source>&amp;Formulier afdrukken…</source>
        <translation>Print f&amp;orm…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="265" />
        <source>Geschiedenis (nieuwste eerst)</source>
        <translation>History (newest first)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="327" />
        <source>Kies een persoon.</source>
        <translation>Choose a person.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="331" />
        <source>Beslist: niemand – bij deze leerling is geen ouder met gezag vastgelegd (F2).</source>
        <translation>Decides: nobody – this pupil has no parent with parental authority on record (F2).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="334" />
        <source>Beslist: {names}</source>
        <translation>Decides: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="338" />
        <source>Nog geen keuzes vastgelegd: zonder keuze geen toestemming.</source>
        <translation>No choices on record yet: without a choice there is no consent.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="341" />
        <source>Jaarlijkse herziening te laat: uiterlijk {date}.</source>
        <translation>Yearly review overdue: due {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="345" />
        <source>Volgende jaarlijkse herziening: {date}.</source>
        <translation>Next yearly review: {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="389" />
        <source>Toestemmingsformulier opslaan</source>
        <translation>Save consent form</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="401" />
        <source>Toestemmingsformulier</source>
        <translation>Consent form</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="402" />
        <source>Opgeslagen als {path}.</source>
        <translation>Saved as {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="108" />
        <location filename="../../ui/pages/consent.py" line="117" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="245" />
        <location filename="../../ui/pages/consent.py" line="248" />
        <source>Toestemmingen</source>
        <translation>Consent</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="76" />
        <location filename="../../ui/pages/dashboard.py" line="100" />
        <source>Uiterlijk</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="79" />
        <source>Zaak</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="81" />
        <source>Betrokkene</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="85" />
        <location filename="../../ui/pages/dashboard.py" line="109" />
        <source>Taak</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="87" />
        <location filename="../../ui/pages/dashboard.py" line="111" />
        <source>TE LAAT: </source>
        <translation>OVERDUE: </translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="92" />
        <source>Regel</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="103" />
        <source>Persoon</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="105" />
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="112" />
        <source>toestemmingen jaarlijks herzien (F6)</source>
        <translation>review consent for the year (F6)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="232" />
        <location filename="../../ui/pages/dashboard.py" line="235" />
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="237" />
        <source>open zaken</source>
        <translation>open cases</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="238" />
        <source>met voorstel</source>
        <translation>with a proposal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="239" />
        <source>besloten, nog niet gesloten</source>
        <translation>decided, not yet closed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="240" />
        <source>gesloten</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="244" />
        <source>Termijnen: te doen en te laat</source>
        <translation>Deadlines: due and overdue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="248" />
        <source>Toestemmingen: jaarlijkse herziening (klik om te openen)</source>
        <translation>Consent: yearly review (click to open)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="256" />
        <source>Klik op een regel om de zaak te openen.</source>
        <translation>Click a row to open its case.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="260" />
        <source>{overdue} te laat, {upcoming} nog te doen.</source>
        <translation>{overdue} overdue, {upcoming} still due.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="266" />
        <source>Hieronder de {overdue} oudste te late en de {upcoming} eerstvolgende.</source>
        <translation>Below, the {overdue} oldest overdue and the next {upcoming}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="343" />
        <source>nog geen incidenten</source>
        <translation>no incidents yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="344" />
        <source>Incidenten</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="382" />
        <source>Incidenten per school (12 maanden)</source>
        <translation>Incidents per school (12 months)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="391" />
        <source>Incidenten per categorie (12 maanden)</source>
        <translation>Incidents per category (12 months)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="408" />
        <source>Incidenten per maand</source>
        <translation>Incidents per month</translation>
    </message>
</context>
<context>
    <name>DatabaseSettings</name>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="155" />
        <source>Map voor de back-ups</source>
        <translation>Folder for the backups</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="162" />
        <source>Da&amp;tabase</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="210" />
        <source>Verbinding met {server} testen…</source>
        <translation>Testing the connection to {server}…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="219" />
        <source>Verbinding gelukt, maar de database is van een nieuwere versie van Casemanager. Werk eerst deze computer bij.</source>
        <translation>Connected, but the database is from a newer version of Casemanager. Update this computer first.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="222" />
        <source>Verbinding gelukt. De database bevat de gegevens van Casemanager.</source>
        <translation>Connected. The database holds Casemanager's data.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="224" />
        <source>Verbinding gelukt. De database is nog leeg; bij de volgende start maakt Casemanager de tabellen aan.</source>
        <translation>Connected. The database is still empty; Casemanager creates its tables at the next start.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="234" />
        <source>Verbinding mislukt: {reason}</source>
        <translation>Connection failed: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="256" />
        <source>Opgeslagen</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="257" />
        <source>De keuze is opgeslagen en geldt vanaf de volgende start van Casemanager.</source>
        <translation>The choice is saved and applies from the next start of Casemanager.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="262" />
        <source>Kies waar Casemanager zijn gegevens bewaart: in een bestand op deze computer, of op een gedeelde PostgreSQL-server waar alle directeuren van het bestuur op werken. Het wachtwoord wordt versleuteld bewaard, alleen voor uw account op deze computer. De keuze geldt vanaf de volgende start.</source>
        <translation>Choose where Casemanager keeps its data: in a file on this computer, or on a shared PostgreSQL server all of the board's directors work on. The password is stored encrypted, for your account on this computer only. The choice applies from the next start.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="266" />
        <source>Nu geopend:</source>
        <translation>Open now:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="269" />
        <source>De beheerder heeft de database voor deze computer vastgelegd in {path}; hier kunt u alleen de verbinding testen.</source>
        <translation>The administrator fixed the database for this computer in {path}; here you can only test the connection.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="271" />
        <source>Bestand op deze computer ({path})</source>
        <translation>File on this computer ({path})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="274" />
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="275" />
        <source>Poort:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="277" />
        <source>Gebruiker:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="283" />
        <source>Dage&amp;lijks een back-up maken (bij het starten)</source>
        <translation>Make a daily bac&amp;kup (at start)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="284" />
        <source>Map:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="285" />
        <source>Kiezen…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="286" />
        <source>Hoeveel bewaren:</source>
        <translation>How many to keep:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="287" />
        <source>Back-&amp;upwachtwoord:</source>
        <translation>Back&amp;up passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="298" />
        <source>Keu&amp;ze opslaan</source>
        <translation>Save ch&amp;oice</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="273" />
        <source>Gedeelde &amp;PostgreSQL-server</source>
        <translation>Shared PostgreS&amp;QL server</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="276" />
        <source>Database&amp;naam:</source>
        <translation>Database &amp;name:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="278" />
        <source>Wachtw&amp;oord:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="280" />
        <location filename="../../ui/pages/settings_database.py" line="289" />
        <source>(bewaard; leeg laten om het te houden)</source>
        <translation>(stored; leave empty to keep it)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="281" />
        <source>(leeg: pgpass of Windows-aanmelding)</source>
        <translation>(empty: pgpass or Windows sign-in)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="282" />
        <source>Dagelijkse back-up van het bestand op deze computer</source>
        <translation>Daily backup of the file on this computer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="290" />
        <source>minstens 10 tekens; zonder dit wachtwoord geen herstel</source>
        <translation>at least 10 characters; without it no restore</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="292" />
        <source>Bij het starten maakt Casemanager een versleutelde back-up als de nieuwste in de map ouder is dan vandaag, en bewaart de nieuwste. Op een gedeelde server gelden de back-ups van de server.</source>
        <translation>At start Casemanager makes an encrypted backup when the newest in the folder is older than today, and keeps the newest. On a shared server the server's backups apply.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="294" />
        <source> De map en het aantal zijn door de beheerder vastgelegd.</source>
        <translation> The administrator fixed the folder and the number.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="297" />
        <source>Verb&amp;inding testen</source>
        <translation>Test connect&amp;ion</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../ui/dialogs/decision.py" line="118" />
        <source>Besluit – {ref}</source>
        <translation>Decision – {ref}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" line="119" />
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" line="122" />
        <source>Het protocol stelt voor: &lt;b&gt;{proposal}&lt;/b&gt;. U besluit; wijkt u af van het voorstel, dan is een schriftelijke motivering verplicht.</source>
        <translation>The protocol proposes: &lt;b&gt;{proposal}&lt;/b&gt;. You decide; if you deviate from the proposal, a written motivation is required.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" line="129" />
        <source>&amp;Maatregel:</source>
        <translation>&amp;Measure:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" line="131" />
        <source>&amp;Ingangsdatum:</source>
        <translation>&amp;Start date:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" line="132" />
        <source>&amp;Einddatum:</source>
        <translation>E&amp;nd date:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" line="130" />
        <source>Besluit&amp;datum:</source>
        <translation>Decision d&amp;ate:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" line="133" />
        <location filename="../../ui/dialogs/decision.py" line="184" />
        <source>Mo&amp;tivering:</source>
        <translation>Mo&amp;tivation:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" line="134" />
        <source>Niet &amp;gehoord, omdat:</source>
        <translation>Not &amp;heard, because:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" line="135" />
        <source>&amp;Onderwijs tijdens schorsing:</source>
        <translation>&amp;Education during suspension:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" line="136" />
        <source>&amp;Redenen voor de ouders:</source>
        <translation>&amp;Reasons for the parents:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" line="137" />
        <source>Dringende reden (zoals meegedeeld):</source>
        <translation>Urgent reason (as told):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" line="138" />
        <source>Feiten be&amp;kend geworden op:</source>
        <translation>Facts became &amp;known on:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" line="139" />
        <source>&amp;Waarom toch onverwijld:</source>
        <translation>&amp;Why still without delay:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" line="140" />
        <source>Eerder i&amp;ngegaan dan het besluit, omdat:</source>
        <translation>Started &amp;before the decision, because:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" line="141" />
        <source>&amp;Omvang verbod:</source>
        <translation>Ban sc&amp;ope:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" line="142" />
        <source>&amp;Contactpersoon:</source>
        <translation>&amp;Contact person:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" line="143" />
        <source>&amp;Kind (gedrag ouder):</source>
        <translation>&amp;Child (parent's behaviour):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" line="147" />
        <source>alleen invullen als niet vooraf is gehoord</source>
        <translation>only if there was no hearing beforehand</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" line="149" />
        <source>alleen invullen als de schorsing vóór de besluitdatum inging</source>
        <translation>fill in only if the suspension started before the decision date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" line="150" />
        <source>bijv. huiswerkpakket via de groepsleerkracht</source>
        <translation>e.g. homework via the class teacher</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" line="151" />
        <source>bijv. schoolgebouw en schoolplein</source>
        <translation>e.g. school building and schoolyard</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" line="152" />
        <source>&amp;Besluiten</source>
        <translation>&amp;Decide</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" line="153" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" line="181" />
        <source>Dit besluit wijkt af van het voorstel: geef een motivering.</source>
        <translation>This decision differs from the proposal: give a motivation.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" line="184" />
        <source>Mo&amp;tivering (verplicht):</source>
        <translation>Mo&amp;tivation (required):</translation>
    </message>
</context>
<context>
    <name>DestroyDialog</name>
    <message>
        <location filename="../../ui/pages/privacy.py" line="172" />
        <source>Vernietigen</source>
        <translation>Destroy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy.py" line="175" />
        <source>Deze gegevens worden definitief vernietigd: de persoon, de dossierdocumenten, zaken, besluiten en toestemmingen. Er wordt een vernietigingsverslag bewaard. Dit kan niet ongedaan worden gemaakt.</source>
        <translation>This data is destroyed for good: the person, the dossier documents, cases, decisions and consent. A destruction report is kept. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy.py" line="184" />
        <source>&amp;Ik begrijp dat dit niet ongedaan kan worden</source>
        <translation>&amp;I understand this cannot be undone</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy.py" line="188" />
        <source>&amp;Vernietigen</source>
        <translation>&amp;Destroy</translation>
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
    <message>
        <location filename="../../ui/dialogs/document_viewer.py" line="109" />
        <source>Afgedrukt: {pages} pagina('s).</source>
        <translation>Printed: {pages} page(s).</translation>
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
        <location filename="../../ui/pages/dossiers.py" line="61" />
        <source>Zaak</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="65" />
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="162" />
        <location filename="../../ui/pages/dossiers.py" line="165" />
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="166" />
        <source>&amp;Persoon:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="167" />
        <source>Typ een naam…</source>
        <translation>Type a name…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="168" />
        <source>&amp;Namen van derden weglakken</source>
        <translation>Redact &amp;third parties' names</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="169" />
        <source>Dossier &amp;exporteren…</source>
        <translation>&amp;Export dossier…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="170" />
        <source>Zaken (klik om te openen)</source>
        <translation>Cases (click to open)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="171" />
        <source>Dossier: tijdlijn van gearchiveerde documenten</source>
        <translation>Dossier: timeline of filed documents</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="172" />
        <source>Nog niets gearchiveerd.</source>
        <translation>Nothing filed yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="177" />
        <source>Kies een persoon</source>
        <translation>Choose a person</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="178" />
        <source>Typ een naam of open een persoon vanuit Personen.</source>
        <translation>Type a name or open a person from People.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="266" />
        <source>geboren {day}</source>
        <translation>born {day}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="272" />
        <source>ouder met gezag: {name}</source>
        <translation>parent with authority: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="273" />
        <source>ouder zonder gezag: {name}</source>
        <translation>parent without authority: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="274" />
        <source>ouder van: {name}</source>
        <translation>parent of: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="287" />
        <source>Geen zaken.</source>
        <translation>No cases.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="323" />
        <source>Geen PDF: dubbelklik om te openen.</source>
        <translation>Not a PDF: double-click to open.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="341" />
        <location filename="../../ui/pages/dossiers.py" line="357" />
        <source>Dossier exporteren</source>
        <translation>Export dossier</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="343" />
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="354" />
        <source>Dossier wordt samengesteld…</source>
        <translation>Compiling the dossier…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="354" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="384" />
        <source>Dossier geëxporteerd</source>
        <translation>Dossier exported</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="385" />
        <source>Opgeslagen als {path}</source>
        <translation>Saved as {path}</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="149" />
        <source>Casemanager instellen</source>
        <translation>Set up Casemanager</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="150" />
        <source>Welkom</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="152" />
        <source>Deze database is nieuw. Vul eerst de gegevens van het schoolbestuur in.</source>
        <translation>This database is new. First enter the school board's details.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="153" />
        <source>Stationsstraat 1, 3811 MH Amersfoort</source>
        <translation>Stationsstraat 1, 3811 MH Amersfoort</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="154" />
        <source>&amp;Naam van het bestuur:</source>
        <translation>Board &amp;name:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="155" />
        <location filename="../../ui/dialogs/first_run.py" line="165" />
        <source>&amp;Adres:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="156" />
        <source>&amp;Taal / Language:</source>
        <translation>&amp;Taal / Language:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="158" />
        <source>Eerste school</source>
        <translation>First school</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="160" />
        <source>Meer scholen voegt u later toe in Instellingen. De denominatie bepaalt de bezwaarclausule in brieven.</source>
        <translation>Add more schools later in Settings. The denomination decides the objection clause in letters.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="162" />
        <source>Lindelaan 4, 3818 AB Amersfoort</source>
        <translation>Lindelaan 4, 3818 AB Amersfoort</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="177" />
        <source>&amp;Wachtwoord (minstens 12 tekens):</source>
        <translation>&amp;Password (at least 12 characters):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="183" />
        <source>&amp;Demobestuur laden: {schools} fictieve scholen, {people} personen en {incidents} incidenten</source>
        <translation>&amp;Load the demo board: {schools} fictional schools, {people} people and {incidents} incidents</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="105" />
        <source>directeur</source>
        <translation>director</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="163" />
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="163" />
        <source>&amp;BRIN-code:</source>
        <translation>&amp;BRIN code:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="164" />
        <source>&amp;Denominatie:</source>
        <translation>&amp;Denomination:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="166" />
        <source>D&amp;irecteur (ondertekent):</source>
        <translation>D&amp;irector (signs letters):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="167" />
        <source>&amp;Functie ondertekenaar:</source>
        <translation>Signatory's f&amp;unction:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="171" />
        <source>Beheerder</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="173" />
        <source>Het eerste account is de beheerder. Namens dit account worden alle handelingen in de audittrail vastgelegd.</source>
        <translation>The first account is the administrator. Every action is recorded in the audit trail on behalf of this account.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="175" />
        <source>&amp;Gebruikersnaam:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="176" />
        <source>&amp;Uw naam:</source>
        <translation>&amp;Your name:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="179" />
        <source>Demobestuur</source>
        <translation>Demo board</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="180" />
        <source>Wilt u eerst rondkijken met voorbeeldgegevens?</source>
        <translation>Would you like to look around with sample data first?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="187" />
        <source>De demo bevat alleen verzonnen personen. U kunt hem ook later laden via Bestand › Demobestuur laden.</source>
        <translation>The demo contains fictional people only. You can also load it later via File › Load demo board.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="192" />
        <source>&amp;Volgende &gt;</source>
        <translation>Ne&amp;xt &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="193" />
        <source>&lt; V&amp;orige</source>
        <translation>&lt; Bac&amp;k</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="194" />
        <source>&amp;Starten</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="195" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>HearingButton</name>
    <message>
        <location filename="../../ui/dialogs/hearing.py" line="183" />
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
        <translation>Su&amp;mmary:</translation>
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
    <name>IdentityDialog</name>
    <message>
        <location filename="../../ui/pages/privacy.py" line="137" />
        <source>Identiteit controleren</source>
        <translation>Check the identity</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy.py" line="142" />
        <source>bijvoorbeeld paspoort getoond aan de balie</source>
        <translation>e.g. passport shown at the desk</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy.py" line="145" />
        <source>Verzoeker: {who}. Geef pas gegevens nadat de identiteit (en bij een ouder het gezag) is vastgesteld.</source>
        <translation>Requester: {who}. Give data only once the identity (and for a parent, parental authority) is established.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy.py" line="147" />
        <source>Gecontroleerd &amp;op:</source>
        <translation>Checked &amp;on:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy.py" line="148" />
        <source>&amp;Hoe:</source>
        <translation>&amp;How:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy.py" line="157" />
        <source>Vul een datum in als 24-11-2026.</source>
        <translation>Enter a date such as 24-11-2026.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy.py" line="160" />
        <source>Vul in hoe de identiteit is gecontroleerd.</source>
        <translation>Say how the identity was checked.</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../../ui/idle_lock.py" line="39" />
        <source>Vergrendeld</source>
        <translation>Locked</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="182" />
        <source>Personen importeren</source>
        <translation>Import people</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="186" />
        <source>Leerlingen, groepen en leerkrachten (EDEXML)</source>
        <translation>Pupils, groups and teachers (EDEXML)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="187" />
        <source>Ouders en verzorgers (CSV of Excel)</source>
        <translation>Parents and guardians (CSV or Excel)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="188" />
        <source>Personeel (CSV of Excel)</source>
        <translation>Staff (CSV or Excel)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="191" />
        <source>&amp;School:</source>
        <translation>&amp;School:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="192" />
        <source>S&amp;oort:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="193" />
        <source>&amp;Bestand:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="194" />
        <source>B&amp;laderen…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="195" />
        <source>S&amp;jabloon opslaan…</source>
        <translation>Save &amp;template…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="196" />
        <source>&amp;Voorvertoning</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="197" />
        <source>&amp;Afbreken</source>
        <translation>St&amp;op</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="198" />
        <source>&amp;Toepassen</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="199" />
        <source>Sl&amp;uiten</source>
        <translation>Clos&amp;e</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="200" />
        <location filename="../../ui/dialogs/import_people.py" line="347" />
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="200" />
        <location filename="../../ui/dialogs/import_people.py" line="347" />
        <source>gewijzigd</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="201" />
        <location filename="../../ui/dialogs/import_people.py" line="348" />
        <source>vertrokken</source>
        <translation>left</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="201" />
        <location filename="../../ui/dialogs/import_people.py" line="343" />
        <source>geweigerd</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="203" />
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="203" />
        <source>Naam of veld</source>
        <translation>Name or field</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="203" />
        <source>Regelnr.</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="204" />
        <source>Toelichting</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="212" />
        <source>Maak in ParnasSys of Esis een EDEXML-export van deze school. Leerlingen en leerkrachten die in een volgende export ontbreken, worden als vertrokken gemarkeerd; niemand wordt verwijderd en met de hand ingevoerde personen blijven ongemoeid.</source>
        <translation>Make an EDEXML export of this school in ParnasSys or Esis. Pupils and teachers missing from a later export are marked as left; nobody is deleted and people entered by hand are left alone.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="218" />
        <source>Vul het sjabloon in (één regel per persoon; een ouder van twee kinderen staat er twee keer in) en sla het op als CSV of Excel-werkmap. Ouders worden aan hun kind gekoppeld via de sleutel uit de EDEXML-export.</source>
        <translation>Fill in the template (one line per person; a parent of two children appears twice) and save it as CSV or an Excel workbook. Parents are linked to their child by the key from the EDEXML export.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="234" />
        <source>EDEXML-bestanden (*.xml)</source>
        <translation>EDEXML files (*.xml)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="235" />
        <source>Spreadsheets (*.csv *.xlsx *.txt)</source>
        <translation>Spreadsheets (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="237" />
        <source>Importbestand kiezen</source>
        <translation>Choose the import file</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="249" />
        <location filename="../../ui/dialogs/import_people.py" line="259" />
        <source>Sjabloon opslaan</source>
        <translation>Save template</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="250" />
        <source>CSV-bestanden (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="260" />
        <source>Het sjabloon kon niet worden opgeslagen in {path}.</source>
        <translation>The template could not be saved to {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="263" />
        <source>Sjabloon opgeslagen als {path}.</source>
        <translation>Template saved as {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="293" />
        <source>Kies eerst een bestand.</source>
        <translation>Choose a file first.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="310" />
        <source>Het bestand wordt gelezen en vergeleken…</source>
        <translation>Reading the file and comparing it…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="317" />
        <location filename="../../ui/dialogs/import_people.py" line="378" />
        <source>Afgebroken; er is niets gewijzigd.</source>
        <translation>Stopped; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="325" />
        <source>Niets te wijzigen: de personen zijn al gelijk aan dit bestand.</source>
        <translation>Nothing to change: the people already match this file.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="328" />
        <source>Dit is een voorvertoning; er is nog niets gewijzigd. Kies Toepassen om de wijzigingen in één keer door te voeren. Datum van de export: {day}.</source>
        <translation>This is a preview; nothing has changed yet. Choose Apply to make all the changes at once. Date of the export: {day}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="357" />
        <source>Vertrekkers markeren</source>
        <translation>Mark leavers</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="358" />
        <source>{count} personen staan niet meer in dit bestand en worden gemarkeerd als vertrokken per {day}. Er wordt niemand verwijderd. Doorgaan?</source>
        <translation>{count} people are no longer in this file and will be marked as left as of {day}. Nobody is deleted. Continue?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="370" />
        <source>De wijzigingen worden doorgevoerd…</source>
        <translation>Making the changes…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="385" />
        <source>Geïmporteerd: {new} nieuw, {changed} gewijzigd, {left} vertrokken. De import staat in het auditspoor met de SHA-256 van het bestand.</source>
        <translation>Imported: {new} new, {changed} changed, {left} left. The import is in the audit trail with the file's SHA-256.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="398" />
        <source>Afbreken…</source>
        <translation>Stopping…</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="380" />
        <source>Nieuw incident</source>
        <translation>New incident</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="381" />
        <source>Wat is er gebeurd</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="382" />
        <source>&amp;School:</source>
        <translation>&amp;School:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="383" />
        <source>Datum &amp;incident:</source>
        <translation>&amp;Incident date:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="384" />
        <source>Datum &amp;melding:</source>
        <translation>&amp;Report date:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="385" />
        <source>&amp;Platform:</source>
        <translation>&amp;Platform:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="386" />
        <source>M&amp;elder:</source>
        <translation>R&amp;eporter:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="387" />
        <source>&amp;Gedrag:</source>
        <translation>&amp;Behaviour:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="388" />
        <source>&amp;Omschrijving:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="390" />
        <source>Feitelijk: wat is er geplaatst of gedaan, waar, en wat waren de gevolgen?</source>
        <translation>Factual: what was posted or done, where, and what were the consequences?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="392" />
        <source>Kenmerken</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="395" />
        <source>&amp;Dringende reden (ontslag op staande voet)</source>
        <translation>&amp;Urgent reason (summary dismissal)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="398" />
        <source>Grensoverschrijdend: eerst de medewerker inlichten, dan de Landelijke Vertrouwensinspecteur bellen.</source>
        <translation>Boundary-crossing: tell the employee first, then call the national confidential inspector.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="402" />
        <source>Overtreden regel(s) uit het protocol</source>
        <translation>Protocol rule(s) breached</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="403" />
        <source>Tekst van het protocol:</source>
        <translation>The protocol's wording:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="407" />
        <source> (medewerkers)</source>
        <translation> (staff)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="410" />
        <source>Ernst (protocol, Sancties 3 en 5)</source>
        <translation>Severity (protocol, Sanctions 3 and 5)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="411" />
        <source>&amp;Uitlatingen</source>
        <translation>S&amp;tatements</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="413" />
        <source>Ge&amp;volgen</source>
        <translation>Conse&amp;quences</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="418" />
        <location filename="../../ui/dialogs/incident_editor.py" line="431" />
        <source>(kies)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="424" />
        <source>Totale ernst (gemiddelde):</source>
        <translation>Overall severity (mean):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="426" />
        <source>Totale ernst (hoogste as):</source>
        <translation>Overall severity (highest axis):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="435" />
        <source>Betrokkenen</source>
        <translation>People involved</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="437" />
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="437" />
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="437" />
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="444" />
        <source>&amp;Toevoegen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="393" />
        <source>Grensoverschrijde&amp;nd (alleen medewerkers)</source>
        <translation>B&amp;oundary-crossing (staff only)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="394" />
        <source>Mogelijk strafbaar &amp;feit</source>
        <translation>Possible &amp;criminal offence</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="412" />
        <source>Gedr&amp;agingen</source>
        <translation>Be&amp;haviour</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="445" />
        <source>Ver&amp;wijderen</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="446" />
        <source>Bewijsstukken (sleep bestanden hierheen)</source>
        <translation>Evidence (drop files here)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="447" />
        <source>&amp;Bestand toevoegen…</source>
        <translation>Add &amp;file…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="450" />
        <source>&amp;Registreren</source>
        <translation>Re&amp;gister</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="451" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="514" />
        <source>(onbekend / anoniem)</source>
        <translation>(unknown / anonymous)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="603" />
        <source>– (kies de drie assen)</source>
        <translation>– (choose the three axes)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="611" />
        <source>Bewijsstukken kiezen</source>
        <translation>Choose evidence</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="614" />
        <source>Afbeeldingen en documenten (*.png *.jpg *.jpeg *.gif *.pdf *.txt *.eml *.docx);;Alle bestanden (*)</source>
        <translation>Images and documents (*.png *.jpg *.jpeg *.gif *.pdf *.txt *.eml *.docx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="680" />
        <source>School ontbreekt</source>
        <translation>No school</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_editor.py" line="681" />
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
        <location filename="../../ui/pages/incidents.py" line="181" />
        <location filename="../../ui/pages/incidents.py" line="184" />
        <source>Incidenten</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incidents.py" line="185" />
        <source>&amp;Nieuw incident…</source>
        <translation>&amp;New incident…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incidents.py" line="186" />
        <source>Zoek in omschrijvingen en namen…</source>
        <translation>Search descriptions and names…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incidents.py" line="187" />
        <source>&amp;Zoeken:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incidents.py" line="188" />
        <source>Sch&amp;ool:</source>
        <translation>Sch&amp;ool:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incidents.py" line="189" />
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incidents.py" line="190" />
        <source>&amp;Categorie:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incidents.py" line="191" />
        <source>&amp;Ernst:</source>
        <translation>S&amp;everity:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incidents.py" line="192" />
        <source>&amp;Periode:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incidents.py" line="208" />
        <source>(alle)</source>
        <translation>(all)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incidents.py" line="267" />
        <source>{count} incidenten</source>
        <translation>{count} incidents</translation>
    </message>
</context>
<context>
    <name>InformDialog</name>
    <message>
        <location filename="../../ui/pages/inspector.py" line="257" />
        <source>Medewerker ingelicht – SM-{id:05d}</source>
        <translation>Employee told – SM-{id:05d}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="262" />
        <source>bijv. persoonlijk gesprek met de directeur</source>
        <translation>e.g. personal talk with the director</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="264" />
        <source>&amp;Moment:</source>
        <translation>&amp;Moment:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="265" />
        <source>&amp;Hoe:</source>
        <translation>&amp;How:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="268" />
        <source>&amp;Vastleggen</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="269" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>InspectorPage</name>
    <message>
        <location filename="../../ui/pages/inspector.py" line="61" />
        <source>Zaak</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="65" />
        <source>Gesprek</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="71" />
        <source>Inspecteur</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="75" />
        <source>Kenmerk</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="78" />
        <source>Redelijk vermoeden</source>
        <translation>Reasonable suspicion</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="82" />
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="144" />
        <location filename="../../ui/pages/inspector.py" line="147" />
        <source>Vertrouwensinspecteur</source>
        <translation>Confidential inspector</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="151" />
        <source>Protocol, Sancties 2: vindt het bestuur de communicatie van een medewerker grensoverschrijdend, dan licht het eerst de medewerker in en meldt het daarna telefonisch bij de Landelijke Vertrouwensinspecteur ({phone}). Het belregister is vertrouwelijk: elke inzage wordt vastgelegd.</source>
        <translation>Protocol, Sanctions 2: when the board judges a staff member's communication boundary-crossing, it tells the employee first and then reports it by phone to the national confidential inspector ({phone}). The call log is confidential: every view is recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="157" />
        <source>Zaken die een melding vragen</source>
        <translation>Cases that need a report</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="158" />
        <source>&amp;Zaak:</source>
        <translation>&amp;Case:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="159" />
        <source>Medewerker &amp;ingelicht…</source>
        <translation>Employee &amp;told…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="160" />
        <source>Gesprek v&amp;astleggen…</source>
        <translation>&amp;Log a call…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="161" />
        <source>Belregister</source>
        <translation>Call log</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="162" />
        <source>Belregister als &amp;PDF…</source>
        <translation>Call log as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="217" />
        <source>Vastgelegd: medewerker ingelicht.</source>
        <translation>Recorded: employee informed.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspector.py" line="227" />
        <source>Gesprek vastgelegd in het belregister.</source>
        <translation>Call recorded in the call log.</translation>
    </message>
</context>
<context>
    <name>LeftOnDialog</name>
    <message>
        <location filename="../../ui/pages/privacy.py" line="230" />
        <source>Vertrekdatum vastleggen</source>
        <translation>Record the leaving date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy.py" line="240" />
        <source>&amp;Persoon:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy.py" line="241" />
        <source>Ver&amp;trokken op (leeg: wissen):</source>
        <translation>Lef&amp;t on (empty: clear):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy.py" line="250" />
        <source>Vul een datum in als 24-11-2026, of laat het leeg.</source>
        <translation>Enter a date such as 24-11-2026, or leave it empty.</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="200" />
        <source>Brief – {ref} – {name}</source>
        <translation>Letter – {ref} – {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="205" />
        <source>Aanvullende gegevens</source>
        <translation>Additional details</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="208" />
        <source>Gegevens uit de zaak worden automatisch ingevuld. Ontbreekt er iets, dan vraagt de brief erom na 'Voorbeeld maken'.</source>
        <translation>Details from the case are filled in automatically. If something is missing, the letter asks for it after 'Preview'.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="212" />
        <source>&amp;Geadresseerde:</source>
        <translation>&amp;Recipient:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="213" />
        <source>&amp;Voorbeeld maken</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="204" />
        <source>Soort &amp;brief:</source>
        <translation>&amp;Kind of letter:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="214" />
        <source>Archiveren in &amp;dossier</source>
        <translation>&amp;File in dossier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="215" />
        <source>Verzonden &amp;op:</source>
        <translation>Sent &amp;on:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="216" />
        <source>Aange&amp;tekend nummer:</source>
        <translation>Registered-&amp;mail number:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="217" />
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="218" />
        <source>&amp;Kopie opslaan…</source>
        <translation>&amp;Save a copy…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="219" />
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="246" />
        <source>Past niet bij het besluit in deze zaak.</source>
        <translation>Does not fit this case's decision.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="271" />
        <source>bijv. 24-11-2026</source>
        <translation>e.g. 24-11-2026</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="286" />
        <source>Voorbeeld wordt gemaakt…</source>
        <translation>Creating the preview…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="312" />
        <source>Dit is de echte brief. Controleer hem en kies 'Archiveren in dossier'.</source>
        <translation>This is the real letter. Check it and choose 'File in dossier'.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="352" />
        <source>Gearchiveerd in {dossier}: {count} document(en).</source>
        <translation>Filed in {dossier}: {count} document(s).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="370" />
        <source>Afgedrukt: {pages} pagina('s).</source>
        <translation>Printed: {pages} page(s).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="392" />
        <source>Kopie opgeslagen: {path}</source>
        <translation>Copy saved: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="404" />
        <source>Brief niet gearchiveerd</source>
        <translation>Letter not filed</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="405" />
        <source>De brief is nog niet in het dossier gearchiveerd. Toch sluiten?</source>
        <translation>The letter has not been filed in the dossier yet. Close anyway?</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/dialogs/login.py" line="53" />
        <source>Inloggen</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="54" />
        <source>Log in met uw eigen account. Wat u doet, wordt op uw naam in de audittrail vastgelegd.</source>
        <translation>Log in with your own account. What you do is recorded in the audit trail under your name.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="56" />
        <source>&amp;Gebruikersnaam:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="57" />
        <source>&amp;Wachtwoord:</source>
        <translation>&amp;Password:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="223" />
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224" />
        <source>Beel&amp;d</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225" />
        <source>&amp;Ga naar</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="228" />
        <source>&amp;Nieuw incident…</source>
        <translation>&amp;New incident…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="229" />
        <source>&amp;Zoeken</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230" />
        <source>&amp;Vernieuwen</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="231" />
        <source>&amp;Demobestuur laden…</source>
        <translation>Load &amp;demo board…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="232" />
        <source>&amp;Back-up maken…</source>
        <translation>Make &amp;backup…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="233" />
        <source>Back-up &amp;terugzetten…</source>
        <translation>&amp;Restore backup…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="234" />
        <source>&amp;Wachtwoord wijzigen…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="235" />
        <source>&amp;Vergrendelen</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="236" />
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="237" />
        <source>&amp;Over Casemanager…</source>
        <translation>&amp;About Casemanager…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238" />
        <source>&amp;Handleiding</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239" />
        <source>Bezig…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244" />
        <source>Gebruiker: {name}</source>
        <translation>User: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246" />
        <source>Bestuur: {board}</source>
        <translation>Board: {board}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="326" />
        <source>Vernieuwd</source>
        <translation>Refreshed</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="343" />
        <source>Incident {id} geregistreerd</source>
        <translation>Incident {id} registered</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="379" />
        <source>Demobestuur laden…</source>
        <translation>Loading the demo board…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="389" />
        <source>Demobestuur geladen: {schools} scholen, {people} personen, {incidents} incidenten.</source>
        <translation>Demo board loaded: {schools} schools, {people} people, {incidents} incidents.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="406" />
        <source>Back-up</source>
        <translation>Backup</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../ui/pages/people.py" line="120" />
        <location filename="../../ui/pages/people.py" line="123" />
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="124" />
        <source>Persoon &amp;toevoegen…</source>
        <translation>&amp;Add person…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="125" />
        <source>I&amp;mporteren…</source>
        <translation>I&amp;mport…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="126" />
        <source>Persoon be&amp;werken…</source>
        <translation>&amp;Edit person…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="127" />
        <source>&amp;Incident voor deze persoon…</source>
        <translation>&amp;Incident for this person…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="128" />
        <source>&amp;Zoeken:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="129" />
        <source>Zoek op voor- of achternaam…</source>
        <translation>Search by first or last name…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="132" />
        <source>Gesorteerd op achternaam zonder tussenvoegsel. Dubbelklik of Enter opent het dossier.</source>
        <translation>Sorted on last name, ignoring the name prefix. Double-click or Enter opens the dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="139" />
        <source>(alle soorten)</source>
        <translation>(all kinds)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="161" />
        <source>(alle scholen)</source>
        <translation>(all schools)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="201" />
        <source>Persoon toegevoegd.</source>
        <translation>Person added.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="221" />
        <source>Wijzigingen opgeslagen.</source>
        <translation>Changes saved.</translation>
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
        <location filename="../../ui/pages/people.py" line="239" />
        <source>Persoon toevoegen</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="239" />
        <source>Persoon bewerken</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="249" />
        <source>bijv. van der</source>
        <translation>e.g. van der</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="253" />
        <location filename="../../ui/pages/people.py" line="356" />
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="254" />
        <source>heer</source>
        <translation>Mr</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="255" />
        <source>mevrouw</source>
        <translation>Ms</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="260" />
        <source>Straat 1, 1234 AB Plaats</source>
        <translation>Street 1, 1234 AB Town</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="263" />
        <source>heeft ouderlijk ge&amp;zag</source>
        <translation>has parental a&amp;uthority</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="269" />
        <source>Soor&amp;t:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="271" />
        <source>T&amp;ussenvoegsel:</source>
        <translation>Name &amp;prefix:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="273" />
        <source>Aan&amp;hef:</source>
        <translation>Salu&amp;tation:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="276" />
        <source>Geboorte&amp;datum:</source>
        <translation>Date of &amp;birth:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="277" />
        <source>Ad&amp;res:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="279" />
        <source>Ouder va&amp;n:</source>
        <translation>Parent &amp;of:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="268" />
        <source>&amp;School:</source>
        <translation>&amp;School:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="270" />
        <source>&amp;Voornaam:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="272" />
        <source>&amp;Achternaam:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="274" />
        <source>&amp;Functie:</source>
        <translation>F&amp;unction:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="275" />
        <source>&amp;Groep:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="278" />
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="291" />
        <source>&amp;Opslaan</source>
        <translation>S&amp;ave</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="292" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PoliceReportDialog</name>
    <message>
        <location filename="../../ui/dialogs/police.py" line="61" />
        <source>Aangifte vastleggen – {ref}</source>
        <translation>Record a police report – {ref}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/police.py" line="63" />
        <source>Leg vast wanneer en bij welke politie-eenheid aangifte is gedaan. Bij een redelijk vermoeden na overleg met de vertrouwensinspecteur worden de ouders en de betrokken medewerker vooraf ingelicht: vermeld wie en wanneer.</source>
        <translation>Record when and with which police unit the report was filed. With a reasonable suspicion after consulting the confidential inspector, the parents and the staff member concerned are told beforehand: state who and when.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/police.py" line="66" />
        <source>&amp;Datum aangifte:</source>
        <translation>Report &amp;date:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/police.py" line="67" />
        <source>&amp;Politie-eenheid:</source>
        <translation>&amp;Police unit:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/police.py" line="68" />
        <source>&amp;Registratienummer:</source>
        <translation>Registration &amp;number:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/police.py" line="69" />
        <source>Aangifte &amp;gedaan door:</source>
        <translation>Reported &amp;by:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/police.py" line="70" />
        <source>Vooraf &amp;ingelicht:</source>
        <translation>&amp;Informed beforehand:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/police.py" line="72" />
        <source>&amp;Vastleggen</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/police.py" line="73" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../../ui/pages/privacy.py" line="359" />
        <location filename="../../ui/pages/privacy.py" line="362" />
        <source>Privacy (AVG)</source>
        <translation>Privacy (GDPR)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy.py" line="364" />
        <source>Bewaartermijnen: een dossier wordt vernietigd als de termijn na vertrek is verstreken (instelbaar bij Instellingen › Wettelijke termijnen); een bewaarplicht of de Archiefwet houdt het tegen. Inzageverzoeken: eerst de identiteit controleren, dan binnen een maand beantwoorden (art. 15 AVG); verlengen met twee maanden kan binnen die maand, met de reden (art. 12 lid 3).</source>
        <translation>Retention: a dossier is destroyed once its term after leaving has passed (set in Settings › Legal terms); a legal hold or the Archives Act stops it. Access requests: check the identity first, then answer within one month (GDPR art. 15); an extension by two months is possible within that month, with the reason (art. 12(3)).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy.py" line="369" />
        <source>Bewaartermijnen en vernietiging</source>
        <translation>Retention and destruction</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy.py" line="370" />
        <source>Ver&amp;trekdatum…</source>
        <translation>Leaving da&amp;te…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy.py" line="371" />
        <source>Be&amp;waarplicht…</source>
        <translation>Legal h&amp;old…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy.py" line="372" />
        <source>Bewaarplicht &amp;opheffen</source>
        <translation>Re&amp;lease the hold</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy.py" line="373" />
        <source>&amp;Vernietigen…</source>
        <translation>&amp;Destroy…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy.py" line="374" />
        <source>&amp;Archiefwet…</source>
        <translation>&amp;Archives Act…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy.py" line="376" />
        <source>&amp;Identiteit gecontroleerd…</source>
        <translation>&amp;Identity checked…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy.py" line="377" />
        <source>Ver&amp;lengen…</source>
        <translation>E&amp;xtend…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy.py" line="378" />
        <source>Inzageverzoeken</source>
        <translation>Access requests</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy.py" line="375" />
        <source>Ar&amp;chiefwet opheffen</source>
        <translation>Lift the Archives A&amp;ct flag</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy.py" line="379" />
        <source>Verzoek regi&amp;streren…</source>
        <translation>Register a req&amp;uest…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy.py" line="380" />
        <source>&amp;Exporteren…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy.py" line="404" />
        <source>Kies eerst een persoon in de lijst.</source>
        <translation>First choose a person in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy.py" line="479" />
        <source>Er is nu niets te vernietigen.</source>
        <translation>There is nothing to destroy now.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy.py" line="491" />
        <source>{count} persoon/personen vernietigd; vernietigingsverslag: document {report}.</source>
        <translation>{count} person(s) destroyed; destruction report: document {report}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy.py" line="494" />
        <source>Niet vernietigd wegens een bewaarplicht: {ids}.</source>
        <translation>Not destroyed because of a legal hold: {ids}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy.py" line="497" />
        <source>Niet vernietigd wegens de Archiefwet: {ids}.</source>
        <translation>Not destroyed because of the Archives Act: {ids}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy.py" line="500" />
        <source>Niet vernietigd omdat de gegevens ook in een dossier staan dat blijft: {ids}.</source>
        <translation>Not destroyed because the data is also part of a dossier that stays: {ids}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy.py" line="518" />
        <source>Kies een persoon en een geldige ontvangstdatum.</source>
        <translation>Choose a person and a valid date received.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy.py" line="529" />
        <source>Kies eerst een inzageverzoek in de lijst.</source>
        <translation>First choose an access request in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy.py" line="559" />
        <source>Inzageverzoek verlengd tot {date}; laat de verzoeker dit met de reden weten.</source>
        <translation>Access request extended to {date}; tell the requester, with the reason.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy.py" line="583" />
        <source>Opgeslagen: {pdf} en {json}.</source>
        <translation>Saved: {pdf} and {json}.</translation>
    </message>
</context>
<context>
    <name>ProceduresDialog</name>
    <message>
        <location filename="../../ui/dialogs/procedures_dialog.py" line="174" />
        <source>Procedures – {ref}</source>
        <translation>Procedures – {ref}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/procedures_dialog.py" line="176" />
        <source>Route en art. &amp;4a WPO</source>
        <translation>Track and WPO art. &amp;4a</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/procedures_dialog.py" line="176" />
        <source>Schorsing als &amp;ordemaatregel</source>
        <translation>Suspension as an &amp;order measure</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/procedures_dialog.py" line="177" />
        <source>&amp;Kennisgevingen</source>
        <translation>&amp;Notices</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/procedures_dialog.py" line="177" />
        <source>&amp;Informatie ouder zonder gezag</source>
        <translation>&amp;Information to a parent without authority</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/procedures_dialog.py" line="182" />
        <source>&amp;Van:</source>
        <translation>Fro&amp;m:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/procedures_dialog.py" line="182" />
        <source>&amp;Tot en met:</source>
        <translation>Up &amp;to and including:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/procedures_dialog.py" line="183" />
        <source>&amp;Dringend noodzakelijk omdat:</source>
        <translation>&amp;Urgently necessary because:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/procedures_dialog.py" line="184" />
        <source>&amp;Verlenging:</source>
        <translation>E&amp;xtension:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/procedures_dialog.py" line="185" />
        <source>&amp;Grond verlenging:</source>
        <translation>&amp;Ground for extension:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/procedures_dialog.py" line="187" />
        <source>verleng de laatste schorsing (nieuw besluit)</source>
        <translation>extend the latest suspension (a new decision)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/procedures_dialog.py" line="188" />
        <location filename="../../ui/dialogs/procedures_dialog.py" line="205" />
        <source>&amp;Verzonden op:</source>
        <translation>&amp;Sent on:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/procedures_dialog.py" line="189" />
        <source>&amp;Aangetekend nr.:</source>
        <translation>Registered &amp;mail no.:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/procedures_dialog.py" line="190" />
        <source>&amp;Zienswijze:</source>
        <translation>&amp;Response:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/procedures_dialog.py" line="193" />
        <source>Leg vast wanneer het bevoegd gezag zelf de melding ontving (melden aan de directeur is niet genoeg). Overleg daarna direct met de vertrouwensinspecteur, vóór de medewerker wordt ingelicht.</source>
        <translation>Record when the board itself received the report (telling the director is not enough). Then consult the confidential inspector at once, before the employee is told.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/procedures_dialog.py" line="196" />
        <source>&amp;Ontvangen op:</source>
        <translation>&amp;Received at:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/procedures_dialog.py" line="197" />
        <source>Ontvangen &amp;door:</source>
        <translation>Received &amp;by:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/procedures_dialog.py" line="198" />
        <source>Melding bij bevoegd gezag &amp;vastleggen</source>
        <translation>&amp;Record the report to the board</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/procedures_dialog.py" line="199" />
        <source>Route op&amp;slaan</source>
        <translation>&amp;Save the track</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/procedures_dialog.py" line="200" />
        <source>Ordemaatregel &amp;besluiten</source>
        <translation>&amp;Decide the order measure</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/procedures_dialog.py" line="201" />
        <source>&amp;Brief versturen en archiveren</source>
        <translation>Send and &amp;file the letter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/procedures_dialog.py" line="202" />
        <source>Zienswijze &amp;vastleggen</source>
        <translation>Record the res&amp;ponse</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/procedures_dialog.py" line="203" />
        <source>Leerplichtambtenaar (verwijdering, schorsing)</source>
        <translation>Attendance officer (removal, suspension)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/procedures_dialog.py" line="204" />
        <source>Inspectie (schorsing &gt; 1 dag, verwijdering)</source>
        <translation>Inspectie (suspension &gt; 1 day, removal)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/procedures_dialog.py" line="205" />
        <source>&amp;Aan:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/procedures_dialog.py" line="206" />
        <source>A&amp;dres (anders uit instellingen):</source>
        <translation>A&amp;ddress (else from the settings):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/procedures_dialog.py" line="208" />
        <source>Kennisgeving &amp;maken en archiveren</source>
        <translation>&amp;Make and file the notice</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/procedures_dialog.py" line="210" />
        <source>Een ouder zonder ouderlijk gezag krijgt op verzoek informatie over het kind (art. 1:377c BW). Dit is informatie, geen besluit.</source>
        <translation>A parent without parental authority is informed about the child on request (BW 1:377c). This is information, not a decision.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/procedures_dialog.py" line="212" />
        <source>&amp;Ouder:</source>
        <translation>&amp;Parent:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/procedures_dialog.py" line="212" />
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/procedures_dialog.py" line="213" />
        <source>&amp;Toelichting:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/procedures_dialog.py" line="215" />
        <source>&amp;Verzoek vastleggen</source>
        <translation>Record the &amp;request</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/procedures_dialog.py" line="216" />
        <source>Informatie&amp;brief versturen</source>
        <translation>Send the information &amp;letter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/procedures_dialog.py" line="256" />
        <source>brief verstuurd</source>
        <translation>letter sent</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/procedures_dialog.py" line="256" />
        <source>brief nog niet verstuurd</source>
        <translation>letter not sent yet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/procedures_dialog.py" line="258" />
        <source>{start} t/m {end} ({days} dagen) – {state}</source>
        <translation>{start} to {end} ({days} days) – {state}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/procedures_dialog.py" line="328" />
        <source>Er is geen ordemaatregel zonder verstuurde brief.</source>
        <translation>There is no order measure whose letter is still to be sent.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/procedures_dialog.py" line="341" />
        <source>Er is geen ordemaatregel zonder vastgelegde zienswijze.</source>
        <translation>There is no order measure whose response is still to be recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/procedures_dialog.py" line="364" />
        <source>Deze leerling heeft geen ouder zonder ouderlijk gezag.</source>
        <translation>This pupil has no parent without parental authority.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/pages/privacy.py" line="96" />
        <source>&amp;Reden:</source>
        <translation>&amp;Reason:</translation>
    </message>
</context>
<context>
    <name>ReportsMenu</name>
    <message>
        <location filename="../../ui/reports_menu.py" line="41" />
        <source>&amp;Rapporten</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <location filename="../../ui/reports_menu.py" line="42" />
        <source>&amp;Jaarverslag zonder namen (bestuur en GMR)…</source>
        <translation>&amp;Annual report without names (board and GMR)…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_menu.py" line="43" />
        <source>&amp;Verwerkingsregister (AVG art. 30)…</source>
        <translation>&amp;Processing register (GDPR art. 30)…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_menu.py" line="50" />
        <location filename="../../ui/reports_menu.py" line="66" />
        <source>Jaarverslag</source>
        <translation>Annual report</translation>
    </message>
    <message>
        <location filename="../../ui/reports_menu.py" line="51" />
        <source>Over welk jaar?</source>
        <translation>Which year?</translation>
    </message>
    <message>
        <location filename="../../ui/reports_menu.py" line="56" />
        <source>Verder</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../ui/reports_menu.py" line="57" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/reports_menu.py" line="65" />
        <source>Jaarverslag opslaan</source>
        <translation>Save annual report</translation>
    </message>
    <message>
        <location filename="../../ui/reports_menu.py" line="72" />
        <source>Verwerkingsregister opslaan</source>
        <translation>Save processing register</translation>
    </message>
    <message>
        <location filename="../../ui/reports_menu.py" line="73" />
        <source>Verwerkingsregister</source>
        <translation>Processing register</translation>
    </message>
    <message>
        <location filename="../../ui/reports_menu.py" line="96" />
        <source>Opgeslagen als {path}.</source>
        <translation>Saved as {path}.</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../ui/pages/privacy.py" line="204" />
        <source>Inzageverzoek registreren</source>
        <translation>Register an access request</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy.py" line="213" />
        <source>&amp;Over:</source>
        <translation>&amp;About:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy.py" line="214" />
        <source>&amp;Van (verzoeker):</source>
        <translation>&amp;From (requester):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy.py" line="215" />
        <source>O&amp;ntvangen op:</source>
        <translation>R&amp;eceived on:</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../ui/pages/settings_accounts.py" line="331" />
        <source>Wachtwoord resetten</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_accounts.py" line="333" />
        <source>Een nieuw wachtwoord voor {name} ({user}); een blokkade na te veel pogingen vervalt. Geef het wachtwoord persoonlijk door.</source>
        <translation>A new password for {name} ({user}); a lock after too many attempts is lifted. Pass the password on in person.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_accounts.py" line="336" />
        <source>&amp;Nieuw wachtwoord (12+ tekens):</source>
        <translation>&amp;New password (12+ characters):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_accounts.py" line="337" />
        <source>Wachtwoord &amp;herhalen:</source>
        <translation>R&amp;epeat password:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_accounts.py" line="338" />
        <source>&amp;Resetten</source>
        <translation>&amp;Reset</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_accounts.py" line="338" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../ui/pages/consent.py" line="528" />
        <source>Jaarlijkse herziening</source>
        <translation>Yearly review</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="530" />
        <source>{name}: de keuzes zoals ze nu staan zijn opnieuw bevestigd. Een gewijzigde keuze legt u vast met geven, weigeren of intrekken.</source>
        <translation>{name}: the choices as they stand were confirmed again. Record a changed choice with give, refuse or withdraw.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="532" />
        <source>(niet vastgelegd)</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="533" />
        <source>&amp;Bevestigd door:</source>
        <translation>&amp;Confirmed by:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="534" />
        <source>D&amp;atum:</source>
        <translation>D&amp;ate:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="535" />
        <source>&amp;Hoe:</source>
        <translation>&amp;How:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="536" />
        <source>&amp;Vastleggen</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="538" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="304" />
        <location filename="../../ui/pages/settings.py" line="307" />
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="308" />
        <source>&amp;Algemeen</source>
        <translation>Gener&amp;al</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="310" />
        <source>&amp;Voorstelbeleid</source>
        <translation>&amp;Proposal policy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="311" />
        <source>&amp;Wettelijke termijnen</source>
        <translation>&amp;Legal terms</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="314" />
        <source>School&amp;kalender</source>
        <translation>School cal&amp;endar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="319" />
        <source>U werkt als {name} ({role}).</source>
        <translation>You are working as {name} ({role}).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="324" />
        <source>Bestuur</source>
        <translation>Board</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="331" />
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="328" />
        <location filename="../../ui/pages/settings.py" line="526" />
        <source>School: briefhoofd en ondertekening</source>
        <translation>School: letterhead and signature</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="336" />
        <source>&amp;Ondertekenaar:</source>
        <translation>Signator&amp;y:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="337" />
        <source>&amp;Functie ondertekenaar:</source>
        <translation>Signatory's f&amp;unction:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="338" />
        <source>&amp;Mandaat:</source>
        <translation>&amp;Mandate:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="348" />
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="352" />
        <location filename="../../ui/pages/settings.py" line="527" />
        <source>School o&amp;pslaan</source>
        <translation>Save sch&amp;ool</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="355" />
        <source>De basismaatregel per ernst en soort betrokkene. Per eerdere maatregel in de gekozen periode gaat het voorstel een stap omhoog. Ontslag op staande voet wordt alleen voorgesteld bij ernst 4 met een dringende reden.</source>
        <translation>The base measure per severity and kind of subject. Each earlier measure in the chosen period moves the proposal one step up. Summary dismissal is proposed only at severity 4 with an urgent reason.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="369" />
        <source>de hoogste as</source>
        <translation>the highest axis</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="370" />
        <source>het gemiddelde, naar boven afgerond</source>
        <translation>the mean, rounded half up</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="375" />
        <source>&amp;Stappen omhoog per eerdere maatregel:</source>
        <translation>&amp;Steps up per earlier measure:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="380" />
        <source>Termijnen en artikelnummers die de wet niet eenduidig vastlegt, stelt het bestuur zelf in. Ze komen terug in brieven en termijnen.</source>
        <translation>Terms and article numbers the law does not fix unambiguously are set by the board. They appear in letters and deadlines.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="386" />
        <source>Termijnen &amp;opslaan</source>
        <translation>&amp;Save terms</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="350" />
        <location filename="../../ui/pages/settings.py" line="515" />
        <location filename="../../ui/pages/settings.py" line="554" />
        <source>(geen logo)</source>
        <translation>(no logo)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="309" />
        <source>Bestuur &amp;en scholen</source>
        <translation>&amp;Board and schools</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="312" />
        <source>Briefs&amp;jablonen</source>
        <translation>Letter &amp;templates</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="316" />
        <source>Taa&amp;l / Language:</source>
        <translation>Taal / Lang&amp;uage:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="317" />
        <source>Vergrendelen &amp;na (minuten zonder activiteit):</source>
        <translation>Loc&amp;k after (minutes without activity):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="323" />
        <source>Dem&amp;obestuur laden</source>
        <translation>Load demo b&amp;oard</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="325" />
        <source>Naam:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="326" />
        <source>Adres:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="327" />
        <source>Bestuur opslaan</source>
        <translation>Save board</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="329" />
        <source>Schoo&amp;l toevoegen</source>
        <translation>Ne&amp;w school</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="332" />
        <source>BR&amp;IN-code:</source>
        <translation>BR&amp;IN code:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="333" />
        <source>Denominatie:</source>
        <translation>Denomination:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="334" />
        <source>Adre&amp;s:</source>
        <translation>Addre&amp;ss:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="335" />
        <source>Directeur:</source>
        <translation>Director:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="339" />
        <source>Telefoon:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="340" />
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="351" />
        <source>Logo kie&amp;zen…</source>
        <translation>Pic&amp;k logo…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="367" />
        <source>T&amp;otale ernst uit de drie assen:</source>
        <translation>&amp;Overall severity from the three axes:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="376" />
        <source>Eerdere &amp;maatregelen tellen (maanden):</source>
        <translation>Count earlier &amp;measures (months):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="377" />
        <source>Beleid o&amp;pslaan</source>
        <translation>Save polic&amp;y</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="517" />
        <source>Nieuwe school</source>
        <translation>New school</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="579" />
        <source>Het bestuur is opgeslagen.</source>
        <translation>The board has been saved.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="603" />
        <source>De gegevens van {school} zijn opgeslagen.</source>
        <translation>The details of {school} have been saved.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="625" />
        <source>{school} is toegevoegd.</source>
        <translation>{school} has been added.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="650" />
        <source>Logo kiezen</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="652" />
        <source>Afbeeldingen (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="579" />
        <location filename="../../ui/pages/settings.py" line="641" />
        <location filename="../../ui/pages/settings.py" line="686" />
        <location filename="../../ui/pages/settings.py" line="699" />
        <source>Opgeslagen</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="518" />
        <source>Nieuwe school o&amp;pslaan</source>
        <translation>Save new sch&amp;ool</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="686" />
        <source>Het voorstelbeleid is opgeslagen.</source>
        <translation>The proposal policy has been saved.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="699" />
        <source>De termijnen zijn opgeslagen.</source>
        <translation>The terms have been saved.</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../ui/dialogs/step.py" line="101" />
        <source>Processtap vastleggen – {ref}</source>
        <translation>Record a procedure step – {ref}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/step.py" line="105" />
        <source>&amp;Stap:</source>
        <translation>&amp;Step:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/step.py" line="106" />
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/step.py" line="107" />
        <source>&amp;Toelichting:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/step.py" line="108" />
        <source>Ontvangende sch&amp;ool:</source>
        <translation>Receiving sc&amp;hool:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/step.py" line="109" />
        <source>&amp;Bevestiging:</source>
        <translation>&amp;Confirmation:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/step.py" line="110" />
        <source>&amp;Aangetekend nr.:</source>
        <translation>Registered &amp;mail no.:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/step.py" line="113" />
        <source>&amp;Vastleggen</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/step.py" line="114" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../ui/pages/template_editor.py" line="157" />
        <source>Pas de tekst van een brief aan. Velden staan als ${naam}; onbekende velden worden geweigerd. Een gewijzigd sjabloon geldt alleen voor nieuwe brieven: gearchiveerde brieven veranderen nooit.</source>
        <translation>Edit the text of a letter. Fields are written as ${name}; unknown fields are refused. A changed template applies to new letters only: filed letters never change.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/template_editor.py" line="160" />
        <source>Voorbeeld met &amp;zaak:</source>
        <translation>Preview &amp;with case:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/template_editor.py" line="161" />
        <source>Sjabloon &amp;opslaan</source>
        <translation>&amp;Save template</translation>
    </message>
    <message>
        <location filename="../../ui/pages/template_editor.py" line="162" />
        <source>Standaardtekst &amp;herstellen</source>
        <translation>&amp;Restore standard text</translation>
    </message>
    <message>
        <location filename="../../ui/pages/template_editor.py" line="248" />
        <source>De tekst is in orde.</source>
        <translation>The text is fine.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/template_editor.py" line="281" />
        <source>Geen voorbeeld met deze zaak: {reason}</source>
        <translation>No preview with this case: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/template_editor.py" line="293" />
        <source>Opgeslagen. Nieuwe brieven gebruiken deze tekst.</source>
        <translation>Saved. New letters use this text.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/template_editor.py" line="303" />
        <source>Standaardtekst herstellen</source>
        <translation>Restore standard text</translation>
    </message>
    <message>
        <location filename="../../ui/pages/template_editor.py" line="304" />
        <source>De eigen tekst van het bestuur voor dit sjabloon vervalt. Doorgaan?</source>
        <translation>The board's own text for this template will be discarded. Continue?</translation>
    </message>
</context>
<context>
    <name>TrackBox</name>
    <message>
        <location filename="../../ui/dialogs/track_box.py" line="53" />
        <source>Vermoeden &amp;zedendelict door medewerker tegen leerling (art. 4a WPO)</source>
        <translation>Suspected se&amp;xual offence by staff against a pupil (WPO art. 4a)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/track_box.py" line="56" />
        <source>Huiselijk geweld of kindermishandeling thuis (Meldcode, geen art. 4a)</source>
        <translation>Domestic violence or child abuse at home (Meldcode, not art. 4a)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/track_box.py" line="58" />
        <source>Bericht van een medewerker over de school</source>
        <translation>A staff member's post about the school</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/track_box.py" line="59" />
        <source>…met de mededeling dat het een persoonlijke mening is (C4)</source>
        <translation>…stating that it is a personal opinion (C4)</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/idle_lock.py" line="85" />
        <source>Vergrendeld – Casemanager</source>
        <translation>Locked – Casemanager</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="87" />
        <source>Casemanager is vergrendeld omdat er even niets gebeurde. Geef uw wachtwoord om verder te werken; wat open stond, staat nog open.</source>
        <translation>Casemanager is locked because nothing happened for a while. Give your password to continue; what was open is still open.</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="89" />
        <source>Gebruikersnaam:</source>
        <translation>Username:</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="90" />
        <source>&amp;Wachtwoord:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="91" />
        <source>&amp;Ontgrendelen</source>
        <translation>&amp;Unlock</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/i18n.py" line="148" />
        <source>Casemanager Sociale Media</source>
        <translation>Casemanager Social Media</translation>
    </message>
</context>
<context>
    <name>daily_backup</name>
    <message>
        <location filename="../../ui/daily_backup.py" line="21" />
        <source>De dagelijkse back-up is gemaakt: {file}</source>
        <translation>The daily backup was made: {file}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="42" />
        <location filename="../../ui/errors.py" line="75" />
        <source>Niet mogelijk</source>
        <translation>Not possible</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="69" />
        <source>Niet gelukt</source>
        <translation>Did not work</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="86" />
        <source>Onverwachte fout</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="88" />
        <source>Er ging onverwacht iets mis. Wat u hebt ingevuld, is niet verloren gegaan; probeer het opnieuw of neem contact op met de beheerder.</source>
        <translation>Something went wrong unexpectedly. What you typed has not been lost; try again or contact your administrator.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="95" />
        <source>Details staan in het logbestand:
{path}</source>
        <translation>Details are in the log file:
{path}</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="101" />
        <source>Logmap openen</source>
        <translation>Open log folder</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="135" />
        <source>Wijzigingen niet opgeslagen</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="136" />
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
        <location filename="../../ui/i18n.py" line="219" />
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="220" />
        <source>voorstel gedaan</source>
        <translation>proposed</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="221" />
        <source>besloten</source>
        <translation>decided</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="222" />
        <source>gesloten</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="231" />
        <source>betrokkene</source>
        <translation>subject</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="232" />
        <source>slachtoffer</source>
        <translation>victim</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="233" />
        <source>getuige</source>
        <translation>witness</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="234" />
        <source>melder</source>
        <translation>reporter</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="241" />
        <source>openbaar</source>
        <translation>public (openbaar)</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="242" />
        <source>bijzonder</source>
        <translation>denominational (bijzonder)</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="249" />
        <source>ja, redelijk vermoeden</source>
        <translation>yes, reasonable suspicion</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="250" />
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="251" />
        <source>onduidelijk</source>
        <translation>unclear</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="258" />
        <source>personeelsdossier</source>
        <translation>personnel dossier</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="259" />
        <source>leerlingendossier</source>
        <translation>pupil dossier</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="260" />
        <source>bewijsstuk</source>
        <translation>evidence</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="272" />
        <source>protocol</source>
        <translation>protocol</translation>
    </message>
</context>
<context>
    <name>pdf</name>
    <message>
        <location filename="../../ui/printing.py" line="214" />
        <location filename="../../ui/printing.py" line="231" />
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="232" />
        <source>De brief wordt naar de printer gestuurd…</source>
        <translation>The letter is being sent to the printer…</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="233" />
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
    <name>refusals</name>
    <message>
        <location filename="../../ui/refusals.py" line="25" />
        <source>Motivering</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="26" />
        <source>Betrokkenen</source>
        <translation>People involved</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="27" />
        <source>Overtreden regels</source>
        <translation>Rules broken</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="28" />
        <source>Hoe</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="29" />
        <source>Vooraf ingelicht</source>
        <translation>Informed beforehand</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="30" />
        <source>Toelichting</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="31" />
        <source>Reden niet ingelicht</source>
        <translation>Reason not informed</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="32" />
        <source>Reden niet gehoord</source>
        <translation>Reason not heard</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="33" />
        <source>Redenen voor de ouders</source>
        <translation>Reasons for the parents</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="34" />
        <source>Begindatum</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="35" />
        <source>Einddatum</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="36" />
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="37" />
        <source>Scholen</source>
        <translation>Schools</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="38" />
        <source>Maatregel</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="39" />
        <source>Soort brief</source>
        <translation>Kind of letter</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="40" />
        <source>Aangetekend nr.</source>
        <translation>Registered mail no.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="41" />
        <source>Ouders/verzorgers</source>
        <translation>Parents/guardians</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="42" />
        <source>Gehoord</source>
        <translation>Heard</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="50" />
        <source>vul ze in bij 'Aanvullende gegevens' in het briefvenster</source>
        <translation>fill them in under 'Additional details' in the letter window</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="52" />
        <source>Instellingen › Bestuur en scholen › School: briefhoofd en ondertekening</source>
        <translation>Settings › Board and schools › School: letterhead and signature</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="54" />
        <source>Instellingen › Bestuur en scholen › Bestuur</source>
        <translation>Settings › Board and schools › Board</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="55" />
        <source>Personen › Persoon bewerken (adres)</source>
        <translation>People › Edit person (address)</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="56" />
        <source>leg het vast in het zaakvenster (stappen, hoorgesprekken)</source>
        <translation>record it in the case window (steps, hearings)</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="97" />
        <source>Waar: {places}.</source>
        <translation>Where: {places}.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="112" />
        <source>Zie het veld ‘{label}’.</source>
        <translation>See the field ‘{label}’.</translation>
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
        <location filename="../../ui/dialogs/startup.py" line="29" />
        <source>Er is nog geen database op {path}. Maak een nieuwe database of kies een ander bestand.</source>
        <translation>There is no database at {path} yet. Create a new database or choose another file.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/startup.py" line="36" />
        <source>Nieuwe database maken</source>
        <translation>Create a new database</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/startup.py" line="38" />
        <source>Ander bestand kiezen…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/startup.py" line="40" />
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/startup.py" line="56" />
        <source>Database kiezen</source>
        <translation>Choose a database</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/startup.py" line="58" />
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
        <location filename="../../ui/pages/template_editor.py" line="58" />
        <source>openbaar</source>
        <translation>public (openbaar)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/template_editor.py" line="59" />
        <source>bijzonder</source>
        <translation>denominational (bijzonder)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/template_editor.py" line="61" />
        <source>Klachtregeling (waarschuwing)</source>
        <translation>Complaints procedure (warning)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/template_editor.py" line="62" />
        <source>Beroep medewerker</source>
        <translation>Staff appeal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/template_editor.py" line="63" />
        <source>Ontslag op staande voet</source>
        <translation>Summary dismissal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/template_editor.py" line="64" />
        <source>Toegangsverbod ouder</source>
        <translation>Parent access ban</translation>
    </message>
    <message>
        <location filename="../../ui/pages/template_editor.py" line="65" />
        <source>Besluit leerling</source>
        <translation>Pupil decision</translation>
    </message>
    <message>
        <location filename="../../ui/pages/template_editor.py" line="66" />
        <source>Verwijdering leerling</source>
        <translation>Pupil removal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/template_editor.py" line="76" />
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
        <location filename="../../ui/widgets.py" line="152" />
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="157" />
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="189" />
        <source>Geen geldige datum: typ bijvoorbeeld 16-01-2030.</source>
        <translation>Not a valid date: type for example 16-01-2030.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="248" />
        <source>Bij '{field}' staat '{text}': dat is geen geldige datum. Typ de datum als dag-maand-jaar, bijvoorbeeld 16-01-2030.</source>
        <translation>'{field}' holds '{text}', which is not a valid date. Type the date as day-month-year, for example 16-01-2030.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="253" />
        <source>Vul bij '{field}' een datum in, bijvoorbeeld 16-01-2030.</source>
        <translation>Fill in a date at '{field}', for example 16-01-2030.</translation>
    </message>
</context>
</TS>