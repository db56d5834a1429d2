<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs_CZ">
<context>
    <name>AccountingExportDialog</name>
    <message>
        <source>Adding invoice %1 of %2…</source>
        <translation>Přidává se faktura %1 z %2…</translation>
    </message>
    <message>
        <source>Export for the accountant</source>
        <translation>Export pro účetní</translation>
    </message>
    <message>
        <source>Saved for the accountant in %1: %2</source>
        <translation>Pro účetní uloženo ve složce %1: %2</translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation>Export se nepodařilo zapsat: %1</translation>
    </message>
    <message>
        <source>Something went wrong. Details are in the log: %1</source>
        <translation>Něco se pokazilo. Podrobnosti najdete v souboru protokolu: %1</translation>
    </message>
    <message>
        <source>Export for the accountant cancelled; nothing was written.</source>
        <translation>Export pro účetní byl zrušen; nic nebylo zapsáno.</translation>
    </message>
    <message>
        <source>Issued invoices and credit notes of the period (cancelled ones marked) as a CSV that LibreOffice and Excel open, with the tax base and VAT per rate.</source>
        <translation>Vystavené faktury a opravné daňové doklady za období (stornované označené) jako CSV, které otevře LibreOffice i Excel, se základem daně a DPH podle sazeb.</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Od:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Do:</translation>
    </message>
    <message>
        <source>Also a ZIP with every PDF and ISDOC</source>
        <translation>Také ZIP se všemi PDF a ISDOC</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportovat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>Restore</source>
        <translation>Obnovit</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivovat</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Upravit…</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Zobrazit archivované</translation>
    </message>
</context>
<context>
    <name>CertTrustDialog</name>
    <message>
        <source>Trust this certificate?</source>
        <translation>Důvěřovat tomuto certifikátu?</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Důvěřovat tomuto certifikátu</translation>
    </message>
    <message>
        <source>Faktura will accept exactly this certificate for %1, and no other. Do this only for your own or your company&apos;s server, after checking the fingerprint with whoever runs it.</source>
        <translation>Faktura bude pro %1 přijímat právě tento certifikát a žádný jiný. Udělejte to jen u vlastního serveru nebo serveru vaší firmy, a to až poté, co otisk ověříte u toho, kdo server spravuje.</translation>
    </message>
    <message>
        <source>This server used to show a different certificate. A changed certificate can mean someone is intercepting the connection.</source>
        <translation>Tento server dříve předkládal jiný certifikát. Změněný certifikát může znamenat, že někdo spojení odposlouchává.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:
%1

Issued to: %2
Issued by: %3
Valid until: %4</source>
        <translation>Otisk SHA-256:
%1

Vydáno pro: %2
Vydal: %3
Platnost do: %4</translation>
    </message>
</context>
<context>
    <name>ClientChooser</name>
    <message>
        <source>“%1” is not in your clients yet. Create it?</source>
        <translation>Klient „%1“ zatím mezi vašimi klienty není. Vytvořit ho?</translation>
    </message>
    <message>
        <source>Type a client&apos;s name</source>
        <translation>Zadejte název klienta</translation>
    </message>
    <message>
        <source>Create client</source>
        <translation>Vytvořit klienta</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Teď ne</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>Last checked in VIES on %1: valid.</source>
        <translation>Naposledy ověřeno ve VIES %1: platné.</translation>
    </message>
    <message>
        <source>Last checked in VIES on %1: not valid.</source>
        <translation>Naposledy ověřeno ve VIES %1: neplatné.</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nový klient</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Contact and terms</source>
        <translation>Kontakt a podmínky</translation>
    </message>
    <message>
        <source>E-mails:</source>
        <translation>E-maily:</translation>
    </message>
    <message>
        <source>Document language:</source>
        <translation>Jazyk dokladů:</translation>
    </message>
    <message>
        <source>Payment terms:</source>
        <translation>Splatnost:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Poznámky:</translation>
    </message>
    <message>
        <source>Attach the ISDOC e-invoice to invoice e-mails</source>
        <translation>K e-mailům s fakturou přikládat e-fakturu ISDOC</translation>
    </message>
    <message>
        <source>ISDOC is the Czech e-invoice that accounting programs such as Pohoda, Money S3 and iDoklad import; it is sent next to the PDF.</source>
        <translation>ISDOC je česká e-faktura, kterou importují účetní programy jako Pohoda, Money S3 nebo iDoklad; posílá se spolu s PDF.</translation>
    </message>
    <message>
        <source>one or more, separated by commas</source>
        <translation>jeden nebo více, oddělené čárkami</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Angličtina</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>Litevština</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Čeština</translation>
    </message>
    <message>
        <source>Company default</source>
        <translation>Podle nastavení firmy</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Uložit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>Company code</source>
        <translation>IČO</translation>
    </message>
    <message>
        <source>VAT code</source>
        <translation>DIČ</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-maily</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Země</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienti</translation>
    </message>
    <message>
        <source>Search by name, code or e-mail</source>
        <translation>Hledat podle názvu, IČO/DIČ nebo e-mailu</translation>
    </message>
    <message>
        <source>Add client</source>
        <translation>Přidat klienta</translation>
    </message>
    <message>
        <source>No clients yet. Add one here, or type a new name in an invoice.</source>
        <translation>Zatím nemáte žádné klienty. Přidejte klienta zde, nebo na faktuře napište nový název.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The database is at schema %1.</source>
        <translation>Databáze má schéma %1.</translation>
    </message>
    <message>
        <source>Upgraded to schema %1; the database before the upgrade is in %2.</source>
        <translation>Databáze byla aktualizována na schéma %1; její kopie z doby před aktualizací je v %2.</translation>
    </message>
    <message>
        <source>“%1” is not DESCRIPTION;QTY;UNIT;UNIT_PRICE;VAT.</source>
        <translation>„%1“ neodpovídá formátu DESCRIPTION;QTY;UNIT;UNIT_PRICE;VAT.</translation>
    </message>
    <message>
        <source>“%1” is no currency code (EUR, CZK, USD …).</source>
        <translation>„%1“ není kód měny (EUR, CZK, USD …).</translation>
    </message>
    <message>
        <source>“%1” is no VAT rate: give a percentage (21) or exempt, zero, reverse-charge.</source>
        <translation>„%1“ není sazba DPH: zadejte procenta (21) nebo exempt, zero, reverse-charge.</translation>
    </message>
    <message>
        <source>Your VAT rates: %1.</source>
        <translation>Vaše sazby DPH: %1.</translation>
    </message>
    <message>
        <source>Queued for %1; `faktura outbox run` or a running Faktura sends it.</source>
        <translation>E-mail pro %1 je ve frontě k odeslání; odešle ho příkaz `faktura outbox run` nebo spuštěná Faktura.</translation>
    </message>
    <message>
        <source>Another Faktura is using %1: close it or use another data folder.</source>
        <translation>Složku %1 používá jiná spuštěná Faktura: zavřete ji, nebo použijte jinou složku s daty.</translation>
    </message>
    <message>
        <source>Something went wrong. Details are in the log: %1</source>
        <translation>Něco se pokazilo. Podrobnosti najdete v souboru protokolu: %1</translation>
    </message>
    <message>
        <source>Stopping after the message being sent…</source>
        <translation>Zastaví se po odeslání právě odesílaného e-mailu…</translation>
    </message>
    <message>
        <source>E-mail sending is not set up: install “Email sending via SMTP” in Faktura (Settings → Modules) and fill in the account.</source>
        <translation>Odesílání e-mailů není nastaveno: ve Faktuře nainstalujte modul „Odesílání e-mailů přes SMTP“ (Nastavení → Moduly) a vyplňte účet.</translation>
    </message>
    <message>
        <source>Stopped; what was done so far stays done.</source>
        <translation>Zastaveno; co už bylo hotovo, zůstává.</translation>
    </message>
    <message>
        <source>The password works and is kept in the keyring.</source>
        <translation>Heslo funguje a je uloženo v systémovém úložišti hesel.</translation>
    </message>
    <message>
        <source>Name the database server with --database postgresql://USER@HOST/DB.</source>
        <translation>Zadejte databázový server: --database postgresql://UŽIVATEL@SERVER/DB.</translation>
    </message>
    <message>
        <source>Copy to postgresql://USER@HOST/DATABASE or to sqlite:///NEW-FILE.</source>
        <translation>Kopírujte do postgresql://UŽIVATEL@SERVER/DATABÁZE nebo do sqlite:///NOVÝ-SOUBOR.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Heslo pro %1: </translation>
    </message>
    <message>
        <source>%1 is not empty: Faktura copies only into an empty database (a new SQLite file, or a server database without tables). Nothing was written.</source>
        <translation>%1 není prázdná: Faktura kopíruje jen do prázdné databáze (nového souboru SQLite nebo serverové databáze bez tabulek). Nic nebylo zapsáno.</translation>
    </message>
    <message>
        <source>The keyring did not keep the password: %1</source>
        <translation>Systémové úložiště hesel heslo neuložilo: %1</translation>
    </message>
    <message>
        <source>The copy in %1 does not match the books (%2); do not use it.</source>
        <translation>Kopie v %1 neodpovídá datům (%2); nepoužívejte ji.</translation>
    </message>
    <message>
        <source>Copied to %1 and checked: %2 invoices, %3 clients, %4 e-mails; the rows of every table and the invoice totals match on both sides.</source>
        <translation>Zkopírováno do %1 a ověřeno: faktur %2, klientů %3, e-mailů %4; řádky všech tabulek i součty faktur se na obou stranách shodují.</translation>
    </message>
    <message>
        <source>To save the database password: faktura --database URL db password</source>
        <translation>Heslo k databázi uložíte takto: faktura --database URL db password</translation>
    </message>
    <message>
        <source>Faktura cannot use the database %1: give postgresql://USER@HOST/DATABASE (or nothing, for the SQLite file in the data folder).</source>
        <translation>Faktura nemůže použít databázi %1: zadejte postgresql://UŽIVATEL@SERVER/DATABÁZE (nebo nic – pak se použije soubor SQLite v datové složce).</translation>
    </message>
    <message>
        <source>No SMTP password is saved: enter it in Faktura&apos;s SMTP settings.</source>
        <translation>Heslo SMTP není uloženo: zadejte ho v nastavení SMTP ve Faktuře.</translation>
    </message>
    <message>
        <source>The keyring did not give the SMTP password: unlock it and run again.</source>
        <translation>Systémové úložiště hesel nevydalo heslo SMTP: odemkněte ho a spusťte příkaz znovu.</translation>
    </message>
    <message>
        <source>Sending is paused until the SMTP account is fixed in Faktura (%1: %2).</source>
        <translation>Odesílání je pozastaveno, dokud ve Faktuře neopravíte účet SMTP (%1: %2).</translation>
    </message>
    <message>
        <source>Sent: %1; waiting to retry: %2; failed: %3; uncertain: %4.</source>
        <translation>Odesláno: %1; čeká na nový pokus: %2; selhalo: %3; stav nejistý: %4.</translation>
    </message>
    <message>
        <source>There is no invoice %1.</source>
        <translation>Faktura %1 neexistuje.</translation>
    </message>
    <message>
        <source>There is no client %1.</source>
        <translation>Klient %1 neexistuje.</translation>
    </message>
    <message>
        <source>Not found: %1.</source>
        <translation>Nenalezeno: %1.</translation>
    </message>
    <message>
        <source>Only an issued invoice can be sent; issue the draft first.</source>
        <translation>Odeslat lze jen vystavenou fakturu; nejdříve koncept vystavte.</translation>
    </message>
    <message>
        <source>A cancelled invoice cannot be sent.</source>
        <translation>Stornovanou fakturu nelze odeslat.</translation>
    </message>
    <message>
        <source>The client has no e-mail address; give one with --to.</source>
        <translation>Klient nemá e-mailovou adresu; zadejte ji volbou --to.</translation>
    </message>
    <message>
        <source>A draft has no number yet, so it cannot be an ISDOC; issue it first.</source>
        <translation>Koncept ještě nemá číslo, a proto z něj nemůže být ISDOC; nejprve ho vystavte.</translation>
    </message>
    <message>
        <source>ISDOC states every amount also in %1: give the invoice its exchange rate first.</source>
        <translation>ISDOC uvádí každou částku také v %1: nejprve u faktury vyplňte kurz.</translation>
    </message>
    <message>
        <source>This credit note does not name the invoice it corrects, which ISDOC requires.</source>
        <translation>Tento opravný daňový doklad neuvádí fakturu, kterou opravuje, což ISDOC vyžaduje.</translation>
    </message>
    <message>
        <source>An issued invoice cannot be changed; correct it with a credit note.</source>
        <translation>Vystavenou fakturu nelze změnit; opravte ji opravným daňovým dokladem.</translation>
    </message>
    <message>
        <source>Only a SQLite file can be backed up here; back up a shared database on its server.</source>
        <translation>Zde lze zálohovat jen soubor SQLite; sdílenou databázi zálohujte na jejím serveru.</translation>
    </message>
    <message>
        <source>Invoice %1 is no longer a draft (status: %2); nothing was changed.</source>
        <translation>Faktura %1 už není koncept (stav: %2); nic nebylo změněno.</translation>
    </message>
    <message>
        <source>Invoice %1 has the status %2, so it cannot become %3; nothing was changed.</source>
        <translation>Faktura %1 má stav „%2“, a proto nemůže přejít do stavu „%3“; nic nebylo změněno.</translation>
    </message>
    <message>
        <source>The message cannot change now: %1</source>
        <translation>E-mail teď nelze změnit: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Nelze zapsat %1: %2</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <source>Choose a logo</source>
        <translation>Vyberte logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Obrázky (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Bez loga</translation>
    </message>
    <message>
        <source>Company profile saved.</source>
        <translation>Profil firmy byl uložen.</translation>
    </message>
    <message>
        <source>Company profile</source>
        <translation>Profil firmy</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>Vaše firma</translation>
    </message>
    <message>
        <source>Contact and bank</source>
        <translation>Kontakt a banka</translation>
    </message>
    <message>
        <source>Invoice defaults</source>
        <translation>Výchozí nastavení faktur</translation>
    </message>
    <message>
        <source>Legal basis of the VAT treatment</source>
        <translation>Právní základ režimu DPH</translation>
    </message>
    <message>
        <source>Printed on invoices with exempt, 0 % or reverse-charge lines. New invoices start from these texts; each invoice can change its own.</source>
        <translation>Tiskne se na faktury s osvobozenými položkami, se sazbou 0 % nebo s přenesenou daňovou povinností. Nové faktury začínají těmito texty; u každé faktury je můžete změnit.</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>IBAN:</source>
        <translation>IBAN:</translation>
    </message>
    <message>
        <source>Bank:</source>
        <translation>Banka:</translation>
    </message>
    <message>
        <source>BIC / SWIFT:</source>
        <translation>BIC / SWIFT:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Měna:</translation>
    </message>
    <message>
        <source>Document language:</source>
        <translation>Jazyk dokladů:</translation>
    </message>
    <message>
        <source>Payment terms:</source>
        <translation>Splatnost:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Angličtina</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>Litevština</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Čeština</translation>
    </message>
    <message>
        <source>Prices include VAT</source>
        <translation>Ceny včetně DPH</translation>
    </message>
    <message>
        <source>LT12 1000 0111 0100 1000</source>
        <translation>CZ65 0800 0000 1920 0014 5399</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vybrat…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Odebrat</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Uložit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>Not a valid e-mail address: %1</source>
        <translation>Neplatná e-mailová adresa: %1</translation>
    </message>
    <message>
        <source>Enter at least one recipient.</source>
        <translation>Zadejte alespoň jednoho příjemce.</translation>
    </message>
    <message>
        <source>Enter a subject.</source>
        <translation>Zadejte předmět.</translation>
    </message>
    <message>
        <source>Line breaks are not allowed in this field.</source>
        <translation>V tomto poli není zalomení řádku povoleno.</translation>
    </message>
    <message>
        <source>The PDF could not be read: %1</source>
        <translation>PDF se nepodařilo přečíst: %1</translation>
    </message>
    <message>
        <source>E-mail sending is not set up any more.</source>
        <translation>Odesílání e-mailů už není nastaveno.</translation>
    </message>
    <message>
        <source>Invoice %1 is in the outbox and will be sent now.</source>
        <translation>Faktura %1 je ve frontě k odeslání a nyní se odešle.</translation>
    </message>
    <message>
        <source>Template saved.</source>
        <translation>Šablona byla uložena.</translation>
    </message>
    <message>
        <source>Send invoice %1</source>
        <translation>Odeslat fakturu %1</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Od:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Komu:</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>K&amp;opie:</translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation>Skrytá &amp;kopie:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Předmět:</translation>
    </message>
    <message>
        <source>Attachment:</source>
        <translation>Příloha:</translation>
    </message>
    <message>
        <source>client@example.com, another@example.com</source>
        <translation>klient@example.com, dalsi@example.com</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Odeslat</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Uložit jako šablonu</translation>
    </message>
    <message>
        <source>Use this subject and text for every invoice in this language</source>
        <translation>Použít tento předmět a text u všech faktur v tomto jazyce</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 na %2</translation>
    </message>
    <message>
        <source>This invoice was already sent: %1. Sending again makes a second e-mail.</source>
        <translation>Tato faktura už byla odeslána: %1. Dalším odesláním vznikne druhý e-mail.</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>Copy my books</source>
        <translation>Zkopírovat moje data</translation>
    </message>
    <message>
        <source>Copies every invoice, client, product and e-mail of the books open now into an empty database, then counts both sides. A database that holds anything is refused and left as it is; your books here are only read.</source>
        <translation>Zkopíruje všechny faktury, klienty, položky ceníku a e-maily právě otevřených dat do prázdné databáze a potom obě strany spočítá. Databáze, která už něco obsahuje, se odmítne a zůstane beze změny; vaše data se tu jen čtou.</translation>
    </message>
    <message>
        <source>Copy my books to this database</source>
        <translation>Zkopírovat moje data do této databáze</translation>
    </message>
    <message>
        <source>Copy my books to a new SQLite file…</source>
        <translation>Zkopírovat moje data do nového souboru SQLite…</translation>
    </message>
    <message>
        <source>Use the copy from now on</source>
        <translation>Od teď používat kopii</translation>
    </message>
    <message>
        <source>Give the address of an empty server database above first.</source>
        <translation>Nejdřív výše zadejte adresu prázdné serverové databáze.</translation>
    </message>
    <message>
        <source>Copy my books to a new SQLite file</source>
        <translation>Zkopírovat moje data do nového souboru SQLite</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite3)</source>
        <translation>Databáze SQLite (*.sqlite3)</translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>Kopírování…</translation>
    </message>
    <message>
        <source>Copying the books</source>
        <translation>Kopírování dat</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was written.</source>
        <translation>Kopírování bylo zrušeno; nic nebylo zapsáno.</translation>
    </message>
    <message>
        <source>Preparing the copy…</source>
        <translation>Příprava kopírování…</translation>
    </message>
    <message>
        <source>Copied %1 of %2 rows…</source>
        <translation>Zkopírováno %1 z %2 řádků…</translation>
    </message>
    <message>
        <source>The copy in %1 does not match your books (%2); do not use it.</source>
        <translation>Kopie v %1 neodpovídá vašim datům (%2); nepoužívejte ji.</translation>
    </message>
    <message>
        <source>Copied to %1 and checked on both sides: %2 rows in all (invoices %3, clients %4, products %5, e-mails %6); the rows of every table and the invoice totals match.</source>
        <translation>Zkopírováno do %1 a ověřeno na obou stranách: celkem řádků %2 (faktur %3, klientů %4, položek ceníku %5, e-mailů %6); řádky všech tabulek i součty faktur se shodují.</translation>
    </message>
    <message>
        <source>%1 is not empty: Faktura copies only into an empty database (a new SQLite file, or a server database without tables). Nothing was written.</source>
        <translation>%1 není prázdná: Faktura kopíruje jen do prázdné databáze (nového souboru SQLite nebo serverové databáze bez tabulek). Nic nebylo zapsáno.</translation>
    </message>
    <message>
        <source>Give the address as postgresql://USER@SERVER/DATABASE (port optional).</source>
        <translation>Zadejte adresu ve tvaru postgresql://UŽIVATEL@SERVER/DATABÁZE (port je nepovinný).</translation>
    </message>
    <message>
        <source>Nothing was copied. %1</source>
        <translation>Nic nebylo zkopírováno. %1</translation>
    </message>
    <message>
        <source>The copy failed (%1); nothing was written.</source>
        <translation>Kopírování selhalo (%1); nic nebylo zapsáno.</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>Your books are now in the SQLite file %1.</source>
        <translation>Vaše data jsou teď v souboru SQLite %1.</translation>
    </message>
    <message>
        <source>Your books are now on the server %1.</source>
        <translation>Vaše data jsou teď na serveru %1.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Databáze</translation>
    </message>
    <message>
        <source>Where your books are. Leave the address empty to keep them in the SQLite file in the data folder; give a PostgreSQL server&apos;s address to share them with your team.</source>
        <translation>Kde jsou vaše data. Nechte adresu prázdnou, aby zůstala v souboru SQLite v datové složce; zadejte adresu serveru PostgreSQL, abyste je sdíleli se svým týmem.</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>uloženo v systémovém úložišti hesel</translation>
    </message>
    <message>
        <source>Across a network, add ?sslmode=verify-full to the address: Faktura then checks the server&apos;s certificate and name, so nobody in between can read or change the books.</source>
        <translation>Při připojení přes síť přidejte k adrese ?sslmode=verify-full: Faktura pak ověří certifikát a název serveru, takže nikdo po cestě nemůže data číst ani měnit.</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresa:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Heslo:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Otestovat připojení</translation>
    </message>
    <message>
        <source>Use this database</source>
        <translation>Použít tuto databázi</translation>
    </message>
    <message>
        <source>An empty address means the SQLite file in the data folder.</source>
        <translation>Prázdná adresa znamená soubor SQLite v datové složce.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Připojování…</translation>
    </message>
    <message>
        <source>The server answered and let Faktura in.</source>
        <translation>Server odpověděl a Fakturu pustil dovnitř.</translation>
    </message>
    <message>
        <source>Give the address as postgresql://USER@SERVER/DATABASE (port optional).</source>
        <translation>Zadejte adresu ve tvaru postgresql://UŽIVATEL@SERVER/DATABÁZE (port je nepovinný).</translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation>Test se nezdařil: %1</translation>
    </message>
    <message>
        <source>The server refused the user name or the password. Check both and try again.</source>
        <translation>Server odmítl uživatelské jméno nebo heslo. Zkontrolujte obojí a zkuste to znovu.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and the port, that the server is running and that this computer can reach it over the network.</source>
        <translation>Server není dostupný. Zkontrolujte adresu a port, že server běží a že se k němu tento počítač dostane po síti.</translation>
    </message>
    <message>
        <source>The server cannot be used now (%1).</source>
        <translation>Server teď nelze použít (%1).</translation>
    </message>
