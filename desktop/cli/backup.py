"""``faktura backup [-o FILE]``: an online copy of the books, safe while the app writes."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.context import Run, Subparsers, command, run_of
from desktop.cli.output import result


def register(commands: Subparsers) -> None:
    parser = command(
        commands, "backup", backup, "copy the database (online) and print the copy's path"
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help="default: <data dir>/backups/faktura-backup-<date>-<time>.sqlite3",
    )


def backup(run: Run | None, args: argparse.Namespace) -> int:
    target = args.output.expanduser().resolve() if args.output else None
    result(str(run_of(run).services.backups.backup(target)))
    return 0
