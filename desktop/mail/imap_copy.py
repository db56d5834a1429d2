"""Copy to Sent: append the bytes SMTP accepted to the mailbox's Sent folder over IMAP.

Runs only after the server said 250 and the row is recorded "sent", so nothing here can
ever send an e-mail again: a failure leaves the row "sent" with its copy "failed", which the
user can retry (``outbox_copy``).  The folder is the one flagged ``\\Sent`` (RFC 6154
SPECIAL-USE, which Dovecot, Gmail, Outlook and most hosts set), else the one chosen in the
settings, else "Sent"; the message is stored with ``\\Seen``.  Login: SASL PLAIN with UTF-8
credentials (imaplib's LOGIN would refuse "slaptažodis-ž", like smtplib), or XOAUTH2 with the
account's OAuth2 token, renewed once when refused.  TLS always verifies, as for SMTP.
"""

from __future__ import annotations

import contextlib
import imaplib
import re
import ssl
import time
from dataclasses import dataclass

from desktop.mail.oauth.tokens import SignInRequired, TokenEndpointError, access_tokens
from desktop.mail.settings import SmtpSettings
from desktop.mail.tls import trusted_context

#: One LIST reply line: ``(\HasNoChildren \Sent) "/" Sent`` (the name may be quoted).
_LIST = re.compile(rb'^\((?P<flags>[^)]*)\) (?:"(?:[^"\\]|\\.)*"|NIL) (?P<name>.+)$')
DEFAULT_FOLDER = "Sent"


class SentCopyError(Exception):
    """The copy failed; ``detail`` is safe to store and show (no password, no token)."""

    def __init__(self, kind: str, detail: str) -> None:
        super().__init__(f"{kind}: {detail}")
        self.kind = kind  # "network" | "tls" | "login" | "sign_in" | "folder" | "server"
        self.detail = detail


@dataclass(frozen=True)
class SentCopy:
    folder: str  # the folder's name as the server spells it
    special_use: bool  # found by its \Sent flag (else the chosen or default folder)


def _quote(name: str) -> str:
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


def find_sent_folder(imap: imaplib.IMAP4, chosen: str) -> SentCopy:
    """The folder flagged ``\\Sent``, else ``chosen`` (or "Sent")."""
    typ, lines = imap.list()
    if typ == "OK":
        for raw in lines:
            line = raw if isinstance(raw, bytes) else b""
            match = _LIST.match(line)
            if match and b"\\sent" in match.group("flags").lower().split():
                name = match.group("name").decode("ascii", "replace")
                return SentCopy(name, True)  # kept as the server spelled it (quoted/UTF-7)
    return SentCopy(_quote(chosen.strip() or DEFAULT_FOLDER), False)


def _connect(settings: SmtpSettings) -> imaplib.IMAP4:
    host, port, timeout = settings.imap_host.strip(), settings.imap_port, settings.timeout_s
    if settings.imap_encryption == "ssl":
        return imaplib.IMAP4_SSL(host, port, ssl_context=trusted_context(), timeout=timeout)
    imap = imaplib.IMAP4(host, port, timeout=timeout)
    if settings.imap_encryption == "starttls":
        imap.starttls(ssl_context=trusted_context())  # raises when not offered: fail closed
    return imap


def _login(imap: imaplib.IMAP4, settings: SmtpSettings, credential: str | None) -> None:
    user = settings.username.strip()
    if not settings.uses_oauth:
        secret = (credential or "").encode("utf-8")
        imap.authenticate("PLAIN", lambda _: b"\0" + user.encode("utf-8") + b"\0" + secret)
        return
    tokens = access_tokens()
    for force in (False, True):  # a refused token is renewed once, never more
        token = tokens.access_token(settings, credential, force=force)
        blob = f"user={user}\x01auth=Bearer {token}\x01\x01".encode()

        def answer(challenge: bytes, blob: bytes = blob) -> bytes:
            return blob

        try:
            imap.authenticate("XOAUTH2", answer)
            return
        except imaplib.IMAP4.error:
            if force:
                raise


def append_to_sent(
    settings: SmtpSettings, credential: str | None, data: bytes, *, sent_at: float | None = None
) -> SentCopy:
    """Log in, find the folder, APPEND ``data`` with ``\\Seen``; SentCopyError on failure."""
    failure: SentCopyError | None = None
    imap: imaplib.IMAP4 | None = None
    try:
        imap = _connect(settings)
        _login(imap, settings, credential)
        target = find_sent_folder(imap, settings.imap_folder)
        when = imaplib.Time2Internaldate(sent_at if sent_at is not None else time.time())
        typ, answer = imap.append(target.folder, r"(\Seen)", when, data)
        if typ != "OK":
            failure = SentCopyError("folder", _text(answer))
        else:
            return target
    except SignInRequired as exc:
        failure = SentCopyError("sign_in", exc.error)
    except TokenEndpointError as exc:
        failure = SentCopyError("sign_in", str(exc))
    except ssl.SSLError as exc:
        failure = SentCopyError("tls", f"{type(exc).__name__}: {exc.reason or exc}")
    except imaplib.IMAP4.abort as exc:
        failure = SentCopyError("network", f"connection dropped: {_short(exc)}")
    except imaplib.IMAP4.error as exc:
        refused = imap is not None and imap.state == "NONAUTH" and "[UNAVAILABLE]" not in str(exc)
        kind = "login" if refused else "server"  # RFC 5530 UNAVAILABLE: try again later
        failure = SentCopyError(kind, _short(exc))
    except OSError as exc:  # TimeoutError too
        failure = SentCopyError("network", f"{type(exc).__name__}: {exc}")
    finally:
        if imap is not None:
            try:
                imap.logout()
            except (imaplib.IMAP4.error, OSError):
                with contextlib.suppress(OSError):
                    imap.shutdown()  # a dead or timed-out link: close the socket anyway
    raise _scrubbed(failure, credential)


def _text(answer: list[bytes | None] | list[bytes]) -> str:
    return " ".join(a.decode("utf-8", "replace") for a in answer if isinstance(a, bytes))


def _short(exc: BaseException) -> str:
    return str(exc)[:300]


def _scrubbed(failure: SentCopyError | None, credential: str | None) -> SentCopyError:
    failure = failure or SentCopyError("server", "no answer")
    if credential:
        failure.detail = failure.detail.replace(credential, "***")
    return failure