</context>
<context>
    <name>DayCount</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n den</numerusform>
            <numerusform>%n dny</numerusform>
            <numerusform>%n dní</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorCommands</name>
    <message>
        <source>This invoice was cancelled meanwhile, in another window or app.</source>
        <translation>Tato faktura byla mezitím stornována v jiném okně nebo aplikaci.</translation>
    </message>
    <message>
        <source>This invoice was marked as paid meanwhile, in another window or app.</source>
        <translation>Tato faktura byla mezitím označena jako zaplacená v jiném okně nebo aplikaci.</translation>
    </message>
    <message>
        <source>This invoice was issued meanwhile as %1, in another window or app.</source>
        <translation>Tato faktura byla mezitím vystavena pod číslem %1 v jiném okně nebo aplikaci.</translation>
    </message>
    <message>
        <source>This invoice was changed meanwhile, in another window or app.</source>
        <translation>Tato faktura byla mezitím změněna v jiném okně nebo aplikaci.</translation>
    </message>
    <message>
        <source>This invoice no longer exists; it was deleted in another window or app.</source>
        <translation>Tato faktura už neexistuje; byla smazána v jiném okně nebo aplikaci.</translation>
    </message>
    <message>
        <source>Your last changes were not saved.</source>
        <translation>Vaše poslední změny nebyly uloženy.</translation>
    </message>
    <message>
        <source>Invoice %1 issued.</source>
        <translation>Faktura %1 byla vystavena.</translation>
    </message>
    <message>
        <source>PDF export is not available yet.</source>
        <translation>Export do PDF zatím není k dispozici.</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>PDF se nepodařilo zapsat: %1</translation>
    </message>
    <message>
        <source>PDF saved: %1</source>
        <translation>PDF uloženo: %1</translation>
    </message>
    <message>
        <source>Sending is not available yet.</source>
        <translation>Odesílání zatím není k dispozici.</translation>
    </message>
</context>
<context>
    <name>EditorParties</name>
    <message>
        <source>Client %1 created; add their address and codes on the Clients page.</source>
        <translation>Klient %1 byl vytvořen; adresu, IČO a DIČ doplňte na stránce Klienti.</translation>
    </message>
</context>
<context>
    <name>EditorUndo</name>
    <message>
        <source>edit</source>
        <extracomment>What a step restores; the rest (id, number, status) always stays as stored.</extracomment>
        <translation>úprava</translation>
    </message>
</context>
<context>
    <name>EventWords</name>
    <message>
        <source>Created</source>
        <translation>Vytvořeno</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Vystaveno</translation>
    </message>
    <message>
        <source>Marked as sent</source>
        <translation>Označeno jako odeslané</translation>
    </message>
    <message>
        <source>Marked as paid</source>
        <translation>Označeno jako zaplacené</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Stornováno</translation>
    </message>
    <message>
        <source>Payment reversed</source>
        <translation>Platba zrušena</translation>
    </message>
    <message>
        <source>PDF exported</source>
        <translation>Exportováno do PDF</translation>
    </message>
    <message>
        <source>ISDOC exported</source>
        <translation>Exportováno do ISDOC</translation>
    </message>
    <message>
        <source>E-mail draft written</source>
        <translation>Uložen koncept e-mailu</translation>
    </message>
    <message>
        <source>E-mail queued</source>
        <translation>E-mail zařazen do fronty</translation>
    </message>
    <message>
        <source>E-mail sending started</source>
        <translation>Zahájeno odesílání e-mailu</translation>
    </message>
    <message>
        <source>E-mail delivered to the server</source>
        <translation>E-mail předán serveru</translation>
    </message>
    <message>
        <source>E-mail will be retried</source>
        <translation>E-mail bude odeslán znovu</translation>
    </message>
    <message>
        <source>E-mail failed</source>
        <translation>E-mail se nepodařilo odeslat</translation>
    </message>
    <message>
        <source>E-mail may not have been sent</source>
        <translation>E-mail možná nebyl odeslán</translation>
    </message>
    <message>
        <source>E-mail queued again</source>
        <translation>E-mail znovu zařazen do fronty</translation>
    </message>
    <message>
        <source>E-mail cancelled</source>
        <translation>Odeslání e-mailu zrušeno</translation>
    </message>
