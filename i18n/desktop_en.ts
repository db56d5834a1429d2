<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
        <source>%n invoice(s) selected: %1</source>
        <translation>
            <numerusform>%n invoice selected: %1</numerusform>
            <numerusform>%n invoices selected: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n invoices as PDF</source>
        <translation>
            <numerusform>Export %n invoice as PDF</numerusform>
            <numerusform>Export %n invoices as PDF</numerusform>
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
</TS>
