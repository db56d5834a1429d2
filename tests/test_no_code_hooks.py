"""The shipped package runs only the code it ships: no ``exec``/``eval``/``compile``, no ``runpy``.

End-to-end tests and benchmarks used to reach into the running app through hooks in the
product that executed a file named by an environment variable.  They now drive it from
``tests/app_runner.py`` and ``benchmarks/first_paint.py``; this keeps such a hook from coming
back by accident.
"""

from __future__ import annotations

import ast
from pathlib import Path

DESKTOP = Path(__file__).resolve().parent.parent / "desktop"
CODE_RUNNERS = {"exec", "eval", "compile"}


def _offences(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            if node.func.id in CODE_RUNNERS:
                found.append(f"{path}:{node.lineno}: {node.func.id}()")
        elif isinstance(node, ast.Import | ast.ImportFrom):
            names = [alias.name for alias in node.names]
            if "runpy" in names or (isinstance(node, ast.ImportFrom) and node.module == "runpy"):
                found.append(f"{path}:{node.lineno}: runpy")
    return found


def test_desktop_runs_no_code_from_outside_the_package() -> None:
    offences = [o for path in sorted(DESKTOP.rglob("*.py")) for o in _offences(path)]
    assert offences == []


def test_the_check_sees_an_exec_hook(tmp_path: Path) -> None:
    hook = tmp_path / "hook.py"
    hook.write_text("import os, runpy\nexec(compile(open(os.environ['X']).read(), 'x', 'exec'))\n")
    assert len(_offences(hook)) == 3
