"""Status changes of an invoice, each one guarded statement: never read, then write.

``UPDATE invoice SET status = … WHERE id = ? AND status IN (sources)`` and a row count of 1
is the only way an invoice changes state.  Two windows (or two apps on one database) that
race for the same change both run the statement; the database lets exactly one match, and
the other learns the state it lost to (``StateConflictError``).  Issuing claims the draft first,
so the number is taken only by the one issue that won and a series never gets a gap.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import DateTime, Table, bindparam, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from desktop.core import numbering
from desktop.core.errors import IssueError
from desktop.core.lifecycle import DocumentKind, InvoiceStatus, sources
from desktop.core.validation import rate_required
from desktop.core.vat import rate_presets
from desktop.storage.guards import guarded_update
from desktop.storage.invoices import add_event, default_series
from desktop.storage.models import Client, Invoice, NumberSeries, SeriesCounter
from desktop.storage.parties import client_party, company_party, get_company


def claim(
    session: Session, invoice_id: int, allowed: frozenset[InvoiceStatus], **values: Any
) -> None:
    """Set ``values`` if the invoice's status is in ``allowed`` (see ``guards``)."""
    guarded_update(session, Invoice.id, invoice_id, Invoice.status, allowed, values, kind="invoice")


def move(session: Session, invoice_id: int, target: InvoiceStatus) -> None:
    """Mark paid, cancel, un-pay: the lifecycle's allowed sources are the guard."""
    values: dict[str, Any] = {"status": target.value, "updated_at": datetime.now()}
    if target is InvoiceStatus.PAID:
        values["paid_at"] = date.today()
    claim(session, invoice_id, sources(target), **values)
    add_event(session, invoice_id, target.value)


_INVOICES: Table = Invoice.__table__  # type: ignore[assignment]
#: Built once: the mailer runs it after every delivered message (``outbox_wire.sent``).
_RECORD_SENT = (
    update(_INVOICES)
    .where(
        _INVOICES.c.id == bindparam("b_id"),
        _INVOICES.c.status.in_([InvoiceStatus.ISSUED.value, InvoiceStatus.SENT.value]),
    )
    .values(status=InvoiceStatus.SENT.value, sent_at=bindparam("b_when", type_=DateTime()))
)


def record_sent(session: Session | Connection, invoice_id: int, when: datetime) -> bool:
    """The mailer delivered it: issued (or sent) becomes sent; paid or cancelled stay so.

    Returns whether the status changed.  Never an error: the e-mail went out either way.
    """
    result = session.execute(_RECORD_SENT, {"b_id": invoice_id, "b_when": when})
    return bool(result.rowcount)  # type: ignore[attr-defined]


def next_number(session: Session, series: NumberSeries, when: date) -> str:
    """Advance the series counter in one statement, returning the new number.

    ``INSERT … ON CONFLICT DO UPDATE … RETURNING`` (SQLite and PostgreSQL alike): the counter
    row stays locked until the caller's transaction ends, so a concurrent issue on another
    app waits for it and takes the next value, and an issue rolled back gives its value back.
    Never a read, then a write: two apps can never take the same number, nor skip one.
    """
    period = numbering.period_key(series.pattern, when)
    dialect = session.get_bind().dialect.name
    upsert = pg_insert if dialect == "postgresql" else sqlite_insert
    statement = upsert(SeriesCounter).values(series_id=series.id, period=period, last_value=1)
    bumped = session.execute(
        statement.on_conflict_do_update(
            index_elements=[SeriesCounter.series_id, SeriesCounter.period],
            set_={"last_value": SeriesCounter.last_value + 1},
        )
        .returning(SeriesCounter.last_value)
        .execution_options(synchronize_session=False)
    ).scalar_one()
    return numbering.format_number(series.pattern, int(bumped), when)


def issue_problem(session: Session, inv: Invoice) -> str | None:
    """What stops ``inv`` from becoming a tax document, as an ``IssueError`` code, or None."""
    company = get_company(session)
    if not company.name.strip():
        return "company_missing"
    if inv.client_id is None or session.get(Client, inv.client_id) is None:
        return "no_client"
    if not inv.lines:
        return "no_lines"
    if any(not ln.description.strip() for ln in inv.lines):
        return "empty_description"
    # Discount lines may be negative, the document may not: money goes back to the buyer
    # through a credit note that names the invoice it corrects (``core.limits``).
    if inv.kind != DocumentKind.CREDIT_NOTE.value and inv.total_gross < 0:
        return "negative_total"
    # A line keeps the rate it was typed with; the seller may have changed VAT status since.
    # An invoice must charge only what the seller may (a non-payer: no VAT at all), or its
    # PDF would say "no VAT charged" over a total with VAT.  A credit note repeats the rates
    # of the invoice it corrects, so it is not held to today's status.
    offered = {rate.key for rate in rate_presets(company.country, company.vat_payer)}
    if inv.kind != DocumentKind.CREDIT_NOTE.value and any(
        ln.vat_key not in offered for ln in inv.lines
    ):
        return "vat_rate_not_offered"
    # VAT must also be stated in the national currency (LT VAT Law Art. 80(3), CZ VAT Act
    # §29(1)(l)): a VAT payer's invoice in another currency cannot be issued without the rate.
    if rate_required(company.country, company.vat_payer, inv.currency) and not (
        inv.exchange_rate and inv.exchange_rate > 0
    ):
        return "exchange_rate_missing"
    return None


def issue(session: Session, invoice_id: int, *, series_id: int | None = None) -> Invoice:
    """Lock a draft as a tax document: claim it, check it, number it, snapshot the parties.

    All in the caller's transaction: an ``IssueError`` rolls the claim back with the rest.
    """
    now = datetime.now()
    claim(session, invoice_id, frozenset({InvoiceStatus.DRAFT}), status="issued", issued_at=now)
    inv = session.get(Invoice, invoice_id, populate_existing=True)
    assert inv is not None  # the claim matched it
    code = issue_problem(session, inv)
    if code is not None:
        raise IssueError(code)
    company = get_company(session)
    client = session.get(Client, inv.client_id)
    assert client is not None  # issue_problem checked it
    series = session.get(NumberSeries, series_id) if series_id else None
    series = series or default_series(session, inv.kind or DocumentKind.INVOICE.value)
    inv.series_id = series.id
    inv.number = next_number(session, series, inv.issue_date)
    if inv.currency == "CZK" and not inv.variable_symbol:
        inv.variable_symbol = numbering.digits_of(inv.number)
    if inv.exchange_rate is not None and inv.exchange_rate_date is None:
        inv.exchange_rate_date = inv.supply_date or inv.issue_date  # the rate's day, fixed now
    inv.seller_snapshot = company_party(company).to_dict()
    inv.buyer_snapshot = client_party(client).to_dict()
    inv.client_name = client.name
    inv.updated_at = now
    add_event(session, inv.id, "issued", inv.number)
    session.flush()
    return inv
