"""Each worked scenario in the content ends with a line

    Decision helper facts: danger=no, child_protection_concern=no, organization=phipa, ...

and runs through the decision helper to an outcome that cites and links sensibly."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from content import load_library
from content.decision import MAIN_FLOW, evaluate_facts, parse_facts
from content.model import provision_statute

FACTS_LINE = re.compile(r"^Decision helper facts:\s*(?P<facts>.+?)\s*$", re.MULTILINE)
LAW_OF = {"fippa": "FIPPA", "mfippa": "MFIPPA", "phipa": "PHIPA", "cyfsa": "CYFSA", "cas": "CYFSA",
          "pipeda": "PIPEDA"}

_LIBRARY = load_library()
SCENARIOS = [s for s in _LIBRARY.sections if s.kind == "scenario"]


def scenario_facts(section) -> dict[str, str]:
    body = section.body.rstrip()
    matches = list(FACTS_LINE.finditer(body))
    assert matches, f"{section.path}: no 'Decision helper facts:' line"
    last = matches[-1]
    assert body[last.end():].strip() == "", f"{section.path}: the facts line must come last"
    return parse_facts(last.group("facts"))


def test_at_least_eight_worked_scenarios():
    assert len(SCENARIOS) >= 8


@pytest.mark.parametrize("section", SCENARIOS, ids=[s.id for s in SCENARIOS])
def test_scenario_runs_through_the_helper(section):
    flow = _LIBRARY.extras["decisions"][MAIN_FLOW]
    facts = scenario_facts(section)
    ev = evaluate_facts(flow, facts)
    assert ev.outcome is not None, (
        f"{section.id}: stops at question '{ev.next_question.id}'")
    s = ev.summary
    # It links: every linked section exists.
    assert s.sections and all(_LIBRARY.has_section(x) for x in s.sections)
    # It cites: provisions, or a reason why none apply.
    assert s.provisions or s.outcome.provisions_reason
    # It cites the law the scenario is about, unless the outcome is about another step.
    law = LAW_OF.get(ev.facts.get("organization", ""))
    if law and s.outcome.verdict not in ("emergency", "must-report"):
        assert law in {provision_statute(p) for p in s.provisions}, (section.id, s.provisions)
        assert law in section.statutes, (section.id, law, section.statutes)
    # A child-protection concern always carries the duty to report.
    if facts.get("child_protection_concern") == "yes":
        assert s.duty_to_report and "CYFSA s. 125(1)" in s.provisions
    # An emergency is never skipped.
    if facts.get("danger") in ("yes", "unsure"):
        assert [o.id for o in ev.interim] == ["call-911"] or s.outcome_id == "call-911"


FR_FACTS_LINE = re.compile("^Faits pour l'aide à la décision\u00a0:\\s*(?P<facts>.+?)\\s*$",
                           re.MULTILINE)


@pytest.mark.parametrize("section", SCENARIOS, ids=[s.id for s in SCENARIOS])
def test_the_french_scenario_ends_with_the_same_facts_under_a_french_label(section):
    from content import data_root

    french = data_root() / "fr" / "sections" / Path(section.path).name
    text = french.read_text(encoding="utf-8").rstrip()
    matches = list(FR_FACTS_LINE.finditer(text))
    assert matches, f"{french}: no « Faits pour l'aide à la décision : » line"
    assert text[matches[-1].end():].strip() == "", f"{french}: the facts line must come last"
    assert parse_facts(matches[-1].group("facts")) == scenario_facts(section)
