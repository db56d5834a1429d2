"""Which front end a command line asks for, and what the command line may import."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from desktop.options import COMMANDS, parse_args

ROOT = Path(__file__).resolve().parents[2]
# What the command line is built on (ARCHITECTURE.md: ui, cli → services → … → core).
ALLOWED = ("desktop.services", "desktop.core", "desktop.paths", "desktop.settings",
           "desktop.options", "desktop.cli", "desktop")  # fmt: skip
QT_ALLOWED = ("PySide6.QtCore",)  # the translator of the interface language, no widgets


@pytest.mark.parametrize(
    ("argv", "command", "qt_args"),
    [
        ([], (), []),
        (["--data-dir", "D", "--lang", "lt"], (), []),
        (["-style", "fusion"], (), ["-style", "fusion"]),
        (["-style=fusion", "--lang", "cs"], (), ["-style=fusion"]),
        (["--data-dir", "D", "invoice", "list", "--lang", "x"], ("invoice", "list", "--lang", "x"),
         []),
        (["invoce"], ("invoce",), []),  # a typo is a command the command line refuses
        (["--database", "sqlite:///x", "backup"], ("backup",), []),
    ],
)  # fmt: skip
def test_a_command_word_asks_for_the_command_line(
    argv: list[str], command: tuple[str, ...], qt_args: list[str]
) -> None:
    options = parse_args(argv)
    assert options.command == command
    assert options.qt_args == qt_args
    assert options.wants_command_line == bool(command)


def test_global_options_keep_working() -> None:
    options = parse_args(["--data-dir", "D", "--lang", "lt", "--database-url", "sqlite:///f"])
    assert (str(options.data_dir), options.lang, options.database_url) == ("D", "lt", "sqlite:///f")
    assert parse_args(["--self-test"]).self_test
    assert parse_args(["--help"]).wants_command_line  # the full help lists the commands
    with pytest.raises(SystemExit) as shown:
        parse_args(["--version"])
    assert shown.value.code == 0


def test_every_command_word_has_its_module() -> None:
    for word in COMMANDS:
        assert f'"{word}"' in "".join(p.read_text() for p in (ROOT / "desktop/cli").glob("*.py"))


def _imports(path: Path) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
    return found


def test_the_command_line_calls_services_only() -> None:
    """No storage, SQLAlchemy, mail, PDF, jobs or widgets: a thin layer over the services."""
    bad = []
    for path in sorted((ROOT / "desktop" / "cli").glob("*.py")):
        for line, name in _imports(path):
            ours = name == "desktop" or name.startswith("desktop.")
            allowed = any(name == a or name.startswith(a + ".") for a in ALLOWED)
            if (
                (ours and not allowed)
                or name.startswith(("sqlalchemy", "alembic"))
                or (name.startswith("PySide6") and name not in QT_ALLOWED)
            ):
                bad.append(f"{path.relative_to(ROOT)}:{line} imports {name}")
    assert not bad, bad
