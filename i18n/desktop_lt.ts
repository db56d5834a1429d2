<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lt_LT">
<context>
    <name>AccountingExportDialog</name>
    <message>
        <source>Adding invoice %1 of %2…</source>
        <translation>Pridedama sąskaita faktūra %1 iš %2…</translation>
    </message>
    <message>
        <source>Export for the accountant</source>
        <translation>Eksportas buhalteriui</translation>
    </message>
    <message>
        <source>Saved for the accountant in %1: %2</source>
        <translation>Buhalteriui išsaugota aplanke %1: %2</translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation>Nepavyko įrašyti eksporto: %1</translation>
    </message>
    <message>
        <source>Something went wrong. Details are in the log: %1</source>
        <translation>Įvyko klaida. Išsami informacija yra žurnalo faile: %1</translation>
    </message>
    <message>
        <source>Export for the accountant cancelled; nothing was written.</source>
        <translation>Eksportas buhalteriui atšauktas; niekas neįrašyta.</translation>
    </message>
    <message>
        <source>Issued invoices and credit notes of the period (cancelled ones marked) as a CSV that LibreOffice and Excel open, with the tax base and VAT per rate.</source>
        <translation>Laikotarpio išrašytos sąskaitos faktūros ir kreditinės sąskaitos faktūros (anuliuotos pažymėtos) CSV faile, kurį atveria LibreOffice ir Excel, su apmokestinamąja verte ir PVM pagal tarifus.</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Nuo:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Iki:</translation>
    </message>
    <message>
        <source>Also a ZIP with every PDF and ISDOC</source>
        <translation>Taip pat ZIP su visais PDF ir ISDOC failais</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportuoti</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>Restore</source>
        <translation>Atkurti</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archyvuoti</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redaguoti…</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Rodyti archyvuotus</translation>
    </message>
</context>
<context>
    <name>CertTrustDialog</name>
    <message>
        <source>Trust this certificate?</source>
        <translation>Pasitikėti šiuo sertifikatu?</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Pasitikėti šiuo sertifikatu</translation>
    </message>
    <message>
        <source>Faktura will accept exactly this certificate for %1, and no other. Do this only for your own or your company&apos;s server, after checking the fingerprint with whoever runs it.</source>
        <translation>„Faktura“ serveriui %1 priims tik šį sertifikatą ir jokio kito. Tai darykite tik savo arba savo įmonės serveriui, kai kontrolinį kodą patikrinsite su serverį prižiūrinčiu asmeniu.</translation>
    </message>
    <message>
        <source>This server used to show a different certificate. A changed certificate can mean someone is intercepting the connection.</source>
        <translation>Anksčiau šis serveris pateikdavo kitą sertifikatą. Pasikeitęs sertifikatas gali reikšti, kad kažkas perima ryšį.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:
%1

Issued to: %2
Issued by: %3
Valid until: %4</source>
        <translation>SHA-256 kontrolinis kodas:
%1

Kam išduotas: %2
Kas išdavė: %3
Galioja iki: %4</translation>
    </message>
</context>
<context>
    <name>ClientChooser</name>
    <message>
        <source>“%1” is not in your clients yet. Create it?</source>
        <translation>Kliento „%1“ dar nėra Jūsų klientų sąraše. Sukurti?</translation>
    </message>
    <message>
        <source>Type a client&apos;s name</source>
        <translation>Įveskite kliento pavadinimą</translation>
    </message>
    <message>
        <source>Create client</source>
        <translation>Sukurti klientą</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ne dabar</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>Last checked in VIES on %1: valid.</source>
        <translation>Paskutinį kartą tikrinta VIES %1: galiojantis.</translation>
    </message>
    <message>
        <source>Last checked in VIES on %1: not valid.</source>
        <translation>Paskutinį kartą tikrinta VIES %1: negaliojantis.</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Naujas klientas</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klientas</translation>
    </message>
    <message>
        <source>Contact and terms</source>
        <translation>Kontaktai ir sąlygos</translation>
    </message>
    <message>
        <source>E-mails:</source>
        <translation>El. pašto adresai:</translation>
    </message>
    <message>
        <source>Document language:</source>
        <translation>Dokumentų kalba:</translation>
    </message>
    <message>
        <source>Payment terms:</source>
        <translation>Apmokėjimo terminas:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Pastabos:</translation>
    </message>
    <message>
        <source>Attach the ISDOC e-invoice to invoice e-mails</source>
        <translation>Prie sąskaitų faktūrų laiškų pridėti ISDOC e. sąskaitą faktūrą</translation>
    </message>
    <message>
        <source>ISDOC is the Czech e-invoice that accounting programs such as Pohoda, Money S3 and iDoklad import; it is sent next to the PDF.</source>
        <translation>ISDOC – čekiška e. sąskaita faktūra, kurią importuoja apskaitos programos (Pohoda, Money S3, iDoklad); ji siunčiama kartu su PDF.</translation>
    </message>
    <message>
        <source>one or more, separated by commas</source>
        <translation>vienas ar keli, atskirti kableliais</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglų</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>Lietuvių</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Čekų</translation>
    </message>
    <message>
        <source>Company default</source>
        <translation>Pagal įmonės nustatymus</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Išsaugoti</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Name</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <source>Company code</source>
        <translation>Įmonės kodas</translation>
    </message>
    <message>
        <source>VAT code</source>
        <translation>PVM mokėtojo kodas</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>El. pašto adresai</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Šalis</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klientai</translation>
    </message>
    <message>
        <source>Search by name, code or e-mail</source>
        <translation>Ieškoti: pavadinimas, kodas, el. paštas</translation>
    </message>
    <message>
        <source>Add client</source>
        <translation>Pridėti klientą</translation>
    </message>
    <message>
        <source>No clients yet. Add one here, or type a new name in an invoice.</source>
        <translation>Klientų dar nėra. Pridėkite klientą čia arba įveskite naują pavadinimą sąskaitoje faktūroje.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The database is at schema %1.</source>
        <translation>Duomenų bazės schema: %1.</translation>
    </message>
    <message>
        <source>Upgraded to schema %1; the database before the upgrade is in %2.</source>
        <translation>Duomenų bazė atnaujinta iki schemos %1; jos kopija prieš atnaujinimą yra %2.</translation>
    </message>
    <message>
        <source>“%1” is not DESCRIPTION;QTY;UNIT;UNIT_PRICE;VAT.</source>
        <translation>„%1“ neatitinka formato DESCRIPTION;QTY;UNIT;UNIT_PRICE;VAT.</translation>
    </message>
    <message>
        <source>“%1” is no currency code (EUR, CZK, USD …).</source>
        <translation>„%1“ nėra valiutos kodas (EUR, CZK, USD …).</translation>
    </message>
    <message>
        <source>“%1” is no VAT rate: give a percentage (21) or exempt, zero, reverse-charge.</source>
        <translation>„%1“ nėra PVM tarifas: nurodykite procentus (21) arba exempt, zero, reverse-charge.</translation>
    </message>
    <message>
        <source>Your VAT rates: %1.</source>
        <translation>Jūsų PVM tarifai: %1.</translation>
    </message>
    <message>
        <source>Queued for %1; `faktura outbox run` or a running Faktura sends it.</source>
        <translation>Laiškas (%1) įtrauktas į siunčiamų laiškų eilę; jį išsiųs komanda `faktura outbox run` arba veikianti programa „Faktura“.</translation>
    </message>
    <message>
        <source>Another Faktura is using %1: close it or use another data folder.</source>
        <translation>Aplanką %1 naudoja kita programa „Faktura“: uždarykite ją arba naudokite kitą duomenų aplanką.</translation>
    </message>
    <message>
        <source>Something went wrong. Details are in the log: %1</source>
        <translation>Įvyko klaida. Išsami informacija yra žurnalo faile: %1</translation>
    </message>
    <message>
        <source>Stopping after the message being sent…</source>
        <translation>Sustabdoma, kai bus išsiųstas dabar siunčiamas laiškas…</translation>
    </message>
    <message>
        <source>E-mail sending is not set up: install “Email sending via SMTP” in Faktura (Settings → Modules) and fill in the account.</source>
        <translation>El. laiškų siuntimas nenustatytas: programoje „Faktura“ įdiekite modulį „El. laiškų siuntimas per SMTP“ (Nustatymai → Moduliai) ir užpildykite paskyros duomenis.</translation>
    </message>
    <message>
        <source>Stopped; what was done so far stays done.</source>
        <translation>Sustabdyta; tai, kas jau atlikta, išlieka.</translation>
    </message>
    <message>
        <source>The password works and is kept in the keyring.</source>
        <translation>Slaptažodis tinka ir išsaugotas sistemos slaptažodžių saugykloje.</translation>
    </message>
    <message>
        <source>Name the database server with --database postgresql://USER@HOST/DB.</source>
        <translation>Nurodykite duomenų bazės serverį: --database postgresql://NAUDOTOJAS@SERVERIS/DB.</translation>
    </message>
    <message>
        <source>Copy to postgresql://USER@HOST/DATABASE or to sqlite:///NEW-FILE.</source>
        <translation>Kopijuokite į postgresql://NAUDOTOJAS@SERVERIS/DUOMENŲ_BAZĖ arba į sqlite:///NAUJAS-FAILAS.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 slaptažodis: </translation>
    </message>
    <message>
        <source>%1 is not empty: Faktura copies only into an empty database (a new SQLite file, or a server database without tables). Nothing was written.</source>
        <translation>%1 nėra tuščia: „Faktura“ kopijuoja tik į tuščią duomenų bazę (naują SQLite failą arba serverio duomenų bazę be lentelių). Nieko neįrašyta.</translation>
    </message>
    <message>
        <source>The keyring did not keep the password: %1</source>
        <translation>Sistemos slaptažodžių saugykla neišsaugojo slaptažodžio: %1</translation>
    </message>
    <message>
        <source>The copy in %1 does not match the books (%2); do not use it.</source>
        <translation>Kopija %1 nesutampa su duomenimis (%2); jos nenaudokite.</translation>
    </message>
    <message>
        <source>Copied to %1 and checked: %2 invoices, %3 clients, %4 e-mails; the rows of every table and the invoice totals match on both sides.</source>
        <translation>Nukopijuota į %1 ir patikrinta: sąskaitų %2, klientų %3, el. laiškų %4; visų lentelių eilutės ir sąskaitų sumos abiejose pusėse sutampa.</translation>
    </message>
    <message>
        <source>To save the database password: faktura --database URL db password</source>
        <translation>Duomenų bazės slaptažodį išsaugosite taip: faktura --database URL db password</translation>
    </message>
    <message>
        <source>Faktura cannot use the database %1: give postgresql://USER@HOST/DATABASE (or nothing, for the SQLite file in the data folder).</source>
        <translation>„Faktura“ negali naudoti duomenų bazės %1: nurodykite postgresql://NAUDOTOJAS@SERVERIS/DUOMENŲ_BAZĖ (arba nieko – tada naudojamas SQLite failas duomenų aplanke).</translation>
    </message>
    <message>
        <source>No SMTP password is saved: enter it in Faktura&apos;s SMTP settings.</source>
        <translation>SMTP slaptažodis neišsaugotas: įveskite jį programos „Faktura“ SMTP nustatymuose.</translation>
    </message>
    <message>
        <source>The keyring did not give the SMTP password: unlock it and run again.</source>
        <translation>Sistemos slaptažodžių saugykla nepateikė SMTP slaptažodžio: atrakinkite ją ir paleiskite dar kartą.</translation>
    </message>
    <message>
        <source>Sending is paused until the SMTP account is fixed in Faktura (%1: %2).</source>
        <translation>Siuntimas pristabdytas, kol programoje „Faktura“ bus pataisyta SMTP paskyra (%1: %2).</translation>
    </message>
    <message>
        <source>Sent: %1; waiting to retry: %2; failed: %3; uncertain: %4.</source>
        <translation>Išsiųsta: %1; laukia pakartotinio bandymo: %2; nepavyko: %3; būsena neaiški: %4.</translation>
    </message>
    <message>
        <source>There is no invoice %1.</source>
        <translation>Sąskaitos faktūros %1 nėra.</translation>
    </message>
    <message>
        <source>There is no client %1.</source>
        <translation>Kliento %1 nėra.</translation>
    </message>
    <message>
        <source>Not found: %1.</source>
        <translation>Nerasta: %1.</translation>
    </message>
    <message>
        <source>Only an issued invoice can be sent; issue the draft first.</source>
        <translation>Siųsti galima tik išrašytą sąskaitą faktūrą; pirmiausia išrašykite juodraštį.</translation>
    </message>
    <message>
        <source>A cancelled invoice cannot be sent.</source>
        <translation>Anuliuotos sąskaitos faktūros siųsti negalima.</translation>
    </message>
    <message>
        <source>The client has no e-mail address; give one with --to.</source>
        <translation>Klientas neturi el. pašto adreso; nurodykite jį parinktimi --to.</translation>
    </message>
    <message>
        <source>A draft has no number yet, so it cannot be an ISDOC; issue it first.</source>
        <translation>Juodraštis dar neturi numerio, todėl negali būti ISDOC; pirmiausia jį išrašykite.</translation>
    </message>
    <message>
        <source>ISDOC states every amount also in %1: give the invoice its exchange rate first.</source>
        <translation>ISDOC kiekvieną sumą nurodo ir %1: pirmiausia įrašykite sąskaitos faktūros valiutos kursą.</translation>
    </message>
    <message>
        <source>This credit note does not name the invoice it corrects, which ISDOC requires.</source>
        <translation>Ši kreditinė sąskaita faktūra nenurodo, kurią sąskaitą faktūrą ji taiso, o ISDOC to reikalauja.</translation>
    </message>
    <message>
        <source>An issued invoice cannot be changed; correct it with a credit note.</source>
        <translation>Išrašytos sąskaitos faktūros keisti negalima; pataisykite ją kreditine sąskaita faktūra.</translation>
    </message>
    <message>
        <source>Only a SQLite file can be backed up here; back up a shared database on its server.</source>
        <translation>Čia galima sukurti tik SQLite failo atsarginę kopiją; bendros duomenų bazės atsarginę kopiją darykite jos serveryje.</translation>
    </message>
    <message>
        <source>Invoice %1 is no longer a draft (status: %2); nothing was changed.</source>
        <translation>Sąskaita faktūra %1 jau nebe juodraštis (būsena: %2); niekas nepakeista.</translation>
    </message>
    <message>
        <source>Invoice %1 has the status %2, so it cannot become %3; nothing was changed.</source>
        <translation>Sąskaitos faktūros %1 būsena yra „%2“, todėl ji negali tapti „%3“; niekas nepakeista.</translation>
    </message>
    <message>
        <source>The message cannot change now: %1</source>
        <translation>Laiško dabar pakeisti negalima: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Nepavyko įrašyti %1: %2</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <source>Choose a logo</source>
        <translation>Pasirinkite logotipą</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Paveikslėliai (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Logotipo nėra</translation>
    </message>
    <message>
        <source>Company profile saved.</source>
        <translation>Įmonės profilis išsaugotas.</translation>
    </message>
    <message>
        <source>Company profile</source>
        <translation>Įmonės profilis</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>Jūsų įmonė</translation>
    </message>
    <message>
        <source>Contact and bank</source>
        <translation>Kontaktai ir bankas</translation>
    </message>
    <message>
        <source>Invoice defaults</source>
        <translation>Numatytieji sąskaitų faktūrų nustatymai</translation>
    </message>
    <message>
        <source>Legal basis of the VAT treatment</source>
        <translation>PVM apmokestinimo teisinis pagrindas</translation>
    </message>
    <message>
        <source>Printed on invoices with exempt, 0 % or reverse-charge lines. New invoices start from these texts; each invoice can change its own.</source>
        <translation>Spausdinama sąskaitose faktūrose, kuriose yra neapmokestinamų, 0 % tarifo ar atvirkštinio PVM apmokestinimo eilučių. Naujos sąskaitos faktūros pradedamos šiais tekstais; kiekvienoje jų tekstą galite pakeisti.</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>El. paštas:</translation>
    </message>
    <message>
        <source>IBAN:</source>
        <translation>IBAN:</translation>
    </message>
    <message>
        <source>Bank:</source>
        <translation>Bankas:</translation>
    </message>
    <message>
        <source>BIC / SWIFT:</source>
        <translation>BIC / SWIFT:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Valiuta:</translation>
    </message>
    <message>
        <source>Document language:</source>
        <translation>Dokumentų kalba:</translation>
    </message>
    <message>
        <source>Payment terms:</source>
        <translation>Apmokėjimo terminas:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logotipas:</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglų</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>Lietuvių</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Čekų</translation>
    </message>
    <message>
        <source>Prices include VAT</source>
        <translation>Kainos su PVM</translation>
    </message>
    <message>
        <source>LT12 1000 0111 0100 1000</source>
        <translation>LT12 1000 0111 0100 1000</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pasirinkti…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Pašalinti</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Išsaugoti</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>Not a valid e-mail address: %1</source>
        <translation>Netinkamas el. pašto adresas: %1</translation>
    </message>
    <message>
        <source>Enter at least one recipient.</source>
        <translation>Įveskite bent vieną gavėją.</translation>
    </message>
    <message>
        <source>Enter a subject.</source>
        <translation>Įveskite temą.</translation>
    </message>
    <message>
        <source>Line breaks are not allowed in this field.</source>
        <translation>Šiame lauke eilučių lūžiai neleidžiami.</translation>
    </message>
    <message>
        <source>The PDF could not be read: %1</source>
        <translation>Nepavyko perskaityti PDF failo: %1</translation>
    </message>
    <message>
        <source>E-mail sending is not set up any more.</source>
        <translation>El. laiškų siuntimas nebėra nustatytas.</translation>
    </message>
    <message>
        <source>Invoice %1 is in the outbox and will be sent now.</source>
        <translation>Sąskaita faktūra %1 įtraukta į siunčiamų laiškų eilę ir bus išsiųsta dabar.</translation>
    </message>
    <message>
        <source>Template saved.</source>
        <translation>Šablonas išsaugotas.</translation>
    </message>
    <message>
        <source>Send invoice %1</source>
        <translation>Siųsti sąskaitą faktūrą %1</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Nuo:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Kam:</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>Ko&amp;pija:</translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation>&amp;Slapta kopija:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Attachment:</source>
        <translation>Priedas:</translation>
    </message>
    <message>
        <source>client@example.com, another@example.com</source>
        <translation>klientas@example.com, kitas@example.com</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Siųsti</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Išsaugoti kaip šabloną</translation>
    </message>
    <message>
        <source>Use this subject and text for every invoice in this language</source>
        <translation>Naudoti šią temą ir tekstą visoms šios kalbos sąskaitoms faktūroms</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 (gavėjai: %2)</translation>
    </message>
    <message>
        <source>This invoice was already sent: %1. Sending again makes a second e-mail.</source>
        <translation>Ši sąskaita faktūra jau išsiųsta: %1. Siunčiant dar kartą, bus išsiųstas antras el. laiškas.</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>Copy my books</source>
        <translation>Kopijuoti mano duomenis</translation>
    </message>
    <message>
        <source>Copies every invoice, client, product and e-mail of the books open now into an empty database, then counts both sides. A database that holds anything is refused and left as it is; your books here are only read.</source>
        <translation>Nukopijuoja visas dabar atvertų duomenų sąskaitas faktūras, klientus, prekes ar paslaugas ir el. laiškus į tuščią duomenų bazę, tada suskaičiuoja abi puses. Duomenų bazė, kurioje jau kas nors yra, atmetama ir paliekama nepakeista; jūsų duomenys čia tik skaitomi.</translation>
    </message>
    <message>
        <source>Copy my books to this database</source>
        <translation>Kopijuoti mano duomenis į šią duomenų bazę</translation>
    </message>
    <message>
        <source>Copy my books to a new SQLite file…</source>
        <translation>Kopijuoti mano duomenis į naują SQLite failą…</translation>
    </message>
    <message>
        <source>Use the copy from now on</source>
        <translation>Nuo šiol naudoti kopiją</translation>
    </message>
    <message>
        <source>Give the address of an empty server database above first.</source>
        <translation>Pirmiausia aukščiau nurodykite tuščios serverio duomenų bazės adresą.</translation>
    </message>
    <message>
        <source>Copy my books to a new SQLite file</source>
        <translation>Kopijuoti mano duomenis į naują SQLite failą</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite3)</source>
        <translation>SQLite duomenų bazės (*.sqlite3)</translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>Kopijuojama…</translation>
    </message>
    <message>
        <source>Copying the books</source>
        <translation>Duomenys kopijuojami</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was written.</source>
        <translation>Kopijavimas atšauktas; nieko neįrašyta.</translation>
    </message>
    <message>
        <source>Preparing the copy…</source>
        <translation>Ruošiamasi kopijuoti…</translation>
    </message>
    <message>
        <source>Copied %1 of %2 rows…</source>
        <translation>Nukopijuota %1 iš %2 eilučių…</translation>
    </message>
    <message>
        <source>The copy in %1 does not match your books (%2); do not use it.</source>
        <translation>Kopija %1 nesutampa su jūsų duomenimis (%2); jos nenaudokite.</translation>
    </message>
    <message>
        <source>Copied to %1 and checked on both sides: %2 rows in all (invoices %3, clients %4, products %5, e-mails %6); the rows of every table and the invoice totals match.</source>
        <translation>Nukopijuota į %1 ir patikrinta abiejose pusėse: iš viso eilučių %2 (sąskaitų faktūrų %3, klientų %4, prekių ar paslaugų %5, el. laiškų %6); visų lentelių eilutės ir sąskaitų faktūrų sumos sutampa.</translation>
    </message>
    <message>
        <source>%1 is not empty: Faktura copies only into an empty database (a new SQLite file, or a server database without tables). Nothing was written.</source>
        <translation>%1 nėra tuščia: „Faktura“ kopijuoja tik į tuščią duomenų bazę (naują SQLite failą arba serverio duomenų bazę be lentelių). Nieko neįrašyta.</translation>
    </message>
    <message>
        <source>Give the address as postgresql://USER@SERVER/DATABASE (port optional).</source>
        <translation>Adresą nurodykite taip: postgresql://NAUDOTOJAS@SERVERIS/DUOMENŲ_BAZĖ (prievadas nebūtinas).</translation>
    </message>
    <message>
        <source>Nothing was copied. %1</source>
        <translation>Nieko nenukopijuota. %1</translation>
    </message>
    <message>
        <source>The copy failed (%1); nothing was written.</source>
        <translation>Kopijuoti nepavyko (%1); nieko neįrašyta.</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>Your books are now in the SQLite file %1.</source>
        <translation>Jūsų duomenys dabar yra SQLite faile %1.</translation>
    </message>
    <message>
        <source>Your books are now on the server %1.</source>
        <translation>Jūsų duomenys dabar yra serveryje %1.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Duomenų bazė</translation>
    </message>
    <message>
        <source>Where your books are. Leave the address empty to keep them in the SQLite file in the data folder; give a PostgreSQL server&apos;s address to share them with your team.</source>
        <translation>Kur laikomi jūsų duomenys. Palikite adresą tuščią, kad jie liktų SQLite faile duomenų aplanke; nurodykite PostgreSQL serverio adresą, kad jais dalytumėtės su komanda.</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>saugomas sistemos slaptažodžių saugykloje</translation>
    </message>
    <message>
        <source>Across a network, add ?sslmode=verify-full to the address: Faktura then checks the server&apos;s certificate and name, so nobody in between can read or change the books.</source>
        <translation>Jungdamiesi per tinklą, prie adreso pridėkite ?sslmode=verify-full: tada „Faktura“ patikrina serverio sertifikatą ir pavadinimą, todėl niekas tarpe negali skaityti ar keisti duomenų.</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresas:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Slaptažodis:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tikrinti ryšį</translation>
    </message>
    <message>
        <source>Use this database</source>
        <translation>Naudoti šią duomenų bazę</translation>
    </message>
    <message>
        <source>An empty address means the SQLite file in the data folder.</source>
        <translation>Tuščias adresas reiškia SQLite failą duomenų aplanke.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Jungiamasi…</translation>
    </message>
    <message>
        <source>The server answered and let Faktura in.</source>
        <translation>Serveris atsakė ir įleido „Faktura“.</translation>
    </message>
    <message>
        <source>Give the address as postgresql://USER@SERVER/DATABASE (port optional).</source>
        <translation>Adresą nurodykite taip: postgresql://NAUDOTOJAS@SERVERIS/DUOMENŲ_BAZĖ (prievadas nebūtinas).</translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation>Patikrinti nepavyko: %1</translation>
    </message>
    <message>
        <source>The server refused the user name or the password. Check both and try again.</source>
        <translation>Serveris nepriėmė prisijungimo vardo ar slaptažodžio. Patikrinkite abu ir bandykite dar kartą.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and the port, that the server is running and that this computer can reach it over the network.</source>
        <translation>Serverio pasiekti nepavyksta. Patikrinkite adresą ir prievadą, ar serveris veikia ir ar šis kompiuteris jį pasiekia tinklu.</translation>
    </message>
    <message>
        <source>The server cannot be used now (%1).</source>
        <translation>Serverio dabar naudoti negalima (%1).</translation>
    </message>
