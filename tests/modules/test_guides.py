"""The setup guides: complete in every language, consistent anchors, working links, own words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop.mail.guidance import TROUBLESHOOTING_GUIDE, Guidance
from desktop.modules.guides import (
    GUIDE_NAMES,
    LANGUAGES,
    guide_for_guidance,
    guide_path,
    load_guide,
    parse_guide,
)
from desktop.paths import guides_dir
from tests.required import SHARED, missing, require_shared

# The "last updated" line in each language's date format (a guide gets its own date).
UPDATED_LINES = {
    "en": r"_Last updated: \d{4}-\d{2}-\d{2}_",
    "lt": r"_Atnaujinta: \d{4}-\d{2}-\d{2}_",
    "cs": r"_Aktualizováno: \d{1,2}\. \d{1,2}\. \d{4}_",
}
SECTION = re.compile(r"^## .+ \{#([a-z0-9_-]+)\}$")
LINK = re.compile(r"\]\(([^)\s]+)\)")
#: Competitor help pages the guides were researched from: ``../shared/seeds`` beside the project.
SEEDS_DIR = SHARED / "seeds"

ALL = [(name, lang) for name in GUIDE_NAMES for lang in LANGUAGES]


def _text(name: str, lang: str) -> str:
    return guide_path(name, lang).read_text(encoding="utf-8")


def _anchors(name: str, lang: str) -> list[str]:
    return [m.group(1) for line in _text(name, lang).splitlines() if (m := SECTION.match(line))]


@pytest.mark.parametrize(("name", "lang"), ALL)
def test_guide_exists_with_title_and_updated_line(name: str, lang: str) -> None:
    lines = _text(name, lang).splitlines()
    assert lines[0].startswith("# ") and len(lines[0]) > 3
    assert lines[1] == ""
    assert re.fullmatch(UPDATED_LINES[lang], lines[2]), lines[2]


@pytest.mark.parametrize(("name", "lang"), ALL)
def test_every_heading_has_a_valid_unique_anchor(name: str, lang: str) -> None:
    headings = [line for line in _text(name, lang).splitlines() if line.startswith("## ")]
    assert headings
    for line in headings:
        assert SECTION.match(line), f"{lang}/{name}.md: bad section heading {line!r}"
    anchors = _anchors(name, lang)
    assert len(anchors) == len(set(anchors))


@pytest.mark.parametrize("name", GUIDE_NAMES)
def test_same_anchors_in_every_language(name: str) -> None:
    english = _anchors(name, "en")
    for lang in LANGUAGES[1:]:
        assert _anchors(name, lang) == english, f"{lang}/{name}.md"


def test_no_stray_guide_files() -> None:
    for lang in LANGUAGES:
        stems = {path.stem for path in (guides_dir() / lang).glob("*.md")}
        assert stems == set(GUIDE_NAMES), lang


@pytest.mark.parametrize("lang", LANGUAGES)
def test_troubleshooting_covers_every_guidance_key(lang: str) -> None:
    assert TROUBLESHOOTING_GUIDE in GUIDE_NAMES
    anchors = set(_anchors(TROUBLESHOOTING_GUIDE, lang))
    missing = {key.value for key in Guidance} - anchors
    assert not missing, f"{lang}/troubleshooting.md lacks {sorted(missing)}"
    guide = load_guide(TROUBLESHOOTING_GUIDE, lang)
    for key in Guidance:
        name, anchor = guide_for_guidance(key.value)
        assert name == TROUBLESHOOTING_GUIDE and guide.heading(anchor)


@pytest.mark.parametrize(("name", "lang"), ALL)
def test_links_point_to_existing_guides_and_anchors(name: str, lang: str) -> None:
    for target in LINK.findall(_text(name, lang)):
        assert "gmass" not in target.lower()
        if target.startswith(("http://", "https://", "mailto:")):
            continue
        file_part, _, anchor = target.partition("#")
        stem = file_part.removesuffix(".md") if file_part else name
        assert file_part == "" or file_part.endswith(".md"), target
        assert stem in GUIDE_NAMES, f"{lang}/{name}.md links to missing {target}"
        if anchor:
            assert anchor in _anchors(stem, lang), f"{lang}/{name}.md: broken {target}"


@pytest.mark.parametrize(("name", "lang"), ALL)
def test_no_competitor_names(name: str, lang: str) -> None:
    text = _text(name, lang).lower()
    for word in ("invoice123", "vyfakturuj", "simpleshop", "gmass"):
        assert word not in text, f"{lang}/{name}.md mentions {word}"


def _seed_lines() -> list[str]:
    if not SEEDS_DIR.is_dir():
        return []
    lines: set[str] = set()
    for path in sorted(SEEDS_DIR.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if len(line.strip()) > 40:
                lines.add(" ".join(line.split()).lower())
    return sorted(lines)


def test_no_sentence_copied_from_the_seeds() -> None:
    require_shared("seeds")
    seeds = _seed_lines()
    if not seeds:
        missing(f"no seed pages (*.txt) in {SEEDS_DIR}")
    for name, lang in ALL:
        text = " ".join(_text(name, lang).split()).lower()
        for seed in seeds:
            assert seed not in text, f"{lang}/{name}.md copies: {seed[:60]}"


def test_load_guide_strips_markers_and_maps_sections() -> None:
    guide = load_guide("gmail", "lt")
    assert guide.lang == "lt" and guide.title
    assert "{#" not in guide.markdown
    assert guide.sections["app-password"] in guide.markdown
    assert guide.updated == "Atnaujinta: 2026-11-26"


def test_load_guide_falls_back_to_english(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    text = "# Gmail {#top}\n\n_Last updated: 2026-11-26_\n\n## Settings {#gmail}\n\nText.\n"
    (tmp_path / "en" / "gmail.md").write_text(text, encoding="utf-8")
    guide = load_guide("gmail", "cs", root=tmp_path)
    assert guide.lang == "en"
    assert guide.title == "Gmail"
    assert guide.sections == {"gmail": "Settings"}
    assert "## Settings\n" in guide.markdown


def test_unknown_guide_is_rejected() -> None:
    with pytest.raises(ValueError, match="unknown guide"):
        load_guide("nonexistent", "en")


def test_parse_guide_keeps_plain_headings() -> None:
    guide = parse_guide("x", "en", "# T\n\n_Updated_\n\n## Plain\n")
    assert guide.sections == {}
    assert "## Plain" in guide.markdown
