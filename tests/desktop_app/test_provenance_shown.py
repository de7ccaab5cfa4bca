"""Where the content comes from is said plainly where users first meet the app (issue 13)."""

from __future__ import annotations

import html

from desktop_app.dialogs import about_html
from desktop_app.reader_pages import home_html


def _text(markup: str) -> str:
    return " ".join(html.unescape(markup).split())


def test_start_page_and_about_box_say_the_guidance_text_was_not_available(library):
    provenance = " ".join(library.manifest.provenance.split())
    assert "not available" in provenance
    for page in (home_html(library), about_html(library)):
        text = _text(page)
        assert provenance in text
        assert "Based on" not in text  # the content is not based on a text we never had
