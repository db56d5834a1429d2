"""Extract and compile the interface translations (Qt Linguist workflow).

    python i18n/update.py            # lupdate: refresh desktop_{lt,cs,en}.ts from desktop/
    python i18n/update.py --release  # lrelease: compile the .ts into .qm, record i18n/qm.sha256

Extraction scans every ``.py`` under ``desktop/``, drops messages that left the code
(``-no-obsolete``) and keeps every existing translation; translate the new entries in Qt
Linguist (``pyside6-linguist i18n/desktop_lt.ts``) or any editor, then compile.  The
``.qm`` files are committed so a fresh checkout runs translated; ``qm.sha256`` lets the
tests notice a ``.qm`` that was not rebuilt after its ``.ts`` changed.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

I18N = Path(__file__).resolve().parent
ROOT = I18N.parent
LANGUAGES = {"lt": "lt_LT", "cs": "cs_CZ"}
# The source texts are English, but "%n invoice(s)" needs a catalogue to read "1 invoice" /
# "2 invoices": English gets one with the plural messages only (lupdate -pluralonly).
PLURAL_ONLY = {"en": "en_GB"}
CATALOGUES = {**LANGUAGES, **PLURAL_ONLY}
HASH_FILE = I18N / "qm.sha256"


def ts_path(lang: str) -> Path:
    return I18N / f"desktop_{lang}.ts"


def qm_path(lang: str) -> Path:
    return I18N / f"desktop_{lang}.qm"


def tool(name: str) -> str:
    """``pyside6-<name>`` from this interpreter's environment, else from ``PATH``."""
    for candidate in (Path(sys.executable).parent / f"pyside6-{name}", Path(f"pyside6-{name}")):
        found = shutil.which(str(candidate))
        if found:
            return found
    raise SystemExit(f"pyside6-{name} not found: install PySide6 (pip install -e .)")


def sources() -> list[str]:
    """Every Python file of the app, relative to the checkout (stable across machines)."""
    files = sorted((ROOT / "desktop").rglob("*.py"))
    return [path.relative_to(ROOT).as_posix() for path in files]


class _Constants:
    """Module-level ``NAME = "text"`` constants, following ``from desktop.x import NAME``."""

    def __init__(self) -> None:
        self._cache: dict[Path, dict[str, str]] = {}

    def of(self, path: Path) -> dict[str, str]:
        if path not in self._cache:
            self._cache[path] = {}
            tree = ast.parse(path.read_text(encoding="utf-8"))
            found: dict[str, str] = {}
            for node in tree.body:
                if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
                    if isinstance(node.value.value, str):
                        for target in node.targets:
                            if isinstance(target, ast.Name):
                                found[target.id] = node.value.value
                elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                    origin = ROOT / (node.module.replace(".", "/") + ".py")
                    if origin.is_file():
                        imported = self.of(origin)
                        for alias in node.names:
                            if alias.name in imported:
                                found[alias.asname or alias.name] = imported[alias.name]
            self._cache[path] = found
        return self._cache[path]


def _text(node: ast.expr, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return None


def _callee(node: ast.Call) -> str:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _wrappers(tree: ast.Module, constants: dict[str, str]) -> dict[str, tuple[str, int]]:
    """``def _t(text, n=-1): return QCoreApplication.translate(CONTEXT, text, None, n)``.

    Returns ``{"_t": (context, position of the count parameter or -1)}``.
    """
    found: dict[str, tuple[str, int]] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        params = [arg.arg for arg in node.args.args]
        for inner in ast.walk(node):
            if (
                isinstance(inner, ast.Call)
                and _callee(inner) == "translate"
                and len(inner.args) >= 2
                and isinstance(inner.args[1], ast.Name)
                and inner.args[1].id == params[0]
            ):
                context = _text(inner.args[0], constants)
                count = inner.args[3] if len(inner.args) >= 4 else None
                position = -1
                if isinstance(count, ast.Name) and count.id in params:
                    position = params.index(count.id)
                if context is not None:
                    found[node.name] = (context, position)
    return found


def indirect_messages(files: list[str]) -> list[tuple[str, str, bool]]:
    """Messages lupdate cannot see: a context held in a constant, or a ``_t("...")`` helper.

    Returns ``(context, source, plural)``; they are handed to lupdate as a generated file.
    """
    table = _Constants()
    messages: list[tuple[str, str, bool]] = []
    for name in files:
        path = ROOT / name
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = table.of(path)
        wrappers = _wrappers(tree, constants)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            callee = _callee(node)
            if callee in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) >= 2:
                if isinstance(node.args[0], ast.Constant):
                    continue  # lupdate reads these itself
                context, source = _text(node.args[0], constants), _text(node.args[1], {})
                plural = len(node.args) >= 4
            elif callee in wrappers and node.args:
                context, position = wrappers[callee]
                source = _text(node.args[0], {})
                plural = 0 < position < len(node.args) + len(node.keywords)
            else:
                continue
            if context is not None and source is not None:
                messages.append((context, source, plural))
    return messages


