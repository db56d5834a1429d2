"""Refusals every layer shares: the interface maps each to a sentence the user can act on.

They describe the user's situation, never our bugs: a record that is gone, a record another
window (or another app on the same books) moved on meanwhile, a draft that lacks what a tax
document must carry, an issued document whose content is locked.
"""

from __future__ import annotations

from desktop.core.lifecycle import TransitionError


class NotFoundError(LookupError):
    """The record was deleted, or the id never existed (a stale list row, a typo on the CLI)."""

    def __init__(self, kind: str, record_id: object) -> None:
        super().__init__(f"no {kind} {record_id}")
        self.kind = kind
        self.record_id = record_id


class StateConflictError(TransitionError):
    """The record is not (or no longer) in a state that allows the change.

    ``current`` is the state found when the guarded statement matched nothing: another
    window, the mailer or another app on the same books got there first.
    """

    def __init__(self, kind: str, record_id: object, current: str | None, wanted: str) -> None:
        super().__init__(f"{kind} {record_id} is {current}, cannot become {wanted}")
        self.kind = kind
        self.record_id = record_id
        self.current = current
        self.wanted = wanted


class IssueError(ValueError):
    """The draft lacks something a tax document must carry; ``code`` names what."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class LockedError(ValueError):
    """An issued invoice's content cannot change; corrections go through a credit note."""


class StorageError(RuntimeError):
    """The books could not be read or written because of the user's environment, not a bug.

    ``problem`` is one of ``busy``, ``full``, ``read_only``, ``io``, ``damaged``
    (``storage.sqlite_errors.StorageProblem``); the interface words each one.
    """

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem


class AmountLimitError(ValueError):
    """A number beyond the money limits (``core.limits``) reached the arithmetic or storage.

    ``code`` is the ``Problem`` code the forms word (``line_total_too_large``,
    ``invoice_total_too_large``, ``quantity_too_large``, ``price_too_large``,
    ``discount_range``, ``not_a_number``).  The editor and the command line refuse such
    values where they are typed, so this is the last line of defence, never an overflow.
    """

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class ExportRefusedError(ValueError):
    """The document cannot be written in the asked format; ``code`` names why (an ISDOC of a
    draft, a foreign-currency invoice without its exchange rate, …)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code
