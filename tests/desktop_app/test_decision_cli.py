"""Scripted mode: ``ipv-guide decide --facts ... --json`` and ``--map``."""

from __future__ import annotations

import json

import pytest

from content.decision import all_paths
from desktop_app.cli import main

BASE = "danger=no,child_protection_concern=no"


@pytest.fixture(autouse=True)
def _shipped_library_once(library, monkeypatch):
    """Reuse the session's shipped library: loading it for every call is slow (YAML)."""
    from desktop_app.cli import content_cmds

    real = content_cmds.load_for_cli
    monkeypatch.setattr(content_cmds, "load_for_cli",
                        lambda args: library if args.content is None else real(args))


def decide(capsys, *args: str) -> tuple[int, dict | str, str]:
    code = main(["decide", *args])
    out = capsys.readouterr()
    try:
        return code, json.loads(out.out), out.err
    except json.JSONDecodeError:
        return code, out.out, out.err


POLICE = "recipient=police,police_request=no"
ASKED = "recipient=police,police_request=asked"
GIVEN = "consent=given,consent_by=person,third_party=no"

# One scenario or more per organization type, with the provisions asserted.
SCENARIOS = [
    # (facts, outcome, provisions that must be cited, notice_required, duty_to_report)
    (f"{BASE},organization=fippa,recipient=person-at-risk,consent=unsafe,risk=serious",
     "fippa-serious-harm", ["FIPPA s. 42(1)(h)"], True, False),
    (f"{BASE},organization=fippa,{ASKED},consent=refused,risk=none,offence=yes",
     "fippa-police", ["FIPPA s. 42(1)(g)"], False, False),
    (f"{BASE},organization=fippa,recipient=agency,{GIVEN}", "fippa-consent",
     ["FIPPA s. 42(1)(b)"], False, False),
    (f"{BASE},organization=mfippa,{POLICE},consent=refused,risk=serious,offence=yes",
     "mfippa-police-serious", ["MFIPPA s. 32(g)"], False, False),
    (f"{BASE},organization=mfippa,{POLICE},consent=unsafe,risk=unsure,offence=yes",
     "mfippa-police", ["MFIPPA s. 32(g)"], False, False),
    (f"{BASE},organization=phipa,{POLICE},consent=refused,risk=serious,institution=no",
     "phipa-serious-harm", ["PHIPA s. 40(1)"], False, False),
    (f"{BASE},organization=phipa,{ASKED},consent=refused,risk=none,institution=unsure",
     "phipa-police", ["PHIPA s. 18(3)", "PHIPA s. 43(1)(g)", "PHIPA s. 41(1)(d)",
                      "PHIPA s. 43(1)(f)"], False, False),
    (f"{BASE},organization=phipa,{POLICE},{GIVEN}", "phipa-consent", ["PHIPA s. 18(3)"],
     False, False),
    (f"{BASE},organization=phipa,recipient=health-custodian,consent=unsafe,risk=none",
     "share-only-with-consent", ["PHIPA s. 20(2)", "PHIPA s. 38(1)(a)"], False, False),
    (f"{BASE},organization=cyfsa,recipient=agency,consent=unsafe,risk=serious",
     "cyfsa-serious-harm", ["CYFSA s. 292(1)(g)"], False, False),
    (f"{BASE},organization=cas,recipient=cas,consent=refused,risk=none,child_risk=yes",
     "cas-to-cas", ["CYFSA s. 292(2)"], False, False),
    (f"{BASE},organization=cyfsa,{ASKED},consent=refused,risk=none,offence=yes",
     "cyfsa-police", ["CYFSA s. 292(1)(a)"], False, False),
    (f"{BASE},organization=pipeda,{POLICE},consent=unsafe,risk=serious,offence=no",
     "pipeda-emergency", ["PIPEDA s. 7(3)(e)"], True, False),
    (f"{BASE},organization=pipeda,{ASKED},consent=refused,risk=none,offence=yes",
     "pipeda-police", ["PIPEDA s. 7(3)(d)"], False, False),
    (f"{BASE},organization=none,recipient=person-at-risk,consent=refused,risk=serious",
     "no-statute-serious", [], False, False),
    (f"{BASE},organization=none,recipient=agency,{GIVEN}", "none-consent", [], False, False),
    # child protection
    (f"danger=no,child_protection_concern=yes,organization=phipa,{POLICE},consent=refused,"
     "risk=serious,institution=no",
     "phipa-serious-harm", ["PHIPA s. 40(1)", "CYFSA s. 125(1)"], False, True),
    ("danger=no,child_protection_concern=yes,other_sharing=no", "duty-to-report",
     ["CYFSA s. 125(1)", "CYFSA s. 125(3)"], False, True),
    ("danger=no,child_protection_concern=youth,other_sharing=no", "may-report-youth",
     ["CYFSA s. 125(4)"], False, False),
    (f"danger=no,child_protection_concern=unsure,organization=cyfsa,recipient=agency,{GIVEN}",
     "cyfsa-consent", ["CYFSA s. 286", "CYFSA s. 125(1)"], False, False),
    # "not sure" answers
    ("danger=unsure", "call-911", [], False, False),
    (f"{BASE},organization=unsure,org_kind=health,recipient=agency,consent=refused,"
     "risk=serious", "phipa-serious-harm", ["PHIPA s. 40(1)"], False, False),
    (f"{BASE},organization=unsure,org_kind=nonprofit,org_nonprofit=neither,recipient=agency,"
     "consent=unsure,risk=none", "no-statute", [], False, False),
    (f"{BASE},organization=unsure,org_kind=unsure,recipient=agency,consent=unsafe,risk=none",
     "unsure-law", ["PHIPA s. 18(3)"], False, False),
    (f"{BASE},organization=fippa,recipient=agency,consent=unsure,risk=none,purpose=no",
     "seek-consent", ["FIPPA s. 42(1)(b)"], False, False),
    (f"{BASE},organization=fippa,recipient=agency,consent=refused,risk=unsure,purpose=no",
     "consult-before-sharing", ["FIPPA s. 42(1)(h)", "FIPPA s. 62(2)"], False, False),
    (f"{BASE},organization=phipa,{POLICE},consent=refused,risk=unsure,institution=no",
     "consult-before-sharing", ["PHIPA s. 40(1)", "PHIPA s. 71(1)"], False, False),
    (f"{BASE},organization=cyfsa,recipient=unsure,consent=refused,risk=serious",
     "cyfsa-serious-harm", ["CYFSA s. 292(1)(g)"], False, False),
]


