"""Small helpers for writing ISDOC elements in its namespace with the standard library."""

from __future__ import annotations

from decimal import Decimal
from xml.etree.ElementTree import Element, SubElement

NAMESPACE = "http://isdoc.cz/namespace/2013"
VERSION = "6.0.2"


def qname(tag: str) -> str:
    return f"{{{NAMESPACE}}}{tag}"


def sub(parent: Element, tag: str, **attributes: str) -> Element:
    return SubElement(parent, qname(tag), attributes)


def text(parent: Element, tag: str, value: str, **attributes: str) -> Element:
    element = sub(parent, tag, **attributes)
    element.text = value
    return element


def decimal_text(value: Decimal) -> str:
    """A decimal without exponent or trailing zeros beyond the cents: ``12.5``, ``0.0411``."""
    plain = f"{value:f}"
    if "." in plain:
        plain = plain.rstrip("0").rstrip(".")
    return plain or "0"


def amount(parent: Element, tag: str, value: Decimal) -> Element:
    """An amount with exactly two places, as printed (``1234.50``)."""
    return text(parent, tag, f"{value:.2f}")


def flag(value: bool) -> str:
    """ISDOC's BooleanType allows only ``true`` and ``false``."""
    return "true" if value else "false"
