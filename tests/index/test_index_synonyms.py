"""The synonym table (content/data/synonyms.yaml) as data, and the index's import rules."""

from __future__ import annotations

import subprocess
import sys

import pytest

from index.textproc import terms_with_offsets
from tests.tools import index_support as sup
from tests.tools.index_support import ROOT

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
                                     else bool(real_index._matcher.phrase_docs(stems)))
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


def test_opening_an_index_loads_no_qt():
    code = (
        "import sys\n"
        "from content import load_library\n"
        "from index import open_or_build\n"
        "idx = open_or_build(load_library(sys.argv[1]))\n"
        "idx.search('police'); idx.highlight_spans('police', 'police')\n"
        "print('whoosh' in sys.modules, any(m.startswith('PySide6') for m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(sup.MINI_CONTENT)],
                         capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.split() == ["True", "False"]


# -- short forms staff type (issue 14) ----------------------------------------------------

SHORT_FORMS = [
    ("info", "information"), ("PI", "personal information"),
    ("PHI", "personal health information"), ("DV", "intimate partner violence"),
    ("IPV", "intimate partner violence"), ("VAW", "violence"), ("CAS", "children's aid"),
    ("ER", "emergency department"), ("ED", "emergency department"), ("OW", "Ontario Works"),
    ("SDM", "substitute decision-maker"), ("OCL", "lawyer"), ("FOI", "freedom of information"),
    ("pt", "patient"), ("bf", "partner"), ("gf", "partner"), ("cops", "police"),
    ("hub", "situation table"),
]


@pytest.mark.parametrize(("short", "long"), SHORT_FORMS, ids=[s for s, _ in SHORT_FORMS])
def test_every_short_form_finds_its_concept(real_index, short, long):
    """The short form alone brings up pages that say the long form, in the first three."""
    res = real_index.search(short + " ", limit=10)
    assert res.suggestion is None, res.suggestion  # a short form is never "corrected"
    shown = [f"{h.title} {h.snippet_text}".lower() for h in res.hits[:3]]
    assert any(long.lower() in s for s in shown), (short, [h.title for h in res.hits[:3]])


def test_a_short_form_and_its_long_form_are_one_concept(real_index):
    """'share info with police': a page needs information OR info, not both; the short
    form's rare own spelling (the app's name) does not outrank the pages on the topic."""
    res = real_index.search("share info with police")
    assert res.hits[0].section_id in {"share-with-police", "faq-police"}
    assert not res.relaxed  # some page has all three concepts


def test_no_synonym_key_is_listed_twice():
    """YAML keeps only the last of two equal keys, silently: a key added twice (say, by two
    editors) would drop the first list. Each key must appear once (any case)."""
    import yaml

    node = yaml.compose((ROOT / "content" / "data" / "synonyms.yaml").read_text(encoding="utf-8"))
    seen: dict[str, int] = {}
    twice = []
    for key, _ in node.value:
        k = str(key.value).strip().lower()
        if k in seen:
            twice.append(f"{k!r} on lines {seen[k]} and {key.start_mark.line + 1}")
        seen[k] = key.start_mark.line + 1
    assert twice == []


def test_an_english_short_form_keeps_its_own_term(real_index):
    """"CAS" in the English guide is written only as the short form (never "cas" as a word):
    typed in capitals it keeps its own term beside its expansions."""
    from index.textproc import ENGLISH

    assert not real_index.written_both_ways("cas")
    stems = {s for c in real_index._plan("CAS ").concepts for a in c.alts for s in a.stems}
    assert ENGLISH.index_term("cas") in stems
