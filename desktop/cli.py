"""Command-line options (AUTOMATION.md).  Pure argparse: ``--version`` must not load Qt."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

from desktop import __version__

LANGUAGES = ("en", "lt", "cs")


@dataclass(frozen=True)
class Options:
    data_dir: Path | None
    lang: str | None
    database_url: str | None
    self_test: bool
    qt_args: list[str]


def parse_args(argv: list[str]) -> Options:
    parser = argparse.ArgumentParser(
        prog="faktura", description="Offline-first invoicing for freelancers and small businesses."
    )
    parser.add_argument("--version", action="version", version=f"faktura {__version__}")
    parser.add_argument("--data-dir", type=Path, help="keep every file the app writes under DIR")
    parser.add_argument("--lang", choices=LANGUAGES, help="interface language for this run")
    parser.add_argument(
        "--database-url",
        help="SQLAlchemy URL of a shared database (default: SQLite file in the data dir)",
    )
    parser.add_argument(
        "--self-test", action="store_true", help="check the installation and print a report"
    )
    args, rest = parser.parse_known_args(argv)
    return Options(args.data_dir, args.lang, args.database_url, args.self_test, rest)
