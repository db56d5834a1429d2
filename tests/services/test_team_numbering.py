"""Gap-free numbering under concurrency: eight apps issue on one PostgreSQL database at once.

Each process is a whole app (its own engine, connections and data folder) started by
``tests.services.issuer``; all wait at a barrier and then issue 50 invoices each.  The counter
row is advanced by one ``INSERT … ON CONFLICT DO UPDATE … RETURNING`` in the invoice's own
transaction, so the 400 numbers are distinct and contiguous and no process sees a failure.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from desktop.core import numbering
from desktop.paths import DataPaths
from tests.services.books import opened, set_up_seller

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
PROCESSES, EACH = 8, 50


@pytest.mark.timeout(300)
def test_eight_apps_issuing_at_once_take_400_numbers_without_a_gap(
    pg_url: str, tmp_path: Path
) -> None:
    with opened(DataPaths(tmp_path / "setup").ensure(), pg_url) as services:
        set_up_seller(services)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    apps = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.services.issuer",
                pg_url,
                str(tmp_path / f"app{n}"),
                str(EACH),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env=env,
        )
        for n in range(PROCESSES)
    ]
    try:
        for app in apps:  # every app has opened the books and prepared its drafts
            assert app.stdout is not None and app.stdout.readline().strip() == "ready"
        for app in apps:  # then all start together
            assert app.stdin is not None
            app.stdin.write("go\n")
            app.stdin.flush()
        results = [app.communicate(timeout=240) for app in apps]
    finally:
        for app in apps:
            if app.poll() is None:
                app.kill()
    for app, (_out, err) in zip(apps, results, strict=True):
        assert app.returncode == 0, err
        assert "Traceback" not in err and "Error" not in err, err
    numbers = [number for out, _ in results for number in json.loads(out)]
    assert len(numbers) == PROCESSES * EACH == len(set(numbers))
    pattern = "FAK{YYYY}-{N:4}"
    expected = {numbering.format_number(pattern, n, date.today()) for n in range(1, 401)}
    assert set(numbers) == expected  # 1 … 400: no gap, none twice
    # Each app's own numbers rise: a number is taken when its invoice commits, in order.
    for out, _ in results:
        own = json.loads(out)
        assert own == sorted(own)