</context>
<context>
    <name>ExchangeRateRows</name>
    <message>
        <source>Exchange rate:</source>
        <translation>Kurz:</translation>
    </message>
    <message>
        <source>Rate date:</source>
        <translation>Datum kurzu:</translation>
    </message>
    <message>
        <source>The ČNB rate for the rate date: by default the date of supply, else the issue date.</source>
        <translation>Kurz ČNB ke dni kurzu: výchozí je DUZP, jinak datum vystavení.</translation>
    </message>
    <message>
        <source>The ECB reference rate for the rate date: by default the date of supply, else the issue date.</source>
        <translation>Referenční kurz ECB ke dni kurzu: výchozí je DUZP, jinak datum vystavení.</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>This field is required.</source>
        <translation>Toto pole je povinné.</translation>
    </message>
    <message>
        <source>This text is too long (at most %1 characters).</source>
        <translation>Text je příliš dlouhý (nejvýše %1 znaků).</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address (name@example.com).</source>
        <translation>Toto nevypadá jako e-mailová adresa (jmeno@example.com).</translation>
    </message>
    <message>
        <source>The VAT code&apos;s check digits do not match. Please check it.</source>
        <translation>Kontrolní číslice DIČ nesouhlasí. Zkontrolujte ho prosím.</translation>
    </message>
    <message>
        <source>This does not look like an EU VAT code (e.g. LT123456789, CZ12345678).</source>
        <translation>Toto nevypadá jako DIČ v EU (např. LT123456789, CZ12345678).</translation>
    </message>
    <message>
        <source>This IBAN is not valid; check the digits (e.g. LT12 1000 0111 0100 1000).</source>
        <translation>Tento IBAN není platný; zkontrolujte číslice (např. CZ65 0800 0000 1920 0014 5399).</translation>
    </message>
    <message>
        <source>A Czech IČO has 8 digits with a valid check digit.</source>
        <translation>České IČO má 8 číslic a platnou kontrolní číslici.</translation>
    </message>
    <message>
        <source>A Lithuanian company code has 7 or 9 digits.</source>
        <translation>Litevský kód společnosti (įmonės kodas) má 7 nebo 9 číslic.</translation>
    </message>
    <message>
        <source>A BIC has 8 or 11 letters and digits, e.g. HABALT22.</source>
        <translation>BIC má 8 nebo 11 písmen a číslic, např. KOMBCZPP.</translation>
    </message>
    <message>
        <source>This does not look like a Czech account number (e.g. 19-2000145399/0800).</source>
        <translation>Toto nevypadá jako české číslo účtu (např. 19-2000145399/0800).</translation>
    </message>
    <message>
        <source>Czech invoices name the register entry, e.g. “Zapsán v obchodním rejstříku vedeném Městským soudem v Praze, oddíl C, vložka 12345”.</source>
        <translation>Na českých fakturách se uvádí zápis v rejstříku, např. „Zapsán v obchodním rejstříku vedeném Městským soudem v Praze, oddíl C, vložka 12345“.</translation>
    </message>
    <message>
        <source>A client with this name already exists.</source>
        <translation>Klient s tímto názvem už existuje.</translation>
    </message>
    <message>
        <source>Enter a two-letter country code, e.g. PL or DE.</source>
        <translation>Zadejte dvoupísmenný kód země, např. PL nebo DE.</translation>
    </message>
    <message>
        <source>“%1” is not a number. Use digits, e.g. 1 234,50.</source>
        <translation>„%1“ není číslo. Použijte číslice, např. 1 234,50.</translation>
    </message>
    <message>
        <source>The quantity cannot be negative on an invoice; create a credit note instead.</source>
        <translation>Množství na faktuře nemůže být záporné; vytvořte místo toho opravný daňový doklad.</translation>
    </message>
    <message>
        <source>The discount must be between 0 and 100 %.</source>
        <translation>Sleva musí být mezi 0 a 100 %.</translation>
    </message>
    <message>
        <source>Use at most 2 decimal places in the discount.</source>
        <translation>Sleva může mít nejvýše 2 desetinná místa.</translation>
    </message>
    <message>
        <source>Use at most 4 decimal places in the quantity.</source>
        <translation>Množství může mít nejvýše 4 desetinná místa.</translation>
    </message>
    <message>
        <source>Use at most 4 decimal places in the unit price.</source>
        <translation>Cena za MJ může mít nejvýše 4 desetinná místa.</translation>
    </message>
    <message>
        <source>The total is negative, so this cannot be issued as an invoice. To give money back, create a credit note from the invoice you are correcting.</source>
        <translation>Celková částka je záporná, proto doklad nelze vystavit jako fakturu. Chcete-li peníze vrátit, vytvořte k opravované faktuře opravný daňový doklad.</translation>
    </message>
    <message>
        <source>Choose one of the VAT rates in the list.</source>
        <translation>Vyberte jednu ze sazeb DPH v seznamu.</translation>
    </message>
    <message>
        <source>A line has a VAT rate your company does not charge (see VAT payer in the company profile): choose the line&apos;s rate again from the list.</source>
        <translation>Řádek má sazbu DPH, kterou vaše firma neuplatňuje (viz „Plátce DPH“ v profilu firmy): vyberte sazbu řádku znovu ze seznamu.</translation>
    </message>
    <message>
        <source>Fill in your company profile before issuing an invoice.</source>
        <translation>Před vystavením faktury vyplňte profil firmy.</translation>
    </message>
    <message>
        <source>Choose or create a client before issuing.</source>
        <translation>Před vystavením vyberte nebo vytvořte klienta.</translation>
    </message>
    <message>
        <source>Add at least one line before issuing.</source>
        <translation>Před vystavením přidejte alespoň jednu položku.</translation>
    </message>
    <message>
        <source>Every line needs a description before issuing.</source>
        <translation>Před vystavením musí mít každá položka popis.</translation>
    </message>
    <message>
        <source>A credit note can only correct an issued invoice.</source>
        <translation>Opravný daňový doklad může opravit jen vystavenou fakturu.</translation>
    </message>
    <message>
        <source>The quantity is too large: at most %1.</source>
        <translation>Množství je příliš velké: nejvýše %1.</translation>
    </message>
    <message>
        <source>The unit price is too large: at most %1.</source>
        <translation>Cena za MJ je příliš vysoká: nejvýše %1.</translation>
    </message>
    <message>
        <source>The line total would be too large: a line may come to at most %1 with VAT.</source>
        <translation>Částka řádku by byla příliš vysoká: řádek může činit nejvýše %1 včetně DPH.</translation>
    </message>
    <message>
        <source>The invoice total would be too large: all lines together may come to at most %1 with VAT.</source>
        <translation>Celková částka faktury by byla příliš vysoká: všechny řádky dohromady mohou činit nejvýše %1 včetně DPH.</translation>
    </message>
    <message>
        <source>The exchange rate is too large: at most %1.</source>
        <translation>Kurz je příliš vysoký: nejvýše %1.</translation>
    </message>
    <message>
        <source>Some cells are marked red; fix them first.</source>
        <translation>Některé buňky jsou označeny červeně; nejprve je opravte.</translation>
    </message>
    <message>
        <source>Some fields are marked red; fix them first.</source>
        <translation>Některá pole jsou označena červeně; nejprve je opravte.</translation>
    </message>
    <message>
        <source>The exchange rate must be greater than zero.</source>
        <translation>Kurz musí být větší než nula.</translation>
    </message>
    <message>
        <source>Use at most 6 decimal places in the exchange rate.</source>
        <translation>Kurz může mít nejvýše 6 desetinných míst.</translation>
    </message>
    <message>
        <source>Enter the exchange rate: the VAT must also be stated in %1.</source>
        <translation>Zadejte kurz: DPH musí být uvedena také v %1.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>Tato hodnota není platná.</translation>
    </message>
    <message>
        <source>The description is too long: %2 characters, at most %1 are allowed.</source>
        <translation>Popis je příliš dlouhý: %2 znaků, povoleno je nejvýše %1.</translation>
    </message>
</context>
<context>
    <name>GuidanceText</name>
    <message>
        <source>App password required</source>
        <translation>Je vyžadováno heslo aplikace</translation>
    </message>
    <message>
        <source>Create an app password in your e-mail account and enter it as the password instead of your usual one.</source>
        <translation>Ve svém e-mailovém účtu vytvořte heslo aplikace a zadejte ho místo svého obvyklého hesla.</translation>
    </message>
    <message>
        <source>Wrong user name or password</source>
        <translation>Nesprávné uživatelské jméno nebo heslo</translation>
    </message>
    <message>
        <source>Check the user name (usually your full e-mail address) and type the password again. Gmail, Seznam, Yahoo and iCloud need an app password.</source>
        <translation>Zkontrolujte uživatelské jméno (obvykle celá vaše e-mailová adresa) a zadejte heslo znovu. Gmail, Seznam, Yahoo a iCloud vyžadují heslo aplikace.</translation>
    </message>
    <message>
        <source>Microsoft has disabled password login</source>
        <translation>Microsoft vypnul přihlašování heslem</translation>
    </message>
    <message>
        <source>Ask your Microsoft 365 administrator to enable Authenticated SMTP for your mailbox. Outlook.com accounts cannot send with a password.</source>
        <translation>Požádejte správce Microsoft 365, aby pro vaši schránku zapnul funkci Authenticated SMTP. Z účtů Outlook.com nelze odesílat pomocí hesla.</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Přihlaste se znovu</translation>
    </message>
    <message>
        <source>The sign-in with your e-mail provider is missing, has expired or was withdrawn. Choose Sign in again and finish the sign-in in the browser.</source>
        <translation>Přihlášení u poskytovatele e-mailu chybí, vypršelo nebo bylo odvoláno. Zvolte „Přihlásit se znovu“ a dokončete přihlášení v prohlížeči.</translation>
    </message>
    <message>
        <source>The provider refused the sign-in</source>
        <translation>Poskytovatel přihlášení odmítl</translation>
    </message>
    <message>
        <source>Check that the user name is the mailbox you signed in with and that the scopes allow sending mail, then sign in again.</source>
        <translation>Zkontrolujte, že uživatelské jméno je schránka, se kterou jste se přihlásili, a že oprávnění (scopes) dovolují odesílat poštu, a pak se přihlaste znovu.</translation>
    </message>
    <message>
        <source>The sign-in service refused the request</source>
        <translation>Přihlašovací služba požadavek odmítla</translation>
    </message>
    <message>
        <source>Check the client ID, the tenant and the sign-in addresses against your app registration.</source>
        <translation>Porovnejte ID klienta, tenant a přihlašovací adresy s registrací své aplikace.</translation>
    </message>
    <message>
        <source>SMTP login is turned off for this mailbox</source>
        <translation>Přihlášení k SMTP je pro tuto schránku vypnuté</translation>
    </message>
    <message>
        <source>Your sign-in is fine, but Microsoft 365 has SMTP login switched off. Ask your administrator to enable Authenticated SMTP for your mailbox.</source>
        <translation>Přihlášení je v pořádku, ale Microsoft 365 má přihlášení k SMTP vypnuté. Požádejte správce, aby pro vaši schránku zapnul Authenticated SMTP.</translation>
    </message>
    <message>
        <source>The server offers no login</source>
        <translation>Server nenabízí přihlášení</translation>
    </message>
    <message>
        <source>Choose SSL/TLS (port 465) or STARTTLS (port 587) and check that the server is your provider&apos;s outgoing (SMTP) server.</source>
        <translation>Zvolte SSL/TLS (port 465) nebo STARTTLS (port 587) a ověřte, že jde o server odchozí pošty (SMTP) vašeho poskytovatele.</translation>
    </message>
    <message>
        <source>Encryption required</source>
        <translation>Je vyžadováno zabezpečení</translation>
    </message>
    <message>
        <source>Set the encryption to STARTTLS (port 587) or SSL/TLS (port 465).</source>
        <translation>Nastavte zabezpečení na STARTTLS (port 587) nebo SSL/TLS (port 465).</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS</source>
        <translation>Server nenabízí STARTTLS</translation>
    </message>
    <message>
        <source>Check the server and port. If your provider uses port 465, choose SSL/TLS instead.</source>
        <translation>Zkontrolujte server a port. Pokud váš poskytovatel používá port 465, zvolte raději SSL/TLS.</translation>
    </message>
    <message>
        <source>SSL/TLS chosen on a STARTTLS port</source>
        <translation>Zvoleno SSL/TLS na portu pro STARTTLS</translation>
    </message>
    <message>
        <source>This port expects STARTTLS. Choose STARTTLS, or use port 465 with SSL/TLS.</source>
        <translation>Tento port očekává STARTTLS. Zvolte STARTTLS, nebo použijte port 465 se SSL/TLS.</translation>
    </message>
    <message>
        <source>STARTTLS or no encryption on an SSL port</source>
        <translation>STARTTLS nebo bez zabezpečení na portu pro SSL</translation>
    </message>
    <message>
        <source>This port expects SSL/TLS from the start. Choose SSL/TLS, or use port 587 with STARTTLS.</source>
        <translation>Tento port očekává SSL/TLS hned od začátku. Zvolte SSL/TLS, nebo použijte port 587 se STARTTLS.</translation>
    </message>
    <message>
        <source>Server name not found</source>
        <translation>Název serveru nebyl nalezen</translation>
    </message>
    <message>
        <source>Check the spelling of the server name and your internet connection.</source>
        <translation>Zkontrolujte, zda je název serveru napsán správně, a své připojení k internetu.</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Připojení bylo odmítnuto</translation>
    </message>
    <message>
        <source>Nothing answers on this port. Check the port number: 465 for SSL/TLS, 587 for STARTTLS.</source>
        <translation>Na tomto portu nic neodpovídá. Zkontrolujte číslo portu: 465 pro SSL/TLS, 587 pro STARTTLS.</translation>
    </message>
    <message>
        <source>The port seems to be blocked</source>
        <translation>Port je zřejmě blokován</translation>
    </message>
    <message>
        <source>Your network may block this port (port 25 often is). Use 465 with SSL/TLS or 587 with STARTTLS.</source>
        <translation>Vaše síť může tento port blokovat (port 25 bývá blokován často). Použijte port 465 se SSL/TLS nebo 587 se STARTTLS.</translation>
    </message>
    <message>
        <source>The server stopped answering</source>
        <translation>Server přestal odpovídat</translation>
    </message>
    <message>
        <source>Try again in a moment. If it keeps happening, check the port and encryption.</source>
        <translation>Za chvíli to zkuste znovu. Pokud se to opakuje, zkontrolujte port a zabezpečení.</translation>
    </message>
    <message>
        <source>No network connection</source>
        <translation>Žádné připojení k síti</translation>
    </message>
    <message>
        <source>Connect to the internet and try again; queued invoices are sent when the network returns.</source>
        <translation>Připojte se k internetu a zkuste to znovu; faktury ve frontě se odešlou, jakmile bude síť opět dostupná.</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>Certifikát není důvěryhodný</translation>
    </message>
    <message>
        <source>Check the server name first. Trust this certificate only if it belongs to your company&apos;s own server and your administrator confirms the fingerprint.</source>
        <translation>Nejprve zkontrolujte název serveru. Tomuto certifikátu důvěřujte, jen pokud patří vlastnímu serveru vaší firmy a správce vám potvrdí jeho otisk.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has changed</source>
        <translation>Certifikát serveru se změnil</translation>
    </message>
    <message>
        <source>The server no longer shows the certificate you trusted. Ask your administrator whether it was replaced before trusting the new one.</source>
        <translation>Server už nepředkládá certifikát, kterému jste důvěřovali. Než novému certifikátu začnete důvěřovat, zeptejte se správce, zda byl vyměněn.</translation>
    </message>
    <message>
        <source>Certificate issued for another name</source>
        <translation>Certifikát je vydán pro jiný název</translation>
    </message>
    <message>
        <source>Use the server name your provider gives in its instructions; it must match the certificate.</source>
        <translation>Použijte název serveru, který uvádí váš poskytovatel ve svém návodu; musí odpovídat certifikátu.</translation>
    </message>
    <message>
        <source>Encrypted connection failed</source>
        <translation>Šifrované spojení se nezdařilo</translation>
    </message>
    <message>
        <source>Check the port and encryption. The server may be too old for a secure connection; ask your provider.</source>
        <translation>Zkontrolujte port a zabezpečení. Server může být pro zabezpečené spojení příliš starý; obraťte se na svého poskytovatele.</translation>
    </message>
    <message>
        <source>Sender address not allowed</source>
        <translation>Adresa odesílatele není povolena</translation>
    </message>
    <message>
        <source>Use the address of the mailbox you log in to, or an alias your provider allows for it.</source>
        <translation>Použijte adresu schránky, ke které se přihlašujete, nebo alias, který k ní poskytovatel povoluje.</translation>
    </message>
    <message>
        <source>Relaying refused</source>
        <translation>Předání zprávy bylo odmítnuto</translation>
    </message>
    <message>
        <source>The server wants a login. Enter your user name and password.</source>
        <translation>Server vyžaduje přihlášení. Zadejte uživatelské jméno a heslo.</translation>
    </message>
    <message>
        <source>Recipient rejected</source>
        <translation>Příjemce byl odmítnut</translation>
    </message>
    <message>
        <source>Check the recipient&apos;s e-mail address.</source>
        <translation>Zkontrolujte e-mailovou adresu příjemce.</translation>
    </message>
    <message>
        <source>Message too large</source>
        <translation>Zpráva je příliš velká</translation>
    </message>
    <message>
        <source>Make the attachment smaller or send fewer files at once.</source>
        <translation>Zmenšete přílohu nebo posílejte najednou méně souborů.</translation>
    </message>
    <message>
        <source>Sending limit reached</source>
        <translation>Byl dosažen limit odesílání</translation>
    </message>
    <message>
        <source>Wait a while; temporary refusals are retried automatically.</source>
        <translation>Chvíli počkejte; dočasně odmítnuté zprávy se odešlou znovu automaticky.</translation>
    </message>
    <message>
        <source>Address with special characters not supported</source>
        <translation>Adresa se speciálními znaky není podporována</translation>
    </message>
    <message>
        <source>This server cannot send to addresses with letters such as ž or č before the @. Use a plain address.</source>
        <translation>Tento server neumí odesílat na adresy s písmeny jako ž nebo č před zavináčem (@). Použijte adresu bez diakritiky.</translation>
    </message>
    <message>
        <source>Connection dropped</source>
        <translation>Spojení bylo přerušeno</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, check the port and encryption.</source>
        <translation>Zkuste to znovu. Pokud se to opakuje, zkontrolujte port a zabezpečení.</translation>
    </message>
    <message>
        <source>Temporary server error</source>
        <translation>Dočasná chyba serveru</translation>
    </message>
    <message>
        <source>Try again later; sending is retried automatically.</source>
        <translation>Zkuste to později; odeslání se automaticky zopakuje.</translation>
    </message>
    <message>
        <source>Server refused the message</source>
        <translation>Server zprávu odmítl</translation>
    </message>
    <message>
        <source>Read the server&apos;s reply below; if it is unclear, send it to your provider&apos;s support.</source>
        <translation>Přečtěte si odpověď serveru níže; pokud jí nerozumíte, pošlete ji podpoře svého poskytovatele.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Neočekávaná chyba</translation>
    </message>
    <message>
        <source>Something went wrong in Faktura. The details are in the log file; please report it.</source>
        <translation>Ve Faktuře se něco pokazilo. Podrobnosti jsou v souboru protokolu; nahlaste nám to prosím.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Setup guides</source>
        <translation>Návody k nastavení</translation>
    </message>