</context>
<context>
    <name>DayCount</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n diena</numerusform>
            <numerusform>%n dienos</numerusform>
            <numerusform>%n dienų</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorCommands</name>
    <message>
        <source>This invoice was cancelled meanwhile, in another window or app.</source>
        <translation>Per tą laiką ši sąskaita faktūra buvo anuliuota kitame lange ar programoje.</translation>
    </message>
    <message>
        <source>This invoice was marked as paid meanwhile, in another window or app.</source>
        <translation>Per tą laiką ši sąskaita faktūra buvo pažymėta kaip apmokėta kitame lange ar programoje.</translation>
    </message>
    <message>
        <source>This invoice was issued meanwhile as %1, in another window or app.</source>
        <translation>Per tą laiką ši sąskaita faktūra buvo išrašyta numeriu %1 kitame lange ar programoje.</translation>
    </message>
    <message>
        <source>This invoice was changed meanwhile, in another window or app.</source>
        <translation>Per tą laiką ši sąskaita faktūra buvo pakeista kitame lange ar programoje.</translation>
    </message>
    <message>
        <source>This invoice no longer exists; it was deleted in another window or app.</source>
        <translation>Šios sąskaitos faktūros nebėra; ji buvo ištrinta kitame lange ar programoje.</translation>
    </message>
    <message>
        <source>Your last changes were not saved.</source>
        <translation>Paskutiniai Jūsų pakeitimai neišsaugoti.</translation>
    </message>
    <message>
        <source>Invoice %1 issued.</source>
        <translation>Sąskaita faktūra %1 išrašyta.</translation>
    </message>
    <message>
        <source>PDF export is not available yet.</source>
        <translation>PDF eksportas kol kas negalimas.</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>Nepavyko įrašyti PDF failo: %1</translation>
    </message>
    <message>
        <source>PDF saved: %1</source>
        <translation>PDF išsaugotas: %1</translation>
    </message>
    <message>
        <source>Sending is not available yet.</source>
        <translation>Siuntimas kol kas negalimas.</translation>
    </message>
</context>
<context>
    <name>EditorParties</name>
    <message>
        <source>Client %1 created; add their address and codes on the Clients page.</source>
        <translation>Klientas %1 sukurtas; jo adresą ir kodus įrašykite puslapyje „Klientai“.</translation>
    </message>
</context>
<context>
    <name>EditorUndo</name>
    <message>
        <source>edit</source>
        <extracomment>What a step restores; the rest (id, number, status) always stays as stored.</extracomment>
        <translation>keitimas</translation>
    </message>
</context>
<context>
    <name>EventWords</name>
    <message>
        <source>Created</source>
        <translation>Sukurta</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Išrašyta</translation>
    </message>
    <message>
        <source>Marked as sent</source>
        <translation>Pažymėta kaip išsiųsta</translation>
    </message>
    <message>
        <source>Marked as paid</source>
        <translation>Pažymėta kaip apmokėta</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anuliuota</translation>
    </message>
    <message>
        <source>Payment reversed</source>
        <translation>Apmokėjimas atšauktas</translation>
    </message>
    <message>
        <source>PDF exported</source>
        <translation>Eksportuotas PDF</translation>
    </message>
    <message>
        <source>ISDOC exported</source>
        <translation>Eksportuotas ISDOC</translation>
    </message>
    <message>
        <source>E-mail draft written</source>
        <translation>Įrašytas el. laiško juodraštis</translation>
    </message>
    <message>
        <source>E-mail queued</source>
        <translation>El. laiškas įtrauktas į eilę</translation>
    </message>
    <message>
        <source>E-mail sending started</source>
        <translation>Pradėtas siųsti el. laiškas</translation>
    </message>
    <message>
        <source>E-mail delivered to the server</source>
        <translation>El. laiškas perduotas serveriui</translation>
    </message>
    <message>
        <source>E-mail will be retried</source>
        <translation>El. laiškas bus siunčiamas dar kartą</translation>
    </message>
    <message>
        <source>E-mail failed</source>
        <translation>El. laiško išsiųsti nepavyko</translation>
    </message>
    <message>
        <source>E-mail may not have been sent</source>
        <translation>El. laiškas galėjo būti neišsiųstas</translation>
    </message>
    <message>
        <source>E-mail queued again</source>
        <translation>El. laiškas vėl įtrauktas į eilę</translation>
    </message>
    <message>
        <source>E-mail cancelled</source>
        <translation>El. laiško siuntimas atšauktas</translation>
    </message>
