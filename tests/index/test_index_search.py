"""Search features: analysis, weighting, phrases, prefixes, operators, typos, synonyms,
filters, facets, anchors and snippets -- on the mini content and on the shipped content."""

from __future__ import annotations

import pytest

from content import render
from tests.tools.index_support import assert_safe_snippet, ids, section_ids

# -- analysis: stemming, accents, stop words ---------------------------------------------


@pytest.mark.parametrize(("query", "expected"), [
    ("disclosing", "police-sharing"),  # stemming: disclose/disclosing
    ("investigations", "police-sharing"),
    ("suspected", "child-duty"),
    ("resume", "health-consent"),  # accent folding: résumé
    ("RÉSUMÉ", "health-consent"),
    ("Strangling", "health-consent"),  # stemmed synonym key: strangled -> strangling
])
def test_word_forms_match(mini_index, query, expected):
    assert expected in section_ids(mini_index.search(query))


def test_stop_words_are_not_required(mini_index):
    res = mini_index.search("what do I write down")
    assert section_ids(res)[0] == "records"
    assert not res.relaxed


def test_only_stop_words_still_searches_the_words(mini_index):
    res = mini_index.search("what")
    assert res.total >= 1  # "what" appears in the records section


def test_title_weighs_more_than_body(mini_index):
    # both sections say "consent"; only one has it in the title
    assert section_ids(mini_index.search("consent"))[0] == "health-consent"
    # "law enforcement" is in one title and in the glossary; never in the others
    assert section_ids(mini_index.search("law enforcement"))[0] == "police-sharing"


def test_glossary_hits(mini_index):
    res = mini_index.search("permission")  # an alias of the glossary term "Consent"
    glossary = [h for h in res.hits if h.kind == "glossary"]
    assert glossary, ids(res)
    hit = glossary[0]
    assert (hit.term_id, hit.section_id, hit.title, hit.anchor) == (
        "consent", "health-consent", "Consent", "")
    assert hit.snippet_text.startswith("Agreement from the person")


# -- query syntax -------------------------------------------------------------------------


def test_phrase(mini_index):
    res = mini_index.search('"serious bodily harm"')
    assert section_ids(res) == ["health-consent"]
    assert '<b class="hit">serious bodily harm</b>' in res.hits[0].snippet_html.lower()
    assert mini_index.search('"harm bodily serious"').total == 0


def test_prefix_explicit_and_as_you_type(mini_index):
    assert "police-sharing" in section_ids(mini_index.search("disclo*"))
    # the last word, still being typed, completes ...
    res = mini_index.search("consen")
    assert res.total >= 2 and res.suggestion is None
    assert "health-consent" in section_ids(res)
    # ... but once a space follows it, it is a whole (misspelt) word
    typed = mini_index.search("consen ")
    assert typed.suggestion == "consent" and typed.corrected


def test_whole_word_is_not_widened_to_a_prefix(mini_index):
    # "record" is a word of its own; it must not also match "recorded"-only documents
    # through prefix completion (it is stemmed instead)
    plan = mini_index._plan("record")
    assert [a.stems for c in plan.concepts for a in c.alts][0] == ("record",)
    assert all(a.boost >= 0.8 for c in plan.concepts for a in c.alts)


def test_and_or_not(mini_index):
    both = section_ids(mini_index.search("warrant OR children"))
    assert {"police-sharing", "child-duty"} <= set(both)
    assert section_ids(mini_index.search("warrant AND children")) == []
    with_circle = set(section_ids(mini_index.search("consent")))
    assert "health-consent" in with_circle
    assert "health-consent" not in section_ids(mini_index.search("consent NOT circle"))
    assert "health-consent" not in section_ids(mini_index.search("consent -circle"))
    grouped = section_ids(mini_index.search("(warrant OR children) NOT counsellor"))
    assert grouped == ["police-sharing"]


def test_implicit_and_relaxes_to_any_word(mini_index):
    strict = mini_index.search("warrant shelter")
    assert section_ids(strict) == ["police-sharing"] and not strict.relaxed
    loose = mini_index.search("warrant counsellor")  # no section has both
    assert loose.relaxed
    assert {"police-sharing", "child-duty"} <= set(section_ids(loose))
    # an explicit AND is taken at its word
    assert mini_index.search("warrant AND counsellor").total == 0


# -- typos --------------------------------------------------------------------------------


@pytest.mark.parametrize(("typo", "fixed"), [
    ("consnet", "consent"),
    ("warant", "warrant"),
    ("shleter", "shelter"),
    ("polcie", "police"),  # a synonym key is offered too
])
def test_did_you_mean(mini_index, typo, fixed):
    res = mini_index.search(typo + " ")
    assert res.suggestion == fixed
    assert res.corrected and res.total >= 1


def test_suggestion_keeps_the_rest_of_the_query(mini_index):
    res = mini_index.search("shelter resdent")
    assert res.suggestion == "shelter resident"
    assert section_ids(res) == ["police-sharing"]


def test_no_suggestion_for_known_words(mini_index):
    res = mini_index.search("consent")
    assert res.suggestion is None and not res.corrected


