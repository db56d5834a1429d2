"""The seller's own company, the client book and the product catalogue.

Records are plain mutable dataclasses: a form loads one, edits it and hands it back.  Every
save checks the record with the same rules the forms show (``*_problems``), so the window
and the command line refuse the same values; ``InvalidInputError`` carries the problems by
field.  Warnings (a VAT code with a bad checksum) never block a save.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field, fields
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import update

from desktop.core import validation
from desktop.core.errors import NotFoundError
from desktop.core.forms import clean_basis
from desktop.core.validation import Problem
from desktop.paths import DataPaths
from desktop.services.database import Books
from desktop.storage import parties, versions
from desktop.storage.models import Client, Company, Product

Row = TypeVar("Row", Client, Product)


class InvalidInputError(ValueError):
    """Values the rules refuse, by field name (``name``, ``iban``, …)."""

    def __init__(self, problems: dict[str, Problem]) -> None:
        super().__init__(", ".join(f"{k}: {p.code}" for k, p in problems.items()))
        self.problems = problems


@dataclass
class PartyRecord:
    """Identity fields shared by the own company and clients."""

    name: str = ""
    address: str = ""
    country: str = "LT"
    company_code: str = ""
    vat_code: str = ""
    vat_payer: bool = False
    phone: str = ""
    register_line: str = ""


@dataclass
class CompanyProfile(PartyRecord):
    email: str = ""
    iban: str = ""
    bank_name: str = ""
    bic: str = ""
    logo_path: str = ""
    default_currency: str = "EUR"
    document_language: str = "lt"
    payment_days: int = 14
    prices_include_vat: bool = False
    legal_basis: dict[str, str] = field(default_factory=dict)
    seller_kind: str = "company"  # core.document.SELLER_KINDS
    bank_account: str = ""  # domestic account and bank code, e.g. 19-2000145399/0800
    supply_date_always: bool = True  # Czech DUZP even when it equals the issue date
    version: int | None = None  # as loaded: a save over a newer one is refused (StaleError)


@dataclass
class ClientRecord(PartyRecord):
    id: int | None = None
    emails: str = ""  # comma-separated
    language: str = "lt"
    payment_days: int | None = None  # None: the company's default
    notes: str = ""
    archived: bool = False
    attach_isdoc: bool | None = None  # None: the default for the country (Czech: yes)
    vies_checked_on: date | None = None  # the last VIES check of vat_code, and its answer
    vies_valid: bool | None = None
    version: int | None = None  # as loaded: a save over a newer one is refused (StaleError)


@dataclass
class ProductRecord:
    id: int | None = None
    name: str = ""
    unit: str = ""
    unit_price: Decimal = Decimal(0)
    vat_key: str = "21"
    archived: bool = False
    version: int | None = None  # as loaded: a save over a newer one is refused (StaleError)


def _values(record: Any, model: Any, skip: tuple[str, ...] = ("id",)) -> dict[str, Any]:
    return {f.name: getattr(model, f.name) for f in fields(record) if f.name not in skip}


def _changes(record: Any, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    """What a save writes: the record's values, not its id nor the version it was loaded at."""
    return _values(record, record, ("id", "version", *skip))


def party_problems(record: PartyRecord) -> dict[str, Problem | None]:
    return {
        "name": validation.check_text(record.name, required=True),
        "address": validation.check_text(record.address, max_len=1000),
        "country": validation.check_country(record.country),
        "company_code": validation.check_company_code(record.company_code, record.country),
        "vat_code": validation.check_vat_code(record.vat_code, record.country),
        "phone": validation.check_text(record.phone, max_len=60),
    }


def company_problems(profile: CompanyProfile) -> dict[str, Problem | None]:
    individual = profile.seller_kind != "company"
    return party_problems(profile) | {
        "company_code": validation.check_company_code(
            profile.company_code, profile.country, individual=individual
        ),
        "email": validation.check_email(profile.email),
        "iban": validation.check_iban(profile.iban),
        "bic": validation.check_bic(profile.bic),
        "bank_account": validation.check_bank_account(profile.bank_account),
        "register_line": validation.check_register_line(profile.register_line, profile.country),
    }


def client_problems(record: ClientRecord) -> dict[str, Problem | None]:
    return party_problems(record) | {"emails": validation.check_emails(record.emails)}


def product_problems(record: ProductRecord) -> dict[str, Problem | None]:
    return {"name": validation.check_text(record.name, required=True)}


def _refuse(problems: dict[str, Problem | None]) -> None:
    blocking = validation.blocking(problems)
    if blocking:
        raise InvalidInputError(blocking)


def _normalize_party(record: PartyRecord) -> None:
    record.name, record.address = record.name.strip(), record.address.strip()
    record.country = record.country.strip().upper() or "LT"
    record.company_code = record.company_code.strip()
    record.vat_code = record.vat_code.strip().replace(" ", "").upper()
    record.phone, record.register_line = record.phone.strip(), record.register_line.strip()