</context>
<context>
    <name>ExchangeRateRows</name>
    <message>
        <source>Exchange rate:</source>
        <translation>Valiutos kursas:</translation>
    </message>
    <message>
        <source>Rate date:</source>
        <translation>Kurso data:</translation>
    </message>
    <message>
        <source>The ČNB rate for the rate date: by default the date of supply, else the issue date.</source>
        <translation>ČNB skelbiamas kurso datos kursas; kurso data pagal nutylėjimą yra tiekimo data, o jei jos nėra – išrašymo data.</translation>
    </message>
    <message>
        <source>The ECB reference rate for the rate date: by default the date of supply, else the issue date.</source>
        <translation>ECB skelbiamas orientacinis kurso datos kursas; kurso data pagal nutylėjimą yra tiekimo data, o jei jos nėra – išrašymo data.</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>This field is required.</source>
        <translation>Šis laukas privalomas.</translation>
    </message>
    <message>
        <source>This text is too long (at most %1 characters).</source>
        <translation>Tekstas per ilgas (ne daugiau kaip %1 simbolių).</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address (name@example.com).</source>
        <translation>Tai nepanašu į el. pašto adresą (vardas@example.com).</translation>
    </message>
    <message>
        <source>The VAT code&apos;s check digits do not match. Please check it.</source>
        <translation>PVM mokėtojo kodo kontroliniai skaitmenys nesutampa. Patikrinkite kodą.</translation>
    </message>
    <message>
        <source>This does not look like an EU VAT code (e.g. LT123456789, CZ12345678).</source>
        <translation>Tai nepanašu į ES PVM mokėtojo kodą (pvz., LT123456789, CZ12345678).</translation>
    </message>
    <message>
        <source>This IBAN is not valid; check the digits (e.g. LT12 1000 0111 0100 1000).</source>
        <translation>Šis IBAN netinkamas; patikrinkite skaitmenis (pvz., LT12 1000 0111 0100 1000).</translation>
    </message>
    <message>
        <source>A Czech IČO has 8 digits with a valid check digit.</source>
        <translation>Čekijos IČO sudaro 8 skaitmenys, o paskutinis, kontrolinis, skaitmuo turi būti teisingas.</translation>
    </message>
    <message>
        <source>A Lithuanian company code has 7 or 9 digits.</source>
        <translation>Lietuvos įmonės kodą sudaro 7 arba 9 skaitmenys.</translation>
    </message>
    <message>
        <source>A BIC has 8 or 11 letters and digits, e.g. HABALT22.</source>
        <translation>BIC sudaro 8 arba 11 raidžių ir skaitmenų, pvz., HABALT22.</translation>
    </message>
    <message>
        <source>This does not look like a Czech account number (e.g. 19-2000145399/0800).</source>
        <translation>Tai nepanašu į Čekijos banko sąskaitos numerį (pvz., 19-2000145399/0800).</translation>
    </message>
    <message>
        <source>Czech invoices name the register entry, e.g. “Zapsán v obchodním rejstříku vedeném Městským soudem v Praze, oddíl C, vložka 12345”.</source>
        <translation>Čekijos sąskaitose faktūrose nurodomas įrašas registre, pvz., „Zapsán v obchodním rejstříku vedeném Městským soudem v Praze, oddíl C, vložka 12345“.</translation>
    </message>
    <message>
        <source>A client with this name already exists.</source>
        <translation>Klientas tokiu pavadinimu jau yra.</translation>
    </message>
    <message>
        <source>Enter a two-letter country code, e.g. PL or DE.</source>
        <translation>Įveskite dviejų raidžių šalies kodą, pvz., PL arba DE.</translation>
    </message>
    <message>
        <source>“%1” is not a number. Use digits, e.g. 1 234,50.</source>
        <translation>„%1“ nėra skaičius. Naudokite skaitmenis, pvz., 1 234,50.</translation>
    </message>
    <message>
        <source>The quantity cannot be negative on an invoice; create a credit note instead.</source>
        <translation>Sąskaitoje faktūroje kiekis negali būti neigiamas; vietoj to sukurkite kreditinę sąskaitą faktūrą.</translation>
    </message>
    <message>
        <source>The discount must be between 0 and 100 %.</source>
        <translation>Nuolaida turi būti nuo 0 iki 100 %.</translation>
    </message>
    <message>
        <source>Use at most 2 decimal places in the discount.</source>
        <translation>Nuolaida gali turėti ne daugiau kaip 2 skaitmenis po kablelio.</translation>
    </message>
    <message>
        <source>Use at most 4 decimal places in the quantity.</source>
        <translation>Kiekis gali turėti ne daugiau kaip 4 skaitmenis po kablelio.</translation>
    </message>
    <message>
        <source>Use at most 4 decimal places in the unit price.</source>
        <translation>Vieneto kaina gali turėti ne daugiau kaip 4 skaitmenis po kablelio.</translation>
    </message>
    <message>
        <source>The total is negative, so this cannot be issued as an invoice. To give money back, create a credit note from the invoice you are correcting.</source>
        <translation>Bendra suma neigiama, todėl sąskaitos faktūros išrašyti negalima. Norėdami grąžinti pinigus, sukurkite kreditinę sąskaitą faktūrą pagal taisomą sąskaitą faktūrą.</translation>
    </message>
    <message>
        <source>Choose one of the VAT rates in the list.</source>
        <translation>Pasirinkite vieną iš sąraše esančių PVM tarifų.</translation>
    </message>
    <message>
        <source>A line has a VAT rate your company does not charge (see VAT payer in the company profile): choose the line&apos;s rate again from the list.</source>
        <translation>Eilutėje nurodytas PVM tarifas, kurio jūsų įmonė netaiko (žr. „PVM mokėtojas“ įmonės profilyje): eilutės tarifą pasirinkite iš sąrašo iš naujo.</translation>
    </message>
    <message>
        <source>Fill in your company profile before issuing an invoice.</source>
        <translation>Prieš išrašydami sąskaitą faktūrą, užpildykite įmonės profilį.</translation>
    </message>
    <message>
        <source>Choose or create a client before issuing.</source>
        <translation>Prieš išrašydami pasirinkite arba sukurkite klientą.</translation>
    </message>
    <message>
        <source>Add at least one line before issuing.</source>
        <translation>Prieš išrašydami pridėkite bent vieną eilutę.</translation>
    </message>
    <message>
        <source>Every line needs a description before issuing.</source>
        <translation>Prieš išrašant kiekviena eilutė turi turėti pavadinimą.</translation>
    </message>
    <message>
        <source>A credit note can only correct an issued invoice.</source>
        <translation>Kreditine sąskaita faktūra galima taisyti tik išrašytą sąskaitą faktūrą.</translation>
    </message>
    <message>
        <source>The quantity is too large: at most %1.</source>
        <translation>Kiekis per didelis: ne daugiau kaip %1.</translation>
    </message>
    <message>
        <source>The unit price is too large: at most %1.</source>
        <translation>Vieneto kaina per didelė: ne daugiau kaip %1.</translation>
    </message>
    <message>
        <source>The line total would be too large: a line may come to at most %1 with VAT.</source>
        <translation>Eilutės suma būtų per didelė: eilutės suma su PVM gali būti ne daugiau kaip %1.</translation>
    </message>
    <message>
        <source>The invoice total would be too large: all lines together may come to at most %1 with VAT.</source>
        <translation>Sąskaitos faktūros suma būtų per didelė: visų eilučių suma su PVM gali būti ne daugiau kaip %1.</translation>
    </message>
    <message>
        <source>The exchange rate is too large: at most %1.</source>
        <translation>Valiutos kursas per didelis: ne daugiau kaip %1.</translation>
    </message>
    <message>
        <source>Some cells are marked red; fix them first.</source>
        <translation>Kai kurie langeliai pažymėti raudonai; pirmiausia juos ištaisykite.</translation>
    </message>
    <message>
        <source>Some fields are marked red; fix them first.</source>
        <translation>Kai kurie laukai pažymėti raudonai; pirmiausia juos ištaisykite.</translation>
    </message>
    <message>
        <source>The exchange rate must be greater than zero.</source>
        <translation>Valiutos kursas turi būti didesnis už nulį.</translation>
    </message>
    <message>
        <source>Use at most 6 decimal places in the exchange rate.</source>
        <translation>Valiutos kursas gali turėti ne daugiau kaip 6 skaitmenis po kablelio.</translation>
    </message>
    <message>
        <source>Enter the exchange rate: the VAT must also be stated in %1.</source>
        <translation>Įveskite valiutos kursą: PVM suma turi būti nurodyta ir valiuta %1.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>Ši reikšmė netinkama.</translation>
    </message>
    <message>
        <source>The description is too long: %2 characters, at most %1 are allowed.</source>
        <translation>Pavadinimas per ilgas: %2 simb., leidžiama ne daugiau kaip %1.</translation>
    </message>
</context>
<context>
    <name>GuidanceText</name>
    <message>
        <source>App password required</source>
        <translation>Reikia programos slaptažodžio</translation>
    </message>
    <message>
        <source>Create an app password in your e-mail account and enter it as the password instead of your usual one.</source>
        <translation>Savo el. pašto paskyroje sukurkite programos slaptažodį ir įveskite jį vietoj įprasto slaptažodžio.</translation>
    </message>
    <message>
        <source>Wrong user name or password</source>
        <translation>Neteisingas prisijungimo vardas arba slaptažodis</translation>
    </message>
    <message>
        <source>Check the user name (usually your full e-mail address) and type the password again. Gmail, Seznam, Yahoo and iCloud need an app password.</source>
        <translation>Patikrinkite prisijungimo vardą (dažniausiai tai visas Jūsų el. pašto adresas) ir įveskite slaptažodį dar kartą. „Gmail“, „Seznam“, „Yahoo“ ir „iCloud“ reikalauja programos slaptažodžio.</translation>
    </message>
    <message>
        <source>Microsoft has disabled password login</source>
        <translation>„Microsoft“ išjungė prisijungimą slaptažodžiu</translation>
    </message>
    <message>
        <source>Ask your Microsoft 365 administrator to enable Authenticated SMTP for your mailbox. Outlook.com accounts cannot send with a password.</source>
        <translation>Paprašykite savo „Microsoft 365“ administratoriaus įjungti Jūsų pašto dėžutei funkciją „Authenticated SMTP“. Iš „Outlook.com“ paskyrų siųsti naudojant slaptažodį negalima.</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Prisijunkite iš naujo</translation>
    </message>
    <message>
        <source>The sign-in with your e-mail provider is missing, has expired or was withdrawn. Choose Sign in again and finish the sign-in in the browser.</source>
        <translation>Prisijungimo prie el. pašto paslaugų teikėjo nėra, jis nebegalioja arba buvo atšauktas. Spustelėkite „Prisijungti iš naujo“ ir užbaikite prisijungimą naršyklėje.</translation>
    </message>
    <message>
        <source>The provider refused the sign-in</source>
        <translation>Paslaugų teikėjas atmetė prisijungimą</translation>
    </message>
    <message>
        <source>Check that the user name is the mailbox you signed in with and that the scopes allow sending mail, then sign in again.</source>
        <translation>Patikrinkite, ar prisijungimo vardas yra ta pašto dėžutė, su kuria prisijungėte, ir ar leidimai (scopes) leidžia siųsti laiškus, tada prisijunkite iš naujo.</translation>
    </message>
    <message>
        <source>The sign-in service refused the request</source>
        <translation>Prisijungimo paslauga atmetė užklausą</translation>
    </message>
    <message>
        <source>Check the client ID, the tenant and the sign-in addresses against your app registration.</source>
        <translation>Palyginkite kliento ID, nuomininką (tenant) ir prisijungimo adresus su savo programos registracija.</translation>
    </message>
    <message>
        <source>SMTP login is turned off for this mailbox</source>
        <translation>Šiai pašto dėžutei išjungtas prisijungimas prie SMTP</translation>
    </message>
    <message>
        <source>Your sign-in is fine, but Microsoft 365 has SMTP login switched off. Ask your administrator to enable Authenticated SMTP for your mailbox.</source>
        <translation>Prisijungimas tvarkingas, tačiau „Microsoft 365“ išjungė prisijungimą prie SMTP. Paprašykite administratoriaus įjungti „Authenticated SMTP“ Jūsų pašto dėžutei.</translation>
    </message>
    <message>
        <source>The server offers no login</source>
        <translation>Serveris nesiūlo prisijungimo</translation>
    </message>
    <message>
        <source>Choose SSL/TLS (port 465) or STARTTLS (port 587) and check that the server is your provider&apos;s outgoing (SMTP) server.</source>
        <translation>Pasirinkite SSL/TLS (prievadas 465) arba STARTTLS (prievadas 587) ir patikrinkite, ar nurodytas serveris yra Jūsų paslaugos teikėjo siunčiamųjų laiškų (SMTP) serveris.</translation>
    </message>
    <message>
        <source>Encryption required</source>
        <translation>Būtinas šifravimas</translation>
    </message>
    <message>
        <source>Set the encryption to STARTTLS (port 587) or SSL/TLS (port 465).</source>
        <translation>Nustatykite šifravimą STARTTLS (prievadas 587) arba SSL/TLS (prievadas 465).</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS</source>
        <translation>Serveris nesiūlo STARTTLS</translation>
    </message>
    <message>
        <source>Check the server and port. If your provider uses port 465, choose SSL/TLS instead.</source>
        <translation>Patikrinkite serverį ir prievadą. Jei Jūsų paslaugos teikėjas naudoja prievadą 465, pasirinkite SSL/TLS.</translation>
    </message>
    <message>
        <source>SSL/TLS chosen on a STARTTLS port</source>
        <translation>Pasirinktas SSL/TLS, bet prievadas skirtas STARTTLS</translation>
    </message>
    <message>
        <source>This port expects STARTTLS. Choose STARTTLS, or use port 465 with SSL/TLS.</source>
        <translation>Šis prievadas laukia STARTTLS. Pasirinkite STARTTLS arba naudokite prievadą 465 su SSL/TLS.</translation>
    </message>
    <message>
        <source>STARTTLS or no encryption on an SSL port</source>
        <translation>STARTTLS arba be šifravimo, bet prievadas skirtas SSL</translation>
    </message>
    <message>
        <source>This port expects SSL/TLS from the start. Choose SSL/TLS, or use port 587 with STARTTLS.</source>
        <translation>Šis prievadas nuo pat pradžių laukia SSL/TLS. Pasirinkite SSL/TLS arba naudokite prievadą 587 su STARTTLS.</translation>
    </message>
    <message>
        <source>Server name not found</source>
        <translation>Serverio pavadinimas nerastas</translation>
    </message>
    <message>
        <source>Check the spelling of the server name and your internet connection.</source>
        <translation>Patikrinkite, ar teisingai įvestas serverio pavadinimas ir ar veikia interneto ryšys.</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Ryšys atmestas</translation>
    </message>
    <message>
        <source>Nothing answers on this port. Check the port number: 465 for SSL/TLS, 587 for STARTTLS.</source>
        <translation>Šiuo prievadu niekas neatsako. Patikrinkite prievado numerį: 465 – SSL/TLS, 587 – STARTTLS.</translation>
    </message>
    <message>
        <source>The port seems to be blocked</source>
        <translation>Panašu, kad prievadas užblokuotas</translation>
    </message>
    <message>
        <source>Your network may block this port (port 25 often is). Use 465 with SSL/TLS or 587 with STARTTLS.</source>
        <translation>Jūsų tinklas gali blokuoti šį prievadą (25 prievadas dažnai blokuojamas). Naudokite 465 su SSL/TLS arba 587 su STARTTLS.</translation>
    </message>
    <message>
        <source>The server stopped answering</source>
        <translation>Serveris nustojo atsakinėti</translation>
    </message>
    <message>
        <source>Try again in a moment. If it keeps happening, check the port and encryption.</source>
        <translation>Po akimirkos bandykite dar kartą. Jei tai kartojasi, patikrinkite prievadą ir šifravimą.</translation>
    </message>
    <message>
        <source>No network connection</source>
        <translation>Nėra tinklo ryšio</translation>
    </message>
    <message>
        <source>Connect to the internet and try again; queued invoices are sent when the network returns.</source>
        <translation>Prisijunkite prie interneto ir bandykite dar kartą; eilėje laukiančios sąskaitos faktūros bus išsiųstos, kai ryšys atsiras.</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>Sertifikatas nepatikimas</translation>
    </message>
    <message>
        <source>Check the server name first. Trust this certificate only if it belongs to your company&apos;s own server and your administrator confirms the fingerprint.</source>
        <translation>Pirmiausia patikrinkite serverio pavadinimą. Pasitikėkite šiuo sertifikatu tik tada, jei jis priklauso Jūsų įmonės serveriui, o administratorius patvirtina jo kontrolinį kodą.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has changed</source>
        <translation>Serverio sertifikatas pasikeitė</translation>
    </message>
    <message>
        <source>The server no longer shows the certificate you trusted. Ask your administrator whether it was replaced before trusting the new one.</source>
        <translation>Serveris nebepateikia sertifikato, kuriuo pasitikėjote. Prieš pasitikėdami nauju, paklauskite administratoriaus, ar sertifikatas buvo pakeistas.</translation>
    </message>
    <message>
        <source>Certificate issued for another name</source>
        <translation>Sertifikatas išduotas kitam pavadinimui</translation>
    </message>
    <message>
        <source>Use the server name your provider gives in its instructions; it must match the certificate.</source>
        <translation>Naudokite serverio pavadinimą, nurodytą Jūsų paslaugos teikėjo instrukcijose; jis turi sutapti su sertifikatu.</translation>
    </message>
    <message>
        <source>Encrypted connection failed</source>
        <translation>Nepavyko užmegzti šifruoto ryšio</translation>
    </message>
    <message>
        <source>Check the port and encryption. The server may be too old for a secure connection; ask your provider.</source>
        <translation>Patikrinkite prievadą ir šifravimą. Serveris gali būti per senas saugiam ryšiui; kreipkitės į paslaugos teikėją.</translation>
    </message>
    <message>
        <source>Sender address not allowed</source>
        <translation>Siuntėjo adresas neleidžiamas</translation>
    </message>
    <message>
        <source>Use the address of the mailbox you log in to, or an alias your provider allows for it.</source>
        <translation>Naudokite pašto dėžutės, prie kurios jungiatės, adresą arba paslaugos teikėjo leidžiamą jos alternatyvų adresą.</translation>
    </message>
    <message>
        <source>Relaying refused</source>
        <translation>Persiuntimas atmestas</translation>
    </message>
    <message>
        <source>The server wants a login. Enter your user name and password.</source>
        <translation>Serveris reikalauja prisijungti. Įveskite prisijungimo vardą ir slaptažodį.</translation>
    </message>
    <message>
        <source>Recipient rejected</source>
        <translation>Gavėjas atmestas</translation>
    </message>
    <message>
        <source>Check the recipient&apos;s e-mail address.</source>
        <translation>Patikrinkite gavėjo el. pašto adresą.</translation>
    </message>
    <message>
        <source>Message too large</source>
        <translation>Laiškas per didelis</translation>
    </message>
    <message>
        <source>Make the attachment smaller or send fewer files at once.</source>
        <translation>Sumažinkite priedą arba vienu metu siųskite mažiau failų.</translation>
    </message>
    <message>
        <source>Sending limit reached</source>
        <translation>Pasiekta siuntimo riba</translation>
    </message>
    <message>
        <source>Wait a while; temporary refusals are retried automatically.</source>
        <translation>Šiek tiek palaukite; laikinai atmesti laiškai siunčiami pakartotinai automatiškai.</translation>
    </message>
    <message>
        <source>Address with special characters not supported</source>
        <translation>Adresas su specialiaisiais simboliais nepalaikomas</translation>
    </message>
    <message>
        <source>This server cannot send to addresses with letters such as ž or č before the @. Use a plain address.</source>
        <translation>Šis serveris negali siųsti laiškų adresais, kuriuose prieš @ yra tokių raidžių kaip ž ar č. Naudokite adresą be šių raidžių.</translation>
    </message>
    <message>
        <source>Connection dropped</source>
        <translation>Ryšys nutrūko</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, check the port and encryption.</source>
        <translation>Bandykite dar kartą. Jei tai kartojasi, patikrinkite prievadą ir šifravimą.</translation>
    </message>
    <message>
        <source>Temporary server error</source>
        <translation>Laikina serverio klaida</translation>
    </message>
    <message>
        <source>Try again later; sending is retried automatically.</source>
        <translation>Bandykite vėliau; siuntimas bus pakartotas automatiškai.</translation>
    </message>
    <message>
        <source>Server refused the message</source>
        <translation>Serveris atmetė laišką</translation>
    </message>
    <message>
        <source>Read the server&apos;s reply below; if it is unclear, send it to your provider&apos;s support.</source>
        <translation>Perskaitykite serverio atsakymą žemiau; jei jis neaiškus, persiųskite jį paslaugos teikėjo pagalbos tarnybai.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Netikėta klaida</translation>
    </message>
    <message>
        <source>Something went wrong in Faktura. The details are in the log file; please report it.</source>
        <translation>Programoje „Faktura“ įvyko klaida. Išsami informacija yra žurnalo faile; praneškite mums apie ją.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Setup guides</source>
        <translation>Nustatymo vadovai</translation>
    </message>
