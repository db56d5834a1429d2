"""``services.sending`` on a real data folder, without Qt: prepare, queue, the draft, templates.

What the window's Send and ``faktura invoice send`` both rely on: one read of the invoice
gives the PDF, the filled template, the client's addresses and the route; what is queued is
the message the client will get.
"""

from __future__ import annotations

import email
import email.policy
from collections.abc import Iterator
from decimal import Decimal
from email.message import EmailMessage
from typing import Any

import pytest

from desktop.core.forms import LineForm
from desktop.core.outbox import OutboxState
from desktop.mail import templates
from desktop.mail.settings import SmtpSettings
from desktop.paths import DataPaths
from desktop.services import Services
from desktop.services.database import open_books
from desktop.services.parties import ClientRecord
from desktop.services.sending import Route, SendRefusedError
from desktop.storage import documents, outbox_queries

ACCOUNT = SmtpSettings(
    "smtp.example.lt", 465, "ssl", "jonas@example.lt", "Jonas Jonaitis", "jonas@example.lt"
)


@pytest.fixture
def services(data_paths: DataPaths) -> Iterator[Services]:
    books = open_books(data_paths)
    found = Services(books, data_paths)
    company = found.parties.company()
    company.name, company.email, company.country = "UAB Šviesa", "info@sviesa.lt", "LT"
    found.parties.save_company(company)
    try:
        yield found
    finally:
        found.close()


def make_invoice(services: Services, *, issue: bool = True) -> int:
    """A Czech client's invoice (issued unless told otherwise); returns its id."""
    client = ClientRecord(
        name="Klientas s.r.o.", country="CZ", language="cs",
        emails="pirkejas@example.cz, ucetni@example.cz",
    )  # fmt: skip
    form = services.invoices.new_form()
    form.client_id = services.parties.save_client(client)
    form.language = "cs"
    form.lines = [LineForm(description="Konzultace – žluťoučký kůň", unit_price=Decimal(100))]
    summary = services.invoices.create(form, issue=issue)
    return summary.id


def with_account(services: Services) -> None:
    services.modules.install("smtp")
    services.mail_account.save(ACCOUNT, "heslo")


