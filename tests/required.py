"""What a test needs from outside the checkout: a skip on a developer's machine, a failure in CI.

A tool or folder the suite relies on (poppler's ``pdftoppm``/``pdffonts``, zbar's ``zbarimg``,
the shared folder ``../shared`` beside the project root) may be missing where someone runs a
few tests by hand; there a skip says what to install. In CI (``CI=true``, or
``FAKTURA_REQUIRE_TOOLS=1``) every one of them must be there, so a missing one fails the run
instead of passing silently with fewer checks.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

#: The project root (the folder with pyproject.toml) and the shared folder beside it.
ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def strict() -> bool:
    """True where nothing may be skipped for want of a tool (CI)."""
    return os.environ.get("CI", "").lower() == "true" or bool(
        os.environ.get("FAKTURA_REQUIRE_TOOLS")
    )


def missing(reason: str) -> None:
    """Skip with ``reason``, or fail with it in CI."""
    if strict():
        pytest.fail(f"required here (CI): {reason}", pytrace=False)
    pytest.skip(reason)


def require_tools(package: str, *tools: str) -> None:
    """Every program in ``tools`` on PATH (Debian ``package`` has them), or skip/fail."""
    absent = [tool for tool in tools if not shutil.which(tool)]
    if absent:
        missing(f"needs {', '.join(absent)}: apt-get install {package}")


def require_shared(relative: str) -> Path:
    """A folder under ``../shared`` relative to the project root, or skip/fail."""
    folder = SHARED / relative
    if not folder.is_dir():
        missing(f"the shared folder has no {relative}/ (looked in {folder})")
    return folder