</context>
<context>
    <name>HistoryNameDialog</name>
    <message>
        <source>Your name in the history</source>
        <translation>Jūsų vardas istorijoje</translation>
    </message>
    <message>
        <source>Each invoice&apos;s history shows who created, issued, sent, paid or cancelled it. Give the name your colleagues know you by; leave it empty to show your login.</source>
        <translation>Kiekvienos sąskaitos faktūros istorijoje matyti, kas ją sukūrė, išrašė, išsiuntė, pažymėjo apmokėta ar anuliavo. Įrašykite vardą, kuriuo jus pažįsta kolegos; palikite tuščią, kad būtų rodomas jūsų prisijungimo vardas.</translation>
    </message>
    <message>
        <source>The name could not be kept: %1</source>
        <translation>Vardo išsaugoti nepavyko: %1</translation>
    </message>
</context>
<context>
    <name>InvoiceActions</name>
    <message>
        <source>Something went wrong. Details are in the log: %1</source>
        <translation>Įvyko klaida. Išsami informacija yra žurnalo faile: %1</translation>
    </message>
    <message>
        <source>Select an invoice first.</source>
        <translation>Pirmiausia pasirinkite sąskaitą faktūrą.</translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation>PDF neišsaugotas</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>Nepavyko įrašyti PDF failo: %1</translation>
    </message>
    <message>
        <source>This invoice no longer exists.</source>
        <translation>Šios sąskaitos faktūros nebėra.</translation>
    </message>
    <message>
        <source>PDF saved: %1</source>
        <translation>PDF išsaugotas: %1</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Eksportuoti PDF</translation>
    </message>
    <message>
        <source>Exporting invoice %1 of %2…</source>
        <translation>Eksportuojama sąskaita faktūra %1 iš %2…</translation>
    </message>
    <message numerus="yes">
        <source>%n PDF(s) saved in %1</source>
        <translation>
            <numerusform>%n PDF failas išsaugotas aplanke %1</numerusform>
            <numerusform>%n PDF failai išsaugoti aplanke %1</numerusform>
            <numerusform>%n PDF failų išsaugota aplanke %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDFs could not be written: %1</source>
        <translation>Nepavyko įrašyti PDF failų: %1</translation>
    </message>
    <message>
        <source>An invoice in the selection no longer exists; export stopped.</source>
        <translation>Vienos iš pasirinktų sąskaitų faktūrų nebėra; eksportas sustabdytas.</translation>
    </message>
    <message>
        <source>PDF export cancelled; the PDFs written so far are in %1.</source>
        <translation>PDF eksportas atšauktas; iki šiol įrašyti PDF failai yra aplanke %1.</translation>
    </message>
    <message>
        <source>PDF saved</source>
        <translation>PDF išsaugotas</translation>
    </message>
    <message>
        <source>The invoice was saved as %1.</source>
        <translation>Sąskaita faktūra išsaugota kaip %1.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Atverti</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Išsaugoti kopiją…</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Išsaugoti kopiją</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Atsarginė kopija</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Kuriama duomenų bazės atsarginė kopija…</translation>
    </message>
    <message>
        <source>Backup cancelled; nothing was written.</source>
        <translation>Atsarginės kopijos kūrimas atšauktas; nieko neįrašyta.</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>Atsarginė kopija išsaugota: %1</translation>
    </message>
    <message>
        <source>These books are on a database server; back them up with the server&apos;s own tools.</source>
        <translation>Šie duomenys saugomi duomenų bazės serveryje; atsarginę kopiją sukurkite paties serverio priemonėmis.</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>Nepavyko įrašyti atsarginės kopijos: %1</translation>
    </message>
    <message>
        <source>Choose the copy to go back to. Your current books are kept in the backups folder %1, so a restore can be undone the same way.</source>
        <translation>Pasirinkite kopiją, kurią norite atkurti. Dabartiniai duomenys bus išsaugoti atsarginių kopijų aplanke %1, todėl atkūrimą bus galima atšaukti tuo pačiu būdu.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Atkurti iš atsarginės kopijos</translation>
    </message>
    <message>
        <source>This copy is damaged and cannot be restored; choose another one.</source>
        <translation>Ši kopija sugadinta, jos atkurti negalima; pasirinkite kitą.</translation>
    </message>
    <message>
        <source>Faktura uses the chosen database from its next start.</source>
        <translation>„Faktura“ pasirinktą duomenų bazę naudos nuo kito paleidimo.</translation>
    </message>
    <message>
        <source>This action is not possible for this invoice.</source>
        <translation>Šiai sąskaitai faktūrai šis veiksmas negalimas.</translation>
    </message>
    <message>
        <source>Not done: this invoice is cancelled, perhaps in another window or app.</source>
        <translation>Neatlikta: ši sąskaita faktūra anuliuota, galbūt kitame lange ar programoje.</translation>
    </message>
    <message>
        <source>Not done: this invoice is marked as paid, perhaps in another window or app.</source>
        <translation>Neatlikta: ši sąskaita faktūra pažymėta kaip apmokėta, galbūt kitame lange ar programoje.</translation>
    </message>
    <message>
        <source>Cancel invoice</source>
        <translation>Anuliuoti sąskaitą faktūrą</translation>
    </message>
    <message>
        <source>Cancel this invoice? It stays in the list, marked as cancelled.</source>
        <translation>Anuliuoti šią sąskaitą faktūrą? Ji liks sąraše, pažymėta kaip anuliuota.</translation>
    </message>
</context>
<context>
    <name>InvoiceEditor</name>
    <message>
        <source>New invoice</source>
        <translation>Nauja sąskaita faktūra</translation>
    </message>
    <message>
        <source>Credit note draft</source>
        <translation>Kreditinės sąskaitos faktūros juodraštis</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Juodraštis</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>%1 eilutė, %2: %3</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Išsaugota.</translation>
    </message>
</context>
<context>
    <name>InvoiceEditorView</name>
    <message>
        <source>Save</source>
        <translation>Išsaugoti</translation>
    </message>
    <message>
        <source>Save the draft (Ctrl+S)</source>
        <translation>Išsaugoti juodraštį (Ctrl+S)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Eksportuoti PDF</translation>
    </message>
    <message>
        <source>Save the invoice as PDF</source>
        <translation>Išsaugoti sąskaitą faktūrą PDF formatu</translation>
    </message>
    <message>
        <source>ISDOC</source>
        <translation>ISDOC</translation>
    </message>
    <message>
        <source>Export ISDOC: the e-invoice that Czech accounting programs import</source>
        <translation>Eksportuoti ISDOC – e. sąskaitą faktūrą, kurią importuoja Čekijos apskaitos programos</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Siųsti</translation>
    </message>
    <message>
        <source>Send the invoice by e-mail</source>
        <translation>Siųsti sąskaitą faktūrą el. paštu</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Išrašyti</translation>
    </message>
    <message>
        <source>Assign the number and lock the invoice</source>
        <translation>Suteikti numerį ir užrakinti sąskaitą faktūrą</translation>
    </message>
    <message>
        <source>Mark as paid</source>
        <translation>Pažymėti kaip apmokėtą</translation>
    </message>
    <message>
        <source>Create credit note</source>
        <translation>Sukurti kreditinę sąskaitą faktūrą</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Sukurti kopiją</translation>
    </message>
    <message>
        <source>A new draft with the same lines</source>
        <translation>Naujas juodraštis su tomis pačiomis eilutėmis</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Istorija</translation>
    </message>
    <message>
        <source>What happened to this invoice, when, and who did it</source>
        <translation>Kas ir kada nutiko šiai sąskaitai faktūrai ir kas tai padarė</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Pridėti eilutę</translation>
    </message>
    <message>
        <source>Append a line (Insert)</source>
        <translation>Pridėti eilutę pabaigoje (Insert)</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Pašalinti eilutę</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Aukštyn</translation>
    </message>
    <message>
        <source>Move the line up</source>
        <translation>Perkelti eilutę aukštyn</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Žemyn</translation>
    </message>
    <message>
        <source>Move the line down</source>
        <translation>Perkelti eilutę žemyn</translation>
    </message>
    <message>
        <source>Fill in company profile</source>
        <translation>Užpildyti įmonės profilį</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Eilutės</translation>
    </message>
    <message>
        <source>Notes (printed on the invoice)</source>
        <translation>Pastabos (spausdinamos sąskaitoje faktūroje)</translation>
    </message>
    <message>
        <source>e.g. payment instructions or a thank-you note</source>
        <translation>pvz., mokėjimo nurodymai arba padėka</translation>
    </message>
</context>
<context>
    <name>InvoiceHeader</name>
    <message>
        <source>Buyer</source>
        <translation>Pirkėjas</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Klientas:</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokumentas</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Kalba:</translation>
    </message>
    <message>
        <source>The language the invoice is printed in</source>
        <translation>Kalba, kuria spausdinama sąskaita faktūra</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglų</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>Lietuvių</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Čekų</translation>
    </message>
    <message>
        <source>Issue date:</source>
        <translation>Išrašymo data:</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Apmokėti iki:</translation>
    </message>
    <message>
        <source>Date of supply:</source>
        <translation>Tiekimo data:</translation>
    </message>
    <message>
        <source>Only when it differs from the issue date</source>
        <translation>Tik jei skiriasi nuo išrašymo datos</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Valiuta:</translation>
    </message>
    <message>
        <source>Variable symbol:</source>
        <translation>Įmokos kodas:</translation>
    </message>
    <message>
        <source>Prices include VAT</source>
        <translation>Kainos su PVM</translation>
    </message>
    <message>
        <source>Amount in words</source>
        <translation>Suma žodžiais</translation>
    </message>
    <message>
        <source>Print the total in words (customary in Lithuania)</source>
        <translation>Spausdinti bendrą sumą žodžiais (įprasta Lietuvoje)</translation>
    </message>
</context>
<context>
    <name>InvoiceHistoryDialog</name>
    <message>
        <source>History</source>
        <translation>Istorija</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kada</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kas įvyko</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kas atliko</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Išsamiau</translation>
    </message>
    <message>
        <source>This invoice no longer exists.</source>
        <translation>Šios sąskaitos faktūros nebėra.</translation>
    </message>
</context>
<context>
    <name>InvoiceListPage</name>
    <message numerus="yes">
        <source>%n issued invoice(s): %1</source>
        <translation>
            <numerusform>%n išrašyta sąskaita faktūra: %1</numerusform>
            <numerusform>%n išrašytos sąskaitos faktūros: %1</numerusform>
            <numerusform>%n išrašytų sąskaitų faktūrų: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s), not counted: %1</source>
        <translation>
            <numerusform>%n juodraštis, neįskaičiuotas: %1</numerusform>
            <numerusform>%n juodraščiai, neįskaičiuoti: %1</numerusform>
            <numerusform>%n juodraščių, neįskaičiuota: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Pažymėta: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Atverti</translation>
    </message>
    <message numerus="yes">
        <source>Export %n invoices as PDF</source>
        <translation>
            <numerusform>Eksportuoti %n sąskaitą faktūrą į PDF</numerusform>
            <numerusform>Eksportuoti %n sąskaitas faktūras į PDF</numerusform>
            <numerusform>Eksportuoti %n sąskaitų faktūrų į PDF</numerusform>
        </translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Eksportuoti PDF</translation>
    </message>
    <message numerus="yes">
        <source>Export %n invoices as ISDOC</source>
        <translation>
            <numerusform>Eksportuoti %n sąskaitą faktūrą į ISDOC</numerusform>
            <numerusform>Eksportuoti %n sąskaitas faktūras į ISDOC</numerusform>
            <numerusform>Eksportuoti %n sąskaitų faktūrų į ISDOC</numerusform>
        </translation>
    </message>
    <message>
        <source>Export ISDOC</source>
        <translation>Eksportuoti ISDOC</translation>
    </message>
    <message>
        <source>Duplicate as new draft</source>
        <translation>Sukurti kopiją kaip naują juodraštį</translation>
    </message>
    <message>
        <source>Create credit note</source>
        <translation>Sukurti kreditinę sąskaitą faktūrą</translation>
    </message>
    <message>
        <source>Mark as paid</source>
        <translation>Pažymėti kaip apmokėtą</translation>
    </message>
    <message>
        <source>Cancel invoice</source>
        <translation>Anuliuoti sąskaitą faktūrą</translation>
    </message>
    <message>
        <source>Search by number, client, amount or status</source>
        <translation>Ieškoti pagal numerį, klientą, sumą ar būseną</translation>
    </message>
    <message>
        <source>All invoices</source>
        <translation>Visos sąskaitos faktūros</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Juodraščiai</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Išrašytos</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Išsiųstos</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Apmokėtos</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Pradelsta</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anuliuotos</translation>
    </message>
    <message>
        <source>Welcome to Faktura</source>
        <translation>Sveiki atvykę į „Fakturą“</translation>
    </message>
    <message>
        <source>Your invoices stay on this computer and work without a network. Start by filling in your company profile, then create your first invoice.</source>
        <translation>Jūsų sąskaitos faktūros saugomos šiame kompiuteryje, o programa veikia ir be tinklo. Pirmiausia užpildykite įmonės profilį, tada sukurkite pirmąją sąskaitą faktūrą.</translation>
    </message>
    <message>
        <source>Fill in company profile</source>
        <translation>Užpildyti įmonės profilį</translation>
    </message>
    <message>
        <source>Create first invoice</source>
        <translation>Sukurti pirmąją sąskaitą faktūrą</translation>
    </message>
</context>
<context>
    <name>InvoicePreview</name>
    <message>
        <source>The preview shows the last version that could be saved.</source>
        <translation>Peržiūroje rodoma paskutinė išsaugota versija.</translation>
    </message>
    <message>
        <source>The preview could not be made.</source>
        <translation>Peržiūros parengti nepavyko.</translation>
    </message>
    <message>
        <source>Preview – %1</source>
        <translation>Peržiūra – %1</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Spausdinti…</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Didinti (Ctrl++)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Mažinti (Ctrl+-)</translation>
    </message>
</context>
<context>
    <name>InvoicePrinting</name>
    <message>
        <source>The invoice could not be printed.</source>
        <translation>Sąskaitos faktūros atspausdinti nepavyko.</translation>
    </message>
    <message>
        <source>Sent %1 page(s) to the printer.</source>
        <translation>Į spausdintuvą išsiųsta puslapių: %1.</translation>
    </message>
</context>
<context>
    <name>InvoiceStatus</name>
    <message>
        <source>Draft</source>
        <translation>Juodraštis</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Išrašyta</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Išsiųsta</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Apmokėta</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Pradelsta</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anuliuota</translation>
    </message>
</context>
<context>
    <name>InvoiceTableModel</name>
    <message>
        <source>Number</source>
        <translation>Numeris</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klientas</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Išrašyta</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Apmokėti iki</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Suma</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(juodraštis)</translation>
    </message>
    <message>
        <source>%1 · credit note</source>
        <translation>%1 · kreditinė sąskaita faktūra</translation>
    </message>
