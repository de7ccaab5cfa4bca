"""The decision helper against the Acts, from the hostile legal review of December 2026.

Two layers, through the engine behind ``ipv-guide decide --facts ... --json``:

1. situations in workers' own words, each decided from the Acts' text first (the statutes in
   ``../shared/statutes/``), then run in English and in French: the outcome, its key provisions,
   whether notice is required, and that a notice always comes with its safety caution;
2. rules that hold on every path of the flow (``all_paths``): an open risk question never ends
   on "no route"; a risk the worker does not see never ends on a safety route; a disclosure
   without consent rests on a route the Act gives.
"""

from __future__ import annotations

import json

import pytest

from content.decision import MAIN_FLOW, evaluate_facts, parse_facts
from content.decision.paths import all_paths
from desktop_app.cli import main

BASE = {"danger": "no", "child_protection_concern": "no"}


@pytest.fixture(scope="module")
def flow(library):
    return library.extras["decisions"][MAIN_FLOW]


@pytest.fixture(scope="module")
def paths(flow):
    return all_paths(flow)


def decide(capsys, facts: str, lang: str = "en") -> dict:
    given = parse_facts(facts)
    full = {**{k: v for k, v in BASE.items() if k not in given}, **given}
    code = main(["decide", "--facts", ",".join(f"{k}={v}" for k, v in full.items()),
                 "--json", "--lang", lang])
    out = capsys.readouterr()
    assert code == 0, out.err
    return json.loads(out.out)


# -- 1. situations, decided from the Acts first -------------------------------------------
#
# (who, in their words; facts; outcome; provisions that must be cited; notice required)
# "notice required" is True only where the Act itself attaches a notice to the route
# (FIPPA s. 42(1)(h), MFIPPA s. 32(h), PIPEDA s. 7(3)(e)).

