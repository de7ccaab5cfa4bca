"""Editorial rules and minimum counts over the content we actually ship."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from content import render
from content.model import STATUTES, is_canonical_provision, provision_statute
from content.validate import editorial_problems, section_words, stats


def test_shipped_content_has_no_problems(library):
    problems = [str(p) for p in library.problems] + [str(p) for p in editorial_problems(library)]
    assert problems == []


def test_counts_meet_the_scope(library):
    s = stats(library)
    assert s["sections"] >= 35
    assert s["words"] >= 12_000
    assert s["scenarios"] >= 8
    assert s["faq_questions"] >= 12
    assert s["glossary_terms"] >= 40
    assert s["synonyms"] >= 60
    assert {st.id for st in library.statutes} == set(STATUTES)


def test_every_section_has_summary_sources_and_provisions_or_a_reason(library):
    for s in library.sections:
        assert s.summary.strip(), s.id
        assert s.sources, s.id
        assert s.provisions or s.provisions_reason.strip(), s.id
        assert all(is_canonical_provision(p) for p in s.provisions), s.id


def test_check_official_text_sections_say_so_in_the_body(library):
    flagged = [s for s in library.sections if s.needs_check]
    assert flagged, "the DVDRC list and notice safety are unconfirmed and must be flagged"
    for s in flagged:
        assert s.check_note.strip(), s.id
        assert re.search(r"official\s+text|check\s+the\s.{0,40}(law|act|guidance|text|report)",
                         s.body, re.I | re.S), s.id


def test_unconfirmed_topics_are_flagged(library):
    assert library.section("dvdrc-risk-factors").needs_check
    assert library.section("notice-safety").needs_check


def test_every_glossary_term_is_linked_somewhere(library):
    linked = {lk.href.split(":", 1)[1] for s in library.sections for lk in render.links(s.body)
              if lk.href.startswith("glossary:")}
    assert {t.id for t in library.glossary} <= linked


def test_scenarios_link_at_least_three_sections(library):
    for s in library.sections:
        if s.kind == "scenario":
            targets = {lk.href for lk in render.links(s.body) if lk.href.startswith("section:")}
            assert len(targets) >= 3, s.id


def test_no_section_is_too_long(library):
    for s in library.sections:
        assert section_words(s.body) <= 1200, s.id


@pytest.mark.parametrize("required", ["about", "principles", "which-law", "fippa", "mfippa",
                                      "phipa",
                                      "cyfsa-part-x", "pipeda", "child-protection-duty",
                                      "serious-harm", "notice", "share-with-police",
                                      "documenting", "liability", "scenarios", "faq",
                                      "statute-comparison"])
def test_the_scope_sections_exist(library, required):
    assert library.has_section(required)


def test_about_says_not_legal_advice(library):
    about = " ".join(library.section(i).body for i in ("about", "about-not-legal-advice"))
    assert "not legal advice" in about.lower()


def test_the_loaders_fast_link_scan_agrees_with_the_markdown_parser(library):
    from content.references import internal_links

    for s in library.sections:
        parsed = [(lk.line, lk.href) for lk in render.links(s.body)
                  if lk.href.startswith(("section:", "glossary:"))]
        scanned = internal_links(s.body)
        assert sorted(h for _, h in scanned) == sorted(h for _, h in parsed), s.id


# -- editorial rules from the December 2026 legal review --------------------------------

# Research notes that must never reach a worker: they describe how we researched, not what a
# worker should check. A plain notice ("the IPC's public summaries do not say ...; check the
# guidance itself") says the same thing in words a worker can act on.
INTERNAL_CAVEATS = (
    "secondary source", "could not confirm", "per a ", "unconfirmed", "could not read",
    "could not get", "as we understand it", "we did not check", "not confirmed", "[analysis]",
    "reconstruct",
)


def _internal_caveats(text: str) -> list[str]:
    low = " ".join(text.lower().split())
    return [p for p in INTERNAL_CAVEATS if p in low]


def _strings(data):
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for v in data.values():
            yield from _strings(v)
    elif isinstance(data, list):
        for v in data:
            yield from _strings(v)


def _user_text(library):
    """(where, text) for every piece of content text a user can see (YAML comments excluded)."""
    m = library.manifest
    yield "manifest", " ".join([m.title, m.disclaimer, m.provenance])
    for s in library.sections:
        yield f"section {s.id}", " ".join([s.title, s.summary, s.check_note, s.body])
    for t in library.glossary:
        yield f"glossary {t.id}", " ".join([t.term, t.definition, *t.aliases])
    for st in library.statutes:
        yield f"statute {st.id}", " ".join([st.check_note, st.binds, st.risk_test.plain,
                                            st.notice.plain, st.law_enforcement.plain, st.duty])
    for src in library.sources.values():
        yield f"source {src.id}", " ".join([src.title, src.publisher, src.note])
    for flow in sorted((Path(library.root) / "decisions").glob("*.yaml")):
        yield f"decision flow {flow.name}", " ".join(
            _strings(yaml.safe_load(flow.read_text(encoding="utf-8"))))


def test_the_caveat_check_catches_research_notes():
    assert _internal_caveats("41 factors, per a secondary source") == ["secondary source",
                                                                         "per a "]
    assert _internal_caveats("We could not\n confirm it") == ["could not confirm"]
    assert _internal_caveats("The IPC's public summaries do not say; check the guidance.") == []


def test_no_internal_research_caveats_in_user_text(library):
    found = [(where, hits) for where, text in _user_text(library)
             if (hits := _internal_caveats(text))]
    assert found == []


def test_where_the_content_comes_from_is_said_plainly(library):
    provenance = library.manifest.provenance.lower()
    assert "not available" in provenance and "summary" in provenance
    assert "not available" in library.section("about").body.lower()
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert "was not available" in " ".join(readme.split())


def test_sources_a_legal_reference_should_not_show_are_gone(library):
    for src in library.sources.values():
        text = f"{src.title} {src.publisher} {src.url}".lower()
        assert "acronym" not in text and "thefreedictionary" not in text, src.id
        assert "accessandprivacy.gov.on.ca" not in text, src.id  # outdated MFIPPA s. 32 copy
        assert "use with care" not in text, src.id


def test_the_guidance_is_not_cited_for_our_own_scenarios_and_faqs(library):
    # The guidance's own text was never available: our scenarios, FAQs and checklists are ours,
    # so they must not cite it (source 100) as if they came from it.
    guidance = 100
    assert guidance in library.sources
    citing = [s.id for s in library.sections if guidance in s.sources]
    assert citing, "the sections on points its public summaries confirm still cite it"
    assert [s.id for s in library.sections
            if guidance in s.sources and s.kind in ("scenario", "faq")] == []


def test_sector_filters_filter(library):
    # Issue 13, item 13: a section is tagged with a sector only where it says something specific
    # to that sector, so choosing a sector filter must take a real bite out of the results.
    n = len(library.sections)
    counts: dict[str, int] = {}
    for s in library.sections:
        for tag in s.sectors:
            counts[tag] = counts.get(tag, 0) + 1
    too_broad = {tag: c for tag, c in counts.items() if c > 0.6 * n}
    assert too_broad == {}, f"tagged on more than 60% of {n} sections"


# Pages whose subject is the laws side by side: they speak to every law they list.
LAW_OVERVIEW_PAGES = {"which-law", "statute-comparison", "statutes"}


def test_a_law_tag_is_backed_by_a_cited_provision(library):
    # The loader requires every cited provision's Act among the tags; this is the converse, so a
    # law filter shows only pages that say something specific about that law.
    unbacked = {}
    for s in library.sections:
        if s.id in LAW_OVERVIEW_PAGES:
            continue
        cited = {provision_statute(p) for p in s.provisions}
        if extra := set(s.statutes) - cited:
            unbacked[s.id] = sorted(extra)
    assert unbacked == {}


def test_general_pages_carry_no_sector(library):
    general = ["about", "about-how-to-use", "about-not-legal-advice", "about-what-to-check",
               "principles", "scenarios", "faq"]
    assert {i: library.section(i).sectors for i in general
            if library.section(i).sectors} == {}


def test_the_reviews_corrections_hold(library):
    """Spot checks that the December 2026 review's corrections stay made."""
    glossary = {t.id: t for t in library.glossary}
    assert "remote" in glossary["significant-risk"].definition
    assert "less intrusive" in glossary["necessary"].definition
    assert glossary["reasonable-grounds-to-suspect"].provisions == ("CYFSA s. 125(1)",)
    assert "CYFSA s. 125(1)" not in glossary["reasonable-grounds"].provisions
    assert "production order" not in glossary["court-order"].aliases
    assert "production order" in glossary["warrant"].aliases
    assert "s. 125(11)" in library.section("child-protection-duty").body
    assert "Smith v. Jones" in library.section("law-none-apply").body
    assert "imminen" in library.section("law-none-apply").body.lower()
    assert "CYFSA s. 285(7)" in library.section("law-cyfsa-providers").provisions
    assert "less intrusive" in library.section("scenario-er-strangulation").body
    assert "PHIPA s. 61.1(1)" in library.section("liability").provisions


def test_words_are_counted_in_any_language():
    from content.validate import word_count

    assert word_count("La sécurité d'abord, don't worry; Métis 2024") == 7
    assert word_count("préjudice grave — l’enfant") == 3
