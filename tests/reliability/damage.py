"""Books to damage, and the ways a database file gets damaged in real life.

A crash or a full disk while the file grows leaves it short or empty; a failing disk, a
sync tool or another program scribbles over pages; the wrong file ends up under the name.
Each way writes real bytes into a real file, which is what the app must answer.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

from desktop.paths import DataPaths
from desktop.services import Services
from desktop.services.database import open_books
from tests.ui.helpers import seed_invoices


def _noise(size: int) -> bytes:
    """The same "random" bytes on every run, so a drill never passes by luck."""
    return random.Random(12).randbytes(size)


def books_with_invoices(paths: DataPaths, count: int) -> None:
    """``count`` issued invoices, written through the services and closed cleanly."""
    services = Services(open_books(paths), paths)
    try:
        seed_invoices(services, count)
    finally:
        services.close()


def garbage(file: Path) -> None:
    """Another file under the database's name: random bytes of the same length."""
    file.write_bytes(_noise(max(file.stat().st_size, 8192)))


def empty(file: Path) -> None:
    """0 bytes: the file was created, or cut, and nothing was written."""
    file.write_bytes(b"")


def truncated(file: Path) -> None:
    """Cut off in the middle, as a copy or a disk that filled up leaves it."""
    data = file.read_bytes()
    file.write_bytes(data[: len(data) // 2])


def scribbled(file: Path) -> None:
    """Pages in the middle overwritten; the header and the first pages are intact, so the
    file opens and the damage shows only when those pages are read."""
    data = bytearray(file.read_bytes())
    start = len(data) // 3
    data[start : start + len(data) // 3] = _noise(len(data) // 3)
    file.write_bytes(bytes(data))


#: Damage that opening the file finds (``scribbled`` needs the pages to be read).
AT_OPENING: dict[str, Callable[[Path], None]] = {
    "garbage": garbage,
    "empty": empty,
    "truncated": truncated,
}
EVERY: dict[str, Callable[[Path], None]] = {**AT_OPENING, "scribbled": scribbled}