SITUATIONS = [
    ("Shelter: client says her ex told her he'd kill her tonight; she is safe here but "
     "won't let me call police",
     "organization=none,recipient=police,police_request=no,consent=refused,risk=serious",
     "no-statute-serious", [], False),
    ("Shelter: her ex is in the parking lot right now with a knife",
     "danger=yes", "call-911", [], False),
    ("ER nurse, public hospital: patient says her partner choked her last night; he is also "
     "our patient; she refuses police",
     "organization=phipa,recipient=police,police_request=no,consent=refused,risk=serious,"
     "institution=yes", "phipa-serious-harm", ["PHIPA s. 40(1)"], False),
    ("Clinic nurse (not an institution): patient disclosed choking, won't consent, and I'm "
     "not sure the risk is significant",
     "organization=phipa,recipient=police,police_request=no,consent=refused,risk=unsure,"
     "institution=no", "consult-before-sharing", ["PHIPA s. 40(1)"], False),
    ("Probation officer: the offender bought a gun despite his weapons ban; I want to tell "
     "police",
     "organization=fippa,recipient=police,police_request=no,consent=unsafe,risk=serious,"
     "offence=yes", "fippa-police-serious", ["FIPPA s. 42(1)(g)"], False),
    ("Probation officer: same offender, and I want to warn the victim, who has moved",
     "organization=fippa,recipient=person-at-risk,consent=unsafe,risk=serious",
     "fippa-serious-harm", ["FIPPA s. 42(1)(h)", "FIPPA s. 42(1)(e)"], True),
    ("CAS worker: a shelter phones asking for the mother's new address; no risk I can see, "
     "and she has not agreed",
     "organization=cas,recipient=agency,consent=refused,risk=none",
     "share-only-with-consent", ["CYFSA s. 286"], False),
    ("Shelter: police phone asking if a woman is staying here",
     "organization=none,recipient=whereabouts", "whereabouts-request", [], False),
    ("Hospital switchboard: a man calls asking whether his wife was admitted",
     "organization=phipa,recipient=whereabouts", "whereabouts-request",
     ["PHIPA s. 38(3)"], False),
    ("Daycare worker: a 4-year-old saw his father choke his mother and now won't sleep; "
     "must I report?",
     "child_protection_concern=yes,other_sharing=no", "duty-to-report",
     ["CYFSA s. 125(1)", "CYFSA s. 125(3)"], False),
    ("Youth drop-in: the victim is 17 and her father beats her mother in front of her",
     "child_protection_concern=youth,other_sharing=no", "may-report-youth",
     ["CYFSA s. 125(4)"], False),
    ("School board social worker (MFIPPA): a student's boyfriend assaulted her; no serious "
     "risk now; she says don't tell police",
     "organization=mfippa,recipient=police,police_request=no,consent=refused,risk=none,"
     "offence=yes", "mfippa-police", ["MFIPPA s. 32(g)"], False),
    ("Hospital: patient with dementia; her husband, who we think hurts her, says go ahead "
     "and send her chart to the shelter",
     "organization=phipa,recipient=agency,consent=given,consent_by=substitute,"
     "substitute=partner", "substitute-partner", ["PHIPA s. 26(1)", "PHIPA s. 26(2)"], False),
    ("Situation table, municipal social services member: acutely elevated risk, can't "
     "reach her for consent",
     "organization=mfippa,recipient=situation-table,consent=unsafe,risk=serious",
     "mfippa-serious-harm", ["MFIPPA s. 32(h)", "MFIPPA s. 32(e)"], True),
    ("Situation table, shelter member (no privacy statute): serious, imminent risk",
     "organization=none,recipient=situation-table,consent=unsafe,risk=serious",
     "no-statute-serious", [], False),
    ("Situation table, municipal member: I can't tell yet whether the risk is serious",
     "organization=mfippa,recipient=situation-table,consent=unsafe,risk=unsure,purpose=no",
     "consult-before-sharing", ["MFIPPA s. 32(h)"], False),
    ("Ontario Works caseworker: police ask where my client lives; her ex reported her "
     "missing; no offence, no risk",
     "organization=mfippa,recipient=police,police_request=asked,consent=unsure,risk=none,"
     "offence=no", "police-no-basis", [], False),
    ("Ontario Works caseworker: same call, but I'm not sure there is no risk to her",
     "organization=mfippa,recipient=police,police_request=asked,consent=unsafe,risk=unsure,"
     "offence=no", "consult-before-sharing", ["MFIPPA s. 32(h)"], False),
    ("Probation officer: police want to ask about a welfare concern; no offence, and I'm "
     "unsure about the risk",
     "organization=fippa,recipient=police,police_request=asked,consent=unsafe,risk=unsure,"
     "offence=no", "consult-before-sharing", ["FIPPA s. 42(1)(h)"], False),
    ("Hospital social worker: CAS asks for the mother's ED notes for a protection "
     "investigation",
     "organization=phipa,recipient=cas,consent=refused,risk=none", "phipa-to-cas",
     ["PHIPA s. 43(1)(e)"], False),
    ("CAS worker: the father threatened to take the kids and hurt the mother; call police",
     "organization=cas,recipient=police,police_request=no,consent=unsafe,risk=serious,"
     "offence=yes", "cyfsa-police-serious", ["CYFSA s. 292(1)(a)"], False),
    ("CAS worker: the family moved to another society's area and the violence is escalating",
     "organization=cas,recipient=cas,consent=unsafe,risk=none,child_risk=yes", "cas-to-cas",
     ["CYFSA s. 292(2)"], False),
    ("Community health centre: his lawyer writes asking for his wife's counselling notes",
     "organization=phipa,recipient=abuser,abuser_request=records", "records-request",
     ["PHIPA s. 52(1)(e)(i)", "PHIPA s. 52(1)(e)(iii)"], False),
    ("Shelter: his family lawyer served us a subpoena for her file",
     "organization=none,recipient=abuser,abuser_request=order", "comply-with-order", [],
     False),
    ("Hospital: police arrive with a production order for her chart",
     "organization=phipa,recipient=police,police_request=order", "comply-with-order",
     ["PHIPA s. 43(1)(g)", "PHIPA s. 41(1)(d)"], False),
    ("Family doctor: my patient says he will kill his ex when she drops off the kids on "
     "Saturday",
     "organization=phipa,recipient=person-at-risk,consent=unsafe,risk=serious",
     "phipa-serious-harm", ["PHIPA s. 40(1)"], False),
    ("Municipal housing: the tenant's ex broke his no-contact order and is threatening her",
     "organization=mfippa,recipient=police,police_request=no,consent=unsafe,risk=serious,"
     "offence=yes", "mfippa-police-serious", ["MFIPPA s. 32(g)"], False),
    ("Settlement agency, not sure which law covers us: her sponsor threatens her; tell police",
     "organization=unsure,org_kind=nonprofit,org_nonprofit=unsure,recipient=police,"
     "police_request=no,consent=unsafe,risk=serious", "unsure-law-serious",
     ["FIPPA s. 42(1)(h)", "PHIPA s. 40(1)", "CYFSA s. 292(1)(g)"], False),
    ("Victim/Witness Assistance (FIPPA): she agreed we can send her details to the shelter",
     "organization=fippa,recipient=agency,consent=given,consent_by=person,third_party=no",
     "fippa-consent", ["FIPPA s. 42(1)(b)"], False),
    ("Probation officer: police ask, without a warrant, for the offender's address to "
     "investigate a breach; no serious risk",
     "organization=fippa,recipient=police,police_request=asked,consent=refused,risk=none,"
     "offence=yes", "fippa-police", ["FIPPA s. 42(1)(g)"], False),
    ("Triage nurse: she is very drunk and says 'yes, tell them'; the risk is serious",
     "organization=phipa,recipient=person-at-risk,consent=given,consent_by=impaired,"
     "risk=serious", "phipa-serious-harm", ["PHIPA s. 40(1)", "PHIPA s. 21(1)"], False),
    ("Walk-in clinic nurse: police ask, without a warrant, about a woman we treated for a "
     "gunshot wound from her partner; she wants no police",
     "organization=phipa,recipient=police,police_request=asked,consent=refused,risk=none,"
     "institution=no", "phipa-police", ["PHIPA s. 18(3)"], False),
    ("Public hospital: police investigating the assault ask for her chart without a warrant; "
     "no serious risk now",
     "organization=phipa,recipient=police,police_request=asked,consent=refused,risk=none,"
     "institution=yes,offence=yes", "phipa-institution-police",
     ["PHIPA s. 43(1)(f)"], False),
    ("Bank (PIPEDA): her partner is draining the accounts and threatening her; tell police",
     "organization=pipeda,recipient=police,police_request=no,consent=unsafe,risk=serious,"
     "offence=yes", "pipeda-police-serious", ["PIPEDA s. 7(3)(d)"], False),
]