</context>
<context>
    <name>IsdocExport</name>
    <message>
        <source>Issue the invoice first: a draft has no number, so it cannot be an ISDOC.</source>
        <translation>Pirmiausia išrašykite sąskaitą faktūrą: juodraštis neturi numerio, todėl negali būti ISDOC.</translation>
    </message>
    <message>
        <source>ISDOC states every amount also in %1: give the invoice its exchange rate first.</source>
        <translation>ISDOC kiekvieną sumą nurodo ir %1: pirmiausia įrašykite sąskaitos faktūros valiutos kursą.</translation>
    </message>
    <message>
        <source>This credit note does not name the invoice it corrects, which ISDOC requires.</source>
        <translation>Ši kreditinė sąskaita faktūra nenurodo, kurią sąskaitą faktūrą ji taiso, o ISDOC to reikalauja.</translation>
    </message>
    <message>
        <source>Select an invoice first.</source>
        <translation>Pirmiausia pasirinkite sąskaitą faktūrą.</translation>
    </message>
    <message>
        <source>The ISDOC could not be written: %1</source>
        <translation>Nepavyko įrašyti ISDOC: %1</translation>
    </message>
    <message>
        <source>This invoice no longer exists.</source>
        <translation>Šios sąskaitos faktūros nebėra.</translation>
    </message>
    <message>
        <source>ISDOC saved: %1</source>
        <translation>ISDOC išsaugotas: %1</translation>
    </message>
    <message>
        <source>Exporting invoice %1 of %2…</source>
        <translation>Eksportuojama sąskaita faktūra %1 iš %2…</translation>
    </message>
    <message>
        <source>Export ISDOC</source>
        <translation>Eksportuoti ISDOC</translation>
    </message>
    <message numerus="yes">
        <source>%n ISDOC file(s) saved in %1</source>
        <translation>
            <numerusform>%n ISDOC failas išsaugotas aplanke %1</numerusform>
            <numerusform>%n ISDOC failai išsaugoti aplanke %1</numerusform>
            <numerusform>%n ISDOC failų išsaugota aplanke %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) passed over: issue them first.</source>
        <translation>
            <numerusform>%n juodraštis praleistas: pirmiausia jį išrašykite.</numerusform>
            <numerusform>%n juodraščiai praleisti: pirmiausia juos išrašykite.</numerusform>
            <numerusform>%n juodraščių praleista: pirmiausia juos išrašykite.</numerusform>
        </translation>
    </message>
    <message>
        <source>The ISDOC files could not be written: %1</source>
        <translation>Nepavyko įrašyti ISDOC failų: %1</translation>
    </message>
    <message>
        <source>An invoice in the selection no longer exists; export stopped.</source>
        <translation>Vienos iš pasirinktų sąskaitų faktūrų nebėra; eksportas sustabdytas.</translation>
    </message>
    <message>
        <source>Something went wrong. Details are in the log: %1</source>
        <translation>Įvyko klaida. Išsami informacija yra žurnalo faile: %1</translation>
    </message>
    <message>
        <source>ISDOC export cancelled; the files written so far are in %1.</source>
        <translation>ISDOC eksportas atšauktas; iki šiol įrašyti failai yra aplanke %1.</translation>
    </message>
</context>
<context>
    <name>IssueConfirmation</name>
    <message>
        <source>Issue invoice</source>
        <translation>Išrašyti sąskaitą faktūrą</translation>
    </message>
    <message>
        <source>Issue this invoice now?</source>
        <translation>Išrašyti šią sąskaitą faktūrą dabar?</translation>
    </message>
    <message>
        <source>It gets the next number in the series and its content can no longer be changed; corrections are made with a credit note.</source>
        <translation>Jai bus suteiktas kitas serijos numeris, o jos turinio nebebus galima keisti; pataisymai atliekami kreditine sąskaita faktūra.</translation>
    </message>
    <message>
        <source>The invoice font cannot print these characters; the PDF will show “�” in their place: %1</source>
        <translation>Sąskaitos faktūros šriftas negali atspausdinti šių simbolių; PDF dokumente jų vietoje bus „�“: %1</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Išrašyti</translation>
    </message>
</context>
<context>
    <name>LegalBasisFields</name>
    <message>
        <source>Legal basis for the reverse charge:</source>
        <translation>Atvirkštinio apmokestinimo teisinis pagrindas:</translation>
    </message>
    <message>
        <source>Legal basis for the exemption:</source>
        <translation>PVM neapmokestinimo teisinis pagrindas:</translation>
    </message>
    <message>
        <source>Legal basis for the 0 % rate:</source>
        <translation>0 % PVM tarifo teisinis pagrindas:</translation>
    </message>
    <message>
        <source>e.g. Art. 196 of Directive 2006/112/EC</source>
        <translation>pvz., 2006/112/EB direktyvos 196 str.</translation>
    </message>
    <message>
        <source>e.g. Art. 132 of Directive 2006/112/EC</source>
        <translation>pvz., PVM įstatymo 20 str.</translation>
    </message>
    <message>
        <source>e.g. Art. 146 of Directive 2006/112/EC</source>
        <translation>pvz., PVM įstatymo 41 str.</translation>
    </message>
    <message>
        <source>The provision that allows this treatment. It is printed on the invoice after the VAT wording (EU VAT Directive, Art. 226); left empty, the wording stays generic.</source>
        <translation>Teisės akto nuostata, pagal kurią taikomas šis apmokestinimas. Ji spausdinama sąskaitoje faktūroje po PVM paaiškinimo (ES PVM direktyvos 226 str.); jei laukas tuščias, paaiškinimas lieka bendras.</translation>
    </message>
</context>
<context>
    <name>LineItemsModel</name>
    <message>
        <source>Description</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Kiekis</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Mato vnt.</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Vieneto kaina</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Nuolaida %</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>PVM tarifas</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Suma</translation>
    </message>
</context>
<context>
    <name>LookupRow</name>
    <message>
        <source>Asking…</source>
        <translation>Klausiama…</translation>
    </message>
    <message>
        <source>Type the IČO first.</source>
        <translation>Pirmiausia įrašykite IČO.</translation>
    </message>
    <message>
        <source>Type the VAT code first.</source>
        <translation>Pirmiausia įrašykite PVM mokėtojo kodą.</translation>
    </message>
    <message>
        <source>Filled from ARES: %1</source>
        <translation>Užpildyta pagal ARES: %1</translation>
    </message>
    <message>
        <source>Valid in VIES on %1</source>
        <translation>VIES duomenimis galiojantis %1</translation>
    </message>
    <message>
        <source>Not valid in VIES on %1.</source>
        <translation>VIES duomenimis negaliojantis %1.</translation>
    </message>
    <message>
        <source>Not available offline: fill in the fields yourself.</source>
        <translation>Neprisijungus nepasiekiama: laukus užpildykite patys.</translation>
    </message>
    <message>
        <source>The service did not answer in time; try again later.</source>
        <translation>Paslauga laiku neatsakė; bandykite vėliau.</translation>
    </message>
    <message>
        <source>ARES does not know this IČO.</source>
        <translation>ARES tokio IČO nežino.</translation>
    </message>
    <message>
        <source>The service answered something Faktura cannot read.</source>
        <translation>Paslauga atsakė tai, ko Faktura negali perskaityti.</translation>
    </message>
    <message>
        <source>The service cannot answer now; try again later.</source>
        <translation>Paslauga dabar negali atsakyti; bandykite vėliau.</translation>
    </message>
    <message>
        <source>This is not a number the service can look up.</source>
        <translation>Tokio numerio paslauga negali patikrinti.</translation>
    </message>
    <message>
        <source>Fill from ARES</source>
        <translation>Užpildyti pagal ARES</translation>
    </message>
    <message>
        <source>Name, address and DIČ from the Czech register ARES</source>
        <translation>Pavadinimas, adresas ir DIČ iš Čekijos registro ARES</translation>
    </message>
    <message>
        <source>Check in VIES</source>
        <translation>Tikrinti VIES</translation>
    </message>
    <message>
        <source>Whether the EU&apos;s VIES knows this VAT code</source>
        <translation>Ar ES sistema VIES žino šį PVM mokėtojo kodą</translation>
    </message>
</context>
<context>
    <name>MailService</name>
    <message numerus="yes">
        <source>%n message(s) will be sent the next time you start Faktura.</source>
        <translation>
            <numerusform>%n laiškas bus išsiųstas kitą kartą paleidus programą „Faktura“.</numerusform>
            <numerusform>%n laiškai bus išsiųsti kitą kartą paleidus programą „Faktura“.</numerusform>
            <numerusform>%n laiškų bus išsiųsta kitą kartą paleidus programą „Faktura“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) may not have arrived: Faktura will ask you about them the next time it starts.</source>
        <translation>
            <numerusform>%n laiškas galėjo nepasiekti gavėjo: kitą kartą paleidus programą „Faktura“, ji Jūsų apie jį paklaus.</numerusform>
            <numerusform>%n laiškai galėjo nepasiekti gavėjų: kitą kartą paleidus programą „Faktura“, ji Jūsų apie juos paklaus.</numerusform>
            <numerusform>%n laiškų galėjo nepasiekti gavėjų: kitą kartą paleidus programą „Faktura“, ji Jūsų apie juos paklaus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages waiting</source>
        <translation>Laukiantys laiškai</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Select an invoice to send.</source>
        <translation>Pasirinkite sąskaitą faktūrą, kurią norite siųsti.</translation>
    </message>
    <message>
        <source>About Faktura</source>
        <translation>Apie programą „Faktura“</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Faktura %1&lt;/h3&gt;&lt;p&gt;Offline-first invoicing for freelancers and small businesses.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;br&gt;Log: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Faktura %1&lt;/h3&gt;&lt;p&gt;Sąskaitų faktūrų programa laisvai samdomiems specialistams ir smulkiajam verslui, veikianti ir be interneto.&lt;/p&gt;&lt;p&gt;Duomenų aplankas: %2&lt;br&gt;Žurnalas: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klientai</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Prekės ir paslaugos</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Sąskaitos faktūros</translation>
    </message>
</context>
<context>
    <name>MainWindowMenus</name>
    <message>
        <source>New invoice</source>
        <translation>Nauja sąskaita faktūra</translation>
    </message>
    <message>
        <source>Create a new invoice draft</source>
        <translation>Sukurti naują sąskaitos faktūros juodraštį</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Siųsti</translation>
    </message>
    <message>
        <source>Send the invoice by e-mail</source>
        <translation>Siųsti sąskaitą faktūrą el. paštu</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Eksportuoti PDF</translation>
    </message>
    <message>
        <source>Save the invoice as PDF</source>
        <translation>Išsaugoti sąskaitą faktūrą PDF formatu</translation>
    </message>
    <message>
        <source>Export ISDOC</source>
        <translation>Eksportuoti ISDOC</translation>
    </message>
    <message>
        <source>Save the e-invoice that Czech accounting programs import (ISDOC)</source>
        <translation>Išsaugoti e. sąskaitą faktūrą, kurią importuoja Čekijos apskaitos programos (ISDOC)</translation>
    </message>
    <message>
        <source>Export for the accountant…</source>
        <translation>Eksportas buhalteriui…</translation>
    </message>
    <message>
        <source>A period&apos;s invoices as CSV, with a ZIP of their PDFs and ISDOC files</source>
        <translation>Laikotarpio sąskaitos faktūros CSV faile ir ZIP su jų PDF bei ISDOC failais</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Sukurti atsarginę kopiją dabar…</translation>
    </message>
    <message>
        <source>Copy the database to the backups folder in the data folder</source>
        <translation>Nukopijuoti duomenų bazę į duomenų aplanko poaplankį „backups“</translation>
    </message>
    <message>
        <source>Company profile</source>
        <translation>Įmonės profilis</translation>
    </message>
    <message>
        <source>Your own company&apos;s details</source>
        <translation>Jūsų įmonės duomenys</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klientai</translation>
    </message>
    <message>
        <source>Your clients</source>
        <translation>Jūsų klientai</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Prekės ir paslaugos</translation>
    </message>
    <message>
        <source>Products and services catalogue</source>
        <translation>Prekių ir paslaugų katalogas</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Moduliai</translation>
    </message>
    <message>
        <source>Install integrations such as e-mail sending via SMTP</source>
        <translation>Įdiegti integracijas, pavyzdžiui, el. laiškų siuntimą per SMTP</translation>
    </message>
    <message>
        <source>Database…</source>
        <translation>Duomenų bazė…</translation>
    </message>
    <message>
        <source>Keep the books in a file here, or share them on a PostgreSQL server</source>
        <translation>Laikyti duomenis faile šiame kompiuteryje arba dalytis jais PostgreSQL serveryje</translation>
    </message>
    <message>
        <source>Your name in the history…</source>
        <translation>Jūsų vardas istorijoje…</translation>
    </message>
    <message>
        <source>The name each invoice&apos;s history shows beside what you did</source>
        <translation>Vardas, kurį kiekvienos sąskaitos faktūros istorija rodo prie jūsų veiksmų</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Išeiti</translation>
    </message>
    <message>
        <source>About Faktura</source>
        <translation>Apie programą „Faktura“</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Atverti duomenų aplanką</translation>
    </message>
    <message>
        <source>Where your database, PDFs and logs live</source>
        <translation>Kur saugoma Jūsų duomenų bazė, PDF failai ir žurnalai</translation>
    </message>
    <message>
        <source>Setup guides</source>
        <translation>Nustatymo vadovai</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Išsaugoti</translation>
    </message>
    <message>
        <source>Save the invoice draft now</source>
        <translation>Išsaugoti sąskaitos faktūros juodraštį dabar</translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation>Išrašyti…</translation>
    </message>
    <message>
        <source>Give the draft its number</source>
        <translation>Suteikti juodraščiui numerį</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Peržiūra</translation>
    </message>
    <message>
        <source>The invoice as it will print, updated as you edit</source>
        <translation>Sąskaita faktūra taip, kaip bus atspausdinta; atnaujinama redaguojant</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Spausdinti…</translation>
    </message>
    <message>
        <source>Print the invoice</source>
        <translation>Spausdinti sąskaitą faktūrą</translation>
    </message>
    <message>
        <source>Find invoices</source>
        <translation>Ieškoti sąskaitų faktūrų</translation>
    </message>
    <message>
        <source>Search the invoice list</source>
        <translation>Ieškoti sąskaitų faktūrų sąraše</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Atkurti iš atsarginės kopijos…</translation>
    </message>
    <message>
        <source>Put an earlier copy of the database in place of the current one</source>
        <translation>Pakeisti dabartinę duomenų bazę ankstesne jos kopija</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Failas</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Taisa</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Atšaukti</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Perdaryti</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Nustatymai</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kalba</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Rodinys</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Žinynas</translation>
    </message>
</context>
<context>
    <name>ModuleRow</name>
    <message>
        <source>Installed</source>
        <extracomment>Room for a settings form with its guide beside it.</extracomment>
        <translation>Įdiegtas</translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation>Neįdiegtas</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Įdiegti</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Nustatymai</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Pašalinti</translation>
    </message>
</context>
<context>
    <name>Modules</name>
    <message>
        <source>Email sending via SMTP</source>
        <translation>El. laiškų siuntimas per SMTP</translation>
    </message>
    <message>
        <source>Send invoices from your own e-mail address through your provider&apos;s SMTP server (Gmail, Seznam, your own domain…). Without it, Faktura prepares an e-mail draft for your mail program.</source>
        <translation>Siųskite sąskaitas faktūras iš savo el. pašto adreso per savo paslaugos teikėjo SMTP serverį („Gmail“, „Seznam“, savo domenas…). Be šio modulio „Faktura“ paruošia el. laiško juodraštį Jūsų pašto programai.</translation>
    </message>
</context>
<context>
    <name>ModulesDialog</name>
    <message>
        <source>Remove module</source>
        <translation>Pašalinti modulį</translation>
    </message>
    <message>
        <source>Remove “%1”? Its settings and any stored password are deleted from this computer.</source>
        <translation>Pašalinti „%1“? Jo nustatymai ir išsaugotas slaptažodis bus ištrinti iš šio kompiuterio.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Pašalinti</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Moduliai</translation>
    </message>
    <message>
        <source>Modules connect Faktura to other services. Install one to set it up.</source>
        <translation>Moduliai sujungia programą „Faktura“ su kitomis paslaugomis. Norėdami modulį nustatyti, pirmiausia jį įdiekite.</translation>
    </message>
    <message>
        <source>Install a module, or choose “Settings” on an installed one, to set it up here.</source>
        <translation>Įdiekite modulį arba prie įdiegto modulio spustelėkite „Nustatymai“ – jo nustatymai bus rodomi čia.</translation>
    </message>
</context>
<context>
    <name>NotificationList</name>
    <message>
        <source>Nothing sent yet. E-mails you send appear here with their state.</source>
        <translation>Dar nieko neišsiųsta. Čia matysite siunčiamus el. laiškus ir jų būseną.</translation>
    </message>
