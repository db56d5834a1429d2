"""After sending: copy each sent message to the mailbox's Sent folder (``imap_copy``).

Runs on the mailer's thread after a batch, over one IMAP login per message (invoices are
few).  A failure marks that copy "failed" with the reason and goes on with the next; it is
retried only when the user asks (``services.outbox.retry_copy``), never in a loop, and it
never touches the e-mail's own "sent".
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from desktop.core.outbox import OutboxEntry
from desktop.mail.imap_copy import SentCopyError, append_to_sent
from desktop.mail.outbox_account import Account
from desktop.storage import outbox_copy
from desktop.storage.database import Database
from desktop.storage.outbox_queries import entry_of

log = logging.getLogger(__name__)


def has_pending(db: Database) -> bool:
    with db.session() as session:
        return bool(outbox_copy.pending_ids(session))


def copy_pending(
    db: Database, account: Account, on_change: Callable[[OutboxEntry], None]
) -> tuple[int, int]:
    """Copy every pending message; returns (copied, failed)."""
    with db.session() as session:
        ids = outbox_copy.pending_ids(session)
    copied = failed = 0
    for row_id in ids:
        with db.session() as session:
            data = outbox_copy.copy_bytes(session, row_id)
        try:
            folder = append_to_sent(account.settings, account.password, data)
        except SentCopyError as exc:
            note = f"{exc.kind}: {exc.detail}"
            with db.session() as session:
                entry = entry_of(outbox_copy.mark_failed(session, row_id, note))
                session.commit()
            log.warning("message %s sent; copy to Sent folder failed: %s", row_id, note)
            failed += 1
        else:
            with db.session() as session:
                entry = entry_of(outbox_copy.mark_done(session, row_id))
                session.commit()
            log.info("message %s copied to %s", row_id, folder.folder)
            copied += 1
        on_change(entry)
    return copied, failed