</context>
<context>
    <name>HistoryNameDialog</name>
    <message>
        <source>Your name in the history</source>
        <translation>Vaše jméno v historii</translation>
    </message>
    <message>
        <source>Each invoice&apos;s history shows who created, issued, sent, paid or cancelled it. Give the name your colleagues know you by; leave it empty to show your login.</source>
        <translation>Historie každé faktury ukazuje, kdo ji vytvořil, vystavil, odeslal, označil jako zaplacenou nebo stornoval. Zadejte jméno, pod kterým vás znají kolegové; ponecháte-li pole prázdné, zobrazí se vaše přihlašovací jméno.</translation>
    </message>
    <message>
        <source>The name could not be kept: %1</source>
        <translation>Jméno se nepodařilo uložit: %1</translation>
    </message>
</context>
<context>
    <name>InvoiceActions</name>
    <message>
        <source>Something went wrong. Details are in the log: %1</source>
        <translation>Něco se pokazilo. Podrobnosti najdete v souboru protokolu: %1</translation>
    </message>
    <message>
        <source>Select an invoice first.</source>
        <translation>Nejprve vyberte fakturu.</translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation>PDF nebylo uloženo</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>PDF se nepodařilo zapsat: %1</translation>
    </message>
    <message>
        <source>This invoice no longer exists.</source>
        <translation>Tato faktura už neexistuje.</translation>
    </message>
    <message>
        <source>PDF saved: %1</source>
        <translation>PDF uloženo: %1</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportovat PDF</translation>
    </message>
    <message>
        <source>Exporting invoice %1 of %2…</source>
        <translation>Exportuje se faktura %1 z %2…</translation>
    </message>
    <message numerus="yes">
        <source>%n PDF(s) saved in %1</source>
        <translation>
            <numerusform>%n soubor PDF uložen do složky %1</numerusform>
            <numerusform>%n soubory PDF uloženy do složky %1</numerusform>
            <numerusform>%n souborů PDF uloženo do složky %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDFs could not be written: %1</source>
        <translation>Soubory PDF se nepodařilo zapsat: %1</translation>
    </message>
    <message>
        <source>An invoice in the selection no longer exists; export stopped.</source>
        <translation>Jedna z vybraných faktur už neexistuje; export byl zastaven.</translation>
    </message>
    <message>
        <source>PDF export cancelled; the PDFs written so far are in %1.</source>
        <translation>Export PDF byl zrušen; dosud zapsané soubory PDF jsou ve složce %1.</translation>
    </message>
    <message>
        <source>PDF saved</source>
        <translation>PDF uloženo</translation>
    </message>
    <message>
        <source>The invoice was saved as %1.</source>
        <translation>Faktura byla uložena jako %1.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otevřít</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Uložit kopii…</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Uložit kopii</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Záloha</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Zálohuje se databáze…</translation>
    </message>
    <message>
        <source>Backup cancelled; nothing was written.</source>
        <translation>Zálohování bylo zrušeno; nic se nezapsalo.</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>Záloha uložena: %1</translation>
    </message>
    <message>
        <source>These books are on a database server; back them up with the server&apos;s own tools.</source>
        <translation>Tato data jsou na databázovém serveru; zálohujte je nástroji samotného serveru.</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>Zálohu se nepodařilo zapsat: %1</translation>
    </message>
    <message>
        <source>Choose the copy to go back to. Your current books are kept in the backups folder %1, so a restore can be undone the same way.</source>
        <translation>Vyberte kopii, ke které se chcete vrátit. Současná data se uloží do složky se zálohami %1, takže obnovení půjde stejným způsobem vrátit.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Obnovit ze zálohy</translation>
    </message>
    <message>
        <source>This copy is damaged and cannot be restored; choose another one.</source>
        <translation>Tato kopie je poškozená a nelze ji obnovit; vyberte jinou.</translation>
    </message>
    <message>
        <source>Faktura uses the chosen database from its next start.</source>
        <translation>Faktura použije zvolenou databázi od příštího spuštění.</translation>
    </message>
    <message>
        <source>This action is not possible for this invoice.</source>
        <translation>U této faktury tuto akci nelze provést.</translation>
    </message>
    <message>
        <source>Not done: this invoice is cancelled, perhaps in another window or app.</source>
        <translation>Neprovedeno: tato faktura je stornována, možná v jiném okně nebo aplikaci.</translation>
    </message>
    <message>
        <source>Not done: this invoice is marked as paid, perhaps in another window or app.</source>
        <translation>Neprovedeno: tato faktura je označena jako zaplacená, možná v jiném okně nebo aplikaci.</translation>
    </message>
    <message>
        <source>Cancel invoice</source>
        <translation>Stornovat fakturu</translation>
    </message>
    <message>
        <source>Cancel this invoice? It stays in the list, marked as cancelled.</source>
        <translation>Stornovat tuto fakturu? Zůstane v seznamu, označená jako stornovaná.</translation>
    </message>
</context>
<context>
    <name>InvoiceEditor</name>
    <message>
        <source>New invoice</source>
        <translation>Nová faktura</translation>
    </message>
    <message>
        <source>Credit note draft</source>
        <translation>Koncept opravného daňového dokladu</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Koncept</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>Položka %1, %2: %3</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Uloženo.</translation>
    </message>
</context>
<context>
    <name>InvoiceEditorView</name>
    <message>
        <source>Save</source>
        <translation>Uložit</translation>
    </message>
    <message>
        <source>Save the draft (Ctrl+S)</source>
        <translation>Uložit koncept (Ctrl+S)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportovat PDF</translation>
    </message>
    <message>
        <source>Save the invoice as PDF</source>
        <translation>Uložit fakturu jako PDF</translation>
    </message>
    <message>
        <source>ISDOC</source>
        <translation>ISDOC</translation>
    </message>
    <message>
        <source>Export ISDOC: the e-invoice that Czech accounting programs import</source>
        <translation>Exportovat ISDOC – e-fakturu, kterou importují české účetní programy</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Odeslat</translation>
    </message>
    <message>
        <source>Send the invoice by e-mail</source>
        <translation>Odeslat fakturu e-mailem</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Vystavit</translation>
    </message>
    <message>
        <source>Assign the number and lock the invoice</source>
        <translation>Přidělit číslo a uzamknout fakturu</translation>
    </message>
    <message>
        <source>Mark as paid</source>
        <translation>Označit jako zaplacenou</translation>
    </message>
    <message>
        <source>Create credit note</source>
        <translation>Vytvořit opravný daňový doklad</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikovat</translation>
    </message>
    <message>
        <source>A new draft with the same lines</source>
        <translation>Nový koncept se stejnými položkami</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <source>What happened to this invoice, when, and who did it</source>
        <translation>Co se s touto fakturou stalo, kdy a kdo to udělal</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Přidat položku</translation>
    </message>
    <message>
        <source>Append a line (Insert)</source>
        <translation>Přidat položku na konec (Insert)</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Odebrat položku</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nahoru</translation>
    </message>
    <message>
        <source>Move the line up</source>
        <translation>Posunout položku nahoru</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Dolů</translation>
    </message>
    <message>
        <source>Move the line down</source>
        <translation>Posunout položku dolů</translation>
    </message>
    <message>
        <source>Fill in company profile</source>
        <translation>Vyplnit profil firmy</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Položky</translation>
    </message>
    <message>
        <source>Notes (printed on the invoice)</source>
        <translation>Poznámka (tiskne se na fakturu)</translation>
    </message>
    <message>
        <source>e.g. payment instructions or a thank-you note</source>
        <translation>např. platební pokyny nebo poděkování</translation>
    </message>
</context>
<context>
    <name>InvoiceHeader</name>
    <message>
        <source>Buyer</source>
        <translation>Odběratel</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datumy</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Klient:</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Doklad</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Jazyk:</translation>
    </message>
    <message>
        <source>The language the invoice is printed in</source>
        <translation>Jazyk, ve kterém se faktura vytiskne</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Angličtina</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>Litevština</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Čeština</translation>
    </message>
    <message>
        <source>Issue date:</source>
        <translation>Datum vystavení:</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Datum splatnosti:</translation>
    </message>
    <message>
        <source>Date of supply:</source>
        <translation>DUZP:</translation>
    </message>
    <message>
        <source>Only when it differs from the issue date</source>
        <translation>Jen pokud se liší od data vystavení</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Měna:</translation>
    </message>
    <message>
        <source>Variable symbol:</source>
        <translation>Variabilní symbol:</translation>
    </message>
    <message>
        <source>Prices include VAT</source>
        <translation>Ceny včetně DPH</translation>
    </message>
    <message>
        <source>Amount in words</source>
        <translation>Částka slovy</translation>
    </message>
    <message>
        <source>Print the total in words (customary in Lithuania)</source>
        <translation>Vytisknout celkovou částku slovy (v Litvě obvyklé)</translation>
    </message>
</context>
<context>
    <name>InvoiceHistoryDialog</name>
    <message>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kdy</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kdo</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Podrobnosti</translation>
    </message>
    <message>
        <source>This invoice no longer exists.</source>
        <translation>Tato faktura už neexistuje.</translation>
    </message>
</context>
<context>
    <name>InvoiceListPage</name>
    <message numerus="yes">
        <source>%n issued invoice(s): %1</source>
        <translation>
            <numerusform>%n vystavená faktura: %1</numerusform>
            <numerusform>%n vystavené faktury: %1</numerusform>
            <numerusform>%n vystavených faktur: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s), not counted: %1</source>
        <translation>
            <numerusform>%n koncept, nezapočítán: %1</numerusform>
            <numerusform>%n koncepty, nezapočítány: %1</numerusform>
            <numerusform>%n konceptů, nezapočítáno: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Vybráno: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otevřít</translation>
    </message>
    <message numerus="yes">
        <source>Export %n invoices as PDF</source>
        <translation>
            <numerusform>Exportovat %n fakturu do PDF</numerusform>
            <numerusform>Exportovat %n faktury do PDF</numerusform>
            <numerusform>Exportovat %n faktur do PDF</numerusform>
        </translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportovat PDF</translation>
    </message>
    <message numerus="yes">
        <source>Export %n invoices as ISDOC</source>
        <translation>
            <numerusform>Exportovat %n fakturu jako ISDOC</numerusform>
            <numerusform>Exportovat %n faktury jako ISDOC</numerusform>
            <numerusform>Exportovat %n faktur jako ISDOC</numerusform>
        </translation>
    </message>
    <message>
        <source>Export ISDOC</source>
        <translation>Exportovat ISDOC</translation>
    </message>
    <message>
        <source>Duplicate as new draft</source>
        <translation>Duplikovat jako nový koncept</translation>
    </message>
    <message>
        <source>Create credit note</source>
        <translation>Vytvořit opravný daňový doklad</translation>
    </message>
    <message>
        <source>Mark as paid</source>
        <translation>Označit jako zaplacenou</translation>
    </message>
    <message>
        <source>Cancel invoice</source>
        <translation>Stornovat fakturu</translation>
    </message>
    <message>
        <source>Search by number, client, amount or status</source>
        <translation>Hledat podle čísla, klienta, částky nebo stavu</translation>
    </message>
    <message>
        <source>All invoices</source>
        <translation>Všechny faktury</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Koncepty</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Vystavené</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Odeslané</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Zaplacené</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Po splatnosti</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Stornované</translation>
    </message>
    <message>
        <source>Welcome to Faktura</source>
        <translation>Vítejte ve Faktuře</translation>
    </message>
    <message>
        <source>Your invoices stay on this computer and work without a network. Start by filling in your company profile, then create your first invoice.</source>
        <translation>Vaše faktury zůstávají v tomto počítači a aplikace funguje i bez sítě. Nejprve vyplňte profil firmy a pak vytvořte svou první fakturu.</translation>
    </message>
    <message>
        <source>Fill in company profile</source>
        <translation>Vyplnit profil firmy</translation>
    </message>
    <message>
        <source>Create first invoice</source>
        <translation>Vytvořit první fakturu</translation>
    </message>
</context>
<context>
    <name>InvoicePreview</name>
    <message>
        <source>The preview shows the last version that could be saved.</source>
        <translation>Náhled ukazuje poslední verzi, kterou se podařilo uložit.</translation>
    </message>
    <message>
        <source>The preview could not be made.</source>
        <translation>Náhled se nepodařilo vytvořit.</translation>
    </message>
    <message>
        <source>Preview – %1</source>
        <translation>Náhled – %1</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Tisk…</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Přiblížit (Ctrl++)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Oddálit (Ctrl+-)</translation>
    </message>
</context>
<context>
    <name>InvoicePrinting</name>
    <message>
        <source>The invoice could not be printed.</source>
        <translation>Fakturu se nepodařilo vytisknout.</translation>
    </message>
    <message>
        <source>Sent %1 page(s) to the printer.</source>
        <translation>Na tiskárnu odeslány stránky: %1.</translation>
    </message>
</context>
<context>
    <name>InvoiceStatus</name>
    <message>
        <source>Draft</source>
        <translation>Koncept</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Vystaveno</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Odesláno</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Zaplaceno</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Po splatnosti</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Stornováno</translation>
    </message>
</context>
<context>
    <name>InvoiceTableModel</name>
    <message>
        <source>Number</source>
        <translation>Číslo</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Vystaveno</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Splatnost</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Celkem</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(koncept)</translation>
    </message>
    <message>
        <source>%1 · credit note</source>
        <translation>%1 · dobropis</translation>
    </message>
