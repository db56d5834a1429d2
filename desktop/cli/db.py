"""``faktura db upgrade|password|copy``: the database's schema, its server password, and
(with team mode) moving the books.

Opening the books already upgrades them (a copy is taken first, as at the window's start),
so ``upgrade`` opens them and says where they stand.  ``password`` asks for the password of
the ``--database`` server (on a terminal without echo, else one line of standard input),
logs in with it once and keeps it in the keyring; it is never printed, logged or stored
anywhere else.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from desktop.cli.context import Run, Subparsers, command, group, run_of
from desktop.cli.messages import CLI, translate
from desktop.cli.output import result, say
from desktop.cli.refusals import REFUSED, USAGE, unusable_text
from desktop.options import chosen_database


def register(commands: Subparsers) -> None:
    actions = group(commands, "db", "the database itself")
    command(actions, "upgrade", upgrade, "apply the migrations and print the schema revision")
    command(
        actions,
        "password",
        password,
        "ask for the --database server's password, check it and keep it in the keyring",
        books=False,
    )
    copy_parser = command(
        actions,
        "copy",
        copy,
        "copy everything to an empty database and check both sides (to or from a server)",
    )
    copy_parser.add_argument(
        "--to",
        required=True,
        metavar="URL",
        help="postgresql://USER@HOST/DB without tables, or sqlite:///NEW-FILE",
    )


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
    from desktop.core.errors import StorageError
    from desktop.services.database_url import BadDatabaseUrlError, shown
    from desktop.services.db_copy import CopyRefusedError, copy_books

    try:
        report = copy_books(run_of(run).services.books, args.to)
    except BadDatabaseUrlError:
        say(translate(CLI, "Copy to postgresql://USER@HOST/DATABASE or to sqlite:///NEW-FILE."))
        return USAGE
    except CopyRefusedError as exc:
        say(
            translate(
                CLI,
                "%1 is not empty: Faktura copies only into an empty database (a new SQLite "
                "file, or a server database without tables). Nothing was written.",
            ).replace("%1", exc.target)
        )
        return REFUSED
    except StorageError as exc:
        say(unusable_text(shown(args.to), exc.problem))
        return REFUSED
    if not report.ok:
        say(
            translate(CLI, "The copy in %1 does not match the books (%2); do not use it.")
            .replace("%1", report.target)
            .replace("%2", "; ".join(report.mismatches))
        )
        return REFUSED
    say(
        translate(
            CLI,
            "Copied to %1 and checked: %2 invoices, %3 clients, %4 e-mails; the rows of every "
            "table and the invoice totals match on both sides.",
        )
        .replace("%1", report.target)
        .replace("%2", str(report.rows.get("invoice", 0)))
        .replace("%3", str(report.rows.get("client", 0)))
        .replace("%4", str(report.rows.get("outbox_message", 0)))
    )
    return 0


def password(run: Run | None, args: argparse.Namespace) -> int:
    from desktop.services.database_url import BadDatabaseUrlError, check, parsed, save_password

    url = chosen_database(args.database_url)
    try:
        target = parsed(url) if url else None
    except BadDatabaseUrlError:
        target = None
    if target is None or target.get_backend_name() == "sqlite":
        say(translate(CLI, "Name the database server with --database postgresql://USER@HOST/DB."))
        return USAGE
    if sys.stdin.isatty():
        secret = getpass.getpass(
            translate(CLI, "Password for %1: ").replace("%1", str(target.username))
        )
    else:
        secret = sys.stdin.readline().rstrip("\r\n")
    problem = check(target.set(password=secret))
    if problem is not None:
        say(unusable_text(target.render_as_string(hide_password=True), problem))
        return REFUSED
    try:
        save_password(target, secret)
    except Exception as exc:  # no keyring, or a locked one: nothing was kept
        say(translate(CLI, "The keyring did not keep the password: %1").replace("%1", str(exc)))
        return REFUSED
    say(translate(CLI, "The password works and is kept in the keyring."))
    return 0
