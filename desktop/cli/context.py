"""What a command gets (the opened books' services and the data folder) and how commands are
declared: each module registers its parsers with ``group`` and ``command``."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeAlias

from desktop.paths import DataPaths

if TYPE_CHECKING:
    from desktop.services import Services

Subparsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
Handler = Callable[["Run | None", argparse.Namespace], int]
Check = Callable[[argparse.Namespace], "str | None"]


@dataclass(frozen=True)
class Run:
    """One command's books; closed by the caller when the command returns."""

    services: Services
    paths: DataPaths


def run_of(run: Run | None) -> Run:
    """The books of a command declared with ``books=True`` (they are always opened)."""
    assert run is not None
    return run


def group(commands: Subparsers, name: str, text: str) -> Subparsers:
    """A command word with actions (``invoice new``, ``invoice list`` …)."""
    parser = commands.add_parser(
        name, help=text, description=text, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.set_defaults(handler=None, check=None, books=True, parser=parser)
    return parser.add_subparsers(dest="action", metavar="ACTION", title="actions")


def command(
    commands: Subparsers,
    name: str,
    handler: Handler,
    text: str,
    *,
    books: bool = True,
    check: Check | None = None,
    epilog: str | None = None,
) -> argparse.ArgumentParser:
    """A command (or an action of a group) that runs ``handler``.

    ``books=False``: it answers without opening the books (a command not available yet).
    ``check``: a usage problem found after parsing (exit 2 before anything is opened).
    """
    parser = commands.add_parser(
        name,
        help=text,
        description=text,
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.set_defaults(handler=handler, check=check, books=books, parser=parser)
    return parser


def json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print one JSON document on stdout")
