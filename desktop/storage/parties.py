"""The own company, clients and products: reads and writes used by the dialogs."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.document import Party
from desktop.storage.models import Client, Company, Product

COMPANY_ID = 1


def get_company(session: Session) -> Company:
    """The own-company row, created empty on first use."""
    company = session.get(Company, COMPANY_ID)
    if company is None:
        company = Company(id=COMPANY_ID)
        session.add(company)
        session.flush()
    return company


def company_is_set_up(session: Session) -> bool:
    company = session.get(Company, COMPANY_ID)
    return company is not None and bool(company.name.strip())


def company_party(company: Company) -> Party:
    return Party(
        name=company.name,
        address=company.address,
        country=company.country,
        company_code=company.company_code,
        vat_code=company.vat_code,
        vat_payer=company.vat_payer,
        email=company.email,
        phone=company.phone,
        register_line=company.register_line,
        iban=company.iban,
        bank_name=company.bank_name,
        bic=company.bic,
        logo_path=company.logo_path,
        seller_kind=company.seller_kind,
        bank_account=company.bank_account,
        supply_date_always=company.supply_date_always,
    )


def client_party(client: Client) -> Party:
    return Party(
        name=client.name,
        address=client.address,
        country=client.country,
        company_code=client.company_code,
        vat_code=client.vat_code,
        vat_payer=client.vat_payer,
        email=client.emails,
        phone=client.phone,
        register_line=client.register_line,
    )


def list_clients(session: Session, *, include_archived: bool = False) -> list[Client]:
    query = select(Client).order_by(func.lower(Client.name))
    if not include_archived:
        query = query.where(Client.archived.is_(False))
    return list(session.scalars(query))


def find_client_by_name(session: Session, name: str) -> Client | None:
    query = select(Client).where(func.lower(Client.name) == name.strip().lower())
    return session.scalars(query).first()


def list_products(session: Session, *, include_archived: bool = False) -> list[Product]:
    query = select(Product).order_by(func.lower(Product.name))
    if not include_archived:
        query = query.where(Product.archived.is_(False))
    return list(session.scalars(query))
