"""The characters of an invoice its PDF cannot print, found before the invoice is issued.

Issuing happens from the editor's Issue button and from Send on a draft; both ask first, and
both questions name these characters, because an issued invoice can only be corrected by a
credit note.  Finding them loads reportlab (about a second the first time), so the check
runs as a job and ``done`` gets the list on the GUI thread; a check that fails is logged
and the question comes without the list (the check is a courtesy, not a gate).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from desktop.jobs import Job, job_runner
from desktop.services import Services

log = logging.getLogger(__name__)

MAX_LISTED = 12  # more than this is a script the font lacks; the first ones say enough


def check_characters(services: Services, invoice_id: int, done: Callable[[list[str]], None]) -> Job:
    invoices = services.invoices  # resolved here, not on the job's thread
    job = job_runner().start(
        "issue_glyph_check", lambda _control: invoices.unprintable_characters(invoice_id)
    )
    job.succeeded.connect(lambda missing: done([str(char) for char in missing]))
    job.failed.connect(lambda error: _failed(error, done))
    return job


def _failed(error: object, done: Callable[[list[str]], None]) -> None:
    log.warning("Could not check the invoice's characters for the PDF: %r", error)
    done([])


def describe_characters(characters: list[str]) -> str:
    """``😀 (U+1F600), א (U+05D0)``: the code point names a character a font cannot draw."""
    shown = [f"{char} (U+{ord(char):04X})" for char in characters[:MAX_LISTED]]
    if len(characters) > MAX_LISTED:
        shown.append("…")
    return ", ".join(shown)


def unprintable_warning(characters: list[str]) -> str:
    """The sentence put before the question; empty when every character prints."""
    if not characters:
        return ""
    return QCoreApplication.translate(
        "IssueConfirmation",
        "The invoice font cannot print these characters; the PDF will show “�” in their place: %1",
    ).replace("%1", describe_characters(characters))
