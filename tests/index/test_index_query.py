"""The query parser, and "any string is a safe query" (bad syntax, huge input, fuzzing)."""

from __future__ import annotations

import logging

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index import SearchResults, plan
from index import query as q
from tests.tools.index_support import assert_safe_snippet, section_ids

# -- the parser ---------------------------------------------------------------------------


def test_parse_plain_words_phrases_and_operators():
    tree = q.parse('police "serious harm" disclos* -warrant')
    assert tree == q.And((
        q.Word("police", "police"),
        q.Phrase(("serious", "harm"), "serious harm"),
        q.Word("disclos", "disclos", prefix=True),
        q.Not(q.Word("warrant", "warrant", partial=True)),
    ))


@pytest.mark.parametrize("query", ["substitute decision-maker ", "a co-worker looked ",
                                   "her ex-partner's chart ", "same-sex partner ",
                                   "non-custodial parent ", "follow-up "])
def test_a_hyphen_inside_a_word_joins_and_never_excludes(query):
    tree = q.parse(query)
    nodes = tree.children if isinstance(tree, q.And) else (tree,)
    assert not any(isinstance(n, q.Not) for n in nodes), tree
    # while a hyphen before a word still excludes it
    assert isinstance(q.parse("police -warrant ").children[-1], q.Not)


def test_parse_or_and_groups():
    tree = q.parse("(police OR doctor) AND consent")
    assert tree == q.And((q.Or((q.Word("police", "police"), q.Word("doctor", "doctor"))),
                          q.Word("consent", "consent", partial=True)), explicit=True)


def test_lower_case_operators_are_words():
    tree = q.parse("police or doctor and not")
    assert isinstance(tree, q.And)
    assert [w.text for w in tree.children] == ["police", "or", "doctor", "and", "not"]


def test_last_word_is_partial_only_without_trailing_space():
    assert q.parse("consen") == q.Word("consen", "consen", partial=True)
    assert q.parse("consen ") == q.Word("consen", "consen")
    assert q.parse('"consen"') == q.Word("consen", "consen")


def test_accents_and_case_are_folded():
    assert q.parse("RÉSUMÉ ") == q.Word("resume", "RÉSUMÉ")


@pytest.mark.parametrize(("query", "expected"), [
    ('"unbalanced police', q.And((q.Word("unbalanced", "unbalanced"),
                                  q.Word("police", "police", partial=True)))),
    ("police AND", q.Word("police", "police")),
    ("OR police", q.Word("police", "police", partial=True)),
    ("NOT police", q.Word("police", "police", partial=True)),  # only exclusions: plain words
    ("-police ", q.Word("police", "police")),
    ("((((police", q.Word("police", "police", partial=True)),
    ("police)))", q.Word("police", "police")),
    ("AND OR NOT", None),
    ("*", None),
    ('""', None),
    ("", None),
    ("   ", None),
    ("😀", None),
    ("\x00\x01\x1f", None),
])
def test_bad_syntax_falls_back_to_plain_terms(query, expected):
    assert q.parse(query) == expected


def test_long_queries_are_cut():
    tree = q.parse("police " * 5000)
    assert isinstance(tree, q.And) and len(tree.children) == q.MAX_WORDS
    assert q.parse("x" * 10_000) == q.Word("x" * q.MAX_QUERY_CHARS, "x" * q.MAX_QUERY_CHARS,
                                           partial=True)


def test_fillers_do_not_use_up_a_long_question():
    # a rambling question: its point comes after more than MAX_WORDS words, most of them
    # fillers ("so I have this client who has been..."); they do not count as words
    filler = "so I have this client and she is not sure what we should do about it and " * 3
    tree = q.parse(filler + "strangulation firearm")
    words = [w.text for w in q.positive_words(tree) if isinstance(w, q.Word)]
    assert len(words) > q.MAX_WORDS
    assert words[-2:] == ["strangulation", "firearm"]


def test_fillers_are_still_bounded():
    tree = q.parse("the " * 5000)
    assert isinstance(tree, q.And) and len(tree.children) == q.MAX_TOKENS


def test_deep_brackets_are_bounded():
    tree = q.parse("(" * 200 + "police" + ")" * 200)
    assert tree == q.Word("police", "police")


def test_synonym_table_normalisation():
    syn = plan.Synonyms.from_table({"Police": ["Law Enforcement"], "write down": ["document"],
                                    "empty": ["the"], "strangled": ["strangulation"]})
    assert syn.lookup(["police"]) == (plan.Alt(("law", "enforc"), plan.SYNONYM_BOOST),)
    assert syn.lookup(["write", "down"]) == (plan.Alt(("document",), plan.SYNONYM_BOOST),)
    assert syn.lookup(["strangling"]) == (plan.Alt(("strangul",), plan.SYNONYM_BOOST),)  # stem
    assert syn.lookup(["empty"]) == ()  # a value made only of stop words is dropped
    assert syn.max_key_words == 2


def test_replace_words():
    assert q.replace_words("Consnet and polise!", {"consnet": "consent", "polise": "police"}) \
        == "consent and police!"


# -- any string is a safe query -----------------------------------------------------------

