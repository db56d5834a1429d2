"""The layering of ARCHITECTURE.md, checked on every import the code makes.

Every module under ``desktop/`` is parsed; every ``import`` counts, also those inside
functions (a hidden circle is still a circle) and under ``TYPE_CHECKING`` (a widget that
names a database type is still reaching into storage).  Import cycles are checked on the
imports that run, with ``TYPE_CHECKING`` ones left out.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "desktop"
QT_FREE = ("desktop.core", "desktop.storage", "desktop.mail", "desktop.pdf", "desktop.isdoc",
           "desktop.modules", "desktop.services", "desktop.settings", "desktop.paths",
           "desktop.options")  # fmt: skip
# What the interface may use from the layers below the services: value types and pure
# helpers.  Behaviour (saving, sending, queueing, templates, PDFs) goes through services.
UI_MAY_USE = (
    "desktop.mail.settings", "desktop.mail.providers", "desktop.mail.guidance",
    "desktop.mail.steps", "desktop.mail.x509", "desktop.mail.errors", "desktop.mail.compose",
    "desktop.mail.diagnostics", "desktop.mail.secrets", "desktop.modules.registry",
    "desktop.modules.spec", "desktop.modules.guides",
)  # fmt: skip
# Inside ui/: which screen packages may import which (ui.context is everyone's).
UI_PACKAGES: dict[str, set[str]] = {
    "shell": {"invoices", "parties", "mail", "widgets"},
    "invoices": {"mail", "widgets"},
    "parties": {"widgets"},
    "mail": {"widgets"},
    "widgets": set(),
}


@dataclass(frozen=True)
class Import:
    source: str  # the importing module
    target: str  # the imported module (or name: ``from a import b`` gives ``a.b``)
    line: int
    runtime: bool  # False under ``if TYPE_CHECKING:``


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _walk(node: ast.AST, runtime: bool) -> Iterator[tuple[ast.AST, bool]]:
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.If) and _is_type_checking(child):
            for inner in child.body:
                yield inner, False
                yield from _walk(inner, False)
            for inner in child.orelse:
                yield inner, runtime
                yield from _walk(inner, runtime)
            continue
        yield child, runtime
        yield from _walk(child, runtime)


def imports_of(path: Path) -> list[Import]:
    source = module_name(path)
    package = source if path.name == "__init__.py" else source.rpartition(".")[0]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[Import] = []
    for node, runtime in _walk(tree, True):
        if isinstance(node, ast.Import):
            found += [Import(source, a.name, node.lineno, runtime) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found += [Import(source, f"{base}.{a.name}", node.lineno, runtime) for a in node.names]
    return found


def all_imports() -> list[Import]:
    return [imp for path in sorted(PACKAGE.rglob("*.py")) for imp in imports_of(path)]


MODULES = {module_name(p) for p in PACKAGE.rglob("*.py")}


def resolve(target: str) -> str | None:
    """The desktop module an import lands in (``from a import b`` may name a module or an
    attribute of ``a``), or None for a third-party import."""
    while target and target not in MODULES:
        target = target.rpartition(".")[0]
    return target or None


def within(name: str, *prefixes: str) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def violations(rule: str, bad: list[Import]) -> str:
    return rule + ":\n" + "\n".join(f"  {i.source}:{i.line} imports {i.target}" for i in bad)


IMPORTS = all_imports()


def test_the_parser_sees_the_code() -> None:
    assert len(MODULES) > 100
    assert any(within(i.source, "desktop.ui") and within(i.target, "PySide6") for i in IMPORTS)


def test_ui_never_reaches_the_database() -> None:
    bad = [
        i for i in IMPORTS
        if within(i.source, "desktop.ui") and within(i.target, "sqlalchemy", "desktop.storage")
    ]  # fmt: skip
    assert not bad, violations("ui imports SQLAlchemy or storage; call a service", bad)


def test_ui_has_no_database_sessions() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in (PACKAGE / "ui").rglob("*.py")
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "session()" in line or ".db." in line or "context.db" in line
    ]
    assert not found, found


def test_ui_uses_only_value_modules_below_the_services() -> None:
    bad = [
        i for i in IMPORTS
        if within(i.source, "desktop.ui")
        and within(i.target, "desktop.mail", "desktop.modules", "desktop.pdf", "desktop.isdoc")
        and not within(resolve(i.target) or "", *UI_MAY_USE)
    ]  # fmt: skip
    assert not bad, violations("ui reaches below the services for behaviour", bad)


@pytest.mark.parametrize("layer", QT_FREE)
def test_layers_below_the_interface_import_no_qt(layer: str) -> None:
    bad = [i for i in IMPORTS if within(i.source, layer) and within(i.target, "PySide6")]
    assert not bad, violations(f"{layer} imports Qt", bad)


def test_core_is_pure() -> None:
    bad = [
        i for i in IMPORTS
        if within(i.source, "desktop.core")
        and (within(i.target, "sqlalchemy", "PySide6")
             or (within(i.target, "desktop") and not within(i.target, "desktop.core")))
    ]  # fmt: skip
    assert not bad, violations("core imports outside itself", bad)


# Layers from the bottom; a module may import its own layer and those below it.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("desktop.core", "desktop.settings", "desktop.paths"),
    ("desktop.storage",),
    ("desktop.mail", "desktop.pdf", "desktop.isdoc", "desktop.modules"),
    ("desktop.services",),
    ("desktop.jobs", "desktop.options"),
    ("desktop.ui", "desktop.cli"),
    ("desktop.__main__",),
)


def layer_of(name: str) -> int | None:
    for rank, prefixes in enumerate(LAYERS):
        if within(name, *prefixes):
            return rank
    return None


def test_dependencies_point_down() -> None:
    bad = []
    for imp in IMPORTS:
        target = resolve(imp.target)
        if target is None or target == "desktop":
            continue
        source_rank, target_rank = layer_of(imp.source), layer_of(target)
        if source_rank is not None and target_rank is not None and target_rank > source_rank:
            bad.append(imp)
    assert not bad, violations("an import points up the layers of ARCHITECTURE.md", bad)


def test_nothing_imports_the_interface_or_the_command_line() -> None:
    bad = [
        i for i in IMPORTS
        for front in ("desktop.ui", "desktop.cli")
        if within(i.target, front) and not within(i.source, front, "desktop.__main__")
    ]  # fmt: skip
    assert not bad, violations("only __main__ imports ui and cli", bad)
    ui_cli = [
        i for i in IMPORTS if within(i.source, "desktop.ui") and within(i.target, "desktop.cli")
    ]
    cli_ui = [
        i for i in IMPORTS if within(i.source, "desktop.cli") and within(i.target, "desktop.ui")
    ]
    assert not ui_cli + cli_ui, violations("ui and cli are two front ends", ui_cli + cli_ui)


def ui_package(name: str) -> str | None:
    parts = name.split(".")
    return parts[2] if len(parts) > 3 and parts[:2] == ["desktop", "ui"] else None


def test_screens_import_only_what_they_may() -> None:
    bad = []
    for imp in IMPORTS:
        source, target = ui_package(imp.source), ui_package(resolve(imp.target) or "")
        if source and target and target != source and target not in UI_PACKAGES[source]:
            bad.append(imp)
    assert not bad, violations("a screen imports a screen it may not (use signals)", bad)


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one member (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in edges.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def _graph(group: object) -> dict[str, set[str]]:
    edges: dict[str, set[str]] = {}
    for imp in IMPORTS:
        target = resolve(imp.target)
        if not imp.runtime or target is None:
            continue
        a, b = group(imp.source), group(target)  # type: ignore[operator]
        if a and b and a != b:
            edges.setdefault(a, set()).add(b)
    return edges


def package_of(name: str) -> str | None:
    parts = name.split(".")
    if parts[:2] == ["desktop", "ui"] and len(parts) > 3:
        return ".".join(parts[:3])
    return ".".join(parts[:2]) if len(parts) > 1 else None


def test_no_import_cycle_between_modules() -> None:
    assert _cycles(_graph(lambda name: name)) == []


def test_no_import_cycle_between_packages() -> None:
    assert _cycles(_graph(package_of)) == []
