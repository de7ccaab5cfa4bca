"""The blocks around a section page's body, built once for the reader and the printout
(content/section_blocks.py): what each style makes of the same section, to the letter."""

from __future__ import annotations

from dataclasses import dataclass

from content.section_blocks import BlockStyle, cited_blocks, lead_blocks


@dataclass(frozen=True)
class Source:
    citation: str
    url: str = ""
    note: str = ""


@dataclass(frozen=True)
class View:
    origin: str = ""
    tags: tuple[str, ...] = ("PHIPA", "Health")
    summary: str = "When a <custodian> may share."
    check_label: str = "Check the official text."
    check_note: str = "s. 40(1) was amended & is in force."
    provisions_heading: str = "Provisions cited"
    provisions: tuple[str, ...] = ("PHIPA s. 40(1)", "FIPPA s. 42(1)(h)")
    no_provisions: str = "None."
    sources_heading: str = "Sources"
    sources: tuple[Source, ...] = (Source("[1] Guide & notes", "https://e.org/?a=1&b=2", "p. 3"),
                                   Source("[2] Act"))
    related_heading: str = "Related sections"
    related: tuple[tuple[str, str], ...] = (("risk", "Serious <harm>"), ("police", "Police"))
    not_legal_advice: str = "Not legal advice."
    meta: str = "Content version 1 \u00b7 text reviewed 1 May 2026"


SCREEN = BlockStyle(heading="h2", links=True, origin_class="summary", tags_class="tags",
                     notice=lambda inner: f'<div class="notice">{inner}</div>',
                     notice_mark="&#9888; ", source_class="source", closing_class="legal")
PAPER = BlockStyle(heading="h3", links=False, origin_class="", tags_class="meta",
                   notice=lambda inner: f"<table><tr><td>{inner}</td></tr></table>",
                   notice_mark="", source_class="meta", closing_class="meta",
                   citation=lambda p: p.replace(" ", "\u00a0"))


def test_on_screen_links_and_second_level_headings():
    assert cited_blocks(View(), SCREEN) == [
        "<h2>Provisions cited</h2>",
        "<ul><li>PHIPA s. 40(1)</li><li>FIPPA s. 42(1)(h)</li></ul>",
        "<h2>Sources</h2>",
        '<p class="source">[1] Guide &amp; notes \u2014 <a href="https://e.org/?a=1&amp;b=2">'
        "https://e.org/?a=1&amp;b=2</a> <i>(p. 3)</i></p>",
        '<p class="source">[2] Act</p>',
        "<h2>Related sections</h2><ul>",
        '<li><a href="section:risk">Serious &lt;harm&gt;</a></li>',
        '<li><a href="section:police">Police</a></li>',
        "</ul>",
        '<p class="legal">Not legal advice.<br/>Content version 1 \u00b7 text reviewed 1 May '
        "2026</p>",
    ]


def test_on_paper_the_same_words_as_text_each_citation_kept_whole():
    assert "".join(cited_blocks(View(), PAPER)) == (
        "<h3>Provisions cited</h3>"
        "<ul><li>PHIPA\u00a0s.\u00a040(1)</li><li>FIPPA\u00a0s.\u00a042(1)(h)</li></ul>"
        "<h3>Sources</h3>"
        '<p class="meta">[1] Guide &amp; notes \u2014 https://e.org/?a=1&amp;b=2 '
        "<i>(p. 3)</i></p>"
        '<p class="meta">[2] Act</p>'
        "<h3>Related sections</h3><ul><li>Serious &lt;harm&gt;</li><li>Police</li></ul>"
        '<p class="meta">Not legal advice.<br/>Content version 1 \u00b7 text reviewed 1 May '
        "2026</p>")


def test_no_provisions_says_why_and_empty_lists_leave_no_heading():
    view = View(provisions=(), no_provisions="This section explains a process & cites none.",
                sources=(), related=())
    for style, h, closing in ((SCREEN, "h2", "legal"), (PAPER, "h3", "meta")):
        assert cited_blocks(view, style) == [
            f"<{h}>Provisions cited</{h}>",
            "<p>This section explains a process &amp; cites none.</p>",
            f'<p class="{closing}">Not legal advice.<br/>Content version 1 \u00b7 text '
            "reviewed 1 May 2026</p>"]


def test_every_text_is_escaped_even_in_a_link_target_and_a_heading():
    view = View(provisions_heading='<b>"x"</b>', provisions=("<i>",),
                related=(('a"><script>', "t"),), meta="&")
    html = "".join(cited_blocks(view, SCREEN))
    assert "<script>" not in html and "<i>" not in html.replace("<i>(p. 3)</i>", "")
    assert '<h2>&lt;b&gt;&quot;x&quot;&lt;/b&gt;</h2>' in html
    assert 'href="section:a&quot;&gt;&lt;script&gt;"' in html
    assert html.endswith("<br/>&amp;</p>")


def test_under_the_title_each_style_sets_the_same_words():
    view = View(origin="From Agency & Co.'s own content pack.")
    assert lead_blocks(view, SCREEN) == [
        '<p class="summary"><b>From Agency &amp; Co.&#x27;s own content pack.</b></p>',
        '<p class="tags">PHIPA \u00b7 Health</p>',
        '<p class="summary">When a &lt;custodian&gt; may share.</p>',
        '<div class="notice"><b>&#9888; Check the official text.</b> s. 40(1) was amended '
        "&amp; is in force.</div>"]
    assert lead_blocks(view, PAPER) == [
        "<p><b>From Agency &amp; Co.&#x27;s own content pack.</b></p>",
        '<p class="meta">PHIPA \u00b7 Health</p>',
        '<p class="summary">When a &lt;custodian&gt; may share.</p>',
        "<table><tr><td><b>Check the official text.</b> s. 40(1) was amended &amp; is in "
        "force.</td></tr></table>"]


def test_a_guide_section_with_nothing_to_check_has_only_its_summary_under_the_title():
    view = View(tags=(), check_note="")
    assert lead_blocks(view, SCREEN) == lead_blocks(view, PAPER) == [
        '<p class="summary">When a &lt;custodian&gt; may share.</p>']
    assert lead_blocks(View(tags=(), summary="", check_note=""), SCREEN) == []
