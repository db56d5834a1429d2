"""The Lithuanian and Czech catalogues: complete, consistent with the code, compiled.

A message is only useful if it is finished, keeps every placeholder and tag of its source
(``%1`` left out means a value silently disappears from the sentence), and reaches the
``.qm`` the app loads.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

from tests.i18n.conftest import ROOT

LANGUAGES = {"lt": "lt_LT", "cs": "cs_CZ"}
CATALOGUES = sorted([*LANGUAGES, "en"])  # English: plural forms only
PLACEHOLDER = re.compile(r"%L?\d|%n|\{[A-Za-z_]\w*\}")
TAG = re.compile(r"<[^<>]+>")
MNEMONIC = re.compile(r"&(?!&|[A-Za-z]+;|#\d+;)\S")

# The glossary's exact button and module names (i18n/GLOSSARY.md, TERMS.md).
GLOSSARY = {
    ("SmtpSettingsForm", "Update settings"): {
        "lt": "Atnaujinti nustatymus",
        "cs": "Uložit nastavení",
    },
    ("SmtpSettingsForm", "Test connection"): {"lt": "Tikrinti ryšį", "cs": "Otestovat připojení"},
    ("Modules", "Email sending via SMTP"): {
        "lt": "El. laiškų siuntimas per SMTP",
        "cs": "Odesílání e-mailů přes SMTP",
    },
}


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translations: tuple[str, ...]
    numerus: bool
    unfinished: bool

    @property
    def where(self) -> str:
        return f"[{self.context}] {self.source!r}"


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            messages.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    forms,
                    numerus,
                    translation.get("type") in ("unfinished", "obsolete", "vanished"),
                )
            )
    return messages


def ts_file(lang: str) -> Path:
    return ROOT / "i18n" / f"desktop_{lang}.ts"


@pytest.fixture(scope="module", params=sorted(LANGUAGES))
def lang(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="module")
def messages(lang: str) -> list[Message]:
    return read_ts(ts_file(lang))


def test_header_names_the_locale(lang: str) -> None:
    """lrelease takes the plural rules from this attribute."""
    root = ET.parse(ts_file(lang)).getroot()
    assert root.get("language") == LANGUAGES[lang]


def test_every_message_is_finished(messages: list[Message]) -> None:
    assert messages
    unfinished = [
        m.where for m in messages if m.unfinished or not all(t.strip() for t in m.translations)
    ]
    assert not unfinished, f"{len(unfinished)} unfinished: {unfinished[:20]}"


def test_placeholders_match_the_source(messages: list[Message]) -> None:
    wrong = []
    for m in messages:
        expected = Counter(PLACEHOLDER.findall(m.source))
        for text in m.translations:
            if Counter(PLACEHOLDER.findall(text)) != expected:
                wrong.append(f"{m.where} -> {text!r}")
    assert not wrong, "\n".join(wrong)


def test_html_tags_match_the_source(messages: list[Message]) -> None:
    wrong = []
    for m in messages:
        expected = Counter(TAG.findall(m.source))
        for text in m.translations:
            if Counter(TAG.findall(text)) != expected:
                wrong.append(f"{m.where} -> {text!r}")
    assert not wrong, "\n".join(wrong)


def test_mnemonics_are_kept(messages: list[Message]) -> None:
    """A menu title with ``&File`` must keep one ``&`` key in every language."""
    wrong = [
        f"{m.where} -> {text!r}"
        for m in messages
        for text in m.translations
        if len(MNEMONIC.findall(text)) != len(MNEMONIC.findall(m.source))
    ]
    assert not wrong, "\n".join(wrong)


def test_plurals_have_three_forms(messages: list[Message]) -> None:
    """lt: 1, 21… / 2–9, 22… / 0, 10–20…; cs: 1 / 2–4 / 5+ — three forms each."""
    plural = [m for m in messages if m.numerus]
    assert plural, "the catalogue should contain %n plural messages"
    wrong = [f"{m.where}: {len(m.translations)} forms" for m in plural if len(m.translations) != 3]
    assert not wrong, wrong
    assert all("%n" in m.source for m in plural)


def test_glossary_terms(messages: list[Message], lang: str) -> None:
    found = {(m.context, m.source): m.translations[0] for m in messages}
    for key, expected in GLOSSARY.items():
        assert key in found, f"{key} is no longer in the code"
        assert found[key] == expected[lang], key


def test_catalogues_cover_every_string_in_the_code(
    update_script: ModuleType, tmp_path: Path
) -> None:
    """Re-extract from today's sources; every message must already be in both catalogues."""
    probe = tmp_path / "desktop_lt.ts"
    update_script.run_lupdate([probe])
    extracted = {(m.context, m.source) for m in read_ts(probe)}
    assert len(extracted) > 100
    for lang in LANGUAGES:
        have = {(m.context, m.source) for m in read_ts(ts_file(lang))}
        missing = sorted(extracted - have)
        assert not missing, (
            f"desktop_{lang}.ts lacks {len(missing)} message(s); run `python i18n/update.py`, "
            f"translate, then `python i18n/update.py --release`: {missing[:15]}"
        )


