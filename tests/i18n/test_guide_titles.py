"""An error's title and the guide heading it opens are the same words, in every language.

The pane and the SMTP test say "Je vyžadováno heslo aplikace" and link to the guide's
section; the section must not greet the user with "Je potřeba heslo aplikace".  Links to a
section from the other guides use the same words too.
"""

from __future__ import annotations

import re

import pytest

from desktop.mail.guidance import Guidance
from desktop.modules.guides import GUIDE_NAMES, guide_for_guidance, load_guide

LINK = re.compile(r"\[([^\]]+)\]\(([a-z-]*\.md|)#([a-z0-9_-]+)\)")


@pytest.mark.parametrize("lang", ["en", "lt", "cs"])
def test_error_titles_equal_the_headings_they_open(lang: str, english_afterwards: None) -> None:
    from desktop.ui.mail.guidance_text import guidance_title
    from desktop.ui.shell.app import ensure_application
    from desktop.ui.shell.translations import install_translators

    ensure_application([])
    install_translators(lang)
    titles = {g.value: guidance_title(g) for g in Guidance}
    for key, title in titles.items():
        name, anchor = guide_for_guidance(key)
        heading = load_guide(name, lang).heading(anchor)
        assert heading == title, (lang, key, title, heading)
    for name in GUIDE_NAMES:
        for text, target, anchor in LINK.findall(load_guide(name, lang).markdown):
            if anchor in titles and target in ("", "troubleshooting.md"):
                assert text == titles[anchor], (lang, name, text, titles[anchor])
