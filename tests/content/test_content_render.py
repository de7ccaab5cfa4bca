"""Markdown rendering: safe HTML, stable block anchors, plain text for the index."""

from __future__ import annotations

from content import render

MD = """## Heading
First paragraph with a [link](section:beta) and a [term](glossary:consent).

- one
- two

Last <script>alert(1)</script> paragraph.
"""


def test_every_block_has_the_same_anchor_in_html_and_plain_text():
    html = render.to_html(MD)
    blocks = render.plain_blocks(MD)
    assert [b.anchor for b in blocks] == ["b1", "b2", "b3", "b4", "b5"]
    for b in blocks:
        assert f'<a name="{b.anchor}"></a>' in html
    assert blocks[0].heading and blocks[0].text == "Heading"
    assert blocks[1].text == "First paragraph with a link and a term."
    assert [b.kind for b in blocks] == ["heading", "paragraph", "item", "item", "paragraph"]


def test_raw_html_is_escaped_not_passed_through():
    html = render.to_html(MD)
    assert "<script>" not in html
    assert "&lt;script&gt;" in html


def test_dangerous_links_and_images_are_neutralised():
    md = ("[a](javascript:alert(1)) [b](file:///etc/passwd) [c](data:text/html,x) "
          "![pic](https://example.org/track.png) [ok](https://ontario.ca/laws)")
    html = render.to_html(md)
    assert "javascript:" not in html.replace("[a](javascript:alert(1))", "")
    assert 'href="file:' not in html and 'href="data:' not in html
    assert "<img" not in html and "[pic]" in html
    assert 'href="https://ontario.ca/laws"' in html


def test_internal_links_keep_their_scheme():
    html = render.to_html(MD)
    assert 'href="section:beta"' in html and 'href="glossary:consent"' in html
    assert [(lk.href, lk.line) for lk in render.links(MD)] == [("section:beta", 2),
                                                               ("glossary:consent", 2)]


def test_print_mode_shows_section_titles_instead_of_links():
    html = render.to_html(MD, print_mode=True, link_title={"beta": "Beta title"}.get)
    assert "<a href" not in html
    assert "(see: Beta title)" in html


def test_print_mode_does_not_repeat_a_title_that_is_already_the_link_text():
    md = "See [Beta title](section:beta) and [more](section:beta)."
    html = render.to_html(md, print_mode=True, link_title={"beta": "Beta title"}.get)
    assert html.count("(see: Beta title)") == 1
    assert "more <i>(see: Beta title)</i>" in html


def test_print_mode_does_not_repeat_a_title_the_link_text_already_begins():
    md = "See [Telling the person afterwards](section:notice)."
    title = {"notice": "Telling the person afterwards (notice after disclosure)"}.get
    html = render.to_html(md, print_mode=True, link_title=title)
    assert "(see:" not in html


def test_print_mode_does_not_repeat_a_title_whose_words_the_link_text_already_says():
    md = ("See [An ER nurse sees signs of strangulation](section:er) and "
          "[this case](section:er).")
    title = {"er": "Scenario: an ER nurse sees signs of strangulation"}.get
    html = render.to_html(md, print_mode=True, link_title=title)
    assert html.count("(see: Scenario: an ER nurse sees signs of strangulation)") == 1
    assert "this case <i>(see: Scenario" in html
