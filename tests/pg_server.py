"""A throwaway PostgreSQL cluster for the tests: a real server, never a mock.

``PgServer`` runs Debian's own ``initdb`` and ``pg_ctl`` (``/usr/lib/postgresql/*/bin``) in a
temporary folder, on a free loopback port, and removes everything when it stops.  PostgreSQL
refuses to run as root, so as root the cluster belongs to the ``postgres`` user that Debian's
``postgresql`` package creates.  Durability is switched off (``fsync=off``): the cluster only
lives for one test session.

Authentication: the superuser ``faktura`` connects without a password over loopback; every
other role must give its password (scram), which is what the keyring tests need.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

SUPERUSER = "faktura"
_names = itertools.count(1)


def binaries() -> Path | None:
    """The newest installed PostgreSQL's ``bin`` folder, or None when there is none."""
    found = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    if found:
        return found[-1].parent
    on_path = shutil.which("pg_ctl")
    return Path(on_path).parent if on_path else None


def required() -> bool:
    """CI must run the PostgreSQL tests: there a missing server fails instead of skipping."""
    return os.environ.get("CI") == "true" or bool(os.environ.get("FAKTURA_REQUIRE_POSTGRESQL"))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class PgServer:
    """One cluster: ``start()``, ``new_database()`` as often as needed, ``stop()``."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.port = free_port()
        self.root = Path(tempfile.mkdtemp(prefix="faktura-pg-"))
        self.data = self.root / "data"
        self._owner: pwd.struct_passwd | None = None
        if os.geteuid() == 0:
            self._owner = pwd.getpwnam("postgres")
            os.chown(self.root, self._owner.pw_uid, self._owner.pw_gid)
            self.root.chmod(0o700)

    # -- running the server's own programs ----------------------------------------------------
    def _run(self, *args: str) -> None:
        command = [str(self.bindir / args[0]), *args[1:]]
        if self._owner is not None:
            command = ["runuser", "-u", self._owner.pw_name, "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=120, cwd=self.root)

    def start(self) -> PgServer:
        self._run(
            "initdb", "-D", str(self.data), "-U", SUPERUSER, "--encoding=UTF8",
            "--locale=C.UTF-8", "--auth-local=trust", "--auth-host=scram-sha-256",
        )  # fmt: skip
        hba = self.data / "pg_hba.conf"
        rules = f"host all {SUPERUSER} 127.0.0.1/32 trust\n" + hba.read_text(encoding="utf-8")
        hba.write_text(rules, encoding="utf-8")
        self.resume()
        return self

    def resume(self) -> None:
        """Start the server (again, after ``pause``) on the same port and data."""
        options = (
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=100"
        )
        self._run(
            "pg_ctl", "-D", str(self.data), "-l", str(self.root / "server.log"), "-o", options,
            "-w", "-t", "60", "start",
        )  # fmt: skip

    def pause(self) -> None:
        """Stop the server, keeping its data: a server that went away (``resume`` brings it
        back), with every client's connection cut.  A fast (clean) shutdown: this cluster
        runs without fsync, so only a clean one keeps the last commits."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def stop(self) -> None:
        with contextlib.suppress(subprocess.SubprocessError, OSError):
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)

    # -- databases and roles ---------------------------------------------------------------
    def url(self, database: str = "postgres", user: str = SUPERUSER, password: str = "") -> str:
        secret = f":{password}" if password else ""
        return f"postgresql+psycopg://{user}{secret}@127.0.0.1:{self.port}/{database}"

    def execute(self, statement: str, database: str = "postgres") -> None:
        """One statement as the superuser, outside a transaction (CREATE DATABASE needs that)."""
        import psycopg

        with psycopg.connect(
            host="127.0.0.1", port=self.port, user=SUPERUSER, dbname=database, autocommit=True
        ) as conn:
            conn.execute(statement.encode())  # several statements are fine without parameters

    def new_database(self) -> str:
        """A fresh, empty database; returns its name."""
        name = f"books_{os.getpid()}_{next(_names)}"
        self.execute(f'CREATE DATABASE "{name}"')
        return name

    def drop_database(self, name: str) -> None:
        with contextlib.suppress(Exception):
            self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextlib.contextmanager
def running() -> Iterator[PgServer | None]:
    """A started cluster, or None when PostgreSQL is not installed."""
    bindir = binaries()
    if bindir is None:
        yield None
        return
    server = PgServer(bindir)
    try:
        server.start()
        deadline = time.monotonic() + 30
        while True:  # pg_ctl -w waited for it; a first connection proves it
            try:
                server.execute("SELECT 1")
                break
            except Exception:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        yield server
    finally:
        server.stop()
