"""VAT rates and categories per country.

Sources: Lithuanian VAT Law Art. 19 as amended from 2026-01-01 (21 %, 12 %, 5 %, 0 %; the 9 %
rate abolished); Czech VAT Act 235/2004 §47 as amended from 2024-01-01 (21 %, 12 %).
Exempt and reverse-charge supplies carry 0 % but must print their legal wording
(Directive 2006/112/EC Art. 226(11)), so they are categories, not just numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum


class VatCategory(StrEnum):
    """EN 16931 VAT category codes, which also pick the legal wording on the PDF."""

    STANDARD = "S"
    ZERO = "Z"
    EXEMPT = "E"
    REVERSE_CHARGE = "AE"
    NOT_SUBJECT = "O"  # seller is not a VAT payer


@dataclass(frozen=True)
class VatRate:
    rate: Decimal
    category: VatCategory = VatCategory.STANDARD

    @property
    def key(self) -> str:
        """Stable text form for storage and combo boxes, e.g. ``21``, ``0:E``."""
        if self.category is VatCategory.STANDARD:
            return f"{self.rate.normalize():f}"
        return f"{self.rate.normalize():f}:{self.category.value}"

    @classmethod
    def from_key(cls, key: str) -> VatRate:
        rate, _, category = key.partition(":")
        return cls(Decimal(rate), VatCategory(category) if category else VatCategory.STANDARD)


_PRESETS: dict[str, tuple[VatRate, ...]] = {
    "LT": (
        VatRate(Decimal(21)),
        VatRate(Decimal(12)),
        VatRate(Decimal(5)),
        VatRate(Decimal(0), VatCategory.ZERO),
        VatRate(Decimal(0), VatCategory.EXEMPT),
        VatRate(Decimal(0), VatCategory.REVERSE_CHARGE),
    ),
    # Czech law has no 0 % rate: exempt supplies are "osvobozeno".
    "CZ": (
        VatRate(Decimal(21)),
        VatRate(Decimal(12)),
        VatRate(Decimal(0), VatCategory.EXEMPT),
        VatRate(Decimal(0), VatCategory.REVERSE_CHARGE),
    ),
}
_DEFAULT = (
    VatRate(Decimal(21)),
    VatRate(Decimal(0), VatCategory.EXEMPT),
    VatRate(Decimal(0), VatCategory.REVERSE_CHARGE),
)

NOT_SUBJECT = VatRate(Decimal(0), VatCategory.NOT_SUBJECT)


def rate_presets(country: str, vat_payer: bool = True) -> tuple[VatRate, ...]:
    """The rates a seller from ``country`` may choose; a non-payer charges no VAT at all."""
    if not vat_payer:
        return (NOT_SUBJECT,)
    return _PRESETS.get(country.upper(), _DEFAULT)


def default_rate(country: str, vat_payer: bool = True) -> VatRate:
    return rate_presets(country, vat_payer)[0]