@pytest.mark.parametrize("who, facts, outcome, cites, notice", SITUATIONS,
                         ids=[s[0][:60] for s in SITUATIONS])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_worker_situation(capsys, lang, who, facts, outcome, cites, notice):
    out = decide(capsys, facts, lang)
    if outcome == "call-911":
        assert out["outcome_id"] == "call-911" or [
            o["outcome_id"] for o in out["interim_outcomes"]] == ["call-911"], who
        return
    assert out["status"] == "outcome", (who, out.get("next_question"))
    assert out["outcome_id"] == outcome, who
    assert set(cites) <= set(out["provisions"]), (who, out["provisions"])
    assert out["notice_required"] is notice, who
    if out["notice"]["required"] in ("yes", "conditional"):
        assert out["notice"]["safety"], who  # a notice never comes without its caution
    assert out["provisions"] or out["provisions_reason"], who
    assert not out["unused_facts"], (who, out["unused_facts"])


def test_at_least_25_worker_situations():
    assert len(SITUATIONS) >= 25


def test_the_mailed_notice_says_what_to_do_when_it_could_reach_the_abuser(flow):
    """FIPPA s. 42(1)(h) / MFIPPA s. 32(h): the Act requires the notice, so the helper must
    say how to give it safely: only to the person the information is about, nothing that
    locates the victim, the address, and the routes with no notice that truly fit."""
    for oid, law_e, law_g in (("fippa-serious-harm", "FIPPA s. 42(1)(e)", "FIPPA s. 42(1)(g)"),
                              ("mfippa-serious-harm", "MFIPPA s. 32(e)", "MFIPPA s. 32(g)")):
        notice = flow.outcomes[oid].notice
        assert notice.required == "yes"
        safety = notice.safety
        assert "only to the person the information is about" in safety, oid
        assert "leave out the name, address" in safety, oid
        assert "safe mailing address" in safety, oid
        assert "never use one only to avoid the notice" in safety, oid
        assert law_e in safety and law_g in safety, oid


def test_the_french_mailed_notice_gives_the_same_steps():
    from content import load_library

    flow = load_library(language="fr").extras["decisions"][MAIN_FLOW]
    for oid in ("fippa-serious-harm", "mfippa-serious-harm"):
        safety = flow.outcomes[oid].notice.safety
        assert "seulement à la personne que concernent les renseignements" in safety, oid
        assert "adresse postale sûre" in safety, oid


# -- 2. rules on every path ------------------------------------------------------------------

NO_ROUTE = {"police-no-basis", "share-only-with-consent"}
SAFETY_ROUTES = {"fippa-serious-harm", "mfippa-serious-harm", "phipa-serious-harm",
                 "cyfsa-serious-harm", "pipeda-emergency", "no-statute-serious",
                 "fippa-police-serious", "mfippa-police-serious", "cyfsa-police-serious",
                 "pipeda-police-serious", "unsure-law-serious"}
# Routes that the Acts give without consent and without a serious risk.
ROUTES_WITHOUT_RISK = {"fippa-police", "mfippa-police", "cyfsa-police", "pipeda-police",
                       "phipa-institution-police", "fippa-consistent-purpose",
                       "mfippa-consistent-purpose", "cas-to-cas", "phipa-to-cas",
                       "comply-with-order", "duty-to-report", "may-report-youth"}


def test_an_open_risk_question_never_ends_on_no_route(paths):
    bad = [p for p in paths if p.facts.get("risk") == "unsure" and p.outcome in NO_ROUTE]
    assert not bad, [dict(p.facts) for p in bad[:3]]


