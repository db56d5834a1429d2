"""``--self-test``: one line per check, exit 0 only when nothing failed, never the real data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop.__main__ import main
from desktop.ui.shell import selftest

CORE_CHECKS = ("resources", "database", "sqlite-fts5", "pdf-lt", "pdf-cs", "qt", "keyring", "tls")


def _statuses(output: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for line in output.splitlines()[1:-1]:
        status, name, *_ = line.split()
        found[name] = status
    return found


@pytest.fixture
def no_real_data_dir(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse() -> Path:
        raise AssertionError("the self-test must not use the real data dir")

    monkeypatch.setattr("desktop.paths.default_data_dir", refuse)
    monkeypatch.setattr("desktop.ui.shell.app.default_data_dir", refuse)


def test_report_has_every_check_and_core_checks_pass(
    qapp: Any, capsys: pytest.CaptureFixture[str], no_real_data_dir: None
) -> None:
    code = main(["--self-test"])
    output = capsys.readouterr().out
    statuses = _statuses(output)
    assert set(CORE_CHECKS) | {"i18n-lt", "i18n-cs"} == set(statuses), output
    for name in CORE_CHECKS:
        assert statuses[name] == "OK", output
    assert output.splitlines()[0].startswith("faktura ")
    assert code == (1 if "FAIL" in statuses.values() else 0)


def test_a_failed_check_fails_the_run(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(selftest, "fonts_dir", lambda: tmp_path / "nowhere")
    assert selftest.run_self_test() == 1
    output = capsys.readouterr().out
    assert _statuses(output)["resources"] == "FAIL"
    assert output.splitlines()[-1].startswith("FAILED: resources"), output


def test_translation_source_without_compiled_catalogue_fails(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "desktop_lt.ts").write_text("<TS/>", encoding="utf-8")
    monkeypatch.setattr(selftest, "i18n_dir", lambda: tmp_path)
    monkeypatch.setattr("desktop.ui.shell.translations.i18n_dir", lambda: tmp_path)
    lt = selftest._run("i18n-lt", lambda: selftest.check_translation("lt"))
    cs = selftest._run("i18n-cs", lambda: selftest.check_translation("cs"))
    assert lt.status == selftest.FAIL
    assert "desktop_lt.qm" in lt.detail
    assert cs.status == selftest.WARN  # nothing to translate from yet: said, not failed


def test_unusable_keyring_is_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.mail import secrets

    status = secrets.KeyringStatus(False, "keyring.backends.fail.Keyring", "no backend")
    monkeypatch.setattr(secrets, "keyring_status", lambda: status)
    result = selftest._run("keyring", selftest.check_keyring)
    assert result.status == selftest.WARN
    assert "session only" in result.detail


def test_the_scratch_folder_is_removed(
    qapp: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    selftest.run_self_test()
    capsys.readouterr()
    assert not any(tmp_path.glob("faktura-selftest-*"))