</context>
<context>
    <name>IsdocExport</name>
    <message>
        <source>Issue the invoice first: a draft has no number, so it cannot be an ISDOC.</source>
        <translation>Nejprve fakturu vystavte: koncept nemá číslo, a proto z něj nemůže být ISDOC.</translation>
    </message>
    <message>
        <source>ISDOC states every amount also in %1: give the invoice its exchange rate first.</source>
        <translation>ISDOC uvádí každou částku také v %1: nejprve u faktury vyplňte kurz.</translation>
    </message>
    <message>
        <source>This credit note does not name the invoice it corrects, which ISDOC requires.</source>
        <translation>Tento opravný daňový doklad neuvádí fakturu, kterou opravuje, což ISDOC vyžaduje.</translation>
    </message>
    <message>
        <source>Select an invoice first.</source>
        <translation>Nejprve vyberte fakturu.</translation>
    </message>
    <message>
        <source>The ISDOC could not be written: %1</source>
        <translation>ISDOC se nepodařilo zapsat: %1</translation>
    </message>
    <message>
        <source>This invoice no longer exists.</source>
        <translation>Tato faktura už neexistuje.</translation>
    </message>
    <message>
        <source>ISDOC saved: %1</source>
        <translation>ISDOC uložen: %1</translation>
    </message>
    <message>
        <source>Exporting invoice %1 of %2…</source>
        <translation>Exportuje se faktura %1 z %2…</translation>
    </message>
    <message>
        <source>Export ISDOC</source>
        <translation>Exportovat ISDOC</translation>
    </message>
    <message numerus="yes">
        <source>%n ISDOC file(s) saved in %1</source>
        <translation>
            <numerusform>%n soubor ISDOC uložen ve složce %1</numerusform>
            <numerusform>%n soubory ISDOC uloženy ve složce %1</numerusform>
            <numerusform>%n souborů ISDOC uloženo ve složce %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) passed over: issue them first.</source>
        <translation>
            <numerusform>%n koncept přeskočen: nejprve ho vystavte.</numerusform>
            <numerusform>%n koncepty přeskočeny: nejprve je vystavte.</numerusform>
            <numerusform>%n konceptů přeskočeno: nejprve je vystavte.</numerusform>
        </translation>
    </message>
    <message>
        <source>The ISDOC files could not be written: %1</source>
        <translation>Soubory ISDOC se nepodařilo zapsat: %1</translation>
    </message>
    <message>
        <source>An invoice in the selection no longer exists; export stopped.</source>
        <translation>Jedna z vybraných faktur už neexistuje; export byl zastaven.</translation>
    </message>
    <message>
        <source>Something went wrong. Details are in the log: %1</source>
        <translation>Něco se pokazilo. Podrobnosti najdete v souboru protokolu: %1</translation>
    </message>
    <message>
        <source>ISDOC export cancelled; the files written so far are in %1.</source>
        <translation>Export ISDOC byl zrušen; dosud zapsané soubory jsou ve složce %1.</translation>
    </message>
</context>
<context>
    <name>IssueConfirmation</name>
    <message>
        <source>Issue invoice</source>
        <translation>Vystavit fakturu</translation>
    </message>
    <message>
        <source>Issue this invoice now?</source>
        <translation>Vystavit tuto fakturu nyní?</translation>
    </message>
    <message>
        <source>It gets the next number in the series and its content can no longer be changed; corrections are made with a credit note.</source>
        <translation>Dostane další číslo v řadě a její obsah už nepůjde změnit; opravy se provádějí opravným daňovým dokladem.</translation>
    </message>
    <message>
        <source>The invoice font cannot print these characters; the PDF will show “�” in their place: %1</source>
        <translation>Písmo faktury tyto znaky neumí vytisknout; v PDF bude místo nich „�“: %1</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Vystavit</translation>
    </message>
</context>
<context>
    <name>LegalBasisFields</name>
    <message>
        <source>Legal basis for the reverse charge:</source>
        <translation>Právní základ přenesení daňové povinnosti:</translation>
    </message>
    <message>
        <source>Legal basis for the exemption:</source>
        <translation>Právní základ osvobození od daně:</translation>
    </message>
    <message>
        <source>Legal basis for the 0 % rate:</source>
        <translation>Právní základ osvobození s nárokem na odpočet:</translation>
    </message>
    <message>
        <source>e.g. Art. 196 of Directive 2006/112/EC</source>
        <translation>např. § 92a zákona o DPH</translation>
    </message>
    <message>
        <source>e.g. Art. 132 of Directive 2006/112/EC</source>
        <translation>např. § 51 zákona o DPH</translation>
    </message>
    <message>
        <source>e.g. Art. 146 of Directive 2006/112/EC</source>
        <translation>např. § 66 zákona o DPH</translation>
    </message>
    <message>
        <source>The provision that allows this treatment. It is printed on the invoice after the VAT wording (EU VAT Directive, Art. 226); left empty, the wording stays generic.</source>
        <translation>Ustanovení, podle kterého se tento režim uplatňuje. Tiskne se na fakturu za textem o DPH (směrnice EU o DPH, čl. 226); když pole zůstane prázdné, text zůstane obecný.</translation>
    </message>
</context>
<context>
    <name>LineItemsModel</name>
    <message>
        <source>Description</source>
        <translation>Popis</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Množství</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>MJ</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Cena za MJ</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Sleva %</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Sazba DPH</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Celkem</translation>
    </message>
</context>
<context>
    <name>LookupRow</name>
    <message>
        <source>Asking…</source>
        <translation>Dotazuje se…</translation>
    </message>
    <message>
        <source>Type the IČO first.</source>
        <translation>Nejprve zadejte IČO.</translation>
    </message>
    <message>
        <source>Type the VAT code first.</source>
        <translation>Nejprve zadejte DIČ.</translation>
    </message>
    <message>
        <source>Filled from ARES: %1</source>
        <translation>Vyplněno z ARES: %1</translation>
    </message>
    <message>
        <source>Valid in VIES on %1</source>
        <translation>Platné ve VIES k %1</translation>
    </message>
    <message>
        <source>Not valid in VIES on %1.</source>
        <translation>Neplatné ve VIES k %1.</translation>
    </message>
    <message>
        <source>Not available offline: fill in the fields yourself.</source>
        <translation>Bez připojení není k dispozici: vyplňte pole sami.</translation>
    </message>
    <message>
        <source>The service did not answer in time; try again later.</source>
        <translation>Služba neodpověděla včas; zkuste to později.</translation>
    </message>
    <message>
        <source>ARES does not know this IČO.</source>
        <translation>ARES toto IČO nezná.</translation>
    </message>
    <message>
        <source>The service answered something Faktura cannot read.</source>
        <translation>Služba odpověděla něco, co Faktura neumí přečíst.</translation>
    </message>
    <message>
        <source>The service cannot answer now; try again later.</source>
        <translation>Služba teď nemůže odpovědět; zkuste to později.</translation>
    </message>
    <message>
        <source>This is not a number the service can look up.</source>
        <translation>Toto číslo služba vyhledat neumí.</translation>
    </message>
    <message>
        <source>Fill from ARES</source>
        <translation>Vyplnit z ARES</translation>
    </message>
    <message>
        <source>Name, address and DIČ from the Czech register ARES</source>
        <translation>Název, adresa a DIČ z rejstříku ARES</translation>
    </message>
    <message>
        <source>Check in VIES</source>
        <translation>Ověřit ve VIES</translation>
    </message>
    <message>
        <source>Whether the EU&apos;s VIES knows this VAT code</source>
        <translation>Zda systém EU VIES zná toto DIČ</translation>
    </message>
</context>
<context>
    <name>MailService</name>
    <message numerus="yes">
        <source>%n message(s) will be sent the next time you start Faktura.</source>
        <translation>
            <numerusform>%n zpráva bude odeslána při příštím spuštění Faktury.</numerusform>
            <numerusform>%n zprávy budou odeslány při příštím spuštění Faktury.</numerusform>
            <numerusform>%n zpráv bude odesláno při příštím spuštění Faktury.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) may not have arrived: Faktura will ask you about them the next time it starts.</source>
        <translation>
            <numerusform>%n zpráva možná nedorazila: Faktura se vás na ni zeptá při příštím spuštění.</numerusform>
            <numerusform>%n zprávy možná nedorazily: Faktura se vás na ně zeptá při příštím spuštění.</numerusform>
            <numerusform>%n zpráv možná nedorazilo: Faktura se vás na ně zeptá při příštím spuštění.</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages waiting</source>
        <translation>Čekající zprávy</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Select an invoice to send.</source>
        <translation>Vyberte fakturu, kterou chcete odeslat.</translation>
    </message>
    <message>
        <source>About Faktura</source>
        <translation>O aplikaci Faktura</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Faktura %1&lt;/h3&gt;&lt;p&gt;Offline-first invoicing for freelancers and small businesses.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;br&gt;Log: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Faktura %1&lt;/h3&gt;&lt;p&gt;Fakturace pro živnostníky a malé firmy, která funguje i bez internetu.&lt;/p&gt;&lt;p&gt;Složka s daty: %2&lt;br&gt;Protokol: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienti</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Položky ceníku</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Faktury</translation>
    </message>
</context>
<context>
    <name>MainWindowMenus</name>
    <message>
        <source>New invoice</source>
        <translation>Nová faktura</translation>
    </message>
    <message>
        <source>Create a new invoice draft</source>
        <translation>Vytvořit nový koncept faktury</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Odeslat</translation>
    </message>
    <message>
        <source>Send the invoice by e-mail</source>
        <translation>Odeslat fakturu e-mailem</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportovat PDF</translation>
    </message>
    <message>
        <source>Save the invoice as PDF</source>
        <translation>Uložit fakturu jako PDF</translation>
    </message>
    <message>
        <source>Export ISDOC</source>
        <translation>Exportovat ISDOC</translation>
    </message>
    <message>
        <source>Save the e-invoice that Czech accounting programs import (ISDOC)</source>
        <translation>Uložit e-fakturu, kterou importují české účetní programy (ISDOC)</translation>
    </message>
    <message>
        <source>Export for the accountant…</source>
        <translation>Export pro účetní…</translation>
    </message>
    <message>
        <source>A period&apos;s invoices as CSV, with a ZIP of their PDFs and ISDOC files</source>
        <translation>Faktury za období jako CSV a ZIP s jejich PDF a soubory ISDOC</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Zálohovat nyní…</translation>
    </message>
    <message>
        <source>Copy the database to the backups folder in the data folder</source>
        <translation>Zkopírovat databázi do podsložky „backups“ ve složce s daty</translation>
    </message>
    <message>
        <source>Company profile</source>
        <translation>Profil firmy</translation>
    </message>
    <message>
        <source>Your own company&apos;s details</source>
        <translation>Údaje o vaší firmě</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienti</translation>
    </message>
    <message>
        <source>Your clients</source>
        <translation>Vaši klienti</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Položky ceníku</translation>
    </message>
    <message>
        <source>Products and services catalogue</source>
        <translation>Ceník zboží a služeb</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Moduly</translation>
    </message>
    <message>
        <source>Install integrations such as e-mail sending via SMTP</source>
        <translation>Nainstalovat doplňky, například odesílání e-mailů přes SMTP</translation>
    </message>
    <message>
        <source>Database…</source>
        <translation>Databáze…</translation>
    </message>
    <message>
        <source>Keep the books in a file here, or share them on a PostgreSQL server</source>
        <translation>Uchovávat data v souboru v tomto počítači, nebo je sdílet na serveru PostgreSQL</translation>
    </message>
    <message>
        <source>Your name in the history…</source>
        <translation>Vaše jméno v historii…</translation>
    </message>
    <message>
        <source>The name each invoice&apos;s history shows beside what you did</source>
        <translation>Jméno, které historie každé faktury uvádí u toho, co jste udělali</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Ukončit</translation>
    </message>
    <message>
        <source>About Faktura</source>
        <translation>O aplikaci Faktura</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Otevřít složku s daty</translation>
    </message>
    <message>
        <source>Where your database, PDFs and logs live</source>
        <translation>Kde jsou uložena vaše databáze, PDF a protokoly</translation>
    </message>
    <message>
        <source>Setup guides</source>
        <translation>Návody k nastavení</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Uložit</translation>
    </message>
    <message>
        <source>Save the invoice draft now</source>
        <translation>Uložit koncept faktury hned</translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation>Vystavit…</translation>
    </message>
    <message>
        <source>Give the draft its number</source>
        <translation>Přidělit konceptu číslo</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Náhled</translation>
    </message>
    <message>
        <source>The invoice as it will print, updated as you edit</source>
        <translation>Faktura tak, jak bude vytištěna; aktualizuje se během úprav</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Tisk…</translation>
    </message>
    <message>
        <source>Print the invoice</source>
        <translation>Vytisknout fakturu</translation>
    </message>
    <message>
        <source>Find invoices</source>
        <translation>Hledat faktury</translation>
    </message>
    <message>
        <source>Search the invoice list</source>
        <translation>Hledat v seznamu faktur</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Obnovit ze zálohy…</translation>
    </message>
    <message>
        <source>Put an earlier copy of the database in place of the current one</source>
        <translation>Nahradit současnou databázi její dřívější kopií</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Soubor</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Úpr&amp;avy</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Zpět</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Z&amp;novu</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Nastavení</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jazyk</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Zobrazení</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Nápo&amp;věda</translation>
    </message>
</context>
<context>
    <name>ModuleRow</name>
    <message>
        <source>Installed</source>
        <extracomment>Room for a settings form with its guide beside it.</extracomment>
        <translation>Nainstalováno</translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation>Nenainstalováno</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Nainstalovat</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Nastavení</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Odebrat</translation>
    </message>
</context>
<context>
    <name>Modules</name>
    <message>
        <source>Email sending via SMTP</source>
        <translation>Odesílání e-mailů přes SMTP</translation>
    </message>
    <message>
        <source>Send invoices from your own e-mail address through your provider&apos;s SMTP server (Gmail, Seznam, your own domain…). Without it, Faktura prepares an e-mail draft for your mail program.</source>
        <translation>Posílejte faktury ze své vlastní e-mailové adresy přes SMTP server svého poskytovatele (Gmail, Seznam, vlastní doména…). Bez tohoto modulu Faktura připraví koncept e-mailu pro váš poštovní program.</translation>
    </message>
</context>
<context>
    <name>ModulesDialog</name>
    <message>
        <source>Remove module</source>
        <translation>Odebrat modul</translation>
    </message>
    <message>
        <source>Remove “%1”? Its settings and any stored password are deleted from this computer.</source>
        <translation>Odebrat „%1“? Jeho nastavení i uložené heslo budou z tohoto počítače smazány.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Odebrat</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Moduly</translation>
    </message>
    <message>
        <source>Modules connect Faktura to other services. Install one to set it up.</source>
        <translation>Moduly propojují Fakturu s dalšími službami. Modul nejprve nainstalujte, pak ho můžete nastavit.</translation>
    </message>
    <message>
        <source>Install a module, or choose “Settings” on an installed one, to set it up here.</source>
        <translation>Nainstalujte modul, nebo u nainstalovaného klikněte na „Nastavení“ – jeho nastavení se zobrazí zde.</translation>
    </message>
</context>
<context>
    <name>NotificationList</name>
    <message>
        <source>Nothing sent yet. E-mails you send appear here with their state.</source>
        <translation>Zatím nic neodesláno. Odesílané e-maily se zde zobrazí i s jejich stavem.</translation>
    </message>