</context>
<context>
    <name>NotificationModel</name>
    <message>
        <source>Queued</source>
        <translation>Eilėje</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Siunčiama</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Išsiųsta</translation>
    </message>
    <message>
        <source>Will retry</source>
        <translation>Bus bandoma pakartotinai</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nepavyko</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Atšaukta</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Būsena neaiški</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pristabdyta</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Pastaba</translation>
    </message>
    <message>
        <source>Messages are waiting</source>
        <translation>Laiškai laukia eilėje</translation>
    </message>
    <message>
        <source>Set up e-mail sending (SMTP) to send them.</source>
        <translation>Norėdami juos išsiųsti, nustatykite el. laiškų siuntimą (SMTP).</translation>
    </message>
    <message>
        <source>Sending is paused</source>
        <translation>Siuntimas pristabdytas</translation>
    </message>
    <message>
        <source>Sending waits for your keyring</source>
        <translation>Siuntimas laukia sistemos slaptažodžių saugyklos</translation>
    </message>
    <message>
        <source>Unlock your keyring to send.</source>
        <translation>Atrakinkite sistemos slaptažodžių saugyklą, kad laiškai būtų išsiųsti.</translation>
    </message>
    <message>
        <source>Choose Sign in again; waiting messages are sent right after it.</source>
        <translation>Spustelėkite „Prisijungti iš naujo“; laukiantys laiškai bus išsiųsti iškart po to.</translation>
    </message>
    <message>
        <source>Fix the SMTP settings, then choose Retry now.</source>
        <translation>Pataisykite SMTP nustatymus ir spustelėkite „Bandyti dabar“.</translation>
    </message>
    <message>
        <source>Faktura tries again by itself, or choose Retry now.</source>
        <translation>„Faktura“ bandys dar kartą pati, arba spustelėkite „Bandyti dabar“.</translation>
    </message>
    <message>
        <source>Sending waits for the password</source>
        <translation>Siuntimas laukia slaptažodžio</translation>
    </message>
    <message>
        <source>No password is saved for the SMTP account. Enter it in the SMTP settings to send.</source>
        <translation>SMTP paskyrai neišsaugotas slaptažodis. Įveskite jį SMTP nustatymuose, kad laiškai būtų išsiųsti.</translation>
    </message>
    <message>
        <source>Sending waits for you to sign in</source>
        <translation>Siuntimas laukia, kol prisijungsite</translation>
    </message>
    <message>
        <source>Sign in with your e-mail provider (Microsoft or Google) to send.</source>
        <translation>Kad galėtumėte siųsti, prisijunkite prie savo el. pašto paslaugų teikėjo („Microsoft“ arba „Google“).</translation>
    </message>
    <message>
        <source>The keyring that keeps the password does not answer. Start or unlock it to send.</source>
        <translation>Sistemos slaptažodžių saugykla, kurioje laikomas slaptažodis, neatsako. Paleiskite arba atrakinkite ją, kad laiškai būtų išsiųsti.</translation>
    </message>
    <message>
        <source>Faktura could not confirm that the server took this message (no answer came, or Faktura stopped while sending), so it may or may not have arrived. Resend it, or mark it as sent if the client has it.</source>
        <translation>„Faktura“ negalėjo patvirtinti, kad serveris priėmė šį laišką (atsakymas neatėjo arba „Faktura“ buvo išjungta siunčiant), todėl nežinoma, ar jis pasiekė gavėją. Išsiųskite jį dar kartą arba, jei klientas laišką gavo, pažymėkite jį kaip išsiųstą.</translation>
    </message>
    <message>
        <source>Sent; copy to Sent folder failed</source>
        <translation>Išsiųsta; nepavyko įdėti kopijos į aplanką „Išsiųsti“</translation>
    </message>
    <message>
        <source>Sent at %1</source>
        <translation>Išsiųsta %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveris: %1</translation>
    </message>
    <message>
        <source>Interrupted while sending: it may not have arrived.</source>
        <translation>Siuntimas nutrūko: laiškas galėjo nepasiekti gavėjo.</translation>
    </message>
    <message>
        <source>Resend it, or mark it as sent.</source>
        <translation>Išsiųskite jį dar kartą arba pažymėkite kaip išsiųstą.</translation>
    </message>
    <message>
        <source>Attempt %1 failed; next attempt at %2</source>
        <translation>%1 bandymas nepavyko; kitas bandymas %2</translation>
    </message>
</context>
<context>
    <name>NotificationPane</name>
    <message>
        <source>Resend the message?</source>
        <translation>Siųsti laišką dar kartą?</translation>
    </message>
    <message>
        <source>Faktura cannot tell whether this message arrived. If the client already has it, resending gives them a second copy.</source>
        <translation>„Faktura“ negali nustatyti, ar šis laiškas pasiekė gavėją. Jei klientas jį jau gavo, pakartotinai išsiuntus jis gaus antrą kopiją.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Pranešimai</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) sending mail</source>
        <translation>
            <numerusform>%n siuntimo problema</numerusform>
            <numerusform>%n siuntimo problemos</numerusform>
            <numerusform>%n siuntimo problemų</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Bandyti dabar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Siųsti dar kartą</translation>
    </message>
    <message>
        <source>Not done: this message is no longer in the outbox.</source>
        <translation>Neatlikta: šio laiško nebėra siunčiamų laiškų eilėje.</translation>
    </message>
    <message>
        <source>Not done: the message changed meanwhile and is now “%1”.</source>
        <translation>Neatlikta: laiško būsena ką tik pasikeitė, dabar ji – „%1“.</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Prisijunkite iš naujo</translation>
    </message>
    <message>
        <source>Edit recipients</source>
        <translation>Taisyti gavėjus</translation>
    </message>
    <message>
        <source>Copy to Sent again</source>
        <translation>Dar kartą kopijuoti į „Išsiųsti“</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Pažymėti kaip išsiųstą</translation>
    </message>
    <message>
        <source>Open invoice</source>
        <translation>Atverti sąskaitą faktūrą</translation>
    </message>
    <message>
        <source>SMTP settings</source>
        <translation>SMTP nustatymai</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Paslėpti</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Išsamiau</translation>
    </message>
</context>
<context>
    <name>PartyFields</name>
    <message>
        <source>Name:</source>
        <translation>Pavadinimas:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresas:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Šalis:</translation>
    </message>
    <message>
        <source>Company code:</source>
        <translation>Įmonės kodas:</translation>
    </message>
    <message>
        <source>Certificate No.:</source>
        <translation>Pažymos Nr.:</translation>
    </message>
    <message>
        <source>individualios veiklos pažymos Nr.</source>
        <translation>individualios veiklos pažymos Nr.</translation>
    </message>
    <message>
        <source>Business licence No.:</source>
        <translation>Verslo liudijimo Nr.:</translation>
    </message>
    <message>
        <source>verslo liudijimo Nr.</source>
        <translation>verslo liudijimo Nr.</translation>
    </message>
    <message>
        <source>įmonės kodas, e.g. 305123456</source>
        <translation>įmonės kodas, pvz., 305123456</translation>
    </message>
    <message>
        <source>e.g. Įregistruota Juridinių asmenų registre</source>
        <translation>pvz., Įregistruota Juridinių asmenų registre</translation>
    </message>
    <message>
        <source>IČO, e.g. 12345678</source>
        <translation>IČO, pvz., 12345678</translation>
    </message>
    <message>
        <source>e.g. Zapsán v živnostenském rejstříku</source>
        <translation>pvz., Zapsán v živnostenském rejstříku</translation>
    </message>
    <message>
        <source>IČO, e.g. 27074358</source>
        <translation>IČO, pvz., 27074358</translation>
    </message>
    <message>
        <source>e.g. Zapsán v OR, oddíl C, vložka 12345</source>
        <translation>pvz., Zapsán v OR, oddíl C, vložka 12345</translation>
    </message>
    <message>
        <source>registration number</source>
        <translation>registracijos numeris</translation>
    </message>
    <message>
        <source>e.g. LT100012345617</source>
        <translation>pvz., LT100012345617</translation>
    </message>
    <message>
        <source>e.g. CZ27074358</source>
        <translation>pvz., CZ27074358</translation>
    </message>
    <message>
        <source>e.g. DE123456789</source>
        <translation>pvz., DE123456789</translation>
    </message>
    <message>
        <source>VAT code:</source>
        <translation>PVM mokėtojo kodas:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefonas:</translation>
    </message>
    <message>
        <source>Register entry:</source>
        <translation>Įregistravimo duomenys:</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Lietuva</translation>
    </message>
    <message>
        <source>Czech Republic</source>
        <translation>Čekija</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Kita</translation>
    </message>
    <message>
        <source>PL</source>
        <translation>PL</translation>
    </message>
    <message>
        <source>VAT payer</source>
        <translation>PVM mokėtojas</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>Product</source>
        <translation>Prekė ar paslauga</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Pavadinimas:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Mato vnt.:</translation>
    </message>
    <message>
        <source>Unit price:</source>
        <translation>Vieneto kaina:</translation>
    </message>
    <message>
        <source>VAT rate:</source>
        <translation>PVM tarifas:</translation>
    </message>
    <message>
        <source>e.g. h, pcs, month</source>
        <translation>pvz., val., vnt., mėn.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Išsaugoti</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <source>Name</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Mato vnt.</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Vieneto kaina</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>PVM tarifas</translation>
    </message>
    <message>
        <source>Products and services</source>
        <translation>Prekės ir paslaugos</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Ieškoti prekių ir paslaugų</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Pridėti prekę ar paslaugą</translation>
    </message>
    <message>
        <source>No products yet. Products you add here complete invoice lines.</source>
        <translation>Prekių ir paslaugų dar nėra. Čia pridėtos prekės ir paslaugos padės greičiau užpildyti sąskaitos faktūros eilutes.</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Gerai</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Išsaugoti</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Atšaukti</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Užverti</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Užverti neišsaugojus</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Gerai</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Gerai</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Išsaugoti</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Išsaugoti</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Išsaugoti viską</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Atverti</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Taip</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Taip &amp;visiems</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ne</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;e visiems</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Nutraukti</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Kartoti</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Nepaisyti</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Užverti</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Atmesti</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Neišsaugoti</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Žinynas</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Taikyti</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Nustatyti iš naujo</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Atkurti numatytuosius</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Atšaukti</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Perdaryti</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Iški&amp;rpti</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopijuoti</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopijuoti &amp;saito adresą</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Į&amp;dėti</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Pašalinti</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pažymėti viską</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Automatic copy</source>
        <translation>Automatinė kopija</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Sukurta rankiniu būdu</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Prieš atnaujinimą</translation>
    </message>
    <message>
        <source>Replaced by a restore</source>
        <translation>Pakeista atkuriant</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>Kitas failas</translation>
    </message>
    <message>
        <source>Restored the backup %1. The damaged file is kept as %2.</source>
        <translation>Atkurta atsarginė kopija %1. Sugadintas failas išsaugotas kaip %2.</translation>
    </message>
    <message>
        <source>Restored the backup %1. The books it replaced are kept as %2.</source>
        <translation>Atkurta atsarginė kopija %1. Ankstesni duomenys išsaugoti kaip %2.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Atkurti iš atsarginės kopijos</translation>
    </message>
    <message>
        <source>Faktura closes its windows, keeps the current books in the backups folder (so this can be undone the same way) and opens the restored copy.</source>
        <translation>Programa „Faktura“ uždarys savo langus, dabartinius duomenis išsaugos atsarginių kopijų aplanke (todėl atkūrimą bus galima atšaukti tuo pačiu būdu) ir atvers atkurtą kopiją.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Atkurti</translation>
    </message>
    <message>
        <source>The backup was not restored (%1); your books are as they were.</source>
        <translation>Atsarginė kopija neatkurta (%1); Jūsų duomenys liko tokie, kokie buvo.</translation>
    </message>
    <message>
        <source>the books are not a file in the data folder</source>
        <translation>duomenys saugomi ne duomenų aplanko faile</translation>
    </message>
    <message>
        <source>Restored the backup %1.</source>
        <translation>Atkurta atsarginė kopija %1.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopija</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Sąskaitos faktūros</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>neįskaitoma</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Atsarginių kopijų dar nėra.</translation>
    </message>
    <message numerus="yes">
        <source>Replace your books with the copy of %1 (%n invoice(s))?</source>
        <translation>
            <numerusform>Pakeisti dabartinius duomenis kopija, sukurta %1 (%n sąskaita faktūra)?</numerusform>
            <numerusform>Pakeisti dabartinius duomenis kopija, sukurta %1 (%n sąskaitos faktūros)?</numerusform>
            <numerusform>Pakeisti dabartinius duomenis kopija, sukurta %1 (%n sąskaitų faktūrų)?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RollingBackups</name>
    <message>
        <source>The database is damaged</source>
        <translation>Duomenų bazė sugadinta</translation>
    </message>
    <message>
        <source>Faktura&apos;s database is damaged: SQLite&apos;s check found parts of it that cannot be read. Your backups are kept; restore one to go back to sound books.</source>
        <translation>Programos „Faktura“ duomenų bazė sugadinta: SQLite patikra rado dalių, kurių neįmanoma nuskaityti. Atsarginės kopijos išsaugotos; atkurkite vieną iš jų ir grįšite prie nepažeistų duomenų.</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Atkurti iš atsarginės kopijos…</translation>
    </message>
</context>
<context>
    <name>SaveErrorBanner</name>
    <message>
        <source>Try again</source>
        <translation>Bandyti dar kartą</translation>
    </message>
    <message>
        <source>This draft is not saved.</source>
        <translation>Šis juodraštis neišsaugotas.</translation>
    </message>
    <message>
        <source>Your changes are kept in this window, and Faktura keeps trying to save them.</source>
        <translation>Jūsų pakeitimai lieka šiame lange, o „Faktura“ toliau bando juos išsaugoti.</translation>
    </message>
</context>
<context>
    <name>SellerFields</name>
    <message>
        <source>e.g. 19-2000145399/0800</source>
        <translation>pvz., 19-2000145399/0800</translation>
    </message>
    <message>
        <source>Seller:</source>
        <translation>Pardavėjas:</translation>
    </message>
    <message>
        <source>A company</source>
        <translation>Įmonė</translation>
    </message>
    <message>
        <source>An individual (OSVČ; individuali veikla pagal pažymą)</source>
        <translation>Fizinis asmuo (individuali veikla pagal pažymą; OSVČ)</translation>
    </message>
    <message>
        <source>A business licence (verslo liudijimas)</source>
        <translation>Verslo liudijimas</translation>
    </message>
    <message>
        <source>Account number:</source>
        <translation>Sąskaitos numeris:</translation>
    </message>
    <message>
        <source>The Czech account number and bank code printed beside the IBAN</source>
        <translation>Čekijos sąskaitos numeris ir banko kodas, spausdinami šalia IBAN</translation>
    </message>
    <message>
        <source>Print the DUZP even when it is the issue date</source>
        <translation>Spausdinti DUZP (tiekimo datą), net kai ji sutampa su išrašymo data</translation>
    </message>
</context>
<context>
    <name>SendFlow</name>
    <message>
        <source>Issue the invoice?</source>
        <translation>Išrašyti sąskaitą faktūrą?</translation>
    </message>
    <message>
        <source>This invoice is a draft. Sending issues it first: it gets its number and can no longer be edited.</source>
        <translation>Ši sąskaita faktūra yra juodraštis. Prieš siunčiant ji bus išrašyta: jai bus suteiktas numeris, o redaguoti jos nebebus galima.</translation>
    </message>
    <message>
        <source>Issue and send</source>
        <translation>Išrašyti ir siųsti</translation>
    </message>
    <message>
        <source>Cannot send</source>
        <translation>Išsiųsti negalima</translation>
    </message>
    <message>
        <source>E-mail draft saved</source>
        <translation>El. laiško juodraštis išsaugotas</translation>
    </message>
    <message>
        <source>A cancelled invoice cannot be sent.</source>
        <translation>Anuliuotos sąskaitos faktūros siųsti negalima.</translation>
    </message>
    <message>
        <source>Fill in your company profile before issuing invoices.</source>
        <translation>Prieš išrašydami sąskaitas faktūras, užpildykite įmonės profilį.</translation>
    </message>
    <message>
        <source>Choose a client before sending.</source>
        <translation>Prieš siųsdami pasirinkite klientą.</translation>
    </message>
    <message>
        <source>Add at least one line before sending.</source>
        <translation>Prieš siųsdami pridėkite bent vieną eilutę.</translation>
    </message>
    <message>
        <source>Every line needs a description.</source>
        <translation>Kiekviena eilutė turi turėti pavadinimą.</translation>
    </message>
    <message>
        <source>The e-mail draft could not be written: %1</source>
        <translation>Nepavyko įrašyti el. laiško juodraščio: %1</translation>
    </message>
    <message>
        <source>E-mail sending is not set up</source>
        <translation>El. laiškų siuntimas nenustatytas</translation>
    </message>
    <message>
        <source>Enter your SMTP settings, then send the invoice again.</source>
        <translation>Įveskite SMTP nustatymus ir išsiųskite sąskaitą faktūrą dar kartą.</translation>
    </message>
    <message>
        <source>%1 was opened in your mail program; send it from there. Install the “Email sending via SMTP” module to send invoices directly from Faktura.</source>
        <translation>Failas %1 atvertas Jūsų pašto programoje; išsiųskite laišką iš ten. Įdiekite modulį „El. laiškų siuntimas per SMTP“, kad sąskaitas faktūras galėtumėte siųsti tiesiai iš programos „Faktura“.</translation>
    </message>
    <message>
        <source>The invoice cannot be issued: %1</source>
        <translation>Sąskaitos faktūros išrašyti negalima: %1</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>Nepavyko įrašyti PDF failo: %1</translation>
    </message>
