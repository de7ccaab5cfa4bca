"""The reader and the printout list a section's sources in the same words: both call
content.source_line (issue 18, one section presenter)."""

from __future__ import annotations

import html
import re

import pytest

from content import load_library
from desktop_app.printouts.sections import sections_job
from desktop_app.reader_pages import section_html

# a source line starts with its citation, "[id] Title..."
_SOURCE_PARAGRAPH = re.compile(r"<p[^>]*>(\[\d+\] .*?)</p>", re.S)


def _source_lines(page: str) -> list[str]:
    return [" ".join(html.unescape(re.sub(r"<[^>]+>", "", m)).split())
            for m in _SOURCE_PARAGRAPH.findall(page)]


@pytest.fixture(scope="module", params=["en", "fr"])
def shipped(request):
    return load_library(language=request.param)


def test_every_section_lists_its_sources_the_same_on_screen_and_on_paper(shipped):
    compared = with_url_and_note = 0
    for section in shipped.sections:
        sources = shipped.source_list(section.sources)
        if not sources:
            continue
        on_screen = _source_lines(section_html(shipped, section))
        on_paper = _source_lines(sections_job(shipped, [section.id]).html)
        assert on_screen == on_paper, section.id
        assert len(on_screen) == len(sources), section.id
        for src, line in zip(sources, on_screen, strict=True):
            assert line.startswith(" ".join(src.citation().split())), section.id
            if src.url and src.note:
                assert src.url in line and f"({' '.join(src.note.split())})" in line
                with_url_and_note += 1
        compared += 1
    assert compared >= 10 and with_url_and_note  # the test saw real sources of every part


def test_only_the_reader_makes_the_address_a_link(library):
    section = next(s for s in library.sections
                   if any(src.url for src in library.source_list(s.sources)))
    url = next(src.url for src in library.source_list(section.sources) if src.url)
    assert f'<a href="{html.escape(url)}">' in section_html(library, section)
    assert f'href="{html.escape(url)}"' not in sections_job(library, [section.id]).html


def _words(blocks: list[str]) -> str:
    """The words of ``blocks``: no tags, no warning sign (the screen's alone), spaces plain."""
    text = html.unescape(re.sub(r"<[^>]+>", " ", " ".join(blocks))).replace("\u26a0", "")
    return " ".join(text.replace("\u00a0", " ").replace("\u2060", "").split())


def test_every_section_is_framed_by_the_shared_blocks_in_the_same_words(shipped):
    """The laws, summary and check notice under the title, and the provisions, sources,
    related sections and closing line after the body, come from one builder
    (content.section_blocks) on screen and on paper: the same words, only the look differs."""
    from content.section_blocks import cited_blocks, lead_blocks
    from desktop_app.printouts.sections import ON_PAPER
    from desktop_app.reader_pages import on_screen as screen_style
    from desktop_app.section_view import section_view

    for section in shipped.sections:
        view = section_view(shipped, section)
        on_screen = section_html(shipped, section)
        on_paper = sections_job(shipped, [section.id]).html
        lead_screen, lead_paper = lead_blocks(view, screen_style()), lead_blocks(view, ON_PAPER)
        assert "\n".join(lead_screen) in on_screen and "".join(lead_paper) in on_paper
        assert _words(lead_screen) == _words(lead_paper), section.id
        screen, paper = cited_blocks(view, screen_style()), cited_blocks(view, ON_PAPER)
        assert on_screen.endswith("\n" + "\n".join(screen)), section.id
        assert "".join(paper) in on_paper, section.id
        assert _words(screen) == _words(paper), section.id
        assert all(p.replace("\u00a0", " ") in _words(screen) for p in view.provisions)