</context>
<context>
    <name>NotificationModel</name>
    <message>
        <source>Queued</source>
        <translation>Ve frontě</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Odesílá se</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Odesláno</translation>
    </message>
    <message>
        <source>Will retry</source>
        <translation>Proběhne nový pokus</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Selhalo</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Zrušeno</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Stav nejistý</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pozastaveno</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
    <message>
        <source>Messages are waiting</source>
        <translation>Zprávy čekají ve frontě</translation>
    </message>
    <message>
        <source>Set up e-mail sending (SMTP) to send them.</source>
        <translation>Chcete-li je odeslat, nastavte odesílání e-mailů (SMTP).</translation>
    </message>
    <message>
        <source>Sending is paused</source>
        <translation>Odesílání je pozastaveno</translation>
    </message>
    <message>
        <source>Sending waits for your keyring</source>
        <translation>Odesílání čeká na systémové úložiště hesel</translation>
    </message>
    <message>
        <source>Unlock your keyring to send.</source>
        <translation>Odemkněte systémové úložiště hesel, aby se zprávy mohly odeslat.</translation>
    </message>
    <message>
        <source>Choose Sign in again; waiting messages are sent right after it.</source>
        <translation>Zvolte „Přihlásit se znovu“; čekající zprávy se odešlou hned potom.</translation>
    </message>
    <message>
        <source>Fix the SMTP settings, then choose Retry now.</source>
        <translation>Opravte nastavení SMTP a pak zvolte „Zkusit hned“.</translation>
    </message>
    <message>
        <source>Faktura tries again by itself, or choose Retry now.</source>
        <translation>Faktura to zkusí znovu sama, nebo zvolte „Zkusit hned“.</translation>
    </message>
    <message>
        <source>Sending waits for the password</source>
        <translation>Odesílání čeká na heslo</translation>
    </message>
    <message>
        <source>No password is saved for the SMTP account. Enter it in the SMTP settings to send.</source>
        <translation>Pro účet SMTP není uloženo heslo. Zadejte ho v nastavení SMTP, aby se zprávy mohly odeslat.</translation>
    </message>
    <message>
        <source>Sending waits for you to sign in</source>
        <translation>Odesílání čeká, až se přihlásíte</translation>
    </message>
    <message>
        <source>Sign in with your e-mail provider (Microsoft or Google) to send.</source>
        <translation>Pro odesílání se přihlaste u svého poskytovatele e-mailu (Microsoft nebo Google).</translation>
    </message>
    <message>
        <source>The keyring that keeps the password does not answer. Start or unlock it to send.</source>
        <translation>Systémové úložiště hesel, kde je heslo uložené, neodpovídá. Spusťte ho nebo odemkněte, aby se zprávy mohly odeslat.</translation>
    </message>
    <message>
        <source>Faktura could not confirm that the server took this message (no answer came, or Faktura stopped while sending), so it may or may not have arrived. Resend it, or mark it as sent if the client has it.</source>
        <translation>Faktura nemohla ověřit, že server zprávu převzal (nepřišla odpověď, nebo se Faktura během odesílání ukončila), takže zpráva mohla, ale nemusela dorazit. Odešlete ji znovu, nebo ji označte jako odeslanou, pokud ji klient má.</translation>
    </message>
    <message>
        <source>Sent; copy to Sent folder failed</source>
        <translation>Odesláno; kopii do složky Odeslané se nepodařilo uložit</translation>
    </message>
    <message>
        <source>Sent at %1</source>
        <translation>Odesláno %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Interrupted while sending: it may not have arrived.</source>
        <translation>Odesílání bylo přerušeno: zpráva možná nedorazila.</translation>
    </message>
    <message>
        <source>Resend it, or mark it as sent.</source>
        <translation>Odešlete ji znovu, nebo ji označte jako odeslanou.</translation>
    </message>
    <message>
        <source>Attempt %1 failed; next attempt at %2</source>
        <translation>Pokus č. %1 selhal; další pokus v %2</translation>
    </message>
</context>
<context>
    <name>NotificationPane</name>
    <message>
        <source>Resend the message?</source>
        <translation>Odeslat zprávu znovu?</translation>
    </message>
    <message>
        <source>Faktura cannot tell whether this message arrived. If the client already has it, resending gives them a second copy.</source>
        <translation>Faktura nedokáže zjistit, zda zpráva dorazila. Pokud ji klient už má, opakovaným odesláním dostane druhou kopii.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Oznámení</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) sending mail</source>
        <translation>
            <numerusform>%n problém s odesíláním</numerusform>
            <numerusform>%n problémy s odesíláním</numerusform>
            <numerusform>%n problémů s odesíláním</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Zkusit hned</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Odeslat znovu</translation>
    </message>
    <message>
        <source>Not done: this message is no longer in the outbox.</source>
        <translation>Neprovedeno: tato zpráva už není ve frontě k odeslání.</translation>
    </message>
    <message>
        <source>Not done: the message changed meanwhile and is now “%1”.</source>
        <translation>Neprovedeno: zpráva se mezitím změnila a je nyní ve stavu „%1“.</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Přihlaste se znovu</translation>
    </message>
    <message>
        <source>Edit recipients</source>
        <translation>Upravit příjemce</translation>
    </message>
    <message>
        <source>Copy to Sent again</source>
        <translation>Znovu zkopírovat do Odeslaných</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Označit jako odeslanou</translation>
    </message>
    <message>
        <source>Open invoice</source>
        <translation>Otevřít fakturu</translation>
    </message>
    <message>
        <source>SMTP settings</source>
        <translation>Nastavení SMTP</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Skrýt</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Podrobnosti</translation>
    </message>
</context>
<context>
    <name>PartyFields</name>
    <message>
        <source>Name:</source>
        <translation>Název:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresa:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Země:</translation>
    </message>
    <message>
        <source>Company code:</source>
        <translation>IČO:</translation>
    </message>
    <message>
        <source>Certificate No.:</source>
        <translation>Číslo osvědčení:</translation>
    </message>
    <message>
        <source>individualios veiklos pažymos Nr.</source>
        <translation>číslo osvědčení o individuální činnosti (individualios veiklos pažyma)</translation>
    </message>
    <message>
        <source>Business licence No.:</source>
        <translation>Číslo licence:</translation>
    </message>
    <message>
        <source>verslo liudijimo Nr.</source>
        <translation>číslo podnikatelské licence (verslo liudijimas)</translation>
    </message>
    <message>
        <source>įmonės kodas, e.g. 305123456</source>
        <translation>kód firmy (įmonės kodas), např. 305123456</translation>
    </message>
    <message>
        <source>e.g. Įregistruota Juridinių asmenų registre</source>
        <translation>např. Įregistruota Juridinių asmenų registre</translation>
    </message>
    <message>
        <source>IČO, e.g. 12345678</source>
        <translation>IČO, např. 12345678</translation>
    </message>
    <message>
        <source>e.g. Zapsán v živnostenském rejstříku</source>
        <translation>např. Zapsán v živnostenském rejstříku</translation>
    </message>
    <message>
        <source>IČO, e.g. 27074358</source>
        <translation>IČO, např. 27074358</translation>
    </message>
    <message>
        <source>e.g. Zapsán v OR, oddíl C, vložka 12345</source>
        <translation>např. Zapsán v OR, oddíl C, vložka 12345</translation>
    </message>
    <message>
        <source>registration number</source>
        <translation>registrační číslo</translation>
    </message>
    <message>
        <source>e.g. LT100012345617</source>
        <translation>např. LT100012345617</translation>
    </message>
    <message>
        <source>e.g. CZ27074358</source>
        <translation>např. CZ27074358</translation>
    </message>
    <message>
        <source>e.g. DE123456789</source>
        <translation>např. DE123456789</translation>
    </message>
    <message>
        <source>VAT code:</source>
        <translation>DIČ:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Register entry:</source>
        <translation>Zápis v rejstříku:</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Litva</translation>
    </message>
    <message>
        <source>Czech Republic</source>
        <translation>Česko</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Jiná</translation>
    </message>
    <message>
        <source>PL</source>
        <translation>PL</translation>
    </message>
    <message>
        <source>VAT payer</source>
        <translation>Plátce DPH</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>Product</source>
        <translation>Položka ceníku</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Název:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>MJ:</translation>
    </message>
    <message>
        <source>Unit price:</source>
        <translation>Cena za MJ:</translation>
    </message>
    <message>
        <source>VAT rate:</source>
        <translation>Sazba DPH:</translation>
    </message>
    <message>
        <source>e.g. h, pcs, month</source>
        <translation>např. hod., ks, měs.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Uložit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>MJ</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Cena za MJ</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Sazba DPH</translation>
    </message>
    <message>
        <source>Products and services</source>
        <translation>Položky ceníku</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Hledat v ceníku</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Přidat položku ceníku</translation>
    </message>
    <message>
        <source>No products yet. Products you add here complete invoice lines.</source>
        <translation>Ceník je zatím prázdný. Položky, které sem přidáte, se budou nabízet při vyplňování faktury.</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Uložit</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Zrušit</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Zavřít</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Zavřít bez uložení</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Uložit</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Uložit</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Uložit vše</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otevřít</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ano</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ano &amp;všem</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ne</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;e všem</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Přerušit</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Opakovat</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorovat</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Zahodit</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Neukládat</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Nápověda</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Použít</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Obnovit</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Obnovit výchozí</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Zpět</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Z&amp;novu</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Vyj&amp;mout</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopírovat</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopírovat adresu &amp;odkazu</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>V&amp;ložit</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Smazat</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Vybrat vše</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Automatic copy</source>
        <translation>Automatická kopie</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Vytvořena ručně</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Před aktualizací</translation>
    </message>
    <message>
        <source>Replaced by a restore</source>
        <translation>Nahrazena obnovením</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>Jiný soubor</translation>
    </message>
    <message>
        <source>Restored the backup %1. The damaged file is kept as %2.</source>
        <translation>Záloha %1 byla obnovena. Poškozený soubor je uložen jako %2.</translation>
    </message>
    <message>
        <source>Restored the backup %1. The books it replaced are kept as %2.</source>
        <translation>Záloha %1 byla obnovena. Nahrazená data jsou uložena jako %2.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Obnovit ze zálohy</translation>
    </message>
    <message>
        <source>Faktura closes its windows, keeps the current books in the backups folder (so this can be undone the same way) and opens the restored copy.</source>
        <translation>Faktura zavře svá okna, současná data uloží do složky se zálohami (obnovení tak půjde stejným způsobem vrátit) a otevře obnovenou kopii.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Obnovit</translation>
    </message>
    <message>
        <source>The backup was not restored (%1); your books are as they were.</source>
        <translation>Záloha nebyla obnovena (%1); vaše data zůstala beze změny.</translation>
    </message>
    <message>
        <source>the books are not a file in the data folder</source>
        <translation>data nejsou uložena v souboru ve složce s daty</translation>
    </message>
    <message>
        <source>Restored the backup %1.</source>
        <translation>Záloha %1 byla obnovena.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopie</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Faktury</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>nelze přečíst</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Zatím zde nejsou žádné zálohy.</translation>
    </message>
    <message numerus="yes">
        <source>Replace your books with the copy of %1 (%n invoice(s))?</source>
        <translation>
            <numerusform>Nahradit současná data kopií z %1 (%n faktura)?</numerusform>
            <numerusform>Nahradit současná data kopií z %1 (%n faktury)?</numerusform>
            <numerusform>Nahradit současná data kopií z %1 (%n faktur)?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RollingBackups</name>
    <message>
        <source>The database is damaged</source>
        <translation>Databáze je poškozená</translation>
    </message>
    <message>
        <source>Faktura&apos;s database is damaged: SQLite&apos;s check found parts of it that cannot be read. Your backups are kept; restore one to go back to sound books.</source>
        <translation>Databáze Faktury je poškozená: kontrola SQLite v ní našla části, které nelze přečíst. Zálohy zůstávají zachovány; obnovte některou z nich a vrátíte se k nepoškozeným datům.</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Obnovit ze zálohy…</translation>
    </message>
</context>
<context>
    <name>SaveErrorBanner</name>
    <message>
        <source>Try again</source>
        <translation>Zkusit znovu</translation>
    </message>
    <message>
        <source>This draft is not saved.</source>
        <translation>Tento koncept není uložen.</translation>
    </message>
    <message>
        <source>Your changes are kept in this window, and Faktura keeps trying to save them.</source>
        <translation>Vaše změny zůstávají v tomto okně a Faktura se je dál pokouší uložit.</translation>
    </message>
</context>
<context>
    <name>SellerFields</name>
    <message>
        <source>e.g. 19-2000145399/0800</source>
        <translation>např. 19-2000145399/0800</translation>
    </message>
    <message>
        <source>Seller:</source>
        <translation>Dodavatel:</translation>
    </message>
    <message>
        <source>A company</source>
        <translation>Právnická osoba (firma)</translation>
    </message>
    <message>
        <source>An individual (OSVČ; individuali veikla pagal pažymą)</source>
        <translation>Fyzická osoba (OSVČ; individuali veikla pagal pažymą)</translation>
    </message>
    <message>
        <source>A business licence (verslo liudijimas)</source>
        <translation>Podnikatelská licence (verslo liudijimas, Litva)</translation>
    </message>
    <message>
        <source>Account number:</source>
        <translation>Číslo účtu:</translation>
    </message>
    <message>
        <source>The Czech account number and bank code printed beside the IBAN</source>
        <translation>Číslo účtu a kód banky, které se tisknou vedle IBAN</translation>
    </message>
    <message>
        <source>Print the DUZP even when it is the issue date</source>
        <translation>Tisknout DUZP, i když se shoduje s datem vystavení</translation>
    </message>
</context>
<context>
    <name>SendFlow</name>
    <message>
        <source>Issue the invoice?</source>
        <translation>Vystavit fakturu?</translation>
    </message>
    <message>
        <source>This invoice is a draft. Sending issues it first: it gets its number and can no longer be edited.</source>
        <translation>Tato faktura je koncept. Před odesláním se vystaví: dostane číslo a už ji nebude možné upravovat.</translation>
    </message>
    <message>
        <source>Issue and send</source>
        <translation>Vystavit a odeslat</translation>
    </message>
    <message>
        <source>Cannot send</source>
        <translation>Nelze odeslat</translation>
    </message>
    <message>
        <source>E-mail draft saved</source>
        <translation>Koncept e-mailu byl uložen</translation>
    </message>
    <message>
        <source>A cancelled invoice cannot be sent.</source>
        <translation>Stornovanou fakturu nelze odeslat.</translation>
    </message>
    <message>
        <source>Fill in your company profile before issuing invoices.</source>
        <translation>Před vystavováním faktur vyplňte profil firmy.</translation>
    </message>
    <message>
        <source>Choose a client before sending.</source>
        <translation>Před odesláním vyberte klienta.</translation>
    </message>
    <message>
        <source>Add at least one line before sending.</source>
        <translation>Před odesláním přidejte alespoň jednu položku.</translation>
    </message>
    <message>
        <source>Every line needs a description.</source>
        <translation>Každá položka musí mít popis.</translation>
    </message>
    <message>
        <source>The e-mail draft could not be written: %1</source>
        <translation>Koncept e-mailu se nepodařilo zapsat: %1</translation>
    </message>
    <message>
        <source>E-mail sending is not set up</source>
        <translation>Odesílání e-mailů není nastaveno</translation>
    </message>
    <message>
        <source>Enter your SMTP settings, then send the invoice again.</source>
        <translation>Zadejte nastavení SMTP a pak fakturu odešlete znovu.</translation>
    </message>
    <message>
        <source>%1 was opened in your mail program; send it from there. Install the “Email sending via SMTP” module to send invoices directly from Faktura.</source>
        <translation>Soubor %1 se otevřel ve vašem poštovním programu; odešlete e-mail odtamtud. Nainstalujte modul „Odesílání e-mailů přes SMTP“ a budete moci posílat faktury přímo z Faktury.</translation>
    </message>
    <message>
        <source>The invoice cannot be issued: %1</source>
        <translation>Fakturu nelze vystavit: %1</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>PDF se nepodařilo zapsat: %1</translation>
    </message>
