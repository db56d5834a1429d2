"""SQLAlchemy 2 typed models: the books of one business.

Money columns are ``DecimalText``; ``total_cents`` on invoices is a denormalised integer copy
of the gross total so the list can sort and filter by amount without loading lines.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from desktop.storage.types import DecimalText, JsonText


class Base(DeclarativeBase):
    pass


class PartyColumns:
    """Identity fields shared by the own company and clients."""

    name: Mapped[str] = mapped_column(String(300), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    country: Mapped[str] = mapped_column(String(2), default="LT")
    company_code: Mapped[str] = mapped_column(String(40), default="")
    vat_code: Mapped[str] = mapped_column(String(40), default="")
    vat_payer: Mapped[bool] = mapped_column(Boolean, default=False)
    phone: Mapped[str] = mapped_column(String(60), default="")
    register_line: Mapped[str] = mapped_column(Text, default="")


class Versioned:
    """Who saved the row last, when, and its version: a save names the version it started
    from and is refused when someone saved since (``storage.versions``)."""

    version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    updated_by: Mapped[str] = mapped_column(String(100), default="", server_default="")
    updated_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True, default=None)


class Company(PartyColumns, Versioned, Base):
    """The user's own business; a single row (id 1)."""

    __tablename__ = "company"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(320), default="")
    iban: Mapped[str] = mapped_column(String(42), default="")
    bank_name: Mapped[str] = mapped_column(String(200), default="")
    bic: Mapped[str] = mapped_column(String(11), default="")
    logo_path: Mapped[str] = mapped_column(Text, default="")
    default_currency: Mapped[str] = mapped_column(String(3), default="EUR")
    document_language: Mapped[str] = mapped_column(String(2), default="lt")
    payment_days: Mapped[int] = mapped_column(Integer, default=14)
    prices_include_vat: Mapped[bool] = mapped_column(Boolean, default=False)
    # The provision printed after the wording for an exempt, 0 % or reverse-charge supply,
    # per treatment ({"reverse_charge": "Art. 196 ..."}): where new invoices start from.
    legal_basis: Mapped[dict[str, str] | None] = mapped_column(JsonText, nullable=True)
    # company / individual / business_licence (core.document.SELLER_KINDS)
    seller_kind: Mapped[str] = mapped_column(String(20), default="company")
    bank_account: Mapped[str] = mapped_column(String(40), default="")  # 19-2000145399/0800
    supply_date_always: Mapped[bool] = mapped_column(Boolean, default=True)  # Czech DUZP


class Client(PartyColumns, Versioned, Base):
    __tablename__ = "client"

    id: Mapped[int] = mapped_column(primary_key=True)
    emails: Mapped[str] = mapped_column(Text, default="")  # comma-separated
    language: Mapped[str] = mapped_column(String(2), default="lt")
    payment_days: Mapped[int | None] = mapped_column(Integer, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)
    # ISDOC attached to invoice e-mails; None follows the default (Czech clients: yes).
    attach_isdoc: Mapped[bool | None] = mapped_column(Boolean, nullable=True, default=None)
    # The last VIES check of the VAT number: its day and answer (None: never checked).
    vies_checked_on: Mapped[date | None] = mapped_column(Date, nullable=True, default=None)
    vies_valid: Mapped[bool | None] = mapped_column(Boolean, nullable=True, default=None)


class Product(Versioned, Base):
    __tablename__ = "product"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(500))
    unit: Mapped[str] = mapped_column(String(20), default="")
    unit_price: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal(0))
    vat_key: Mapped[str] = mapped_column(String(12), default="21")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class NumberSeries(Base):
    __tablename__ = "number_series"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    pattern: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(20), default="invoice")
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)


class SeriesCounter(Base):
    """Last number used per series and period (the year, when the pattern shows it)."""

    __tablename__ = "series_counter"

    series_id: Mapped[int] = mapped_column(
        ForeignKey("number_series.id", ondelete="CASCADE"), primary_key=True
    )
    period: Mapped[str] = mapped_column(String(10), primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, default=0)


