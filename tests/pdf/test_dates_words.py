"""Dates per document language and the Lithuanian amount in words."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop.core.dates import format_date
from desktop.core.words import amount_in_words, lt_plural_form


@pytest.mark.parametrize(
    ("lang", "text"),
    [("lt", "2026-03-05"), ("cs", "5. 3. 2026"), ("en", "5 March 2026"), ("de", "2026-03-05")],
)
def test_format_date(lang: str, text: str) -> None:
    assert format_date(date(2026, 3, 5), lang) == text


def test_czech_date_keeps_the_four_digit_year() -> None:
    assert format_date(date(2031, 12, 24), "cs") == "24. 12. 2031"


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        ("1", "vienas euras"),
        ("11", "vienuolika eurų"),
        ("2000", "du tūkstančiai eurų"),
        ("21", "dvidešimt vienas euras"),
        ("22", "dvidešimt du eurai"),
        ("10", "dešimt eurų"),
        ("0.05", "nulis eurų ir 5 ct"),
        ("21.05", "dvidešimt vienas euras ir 5 ct"),
        ("1234.56", "vienas tūkstantis du šimtai trisdešimt keturi eurai ir 56 ct"),
        ("-100", "minus vienas šimtas eurų"),
    ],
)
def test_lithuanian_amount_in_words(amount: str, words: str) -> None:
    assert amount_in_words(Decimal(amount), "EUR", "lt") == words


def test_large_amount_in_words() -> None:
    text = amount_in_words(Decimal("9999999.99"), "EUR", "lt")
    assert text is not None
    assert text.startswith("devyni milijonai devyni šimtai devyniasdešimt devyni tūkstančiai")
    assert text.endswith("devyniasdešimt devyni eurai ir 99 ct")


def test_other_currency_forms_and_unknown_currency() -> None:
    assert amount_in_words(Decimal(2), "USD", "lt") == "du JAV doleriai"
    assert amount_in_words(Decimal(5), "CHF", "lt") == "penki CHF"


@pytest.mark.parametrize("lang", ["cs", "en"])
def test_no_amount_in_words_where_we_cannot_write_it_correctly(lang: str) -> None:
    assert amount_in_words(Decimal(2), "CZK", lang) is None


@pytest.mark.parametrize(
    ("count", "index"),
    [
        (1, 0),
        (21, 0),
        (101, 0),
        (2, 1),
        (9, 1),
        (34, 1),
        (0, 2),
        (10, 2),
        (11, 2),
        (19, 2),
        (111, 2),
        (1000, 2),
    ],
)
def test_lithuanian_plural_rule(count: int, index: int) -> None:
    forms = ("a", "b", "c")
    assert lt_plural_form(count, forms) == forms[index]
