<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>DayCount</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceActions</name>
    <message numerus="yes">
        <source>%n PDF(s) saved in %1</source>
        <translation>
            <numerusform>%n PDF saved in %1</numerusform>
            <numerusform>%n PDFs saved in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceListPage</name>
    <message numerus="yes">
        <source>%n issued invoice(s): %1</source>
        <translation>
            <numerusform>%n issued invoice: %1</numerusform>
            <numerusform>%n issued invoices: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s), not counted: %1</source>
        <translation>
            <numerusform>%n draft, not counted: %1</numerusform>
            <numerusform>%n drafts, not counted: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n invoices as PDF</source>
        <translation>
            <numerusform>Export %n invoice as PDF</numerusform>
            <numerusform>Export %n invoices as PDF</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n invoices as ISDOC</source>
        <translation>
            <numerusform>Export %n invoice as ISDOC</numerusform>
            <numerusform>Export %n invoices as ISDOC</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IsdocExport</name>
    <message numerus="yes">
        <source>%n ISDOC file(s) saved in %1</source>
        <translation>
            <numerusform>%n ISDOC file saved in %1</numerusform>
            <numerusform>%n ISDOC files saved in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) passed over: issue them first.</source>
        <translation>
            <numerusform>%n draft passed over: issue it first.</numerusform>
            <numerusform>%n drafts passed over: issue them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailService</name>
    <message numerus="yes">
        <source>%n message(s) will be sent the next time you start Faktura.</source>
        <translation>
            <numerusform>%n message will be sent the next time you start Faktura.</numerusform>
            <numerusform>%n messages will be sent the next time you start Faktura.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) may not have arrived: Faktura will ask you about them the next time it starts.</source>
        <translation>
            <numerusform>%n message may not have arrived: Faktura will ask you about it the next time it starts.</numerusform>
            <numerusform>%n messages may not have arrived: Faktura will ask you about them the next time it starts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationPane</name>
    <message numerus="yes">
        <source>%n problem(s) sending mail</source>
        <translation>
            <numerusform>%n problem sending mail</numerusform>
            <numerusform>%n problems sending mail</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message numerus="yes">
        <source>Replace your books with the copy of %1 (%n invoice(s))?</source>
        <translation>
            <numerusform>Replace your books with the copy of %1 (%n invoice)?</numerusform>
            <numerusform>Replace your books with the copy of %1 (%n invoices)?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message numerus="yes">
        <source>The latest sound backup is from %1 (%n invoice(s)). Restoring it keeps the damaged file in the data folder; nothing is deleted.</source>
        <translation>
            <numerusform>The latest sound backup is from %1 (%n invoice). Restoring it keeps the damaged file in the data folder; nothing is deleted.</numerusform>
            <numerusform>The latest sound backup is from %1 (%n invoices). Restoring it keeps the damaged file in the data folder; nothing is deleted.</numerusform>
        </translation>
    </message>
</context>
</TS>