class Invoice(Base):
    __tablename__ = "invoice"
    __table_args__ = (
        UniqueConstraint("number", name="uq_invoice_number"),
        Index("ix_invoice_issue_date", "issue_date"),
        Index("ix_invoice_status", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), default="invoice")
    status: Mapped[str] = mapped_column(String(20), default="draft")
    series_id: Mapped[int | None] = mapped_column(ForeignKey("number_series.id"), nullable=True)
    number: Mapped[str | None] = mapped_column(String(60), nullable=True)
    client_id: Mapped[int | None] = mapped_column(
        ForeignKey("client.id", ondelete="SET NULL"), nullable=True
    )
    client_name: Mapped[str] = mapped_column(String(300), default="")
    seller_snapshot: Mapped[dict[str, Any] | None] = mapped_column(JsonText, nullable=True)
    buyer_snapshot: Mapped[dict[str, Any] | None] = mapped_column(JsonText, nullable=True)
    language: Mapped[str] = mapped_column(String(2), default="lt")
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    issue_date: Mapped[date] = mapped_column(Date, default=date.today)
    supply_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    due_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    prices_include_vat: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    variable_symbol: Mapped[str] = mapped_column(String(10), default="")
    credited_invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoice.id"), nullable=True)
    exchange_rate: Mapped[Decimal | None] = mapped_column(DecimalText, nullable=True)
    exchange_rate_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    amount_in_words: Mapped[bool] = mapped_column(Boolean, default=True)
    # The invoice's own legal basis per treatment (see Company.legal_basis); part of the tax
    # content, so it is locked with the rest when the invoice is issued.
    legal_basis: Mapped[dict[str, str] | None] = mapped_column(JsonText, nullable=True)
    total_base: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal(0))
    total_vat: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal(0))
    total_gross: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal(0))
    # 64-bit on PostgreSQL (SQLite's INTEGER is 64-bit already): up to 999 999 999 999.99.
    total_cents: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), default=0
    )
    created_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)
    # Up by one with every save of the content; a save names the version it started from.
    version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    updated_by: Mapped[str] = mapped_column(String(100), default="", server_default="")
    issued_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    paid_at: Mapped[date | None] = mapped_column(Date, nullable=True)

    lines: Mapped[list[InvoiceLine]] = relationship(
        back_populates="invoice",
        cascade="all, delete-orphan",
        order_by="InvoiceLine.position",
    )
    events: Mapped[list[InvoiceEvent]] = relationship(
        back_populates="invoice", cascade="all, delete-orphan", order_by="InvoiceEvent.id"
    )


class InvoiceLine(Base):
    __tablename__ = "invoice_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(
        ForeignKey("invoice.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    description: Mapped[str] = mapped_column(Text, default="")
    quantity: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal(1))
    unit: Mapped[str] = mapped_column(String(20), default="")
    unit_price: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal(0))
    discount_pct: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal(0))
    vat_key: Mapped[str] = mapped_column(String(12), default="21")
    product_id: Mapped[int | None] = mapped_column(
        ForeignKey("product.id", ondelete="SET NULL"), nullable=True
    )

    invoice: Mapped[Invoice] = relationship(back_populates="lines")


class InvoiceEvent(Base):
    """The invoice's history: issued, exported, each send attempt, paid."""

    __tablename__ = "invoice_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(
        ForeignKey("invoice.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)
    kind: Mapped[str] = mapped_column(String(40))
    detail: Mapped[str] = mapped_column(Text, default="")
    # Who made it (``storage.actor``): the database role, the login, or the name from Settings.
    user: Mapped[str] = mapped_column(String(100), default="", server_default="")

    invoice: Mapped[Invoice] = relationship(back_populates="events")


class AppSetting(Base):
    """Small non-secret settings as JSON, keyed by a dotted name (``ui.language``)."""

    __tablename__ = "app_setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JsonText, nullable=True)
