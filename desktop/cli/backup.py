"""``faktura backup [-o FILE]``: an online copy of the books, safe while the app writes."""

from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path

from desktop.cli.context import Run, Subparsers, command, run_of
from desktop.cli.messages import CLI, translate
from desktop.cli.output import result, say
from desktop.cli.refusals import REFUSED


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
    backups = run_of(run).services.backups
    target = args.output.expanduser().resolve() if args.output else backups.default_target()
    try:
        result(str(backups.backup(target)))
    except (OSError, sqlite3.Error) as exc:  # the copy cannot be created or written there
        reason = getattr(exc, "strerror", None) or str(exc)
        say(
            translate(CLI, "Could not write %1: %2")
            .replace("%1", str(target))
            .replace("%2", reason)
        )
        return REFUSED
    return 0