</context>
<context>
    <name>ServerBanner</name>
    <message>
        <source>The database server %1 (database %2) cannot be reached.</source>
        <translation>Nepavyksta pasiekti duomenų bazės serverio %1 (duomenų bazė %2).</translation>
    </message>
    <message>
        <source>The lists show what was last read. An open draft keeps what you type and is saved as soon as the server answers; Faktura keeps trying by itself.</source>
        <translation>Sąrašuose rodoma tai, kas nuskaityta paskutinį kartą. Atvertas juodraštis išlaiko tai, ką įvedate, ir bus išsaugotas, kai tik serveris atsakys; „Faktura“ pati bando iš naujo.</translation>
    </message>
    <message>
        <source>The database server %1 cannot be reached.</source>
        <translation>Nepavyksta pasiekti duomenų bazės serverio %1.</translation>
    </message>
    <message>
        <source>The database server %1 answers again.</source>
        <translation>Duomenų bazės serveris %1 vėl atsako.</translation>
    </message>
</context>
<context>
    <name>SignInRunner</name>
    <message>
        <source>Faktura could not prepare the sign-in (%1).</source>
        <translation>„Faktura“ nepavyko paruošti prisijungimo (%1).</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open this address in a browser to sign in: %1</source>
        <translation>Nepavyko atidaryti naršyklės. Norėdami prisijungti, atidarykite šį adresą naršyklėje: %1</translation>
    </message>
    <message>
        <source>The sign-in failed unexpectedly; the details are in the log file.</source>
        <translation>Prisijungti netikėtai nepavyko; išsami informacija – žurnalo faile.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Prisijungimas atšauktas.</translation>
    </message>
    <message>
        <source>The browser did not come back in time. Click Sign in… to try again.</source>
        <translation>Naršyklė laiku negrįžo. Norėdami bandyti dar kartą, spustelėkite „Prisijungti…“.</translation>
    </message>
    <message>
        <source>The sign-in was declined in the browser, so Faktura cannot send through this mailbox.</source>
        <translation>Prisijungimas naršyklėje atmestas, todėl „Faktura“ negali siųsti per šią pašto dėžutę.</translation>
    </message>
    <message>
        <source>The provider refused the sign-in: %1. Check the client ID and the tenant.</source>
        <translation>Paslaugų teikėjas atmetė prisijungimą: %1. Patikrinkite kliento ID ir nuomininką (tenant).</translation>
    </message>
    <message>
        <source>The provider gave no lasting sign-in. Add “offline_access” to the scopes (Microsoft) and sign in again.</source>
        <translation>Paslaugų teikėjas nesuteikė ilgalaikio prisijungimo. Į leidimus (scopes) įtraukite „offline_access“ („Microsoft“) ir prisijunkite iš naujo.</translation>
    </message>
    <message>
        <source>The provider&apos;s sign-in service could not be reached. Check your internet connection.</source>
        <translation>Nepavyko susisiekti su paslaugų teikėjo prisijungimo paslauga. Patikrinkite interneto ryšį.</translation>
    </message>
    <message>
        <source>The keyring refused to keep the sign-in (is it locked?). Unlock it and sign in again.</source>
        <translation>Slaptažodžių saugykla atsisakė išsaugoti prisijungimą (gal ji užrakinta?). Atrakinkite ją ir prisijunkite iš naujo.</translation>
    </message>
</context>
<context>
    <name>SmtpFields</name>
    <message>
        <source>%1 accepts only its own sign-in: keep “Sign in with Microsoft/Google” below and enter a client ID (&lt;a href=&quot;%2&quot;&gt;how to register one&lt;/a&gt;).</source>
        <translation>%1 priima tik savo prisijungimo būdą: palikite toliau pasirinktą „Prisijungti per „Microsoft“ / „Google““ ir įveskite kliento ID (&lt;a href=&quot;%2&quot;&gt;kaip jį užregistruoti&lt;/a&gt;).</translation>
    </message>
    <message>
        <source>Needs an &lt;b&gt;app password&lt;/b&gt;, not your usual password: &lt;a href=&quot;%1&quot;&gt;how to create one&lt;/a&gt;.</source>
        <translation>Reikia &lt;b&gt;programos slaptažodžio&lt;/b&gt;, o ne įprasto slaptažodžio: &lt;a href=&quot;%1&quot;&gt;kaip jį sukurti&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>These settings are not confirmed by the provider; check with your provider.</source>
        <translation>Šių nustatymų paslaugos teikėjas nepatvirtino; pasitikrinkite juos paslaugos teikėjo svetainėje arba pagalbos tarnyboje.</translation>
    </message>
    <message>
        <source>•••• kept for this session only — type to replace</source>
        <translation>•••• saugomas tik šiam seansui – įveskite naują, jei norite pakeisti</translation>
    </message>
    <message>
        <source>•••• stored in the keyring — type to replace</source>
        <translation>•••• saugomas sistemos slaptažodžių saugykloje – įveskite naują, jei norite pakeisti</translation>
    </message>
    <message>
        <source>Sender name:</source>
        <translation>Siuntėjo vardas:</translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation>Siuntėjo adresas:</translation>
    </message>
    <message>
        <source>Reply-to (optional):</source>
        <translation>Atsakymo adresas (nebūtina):</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Paslaugos teikėjas:</translation>
    </message>
    <message>
        <source>Server (host):</source>
        <translation>Serveris (host):</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Prievadas:</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Šifravimas:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Prisijungimo vardas:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Slaptažodis:</translation>
    </message>
    <message>
        <source>Other provider</source>
        <translation>Kitas teikėjas</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>Nėra (nešifruota)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Rodyti</translation>
    </message>
    <message>
        <source>e.g. smtp.example.com</source>
        <translation>pvz., smtp.example.com</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>vardas@example.com</translation>
    </message>
    <message>
        <source>Shown to your clients, e.g. Jonas Jonaitis</source>
        <translation>Rodomas Jūsų klientams, pvz., Jonas Jonaitis</translation>
    </message>
</context>
<context>
    <name>SmtpImapFields</name>
    <message>
        <source>Copy sent messages to the Sent folder (IMAP)</source>
        <translation>Išsiųstus laiškus kopijuoti į aplanką „Išsiųsti“ (IMAP)</translation>
    </message>
    <message>
        <source>IMAP server:</source>
        <translation>IMAP serveris:</translation>
    </message>
    <message>
        <source>IMAP port:</source>
        <translation>IMAP prievadas:</translation>
    </message>
    <message>
        <source>IMAP encryption:</source>
        <translation>IMAP šifravimas:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Aplankas:</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>Nėra (nešifruota)</translation>
    </message>
    <message>
        <source>e.g. imap.example.com</source>
        <translation>pvz., imap.example.com</translation>
    </message>
    <message>
        <source>Sent (used only when the server marks no Sent folder)</source>
        <translation>Sent (naudojamas, tik jei serveris nepažymi aplanko „Išsiųsti“)</translation>
    </message>
</context>
<context>
    <name>SmtpOAuthFields</name>
    <message>
        <source>Signed in as %1.</source>
        <translation>Prisijungta kaip %1.</translation>
    </message>
    <message>
        <source>Not signed in yet.</source>
        <translation>Dar neprisijungta.</translation>
    </message>
    <message>
        <source>Finish the sign-in in your browser…</source>
        <translation>Užbaikite prisijungimą naršyklėje…</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Prisijungimas:</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>Prisijungimo vardas ir slaptažodis</translation>
    </message>
    <message>
        <source>Sign in with Microsoft/Google (OAuth2)</source>
        <translation>Prisijungti per „Microsoft“ / „Google“ (OAuth2)</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Kliento ID:</translation>
    </message>
    <message>
        <source>Client secret (Google):</source>
        <translation>Kliento slaptas raktas („Google“):</translation>
    </message>
    <message>
        <source>Tenant (Microsoft):</source>
        <translation>Nuomininkas (tenant):</translation>
    </message>
    <message>
        <source>Sign-in address:</source>
        <translation>Prisijungimo adresas:</translation>
    </message>
    <message>
        <source>Token address:</source>
        <translation>Prieigos rakto adresas:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Leidimai (scopes):</translation>
    </message>
    <message>
        <source>from your app registration, see the guide</source>
        <translation>iš programos registracijos, žr. vadovą</translation>
    </message>
    <message>
        <source>consumers, organizations or a tenant ID</source>
        <translation>consumers, organizations arba nuomininko ID</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Prisijungti…</translation>
    </message>
</context>
<context>
    <name>SmtpSettingsForm</name>
    <message>
        <source>Please correct the fields marked in red.</source>
        <translation>Ištaisykite raudonai pažymėtus laukus.</translation>
    </message>
    <message>
        <source>Send without encryption?</source>
        <translation>Siųsti be šifravimo?</translation>
    </message>
    <message>
        <source>With “None (unencrypted)”, your password and your invoices travel to %1 as plain text that anyone on the network can read.</source>
        <translation>Pasirinkus „Nėra (nešifruota)“, Jūsų slaptažodis ir sąskaitos faktūros į %1 keliauja kaip paprastas tekstas, kurį gali perskaityti bet kas tinkle.</translation>
    </message>
    <message>
        <source>Choose SSL/TLS or STARTTLS unless your provider says the server cannot encrypt.</source>
        <translation>Pasirinkite SSL/TLS arba STARTTLS, nebent paslaugos teikėjas nurodo, kad serveris šifravimo nepalaiko.</translation>
    </message>
    <message>
        <source>Use it unencrypted</source>
        <translation>Naudoti be šifravimo</translation>
    </message>
    <message>
        <source>Settings not saved.</source>
        <translation>Nustatymai neišsaugoti.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No system keyring is available.&lt;/b&gt; Faktura never writes your password to disk, so it cannot remember it after you quit. Tick the box below to keep it in memory until Faktura closes; you will type it again next time.</source>
        <translation>&lt;b&gt;Sistemos slaptažodžių saugykla nepasiekiama.&lt;/b&gt; „Faktura“ niekada neįrašo Jūsų slaptažodžio į diską, todėl išėjus iš programos jo neprisimins. Pažymėkite žemiau esantį langelį, kad slaptažodis būtų laikomas atmintyje, kol „Faktura“ bus uždaryta; kitą kartą jį reikės įvesti iš naujo.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Nustatymai išsaugoti.</translation>
    </message>
    <message>
        <source>Signed in. Click Update settings to keep these settings.</source>
        <extracomment>Time limit of a new account&apos;s connections (the issue: a silent server gives up in ≤ 20 s).</extracomment>
        <translation>Prisijungta. Spustelėkite „Atnaujinti nustatymus“, kad šie nustatymai būtų išsaugoti.</translation>
    </message>
    <message>
        <source>Certificate trusted for %1 and settings saved.</source>
        <translation>Sertifikatas serveriui %1 pažymėtas kaip patikimas, nustatymai išsaugoti.</translation>
    </message>
    <message>
        <source>Update settings</source>
        <translation>Atnaujinti nustatymus</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tikrinti ryšį</translation>
    </message>
    <message>
        <source>Keep the password for this session only</source>
        <translation>Slaptažodį saugoti tik šiam seansui</translation>
    </message>
</context>
<context>
    <name>SmtpTestPanel</name>
    <message>
        <source>Testing…</source>
        <translation>Tikrinama…</translation>
    </message>
    <message>
        <source>The test message could not be prepared: check the sender address.</source>
        <translation>Nepavyko paruošti bandomojo laiško: patikrinkite siuntėjo adresą.</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Tikrinimas nutrauktas.</translation>
    </message>
    <message>
        <source>Everything works.</source>
        <translation>Viskas veikia.</translation>
    </message>
    <message>
        <source>Login methods offered: %1.</source>
        <translation>Siūlomi prisijungimo būdai: %1.</translation>
    </message>
    <message>
        <source>Largest message the server accepts: %1 MB.</source>
        <translation>Didžiausias serverio priimamas laiškas: %1 MB.</translation>
    </message>
    <message>
        <source>Failed step: %1</source>
        <translation>Nepavykęs žingsnis: %1</translation>
    </message>
    <message>
        <source>Server reply: %1</source>
        <translation>Serverio atsakymas: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Išsami informacija: %1</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Išsamiau…</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Ką daryti:</translation>
    </message>
    <message>
        <source>Read more in the guide</source>
        <translation>Daugiau skaitykite vadove</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 kontrolinis kodas:</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Kam išduotas:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Kas išdavė:</translation>
    </message>
    <message>
        <source>(self-signed)</source>
        <translation>(savarankiškai pasirašytas)</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Galioja iki:</translation>
    </message>
    <message>
        <source>Trust this certificate for %1…</source>
        <translation>Pasitikėti šiuo sertifikatu serveriui %1…</translation>
    </message>
    <message>
        <source>Also send a test message to myself</source>
        <translation>Taip pat išsiųsti bandomąjį laišką sau</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Nutraukti tikrinimą</translation>
    </message>
    <message>
        <source>The server&apos;s certificate</source>
        <translation>Serverio sertifikatas</translation>
    </message>
