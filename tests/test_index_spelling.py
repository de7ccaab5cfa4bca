"""Typo correction (deletion map), the synonym table as data, and the no-Qt/no-Whoosh rule."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.spelling import Corrector, osa_distance
from index.textproc import terms_with_offsets
from tests import index_support as sup
from tests.index_support import ROOT

# fixtures
real_index = sup.real_index

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


# -- the shipped synonym table ------------------------------------------------------------


def test_synonym_table_is_large_and_clean(library):
    syn = library.synonyms
    assert len(syn) >= 60
    assert not [p for p in library.problems if "synonyms" in p.path]
    for key, values in syn.items():
        assert key == key.lower().strip() and values, key


@pytest.mark.parametrize(("lay", "guide"), [
    ("police", "law enforcement"), ("doctor", "health information custodian"),
    ("nurse", "health information custodian"), ("hospital", "health information custodian"),
    ("cas", "children's aid society"), ("tell", "disclose"), ("share", "disclose"),
    ("give", "disclose"), ("abuser", "abusive partner"),
])
def test_synonym_table_has_the_core_mappings(library, lay, guide):
    assert guide in library.synonyms[lay]


def test_every_synonym_term_is_in_the_guide(library, real_index):
    """A synonym that matches nothing only slows search down: each must occur in the index."""
    dead = []
    for key, values in library.synonyms.items():
        for v in values:
            stems = tuple(t for _, _, t in terms_with_offsets(v))
            found = bool(stems) and (real_index.has_term(stems[0]) if len(stems) == 1
                                     else bool(real_index._phrase_docs(stems)))
            if not found:
                dead.append(f"{key}: {v}")
    assert dead == []


# -- architecture -------------------------------------------------------------------------


def test_import_index_loads_neither_whoosh_nor_qt():
    code = (
        "import sys, index, index.query, index.searcher, index.store, index.snippets\n"
        "from index import open_or_build, SearchIndex, SearchResults, Hit, IndexBuildError\n"
        "print(','.join(m for m in sys.modules if m.split('.')[0] in "
        "('whoosh', 'PySide6', 'shiboken6')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, check=True)
    assert out.stdout.strip() == ""


def test_opening_an_index_loads_no_qt(tmp_path):
    code = (
        "import sys\n"
        "from content import load_library\n"
        "from index import open_or_build\n"
        "idx = open_or_build(load_library(sys.argv[1]), sys.argv[2])\n"
        "idx.search('police'); idx.highlight_spans('police', 'police')\n"
        "print('whoosh' in sys.modules, any(m.startswith('PySide6') for m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(sup.MINI_CONTENT), str(tmp_path)],
                         capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.split() == ["True", "False"]
