"""The in-app setup guides: Markdown files in ``i18n/guides/<lang>/<name>.md``.

A guide starts with ``# Title``, has a "last updated" line on line 3, and its sections are
``## Heading {#anchor}``.  Qt's ``QTextBrowser.setMarkdown`` does not understand the
``{#anchor}`` markers, so they are stripped here and returned separately: the UI looks the
heading text up in ``Guide.sections`` to scroll to it.  A missing translation falls back to
English; a missing English guide is our bug and raises ``FileNotFoundError``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from desktop.paths import guides_dir

#: The guide file stems; every language has the same set.
GUIDE_NAMES: tuple[str, ...] = (
    "smtp-module",
    "gmail",
    "czech-providers",
    "lithuanian-hosting",
    "microsoft",
    "oauth",
    "other-providers",
    "troubleshooting",
    "einvoices",
)

LANGUAGES: tuple[str, ...] = ("en", "lt", "cs")
FALLBACK_LANGUAGE = "en"

#: The guide that has one section per ``desktop.mail.guidance.Guidance`` value.
TROUBLESHOOTING = "troubleshooting"

_HEADING = re.compile(r"^(#{2,6})\s+(?P<text>.*?)\s*\{#(?P<anchor>[a-z0-9_-]+)\}\s*$")
_MARKER = re.compile(r"\s*\{#[a-z0-9_-]+\}\s*$")
_UPDATED = re.compile(r"^_(?P<text>[^_]+)_\s*$")


@dataclass(frozen=True)
class Guide:
    """One guide in one language, ready for ``QTextBrowser.setMarkdown``."""

    name: str
    lang: str
    title: str
    updated: str
    markdown: str
    sections: dict[str, str] = field(default_factory=dict)

    def heading(self, anchor: str) -> str | None:
        """The heading text for ``anchor``, or ``None`` if this guide has no such section."""
        return self.sections.get(anchor)


def guide_path(name: str, lang: str, root: Path | None = None) -> Path:
    """Where the guide ``name`` in ``lang`` would be; the file may not exist."""
    return (root or guides_dir()) / lang / f"{name}.md"


def parse_guide(name: str, lang: str, text: str) -> Guide:
    """Split a guide's text into title, updated line, plain Markdown and section anchors."""
    lines = text.splitlines()
    title = ""
    if lines and lines[0].startswith("# "):
        title = _MARKER.sub("", lines[0][2:]).strip()
    updated = ""
    if len(lines) > 2:
        match = _UPDATED.match(lines[2].strip())
        if match:
            updated = match.group("text").strip()
    sections: dict[str, str] = {}
    out: list[str] = []
    for index, line in enumerate(lines):
        if index == 0 and title:
            out.append(f"# {title}")
            continue
        match = _HEADING.match(line)
        if match is None:
            out.append(line)
            continue
        heading = match.group("text")
        sections[match.group("anchor")] = heading
        out.append(f"{match.group(1)} {heading}")
    return Guide(name, lang, title, updated, "\n".join(out) + "\n", sections)


def load_guide(name: str, lang: str, root: Path | None = None) -> Guide:
    """Read a guide, falling back to English when ``lang`` has no such file.

    The returned ``Guide.lang`` says which language was actually loaded.
    """
    if name not in GUIDE_NAMES:
        raise ValueError(f"unknown guide: {name!r}")
    path = guide_path(name, lang, root)
    if not path.is_file():
        lang = FALLBACK_LANGUAGE
        path = guide_path(name, lang, root)
    return parse_guide(name, lang, path.read_text(encoding="utf-8"))


def guide_for_guidance(key: str) -> tuple[str, str]:
    """The (guide name, anchor) that explains a guidance key from the mail layer."""
    return TROUBLESHOOTING, key
