"""``faktura [global options] COMMAND …``: parse, open the books, run one command, exit.

The books are opened exactly as the window opens them (``services.database.open_books``: the
data folder's lock, migrations, newer or damaged databases refused), so a command and a
window on the same folder refuse each other.  Exit codes (AUTOMATION.md, README): 0 done,
1 refused or failed, 2 bad usage or a data folder that cannot be written (nothing opened),
3 the folder is in use, 4 the database is newer than this Faktura, 5 the database is damaged
(its message names the backups folder; the window offers to restore one).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import __version__
from desktop.cli import backup, clients, company, db, invoices, outbox
from desktop.cli.context import Run
from desktop.cli.messages import CLI, system_language, translate, use_language
from desktop.cli.output import prepare_streams, say
from desktop.cli.refusals import DAMAGED, LOCKED, NEWER, REFUSED, USAGE, refusal
from desktop.core.errors import ExportRefusedError, IssueError, StorageError
from desktop.options import DESCRIPTION, add_global_options, parse_args
from desktop.paths import DataPaths, default_data_dir

if TYPE_CHECKING:
    from desktop.services import Services
    from desktop.services.database import Books

log = logging.getLogger("desktop.cli")
GROUPS = (company, clients, invoices, outbox, backup, db)
STARTUP = "Startup"  # the window's start-up messages (ui/shell/app.py) say the same
EPILOG = """\
The command word comes after the global options:
  faktura --data-dir DIR invoice list --json

exit codes: 0 done; 1 refused or failed (the reason on stderr); 2 bad usage, or the data
folder cannot be created or written; 3 another Faktura uses the same data folder; 4 the
database is newer than this Faktura; 5 the database is damaged or empty (nothing changed;
the message names the backups folder).  Without a command, faktura starts the window.

`faktura COMMAND --help` documents each command; the contract (JSON shapes, files) is in
AUTOMATION.md, "Command line over the services".
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="faktura",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_global_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    for group in GROUPS:
        group.register(commands)
    parser.epilog = overview(commands) + "\n" + EPILOG
    return parser


