"""Running the real command line as a subprocess: ``python -m desktop --data-dir … COMMAND``.

Each call is a fresh process, as a script would run it; ``faktura`` returns its exit code,
stdout and stderr.  ``--lang en`` unless a test chooses a language, so messages are stable.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from desktop.paths import DataPaths

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Done:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


def faktura(
    data: Path | None,
    *args: str,
    lang: str | None = "en",
    env: Mapping[str, str] | None = None,
    cwd: Path = ROOT,
    timeout: float = 60,
    stdin: str | None = None,
) -> Done:
    """``faktura [--data-dir data] [--lang lang] args…`` in its own process."""
    options = [*(["--data-dir", str(data)] if data else []), *(["--lang", lang] if lang else [])]
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    environment.update(env or {})
    done = subprocess.run(
        [sys.executable, "-m", "desktop", *options, *args],
        cwd=cwd,
        input=stdin,
        env=environment,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        check=False,
    )
    return Done(done.returncode, done.stdout, done.stderr)


def ok(done: Done) -> Done:
    assert done.code == 0, f"exit {done.code}: {done.err}"
    assert "Traceback" not in done.err, done.err
    return done


def refused(done: Done, code: int = 1) -> str:
    """The exit code is ``code``, nothing went to stdout and no traceback: the reason."""
    assert done.code == code, f"exit {done.code}, expected {code}: {done.err}"
    assert "Traceback" not in done.err, done.err
    assert done.out == "", done.out
    return done.err


def set_up_seller(data: Path) -> int:
    """An LT VAT payer and one Czech client, through the command line; the client's id."""
    ok(
        faktura(
            data, "company", "set", "--name", "UAB Šviesa", "--country", "LT",
            "--vat-payer", "yes", "--iban", "LT601010012345678901", "--email", "info@sviesa.lt",
        )
    )  # fmt: skip
    added = ok(
        faktura(
            data, "client", "add", "--name", "Klientas s.r.o.", "--country", "CZ",
            "--email", "pirkejas@example.cz", "--language", "cs", "--json",
        )
    )  # fmt: skip
    client_id: int = added.json()["id"]
    return client_id


@pytest.fixture
def data(data_paths: DataPaths) -> Path:
    """The test's data folder (created, still without a database)."""
    return data_paths.root


def new_invoice(data: Path, *lines: str, client: str = "1", options: tuple[str, ...] = ()) -> Any:
    """``invoice new --client … --line …[--line …] options… --json``; the printed object."""
    line_args = [arg for line in lines for arg in ("--line", line)]
    done = faktura(data, "invoice", "new", "--client", client, *line_args, *options, "--json")
    return ok(done).json()