def test_a_risk_the_worker_does_not_see_never_ends_on_a_safety_route(paths):
    bad = [p for p in paths if p.facts.get("risk") in ("none", "unsure")
           and p.outcome in SAFETY_ROUTES]
    assert not bad, [(p.outcome, dict(p.facts)) for p in bad[:3]]


def test_sharing_without_consent_rests_on_a_route_the_act_gives(flow, paths):
    for p in paths:
        o = flow.outcomes[p.outcome]
        if o.verdict != "may-share" or p.facts.get("consent") == "given":
            continue
        if p.facts.get("risk") == "serious":
            assert p.outcome in SAFETY_ROUTES | ROUTES_WITHOUT_RISK, (p.outcome, dict(p.facts))
        else:
            assert p.outcome in ROUTES_WITHOUT_RISK, (p.outcome, dict(p.facts))


def test_every_notice_comes_with_its_safety_caution(flow):
    for o in flow.outcomes.values():
        if o.notice.required in ("yes", "conditional"):
            assert o.notice.safety, o.id


def test_a_child_under_16_always_brings_the_duty_to_report(flow, paths):
    seen = 0
    for p in paths:
        if p.facts.get("child_protection_concern") != "yes" or p.facts.get("danger") != "no":
            continue
        seen += 1
        if seen % 97:  # a spread sample: evaluating all of them takes too long
            continue
        ev = evaluate_facts(flow, dict(p.facts))
        assert ev.summary.duty_to_report, (p.outcome, dict(p.facts))
        assert "CYFSA s. 125(1)" in ev.summary.provisions
    assert seen > 97


def test_every_phipa_and_part_x_disclosure_without_consent_carries_the_conditional_notice(flow):
    """PHIPA s. 16(2) and CYFSA s. 311(2) apply to any disclosure without consent outside the
    public statement of information practices, whichever clause permits it."""
    for oid, rule, lifted in (
            ("phipa-serious-harm", "PHIPA s. 16(2)", "PHIPA s. 52(1)(e)(i)"),
            ("phipa-institution-police", "PHIPA s. 16(2)", "PHIPA s. 52(1)(e)(i)"),
            ("phipa-to-cas", "PHIPA s. 16(2)", "PHIPA s. 52(1)(e)(i)"),
            ("cyfsa-serious-harm", "CYFSA s. 311(2)", "CYFSA s. 312(1)(d)(i)"),
            ("cyfsa-police", "CYFSA s. 311(2)", "CYFSA s. 312(1)(d)(i)"),
            ("cyfsa-police-serious", "CYFSA s. 311(2)", "CYFSA s. 312(1)(d)(i)"),
            ("cas-to-cas", "CYFSA s. 311(2)", "CYFSA s. 312(1)(d)(i)")):
        notice = flow.outcomes[oid].notice
        assert notice.required == "conditional", oid
        assert {rule, lifted} <= set(notice.provisions), oid
        assert notice.safety, oid


def test_the_person_who_poses_the_risk_is_never_told_first(flow):
    """Where a text says to tell 'the person', it separates the victim from the person who
    poses the risk: telling him first can warn him (the review's notice finding)."""
    order = " ".join(flow.outcomes["comply-with-order"].conditions)
    assert "do not warn him of a police warrant or order" in order
    assert "the order does not forbid it" in order
    refused = next(n for n in flow.notes if n.id == "consent-refused-serious").text
    assert "do not tell him first" in refused
    common_law = flow.outcomes["no-statute-serious"].notice.safety
    assert "If your client is the one who poses the risk, do not tell him" in common_law


def test_a_hospital_asked_by_police_sees_the_gunshot_wound_duty_but_does_not_rely_on_it(capsys):
    for facts in ("organization=phipa,recipient=police,police_request=asked,consent=refused,"
                  "risk=none,institution=no",
                  "organization=phipa,recipient=police,police_request=asked,consent=refused,"
                  "risk=none,institution=yes,offence=yes"):
        out = decide(capsys, facts)
        note = next(n for n in out["notes"] if n["id"] == "gunshot-duty")
        assert "MGWRA s. 2(1)" in note["text"]
        # The duty is shown, not cited as the authority for this disclosure.
        assert not any(p.startswith("MGWRA") for p in out["provisions"])


def test_a_yes_that_may_not_count_points_to_a_lawful_substitute(capsys):
    """Victim lacks capacity, no serious risk: her yes may not count, and the helper says who
    may consent instead (PHIPA s. 26(1)), not only 'share only with consent'."""
    out = decide(capsys, "organization=phipa,recipient=agency,consent=given,"
                         "consent_by=impaired,risk=none")
    assert out["outcome_id"] == "share-only-with-consent"
    note = next(n for n in out["notes"] if n["id"] == "consent-impaired")
    assert "substitute may consent" in note["text"] and "PHIPA s. 26(1)" in out["provisions"]
