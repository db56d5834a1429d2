"""Cheap static checks of the PyInstaller build: the real build runs in ``.ci/build.sh``."""

from __future__ import annotations

import ast
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build.spec"


def _spec_text() -> str:
    return SPEC.read_text(encoding="utf-8")


def _string_constants() -> set[str]:
    tree = ast.parse(_spec_text(), filename=str(SPEC))
    return {
        n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
    }


def test_spec_is_valid_python() -> None:
    ast.parse(_spec_text(), filename=str(SPEC))


def test_spec_ships_the_data_the_app_reads() -> None:
    strings = _string_constants()
    for folder in ("resources", "i18n/guides", "desktop/storage/migrations"):
        assert folder in strings, folder
    assert "*.mako" in strings
    assert "keyring" in strings  # metadata: keyring finds its backends through entry points
    assert "keyring.backends" in strings
    for module in ("secretstorage", "jeepney", "truststore"):
        assert module in strings, module
    for module in ("sqlalchemy.dialects.postgresql.psycopg", "psycopg", "psycopg_binary"):
        assert module in strings, module  # team mode in the installed app


def test_the_shipped_files_exist() -> None:
    for relative in (
        "resources/fonts/OFL.txt",
        "resources/icons/faktura.svg",
        "resources/icons/faktura.ico",
        "desktop/storage/migrations/env.py",
        "desktop/storage/migrations/script.py.mako",
        "desktop/__main__.py",
    ):
        assert (ROOT / relative).is_file(), relative
    assert any((ROOT / "desktop/storage/migrations/versions").glob("0001_*.py"))


def test_spec_excludes_unused_qt_and_tk() -> None:
    strings = _string_constants()
    for name in ("QtQml", "QtQuick", "QtWebEngineCore", "QtMultimedia", "QtDesigner", "tkinter"):
        assert name in strings, name


def test_spec_has_platform_metadata() -> None:
    text = _spec_text()
    strings = _string_constants()
    assert "lt.faktura.desktop" in strings
    assert 'sys.platform == "darwin"' in text
    assert "VSVersionInfo" in text
    assert "__version__" in strings  # the version comes from the package, not a copy


def test_ci_build_script_smoke_tests_the_binary() -> None:
    script = ROOT / ".ci" / "build.sh"
    text = script.read_text(encoding="utf-8")
    assert os.access(script, os.X_OK)
    for needle in ("build.spec", "--version", "--self-test", "timeout 8", "du -sh"):
        assert needle in text, needle


def test_the_spec_bakes_default_client_ids_from_the_environment() -> None:
    strings = _string_constants()
    assert "FAKTURA_OAUTH_MICROSOFT_CLIENT_ID" in strings
    assert "FAKTURA_OAUTH_GOOGLE_CLIENT_ID" in strings
    assert not (ROOT / "desktop" / "mail" / "oauth" / "_build_ids.py").exists()
