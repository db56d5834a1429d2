"""``faktura db upgrade|copy``: the database's schema, and (with team mode) moving the books.

Opening the books already upgrades them (a copy is taken first, as at the window's start),
so ``upgrade`` opens them and says where they stand.
"""

from __future__ import annotations

import argparse

from desktop.cli.context import Run, Subparsers, command, group, run_of
from desktop.cli.messages import CLI, translate
from desktop.cli.output import result, say
from desktop.cli.refusals import REFUSED


def register(commands: Subparsers) -> None:
    actions = group(commands, "db", "the database itself")
    command(actions, "upgrade", upgrade, "apply the migrations and print the schema revision")
    copy_parser = command(
        actions,
        "copy",
        copy,
        "copy everything to an empty target and verify it (team mode; not available yet)",
        books=False,
    )
    copy_parser.add_argument("--to", required=True, metavar="URL", help="the target database")


def upgrade(run: Run | None, args: argparse.Namespace) -> int:
    books = run_of(run).services.books
    revision = books.revision or ""
    backup = books.upgrade_backup
    if backup is not None:
        say(
            translate(CLI, "Upgraded to schema %1; the database before the upgrade is in %2.")
            .replace("%1", revision)
            .replace("%2", str(backup))
        )
    else:
        say(translate(CLI, "The database is at schema %1.").replace("%1", revision))
    result(revision)
    return 0


def copy(run: Run | None, args: argparse.Namespace) -> int:
    say(translate(CLI, "Copying the books to another database is not available yet."))
    return REFUSED
