"""The decision helper's routes, as the law decides them.

Three layers, all through the same engine as ``ipv-guide decide --facts ... --json``:

1. every cell of ``docs/routes.md`` (organization x recipient x asked/telling) ends on the
   outcome the map names;
2. one test per route the issue names, asserting provisions, verdict, ``notice_required``
   and the safety caution;
3. a set of situations written from the statutes and from workers' own words, each with
   the legally right answer.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from content.decision import CONSULT_ROLES, MAIN_FLOW, evaluate_facts, parse_facts
from desktop_app.cli import main

ROUTES_MD = Path(__file__).resolve().parents[2] / "docs" / "routes.md"
BASE = {"danger": "no", "child_protection_concern": "no"}


@pytest.fixture(scope="module")
def flow(library):
    return library.extras["decisions"][MAIN_FLOW]


@pytest.fixture(autouse=True)
def _shipped_library_once(library, monkeypatch):
    from desktop_app.cli import content_cmds

    real = content_cmds.load_for_cli
    monkeypatch.setattr(content_cmds, "load_for_cli",
                        lambda args: library if args.content is None else real(args))


def decide(capsys, facts: str) -> dict:
    """``ipv-guide decide --facts FACTS --json`` with the base facts unless given."""
    given = parse_facts(facts)
    full = {**{k: v for k, v in BASE.items() if k not in given}, **given}
    code = main(["decide", "--facts", ",".join(f"{k}={v}" for k, v in full.items()),
                 "--json"])
    out = capsys.readouterr()
    assert code == 0, out.err
    return json.loads(out.out)


def alt(out: dict, oid: str) -> dict:
    found = [a for a in out["alternatives"] if a["outcome_id"] == oid]
    assert found, (oid, [a["outcome_id"] for a in out["alternatives"]])
    return found[0]


# -- 1. the map: every cell of docs/routes.md -------------------------------------------

def _cells() -> list[tuple[str, str]]:
    text = ROUTES_MD.read_text(encoding="utf-8")
    cells = []
    for block in re.findall(r"```cells\n(.*?)```", text, re.S):
        for line in block.strip().splitlines():
            facts, _, outcome = line.partition("->")
            cells.append((facts.strip(), outcome.strip()))
    return cells


CELLS = _cells()


def test_the_map_has_a_section_per_organization_and_enough_cells():
    text = ROUTES_MD.read_text(encoding="utf-8")
    for heading in ("## FIPPA institution", "## MFIPPA institution", "## PHIPA custodian",
                    "## PHIPA custodian that is also a FIPPA or MFIPPA institution",
                    "## CYFSA service provider", "## Children's aid society",
                    "## PIPEDA organization", "## No privacy statute",
                    "## Not sure which law"):
        assert heading in text, heading
    assert len(CELLS) >= 80


@pytest.mark.parametrize("facts, outcome", CELLS, ids=[f"{o}:{f}" for f, o in CELLS])
def test_every_cell_of_the_map_ends_on_its_outcome(flow, facts, outcome):
    given = parse_facts(facts)
    ev = evaluate_facts(flow, {**{k: v for k, v in BASE.items() if k not in given}, **given})
    if outcome == "call-911":
        assert [o.id for o in ev.interim] == ["call-911"] or ev.outcome.id == "call-911"
        return
    assert ev.outcome is not None, f"stops at {ev.next_question.id}"
    assert ev.outcome.id == outcome
    assert not ev.unused_facts, ev.unused_facts  # every fact in the cell was asked


def test_every_outcome_appears_in_the_map(flow):
    named = {o for _f, o in CELLS}
    assert set(flow.outcomes) - named == set()


# -- 2. one test per route ------------------------------------------------------------------

@pytest.mark.parametrize("org, route, notice_route, law_words", [
    ("fippa", "FIPPA s. 42(1)(g)", "FIPPA s. 42(1)(h)", "last known address"),
    ("mfippa", "MFIPPA s. 32(g)", "MFIPPA s. 32(h)", "last known address"),
    ("pipeda", "PIPEDA s. 7(3)(d)", "PIPEDA s. 7(3)(e)", "in writing"),
])
def test_police_and_serious_risk_recommend_the_route_without_notice(
        capsys, org, route, notice_route, law_words):
    out = decide(capsys, f"organization={org},recipient=police,police_request=no,"
                         "consent=unsafe,risk=serious,offence=yes")
    assert out["verdict"] == "may-share"
    assert out["provisions"][0] == route and notice_route not in out["provisions"]
    assert out["notice_required"] is False
    assert out["notice"]["safety"]  # police action can raise the risk
    b = alt(out, f"{org}-serious-harm" if org != "pipeda" else "pipeda-emergency")
    assert b["provisions"] == [notice_route] and b["notice_required"] is True
    # the consequence is said first, and it names who the notice can reach
    assert law_words in b["consequence"] and "abusive partner" in b["consequence"]
    assert b["caution"] and "abusive partner" in b["caution"]
    assert "no notice" in out["route"].lower() or "no written notice" in out["route"].lower()


def test_mfippa_law_enforcement_route_includes_the_reasonable_basis_limb(capsys):
    out = decide(capsys, "organization=mfippa,recipient=police,police_request=no,"
                         "consent=unsafe,risk=serious,offence=yes")
    assert "reasonable basis to believe that an offence may have been committed" in out["plain"]


def test_cyfsa_police_states_the_same_notice_rule_for_both_routes(capsys):
    for org in ("cyfsa", "cas"):
        out = decide(capsys, f"organization={org},recipient=police,police_request=no,"
                             "consent=unsafe,risk=serious,offence=yes")
        assert out["outcome_id"] == "cyfsa-police-serious"
        assert out["provisions"][0] == "CYFSA s. 292(1)(a)"
        assert out["notice"]["required"] == "conditional" and out["notice_required"] is False
        assert "CYFSA s. 311(2)" in out["notice"]["provisions"]
        b = alt(out, "cyfsa-serious-harm")
        assert b["provisions"] == ["CYFSA s. 292(1)(g)"]
        assert b["notice"]["required"] == "conditional"
        assert "same notice rule" in b["consequence"]
        assert "differ in their tests, not in their notice" in out["plain"]


def test_phipa_police_routes(capsys):
    serious = decide(capsys, "organization=phipa,recipient=police,police_request=no,"
                             "consent=refused,risk=serious,institution=no")
    assert serious["outcome_id"] == "phipa-serious-harm"
    assert serious["provisions"][0] == "PHIPA s. 40(1)"
    assert serious["notice"]["required"] == "conditional" and serious["notice"]["safety"]
    warrant = decide(capsys, "organization=phipa,recipient=police,police_request=order")
    assert warrant["outcome_id"] == "comply-with-order"
    assert {"PHIPA s. 43(1)(g)", "PHIPA s. 41(1)(d)"} <= set(warrant["provisions"])
    hospital = decide(capsys, "organization=phipa,recipient=police,police_request=asked,"
                              "consent=refused,risk=none,institution=yes,offence=yes")
    assert hospital["outcome_id"] == "phipa-institution-police"
    assert hospital["provisions"][:2] == ["PHIPA s. 43(1)(f)", "FIPPA s. 42(1)(g)"]
    assert hospital["notice_required"] is False


@pytest.mark.parametrize("org", ["fippa", "mfippa", "cyfsa", "pipeda"])
def test_welfare_call_with_no_investigation_and_no_risk_is_not_may_share(capsys, org):
    out = decide(capsys, f"organization={org},recipient=police,police_request=asked,"
                         "consent=refused,risk=none,offence=no")
    assert out["outcome_id"] == "police-no-basis"
    assert out["verdict"] != "may-share" and not out["provisions"]
    assert "welfare check" in out["plain"]


@pytest.mark.parametrize("org", ["fippa", "mfippa", "cyfsa", "pipeda", "cas"])
def test_the_offence_question_is_asked_never_assumed(capsys, org):
    out = decide(capsys, f"organization={org},recipient=police,police_request=asked,"
                         "consent=refused,risk=none")
    assert out["status"] == "question" and out["next_question"]["fact"] == "offence"


def test_police_without_risk_after_a_refusal_carries_the_consent_first_caution(capsys):
    out = decide(capsys, "organization=fippa,recipient=police,police_request=asked,"
                         "consent=refused,risk=none,offence=yes")
    assert out["outcome_id"] == "fippa-police" and out["verdict"] == "may-share"
    notes = {n["id"]: n["text"] for n in out["notes"]}
    assert "consent-refused-police" in notes
    text = notes["consent-refused-police"]
    assert "does not make you" in text and "plan for" in text and "informed" in text
    assert "principle-trauma-informed" in out["sections"]
    unsafe = decide(capsys, "organization=mfippa,recipient=police,police_request=no,"
                            "consent=unsafe,risk=none,offence=yes")
    assert "consent-first-police" in {n["id"] for n in unsafe["notes"]}


def test_society_to_society_reaches_292_2(capsys):
    out = decide(capsys, "organization=cas,recipient=cas,consent=refused,risk=none,"
                         "child_risk=yes")
    assert out["outcome_id"] == "cas-to-cas" and out["verdict"] == "may-share"
    assert out["provisions"] == ["CYFSA s. 292(2)"]
    assert "risk of harm to a child" in out["plain"] and "lower bar" in out["plain"]
    assert out["notice"]["safety"]
    # a provider that is not a society cannot use s. 292(2)
    other = decide(capsys, "organization=cyfsa,recipient=cas,consent=refused,risk=none")
    assert "CYFSA s. 292(2)" not in other["provisions"]


def test_phipa_custodian_may_share_with_a_society_for_its_functions(capsys):
    out = decide(capsys, "organization=phipa,recipient=cas,consent=refused,risk=none")
    assert out["outcome_id"] == "phipa-to-cas" and out["provisions"] == ["PHIPA s. 43(1)(e)"]


def test_no_statute_names_the_common_law_test_with_imminence(capsys):
    out = decide(capsys, "organization=none,recipient=police,police_request=no,"
                         "consent=unsafe,risk=serious")
    assert out["outcome_id"] == "no-statute-serious"
    text = " ".join([out["plain"], *out["conditions"]])
    assert "Smith v. Jones" in text and "[1999] 1 SCR 455" in text
    for factor in ("Clarity", "Seriousness", "Imminence"):
        assert factor in text
    assert "psychological" in text
    assert "professional college" in text.lower()
    assert "agency-lawyer" in out["consult"]


def test_risk_questions_say_the_thresholds_as_the_acts_do(flow):
    phipa = flow.questions["risk_phipa"]
    assert "necessary to eliminate or reduce" in phipa.text
    assert "more than a possible or remote risk" in phipa.help
    assert "Our reading" in phipa.help  # interpretation marked as such
    assert "less intrusive step" in phipa.help
    cyfsa = flow.questions["risk_cyfsa"]
    assert "necessary to" in cyfsa.text and "less intrusive step" in cyfsa.help
    for q in flow.questions.values():
        for text in (q.text, q.help):
            assert "would sharing help" not in text and "could help protect" not in text
            assert "more than a remote chance" not in text
    assert "imminent" in flow.questions["risk_none"].text
    assert "timing matters" in flow.questions["risk_pipeda"].help


def test_consent_given_warns_about_third_parties(capsys):
    out = decide(capsys, "organization=fippa,recipient=agency,consent=given,"
                         "consent_by=person,third_party=yes")
    assert out["outcome_id"] == "fippa-consent"
    notes = {n["id"]: n["text"] for n in out["notes"]}
    assert "abusive partner's information" in notes["consent-third-party"]
    # whose information is asked, never assumed
    q = decide(capsys, "organization=fippa,recipient=agency,consent=given,consent_by=person")
    assert q["status"] == "question" and q["next_question"]["fact"] == "third_party"


def test_capacity_capable_child_decides(capsys):
    out = decide(capsys, "organization=phipa,recipient=agency,consent=given,consent_by=child,"
                         "third_party=no")
    assert out["outcome_id"] == "phipa-consent"
    assert {"PHIPA s. 23(1)", "PHIPA s. 23(3)"} <= set(out["provisions"])
    cy = decide(capsys, "organization=cyfsa,recipient=agency,consent=given,consent_by=child,"
                        "third_party=no")
    assert {"CYFSA s. 301(1)", "CYFSA s. 301(3)"} <= set(cy["provisions"])


def test_capacity_impaired_consent_goes_to_the_routes_without_consent(capsys):
    out = decide(capsys, "organization=phipa,recipient=police,police_request=no,"
                         "consent=given,consent_by=impaired,risk=serious,institution=yes")
    assert out["outcome_id"] == "phipa-serious-harm"
    assert "PHIPA s. 21(1)" in out["provisions"]
    assert "consent-impaired" in {n["id"] for n in out["notes"]}


def test_capacity_partner_as_substitute_is_not_relied_on(capsys):
    out = decide(capsys, "organization=phipa,recipient=agency,consent=given,"
                         "consent_by=substitute,substitute=partner")
    assert out["outcome_id"] == "substitute-partner" and out["verdict"] == "consult"
    assert {"PHIPA s. 26(1)", "PHIPA s. 26(2)"} <= set(out["provisions"])
    text = " ".join(out["conditions"])
    assert "spouse" in text and "separation agreement" in text


def test_capacity_access_only_parent_is_not_a_substitute(capsys):
    out = decide(capsys, "organization=phipa,recipient=agency,consent=given,"
                         "consent_by=substitute,substitute=access-parent")
    assert out["outcome_id"] == "substitute-not-entitled"
    assert "PHIPA s. 23(2)" in out["provisions"]


def test_child_protection_must_under_16_may_for_16_and_17(capsys):
    under = decide(capsys, "child_protection_concern=yes,other_sharing=no")
    assert under["outcome_id"] == "duty-to-report" and under["verdict"] == "must-report"
    assert under["duty_to_report"] is True
    youth = decide(capsys, "child_protection_concern=youth,other_sharing=no")
    assert youth["outcome_id"] == "may-report-youth" and youth["verdict"] == "may-share"
    assert youth["provisions"] == ["CYFSA s. 125(4)"] and youth["duty_to_report"] is False
    # and with other sharing: the youth note says "may", never "must"
    later = decide(capsys, "child_protection_concern=youth,organization=fippa,"
                           "recipient=agency,consent=given,consent_by=person,third_party=no")
    notes = {n["id"] for n in later["notes"]}
    assert "child-youth" in notes and "child-duty" not in notes and not later["duty_to_report"]


def test_not_sure_which_law_continues_to_the_risk_and_names_who_else_to_ask(capsys):
    out = decide(capsys, "organization=unsure,org_kind=unsure,recipient=police,"
                         "police_request=no,consent=unsafe,risk=serious")
    assert out["outcome_id"] == "unsure-law-serious"
    assert {"FIPPA s. 42(1)(h)", "PHIPA s. 40(1)", "CYFSA s. 292(1)(g)"} <= set(out["provisions"])
    text = " ".join(out["conditions"])
    assert "No privacy officer?" in text and "lawyer" in text and "funder" in text
    assert "IPC" in text
    assert {"supervisor", "agency-lawyer"} <= set(out["consult"])
    assert [a["question"] for a in out["answers"]][-1] == "risk_unsure"


def test_someone_asking_whether_a_person_is_here(capsys):
    for org in ("none", "mfippa", "phipa", "unsure"):
        facts = f"organization={org},recipient=whereabouts"
        if org == "unsure":
            facts += ",org_kind=unsure"
        out = decide(capsys, facts)
        assert out["outcome_id"] == "whereabouts-request"
        assert "scenario-police-ask-shelter" in out["sections"]
        assert "confirm or deny" in out["title"]


def test_abusers_access_request_names_the_safety_exceptions(capsys):
    expected = {
        "fippa": {"FIPPA s. 20", "FIPPA s. 21(1)", "FIPPA s. 49(b)"},
        "mfippa": {"MFIPPA s. 13", "MFIPPA s. 14(1)", "MFIPPA s. 38(b)"},
        "phipa": {"PHIPA s. 52(1)(e)(i)", "PHIPA s. 52(1)(e)(iii)"},
        "cyfsa": {"CYFSA s. 312(1)(d)(i)", "CYFSA s. 312(1)(d)(iii)"},
    }
    for org, provisions in expected.items():
        out = decide(capsys, f"organization={org},recipient=abuser,abuser_request=records")
        assert out["outcome_id"] == "records-request"
        assert provisions <= set(out["provisions"]), org
        assert out["notice"]["safety"] and "privacy-officer" in out["consult"]


def test_orders_name_each_laws_provision(capsys):
    expected = {"fippa": "FIPPA s. 42(1)(e)", "mfippa": "MFIPPA s. 32(e)",
                "cyfsa": "CYFSA s. 292(1)(f)", "pipeda": "PIPEDA s. 7(3)(c)"}
    for org, provision in expected.items():
        out = decide(capsys, f"organization={org},recipient=court")
        assert out["outcome_id"] == "comply-with-order" and provision in out["provisions"]


def test_consistent_purpose_is_a_route(capsys):
    out = decide(capsys, "organization=mfippa,recipient=agency,consent=unsafe,risk=none,"
                         "purpose=yes")
    assert out["outcome_id"] == "mfippa-consistent-purpose"
    assert out["provisions"] == ["MFIPPA s. 32(c)", "MFIPPA s. 33"]
    assert "victim services" in out["plain"]
    indirect = decide(capsys, "organization=fippa,recipient=agency,consent=unsafe,risk=none,"
                              "purpose=indirect")
    assert indirect["outcome_id"] == "consult-before-sharing"
    assert "purpose-indirect" in {n["id"] for n in indirect["notes"]}


def test_notes_only_on_their_paths(capsys):
    out = decide(capsys, "organization=phipa,recipient=police,police_request=no,"
                         "consent=refused,risk=serious,institution=no")
    assert not any("DVDRC" in c for c in out["check_official_text"])
    assert "phipa-police-institution" not in {n["id"] for n in out["notes"]}


def test_json_keeps_old_keys_and_adds_the_new(capsys):
    out = decide(capsys, "organization=fippa,recipient=person-at-risk,consent=unsafe,"
                         "risk=serious")
    for key in ("status", "outcome_id", "verdict", "title", "plain", "provisions",
                "provisions_reason", "conditions", "notice_required", "notice", "record",
                "sections", "duty_to_report", "notes", "check_official_text", "answers",
                "facts", "disclaimer", "unused_facts", "assumed_facts", "interim_outcomes",
                "route", "alternatives", "consult"):
        assert key in out, key
    assert out["alternatives"] == []


def test_consult_roles_are_roles_not_names(flow):
    for o in flow.outcomes.values():
        assert set(o.consult) <= set(CONSULT_ROLES), o.id
    assert flow.outcomes["consult-before-sharing"].consult


# -- 3. situations, from the statutes and from workers' words ------------------------------

SITUATIONS = [
    # (who, facts, outcome, must cite, notice_required)
    ("Shelter worker: police phone asking whether a resident is staying here",
     "organization=none,recipient=whereabouts", "whereabouts-request", [], False),
    ("Shelter worker: her ex-partner calls asking if she is here",
     "organization=none,recipient=whereabouts", "whereabouts-request", [], False),
    ("ER nurse, public hospital: strangulation and a threat to kill, patient refuses police",
     "organization=phipa,recipient=police,police_request=no,consent=refused,risk=serious,"
     "institution=yes", "phipa-serious-harm", ["PHIPA s. 40(1)"], False),
    ("ER nurse: the same patient, the nurse unsure the risk is significant; an assault",
     "organization=phipa,recipient=police,police_request=no,consent=refused,risk=unsure,"
     "institution=yes,offence=yes", "phipa-institution-police",
     ["PHIPA s. 43(1)(f)", "FIPPA s. 42(1)(g)"], False),
    ("Clinic nurse (not an institution), unsure the risk is significant",
     "organization=phipa,recipient=police,police_request=no,consent=refused,risk=unsure,"
     "institution=no", "consult-before-sharing", ["PHIPA s. 40(1)"], False),
    ("Probation officer hears the client threaten to kill his ex; tells police",
     "organization=fippa,recipient=police,police_request=no,consent=unsafe,risk=serious,"
     "offence=yes", "fippa-police-serious", ["FIPPA s. 42(1)(g)"], False),
    ("Probation officer warns the ex-partner directly of the threat",
     "organization=fippa,recipient=person-at-risk,consent=unsafe,risk=serious",
     "fippa-serious-harm", ["FIPPA s. 42(1)(h)"], True),
    ("Municipal housing worker: tenant says her partner broke his no-contact order",
     "organization=mfippa,recipient=police,police_request=no,consent=unsafe,risk=serious,"
     "offence=yes", "mfippa-police-serious", ["MFIPPA s. 32(g)"], False),
    ("Municipal housing worker: tell the shelter about an urgent transfer (no consent)",
     "organization=mfippa,recipient=agency,consent=unsafe,risk=serious",
     "mfippa-serious-harm", ["MFIPPA s. 32(h)"], True),
    ("Police service refers a victim who asked for help to victim services",
     "organization=mfippa,recipient=agency,consent=unsure,risk=none,purpose=yes",
     "mfippa-consistent-purpose", ["MFIPPA s. 32(c)", "MFIPPA s. 33"], False),
    ("CAS worker shares with another CAS where the family has moved",
     "organization=cas,recipient=cas,consent=unsafe,risk=none,child_risk=yes",
     "cas-to-cas", ["CYFSA s. 292(2)"], False),
    ("CAS worker tells police of a father's threat to take the children and hurt the mother",
     "organization=cas,recipient=police,police_request=no,consent=unsafe,risk=serious,"
     "offence=yes", "cyfsa-police-serious", ["CYFSA s. 292(1)(a)"], False),
    ("Private counsellor with no statute: client plans to kill her ex tonight",
     "organization=none,recipient=police,police_request=no,consent=unsafe,risk=serious",
     "no-statute-serious", [], False),
    ("Private counsellor: police ask for notes without a warrant, no risk",
     "organization=none,recipient=police,police_request=asked,consent=refused,risk=none",
     "no-statute", [], False),
    ("Capable 15-year-old at a youth drop-in agrees to her own referral",
     "organization=cyfsa,recipient=health-custodian,consent=given,consent_by=child,"
     "third_party=no", "cyfsa-consent", ["CYFSA s. 301(3)"], False),
    ("Youth drop-in: a 17-year-old is being hurt at home; only a report is in question",
     "child_protection_concern=youth,other_sharing=no", "may-report-youth",
     ["CYFSA s. 125(4)"], False),
    ("Any worker: a 6-year-old saw his mother being choked",
     "child_protection_concern=yes,other_sharing=no", "duty-to-report",
     ["CYFSA s. 125(1)"], False),
    ("The abuser's lawyer writes to a community health centre for his file",
     "organization=phipa,recipient=abuser,abuser_request=records", "records-request",
     ["PHIPA s. 52(1)(e)(iii)"], False),
    ("The abuser asks provincial probation for his file, which holds her new address",
     "organization=fippa,recipient=abuser,abuser_request=records", "records-request",
     ["FIPPA s. 20", "FIPPA s. 49(b)"], False),
    ("The abuser's family lawyer serves a subpoena on the shelter",
     "organization=none,recipient=abuser,abuser_request=order", "comply-with-order", [], False),
    ("A victim agrees the shelter may tell police about his threats and his address",
     "organization=none,recipient=police,police_request=no,consent=given,consent_by=person,"
     "third_party=yes", "none-consent", [], False),
    ("Hospital (a FIPPA institution) asked by police without a warrant; assault reported",
     "organization=phipa,recipient=police,police_request=asked,consent=refused,risk=none,"
     "institution=yes,offence=yes", "phipa-institution-police", ["PHIPA s. 43(1)(f)"], False),
    ("Family doctor's office asked by police for a chart without a warrant",
     "organization=phipa,recipient=police,police_request=asked,consent=refused,risk=none,"
     "institution=no", "phipa-police", ["PHIPA s. 18(3)"], False),
    ("Police bring a production order to a hospital",
     "organization=phipa,recipient=police,police_request=order", "comply-with-order",
     ["PHIPA s. 43(1)(g)"], False),
    ("Welfare check: police ask a municipal office where an adult reported missing by her "
     "partner lives; no offence, no risk",
     "organization=mfippa,recipient=police,police_request=asked,consent=unsure,risk=none,"
     "offence=no", "police-no-basis", [], False),
    ("Bank (PIPEDA) sees a customer's partner draining accounts and threatening her",
     "organization=pipeda,recipient=police,police_request=no,consent=unsafe,risk=serious,"
     "offence=yes", "pipeda-police-serious", ["PIPEDA s. 7(3)(d)"], False),
    ("Unconscious patient's husband, the suspected abuser, 'consents' to sharing",
     "organization=phipa,recipient=agency,consent=given,consent_by=substitute,"
     "substitute=partner", "substitute-partner", ["PHIPA s. 26(1)"], False),
    ("Father with access only consents to sharing his child's counselling records",
     "organization=phipa,recipient=agency,consent=given,consent_by=substitute,"
     "substitute=access-parent", "substitute-not-entitled", ["PHIPA s. 23(2)"], False),
    ("Intoxicated patient says 'yes, tell them' at triage; serious risk",
     "organization=phipa,recipient=person-at-risk,consent=given,consent_by=impaired,"
     "risk=serious", "phipa-serious-harm", ["PHIPA s. 40(1)", "PHIPA s. 21(1)"], False),
    ("Settlement agency unsure which law applies; client in danger from her sponsor",
     "organization=unsure,org_kind=nonprofit,org_nonprofit=unsure,recipient=police,"
     "police_request=no,consent=unsafe,risk=serious", "unsure-law-serious",
     ["PHIPA s. 40(1)"], False),
    ("Family service agency (CYFSA provider) warns a woman her ex is coming for her",
     "organization=cyfsa,recipient=person-at-risk,consent=unsafe,risk=serious",
     "cyfsa-serious-harm", ["CYFSA s. 292(1)(g)"], False),
    ("Situation table, municipal member, no consent, serious risk",
     "organization=mfippa,recipient=situation-table,consent=unsafe,risk=serious",
     "mfippa-serious-harm", ["MFIPPA s. 32(h)"], True),
]


@pytest.mark.parametrize("who, facts, outcome, cites, notice", SITUATIONS,
                         ids=[s[0][:60] for s in SITUATIONS])
def test_situation(capsys, who, facts, outcome, cites, notice):
    out = decide(capsys, facts)
    assert out["status"] == "outcome", (who, out.get("next_question"))
    assert out["outcome_id"] == outcome, who
    assert set(cites) <= set(out["provisions"]), (who, out["provisions"])
    assert out["notice_required"] is notice, who
    if out["notice"]["required"] in ("yes", "conditional"):
        assert out["notice"]["safety"], who  # a notice always comes with its caution
    assert out["provisions"] or out["provisions_reason"], who
    assert not out["unused_facts"], (who, out["unused_facts"])


def test_at_least_25_situations():
    assert len(SITUATIONS) >= 25


def test_inline_citations_in_the_flow_are_collected_for_the_verified_list(library):
    from content.provisions import citations, unverified_citations

    cited = {c.cite for c in citations(library) if c.path.endswith("share.yaml")}
    assert "PHIPA s. 21(4)" in cited          # only in a question's help text
    assert "FIPPA s. 42(1)(h)" in cited       # also in an alternative's consequence
    assert [p for p in unverified_citations(library) if "decisions" in p.path] == []