def test_typed_word_and_its_correction_are_both_searched(mini_index):
    # "counsellor" exists; "warant" is corrected: the hits hold both, the query is kept
    res = mini_index.search("counsellor OR warant")
    assert res.suggestion == "counsellor OR warrant" and res.corrected
    assert {"child-duty", "police-sharing"} <= set(section_ids(res))


def test_real_words_are_never_corrected(mini_index):
    # none of these is in the mini content, all are English: searched as typed, no
    # "Did you mean" (they used to become meant, run, law, mail...)
    for word in ("tenant", "drunk", "bylaw", "bail", "brought", "wound", "peace bond"):
        res = mini_index.search(word + " ")
        assert res.suggestion is None and not res.corrected, word


def test_invisible_characters_do_not_split_a_word(mini_index):
    plain = section_ids(mini_index.search("consent"))
    for junk in ("\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"):
        res = mini_index.search(f"con{junk}sent")
        assert section_ids(res) == plain and res.suggestion is None, repr(junk)


# -- synonyms -----------------------------------------------------------------------------


def test_synonyms(mini_index):
    # "police" is only in the glossary alias; the section says "law enforcement"/"officers"
    assert section_ids(mini_index.search("police"))[0] == "police-sharing"
    assert "child-duty" in section_ids(mini_index.search("CAS"))
    assert section_ids(mini_index.search("tell police"))[0] == "police-sharing"


def test_synonym_matches_rank_below_the_word_itself(mini_index):
    res = mini_index.search("disclose")
    direct = {h.section_id for h in res.hits}
    assert "police-sharing" in direct
    via = mini_index.search("tell")  # tell -> disclose, share
    assert set(section_ids(via)) >= {"police-sharing", "health-consent"}


# -- filters and facets -------------------------------------------------------------------


@pytest.mark.parametrize("statute", ["FIPPA", "PHIPA", "CYFSA"])
def test_statute_filter(mini_index, statute):
    res = mini_index.search("disclose OR report OR consent", statutes=(statute,))
    assert res.hits
    assert all(statute in h.statutes for h in res.hits)


def test_sector_filter_and_unknown_values(mini_index):
    res = mini_index.search("decision OR child", sectors=("social-services",))
    assert set(section_ids(res)) == {"records", "child-duty"}
    assert mini_index.search("consent", statutes=("NOPE",)).total == 0


def test_facets_count_what_each_filter_would_give(mini_index):
    q = "disclose OR report OR consent OR decision"
    res = mini_index.search(q)
    assert set(res.facets) == {"statutes", "sectors"}
    for dim, kw in (("statutes", "statutes"), ("sectors", "sectors")):
        for value, count in res.facets[dim].items():
            assert mini_index.search(q, **{kw: (value,)}).total == count, (dim, value)
    # a dimension's counts ignore its own filter but honour the other one
    filtered = mini_index.search(q, statutes=("PHIPA",))
    assert filtered.facets["statutes"] == res.facets["statutes"]
    assert filtered.facets["sectors"]["health"] == filtered.total
    assert filtered.facets["sectors"]["justice"] == 0


def test_limit_and_total(mini_index):
    res = mini_index.search("disclose OR report OR consent OR decision", limit=2)
    assert len(res.hits) == 2 and res.total > 2
    assert mini_index.search("consent", limit=0).hits == ()


# -- anchors, snippets, highlight spans ---------------------------------------------------


def test_hit_opens_at_the_matching_passage(mini_index, mini_library):
    res = mini_index.search("warrant")
    hit = res.hits[0]
    blocks = {b.anchor: b for b in render.plain_blocks(mini_library.section(hit.section_id).body)}
    assert hit.anchor in blocks
    assert "warrant" in blocks[hit.anchor].text.lower()
    assert hit.title == "Sharing with law enforcement"
    assert hit.statutes == ("FIPPA", "MFIPPA")
    assert hit.provisions == ("FIPPA s. 42(1)(g)", "MFIPPA s. 32(g)")


def test_title_only_match_shows_the_summary(mini_index):
    res = mini_index.search("every")  # only in the records title
    hit = res.hits[0]
    assert hit.section_id == "records" and hit.anchor == ""
    assert hit.snippet_text.startswith("Record what you shared")


def test_snippet_is_escaped_and_highlighted(mini_index):
    res = mini_index.search('"resident\'s location"')  # only in a heading
    hit = res.hits[0]
    assert hit.anchor == "b2"
    assert '<b class="hit">resident&#x27;s location</b>' in hit.snippet_html
    assert "&#x27;" in hit.snippet_html  # the apostrophe in "resident's" is escaped
    for h in mini_index.search("consent OR disclose OR warrant").hits:
        assert_safe_snippet(h.snippet_html, h.snippet_text)