def parsed(data: bytes) -> EmailMessage:
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def test_prepare_reads_the_invoice_once_and_fills_the_template(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    with_account(services)
    invoice_id = make_invoice(services)
    reads: list[int] = []
    read = documents.to_document

    def counted(session: Any, invoice: int) -> Any:
        reads.append(invoice)
        return read(session, invoice)

    monkeypatch.setattr(documents, "to_document", counted)
    prepared = services.sending.prepare(invoice_id)
    assert reads == [invoice_id]
    assert prepared.route is Route.COMPOSE and prepared.account == ACCOUNT
    assert prepared.to == ("pirkejas@example.cz", "ucetni@example.cz")
    assert prepared.number and prepared.number in prepared.subject
    assert prepared.language == "cs"
    assert prepared.pdf.is_file() and prepared.pdf.read_bytes().startswith(b"%PDF")
    default = templates.render(templates.DEFAULTS["cs"], prepared.placeholders)
    assert (prepared.subject, prepared.body) == (default.subject, default.body)


def test_queued_message_carries_the_pdf_and_the_subject(services: Services) -> None:
    with_account(services)
    prepared = services.sending.prepare(make_invoice(services))
    entry = services.sending.queue(
        prepared, to=["pirkejas@example.cz"], cc=["ucetni@example.cz"],
        subject=prepared.subject, body=prepared.body,
    )  # fmt: skip
    assert entry.state is OutboxState.QUEUED and entry.invoice_id == prepared.invoice_id
    assert services.outbox.entry(entry.id).subject == prepared.subject
    with services.books.reading() as session:
        message = parsed(outbox_queries.message_bytes(session, entry.id))
    assert message["Subject"] == prepared.subject
    assert message["From"] == "Jonas Jonaitis <jonas@example.lt>"
    assert message["Cc"] == "ucetni@example.cz"
    # A Czech client takes the ISDOC e-invoice next to the PDF by default.
    attachment, isdoc = list(message.iter_attachments())
    assert attachment.get_filename() == prepared.pdf.name
    assert attachment.get_content() == prepared.pdf.read_bytes()
    assert prepared.isdoc is not None
    assert isdoc.get_filename() == f"{prepared.number}.isdoc"
    assert isdoc.get_content_type() == "application/xml"
    assert isdoc.get_content() == prepared.isdoc[1]


def test_send_invoice_uses_the_template_and_the_clients_addresses(services: Services) -> None:
    with_account(services)
    invoice_id = make_invoice(services)
    entry = services.sending.send_invoice(invoice_id)
    assert entry.to == ("pirkejas@example.cz", "ucetni@example.cz")
    assert services.invoices.summary(invoice_id).number in entry.subject
    other = services.sending.send_invoice(invoice_id, to=["jiny@example.cz"])
    assert other.to == ("jiny@example.cz",)
    assert len(services.outbox.entries()) == 2


def test_draft_and_cancelled_invoices_are_refused(services: Services) -> None:
    with_account(services)
    draft = make_invoice(services, issue=False)
    assert services.sending.refusal(draft) == "draft"
    with pytest.raises(SendRefusedError) as refused:
        services.sending.prepare(draft)
    assert refused.value.code == "draft"
    cancelled = make_invoice(services)
    services.invoices.cancel(cancelled)
    assert services.sending.refusal(cancelled) == "cancelled"
    with pytest.raises(SendRefusedError) as refused:
        services.sending.send_invoice(cancelled)
    assert refused.value.code == "cancelled"
    assert services.sending.refusal(make_invoice(services)) is None
    assert services.outbox.entries() == []


def test_without_the_module_the_route_is_an_eml_draft(services: Services) -> None:
    with_account(services)
    services.modules.uninstall("smtp")
    invoice_id = make_invoice(services)
    prepared = services.sending.prepare(invoice_id)
    assert prepared.route is Route.EML and prepared.account is None
    with pytest.raises(SendRefusedError) as refused:
        services.sending.queue(prepared, to=["a@example.cz"], subject="s", body="b")
    assert refused.value.code == "account_missing"
    target = services.sending.write_eml(prepared)
    assert target.parent == services.paths.outgoing.resolve()
    draft = parsed(target.read_bytes())
    assert draft["X-Unsent"] == "1"
    assert draft["From"] == "info@sviesa.lt"
    assert draft["To"] == "pirkejas@example.cz, ucetni@example.cz"
    assert draft["Subject"] == prepared.subject
    attachment, isdoc = list(draft.iter_attachments())
    assert attachment.get_content() == prepared.pdf.read_bytes()
    assert isdoc.get_filename() == f"{prepared.number}.isdoc"
    assert services.outbox.entries() == []


def test_module_without_an_account_asks_for_setup(services: Services) -> None:
    services.modules.install("smtp")
    invoice_id = make_invoice(services)
    assert services.sending.prepare(invoice_id).route is Route.SETUP
    with pytest.raises(SendRefusedError) as refused:
        services.sending.send_invoice(invoice_id)
    assert refused.value.code == "account_missing"


def test_save_template_turns_the_invoices_values_into_placeholders(services: Services) -> None:
    with_account(services)
    prepared = services.sending.prepare(make_invoice(services))
    services.sending.save_template(
        prepared, f"Vaše faktura {prepared.number}", f"Dobrý den,\nfaktura {prepared.number}."
    )
    with services.books.reading() as session:
        saved = templates.load(session, "cs")
    assert saved.subject == "Vaše faktura {number}"
    assert saved.body == "Dobrý den,\nfaktura {number}."
    again = services.sending.prepare(prepared.invoice_id)
    assert again.subject == f"Vaše faktura {prepared.number}"


def test_the_clients_choice_decides_the_isdoc_attachment(services: Services) -> None:
    with_account(services)
    invoice_id = make_invoice(services)
    assert services.sending.prepare(invoice_id).isdoc is not None  # Czech: on by default
    client_id = services.invoices.load(invoice_id).client_id
    assert client_id is not None
    client = services.parties.client(client_id)
    assert client.attach_isdoc is None  # nobody chose: the default for the country
    client.attach_isdoc = False
    services.parties.save_client(client)
    prepared = services.sending.prepare(invoice_id)
    assert prepared.isdoc is None
    entry = services.sending.queue(prepared, to=["a@example.cz"], subject="s", body="b")
    with services.books.reading() as session:
        message = parsed(outbox_queries.message_bytes(session, entry.id))
    assert [a.get_filename() for a in message.iter_attachments()] == [prepared.pdf.name]
    lithuanian = services.parties.save_client(ClientRecord(name="UAB Pirkėjas", country="LT"))
    assert services.parties.client(lithuanian).attach_isdoc is None
    form = services.invoices.new_form()
    form.client_id = lithuanian
    form.lines = [LineForm(description="Darbas", unit_price=Decimal(100))]
    other = services.invoices.create(form, issue=True).id
    assert services.sending.prepare(other).isdoc is None  # not Czech: off by default
    record = services.parties.client(lithuanian)
    record.attach_isdoc = True
    services.parties.save_client(record)
    assert services.sending.prepare(other).isdoc is not None
