"""Every setting Faktura keeps: its key, type and default, in one list (after Vorta's
``store/settings.py``).

Settings live in the books' ``app_setting`` table, so a team sharing one database shares them
and a backup carries them.  Code reads and writes them only through ``storage.kv.read`` and
``storage.kv.write`` with one of the ``Setting`` objects below: a key, a type or a default at a
call site would drift.  A stored value of the wrong type (an older Faktura, a hand edit) reads
as the default.  No secret is ever a setting: passwords live in the OS keyring only.

Pure Python, importable before SQLAlchemy: start-up reads the language from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

T = TypeVar("T", covariant=True)


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    kind: type | tuple[type, ...]  # what a stored JSON value must be to be used
    default: T
    about: str

    def decode(self, stored: Any) -> T:
        """The stored JSON value, or the default when it is missing or of the wrong type."""
        wrong_type = not isinstance(stored, self.kind) or (
            isinstance(stored, bool) and self.kind is not bool  # JSON true is no number
        )
        if stored is None or wrong_type or not _CHECKS.get(self.key, _any)(stored):
            return self.default
        return stored  # type: ignore[no-any-return]

    def encode(self, value: object) -> Any:
        """The JSON value to store; refuses a value of the wrong type (our bug)."""
        if value is not None and not isinstance(value, self.kind):
            raise TypeError(f"setting {self.key} takes {self.kind}, not {type(value).__name__}")
        return value


LANGUAGE: Setting[str | None] = Setting(
    "ui.language", str, None, "Interface language chosen in Settings → Language (en, lt, cs)."
)
INSTALLED_MODULES: Setting[list[str]] = Setting(
    "module.installed", list, [], "Ids of the installed modules, sorted."
)
SMTP_ACCOUNT: Setting[dict[str, Any] | None] = Setting(
    "module.smtp.settings", dict, None, "The SMTP account (SmtpSettings.to_dict); no password."
)
SMTP_PROVIDER: Setting[str] = Setting(
    "module.smtp.provider", str, "other", "The provider preset the SMTP form was filled from."
)
MAIL_TEMPLATES: Setting[dict[str, Any]] = Setting(
    "mail.templates", dict, {}, "The user's e-mail subject and body per document language."
)
OUTBOX_PAUSE: Setting[dict[str, Any] | None] = Setting(
    "outbox.paused", dict, None, "Why sending is paused until the user fixes the account."
)
RETRY_DELAYS: Setting[list[float]] = Setting(
    "outbox.retry_delays_s", list, [60.0, 300.0, 900.0, 3600.0],
    "Seconds before the 1st, 2nd, … retry of a message after a temporary failure.",
)  # fmt: skip
MAX_ATTEMPTS: Setting[int] = Setting(
    "outbox.max_attempts", int, 5, "Tries of one message before it counts as failed."
)
NOTIFICATION_PANE: Setting[bool | None] = Setting(
    "ui.notification_pane.visible", bool, None,
    "Notification pane shown (View menu); None: hidden until the first e-mail is sent.",
)  # fmt: skip
WINDOW_LAYOUT: Setting[dict[str, Any]] = Setting(
    "ui.layout", dict, {},
    "Widths the user set: side panels and list columns, by name (e.g. navigation, list.2).",
)  # fmt: skip
# Online look-ups (issue 14): the base URLs are settings so a test, a proxy or a mirror can
# stand in for the public services; the timeout keeps a slow answer from holding a job.
ARES_URL: Setting[str] = Setting(
    "lookup.ares_url", str, "https://ares.gov.cz/ekonomicke-subjekty-v-be/rest",
    "Base URL of the Czech ARES REST API (GET …/ekonomicke-subjekty/<IČO>).",
)  # fmt: skip
VIES_URL: Setting[str] = Setting(
    "lookup.vies_url", str, "https://ec.europa.eu/taxation_customs/vies/rest-api",
    "Base URL of the EU VIES REST API (GET …/ms/<country>/vat/<number>).",
)  # fmt: skip
LOOKUP_TIMEOUT: Setting[float] = Setting(
    "lookup.timeout_s", (int, float), 10.0, "Seconds to wait for ARES or VIES before giving up."
)


def _any(value: Any) -> bool:
    return True


_CHECKS: dict[str, Any] = {
    LANGUAGE.key: lambda v: v in ("en", "lt", "cs"),
    INSTALLED_MODULES.key: lambda v: all(isinstance(i, str) for i in v),
    RETRY_DELAYS.key: lambda v: (
        bool(v)
        and all(isinstance(d, int | float) and not isinstance(d, bool) and d >= 0 for d in v)
    ),
    MAX_ATTEMPTS.key: lambda v: v > 0,
    WINDOW_LAYOUT.key: lambda v: all(
        isinstance(k, str) and isinstance(w, int) and not isinstance(w, bool) and 0 < w < 10000
        for k, w in v.items()
    ),
    ARES_URL.key: lambda v: v.startswith(("https://", "http://")),
    VIES_URL.key: lambda v: v.startswith(("https://", "http://")),
    LOOKUP_TIMEOUT.key: lambda v: 0 < v <= 120,
}

ALL: tuple[Setting[Any], ...] = (
    LANGUAGE, INSTALLED_MODULES, SMTP_ACCOUNT, SMTP_PROVIDER, MAIL_TEMPLATES, OUTBOX_PAUSE,
    RETRY_DELAYS, MAX_ATTEMPTS, NOTIFICATION_PANE, WINDOW_LAYOUT, ARES_URL, VIES_URL,
    LOOKUP_TIMEOUT,
)  # fmt: skip
