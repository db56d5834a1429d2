"""The fixed choices that several screens offer: document languages and currencies.

The invoice header, the company profile and the client form list the same values in the same
order; one definition keeps them from drifting apart.
"""

from __future__ import annotations

CURRENCIES = ("EUR", "CZK", "USD", "GBP", "PLN")
DOCUMENT_LANGUAGES = ("en", "lt", "cs")
