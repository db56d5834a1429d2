"""Dates as each document language prints them.

Sources (INVOICE-RULES.md): Lithuanian documents use ISO ``2026-03-05``; Czech documents use
``5. 3. 2026`` written with an explicit pattern, because Qt's short Czech format has a two-digit
year.  English gets ``5 March 2026``: unambiguous on both sides of the Atlantic, unlike 5/3/2026.
"""

from __future__ import annotations

from datetime import date

_EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def format_date(value: date, lang: str) -> str:
    """Print ``value`` for a document in ``lang``; unknown languages get ISO 8601."""
    if lang == "cs":
        return f"{value.day}. {value.month}. {value.year}"
    if lang == "en":
        return f"{value.day} {_EN_MONTHS[value.month - 1]} {value.year}"
    return value.isoformat()