</context>
<context>
    <name>ServerBanner</name>
    <message>
        <source>The database server %1 (database %2) cannot be reached.</source>
        <translation>Databázový server %1 (databáze %2) není dostupný.</translation>
    </message>
    <message>
        <source>The lists show what was last read. An open draft keeps what you type and is saved as soon as the server answers; Faktura keeps trying by itself.</source>
        <translation>Seznamy ukazují, co bylo naposledy načteno. Otevřený koncept si ponechá, co píšete, a uloží se, jakmile server odpoví; Faktura to sama zkouší znovu.</translation>
    </message>
    <message>
        <source>The database server %1 cannot be reached.</source>
        <translation>Databázový server %1 není dostupný.</translation>
    </message>
    <message>
        <source>The database server %1 answers again.</source>
        <translation>Databázový server %1 opět odpovídá.</translation>
    </message>
</context>
<context>
    <name>SignInRunner</name>
    <message>
        <source>Faktura could not prepare the sign-in (%1).</source>
        <translation>Faktura nemohla připravit přihlášení (%1).</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open this address in a browser to sign in: %1</source>
        <translation>Nepodařilo se otevřít webový prohlížeč. Pro přihlášení otevřete v prohlížeči tuto adresu: %1</translation>
    </message>
    <message>
        <source>The sign-in failed unexpectedly; the details are in the log file.</source>
        <translation>Přihlášení nečekaně selhalo; podrobnosti jsou v souboru protokolu.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Přihlášení zrušeno.</translation>
    </message>
    <message>
        <source>The browser did not come back in time. Click Sign in… to try again.</source>
        <translation>Prohlížeč se včas nevrátil. Zkuste to znovu tlačítkem „Přihlásit se…“.</translation>
    </message>
    <message>
        <source>The sign-in was declined in the browser, so Faktura cannot send through this mailbox.</source>
        <translation>Přihlášení bylo v prohlížeči odmítnuto, takže Faktura nemůže přes tuto schránku odesílat.</translation>
    </message>
    <message>
        <source>The provider refused the sign-in: %1. Check the client ID and the tenant.</source>
        <translation>Poskytovatel přihlášení odmítl: %1. Zkontrolujte ID klienta a tenant.</translation>
    </message>
    <message>
        <source>The provider gave no lasting sign-in. Add “offline_access” to the scopes (Microsoft) and sign in again.</source>
        <translation>Poskytovatel nevydal trvalé přihlášení. Přidejte do oprávnění (scopes) „offline_access“ (Microsoft) a přihlaste se znovu.</translation>
    </message>
    <message>
        <source>The provider&apos;s sign-in service could not be reached. Check your internet connection.</source>
        <translation>Přihlašovací služba poskytovatele není dostupná. Zkontrolujte připojení k internetu.</translation>
    </message>
    <message>
        <source>The keyring refused to keep the sign-in (is it locked?). Unlock it and sign in again.</source>
        <translation>Klíčenka odmítla přihlášení uložit (je zamčená?). Odemkněte ji a přihlaste se znovu.</translation>
    </message>
</context>
<context>
    <name>SmtpFields</name>
    <message>
        <source>%1 accepts only its own sign-in: keep “Sign in with Microsoft/Google” below and enter a client ID (&lt;a href=&quot;%2&quot;&gt;how to register one&lt;/a&gt;).</source>
        <translation>%1 přijímá jen vlastní přihlášení: ponechte níže „Přihlásit přes Microsoft/Google“ a zadejte ID klienta (&lt;a href=&quot;%2&quot;&gt;jak ho zaregistrovat&lt;/a&gt;).</translation>
    </message>
    <message>
        <source>Needs an &lt;b&gt;app password&lt;/b&gt;, not your usual password: &lt;a href=&quot;%1&quot;&gt;how to create one&lt;/a&gt;.</source>
        <translation>Vyžaduje &lt;b&gt;heslo aplikace&lt;/b&gt;, ne vaše obvyklé heslo: &lt;a href=&quot;%1&quot;&gt;jak ho vytvořit&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>These settings are not confirmed by the provider; check with your provider.</source>
        <translation>Tato nastavení poskytovatel nepotvrdil; ověřte si je u svého poskytovatele.</translation>
    </message>
    <message>
        <source>•••• kept for this session only — type to replace</source>
        <translation>•••• uloženo jen pro tuto relaci – novým zadáním ho nahradíte</translation>
    </message>
    <message>
        <source>•••• stored in the keyring — type to replace</source>
        <translation>•••• uloženo v systémovém úložišti hesel – novým zadáním ho nahradíte</translation>
    </message>
    <message>
        <source>Sender name:</source>
        <translation>Jméno odesílatele:</translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation>Adresa odesílatele:</translation>
    </message>
    <message>
        <source>Reply-to (optional):</source>
        <translation>Adresa pro odpověď (nepovinné):</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Poskytovatel:</translation>
    </message>
    <message>
        <source>Server (host):</source>
        <translation>Server (host):</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Zabezpečení:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Uživatelské jméno:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Heslo:</translation>
    </message>
    <message>
        <source>Other provider</source>
        <translation>Jiný poskytovatel</translation>
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
        <translation>Žádné (nešifrováno)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zobrazit</translation>
    </message>
    <message>
        <source>e.g. smtp.example.com</source>
        <translation>např. smtp.example.com</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>jmeno@example.com</translation>
    </message>
    <message>
        <source>Shown to your clients, e.g. Jonas Jonaitis</source>
        <translation>Zobrazí se vašim klientům, např. Jan Novák</translation>
    </message>
</context>
<context>
    <name>SmtpImapFields</name>
    <message>
        <source>Copy sent messages to the Sent folder (IMAP)</source>
        <translation>Kopírovat odeslané zprávy do složky Odeslané (IMAP)</translation>
    </message>
    <message>
        <source>IMAP server:</source>
        <translation>Server IMAP:</translation>
    </message>
    <message>
        <source>IMAP port:</source>
        <translation>Port IMAP:</translation>
    </message>
    <message>
        <source>IMAP encryption:</source>
        <translation>Zabezpečení IMAP:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Složka:</translation>
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
        <translation>Žádné (nešifrováno)</translation>
    </message>
    <message>
        <source>e.g. imap.example.com</source>
        <translation>např. imap.example.com</translation>
    </message>
    <message>
        <source>Sent (used only when the server marks no Sent folder)</source>
        <translation>Sent (použije se, jen když server žádnou složku Odeslané neoznačí)</translation>
    </message>
</context>
<context>
    <name>SmtpOAuthFields</name>
    <message>
        <source>Signed in as %1.</source>
        <translation>Přihlášeno jako %1.</translation>
    </message>
    <message>
        <source>Not signed in yet.</source>
        <translation>Zatím nepřihlášeno.</translation>
    </message>
    <message>
        <source>Finish the sign-in in your browser…</source>
        <translation>Dokončete přihlášení v prohlížeči…</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Přihlášení:</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>Uživatelské jméno a heslo</translation>
    </message>
    <message>
        <source>Sign in with Microsoft/Google (OAuth2)</source>
        <translation>Přihlásit přes Microsoft/Google (OAuth2)</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>ID klienta:</translation>
    </message>
    <message>
        <source>Client secret (Google):</source>
        <translation>Tajný klíč klienta (Google):</translation>
    </message>
    <message>
        <source>Tenant (Microsoft):</source>
        <translation>Tenant (Microsoft):</translation>
    </message>
    <message>
        <source>Sign-in address:</source>
        <translation>Přihlašovací adresa:</translation>
    </message>
    <message>
        <source>Token address:</source>
        <translation>Adresa tokenů:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Oprávnění (scopes):</translation>
    </message>
    <message>
        <source>from your app registration, see the guide</source>
        <translation>z registrace aplikace, viz návod</translation>
    </message>
    <message>
        <source>consumers, organizations or a tenant ID</source>
        <translation>consumers, organizations nebo ID tenanta</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Přihlásit se…</translation>
    </message>
</context>
<context>
    <name>SmtpSettingsForm</name>
    <message>
        <source>Please correct the fields marked in red.</source>
        <translation>Opravte prosím pole označená červeně.</translation>
    </message>
    <message>
        <source>Send without encryption?</source>
        <translation>Odesílat bez zabezpečení?</translation>
    </message>
    <message>
        <source>With “None (unencrypted)”, your password and your invoices travel to %1 as plain text that anyone on the network can read.</source>
        <translation>S volbou „Žádné (nešifrováno)“ putují vaše heslo i faktury na %1 jako prostý text, který si může přečíst kdokoli v síti.</translation>
    </message>
    <message>
        <source>Choose SSL/TLS or STARTTLS unless your provider says the server cannot encrypt.</source>
        <translation>Zvolte SSL/TLS nebo STARTTLS, pokud poskytovatel neuvádí, že server šifrování nepodporuje.</translation>
    </message>
    <message>
        <source>Use it unencrypted</source>
        <translation>Použít bez zabezpečení</translation>
    </message>
    <message>
        <source>Settings not saved.</source>
        <translation>Nastavení nebylo uloženo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No system keyring is available.&lt;/b&gt; Faktura never writes your password to disk, so it cannot remember it after you quit. Tick the box below to keep it in memory until Faktura closes; you will type it again next time.</source>
        <translation>&lt;b&gt;Systémové úložiště hesel není k dispozici.&lt;/b&gt; Faktura nikdy neukládá vaše heslo na disk, takže si ho po ukončení nezapamatuje. Zaškrtnutím políčka níže ho ponecháte v paměti, dokud Fakturu nezavřete; příště ho zadáte znovu.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Nastavení bylo uloženo.</translation>
    </message>
    <message>
        <source>Signed in. Click Update settings to keep these settings.</source>
        <extracomment>Time limit of a new account&apos;s connections (the issue: a silent server gives up in ≤ 20 s).</extracomment>
        <translation>Přihlášeno. Klikněte na „Uložit nastavení“, aby se nastavení uložilo.</translation>
    </message>
    <message>
        <source>Certificate trusted for %1 and settings saved.</source>
        <translation>Certifikát pro %1 je nyní důvěryhodný a nastavení bylo uloženo.</translation>
    </message>
    <message>
        <source>Update settings</source>
        <translation>Uložit nastavení</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Otestovat připojení</translation>
    </message>
    <message>
        <source>Keep the password for this session only</source>
        <translation>Pamatovat si heslo jen pro tuto relaci</translation>
    </message>
</context>
<context>
    <name>SmtpTestPanel</name>
    <message>
        <source>Testing…</source>
        <translation>Probíhá test…</translation>
    </message>
    <message>
        <source>The test message could not be prepared: check the sender address.</source>
        <translation>Zkušební zprávu se nepodařilo připravit: zkontrolujte adresu odesílatele.</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Test byl zrušen.</translation>
    </message>
    <message>
        <source>Everything works.</source>
        <translation>Vše funguje.</translation>
    </message>
    <message>
        <source>Login methods offered: %1.</source>
        <translation>Nabízené způsoby přihlášení: %1.</translation>
    </message>
    <message>
        <source>Largest message the server accepts: %1 MB.</source>
        <translation>Největší zpráva, kterou server přijme: %1 MB.</translation>
    </message>
    <message>
        <source>Failed step: %1</source>
        <translation>Neúspěšný krok: %1</translation>
    </message>
    <message>
        <source>Server reply: %1</source>
        <translation>Odpověď serveru: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Podrobnosti: %1</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Podrobnosti…</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Co dělat:</translation>
    </message>
    <message>
        <source>Read more in the guide</source>
        <translation>Více v návodu</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Otisk SHA-256:</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Vydáno pro:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Vydal:</translation>
    </message>
    <message>
        <source>(self-signed)</source>
        <translation>(podepsaný sám sebou)</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Platnost do:</translation>
    </message>
    <message>
        <source>Trust this certificate for %1…</source>
        <translation>Důvěřovat tomuto certifikátu pro %1…</translation>
    </message>
    <message>
        <source>Also send a test message to myself</source>
        <translation>Poslat také zkušební zprávu sobě</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Zrušit test</translation>
    </message>
    <message>
        <source>The server&apos;s certificate</source>
        <translation>Certifikát serveru</translation>
    </message>
