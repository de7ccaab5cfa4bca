"""Typo correction against the index vocabulary (the deletion map)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.spelling import Corrector, osa_distance

VOCAB = {"consent": 50, "consensus": 2, "police": 40, "policy": 30, "warrant": 9,
         "strangled": 3, "shelter": 20, "custodian": 25, "notice": 15, "abc": 1}


@pytest.mark.parametrize(("word", "expected"), [
    ("consnet", "consent"),  # swapped letters
    ("consen", "consent"),  # one letter missing
    ("connsent", "consent"),  # one letter extra
    ("consant", "consent"),  # one letter wrong
    ("polise", "police"),
    ("pollice", "police"),
    ("plice", "police"),
    ("stangled", "strangled"),
    ("strangeld", "strangled"),
    ("custodain", "custodian"),
    ("sheltr", "shelter"),
    ("warrent", "warrant"),
    ("notce", "notice"),
])
def test_corrections(word, expected):
    assert Corrector(VOCAB).correct(word) == expected


@pytest.mark.parametrize("word", ["consent", "xyzzyq", "ab", "12345", "qqqqqqqqqq"])
def test_no_correction(word):
    assert Corrector(VOCAB).correct(word) is None


def test_short_words_allow_one_edit_only():
    c = Corrector({"cas": 5, "law": 5})
    assert c.correct("cax") == "cas"
    assert c.correct("cxx") is None


def test_frequency_breaks_ties():
    c = Corrector({"polite": 1, "police": 100})
    assert c.correct("polioe") == "police"


def test_extra_words_are_offered():
    c = Corrector({"consent": 3}, {"cops": 1})
    assert c.correct("cosp") == "cops"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdefghij", max_size=8), st.text(alphabet="abcdefghij", max_size=8))
def test_osa_distance_is_a_bounded_edit_distance(a, b):
    d = osa_distance(a, b, 3)
    assert d == osa_distance(b, a, 3)
    assert (d == 0) == (a == b)
    assert d <= max(len(a), len(b)) or d == 4
    if len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1:
        assert d == 1


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(sorted(w for w in VOCAB if len(w) >= 5)), st.integers(0, 10),
       st.sampled_from("abcdefghijklmnopqrstuvwxyz"))
def test_any_single_edit_is_corrected_to_a_near_word(word, pos, letter):
    """One insertion, deletion or substitution always finds a word at most one edit away."""
    pos %= len(word)
    for typo in (word[:pos] + word[pos + 1:], word[:pos] + letter + word[pos:],
                 word[:pos] + letter + word[pos + 1:]):
        if typo in VOCAB:
            continue
        fix = Corrector(VOCAB).correct(typo)
        assert fix is not None and osa_distance(typo, fix) <= 1


# -- real words are never rewritten (issue 14) --------------------------------------------


def test_no_english_word_is_ever_corrected(real_index):
    """Every word of the shipped English list, and every word of the content, is left as
    typed: "Did you mean" is only ever offered for a word that is not a real word."""
    from index.spelling import english_words

    words = english_words()
    assert len(words) > 80_000
    rewritten = [w for w in sorted(words) if real_index.correction(w) is not None]
    assert rewritten == []


@pytest.mark.parametrize("word", [
    "tenant", "drunk", "bylaw", "vaw", "wife", "brought", "gunshot", "wound", "peace", "bond",
    "bail", "custodian", "shelter", "strangled", "pt", "bf", "ow", "sdm", "ocl", "hub",
])
def test_words_from_the_issue_are_not_corrected(real_index, word):
    assert real_index.correction(word) is None
    res = real_index.search(f"{word} and more ")
    assert res.suggestion is None


def test_typos_are_still_corrected(real_index):
    for typo, fix in [("consnet", "consent"), ("polise", "police"),
                      ("stangulation", "strangulation"), ("seirous", "serious")]:
        assert real_index.correction(typo) == fix


def test_a_huge_word_is_left_out_of_the_corrector():
    from index.spelling import MAX_WORD_LEN

    giant = "a" * 990_000
    c = Corrector({giant: 1, "consent": 3})
    assert len(c) == 1 and not c.known(giant)
    assert c.correct("b" * 990_000) is None
    assert c.correct("consnet") == "consent"
    assert Corrector({"x" * (MAX_WORD_LEN + 1): 1}).correct("x" * MAX_WORD_LEN) is None


def _with_extra_text(library, section_id: str, text: str):
    from dataclasses import replace

    sections = tuple(replace(s, body=f"{s.body}\n\n{text}\n") if s.id == section_id else s
                     for s in library.sections)
    return replace(library, sections=sections)


def test_content_with_a_huge_word_still_indexes_and_corrects(mini_copy):
    """A 990,000-letter word in a section (a pasted blob) is indexed like any word but kept
    out of the corrector, whose deletion map would otherwise hold 990,000 strings of
    990,000 letters."""
    from content import load_library
    from index import open_or_build

    # check-content refuses such a file (content/textcheck.py); the index must still cope
    # with one that reaches it, so the blob goes straight into the loaded section
    library = _with_extra_text(load_library(mini_copy), "records", "x" * 990_000)
    with open_or_build(library) as idx:
        assert len(idx._corrector) < 1000  # the content's words, not the blob
        assert idx.search("x" * 990_000).total == 1
        assert idx.correction("x" * 989_999) is None
        assert idx.correction("consnet") == "consent"