class PartyService:
    def __init__(self, books: Books, paths: DataPaths) -> None:
        self._books = books
        self._paths = paths

    # -- the own company -----------------------------------------------------------------------
    def company(self) -> CompanyProfile:
        with self._books.transaction() as session:  # the row is created empty on first use
            company = parties.get_company(session)
            profile = CompanyProfile(**_values(CompanyProfile(), company, ("legal_basis",)))
            profile.legal_basis = clean_basis(company.legal_basis)
            return profile

    def save_company(self, profile: CompanyProfile) -> None:
        _normalize_party(profile)
        profile.email = profile.email.strip()
        profile.iban = validation.normalize_iban(profile.iban)
        profile.bic = profile.bic.strip().replace(" ", "").upper()
        profile.bank_name = profile.bank_name.strip()
        _refuse(company_problems(profile))
        values = _changes(profile, ("legal_basis",))
        values["legal_basis"] = clean_basis(profile.legal_basis) or None
        with self._books.transaction() as session:
            company = parties.get_company(session)  # the row exists from here on
            profile.version = versions.save(session, Company, company.id, profile.version, values)

    def store_logo(self, source: Path) -> str:
        """Copy a chosen logo into the data folder, so the PDF never depends on a file the
        user may move; returns the path to keep.  ``OSError`` when it cannot be read."""
        if source.parent == self._paths.root:
            return str(source)
        target = self._paths.root / ("logo" + source.suffix.lower())
        shutil.copyfile(source, target)
        return str(target)

    # -- clients -------------------------------------------------------------------------------
    def clients(self, *, include_archived: bool = False) -> list[ClientRecord]:
        with self._books.reading() as session:
            found = parties.list_clients(session, include_archived=include_archived)
            return [ClientRecord(**_values(ClientRecord(), c, ())) for c in found]

    def client(self, client_id: int) -> ClientRecord:
        with self._books.reading() as session:
            client = session.get(Client, client_id)
            if client is None:
                raise NotFoundError("client", client_id)
            return ClientRecord(**_values(ClientRecord(), client, ()))

    def new_client(self) -> ClientRecord:
        """A blank client with the company's country and document language."""
        company = self.company()
        return ClientRecord(country=company.country, language=company.document_language)

    def find_client(self, name: str) -> ClientRecord | None:
        """The client with exactly this name (case-insensitive), if any.

        SQLite's ``lower()`` folds only ASCII, so "Kavárna U Řeky" would not even find itself
        in SQL; a name the query misses is compared again in Python with ``casefold``.
        """
        wanted = name.strip().casefold()
        if not wanted:
            return None
        with self._books.reading() as session:
            client = parties.find_client_by_name(session, name)
            if client is None:
                every = parties.list_clients(session, include_archived=True)
                client = next((c for c in every if c.name.strip().casefold() == wanted), None)
            return None if client is None else ClientRecord(**_values(ClientRecord(), client, ()))

    def save_client(self, record: ClientRecord) -> int:
        _normalize_party(record)
        record.emails = ", ".join(validation.split_emails(record.emails))
        record.notes = record.notes.strip()
        _refuse(client_problems(record))
        return self._store(Client, record)

    def client_named(self, name: str) -> ClientRecord:
        """The client called ``name``, created with the company's defaults if there is none
        (the editor's "type a new name" and the command line's ``--client``)."""
        found = self.find_client(name)
        if found is not None:
            return found
        record = self.new_client()
        record.name = name.strip()
        self.save_client(record)
        return record

    def set_client_archived(self, client_id: int, archived: bool) -> None:
        self._archive(Client, client_id, archived)

    # -- products ------------------------------------------------------------------------------
    def products(self, *, include_archived: bool = False) -> list[ProductRecord]:
        with self._books.reading() as session:
            found = parties.list_products(session, include_archived=include_archived)
            return [ProductRecord(**_values(ProductRecord(), p, ())) for p in found]

    def product(self, product_id: int) -> ProductRecord:
        with self._books.reading() as session:
            product = session.get(Product, product_id)
            if product is None:
                raise NotFoundError("product", product_id)
            return ProductRecord(**_values(ProductRecord(), product, ()))

    def save_product(self, record: ProductRecord) -> int:
        record.name, record.unit = record.name.strip(), record.unit.strip()
        _refuse(product_problems(record))
        return self._store(Product, record)

    def set_product_archived(self, product_id: int, archived: bool) -> None:
        self._archive(Product, product_id, archived)

    def _store(self, model: type[Row], record: ClientRecord | ProductRecord) -> int:
        """Insert the record (no id) or overwrite its row if it is still at the version the
        record was loaded at (``StaleError``: who and when); sets ``record.id`` and
        ``record.version`` and returns the id."""
        with self._books.transaction() as session:
            if record.id is not None:
                record.version = versions.save(
                    session, model, record.id, record.version, _changes(record)
                )
                return record.id
            row = model(**_changes(record), **versions.stamp(session), version=1)
            session.add(row)
            session.flush()
            record.id, record.version = row.id, row.version
        return row.id

    def _archive(self, model: type[Client] | type[Product], record_id: int, archived: bool) -> None:
        with self._books.transaction() as session:
            result = session.execute(
                update(model)
                .where(model.id == record_id)
                .values(archived=archived, version=model.version + 1, **versions.stamp(session))
            )
            if not result.rowcount:  # type: ignore[attr-defined]
                raise NotFoundError(model.__tablename__, record_id)