</context>
<context>
    <name>SmtpTexts</name>
    <message>
        <source>This field is required.</source>
        <extracomment>Where each app-password provider&apos;s guide explains creating one.</extracomment>
        <translation>Toto pole je povinné.</translation>
    </message>
    <message>
        <source>Enter only the server name, e.g. smtp.example.com (no spaces, no “https://”, no port).</source>
        <translation>Zadejte jen název serveru, např. smtp.example.com (bez mezer, bez „https://“ a bez portu).</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Port musí být číslo od 1 do 65535.</translation>
    </message>
    <message>
        <source>Choose SSL/TLS, STARTTLS or None.</source>
        <translation>Zvolte SSL/TLS, STARTTLS nebo Žádné.</translation>
    </message>
    <message>
        <source>Line breaks are not allowed here.</source>
        <translation>Zalomení řádku zde není povoleno.</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address (name@example.com).</source>
        <translation>Toto nevypadá jako e-mailová adresa (jmeno@example.com).</translation>
    </message>
    <message>
        <source>The time limit must be between 1 and 120 seconds.</source>
        <translation>Časový limit musí být mezi 1 a 120 sekundami.</translation>
    </message>
    <message>
        <source>The trusted certificate is invalid; test the connection again.</source>
        <translation>Důvěryhodný certifikát je neplatný; otestujte připojení znovu.</translation>
    </message>
    <message>
        <source>There is no keyring to store the password in. Tick “Keep the password for this session only”, or leave the password empty.</source>
        <translation>Není k dispozici systémové úložiště hesel, kam by šlo heslo uložit. Zaškrtněte „Pamatovat si heslo jen pro tuto relaci“, nebo heslo nevyplňujte.</translation>
    </message>
    <message>
        <source>Enter a folder name in plain letters, without quotes, \, * or %.</source>
        <translation>Zadejte název složky obyčejnými písmeny, bez uvozovek, \, * nebo %.</translation>
    </message>
    <message>
        <source>Paste the client ID exactly as your app registration shows it, without spaces.</source>
        <translation>Vložte ID klienta přesně tak, jak ho ukazuje registrace aplikace, bez mezer.</translation>
    </message>
    <message>
        <source>Enter a full https:// address of the provider&apos;s sign-in service.</source>
        <translation>Zadejte úplnou adresu https:// přihlašovací služby poskytovatele.</translation>
    </message>
    <message>
        <source>Choose password or sign-in with your provider.</source>
        <translation>Zvolte heslo, nebo přihlášení přes poskytovatele.</translation>
    </message>
    <message>
        <source>The keyring refused to store the password (is it locked?). Unlock it and try again.</source>
        <translation>Systémové úložiště hesel odmítlo heslo uložit (není zamčené?). Odemkněte ho a zkuste to znovu.</translation>
    </message>
    <message>
        <source>Signing in with your provider</source>
        <translation>Přihlašování přes poskytovatele</translation>
    </message>
    <message>
        <source>Looking up the server name</source>
        <translation>Vyhledání názvu serveru</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Připojení k serveru</translation>
    </message>
    <message>
        <source>Encryption (TLS) and certificate</source>
        <translation>Zabezpečení (TLS) a certifikát</translation>
    </message>
    <message>
        <source>Greeting (EHLO): what the server offers</source>
        <translation>Pozdrav (EHLO): co server nabízí</translation>
    </message>
    <message>
        <source>Switching to encryption (STARTTLS)</source>
        <translation>Přepnutí na šifrované spojení (STARTTLS)</translation>
    </message>
    <message>
        <source>Logging in</source>
        <translation>Přihlášení</translation>
    </message>
    <message>
        <source>Sending a test message to yourself</source>
        <translation>Odeslání zkušební zprávy sobě</translation>
    </message>
    <message>
        <source>Closing the connection</source>
        <translation>Ukončení spojení</translation>
    </message>
    <message>
        <source>Signing in with Microsoft</source>
        <extracomment>The rows of the step list; MAIL, RCPT and DATA share the &quot;test message&quot; row.</extracomment>
        <translation>Přihlašování přes Microsoft</translation>
    </message>
    <message>
        <source>Signing in with Google</source>
        <translation>Přihlašování přes Google</translation>
    </message>
</context>
<context>
    <name>StaleQuestion</name>
    <message>
        <source>The draft was changed elsewhere</source>
        <translation>Koncept byl změněn jinde</translation>
    </message>
    <message>
        <source>%1 saved this draft at %2, after you opened it here.</source>
        <translation>%1 uložil(a) tento koncept v %2, až poté, co jste ho zde otevřeli.</translation>
    </message>
    <message>
        <source>The client was changed elsewhere</source>
        <translation>Klient byl změněn jinde</translation>
    </message>
    <message>
        <source>%1 saved this client at %2, after you opened it here.</source>
        <translation>%1 uložil(a) tohoto klienta v %2, až poté, co jste ho zde otevřeli.</translation>
    </message>
    <message>
        <source>The product was changed elsewhere</source>
        <translation>Položka ceníku byla změněna jinde</translation>
    </message>
    <message>
        <source>%1 saved this product at %2, after you opened it here.</source>
        <translation>%1 uložil(a) tuto položku ceníku v %2, až poté, co jste ji zde otevřeli.</translation>
    </message>
    <message>
        <source>The company profile was changed elsewhere</source>
        <translation>Profil firmy byl změněn jinde</translation>
    </message>
    <message>
        <source>%1 saved the company profile at %2, after you opened it here.</source>
        <translation>%1 uložil(a) profil firmy v %2, až poté, co jste ho zde otevřeli.</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>neznámou dobu</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Někdo</translation>
    </message>
    <message>
        <source>Reload theirs to see their version (your changes here are dropped), or keep yours to save them over it.</source>
        <translation>Načtěte jejich verzi, abyste ji viděli (vaše změny zde se zahodí), nebo si ponechte svou a uložte ji místo jejich.</translation>
    </message>
    <message>
        <source>Reload theirs</source>
        <translation>Načíst jejich verzi</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Ponechat moji</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Faktura is already running</source>
        <translation>Faktura už je spuštěná</translation>
    </message>
    <message>
        <source>Cannot use the data folder</source>
        <translation>Složku s daty nelze použít</translation>
    </message>
    <message>
        <source>Nothing has been changed. The backups are in %1; Faktura&apos;s window offers to restore one when it starts.</source>
        <translation>Nic nebylo změněno. Zálohy jsou ve složce %1; okno Faktury po spuštění nabídne obnovení některé z nich.</translation>
    </message>
    <message>
        <source>The database %1 cannot be used: %2 Nothing has been changed.</source>
        <translation>Databázi %1 nelze použít: %2 Nic nebylo změněno.</translation>
    </message>
    <message>
        <source>The log %1 cannot be written (%2); messages go to the terminal instead.</source>
        <translation>Do protokolu %1 nelze zapisovat (%2); zprávy se místo toho vypisují do terminálu.</translation>
    </message>
    <message>
        <source>Faktura cannot write to its data folder %1 (%2). Make the folder writable for you, or start Faktura with --data-dir and another folder.</source>
        <translation>Faktura nemůže zapisovat do své složky s daty %1 (%2). Povolte si do složky zápis, nebo spusťte Fakturu s volbou --data-dir a jinou složkou.</translation>
    </message>
    <message>
        <source>the file or its folder is read-only.</source>
        <translation>soubor nebo jeho složka je jen pro čtení.</translation>
    </message>
    <message>
        <source>the disk is full.</source>
        <translation>disk je plný.</translation>
    </message>
    <message>
        <source>another program holds it locked.</source>
        <translation>jiný program ji drží zamčenou.</translation>
    </message>
    <message>
        <source>the system could not read or write it.</source>
        <translation>systém ji nedokázal přečíst ani zapsat.</translation>
    </message>
    <message>
        <source>the database server cannot be reached. Check that it is running and that this computer can reach it over the network.</source>
        <translation>databázový server není dostupný. Zkontrolujte, že běží a že se k němu tento počítač dostane po síti.</translation>
    </message>
    <message>
        <source>the database server refused the user name or the password, or this user may not do this.</source>
        <translation>databázový server odmítl uživatelské jméno nebo heslo, nebo tento uživatel nemá k této akci oprávnění.</translation>
    </message>
    <message>
        <source>The database is from a newer Faktura</source>
        <translation>Databáze pochází z novější verze Faktury</translation>
    </message>
    <message>
        <source>You are working in the local file %1, not on the database server; Settings → Database still names the server for the next start.</source>
        <translation>Pracujete v místním souboru %1, ne na databázovém serveru; Nastavení → Databáze při příštím spuštění stále uvádí server.</translation>
    </message>
    <message>
        <source>Choose the copy to put in place of the damaged file.</source>
        <translation>Vyberte kopii, která nahradí poškozený soubor.</translation>
    </message>
    <message>
        <source>The database file %1 is empty (0 bytes): the books it held are gone.</source>
        <translation>Soubor databáze %1 je prázdný (0 bajtů): data, která obsahoval, jsou pryč.</translation>
    </message>
    <message>
        <source>The file %1 is damaged: it is not a database any more.</source>
        <translation>Soubor %1 je poškozený: už to není databáze.</translation>
    </message>
    <message>
        <source>The database file %1 is damaged: parts of it cannot be read.</source>
        <translation>Soubor databáze %1 je poškozený: část z něj nelze přečíst.</translation>
    </message>
    <message>
        <source>that copy is damaged as well</source>
        <translation>i tato kopie je poškozená</translation>
    </message>
    <message>
        <source>another Faktura is using the data folder</source>
        <translation>složku s daty používá jiná spuštěná Faktura</translation>
    </message>
    <message>
        <source>Open another data folder</source>
        <translation>Otevřít jinou složku s daty</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>Záloha nebyla obnovena</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Databáze je poškozená</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>Obnovit nejnovější zálohu</translation>
    </message>
    <message>
        <source>Choose a backup…</source>
        <translation>Vybrat zálohu…</translation>
    </message>
    <message>
        <source>Open another folder…</source>
        <translation>Otevřít jinou složku…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Ukončit</translation>
    </message>
    <message>
        <source>The backup could not be put in place (%1). Nothing has been changed.</source>
        <translation>Zálohu se nepodařilo obnovit (%1). Nic nebylo změněno.</translation>
    </message>
    <message numerus="yes">
        <source>The latest sound backup is from %1 (%n invoice(s)). Restoring it keeps the damaged file in the data folder; nothing is deleted.</source>
        <translation>
            <numerusform>Nejnovější nepoškozená záloha je z %1 (%n faktura). Po jejím obnovení zůstane poškozený soubor ve složce s daty; nic se nesmaže.</numerusform>
            <numerusform>Nejnovější nepoškozená záloha je z %1 (%n faktury). Po jejím obnovení zůstane poškozený soubor ve složce s daty; nic se nesmaže.</numerusform>
            <numerusform>Nejnovější nepoškozená záloha je z %1 (%n faktur). Po jejím obnovení zůstane poškozený soubor ve složce s daty; nic se nesmaže.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no sound backup in %1. Open another data folder, or quit; the damaged file stays as it is.</source>
        <translation>Ve složce %1 není žádná nepoškozená záloha. Otevřete jinou složku s daty, nebo aplikaci ukončete; poškozený soubor zůstane beze změny.</translation>
    </message>
    <message>
        <source>Check that the server is running and that this computer can reach it over the network (ask whoever runs it), then try again. You can also work in the local file in the data folder for now: invoices made there stay in that file and are not on the server. Or choose another database.</source>
        <translation>Zkontrolujte, že server běží a že se k němu tento počítač dostane po síti (zeptejte se toho, kdo server spravuje), a zkuste to znovu. Zatím můžete pracovat i v místním souboru ve složce s daty: faktury vytvořené v něm zůstanou v tomto souboru a na serveru nebudou. Nebo zvolte jinou databázi.</translation>
    </message>
    <message>
        <source>The database server cannot be reached: Faktura could not connect to %1. Check that the server is running and that this computer can reach it over the network.</source>
        <translation>Databázový server není dostupný: Faktura se nemohla připojit k %1. Zkontrolujte, že server běží a že se k němu tento počítač dostane po síti.</translation>
    </message>
    <message>
        <source>The database server cannot be reached</source>
        <translation>Databázový server není dostupný</translation>
    </message>
    <message>
        <source>Still no answer (tried at %1).</source>
        <translation>Stále žádná odpověď (pokus v %1).</translation>
    </message>
    <message>
        <source>Faktura cannot reach %1.</source>
        <translation>Faktura se nedostane k %1.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Zkusit znovu</translation>
    </message>
    <message>
        <source>Use the local file instead</source>
        <translation>Použít místní soubor</translation>
    </message>
    <message>
        <source>Choose another database…</source>
        <translation>Zvolit jinou databázi…</translation>
    </message>
    <message>
        <source>the server %1, database %2</source>
        <translation>serveru %1 (databáze %2)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Připojování k %1…</translation>
    </message>
    <message>
        <source>Trying again failed (%1).</source>
        <translation>Nový pokus selhal (%1).</translation>
    </message>
    <message>
        <source>the server %1, database %2, user %3</source>
        <translation>serveru %1 (databáze %2, uživatel %3)</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Něco se pokazilo</translation>
    </message>
    <message>
        <source>Another Faktura window is using the data folder %1. Switch to that window, or close it and start Faktura again.</source>
        <translation>Složku s daty %1 používá jiné okno Faktury. Přepněte se do něj, nebo ho zavřete a spusťte Fakturu znovu.</translation>
    </message>
    <message>
        <source>The database could not be opened. Details are in the log: %1</source>
        <translation>Databázi se nepodařilo otevřít. Podrobnosti jsou v protokolu: %1</translation>
    </message>
    <message>
        <source>The data in %1 was written by a newer version of Faktura (schema %2). Install that version or newer to open it; nothing has been changed.</source>
        <translation>Data ve složce %1 zapsala novější verze Faktury (schéma %2). Chcete-li je otevřít, nainstalujte tuto nebo novější verzi; nic nebylo změněno.</translation>
    </message>
</context>
<context>
    <name>StorageMessages</name>
    <message>
        <source>The disk is full. Free some space on it.</source>
        <translation>Disk je plný. Uvolněte na něm místo.</translation>
    </message>
    <message>
        <source>The database file is read-only. Check that you may write to the file and its folder.</source>
        <translation>Soubor databáze je jen pro čtení. Zkontrolujte, zda smíte zapisovat do souboru a do jeho složky.</translation>
    </message>
    <message>
        <source>The database is locked by another program (a backup or sync tool, or another Faktura). Close that program or wait until it finishes.</source>
        <translation>Databázi uzamkl jiný program (nástroj pro zálohování či synchronizaci, nebo jiná Faktura). Zavřete ho, nebo počkejte, až skončí.</translation>
    </message>
    <message>
        <source>The database file is damaged. Keep this window open and copy your changes elsewhere, then restore a backup.</source>
        <translation>Soubor databáze je poškozený. Nechte toto okno otevřené, zkopírujte si změny jinam a potom obnovte zálohu.</translation>
    </message>
    <message>
        <source>The disk could not be read or written (an input/output error). Check the disk or the network folder that holds your data.</source>
        <translation>Z disku nelze číst nebo na něj zapisovat (chyba vstupu/výstupu). Zkontrolujte disk nebo síťovou složku s vašimi daty.</translation>
    </message>
    <message>
        <source>The database server cannot be reached. What you typed stays here and is saved as soon as the server answers again; check the network, or ask whoever runs the server.</source>
        <translation>Databázový server není dostupný. Co jste napsali, zůstává zde a uloží se, jakmile server znovu odpoví; zkontrolujte síť, nebo se obraťte na toho, kdo server spravuje.</translation>
    </message>
    <message>
        <source>The database server refused this (the login, or this user&apos;s rights). Ask whoever runs the server.</source>
        <translation>Databázový server to odmítl (přihlášení nebo oprávnění tohoto uživatele). Obraťte se na toho, kdo server spravuje.</translation>
    </message>
    <message>
        <source>Something went wrong. Details are in the log: %1</source>
        <translation>Něco se pokazilo. Podrobnosti najdete v souboru protokolu: %1</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <source>VAT rate</source>
        <translation>Sazba DPH</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Základ daně</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>DPH</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Celkem s DPH</translation>
    </message>
    <message>
        <source>Total without VAT</source>
        <translation>Celkem bez DPH</translation>
    </message>
    <message>
        <source>VAT total</source>
        <translation>DPH celkem</translation>
    </message>
    <message>
        <source>Total to pay</source>
        <translation>Celkem k úhradě</translation>
    </message>
</context>
<context>
    <name>UnsavedQuestion</name>
    <message>
        <source>Draft not saved</source>
        <translation>Koncept není uložen</translation>
    </message>
    <message>
        <source>The changes to this draft could not be saved.</source>
        <translation>Změny tohoto konceptu se nepodařilo uložit.</translation>
    </message>
    <message>
        <source>Try again, discard the changes, or cancel and keep the draft open.</source>
        <translation>Zkuste to znovu, zahoďte změny, nebo akci zrušte a nechte koncept otevřený.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Zkusit znovu</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Zahodit změny</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
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
        <translation>%1, osvobozeno</translation>
    </message>
    <message>
        <source>reverse charge</source>
        <translation>přenesená daňová povinnost</translation>
    </message>
    <message>
        <source>no VAT (not a payer)</source>
        <translation>bez DPH (neplátce)</translation>
    </message>
</context>
</TS>
