"""The print HTML builders (desktop_app.printouts): pure functions, no Qt needed."""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from content.model import Library
from tests.tools.print_support import (
    PRINT_CONTENT,
    load_print_library,
    make_hit,
    make_results,
    text_of,
)


@pytest.fixture(scope="module")
def plib() -> Library:
    return load_print_library()


def test_print_html_does_not_import_qt():
    code = ("import sys, desktop_app.printouts as ph; "
            "from content import load_library; "
            f"lib = load_library({str(PRINT_CONTENT)!r}); "
            "ph.sections_job(lib, ['fippa']); ph.quick_reference_job(lib); "
            "print(sorted(m for m in sys.modules if m.startswith('PySide6')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.strip() == "[]"


def test_stylesheet_is_read_from_package_resources():
    from desktop_app.printouts import stylesheet

    css = stylesheet()
    assert "font-family" in css and "serif" in css
    # Qt ignores pt for margins, padding and borders: the sheet must use px for those.
    for prop in re.findall(r"(?:margin|padding|border)[a-z-]*:\s*[^;]+;", css):
        assert "pt" not in prop, prop


def test_footer_has_every_required_part():
    from desktop_app.printouts import PrintMeta

    meta = PrintMeta("Info-Sharing Guide", "The Guidance Title", "2026.11.1", "2026-11-25",
                     "0.1.0", "2026-12-01")
    first, second = meta.footer(2, 7)
    assert first.startswith("Not legal advice")
    assert "The Guidance Title" in first
    for part in ("Content 2026.11.1 of 2026-11-25", "Info-Sharing Guide 0.1.0",
                 "Printed 2026-12-01", "Page 2 of 7"):
        assert part in second


def test_meta_from_library(plib):
    from desktop_app import __version__
    from desktop_app.printouts import PrintMeta

    meta = PrintMeta.from_library(plib, printed=date(2026, 12, 24))
    assert meta.content_version == "9.9.9-test"
    assert meta.content_date == "2026-11-20"
    assert meta.guidance_title.startswith("Sharing Information in Situations")
    assert meta.app_version == __version__
    assert meta.printed == "2026-12-24"


def test_one_section(plib):
    from desktop_app.printouts import sections_job

    job = sections_job(plib, ["phipa-serious-harm"])
    assert job.kind == "sections" and not job.one_page
    assert job.title == "PHIPA s. 40(1): sharing to prevent serious bodily harm"
    assert job.filename == "phipa-serious-harm.pdf"
    text = text_of(job.html)
    assert "significant risk of serious bodily harm" in text
    assert "Provisions cited PHIPA s. 40(1) CYFSA s. 125(1)" in text
    # links are shown as the target section's title, not as a URL
    assert "(see: The duty to report a child in need of protection)" in text
    assert "section:" not in job.html
    assert "<a href" not in job.html
    # the breadcrumbs and the sources
    assert "The laws, one by one" in text and "[100]" in text


def test_several_sections_summaries_first_in_reading_order(plib):
    from desktop_app.printouts import sections_job

    job = sections_job(plib, ["pipeda", "fippa"])  # asked out of order
    text = text_of(job.html)
    summaries = text.index("2 sections: summaries")
    first_summary = text.index("Provincial institutions may share")
    fippa_title = text.index("FIPPA: provincial institutions", first_summary)
    # both summaries come before either body, and FIPPA (earlier in the TOC) comes first
    assert summaries < first_summary < text.index("Federal law for commercial")
    assert text.index("Federal law for commercial") < text.index("Notice must be mailed")
    assert fippa_title < text.rindex("PIPEDA: context only")


def test_sections_unknown_ids(plib):
    from desktop_app.printouts import sections_job

    assert sections_job(plib, ["fippa", "nope"]).title == "FIPPA: provincial institutions"
    with pytest.raises(ValueError, match="at least one section"):
        sections_job(plib, ["nope"])


def test_provisions_never_break_across_lines(plib):
    from desktop_app.printouts import quick_reference_job, sections_job

    html = sections_job(plib, ["phipa-serious-harm"]).html
    assert "<li>PHIPA\u00a0s.\u00a040(1)</li><li>CYFSA\u00a0s.\u00a0125(1)</li>" in html
    card = quick_reference_job(plib)
    assert "PHIPA\u00a0s.\u00a043(1)\u2060(h)" in card.html  # U+2060: no break at ")("
    # only the last resorts let a citation break between its parts, and they say the
    # entries are shortened
    loose = [i for i, v in enumerate(card.variants) if "43(1)(h)" in v]
    shortened = [i for i, v in enumerate(card.variants) if "entries are shortened" in v]
    assert loose and min(loose) > 0 and max(loose) == len(card.variants) - 1
    assert set(loose) <= set(shortened)


def test_search_digest(plib):
    from desktop_app.printouts import search_job

    res = make_results(
        query="police <ask>",
        hits=(make_hit("section", "phipa-serious-harm", "PHIPA s. 40(1): sharing",
                      "you may share with police when", ("PHIPA s. 40(1)",)),
              make_hit("glossary", "", "Reasonable grounds", "a belief based on facts")),
        total=5, suggestion="police asks")
    job = search_job(res, statutes=("PHIPA",), sectors=("health", "justice"), library=plib)
    text = text_of(job.html)
    assert "Search results" in text
    assert "“police <ask>”" in text  # the query...
    assert "<ask>" not in job.html and "police &lt;ask&gt;" in job.html  # ...escaped
    assert "Laws: PHIPA" in text and "Sectors: Health, Justice" in text
    assert "5 (the first 2 are listed)" in text
    assert "Did you mean" in text and "police asks" in text
    assert "1. PHIPA s. 40(1): sharing" in text
    assert "Provisions: PHIPA s. 40(1)" in text
    assert "you may share with police when" in text
    assert "2. Glossary: Reasonable grounds" in text
    # print queues keep job names: the words searched for are never in the name or title
    assert job.filename == "search-results.pdf"
    assert job.title == "Search results"


def test_search_digest_without_results_or_filters():
    from desktop_app.printouts import search_job

    job = search_job(make_results("zzz", (), 0))
    text = text_of(job.html)
    assert "Filters: none" in text and "No results." in text


def test_decision_summary_and_record_from_the_engine(plib):
    from desktop_app.printouts import decision_doc_from_facts, decision_job

    doc = decision_doc_from_facts(plib, "danger=no, organization=municipal, consent=no")
    assert doc.outcome_title == "You may share in compelling circumstances"
    assert doc.provisions == ("MFIPPA s. 32(h)", "CYFSA s. 125(1)")
    assert doc.answers[1] == ("Which kind of organization do you work for?",
                              "A municipal institution such as a police service (MFIPPA)")
    assert doc.sections[0] == ("mfippa", "MFIPPA: municipal institutions")
    summary = text_of(decision_job(doc, record=False).html)
    for part in ("Decision summary", "Outcome: You may share in compelling circumstances",
                 "MFIPPA s. 32(h); CYFSA s. 125(1)", "The circumstances are compelling.",
                 "Required.", "mailed to the last known address", "Safety first:",
                 "Is someone in immediate danger right now?", "Duty to report",
                 "What to record", "Who you consulted before deciding."):
        assert part in summary, part
    assert "Signature" not in summary
    record = text_of(decision_job(doc, record=True).html)
    for part in ("Decision record", "Date and time", "Authority relied on",
                 "MFIPPA s. 32(h); CYFSA s. 125(1)", "Signature", "Name and role",
                 "Reviewed by", "not kept by the app"):
        assert part in record, part


def test_decision_record_prints_filled_fields_escaped(plib):
    from content.decision import DecisionRecord, DecisionSession
    from desktop_app.printouts import decision_doc, decision_job

    session = DecisionSession(plib.extras["decisions"]["share"])
    session.start()
    for value in ("no", "health", "no"):
        step = session.answer(value)
    if getattr(step, "kind", "") == "review":
        session.confirm()
    summary = session.summary()
    record = replace(DecisionRecord.prefilled(summary), what="Threats <to> kill\nand a plan",
                     shared="shared")
    page = decision_job(decision_doc(summary, record, library=plib), record=True).html
    text = text_of(page)
    assert "Threats <to> kill" in text and "and a plan" in text
    assert "Threats &lt;to&gt; kill<br>and a plan" in page
    assert "Shared" in text
    assert "PHIPA s. 40(1)" in text


def test_decision_facts_errors(plib):
    from desktop_app.printouts import decision_doc_from_facts

    with pytest.raises(ValueError, match="do not reach an outcome.*organization="):
        decision_doc_from_facts(plib, "danger=no")
    with pytest.raises(ValueError, match="unknown fact"):
        decision_doc_from_facts(plib, "mood=bad")
    with pytest.raises(ValueError, match="KEY=VALUE"):
        decision_doc_from_facts(plib, "danger")
    no_flow = replace(plib, extras={})
    with pytest.raises(LookupError, match="no decision helper"):
        decision_doc_from_facts(no_flow, "danger=no")


def test_decision_map_lists_every_path_question_and_outcome(plib):
    from content.decision import all_paths
    from desktop_app.printouts import decision_map_from_library

    flow = plib.extras["decisions"]["share"]
    job = decision_map_from_library(plib)
    text = text_of(job.html)
    n_paths = len(all_paths(flow))
    assert f"1. Every path ({n_paths})" in text
    for q in flow.questions.values():
        assert q.text in text
        for c in q.choices:
            assert c.label in text
    for o in flow.outcomes.values():
        assert o.title in text and o.plain in text
    assert "Outcome 5: You may share in compelling circumstances" in text
    assert "MFIPPA s. 32(h)" in text and "CYFSA s. 125(1)" in text
    assert "Children" in text  # the note
    # part 1 is the engine's tree of every path, line by line; every outcome is reached
    from content.decision import format_flow_map

    lines = format_flow_map(flow).splitlines()
    tree = lines[lines.index("1. Every path") + 2:lines.index("2. Questions")]
    tree = [line.strip() for line in tree if line.startswith("  ")]
    assert len(tree) > 5
    for line in tree:
        assert " ".join(line.split()) in text, line
    for oid in flow.outcomes:
        assert f"<b>OUTCOME {oid}</b>" in job.html
    assert "Read down:" in text


def test_decision_map_without_tree_has_a_row_per_path(plib):
    from content.decision import all_paths, flow_map
    from desktop_app.printouts import decision_map_job

    flow = plib.extras["decisions"]["share"]
    job = decision_map_job(flow_map(flow))
    n_paths = len(all_paths(flow))
    assert job.html.count("<tr>") == n_paths + 1
    assert '<table class="paths" width="100%" cellspacing="0"><thead><tr><th' in job.html
    text = text_of(job.html)
    # each answer by its question's number and its own words (no fact id)
    assert ("Q1: No; Q2: A municipal institution such as a police "
            "service (MFIPPA); Q3: No, or it is not safe to ask") in text


def test_quick_reference_variants_never_below_9pt(plib):
    from desktop_app.printouts import MIN_CARD_PT, quick_reference_job

    job = quick_reference_job(plib)
    assert job.one_page and job.kind == "quick-reference"
    assert len(job.variants) > 6
    sizes_seen = set()
    for page in job.variants:
        sizes = [float(x) for x in re.findall(r"font-size:\s*([0-9.]+)pt", page)]
        assert sizes and min(sizes) >= MIN_CARD_PT
        assert not re.search(r"font-size:\s*[0-9.]+(?:px|em|%)", page)
        sizes_seen.add(re.search(r"body \{ font-family: [^;]+; font-size: ([0-9.]+)pt",
                                 page).group(1))
        assert "sans-serif" in page and "Nimbus Roman" not in page and "DejaVu Serif" not in page
    assert sizes_seen == {"10.5", "10.0"}  # shrinks, but stops at 10 pt
    text = text_of(job.html)
    for st in plib.statutes:
        assert st.risk_test.provision in text
        assert st.name in text
        for p in st.law_enforcement.provisions:
            assert p in text
    assert "A child may need protection? You must report it: CYFSA s. 125." in text
    assert "children's aid society" in text
    # action first: the emergency line, then the contacts (boxes to write them in)
    assert text.strip().startswith("Someone in danger now? Call 911.")
    assert text.index("Your contacts: write them in") < text.index("Privacy officer") \
        < text.index("Risk test")
    # the last variant is shortened, and says so; the roomiest is not
    assert "Some entries are shortened" in text_of(job.variants[-1])
    assert "Some entries are shortened" not in text


def test_quick_reference_needs_statutes(plib):
    from desktop_app.printouts import quick_reference_job

    with pytest.raises(ValueError, match="statutes"):
        quick_reference_job(replace(plib, statutes=()))


@pytest.mark.parametrize("text,expected", [
    ("PHIPA s. 40(1)", "phipa-s-40-1"), ("  ", "x"), ("Ça va / ok?", "a-va-ok"),
    ("a" * 100, "a" * 60)])
def test_safe_filename(text, expected):
    from desktop_app.printouts import safe_filename

    assert safe_filename(text, "x") == expected


def test_copy_as_text_says_what_the_printout_says(library):
    from content.decision import all_paths, evaluate_facts
    from desktop_app.printouts import decision_doc, decision_job, decision_text

    flow = library.extras["decisions"]["share"]
    summary = next(ev.summary for ev in (evaluate_facts(flow, dict(p.facts))
                                         for p in all_paths(flow))
                   if ev.summary is not None and ev.summary.alternatives)
    doc = decision_doc(summary, None, library=library)
    text = decision_text(doc, record=True)
    paper = text_of(decision_job(doc, record=True).html)
    assert f"Route relied on: {doc.route}" in text and f"Route relied on: {doc.route}" in paper
    for route, consequence, *_rest in doc.alternatives:
        assert f"Another route: {route}. {consequence}" in text
        assert f"Another route: {route}" in paper and consequence in paper
    assert "Provisions: " + "; ".join(doc.provisions) in text
    assert "Provisions: " + "; ".join(doc.provisions) in paper
    assert "- Authority relied on: " in text and "Signature" not in text
