"""Copy to Sent against a real Dovecot on loopback (``tests.imap_server``): the folder found
by SPECIAL-USE or chosen, the \\Seen flag, the exact bytes back, and failures that carry no
password."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.outbox import OutboxState
from desktop.mail import settings_repo
from desktop.mail.envelope import prepare
from desktop.mail.imap_copy import SentCopyError, append_to_sent
from desktop.mail.oauth.accounts import oauth_account
from desktop.mail.outbox_sender import OutboxSender
from desktop.mail.settings import SmtpSettings
from desktop.storage import outbox_copy
from desktop.storage.database import Database
from desktop.storage.outbox_table import OutboxMessage
from tests.imap_server import DovecotServer
from tests.mail.oauth_fixtures import oauth_settings, sign_in
from tests.mail.outbox_fixtures import configure_smtp
from tests.mail.test_outbox_sender import drain_until, message, queued, state_of
from tests.oauth_server import OAuthTestServer
from tests.smtp_server import PASSWORD, SmtpTestServer, TestPki, settings_for


@pytest.fixture
def dovecot(tmp_path: Path, pki: TestPki) -> Iterator[DovecotServer]:
    with DovecotServer.start(tmp_path, pki) as server:
        yield server


def imap_settings(smtp: SmtpTestServer, imap: DovecotServer, **changes: object) -> SmtpSettings:
    values: dict[str, object] = {
        "imap_copy": True,
        "imap_host": imap.host,
        "imap_port": imap.port,
        "imap_encryption": "ssl",
        "timeout_s": 10.0,  # Dovecot answers a wrong password after auth_failure_delay (2 s)
    }
    values.update(changes)
    return settings_for(smtp, **values)


def test_the_copy_lands_in_the_special_use_sent_folder_seen_and_byte_for_byte(
    dovecot: DovecotServer, server: SmtpTestServer
) -> None:
    settings = imap_settings(server, dovecot, imap_folder="Archive")
    assert settings.validate() == {}
    data = prepare(message(), None).data
    copy = append_to_sent(settings, PASSWORD, data)
    assert copy.special_use and copy.folder == "Sent"  # \Sent wins over the chosen folder
    [(flags, body)] = dovecot.fetch_all("Sent")
    assert b"\\Seen" in flags
    assert body == data
    assert dovecot.fetch_all("Archive") == []


def test_without_a_sent_flag_the_chosen_folder_is_used(
    tmp_path: Path, pki: TestPki, server: SmtpTestServer
) -> None:
    with DovecotServer.start(tmp_path, pki, sent_flag=False) as imap:
        settings = imap_settings(server, imap, imap_folder="Archive")
        data = prepare(message(subject="Faktura – žluťoučký"), None).data
        copy = append_to_sent(settings, PASSWORD, data)
        assert not copy.special_use
        assert [body for _, body in imap.fetch_all("Archive")] == [data]
        assert imap.fetch_all("Sent") == []


def test_a_refused_login_is_reported_without_the_password(
    dovecot: DovecotServer, server: SmtpTestServer
) -> None:
    wrong = "neteisingas-slaptažodis"
    with pytest.raises(SentCopyError) as failed:
        append_to_sent(imap_settings(server, dovecot), wrong, b"Subject: x\r\n\r\nx\r\n")
    assert failed.value.kind == "login"
    assert wrong not in str(failed.value) and wrong not in failed.value.detail
    assert dovecot.fetch_all("Sent") == []


def test_nothing_listening_is_a_network_failure(server: SmtpTestServer) -> None:
    from tests.smtp_server import refused_port

    with refused_port() as port:
        settings = settings_for(server, imap_copy=True, imap_host="127.0.0.1", imap_port=port,
                                timeout_s=10.0)  # fmt: skip
        with pytest.raises(SentCopyError) as failed:
            append_to_sent(settings, PASSWORD, b"x")
    assert failed.value.kind == "network"


def test_imap_settings_are_validated(server: SmtpTestServer) -> None:
    bad = settings_for(server, imap_copy=True, imap_host="https://x", imap_port=0,
                       imap_folder='Se"nt')  # fmt: skip
    assert bad.validate() == {
        "imap_host": "host_invalid",
        "imap_port": "port_range",
        "imap_folder": "folder_invalid",
    }
    off = settings_for(server, imap_copy=False, imap_host="")
    assert off.validate() == {}
    assert SmtpSettings.from_dict(bad.to_dict()) == bad


@pytest.mark.expected_log("WARNING", r"sent; copy to Sent folder failed: network")
def test_the_outbox_copies_after_sending_and_a_failed_copy_never_resends(
    db: Database,
    server: SmtpTestServer,
    tmp_path: Path,
    pki: TestPki,
    request: pytest.FixtureRequest,
) -> None:
    imap = DovecotServer.start(tmp_path, pki)
    request.addfinalizer(imap.stop)  # stopped mid-test on purpose; stopped again is fine
    configure_smtp(db, server, **imap_fields(imap))
    first = queued(db)
    sender = OutboxSender(db)
    drain_until(sender, lambda: state_of(db, first.id).sent_copy == "done")
    assert state_of(db, first.id).state is OutboxState.SENT
    [received] = server.handler.messages
    [(flags, body)] = imap.fetch_all("Sent")
    assert body == received.data and b"\\Seen" in flags  # the very bytes SMTP accepted
    with db.session() as session:
        assert session.get(OutboxMessage, first.id).raw is None  # dropped once copied
    imap.stop()  # the IMAP server goes away: the next copy fails, the e-mail does not
    second = queued(db)
    drain_until(sender, lambda: state_of(db, second.id).sent_copy == "failed")
    entry = state_of(db, second.id)
    assert entry.state is OutboxState.SENT and entry.sent_copy_note.startswith("network")
    for _ in range(3):  # no loop: neither the copy nor the e-mail is tried again by itself
        sender.drain()
    assert len(server.handler.messages) == 2
    assert state_of(db, second.id).sent_copy == "failed"
    with DovecotServer.start(tmp_path / "again", pki) as back:
        configure_smtp(db, server, **imap_fields(back))
        with db.session() as session:
            outbox_copy.retry(session, second.id)  # the user's "Copy to Sent again"
            session.commit()
        drain_until(sender, lambda: state_of(db, second.id).sent_copy == "done")
        assert [body for _, body in back.fetch_all("Sent")] == [server.handler.messages[1].data]
    assert len(server.handler.messages) == 2  # the e-mail itself went out once


def imap_fields(imap: DovecotServer) -> dict[str, object]:
    return {"imap_copy": True, "imap_host": imap.host, "imap_port": imap.port,
            "imap_encryption": "ssl", "timeout_s": 10.0}  # fmt: skip


def test_the_copy_logs_in_with_the_same_oauth2_sign_in(
    tmp_path: Path, pki: TestPki, auth: OAuthTestServer, xoauth_server: SmtpTestServer,
    fresh_oauth_stores: object,
) -> None:  # fmt: skip
    with DovecotServer.start(tmp_path, pki, introspection_url=auth.introspection_url) as imap:
        settings = oauth_settings(xoauth_server, auth, **imap_fields(imap))
        sign_in(settings, pki)
        refresh = settings_repo.password_store().get(oauth_account(settings))
        data = prepare(message(), None).data
        append_to_sent(settings, refresh, data)
        assert auth.state.introspections >= 1  # Dovecot checked the bearer token
        auth.state.expire()  # Dovecot now refuses the cached token: renewed once
        append_to_sent(settings, refresh, data)
        refreshes = [r for r in auth.state.token_requests if r["grant_type"] == "refresh_token"]
        assert len(refreshes) == 1
        assert [body for _, body in imap.fetch_all("Sent")] == [data, data]
