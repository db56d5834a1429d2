"""The transport's side of OAuth: an access token for the login, or an ``SmtpFailure``.

Kept out of ``transport`` (which only says when it needs a token) so the mapping from the
token endpoint's answers to guidance sits next to the token code.
"""

from __future__ import annotations

import smtplib
from typing import Protocol

from desktop.mail.errors import SmtpFailure
from desktop.mail.guidance import Guidance
from desktop.mail.netio import xoauth2
from desktop.mail.oauth.endpoints import provider_of
from desktop.mail.oauth.tokens import SignInRequired, TokenEndpointError, access_tokens
from desktop.mail.settings import SmtpSettings
from desktop.mail.steps import Step


def token_for(settings: SmtpSettings, refresh: str | None, *, force: bool) -> str:
    """The access token; SmtpFailure (stops the queue) when only the user can fix it, any
    OSError (network) for the transport to classify as transient."""
    failure: SmtpFailure | None = None
    try:
        return access_tokens().access_token(settings, refresh, force=force)
    except SignInRequired as exc:
        failure = SmtpFailure(
            Step.OAUTH,
            Guidance.OAUTH_SIGN_IN_REQUIRED,
            transient=False,
            stops_queue=True,
            detail=exc.error,
        )
    except TokenEndpointError as exc:
        failure = SmtpFailure(
            Step.OAUTH,
            Guidance.OAUTH_PROVIDER_ERROR,
            transient=False,
            stops_queue=True,
            detail=str(exc),
        )
    raise failure


def describe(settings: SmtpSettings) -> str:
    """The OAUTH step's detail: who issued the token."""
    provider = provider_of(settings.oauth_token_url)
    return {"microsoft": "Microsoft", "google": "Google"}.get(provider, settings.oauth_token_url)


class TokenSlot(Protocol):
    """Where the connection keeps its access token (``link._Secret``)."""

    def reveal(self) -> str | None: ...
    def set(self, value: str | None) -> None: ...


def login_xoauth2(
    smtp: smtplib.SMTP, settings: SmtpSettings, refresh: str | None, token: TokenSlot
) -> str:
    """XOAUTH2 with the connection's access token; a refusal (535, or 334 then 535) gets
    one more try with a token refreshed just now, and never more: no loop with a stale
    token.  Microsoft's 5.7.139 (SMTP AUTH off for the tenant) is not the token's fault and
    is raised at once.  Returns the step's detail."""
    try:
        xoauth2(smtp, settings.username, token.reveal() or "")
        return "XOAUTH2"
    except smtplib.SMTPAuthenticationError as exc:
        raw = exc.smtp_error
        text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
        if "5.7.139" in text or exc.smtp_code not in (334, 535):
            raise
    token.set(token_for(settings, refresh, force=True))
    xoauth2(smtp, settings.username, token.reveal() or "")
    return "XOAUTH2 (token renewed)"
