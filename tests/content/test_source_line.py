"""One source line, on screen and on paper (content/source_line.py)."""

from __future__ import annotations

from content.source_line import source_line_html


def test_the_citation_address_and_note_in_order_all_escaped():
    line = source_line_html("[7] A & B <guide>", "https://example.org/a?b=1&c=2",
                            'said "so"', link=False)
    assert line == ("[7] A &amp; B &lt;guide&gt; \u2014 https://example.org/a?b=1&amp;c=2 "
                    "<i>(said &quot;so&quot;)</i>")


def test_the_reader_gets_the_address_as_a_link_with_the_same_words():
    linked = source_line_html("[7] Guide", "https://example.org/x", "n", link=True)
    assert linked == ('[7] Guide \u2014 <a href="https://example.org/x">https://example.org/x</a>'
                      " <i>(n)</i>")


def test_no_address_or_no_note_leaves_no_stray_dash_or_brackets():
    assert source_line_html("[1] Act", link=True) == "[1] Act"
    assert source_line_html("[1] Act", note="checked", link=False) == "[1] Act <i>(checked)</i>"
    assert source_line_html("[1] Act", "https://e.org", link=False) == "[1] Act \u2014 https://e.org"
