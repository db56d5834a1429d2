"""``invoice send`` queues, ``outbox run`` delivers through a real SMTP server (STARTTLS, AUTH).

The subprocess cannot see the test's in-memory keyring: it reads the SMTP password from an
environment variable through ``tests.mail.env_keyring`` (keyring's own backend switch).
"""

from __future__ import annotations

import email
import email.policy
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.paths import DataPaths
from desktop.storage.database import open_database
from tests.cli.conftest import ROOT, faktura, new_invoice, ok, refused, set_up_seller
from tests.mail.env_keyring import VARIABLE
from tests.mail.outbox_fixtures import configure_smtp
from tests.smtp_server import PASSWORD, SmtpTestServer, TestPki

pytestmark = pytest.mark.slow


def process_env(pki: TestPki) -> dict[str, str]:
    return {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), **sending_env(pki)}


@pytest.fixture
def server(pki: TestPki) -> Iterator[SmtpTestServer]:
    with SmtpTestServer("starttls", pki) as srv:
        yield srv


def sending_env(pki: TestPki) -> dict[str, str]:
    return {
        "PYTHON_KEYRING_BACKEND": "tests.mail.env_keyring.EnvKeyring",
        VARIABLE: PASSWORD,
        "SSL_CERT_FILE": str(pki.ca_pem),
    }


def books_with_smtp(data_paths: DataPaths, server: SmtpTestServer, *, fast: bool = True) -> str:
    """The seller, a client, an issued invoice and the SMTP module set up; the number."""
    set_up_seller(data_paths.root)
    issued = new_invoice(data_paths.root, "Konzultace;2;h;50;21", options=("--issue",))
    db = open_database(data_paths.database_url())
    try:
        configure_smtp(db, server, fast=fast)
    finally:
        db.dispose()
    number: str = issued["number"]
    return number


def test_send_queues_and_outbox_run_delivers(
    data_paths: DataPaths, server: SmtpTestServer, pki: TestPki
) -> None:
    data, env = data_paths.root, sending_env(pki)
    number = books_with_smtp(data_paths, server)
    assert "e-mail address" in refused(faktura(data, "invoice", "send", number, "--to", "x@"))
    queued = ok(faktura(data, "invoice", "send", number, env=env))
    assert "pirkejas@example.cz" in queued.err
    entries = ok(faktura(data, "outbox", "list", "--json")).json()
    assert len(entries) == 1 and str(entries[0]["id"]) == queued.out.strip()
    assert entries[0]["state"] == "queued" and entries[0]["to"] == ["pirkejas@example.cz"]
    assert entries[0]["invoice_number"] == number
    assert server.handler.messages == []  # only queued

    run = ok(faktura(data, "outbox", "run", "--until-empty", "--json", env=env))
    assert run.json()["sent"] == 1 and run.json()["failed"] == 0
    [received] = server.handler.messages
    assert received.rcpt_tos == ["pirkejas@example.cz"]
    message = email.message_from_bytes(received.data, policy=email.policy.default)
    attachment, isdoc = list(message.iter_attachments())  # type: ignore[attr-defined]
    assert attachment.get_filename() == f"{number}.pdf"
    assert attachment.get_content().startswith(b"%PDF-")
    assert isdoc.get_filename() == f"{number}.isdoc"  # a Czech client takes the ISDOC too
    assert b"<Invoice" in isdoc.get_content()
    assert ok(faktura(data, "outbox", "list", "--json")).json()[0]["state"] == "sent"
    assert ok(faktura(data, "invoice", "list", "--json")).json()[0]["status"] == "sent"

    ok(faktura(data, "invoice", "send", number, "--to", "a@example.cz", "--to", "b@example.lt"))
    ok(faktura(data, "outbox", "run", env=env))
    assert server.handler.messages[-1].rcpt_tos == ["a@example.cz", "b@example.lt"]


def test_without_the_module_nothing_is_queued(data: Path) -> None:
    set_up_seller(data)
    number = new_invoice(data, "a;1;h;1;21", options=("--issue",))["number"]
    assert "Email sending via SMTP" in refused(faktura(data, "invoice", "send", number))
    assert ok(faktura(data, "outbox", "list", "--json")).json() == []
    draft = new_invoice(data, "a;1;h;1;21")
    assert "issue the draft first" in refused(faktura(data, "invoice", "send", str(draft["id"])))
    assert "not set up" in refused(faktura(data, "outbox", "run"))


def test_ctrl_c_stops_a_run_waiting_for_a_retry(
    data_paths: DataPaths, server: SmtpTestServer, pki: TestPki
) -> None:
    data = data_paths.root
    number = books_with_smtp(data_paths, server, fast=False)  # the next try in a minute
    ok(faktura(data, "invoice", "send", number))
    server.handler.script("DATA", "451 4.3.0 try again later")
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop", "--data-dir", str(data), "--lang", "en", "outbox",
         "run", "--until-empty"],
        cwd=ROOT, env={**os.environ, **process_env(pki)}, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert server.handler.in_data.wait(60), "the run never tried to send"
        time.sleep(0.5)  # the 451 is recorded; the run now waits for the retry
        started = time.monotonic()
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert time.monotonic() - started < 10
    assert proc.returncode == 1, err
    assert "Stopped" in err and "waiting to retry: 1" in err and "Traceback" not in err
    assert ok(faktura(data, "outbox", "list", "--json")).json()[0]["state"] == "retrying"