def overview(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> str:
    """Every command in one line each, for ``faktura --help``; each group's ``--help`` gets the
    usage of all its actions, so ``faktura invoice --help`` documents every option."""
    lines = ["all commands:"]
    for name, parser in commands.choices.items():
        actions = _actions_of(parser)
        if actions is None:
            lines.append(f"  {name:<18} {parser.description or ''}")
            continue
        for action in actions._choices_actions:
            lines.append(f"  {name + ' ' + action.dest:<18} {action.help or ''}")
        parser.epilog = "usage of each action:\n" + "".join(
            "  " + sub.format_usage().removeprefix("usage: ") for sub in actions.choices.values()
        )
    return "\n".join(lines) + "\n"


def _actions_of(
    parser: argparse.ArgumentParser,
) -> argparse._SubParsersAction[argparse.ArgumentParser] | None:
    found = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return found[0] if found else None


def run_command(argv: Sequence[str]) -> int:
    """Run one command line; returns the exit code."""
    prepare_streams()
    parser = build_parser()
    try:
        use_language(parse_args(list(argv)).lang or system_language())
        args = parser.parse_args(argv)
        if args.command is None:
            parser.print_help()
            return 0
        if args.handler is None:  # a command word without its action: "faktura invoice"
            args.parser.print_help(sys.stderr)
            return USAGE
        problem = args.check(args) if args.check is not None else None
        if problem:
            args.parser.error(problem)
    except SystemExit as exc:  # --help, or argparse's usage error (exit code 2)
        return exc.code if isinstance(exc.code, int) else USAGE
    if not args.books:
        return int(args.handler(None, args))
    return _with_books(args)


def _with_books(args: argparse.Namespace) -> int:
    url: str | None = args.database_url
    if url and not url.startswith("sqlite"):
        say(
            translate(
                CLI,
                "Shared databases (%1) are not supported yet; Faktura keeps the books in a "
                "SQLite file in the data folder.",
            ).replace("%1", url.split(":", 1)[0])
        )
        return REFUSED
    paths = DataPaths(args.data_dir or default_data_dir())
    try:
        paths.ensure()
        paths.check_writable()
    except OSError as exc:
        say(
            translate(
                STARTUP,
                "Faktura cannot write to its data folder %1 (%2). Make the folder writable for "
                "you, or start Faktura with --data-dir and another folder.",
            )
            .replace("%1", str(paths.root))
            .replace("%2", exc.strerror or str(exc))
        )
        return USAGE
    _log_to(paths)
    words = " ".join(w for w in (args.command, getattr(args, "action", None)) if w)
    log.info("faktura %s: %s", __version__, words)
    books = _open_books(paths, url)
    if isinstance(books, int):
        return books
    from desktop.services import Services
    from desktop.services.database import damage_behind

    services = Services(books, paths)
    try:
        if args.lang is None:
            use_language(services.preferences.language() or system_language())
        return int(args.handler(Run(services, paths), args))
    except KeyboardInterrupt:  # Ctrl+C: each service leaves its work whole or undone
        say(translate(CLI, "Stopped; what was done so far stays done."))
        return REFUSED
    except BrokenPipeError:  # the reader went away (``| head``): nobody is left to tell
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return REFUSED
    except Exception as exc:
        damage: str | None = damage_behind(books, exc)
        if damage is None and isinstance(exc, StorageError) and exc.problem == "damaged":
            damage = "damaged"  # SQLite said so, though its quick_check could not confirm
        if damage is not None:  # found while reading: the same answer as at opening
            say(_damaged_text(paths, books.sqlite_file or paths.database, damage))
            return DAMAGED
        if isinstance(exc, StorageError):  # read-only, full, locked: the start-up's words
            say(_unusable_text(books.sqlite_file or paths.database, exc.problem))
            return REFUSED
        rate_missing = (
            isinstance(exc, IssueError | ExportRefusedError) and exc.code == "exchange_rate_missing"
        )
        text = refusal(exc, _national_currency(services) if rate_missing else "")
        if text is None:
            log.exception("The command failed: %s", words)
            text = translate(CLI, "Something went wrong. Details are in the log: %1").replace(
                "%1", str(paths.log_file)
            )
        say(text)
        return REFUSED
    finally:
        services.close()


def _open_books(paths: DataPaths, url: str | None) -> Books | int:
    """The books as the window opens them, or the exit code (1, 2, 3, 4, 5) with its reason
    said in the window's words."""
    from desktop.services.database import (
        BooksOpenFailedError,
        DamagedBooksError,
        FolderLockedError,
        NewerBooksError,
        UnusableBooksError,
        open_books,
    )

    try:
        return open_books(paths, url)
    except FolderLockedError:
        say(
            translate(
                CLI, "Another Faktura is using %1: close it or use another data folder."
            ).replace("%1", str(paths.root))
        )
        return LOCKED
    except NewerBooksError as exc:
        say(
            translate(
                STARTUP,
                "The data in %1 was written by a newer version of Faktura (schema %2). "
                "Install that version or newer to open it; nothing has been changed.",
            )
            .replace("%1", str(paths.root))
            .replace("%2", exc.revision)
        )
        return NEWER
    except DamagedBooksError as exc:
        say(_damaged_text(paths, exc.file, exc.damage))
        return DAMAGED
    except UnusableBooksError as exc:
        say(_unusable_text(exc.file, exc.problem))
        return USAGE
    except BooksOpenFailedError:
        say(
            translate(
                STARTUP, "The database could not be opened. Details are in the log: %1"
            ).replace("%1", str(paths.log_file))
        )
        return REFUSED


def _damaged_text(paths: DataPaths, file: Path, damage: str) -> str:
    """The window's words (``ui/shell/damaged_dialog.py``): what is wrong, where backups are."""
    texts = {
        "empty": "The database file %1 is empty (0 bytes): the books it held are gone.",
        "not_database": "The file %1 is damaged: it is not a database any more.",
    }
    what = texts.get(damage, "The database file %1 is damaged: parts of it cannot be read.")
    where = translate(
        STARTUP,
        "Nothing has been changed. The backups are in %1; Faktura's window offers to "
        "restore one when it starts.",
    ).replace("%1", str(paths.backups))
    return f"{translate(STARTUP, what).replace('%1', str(file))} {where}"


def _unusable_text(file: Path, problem: str) -> str:
    """The window's words (``ui/shell/app.py``) for a sound file that cannot be used."""
    return (
        translate(STARTUP, "The database %1 cannot be used: %2 Nothing has been changed.")
        .replace("%1", str(file))
        .replace("%2", _unusable_reason(problem))
    )


def _unusable_reason(problem: str) -> str:
    reasons = {
        "read_only": "the file or its folder is read-only.",
        "full": "the disk is full.",
        "busy": "another program holds it locked.",
        "io": "the system could not read or write it.",
    }
    return translate(STARTUP, reasons[problem]) if problem in reasons else problem


def _national_currency(services: Services) -> str:
    """The seller's national currency, for a refusal that names it ("" when unknown)."""
    from desktop.core.validation import national_currency

    try:
        return national_currency(services.parties.company().country) or ""
    except Exception:  # the refusal is still worth saying without it
        log.exception("Could not read the company's country")
        return ""


def _log_to(paths: DataPaths) -> None:
    """Warnings and bugs go to ``<data dir>/logs/faktura.log``, as the window's do; to stderr
    when the log cannot be written (the command still runs)."""
    from desktop.services.logfile import attach_log

    failed = attach_log(paths)
    if failed is not None:
        say(
            translate(
                STARTUP,
                "The log %1 cannot be written (%2); messages go to the terminal instead.",
            )
            .replace("%1", str(paths.log_file))
            .replace("%2", failed.strerror or str(failed))
        )
