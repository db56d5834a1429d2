"""A real Dovecot IMAP server on 127.0.0.1 for tests, with a throwaway config and user.

    with DovecotServer.start(tmp_path, pki) as imap:
        imap.port, imap.user, imap.password, imap.fetch_all("Sent")

Dovecot (Debian's ``dovecot-imapd``) runs in the foreground (``dovecot -F``) on a free port
with implicit TLS (the test CA's certificate), a passwd-file with one user, and a ``Sent``
folder flagged ``\\Sent`` (RFC 6154 SPECIAL-USE).  As root it drops to Debian's ``dovenull``
/ ``dovecot`` users and keeps the mail as ``nobody``, as Dovecot requires; as an ordinary user
everything runs as that user.  ``dovecot_or_skip`` skips without Dovecot on a developer's
machine and fails with ``CI=true`` (``.ci/run`` installs it).
"""

from __future__ import annotations

import contextlib
import imaplib
import os
import pwd
import shutil
import socket
import ssl
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Self

import pytest

from tests.smtp_server import HOST, PASSWORD, USER, TestPki, free_port

DOVECOT = "/usr/sbin/dovecot"


def dovecot_or_skip() -> str:
    found = shutil.which("dovecot") or (DOVECOT if Path(DOVECOT).exists() else None)
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail("Dovecot is missing: .ci/run must install dovecot-imapd")
        pytest.skip("Dovecot (dovecot-imapd) is not installed")
    return found


_CONFIG = """\
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap
listen = {host}
ssl = required
ssl_cert = <{cert}
ssl_key = <{key}
ssl_min_protocol = TLSv1.2
auth_mechanisms = plain login
disable_plaintext_auth = yes
default_internal_user = {internal_user}
default_internal_group = {internal_group}
default_login_user = {login_user}
first_valid_uid = {uid}
last_valid_uid = {uid}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/home/%u
}}
mail_location = maildir:~/Maildir
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Sent {{
    special_use = \\Sent
    auto = create
  }}
  mailbox Archive {{
    auto = create
  }}
}}
service imap-login {{
  inet_listener imap {{
    port = 0
  }}
  inet_listener imaps {{
    address = {host}
    port = {port}
    ssl = yes
  }}
}}
service stats {{
  unix_listener stats-reader {{
    mode = 0666
  }}
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
"""


@dataclass
class DovecotServer:
    root: Path
    port: int
    process: subprocess.Popen[bytes]
    pki: TestPki
    host: str = HOST
    user: str = USER
    password: str = PASSWORD

    @classmethod
    def start(
        cls,
        directory: Path,
        pki: TestPki,
        *,
        sent_flag: bool = True,
        port: int | None = None,
        introspection_url: str = "",
    ) -> DovecotServer:
        """``sent_flag=False``: no folder carries ``\\Sent`` (the chosen folder is used);
        ``port``: listen there (a server that comes back), else on a free port."""
        binary = dovecot_or_skip()
        root = directory / "dovecot"
        for sub in ("run", "state", "home"):
            (root / sub).mkdir(parents=True, exist_ok=True)
        pki.cert.private_key_pem.write_to_path(str(root / "key.pem"))
        pki.cert.cert_chain_pems[0].write_to_path(str(root / "cert.pem"))
        (root / "passwd").write_text(f"{USER}:{{PLAIN}}{PASSWORD}::::::\n", encoding="utf-8")
        if introspection_url:
            shutil.copy(pki.ca_pem, root / "ca.pem")
            (root / "oauth2.conf.ext").write_text(
                f"introspection_mode = post\nintrospection_url = {introspection_url}\n"
                "force_introspection = yes\nusername_attribute = username\n"
                "active_attribute = active\nactive_value = true\n"
                f"tls_ca_cert_file = {root / 'ca.pem'}\n",
                encoding="utf-8",
            )
        if os.geteuid() == 0:
            mail = pwd.getpwnam("nobody")
            users = {"internal_user": "dovecot", "internal_group": "dovecot",
                     "login_user": "dovenull"}  # fmt: skip
            for path in (root, *root.rglob("*")):  # the mail user writes the home folder
                os.chown(path, mail.pw_uid, mail.pw_gid)
            for parent in root.parents:  # ... and must reach it
                if parent == Path("/"):
                    break
                parent.chmod(parent.stat().st_mode | 0o001)
        else:
            mail = pwd.getpwuid(os.getuid())
            name = mail.pw_name
            group = name
            users = {"internal_user": name, "internal_group": group, "login_user": name}
        port = port or free_port()
        config = _CONFIG.format(
            root=root, host=HOST, port=port, cert=root / "cert.pem", key=root / "key.pem",
            uid=mail.pw_uid, gid=mail.pw_gid, **users,
        )  # fmt: skip
        if not sent_flag:
            config = config.replace("    special_use = \\Sent\n", "")
        if introspection_url:  # XOAUTH2: Dovecot asks the test's authorization server
            config = config.replace(
                "auth_mechanisms = plain login\n",
                "auth_mechanisms = plain login xoauth2 oauthbearer\n",
            )
            config += (
                "passdb {\n  driver = oauth2\n  mechanisms = xoauth2 oauthbearer\n"
                f"  args = {root}/oauth2.conf.ext\n}}\n"
            )  # fmt: skip
        (root / "dovecot.conf").write_text(config, encoding="utf-8")
        process = subprocess.Popen(
            [binary, "-F", "-c", str(root / "dovecot.conf")],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        server = cls(root, port, process, pki)
        try:
            server._wait_until_listening()
            server.client().logout()  # ready when a login works (auth starts after listening)
        except BaseException:
            server.stop()  # never leave a Dovecot behind a failed start
            raise
        return server

    def _wait_until_listening(self) -> None:
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"dovecot exited: {self.log()}")
            with contextlib.suppress(OSError), socket.create_connection((HOST, self.port), 0.2):
                return
            time.sleep(0.05)
        raise RuntimeError(f"dovecot did not listen: {self.log()}")

    def log(self) -> str:
        path = self.root / "dovecot.log"
        text = path.read_text(errors="replace") if path.exists() else ""
        if self.process.poll() is not None and self.process.stderr is not None:
            text += self.process.stderr.read().decode(errors="replace")
        return text

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        if self.process.stderr is not None:
            self.process.stderr.close()

    # -- looking at the mailbox from the test's side ------------------------------------------
    def client(self) -> imaplib.IMAP4_SSL:
        ctx = ssl.create_default_context(cafile=str(self.pki.ca_pem))
        secret = b"\0" + self.user.encode() + b"\0" + self.password.encode()
        for attempt in range(80):  # Dovecot's auth process may still be (re)starting
            imap = imaplib.IMAP4_SSL(HOST, self.port, ssl_context=ctx, timeout=10)
            try:
                imap.authenticate("PLAIN", lambda _: secret)
                return imap
            except imaplib.IMAP4.error as exc:
                imap.shutdown()
                if "UNAVAILABLE" not in str(exc) or attempt == 79:
                    raise
                time.sleep(0.25)
        raise AssertionError("unreachable")

    def fetch_all(self, folder: str) -> list[tuple[bytes, bytes]]:
        """(flags, exact bytes) of every message in ``folder``."""
        imap = self.client()
        try:
            imap.select(f'"{folder}"', readonly=True)
            _, data = imap.search(None, "ALL")
            found = []
            for number in data[0].split():
                _, parts = imap.fetch(number, "(FLAGS BODY.PEEK[])")
                head, body = parts[0]  # type: ignore[misc]
                found.append((bytes(head), bytes(body)))
            return found
        finally:
            imap.logout()
