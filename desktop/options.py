"""The global options (AUTOMATION.md) and which front end they ask for: the window or a command.

Pure argparse, no Qt: ``--version`` must answer without loading anything.  ``faktura`` with
no command word starts the window (unknown ``-options`` are Qt's and go to ``QApplication``);
``faktura [options] COMMAND …`` runs the command line (``desktop.cli``), which parses the
whole line again with these same options in front of its commands.
"""

from __future__ import annotations

import argparse
import os
from dataclasses import dataclass
from pathlib import Path

from desktop import __version__

LANGUAGES = ("en", "lt", "cs")
#: The command words of the command line (``desktop.cli`` has a parser for each).
COMMANDS = ("company", "client", "invoice", "outbox", "backup", "db")
DESCRIPTION = "Offline-first invoicing for freelancers and small businesses."
#: The environment's choice of database when ``--database`` is not given (AUTOMATION.md).
DATABASE_ENVIRONMENT = "FAKTURA_DATABASE_URL"


@dataclass(frozen=True)
class Options:
    data_dir: Path | None
    lang: str | None
    database_url: str | None
    self_test: bool
    qt_args: list[str]
    command: tuple[str, ...] = ()  # the command word and what follows it
    help: bool = False

    @property
    def wants_command_line(self) -> bool:
        """A command to run, or ``--help`` (which documents the commands too)."""
        return bool(self.command) or self.help


def add_global_options(parser: argparse.ArgumentParser) -> None:
    """The options that come before any command word, shared with ``desktop.cli``'s parser."""
    parser.add_argument("--version", action="version", version=f"faktura {__version__}")
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="keep every file Faktura writes under DIR (created if missing)",
    )
    parser.add_argument("--lang", choices=LANGUAGES, help="interface language for this run")
    parser.add_argument(
        "--database",
        "--database-url",
        dest="database_url",
        metavar="URL",
        help="the books on a PostgreSQL server, postgresql://USER@HOST[:PORT]/DATABASE "
        f"(default: ${DATABASE_ENVIRONMENT}, else the SQLite file in the data folder); "
        "the password comes from the keyring (faktura db password)",
    )
    parser.add_argument(
        "--self-test", action="store_true", help="check the installation and print a report"
    )


def parse_args(argv: list[str]) -> Options:
    """Read the global options; the rest is a command (``COMMANDS``) or Qt's arguments.

    A bare word right after an unknown single-dash option is that option's value
    (``-style fusion``), so it goes to Qt; any other bare word is a command, and the command
    line refuses one it does not know (a typo must not start the window in a script).
    """
    parser = argparse.ArgumentParser(prog="faktura", description=DESCRIPTION, add_help=False)
    add_global_options(parser)
    parser.add_argument("-h", "--help", action="store_true")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args, rest = parser.parse_known_args(argv)
    command: list[str] = args.command
    if command and command[0] not in COMMANDS:
        before = argv[len(argv) - len(command) - 1] if len(argv) > len(command) else ""
        if before in rest and before.startswith("-") and not before.startswith("--"):
            rest, command = [*rest, *command], []
    database = chosen_database(args.database_url)
    return Options(
        args.data_dir, args.lang, database, args.self_test, rest, tuple(command), args.help
    )


def chosen_database(flag: str | None) -> str | None:
    """``--database``, else ``FAKTURA_DATABASE_URL``, else None (the data folder's file)."""
    return flag or os.environ.get(DATABASE_ENVIRONMENT) or None
