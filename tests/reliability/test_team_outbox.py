"""Each queued e-mail is sent by exactly one app: three ``faktura outbox run`` processes drain
one 300-message outbox on one PostgreSQL database through one SMTP server.

Senders share the queue by claiming a few due messages at a time (``SELECT … FOR UPDATE SKIP
LOCKED``, ``storage.outbox_claims``); the guarded "sending" still decides who sends.  A sender
killed with SIGKILL midway loses nothing: the messages it had claimed are taken over (the
server saw its session end), and the one on the wire becomes "uncertain" (never resent).
"""

from __future__ import annotations

import email
import email.policy
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.mail.compose import build_message
from desktop.mail.outbox_queue import queue_message
from desktop.storage.database import Database, open_database
from tests.cli.conftest import faktura, ok
from tests.mail.env_keyring import VARIABLE
from tests.mail.outbox_fixtures import configure_smtp
from tests.smtp_server import PASSWORD, SmtpTestServer, TestPki

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
MESSAGES, SENDERS = 300, 3


@pytest.fixture
def server(pki: TestPki) -> Iterator[SmtpTestServer]:
    with SmtpTestServer("starttls", pki) as srv:
        yield srv


@pytest.fixture
def shared(pg_url: str, server: SmtpTestServer) -> Iterator[Database]:
    """The team's database: the SMTP account set up and 300 messages queued."""
    db = open_database(pg_url)
    try:
        configure_smtp(db, server)
        for n in range(MESSAGES):
            message = build_message(
                sender_name="UAB Šviesa", sender_email="info@sviesa.lt",
                to=[f"klientas{n}@example.cz"], subject=f"Sąskaita {n}", body="Sveiki",
            )  # fmt: skip
            queue_message(db, message, None)
        yield db
    finally:
        db.dispose()


def senders(url: str, tmp_path: Path, pki: TestPki) -> list[subprocess.Popen[str]]:
    env = {
        **os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
        "PYTHON_KEYRING_BACKEND": "tests.mail.env_keyring.EnvKeyring", VARIABLE: PASSWORD,
        "SSL_CERT_FILE": str(pki.ca_pem), "FAKTURA_DATABASE_URL": url,
    }  # fmt: skip
    return [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "desktop",
                "--data-dir",
                str(tmp_path / f"sender{n}"),
                "--lang",
                "en",
                "outbox",
                "run",
                "--until-empty",
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(SENDERS)
    ]


def delivered(server: SmtpTestServer) -> Counter[str]:
    """How often each Message-ID reached the server."""
    ids = [
        str(email.message_from_bytes(m.data, policy=email.policy.default)["Message-ID"])
        for m in list(server.handler.messages)
    ]
    return Counter(ids)


def states(url: str, tmp_path: Path) -> dict[str, str]:
    """Message-ID → state, as ``outbox list`` shows them (from yet another folder)."""
    entries = ok(faktura(tmp_path / "viewer", "--database", url, "outbox", "list", "--json"))
    db = open_database(url)
    try:
        from desktop.storage.outbox_table import OutboxMessage

        with db.session() as session:
            rows = session.execute(select(OutboxMessage.id, OutboxMessage.message_id))
            by_id = {row_id: message_id for row_id, message_id in rows}
    finally:
        db.dispose()
    return {by_id[entry["id"]]: entry["state"] for entry in entries.json()}


def finish(apps: list[subprocess.Popen[str]]) -> list[tuple[int, str]]:
    done = []
    try:
        for app in apps:
            _, err = app.communicate(timeout=240)
            done.append((app.returncode, err))
    finally:
        for app in apps:
            if app.poll() is None:
                app.kill()
    return done


@pytest.mark.timeout(300)
def test_three_senders_deliver_each_message_once(
    shared: Database, pg_url: str, server: SmtpTestServer, pki: TestPki, tmp_path: Path
) -> None:
    for code, err in finish(senders(pg_url, tmp_path, pki)):
        assert code == 0 and "Traceback" not in err, err
    counts = delivered(server)
    assert len(counts) == MESSAGES and max(counts.values()) == 1  # 300 delivered, 0 twice
    assert set(states(pg_url, tmp_path).values()) == {"sent"}


@pytest.mark.timeout(300)
def test_a_sender_killed_midway_loses_nothing_and_sends_nothing_twice(
    shared: Database, pg_url: str, server: SmtpTestServer, pki: TestPki, tmp_path: Path
) -> None:
    apps = senders(pg_url, tmp_path, pki)
    deadline = time.monotonic() + 120
    while len(server.handler.messages) < MESSAGES // 3 and time.monotonic() < deadline:
        time.sleep(0.01)
    apps[0].send_signal(signal.SIGKILL)
    for code, err in finish(apps[1:]):
        assert "Traceback" not in err, err
        assert code in (0, 1), err  # 1: the uncertain one is reported
    apps[0].communicate(timeout=10)  # closes its pipes too
    counts = delivered(server)
    assert max(counts.values()) == 1  # 0 duplicates
    found = states(pg_url, tmp_path)
    assert len(found) == MESSAGES
    uncertain = [mid for mid, state in found.items() if state == "uncertain"]
    assert len(uncertain) <= 1  # the killed sender's message on the wire, if there was one
    sent = {mid for mid, state in found.items() if state == "sent"}
    assert sent | set(uncertain) == set(found)  # 0 lost: nothing left queued or sending
    assert sent <= set(counts) and set(counts) <= sent | set(uncertain)