# Qt's own texts that its Lithuanian catalogue (qt_lt.qm, from Qt 4) lacks: standard dialog
# buttons and the text-browser context menu.  Translated in our catalogues too; where Qt has
# its own translation (qtbase_cs) that one is installed later and wins.
QT_SUPPLEMENT = [
    *(
        ("QPlatformTheme", text)
        for text in (
            "OK", "&OK", "Save", "&Save", "Save All", "Open", "&Yes", "Yes to &All", "&No",
            "N&o to All", "Abort", "Retry", "Ignore", "Close", "Cancel", "Discard",
            "Don't Save", "Help", "Apply", "Reset", "Restore Defaults",
        )
    ),
    *(
        ("QGnomeTheme", text)
        for text in ("&OK", "&Save", "&Cancel", "&Close", "Close without Saving")
    ),
    *(
        ("QWidgetTextControl", text)
        for text in (
            "&Undo", "&Redo", "Cu&t", "&Copy", "Copy &Link Location", "&Paste", "Delete",
            "Select All",
        )
    ),
]  # fmt: skip


def write_indirect(folder: Path, files: list[str]) -> Path:
    lines = ["from PySide6.QtCore import QCoreApplication\n"]
    supplement = [(context, text, False) for context, text in QT_SUPPLEMENT]
    for context, source, plural in [*indirect_messages(files), *supplement]:
        args = [json.dumps(context, ensure_ascii=False), json.dumps(source, ensure_ascii=False)]
        if plural:
            args += ['""', "1"]
        lines.append(f"QCoreApplication.translate({', '.join(args)})\n")
    stub = folder / "indirect_messages.py"
    stub.write_text("".join(lines), encoding="utf-8")
    return stub


def run_lupdate(targets: list[Path], *, plural_only: bool = False) -> None:
    """lupdate over every app file plus the generated file of indirect messages."""
    files = sources()
    with tempfile.TemporaryDirectory() as tmp:
        stub = write_indirect(Path(tmp), files)
        command = [tool("lupdate"), *files, str(stub), "-no-obsolete", "-locations", "none"]
        if plural_only:
            command.append("-pluralonly")
        subprocess.run(
            [*command, "-ts", *map(str, targets)],
            cwd=ROOT,
            check=True,
            stdout=subprocess.PIPE if targets[0].parent != I18N else None,
        )


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fix_language(path: Path, language: str) -> None:
    """lrelease takes the plural rules from this header, so it must name the right locale."""
    text = path.read_text(encoding="utf-8")
    fixed = re.sub(
        r'<TS version="([^"]+)"[^>]*>', rf'<TS version="\1" language="{language}">', text
    )
    if fixed != text:
        path.write_text(fixed, encoding="utf-8")


def unfinished(path: Path) -> int:
    return path.read_text(encoding="utf-8").count('type="unfinished"')


def update() -> int:
    run_lupdate([ts_path(lang) for lang in LANGUAGES])
    run_lupdate([ts_path(lang) for lang in PLURAL_ONLY], plural_only=True)
    for lang, language in CATALOGUES.items():
        fix_language(ts_path(lang), language)
        print(f"{ts_path(lang).name}: {unfinished(ts_path(lang))} unfinished")
    return 0


def release() -> int:
    lrelease = tool("lrelease")
    lines = []
    for lang in CATALOGUES:
        ts, qm = ts_path(lang), qm_path(lang)
        subprocess.run([lrelease, "-nounfinished", str(ts), "-qm", str(qm)], cwd=ROOT, check=True)
        lines.append(f"{sha256(ts)}  {ts.name}\n")
        lines.append(f"{sha256(qm)}  {qm.name}\n")
        if unfinished(ts):
            print(f"warning: {ts.name} has {unfinished(ts)} unfinished messages", file=sys.stderr)
    HASH_FILE.write_text("".join(lines), encoding="utf-8")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--release", action="store_true", help="compile .ts into .qm (pyside6-lrelease)"
    )
    args = parser.parse_args(argv)
    return release() if args.release else update()


if __name__ == "__main__":
    sys.exit(main())