@pytest.mark.parametrize("facts, outcome, provisions, notice, duty", SCENARIOS,
                         ids=[s[1] + "-" + str(i) for i, s in enumerate(SCENARIOS)])
def test_scripted_outcomes(capsys, facts, outcome, provisions, notice, duty):
    code, out, err = decide(capsys, "--facts", facts, "--json")
    assert code == 0, err
    assert out["status"] == "outcome"
    assert out["outcome_id"] == outcome
    assert set(provisions) <= set(out["provisions"])
    assert out["notice_required"] is notice
    assert out["duty_to_report"] is duty
    assert out["title"] and out["sections"]
    if not provisions:
        assert out["provisions"] or out["provisions_reason"]


def test_every_organization_type_is_covered_above(library):
    flow = library.extras["decisions"]["share"]
    covered = {part.split("=")[1] for facts, *_ in SCENARIOS for part in facts.split(",")
               if part.startswith("organization=")}
    assert covered == set(flow.facts["organization"])


def test_missing_facts_name_the_next_question(capsys):
    code, out, _ = decide(capsys, "--facts", f"{BASE},organization=phipa,recipient=agency",
                          "--json")
    assert code == 0
    assert out["status"] == "question" and out["outcome_id"] is None
    assert out["next_question"]["id"] == "consent"
    assert out["next_question"]["fact"] == "consent"
    assert out["next_question"]["values"] == ["given", "refused", "unsafe", "unsure"]
    code, out, _ = decide(capsys, "--json")
    assert out["next_question"]["id"] == "danger"


def test_facts_may_be_split_over_several_options(capsys):
    code, out, _ = decide(capsys, "--facts", BASE, "--facts", "organization=fippa",
                          "--facts", "recipient=agency", "--facts", GIVEN, "--json")
    assert code == 0 and out["outcome_id"] == "fippa-consent"


@pytest.mark.parametrize("facts, message", [
    ("danger=maybe", "'maybe' is not a value of 'danger'; use one of: yes|no|unsure"),
    ("colour=red", "unknown fact 'colour'"),
    ("danger", "'danger' is not KEY=VALUE"),
])
def test_bad_facts_exit_2_with_a_clear_message(capsys, facts, message):
    code, out, err = decide(capsys, "--facts", facts, "--json")
    assert code == 2 and message in err and out == ""


def test_text_output_is_readable(capsys):
    code, out, _ = decide(capsys, "--facts", f"{BASE},organization=mfippa,{POLICE},"
                          "consent=refused,risk=serious,offence=yes")
    assert code == 0
    assert "You may tell police under MFIPPA s. 32(g)" in out
    assert "Provisions: MFIPPA s. 32(g)" in out
    assert "Another route [mfippa-serious-harm]" in out
    assert "last known address" in out and "Safety:" in out
    assert "Route relied on: Law-enforcement route (MFIPPA s. 32(g)): no notice" in out
    assert "not legal advice" in out.lower()


def test_text_output_for_a_question_lists_the_values(capsys):
    code, out, _ = decide(capsys, "--facts", "danger=no")
    assert "Next question [child_protection]" in out
    assert "child_protection_concern=VALUE" in out and "unsure" in out


def test_emergency_then_the_rest(capsys):
    code, out, _ = decide(capsys, "--facts", "danger=yes,child_protection_concern=no,"
                          f"organization=mfippa,{POLICE},consent=unsafe,risk=serious,"
                          "offence=yes")
    assert code == 0
    assert out.startswith("FIRST: Call 911 now")
    assert "MFIPPA s. 32(g)" in out


def test_map_prints_every_path_and_outcome(capsys, library):
    flow = library.extras["decisions"]["share"]
    code, out, _ = decide(capsys, "--map")
    assert code == 0
    flat = " ".join(out.split())
    for oid, o in flow.outcomes.items():
        assert f"OUTCOME {oid}" in out
        assert o.title in flat
    assert f"{len(all_paths(flow))} paths" in out
    code, data, _ = decide(capsys, "--map", "--json")
    assert len(data["paths"]) == len(all_paths(flow))
    assert {q["id"] for q in data["questions"]} == set(flow.questions)


def test_facts_list(capsys):
    code, data, _ = decide(capsys, "--facts-list", "--json")
    assert code == 0
    assert data["recipient"][:6] == ["police", "person-at-risk", "agency", "health-custodian",
                                     "cas", "situation-table"]
    code, out, _ = decide(capsys, "--facts-list")
    assert "organization=fippa|mfippa|phipa|cas|cyfsa|pipeda|none|unsure" in out
