"""Editorial rules and minimum counts over the content we actually ship."""

from __future__ import annotations

import re

import pytest

from content import render
from content.model import STATUTES, is_canonical_provision
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
    from content.loader import _internal_links

    for s in library.sections:
        parsed = [(lk.line, lk.href) for lk in render.links(s.body)
                  if lk.href.startswith(("section:", "glossary:"))]
        scanned = _internal_links(s.body)
        assert sorted(h for _, h in scanned) == sorted(h for _, h in parsed), s.id
