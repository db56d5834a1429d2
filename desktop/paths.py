"""Every path the app reads or writes, in one place (after qutebrowser's ``standarddir``).

The data directory holds everything the app writes; ``--data-dir`` replaces it wholesale so a
test or a portable install never touches the user's real files.  Read-only resources (fonts,
icons, translations, guides) sit beside the package in a checkout and in ``sys._MEIPASS`` in a
PyInstaller build.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from desktop import APP_ID, APP_NAME


def bundle_root() -> Path:
    """Folder holding ``resources/`` and ``i18n/``: the checkout, or the frozen bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return bundle_root() / "resources"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def i18n_dir() -> Path:
    return bundle_root() / "i18n"


def guides_dir() -> Path:
    return i18n_dir() / "guides"


def default_data_dir() -> Path:
    """Platform default (``~/.local/share/faktura`` on Linux); platformdirs loads lazily."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_ID, appauthor=False, roaming=True))


class DataPaths:
    """Where one running app keeps its files: all under one root, created on demand."""

    def __init__(self, root: Path) -> None:
        self.root = root.expanduser().resolve()

    def ensure(self) -> DataPaths:
        for folder in (self.root, self.backups, self.logs, self.pdf, self.outgoing):
            folder.mkdir(parents=True, exist_ok=True)
        return self

    def check_writable(self) -> None:
        """Raise ``OSError`` unless a file can be created in the root.

        SQLite writes its journal and lock files beside the database, so a read-only folder
        fails at the first write, far from the cause; start-up asks here first and says so.
        ``os.access`` is not asked: it misreads ACLs, read-only mounts and network shares.
        """
        handle, probe = tempfile.mkstemp(prefix=".faktura-write-check-", dir=self.root)
        os.close(handle)
        Path(probe).unlink()

    @property
    def database(self) -> Path:
        return self.root / "faktura.sqlite3"

    @property
    def lock_file(self) -> Path:
        return self.root / "faktura.lock"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def log_file(self) -> Path:
        return self.logs / "faktura.log"

    @property
    def pdf(self) -> Path:
        return self.root / "pdf"

    @property
    def isdoc(self) -> Path:
        """Exported ISDOC e-invoices (``<number>.isdoc``)."""
        return self.root / "isdoc"

    @property
    def exports(self) -> Path:
        """A period's invoices for the accountant: the CSV and the ZIP of PDFs and ISDOCs."""
        return self.root / "exports"

    @property
    def outgoing(self) -> Path:
        """Where ``.eml`` drafts go when the SMTP module is not installed."""
        return self.root / "outgoing"

    def database_url(self) -> str:
        return f"sqlite:///{self.database}"


__all__ = ["APP_NAME", "DataPaths", "bundle_root", "default_data_dir"]
