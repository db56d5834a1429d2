"""A missing tool or shared folder skips on a developer's machine and fails in CI."""

from __future__ import annotations

import pytest

from tests.required import ROOT, SHARED, require_shared, require_tools


def test_the_shared_folder_is_beside_the_project_root() -> None:
    assert (ROOT / "pyproject.toml").is_file()
    assert ROOT.parent / "shared" == SHARED


@pytest.mark.parametrize("ci", ["true", ""])
def test_missing_tool_fails_in_ci_and_skips_elsewhere(
    monkeypatch: pytest.MonkeyPatch, ci: str
) -> None:
    monkeypatch.setenv("CI", ci)
    monkeypatch.delenv("FAKTURA_REQUIRE_TOOLS", raising=False)
    expected = pytest.fail.Exception if ci else pytest.skip.Exception
    with pytest.raises(expected, match="apt-get install no-such-package"):
        require_tools("no-such-package", "no-such-tool-faktura")
    with pytest.raises(expected, match="no-such-folder"):
        require_shared("no-such-folder")


def test_present_tools_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    require_tools("coreutils", "ls")
