"""content.html_escape.esc is html.escape(quote=True) without importing :mod:`html` before the
first paint (docs/architecture.md says why): compared with the standard library on every
code point, on generated text (astral characters, lone surrogates: a file name Python
could not decode reaches a problem message as one), and on None and other objects."""

from __future__ import annotations

import html
import sys
from decimal import Decimal
from fractions import Fraction
from pathlib import PurePosixPath

from hypothesis import given, settings
from hypothesis import strategies as st

from content.html_escape import esc

SPECIAL = "&<>\"'"


def test_every_code_point_alone_and_beside_each_special_character():
    for cp in range(sys.maxunicode + 1):
        ch = chr(cp)
        assert esc(ch) == html.escape(ch, quote=True), hex(cp)
    for ch in SPECIAL + "\ud800\udfff\U0001f600;#x27amp":
        for other in SPECIAL:
            for text in (ch + other, other + ch, ch * 2 + other * 3):
                assert esc(text) == html.escape(text, quote=True), repr(text)


#: any character at all: astral ones, lone surrogates, controls, noncharacters
ANY_CHAR = st.one_of(st.characters(codec=None),
                     st.characters(categories=["Cs"]),
                     st.sampled_from(SPECIAL + "&amp;&#x27;&lt;"),
                     st.characters(min_codepoint=0x10000))


@settings(max_examples=600, deadline=None)
@given(st.text(ANY_CHAR, max_size=60))
def test_generated_text_is_escaped_as_html_escape_escapes_it(text):
    assert esc(text) == html.escape(text, quote=True)


class _Shown:
    def __str__(self) -> str:
        return "<b class='x'>&</b>"


class _Text(str):
    pass


def test_none_is_empty_and_anything_else_is_escaped_as_its_str():
    assert esc(None) == ""
    others: list[object] = [0, -1, 10**30, 1.5, float("nan"), True, False, Decimal("1.0"),
                            Fraction(1, 3), b"<a>", [1, "<"], ("'", '"'), {"&": 1},
                            PurePosixPath("/tmp/<x>&y"), ValueError("bad <tag> & 'quote'"),
                            _Shown(), _Text("<sub & 'class'>"), object, "", "plain"]
    for value in others:
        assert esc(value) == html.escape(str(value), quote=True), repr(value)
    assert type(esc(_Text("a"))) is str  # a plain str, whatever came in


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.integers(), st.floats(), st.booleans(), st.binary(max_size=20),
                 st.lists(st.text(ANY_CHAR, max_size=5), max_size=4)))
def test_generated_objects_are_escaped_as_their_str(value):
    assert esc(value) == html.escape(str(value), quote=True)
