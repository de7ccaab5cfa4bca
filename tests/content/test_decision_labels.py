"""The decision summary's headings are content: a ``labels:`` list in each flow file, in
each language, checked on load and by the parity check (issue 20)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from content import load_library
from content.decision import DecisionRecord, DecisionSession, record_markdown
from content.decision.model import DEFAULT_LABELS
from content.decision.parsing import parse_flow_text
from content.parity import flow_mismatches

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "content" / "data"

FLOW = """\
id: flow
title: A flow
disclaimer: Not legal advice.
start: q
labels:
{labels}
questions:
  - id: q
    fact: q
    text: A question?
    why: Because.
    section: intro
    choices:
      - value: "yes"
        label: "Yes"
        next: done
      - value: "no"
        label: "No"
        next: done
      - value: unsure
        label: Not sure
        not_sure: true
        next: done
outcomes:
  - id: done
    verdict: may-share
    title: Done
    plain: You may share.
    provisions: [PHIPA s. 40(1)]
    notice: {{required: "no", text: No notice.}}
    record: [What you shared.]
    sections: [intro]
"""


def _parse(labels: str):
    return parse_flow_text(FLOW.format(labels=labels), "decisions/flow.yaml",
                           section_exists=lambda _sid: True)


@pytest.fixture(scope="module")
def flows():
    en = load_library(DATA).extras["decisions"]["share"]
    fr = load_library(DATA, language="fr").extras["decisions"]["share"]
    return en, fr


def test_the_shipped_flows_give_every_label_in_their_language(flows):
    en, fr = flows
    for label_id, english in DEFAULT_LABELS.items():
        assert en.labels[label_id] == english
        # "Question {number}" is the same word in French; every other label differs
        assert fr.labels[label_id] != english or label_id == "progress_open", label_id
    assert fr.label("provisions") == "Dispositions\u00a0:"
    assert fr.label("another_route", route="X") == "Autre voie\u00a0: X"


def test_the_french_summary_and_progress_are_french(flows):
    en, fr = flows
    facts = ["no", "no"]
    texts = {}
    for lang, flow in (("en", en), ("fr", fr)):
        session = DecisionSession(flow)
        session.start()
        for value in facts:
            session.answer(value)
        texts[lang] = session.progress().text()
    assert texts["en"].startswith("Question 3 of about ")
    assert texts["fr"].startswith("Question 3 sur environ ")
    # every path's outcome, in both languages: the headings come from the flow's labels
    from content.decision import all_paths, evaluate_facts
    checked = 0
    for path in all_paths(en):
        s_en = evaluate_facts(en, path.facts).summary
        s_fr = evaluate_facts(fr, path.facts).summary
        if s_en is None or s_fr is None or not (s_en.record_points and s_en.answers):
            continue
        md_en, md_fr = s_en.to_markdown(), s_fr.to_markdown()
        for english in ("### What to record", "### Your answers",
                        "### Telling the person afterwards"):
            assert english in md_en and english not in md_fr
        assert "### Ce qu'il faut consigner" in md_fr and "### Vos réponses" in md_fr
        assert "### Informer la personne après coup" in md_fr
        for word in ("Provisions:", "Safety:", "Another route", "Check the official text"):
            assert word not in md_fr
        record_fr = record_markdown(s_fr, DecisionRecord.prefilled(s_fr, None))
        record_en = record_markdown(s_en, DecisionRecord.prefilled(s_en, None))
        assert "## Decision record" in record_en and "| Route relied on |" in record_en
        assert "## Relevé de la décision" in record_fr and "| Voie retenue |" in record_fr
        assert "Résultat\u00a0: **" in record_fr and "rangez-le" in record_fr.lower()
        for label_id, english in DEFAULT_LABELS.items():
            if label_id.startswith("field_"):
                assert f"| {english} |" not in record_fr
        checked += 1
        if checked == 12:
            break
    assert checked == 12


def test_a_flow_without_labels_uses_the_english_defaults():
    flow, problems = _parse("  []")
    assert not [p for p in problems if 'label' in p[1]] and flow is not None
    assert dict(flow.labels) == dict(DEFAULT_LABELS)


@pytest.mark.parametrize("labels, words", [
    ("  - id: nope\n    text: Nope", "unknown label 'nope'"),
    ("  - id: progress\n    text: Question {number}", "placeholders"),
    ("  - id: another_route\n    text: Autre voie", "placeholders"),
    ("  - id: safety\n    text: A\n  - id: safety\n    text: B", "given twice"),
    ("  - id: safety", "text"),
    ("  - safety", "label must be"),
])
def test_a_bad_label_is_reported_with_its_line(labels, words):
    flow, problems = _parse(labels)
    assert any(words in message and line >= 6 for line, message in problems), problems


def test_a_good_label_replaces_the_default():
    flow, problems = _parse("  - id: safety\n    text: \"Sécurité\u00a0:\"")
    assert not [p for p in problems if 'label' in p[1]] and flow is not None
    assert flow.label("safety") == "Sécurité\u00a0:" and flow.label("record") == "What to record"


def test_parity_checks_label_ids_not_their_text(tmp_path):
    en_root, fr_root = tmp_path / "en", tmp_path / "en" / "fr"
    (fr_root / "decisions").mkdir(parents=True)
    (en_root / "decisions").mkdir(exist_ok=True)
    shutil.copy(DATA / "decisions" / "share.yaml", en_root / "decisions" / "share.yaml")
    french = (DATA / "fr" / "decisions" / "share.yaml").read_text(encoding="utf-8")
    (fr_root / "decisions" / "share.yaml").write_text(french, encoding="utf-8")
    assert flow_mismatches(en_root, fr_root, "share") == []
    (fr_root / "decisions" / "share.yaml").write_text(
        french.replace("- id: read_more", "- id: read_on", 1), encoding="utf-8")
    problems = flow_mismatches(en_root, fr_root, "share")
    assert problems and any("read_more" in p.message for p in problems)
    assert all(p.line > 0 for p in problems)