</context>
<context>
    <name>SmtpTexts</name>
    <message>
        <source>This field is required.</source>
        <extracomment>Where each app-password provider&apos;s guide explains creating one.</extracomment>
        <translation>Šis laukas privalomas.</translation>
    </message>
    <message>
        <source>Enter only the server name, e.g. smtp.example.com (no spaces, no “https://”, no port).</source>
        <translation>Įveskite tik serverio pavadinimą, pvz., smtp.example.com (be tarpų, be „https://“ ir be prievado).</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Prievadas turi būti skaičius nuo 1 iki 65535.</translation>
    </message>
    <message>
        <source>Choose SSL/TLS, STARTTLS or None.</source>
        <translation>Pasirinkite SSL/TLS, STARTTLS arba „Nėra“.</translation>
    </message>
    <message>
        <source>Line breaks are not allowed here.</source>
        <translation>Eilučių lūžiai čia neleidžiami.</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address (name@example.com).</source>
        <translation>Tai nepanašu į el. pašto adresą (vardas@example.com).</translation>
    </message>
    <message>
        <source>The time limit must be between 1 and 120 seconds.</source>
        <translation>Laiko limitas turi būti nuo 1 iki 120 sekundžių.</translation>
    </message>
    <message>
        <source>The trusted certificate is invalid; test the connection again.</source>
        <translation>Patikimu pažymėtas sertifikatas netinkamas; dar kartą patikrinkite ryšį.</translation>
    </message>
    <message>
        <source>There is no keyring to store the password in. Tick “Keep the password for this session only”, or leave the password empty.</source>
        <translation>Nėra sistemos slaptažodžių saugyklos, kurioje būtų galima išsaugoti slaptažodį. Pažymėkite „Slaptažodį saugoti tik šiam seansui“ arba palikite slaptažodžio lauką tuščią.</translation>
    </message>
    <message>
        <source>Enter a folder name in plain letters, without quotes, \, * or %.</source>
        <translation>Įveskite aplanko pavadinimą paprastomis raidėmis, be kabučių, \, * ar %.</translation>
    </message>
    <message>
        <source>Paste the client ID exactly as your app registration shows it, without spaces.</source>
        <translation>Įklijuokite kliento ID tiksliai taip, kaip jis rodomas programos registracijoje, be tarpų.</translation>
    </message>
    <message>
        <source>Enter a full https:// address of the provider&apos;s sign-in service.</source>
        <translation>Įveskite visą paslaugų teikėjo prisijungimo paslaugos https:// adresą.</translation>
    </message>
    <message>
        <source>Choose password or sign-in with your provider.</source>
        <translation>Pasirinkite slaptažodį arba prisijungimą per paslaugų teikėją.</translation>
    </message>
    <message>
        <source>The keyring refused to store the password (is it locked?). Unlock it and try again.</source>
        <translation>Sistemos slaptažodžių saugykla atsisakė išsaugoti slaptažodį (gal ji užrakinta?). Atrakinkite ją ir bandykite dar kartą.</translation>
    </message>
    <message>
        <source>Signing in with your provider</source>
        <translation>Jungiamasi per paslaugų teikėją</translation>
    </message>
    <message>
        <source>Looking up the server name</source>
        <translation>Ieškomas serverio pavadinimas</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Jungiamasi prie serverio</translation>
    </message>
    <message>
        <source>Encryption (TLS) and certificate</source>
        <translation>Šifravimas (TLS) ir sertifikatas</translation>
    </message>
    <message>
        <source>Greeting (EHLO): what the server offers</source>
        <translation>Pasisveikinimas (EHLO): ką siūlo serveris</translation>
    </message>
    <message>
        <source>Switching to encryption (STARTTLS)</source>
        <translation>Perjungiama į šifruotą ryšį (STARTTLS)</translation>
    </message>
    <message>
        <source>Logging in</source>
        <translation>Prisijungiama</translation>
    </message>
    <message>
        <source>Sending a test message to yourself</source>
        <translation>Siunčiamas bandomasis laiškas Jums patiems</translation>
    </message>
    <message>
        <source>Closing the connection</source>
        <translation>Užbaigiamas ryšys</translation>
    </message>
    <message>
        <source>Signing in with Microsoft</source>
        <extracomment>The rows of the step list; MAIL, RCPT and DATA share the &quot;test message&quot; row.</extracomment>
        <translation>Jungiamasi per „Microsoft“</translation>
    </message>
    <message>
        <source>Signing in with Google</source>
        <translation>Jungiamasi per „Google“</translation>
    </message>
</context>
<context>
    <name>StaleQuestion</name>
    <message>
        <source>The draft was changed elsewhere</source>
        <translation>Juodraštis pakeistas kitur</translation>
    </message>
    <message>
        <source>%1 saved this draft at %2, after you opened it here.</source>
        <translation>%1 išsaugojo šį juodraštį %2, jau jums jį čia atidarius.</translation>
    </message>
    <message>
        <source>The client was changed elsewhere</source>
        <translation>Klientas pakeistas kitur</translation>
    </message>
    <message>
        <source>%1 saved this client at %2, after you opened it here.</source>
        <translation>%1 išsaugojo šį klientą %2, jau jums jį čia atidarius.</translation>
    </message>
    <message>
        <source>The product was changed elsewhere</source>
        <translation>Prekė ar paslauga pakeista kitur</translation>
    </message>
    <message>
        <source>%1 saved this product at %2, after you opened it here.</source>
        <translation>%1 išsaugojo šią prekę ar paslaugą %2, jau jums ją čia atidarius.</translation>
    </message>
    <message>
        <source>The company profile was changed elsewhere</source>
        <translation>Įmonės profilis pakeistas kitur</translation>
    </message>
    <message>
        <source>%1 saved the company profile at %2, after you opened it here.</source>
        <translation>%1 išsaugojo įmonės profilį %2, jau jums jį čia atidarius.</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>nežinomu laiku</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Kažkas</translation>
    </message>
    <message>
        <source>Reload theirs to see their version (your changes here are dropped), or keep yours to save them over it.</source>
        <translation>Įkelkite jų versiją, kad ją pamatytumėte (jūsų pakeitimai čia bus atmesti), arba palikite savo, kad jie būtų išsaugoti vietoj jos.</translation>
    </message>
    <message>
        <source>Reload theirs</source>
        <translation>Įkelti jų versiją</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Palikti mano</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Faktura is already running</source>
        <translation>Programa „Faktura“ jau paleista</translation>
    </message>
    <message>
        <source>Cannot use the data folder</source>
        <translation>Nepavyksta naudoti duomenų aplanko</translation>
    </message>
    <message>
        <source>Nothing has been changed. The backups are in %1; Faktura&apos;s window offers to restore one when it starts.</source>
        <translation>Niekas nepakeista. Atsarginės kopijos yra aplanke %1; paleistas programos „Faktura“ langas pasiūlys vieną iš jų atkurti.</translation>
    </message>
    <message>
        <source>The database %1 cannot be used: %2 Nothing has been changed.</source>
        <translation>Duomenų bazės %1 naudoti negalima: %2 Niekas nepakeista.</translation>
    </message>
    <message>
        <source>The log %1 cannot be written (%2); messages go to the terminal instead.</source>
        <translation>Nepavyksta rašyti į žurnalo failą %1 (%2); pranešimai rodomi terminale.</translation>
    </message>
    <message>
        <source>Faktura cannot write to its data folder %1 (%2). Make the folder writable for you, or start Faktura with --data-dir and another folder.</source>
        <translation>Programa „Faktura“ negali rašyti į savo duomenų aplanką %1 (%2). Suteikite sau teisę rašyti į šį aplanką arba paleiskite programą „Faktura“ su parinktimi --data-dir ir kitu aplanku.</translation>
    </message>
    <message>
        <source>the file or its folder is read-only.</source>
        <translation>failas arba jo aplankas skirtas tik skaityti.</translation>
    </message>
    <message>
        <source>the disk is full.</source>
        <translation>diskas pilnas.</translation>
    </message>
    <message>
        <source>another program holds it locked.</source>
        <translation>ją yra užrakinusi kita programa.</translation>
    </message>
    <message>
        <source>the system could not read or write it.</source>
        <translation>sistemai nepavyko jos nuskaityti arba įrašyti.</translation>
    </message>
    <message>
        <source>the database server cannot be reached. Check that it is running and that this computer can reach it over the network.</source>
        <translation>nepavyksta pasiekti duomenų bazės serverio. Patikrinkite, ar jis veikia ir ar šis kompiuteris jį pasiekia tinklu.</translation>
    </message>
    <message>
        <source>the database server refused the user name or the password, or this user may not do this.</source>
        <translation>duomenų bazės serveris nepriėmė prisijungimo vardo ar slaptažodžio, arba šiam naudotojui to daryti neleidžiama.</translation>
    </message>
    <message>
        <source>The database is from a newer Faktura</source>
        <translation>Duomenų bazė sukurta naujesne programos „Faktura“ versija</translation>
    </message>
    <message>
        <source>You are working in the local file %1, not on the database server; Settings → Database still names the server for the next start.</source>
        <translation>Dirbate vietiniame faile %1, o ne duomenų bazės serveryje; Nustatymai → Duomenų bazė kitam paleidimui vis dar nurodo serverį.</translation>
    </message>
    <message>
        <source>Choose the copy to put in place of the damaged file.</source>
        <translation>Pasirinkite kopiją, kuri pakeis sugadintą failą.</translation>
    </message>
    <message>
        <source>The database file %1 is empty (0 bytes): the books it held are gone.</source>
        <translation>Duomenų bazės failas %1 tuščias (0 baitų): jame buvusių duomenų nebėra.</translation>
    </message>
    <message>
        <source>The file %1 is damaged: it is not a database any more.</source>
        <translation>Failas %1 sugadintas: tai nebėra duomenų bazė.</translation>
    </message>
    <message>
        <source>The database file %1 is damaged: parts of it cannot be read.</source>
        <translation>Duomenų bazės failas %1 sugadintas: dalies jo neįmanoma nuskaityti.</translation>
    </message>
    <message>
        <source>that copy is damaged as well</source>
        <translation>ši kopija taip pat sugadinta</translation>
    </message>
    <message>
        <source>another Faktura is using the data folder</source>
        <translation>duomenų aplanką naudoja kita programa „Faktura“</translation>
    </message>
    <message>
        <source>Open another data folder</source>
        <translation>Atverti kitą duomenų aplanką</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>Atsarginė kopija neatkurta</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Duomenų bazė sugadinta</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>Atkurti naujausią atsarginę kopiją</translation>
    </message>
    <message>
        <source>Choose a backup…</source>
        <translation>Pasirinkti atsarginę kopiją…</translation>
    </message>
    <message>
        <source>Open another folder…</source>
        <translation>Atverti kitą aplanką…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Išeiti</translation>
    </message>
    <message>
        <source>The backup could not be put in place (%1). Nothing has been changed.</source>
        <translation>Nepavyko atkurti atsarginės kopijos (%1). Niekas nepakeista.</translation>
    </message>
    <message numerus="yes">
        <source>The latest sound backup is from %1 (%n invoice(s)). Restoring it keeps the damaged file in the data folder; nothing is deleted.</source>
        <translation>
            <numerusform>Naujausia nepažeista atsarginė kopija sukurta %1 (%n sąskaita faktūra). Ją atkūrus, sugadintas failas liks duomenų aplanke; niekas neištrinama.</numerusform>
            <numerusform>Naujausia nepažeista atsarginė kopija sukurta %1 (%n sąskaitos faktūros). Ją atkūrus, sugadintas failas liks duomenų aplanke; niekas neištrinama.</numerusform>
            <numerusform>Naujausia nepažeista atsarginė kopija sukurta %1 (%n sąskaitų faktūrų). Ją atkūrus, sugadintas failas liks duomenų aplanke; niekas neištrinama.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no sound backup in %1. Open another data folder, or quit; the damaged file stays as it is.</source>
        <translation>Aplanke %1 nėra nepažeistos atsarginės kopijos. Atverkite kitą duomenų aplanką arba išeikite; sugadintas failas liks nepakeistas.</translation>
    </message>
    <message>
        <source>Check that the server is running and that this computer can reach it over the network (ask whoever runs it), then try again. You can also work in the local file in the data folder for now: invoices made there stay in that file and are not on the server. Or choose another database.</source>
        <translation>Patikrinkite, ar serveris veikia ir ar šis kompiuteris jį pasiekia tinklu (paklauskite serverį prižiūrinčio asmens), tada bandykite dar kartą. Kol kas galite dirbti ir vietiniame duomenų aplanko faile: ten sukurtos sąskaitos faktūros liks tame faile ir nebus serveryje. Arba pasirinkite kitą duomenų bazę.</translation>
    </message>
    <message>
        <source>The database server cannot be reached: Faktura could not connect to %1. Check that the server is running and that this computer can reach it over the network.</source>
        <translation>Nepavyksta pasiekti duomenų bazės serverio: „Faktura“ nepavyko prisijungti prie %1. Patikrinkite, ar serveris veikia ir ar šis kompiuteris jį pasiekia tinklu.</translation>
    </message>
    <message>
        <source>The database server cannot be reached</source>
        <translation>Nepavyksta pasiekti duomenų bazės serverio</translation>
    </message>
    <message>
        <source>Still no answer (tried at %1).</source>
        <translation>Atsakymo vis dar nėra (bandyta %1).</translation>
    </message>
    <message>
        <source>Faktura cannot reach %1.</source>
        <translation>„Faktura“ nepasiekia %1.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Bandyti dar kartą</translation>
    </message>
    <message>
        <source>Use the local file instead</source>
        <translation>Naudoti vietinį failą</translation>
    </message>
    <message>
        <source>Choose another database…</source>
        <translation>Pasirinkti kitą duomenų bazę…</translation>
    </message>
    <message>
        <source>the server %1, database %2</source>
        <translation>serverio %1 (duomenų bazė %2)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Jungiamasi prie %1…</translation>
    </message>
    <message>
        <source>Trying again failed (%1).</source>
        <translation>Bandymas iš naujo nepavyko (%1).</translation>
    </message>
    <message>
        <source>the server %1, database %2, user %3</source>
        <translation>serverio %1 (duomenų bazė %2, naudotojas %3)</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Įvyko klaida</translation>
    </message>
    <message>
        <source>Another Faktura window is using the data folder %1. Switch to that window, or close it and start Faktura again.</source>
        <translation>Duomenų aplanką %1 naudoja kitas programos „Faktura“ langas. Pereikite į tą langą arba jį uždarykite ir paleiskite programą „Faktura“ iš naujo.</translation>
    </message>
    <message>
        <source>The database could not be opened. Details are in the log: %1</source>
        <translation>Nepavyko atverti duomenų bazės. Išsami informacija yra žurnale: %1</translation>
    </message>
    <message>
        <source>The data in %1 was written by a newer version of Faktura (schema %2). Install that version or newer to open it; nothing has been changed.</source>
        <translation>Duomenis aplanke %1 įrašė naujesnė programos „Faktura“ versija (schema %2). Norėdami juos atverti, įdiekite tą ar naujesnę versiją; niekas nebuvo pakeista.</translation>
    </message>
</context>
<context>
    <name>StorageMessages</name>
    <message>
        <source>The disk is full. Free some space on it.</source>
        <translation>Diskas pilnas. Atlaisvinkite jame vietos.</translation>
    </message>
    <message>
        <source>The database file is read-only. Check that you may write to the file and its folder.</source>
        <translation>Duomenų bazės failas skirtas tik skaityti. Patikrinkite, ar galite rašyti į šį failą ir jo aplanką.</translation>
    </message>
    <message>
        <source>The database is locked by another program (a backup or sync tool, or another Faktura). Close that program or wait until it finishes.</source>
        <translation>Duomenų bazę užrakino kita programa (atsarginių kopijų ar sinchronizavimo įrankis arba kita „Faktura“). Uždarykite tą programą arba palaukite, kol ji baigs darbą.</translation>
    </message>
    <message>
        <source>The database file is damaged. Keep this window open and copy your changes elsewhere, then restore a backup.</source>
        <translation>Duomenų bazės failas sugadintas. Neuždarykite šio lango, nusikopijuokite pakeitimus kitur, tada atkurkite atsarginę kopiją.</translation>
    </message>
    <message>
        <source>The disk could not be read or written (an input/output error). Check the disk or the network folder that holds your data.</source>
        <translation>Nepavyko skaityti disko arba į jį rašyti (įvesties ir išvesties klaida). Patikrinkite diską arba tinklo aplanką, kuriame laikomi Jūsų duomenys.</translation>
    </message>
    <message>
        <source>The database server cannot be reached. What you typed stays here and is saved as soon as the server answers again; check the network, or ask whoever runs the server.</source>
        <translation>Nepavyksta pasiekti duomenų bazės serverio. Tai, ką įvedėte, lieka čia ir bus išsaugota, kai tik serveris vėl atsakys; patikrinkite tinklą arba kreipkitės į serverį prižiūrintį asmenį.</translation>
    </message>
    <message>
        <source>The database server refused this (the login, or this user&apos;s rights). Ask whoever runs the server.</source>
        <translation>Duomenų bazės serveris to neleido (prisijungimas arba šio naudotojo teisės). Kreipkitės į serverį prižiūrintį asmenį.</translation>
    </message>
    <message>
        <source>Something went wrong. Details are in the log: %1</source>
        <translation>Įvyko klaida. Išsami informacija yra žurnalo faile: %1</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <source>VAT rate</source>
        <translation>PVM tarifas</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Apmokestinamoji vertė</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>PVM</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Suma su PVM</translation>
    </message>
    <message>
        <source>Total without VAT</source>
        <translation>Iš viso be PVM</translation>
    </message>
    <message>
        <source>VAT total</source>
        <translation>PVM iš viso</translation>
    </message>
    <message>
        <source>Total to pay</source>
        <translation>Iš viso mokėti</translation>
    </message>
</context>
<context>
    <name>UnsavedQuestion</name>
    <message>
        <source>Draft not saved</source>
        <translation>Juodraštis neišsaugotas</translation>
    </message>
    <message>
        <source>The changes to this draft could not be saved.</source>
        <translation>Šio juodraščio pakeitimų nepavyko išsaugoti.</translation>
    </message>
    <message>
        <source>Try again, discard the changes, or cancel and keep the draft open.</source>
        <translation>Bandykite dar kartą, atmeskite pakeitimus arba atšaukite ir palikite juodraštį atvertą.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Bandyti dar kartą</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Atmesti pakeitimus</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
</context>
<context>
    <name>VatRate</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 exempt</source>
        <translation>%1, neapmokestinama</translation>
    </message>
    <message>
        <source>reverse charge</source>
        <translation>atvirkštinis PVM apmokestinimas</translation>
    </message>
    <message>
        <source>no VAT (not a payer)</source>
        <translation>be PVM (ne PVM mokėtojas)</translation>
    </message>
</context>
</TS>