def test_helper_wrapped_strings_are_extracted(update_script: ModuleType, tmp_path: Path) -> None:
    """``_t("…")`` helpers and contexts held in constants are invisible to lupdate alone."""
    probe = tmp_path / "probe.py"
    probe.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "_CONTEXT = 'Probe'\n"
        "def _t(text: str, n: int = -1) -> str:\n"
        "    return QCoreApplication.translate(_CONTEXT, text, None, n)\n"
        "def QT_TRANSLATE_NOOP(context: str, text: str) -> str:\n"
        "    return text\n"
        "A = _t('Plain ' 'joined')\n"
        "B = _t('%n file(s)', 3)\n"
        "C = QT_TRANSLATE_NOOP(_CONTEXT, 'Marked')\n",
        encoding="utf-8",
    )
    found = set(update_script.indirect_messages([str(probe)]))
    assert found == {
        ("Probe", "Plain joined", False),
        ("Probe", "%n file(s)", True),
        ("Probe", "Marked", False),
    }


def recorded_hashes() -> dict[str, str]:
    lines = (ROOT / "i18n" / "qm.sha256").read_text(encoding="utf-8").splitlines()
    return {name: digest for digest, name in (line.split() for line in lines if line.strip())}


@pytest.mark.parametrize("lang", CATALOGUES)
def test_qm_was_compiled_from_the_current_ts(update_script: ModuleType, lang: str) -> None:
    """Git does not keep mtimes, so freshness is checked by content: ts hash at compile time."""
    hashes = recorded_hashes()
    ts, qm = ts_file(lang), ROOT / "i18n" / f"desktop_{lang}.qm"
    assert qm.is_file(), f"{qm.name} is missing; run `python i18n/update.py --release`"
    stale = f"{qm.name} is older than {ts.name}: run `python i18n/update.py --release`"
    assert hashes.get(ts.name) == update_script.sha256(ts), stale
    assert hashes.get(qm.name) == update_script.sha256(qm), f"{qm.name} changed after compiling"


@pytest.mark.parametrize("lang", CATALOGUES)
def test_qm_matches_a_fresh_compile(update_script: ModuleType, lang: str, tmp_path: Path) -> None:
    lrelease = update_script.tool("lrelease")
    if shutil.which(lrelease) is None:  # pragma: no cover - PySide6 ships it
        pytest.skip("pyside6-lrelease is not installed")
    fresh = tmp_path / f"desktop_{lang}.qm"
    subprocess.run(
        [lrelease, "-nounfinished", str(ts_file(lang)), "-qm", str(fresh)],
        check=True,
        capture_output=True,
    )
    committed = ROOT / "i18n" / f"desktop_{lang}.qm"
    assert fresh.read_bytes() == committed.read_bytes(), (
        f"{committed.name} is stale: run `python i18n/update.py --release`"
    )


def test_english_catalogue_has_every_plural_in_two_forms() -> None:
    """The plural messages of the code, as the Lithuanian catalogue lists them, and no other."""
    english = read_ts(ts_file("en"))
    plurals = {(m.context, m.source) for m in read_ts(ts_file("lt")) if m.numerus}
    assert {(m.context, m.source) for m in english} == plurals
    for message in english:
        assert message.numerus and not message.unfinished, message.where
        one, many = message.translations
        assert "(s)" not in one + many and "%n" in one and "%n" in many, message.where
