"""Seller and buyer as ISDOC ``Party`` elements.

Faktura keeps an address as free lines ("Náměstí Míru 15" / "120 00 Praha 2"); ISDOC wants
street, building number, city and post code apart (``PostalAddressType``).  The split below
reads the usual Czech and Lithuanian forms; what it cannot place stays whole in
``StreetName``, so nothing printed on the PDF is lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from xml.etree.ElementTree import Element

from desktop.core.document import Party
from desktop.isdoc.xml import sub, text

# ISDOC's Country/Name is free text; Czech names for the countries a client is likely in.
COUNTRY_NAMES = {
    "CZ": "Česká republika", "SK": "Slovensko", "LT": "Litva", "DE": "Německo",
    "AT": "Rakousko", "PL": "Polsko", "LV": "Lotyšsko", "EE": "Estonsko", "HU": "Maďarsko",
    "FR": "Francie", "IT": "Itálie", "ES": "Španělsko", "NL": "Nizozemsko", "BE": "Belgie",
    "GB": "Spojené království", "US": "Spojené státy americké", "IE": "Irsko", "DK": "Dánsko",
    "SE": "Švédsko", "FI": "Finsko", "PT": "Portugalsko", "SI": "Slovinsko", "HR": "Chorvatsko",
}  # fmt: skip

# "120 00 Praha 2", "12000 Praha", "LT-01402 Vilnius", "10117 Berlin", "CZ-602 00 Brno"
_POSTAL = re.compile(r"^((?:[A-Z]{2}-)?\d{2,3} ?\d{2,3})\s+(.+)$")
# "Náměstí Míru 15", "Vilniaus g. 12-3", "Údolní 8/12a"
_STREET = re.compile(r"^(.*\D)\s+(\d[\w/.-]*)$")


@dataclass(frozen=True)
class Address:
    street: str = ""
    building: str = ""
    city: str = ""
    postal_zone: str = ""


def split_address(address: str) -> Address:
    """Street and number from the first line, post code and city from the last one."""
    lines = [ln.strip(" ,") for ln in address.strip().splitlines() if ln.strip(" ,")]
    if len(lines) == 1 and "," in lines[0]:
        lines = [part.strip() for part in lines[0].split(",") if part.strip()]
    if not lines:
        return Address()
    city, postal = "", ""
    if len(lines) > 1:
        match = _POSTAL.match(lines[-1])
        if match:
            postal, city = match.group(1), match.group(2)
        else:
            city = lines[-1]
        lines = lines[:-1]
    street_line = ", ".join(lines)
    match = _STREET.match(street_line)
    if match:
        return Address(match.group(1).strip(" ,"), match.group(2), city, postal)
    return Address(street_line, "", city, postal)


def party_element(parent: Element, tag: str, party: Party) -> Element:
    """``<tag><Party>…</Party></tag>``: identification, name, address, DIČ, register entry,
    contact — in the order of ``PartyType``."""
    outer = sub(parent, tag)
    node = sub(outer, "Party")
    ident = sub(node, "PartyIdentification")
    text(ident, "ID", party.company_code.strip())
    text(sub(node, "PartyName"), "Name", party.name.strip())
    address = split_address(party.address)
    postal = sub(node, "PostalAddress")
    text(postal, "StreetName", address.street)
    text(postal, "BuildingNumber", address.building)
    text(postal, "CityName", address.city)
    text(postal, "PostalZone", address.postal_zone)
    country = sub(postal, "Country")
    code = party.country.strip().upper()
    text(country, "IdentificationCode", code)
    text(country, "Name", COUNTRY_NAMES.get(code, code))
    if party.vat_code.strip():
        scheme = sub(node, "PartyTaxScheme")
        text(scheme, "CompanyID", party.vat_code.strip())
        text(scheme, "TaxScheme", "VAT")
    if party.register_line.strip():
        text(sub(node, "RegisterIdentification"), "Preformatted", party.register_line.strip())
    if party.email.strip() or party.phone.strip():
        contact = sub(node, "Contact")
        if party.phone.strip():
            text(contact, "Telephone", party.phone.strip())
        if party.email.strip():
            text(contact, "ElectronicMail", party.email.strip())
    return outer