BAD_QUERIES = [
    '"unbalanced', 'police"', '"', '""', '"""', "AND", "OR", "NOT", "AND OR NOT", "NOT NOT",
    "*", "**", "***police", "police*", "*police*", "pol*ce", "police AND", "OR police",
    "NOT police", "-police", "-", "--", "+", "!", "&&", "||", "(", ")", "()", "((((police",
    "police)))", ")(", "x" * 10_000, "police " * 5000, "😀", "😀 police 😀", "\x00\x01\x02",
    "po\x00lice", "\ud800", "\udfff police", " ", "", "\t\n\r", "~", "title:police",
    "police^2", "[a TO b]", "{a TO b}", "\\", "'", "police'", "%", "$()", "\u200b\u200b",
    "\u202e police", "\ufeff", "ﬁ", "Ⅻ", "ß", "İstanbul", "٣٤", "中文 police", "a" * 200,
    "police~2", "pol?ce", "/regex/", "<script>alert(1)</script>", "&amp;", "s. 40(1)",
    "NOT (police OR consent)", "-(police)", '-"law enforcement"', "police -police",
    '"police" -"police"',
]


@pytest.mark.parametrize("query", BAD_QUERIES)
def test_bad_queries_never_raise(mini_index, query):
    # _search is search() without its safety net, so a bug can't hide behind it
    res = mini_index._search(query, (), (), 20)
    assert isinstance(res, SearchResults)
    assert res.total >= len(res.hits)
    for h in res.hits:
        assert_safe_snippet(h.snippet_html, h.snippet_text)
    assert isinstance(mini_index.highlight_spans(query, "police and law enforcement"), list)


@pytest.mark.parametrize(("query", "expected"), [
    ('"unbalanced warrant', "police-sharing"),
    ("warrant AND", "police-sharing"),
    ("NOT warrant", "police-sharing"),
    ("((((warrant", "police-sharing"),
    ("warrant)))", "police-sharing"),
    ("😀 warrant 😀", "police-sharing"),
    ("war\x00rant warrant", "police-sharing"),
    ("<script>warrant</script>", "police-sharing"),
])
def test_bad_syntax_still_finds_the_words(mini_index, query, expected):
    assert expected in section_ids(mini_index._search(query, (), (), 20))


def test_non_string_queries_are_safe(mini_index):
    for bad in (None, 42, b"police", ["police"]):
        res = mini_index.search(bad)  # type: ignore[arg-type]
        assert isinstance(res, SearchResults)


def test_search_failure_is_logged_without_the_query(mini_index, monkeypatch, caplog):
    def boom(*a, **k):
        raise RuntimeError("boom")

    monkeypatch.setattr(mini_index, "_search", boom)
    with caplog.at_level(logging.ERROR, logger="index.searcher"):
        res = mini_index.search("secret client name")
    assert res.hits == () and res.query == "secret client name"
    assert caplog.records and all("secret" not in r.getMessage() for r in caplog.records)


_syntax = st.sampled_from(['"', "(", ")", " AND ", " OR ", " NOT ", "-", "*", " ", "police",
                           "consent", "warrant", "law enforcement", "😀", "\x00", "é", "s.",
                           "40(1)", "ß", "\u0301", "tell", "cas", "write down"])


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=300), st.lists(_syntax, max_size=30).map("".join)),
       st.lists(st.sampled_from(["FIPPA", "PHIPA", "CYFSA", "X"]), max_size=2),
       st.lists(st.sampled_from(["health", "justice", "y"]), max_size=2),
       st.integers(min_value=-5, max_value=50))
def test_fuzz_search(mini_index, query, statutes, sectors, limit):
    res = mini_index._search(query, tuple(statutes), tuple(sectors), limit)
    assert isinstance(res, SearchResults)
    assert len(res.hits) <= max(0, limit)
    assert res.total >= len(res.hits)
    for h in res.hits:
        assert_safe_snippet(h.snippet_html, h.snippet_text)
        if statutes:
            assert set(h.statutes) & set(statutes)
        if sectors:
            assert set(h.sectors) & set(sectors)
    assert all(count >= 0 for count in res.facets["statutes"].values())
    spans = mini_index.highlight_spans(query, "Police may ask for a warrant; consent first.")
    assert all(0 <= s < e <= 44 for s, e in spans)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_fuzz_parse(text):
    tree = q.parse(text)
    assert tree is None or isinstance(tree, (q.Word, q.Phrase, q.And, q.Or, q.Not))


# -- a section typed without its space ("s.40(1)"), as workers often type it ----------------

@pytest.mark.parametrize(("query", "words"), [
    ("s.40(1) ", ["s", "40", "1"]),
    ("PHIPA s.40 ", ["phipa", "s", "40"]),
    ("art.42 ", ["art", "42"]),
    ("ss.125 ", ["ss", "125"]),
])
def test_a_section_typed_without_its_space_is_the_abbreviation_and_the_number(query, words):
    tree = q.parse(query)
    nodes = tree.children if isinstance(tree, q.And) else (tree,)
    assert [n.text for n in nodes] == words


@pytest.mark.parametrize("query", ["2026.12.1 ", "O.Reg ", "e.g "])
def test_other_dotted_words_stay_whole(query):
    assert isinstance(q.parse(query), q.Word)


@pytest.mark.parametrize(("typed", "spaced"), [("s.40(1)", "s. 40(1)"),
                                              ("s.42(1)(h)", "s. 42(1)(h)")])
def test_a_section_without_its_space_finds_what_the_spaced_one_finds(mini_index, typed, spaced):
    found = section_ids(mini_index._search(spaced, (), (), 20))
    assert found, spaced
    assert section_ids(mini_index._search(typed, (), (), 20)) == found
