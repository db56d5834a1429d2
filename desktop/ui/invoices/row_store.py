"""The invoice list's fetched rows, held compactly: about 70 bytes a row instead of 700.

A list of ``InvoiceRow`` objects costs a Python object per row and per field (the dates, the
Decimal, each string), some 700 bytes a row: 70 MB for 100,000 invoices scrolled through.
Here each field is a column: numbers and dates in typed arrays, the few distinct currencies,
statuses and kinds as small codes, and the texts (number, client, total) as UTF-8 in one
growing buffer.  A row is rebuilt on demand, which the table does only for the rows it
paints (and caches their looks).
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from desktop.core.listing import InvoiceRow

_NO_DATE = 0  # date.toordinal() is never 0
_NO_NUMBER = "\x00"  # a draft has no number (None), which is not an empty number


class RowStore:
    def __init__(self) -> None:
        self._reset()

    def _reset(self) -> None:
        self._ids = array("q")
        self._issued = array("i")
        self._due = array("i")
        self._codes = array("B")  # currency, status, kind per row: indexes into _words
        self._words: list[str] = []
        self._word_codes: dict[str, int] = {}
        self._text = bytearray()
        self._ends = array("Q")  # number, client, total per row: end offsets in _text

    def __len__(self) -> int:
        return len(self._ids)

    def clear(self) -> None:
        self._reset()  # new empty columns; the old ones are freed

    def extend(self, rows: Iterable[InvoiceRow]) -> None:
        for row in rows:
            self._ids.append(row.id)
            self._issued.append(row.issue_date.toordinal())
            self._due.append(row.due_date.toordinal() if row.due_date else _NO_DATE)
            self._codes.extend((self._code(row.currency), self._code(row.status),
                                self._code(row.kind)))  # fmt: skip
            number = _NO_NUMBER if row.number is None else row.number
            for text in (number, row.client_name, str(row.total)):
                self._text += text.encode("utf-8")
                self._ends.append(len(self._text))

    def _code(self, word: str) -> int:
        code = self._word_codes.get(word)
        if code is None:
            if len(self._words) == 255:
                raise ValueError("more than 255 distinct currencies, statuses and kinds")
            code = self._word_codes[word] = len(self._words)
            self._words.append(word)
        return code

    def __getitem__(self, index: int) -> InvoiceRow:
        if not 0 <= index < len(self._ids):
            raise IndexError(index)
        ends = self._ends
        start = ends[3 * index - 1] if index else 0
        texts = []
        for end in ends[3 * index : 3 * index + 3]:
            texts.append(self._text[start:end].decode("utf-8"))
            start = end
        number, client, total = texts
        due = self._due[index]
        currency, status, kind = (self._words[c] for c in self._codes[3 * index : 3 * index + 3])
        return InvoiceRow(
            self._ids[index], None if number == _NO_NUMBER else number, client,
            date.fromordinal(self._issued[index]),
            None if due == _NO_DATE else date.fromordinal(due),
            Decimal(total), currency, status, kind,
        )  # fmt: skip

    def id_at(self, index: int) -> int:
        return self._ids[index]
