"""Subject and body of the invoice e-mail, per document language, editable by the user.

The defaults live here (they are the client's language, not the interface's, so they are not
Qt translations); the user's edits are stored in ``kv`` under ``mail.templates``.  Placeholders:
``{number}``, ``{total}``, ``{due_date}``, ``{company}``; an unknown ``{name}`` stays as typed,
so a typo never breaks sending.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop import settings
from desktop.core.dates import format_date
from desktop.core.document import InvoiceDocument
from desktop.core.money import format_money
from desktop.storage import kv

PLACEHOLDERS = ("number", "total", "due_date", "company")
LANGUAGES = ("en", "lt", "cs")


@dataclass(frozen=True)
class MailTemplate:
    subject: str
    body: str


DEFAULTS: dict[str, MailTemplate] = {
    "en": MailTemplate(
        "Invoice {number} from {company}",
        "Hello,\n\nplease find attached invoice {number} for {total}, due on {due_date}.\n\n"
        "Thank you for your business.\n\nKind regards,\n{company}\n",
    ),
    "lt": MailTemplate(
        "Sąskaita faktūra {number} – {company}",
        "Laba diena,\n\nsiunčiame sąskaitą faktūrą {number}, suma {total}, "
        "apmokėti iki {due_date}.\n\nDėkojame už bendradarbiavimą.\n\nPagarbiai\n{company}\n",
    ),
    "cs": MailTemplate(
        "Faktura {number} – {company}",
        "Dobrý den,\n\nv příloze zasíláme fakturu {number} na částku {total} "
        "se splatností {due_date}.\n\nDěkujeme za spolupráci.\n\nS pozdravem\n{company}\n",
    ),
}


class _KeepUnknown(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(text: str, values: Mapping[str, str]) -> str:
    """Replace known placeholders; unknown ones and stray braces stay as typed."""
    try:
        return string.Formatter().vformat(text, (), _KeepUnknown(values))
    except (ValueError, IndexError, AttributeError, KeyError):
        out = text
        for key, value in values.items():
            out = out.replace("{" + key + "}", value)
        return out


def load(session: Session, language: str) -> MailTemplate:
    """The user's template for ``language``, else the default (English for unknown ones)."""
    stored = kv.read(session, settings.MAIL_TEMPLATES)
    default = DEFAULTS.get(language, DEFAULTS["en"])
    entry = stored.get(language)
    if not isinstance(entry, dict):
        return default
    return MailTemplate(
        str(entry.get("subject", default.subject)), str(entry.get("body", default.body))
    )


def save(session: Session, language: str, template: MailTemplate) -> None:
    stored = dict(kv.read(session, settings.MAIL_TEMPLATES))
    stored[language] = {"subject": template.subject, "body": template.body}
    kv.write(session, settings.MAIL_TEMPLATES, stored)


def reset(session: Session, language: str) -> None:
    stored = kv.read(session, settings.MAIL_TEMPLATES)
    if language in stored:
        stored = {k: v for k, v in stored.items() if k != language}
        kv.write(session, settings.MAIL_TEMPLATES, stored)


def render(template: MailTemplate, values: Mapping[str, str]) -> MailTemplate:
    """Subject on one line (a template edit must never inject a header)."""
    subject = " ".join(fill(template.subject, values).split())
    return MailTemplate(subject, fill(template.body, values))


def values_for(doc: InvoiceDocument) -> dict[str, str]:
    """Placeholder values in the document's language."""
    lang = doc.language
    return {
        "number": doc.number or "",
        "total": format_money(doc.totals.gross, doc.currency, lang),
        "due_date": format_date(doc.due_date, lang) if doc.due_date else "",
        "company": doc.seller.name,
    }