def test_highlight_spans(mini_index):
    text = "Police and law enforcement; a LAW about enforcement. Disclosed!"
    spans = mini_index.highlight_spans("police disclose", text)
    words = [text[s:e] for s, e in spans]
    assert words == ["Police", "law enforcement", "Disclosed"]
    # a phrase is highlighted where its words follow each other (punctuation between is fine)
    assert mini_index.highlight_spans('"law enforcement"', "law, enforcement") == [(0, 16)]
    assert mini_index.highlight_spans('"law enforcement"', "enforcement law") == []
    assert mini_index.highlight_spans("consent NOT police", "consent police") == [(0, 7)]
    assert mini_index.highlight_spans("", "anything") == []
    assert mini_index.highlight_spans("police", "") == []


# -- the shipped content ------------------------------------------------------------------


def test_real_tell_police_finds_the_law_enforcement_sections(real_index):
    for q in ("tell police", "can I tell the police"):
        top = section_ids(real_index.search(q, limit=10))
        assert "share-with-police" in top[:5], (q, top)
        assert "phipa-police-requests" in top, (q, top)


def test_real_consent(real_index):
    top = section_ids(real_index.search("consent", limit=10))
    assert {"principle-consent-first", "phipa-consent"} <= set(top[:5])


def test_real_typo_suggests_consent(real_index):
    res = real_index.search("consnet")
    assert res.suggestion == "consent" and res.corrected
    assert "phipa-consent" in section_ids(res)


def test_real_circle_of_care(real_index):
    top = section_ids(real_index.search("circle of care", limit=10))
    assert "phipa-consent" in top[:3]


def test_real_what_do_i_write_down(real_index):
    top = section_ids(real_index.search("what do I write down", limit=10))
    assert {"documenting", "principle-document-decisions"} & set(top[:5]), top


def test_real_doctor_share_without_consent(real_index):
    res = real_index.search("doctor share without consent", limit=5)
    assert res.hits and "PHIPA" in res.hits[0].statutes
    assert sum("PHIPA" in h.statutes for h in res.hits[:3]) >= 2


def test_real_statute_filter(real_index):
    for statute in ("PHIPA", "CYFSA", "FIPPA"):
        res = real_index.search("police", statutes=(statute,), limit=50)
        assert res.hits, statute
        assert all(statute in h.statutes for h in res.hits)
        assert res.total == res.facets["statutes"][statute]


def test_real_cas_report(real_index):
    res = real_index.search("CAS report", limit=5)
    assert res.hits and sum("CYFSA" in h.statutes for h in res.hits[:3]) >= 2


def test_real_every_hit_has_title_statutes_snippet_and_valid_anchor(real_index, library):
    for q in ("police", "strangled", "notify client after sharing", "shelter resident location "
              "police", "serious bodily harm"):
        res = real_index.search(q, limit=20)
        assert res.hits, q
        for h in res.hits:
            assert h.title and h.snippet_text
            assert_safe_snippet(h.snippet_html, h.snippet_text)
            if h.kind == "section":
                sec = library.section(h.section_id)
                assert h.statutes == sec.statutes
                if h.anchor:
                    anchors = {b.anchor for b in render.plain_blocks(sec.body)}
                    assert h.anchor in anchors


def test_caches_are_bounded_and_clearable(mini_index):
    from index.postings import LRU

    lru = LRU(size=10, budget=5)
    for k in "abc":
        lru.put(k, [0, 0])
    assert list(lru) == ["b", "c"] and lru.weight == 4  # "a" evicted by the budget
    lru.get_or("b", lambda k: 1 / 0)  # a hit: "b" becomes the newest
    lru.put("d", [0])
    assert list(lru) == ["c", "b", "d"] and lru.weight == 5
    mini_index.search("warrant")
    assert len(mini_index._plans) > 0
    mini_index.clear_caches()
    assert len(mini_index._plans) == len(mini_index._postings.terms) \
        == len(mini_index._postings.values) == len(mini_index._matcher.concepts) == 0
    assert section_ids(mini_index.search("warrant")) == ["police-sharing"]


def test_invisible_characters_in_the_content_are_removed_at_indexing(mini_copy):
    """A soft hyphen or zero-width space pasted into the content (from a PDF) does not split
    the word it sits in: the plain word finds it, and the snippet shows it clean."""
    from dataclasses import replace

    from content import load_library
    from index import open_or_build

    # check-content refuses such a file (content/textcheck.py); the index must still cope
    # with one that reaches it, so the text goes straight into the loaded section
    library = load_library(mini_copy)
    library = replace(library, sections=tuple(
        replace(s, body=s.body + "\nThe zebra\u00adfinch and the quail\u200bbird.\n")
        if s.id == "records" else s for s in library.sections))
    with open_or_build(library) as idx:
        for word in ("zebrafinch", "quailbird"):
            res = idx.search(word + " ")
            assert section_ids(res) == ["records"] and res.suggestion is None, word
            assert "\u00ad" not in res.hits[0].snippet_text
            assert "\u200b" not in res.hits[0].snippet_text


def test_the_reader_highlights_a_word_with_a_soft_hyphen_in_it(mini_index):
    text = "Ask for con\u00adsent first; consent matters."
    spans = mini_index.highlight_spans("consent", text)
    assert [text[a:b] for a, b in spans] == ["con\u00adsent", "consent"]
