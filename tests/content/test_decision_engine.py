"""The decision engine and the shipped 'share' flow, without Qt."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from content import data_root, render
from content.decision import (
    MAIN_FLOW,
    DecisionError,
    DecisionRecord,
    DecisionSession,
    FactError,
    Outcome,
    Question,
    Review,
    all_paths,
    evaluate_facts,
    flow_map,
    format_flow_map,
    name_warning,
    parse_facts,
    record_markdown,
)
from content.model import provision_statute
from content.provisions import load_verified

# Every citation the flow makes outside an item marked check-official-text must be on the
# verified-provisions list (each read against the Act's text).
VERIFIED_PROVISIONS = set(load_verified(data_root()).provisions)
_CITE = re.compile(r"\b(?:FIPPA|MFIPPA|PHIPA|CYFSA|PIPEDA) s\. \d[\w.()]*")


@pytest.fixture(scope="module")
def flow(library):
    return library.extras["decisions"][MAIN_FLOW]


@pytest.fixture(scope="module")
def paths(flow):
    return all_paths(flow)


def walk(flow, steps):
    s = DecisionSession(flow)
    s.start()
    for _q, value in steps:
        s.answer(value)
    return s


def finish(session):
    cur = session.current
    if isinstance(cur, Review):
        cur = session.confirm()
    return cur


# -- the shipped flow ----------------------------------------------------------------

def test_shipped_flow_loads_with_no_problems(library):
    assert MAIN_FLOW in library.extras["decisions"]
    mine = [p for p in library.problems if "decisions" in p.path.replace("\\", "/")]
    assert mine == []


def test_every_path_ends_at_an_outcome_that_cites_and_links(library, flow, paths):
    assert len(paths) > 1000
    assert {p.outcome for p in paths} == set(flow.outcomes)  # every outcome is reachable
    # Every path is checked when the flow loads (content.decision.paths._check_paths); here a
    # session replays the first path to each outcome and an even spread of the others.
    first = {}
    for p in paths:
        first.setdefault(p.outcome, p)
    for p in [*first.values(), *paths[::37]]:
        s = walk(flow, p.steps)
        out = finish(s)
        assert isinstance(out, Outcome) and out.id == p.outcome
        summary = s.summary()
        assert summary.provisions or out.provisions_reason, p
        assert summary.sections, p
        for sid in summary.sections:
            assert library.has_section(sid), (p.outcome, sid)
        assert "not legal advice" in summary.disclaimer.lower()
        assert summary.notice.text


def test_every_question_is_reachable_and_asked_in_the_brief_order(flow, paths):
    asked = {q for p in paths for q, _ in p.steps}
    assert asked == set(flow.questions)
    order = ["danger", "child_protection_concern", "organization", "recipient", "consent",
             "risk"]
    for p in paths:
        facts = [flow.questions[q].fact for q, _ in p.steps if flow.questions[q].fact in order]
        assert facts == sorted(facts, key=order.index)


def test_fixed_fact_keys_and_values(flow):
    facts = flow.facts
    assert set(facts["danger"]) >= {"yes", "no"}
    assert set(facts["child_protection_concern"]) == {"yes", "youth", "no", "unsure"}
    assert set(facts["organization"]) == {"fippa", "mfippa", "phipa", "cyfsa", "cas", "pipeda",
                                          "none", "unsure"}
    assert set(facts["consent"]) == {"given", "refused", "unsafe", "unsure"}
    assert set(facts["risk"]) == {"serious", "unsure", "none"}
    assert set(facts["recipient"]) >= {"police", "person-at-risk", "agency",
                                       "health-custodian", "situation-table", "cas", "abuser",
                                       "court", "whereabouts"}


def test_every_question_has_why_section_and_a_useful_not_sure(library, flow, paths):
    for q in flow.questions.values():
        assert q.why and "\n" not in q.why and len(q.why) <= 180, q.id
        assert library.has_section(q.section), q.id
        not_sure = [c for c in q.choices if c.not_sure]
        assert not_sure, q.id
        for c in not_sure:  # a "not sure" answer never stops the helper without help
            s = DecisionSession(flow)
            path = next(p for p in paths if (q.id, c.value) in p.steps)
            s = walk(flow, path.steps)
            out = finish(s)
            assert out.sections and (out.conditions or s.summary().conditions), (q.id, c)


def test_risk_questions_quote_each_statutes_test(flow):
    texts = {q.id: q.text for q in flow.questions.values() if q.fact == "risk"}
    assert "compelling circumstances affecting the health or safety" in texts["risk_fippa"]
    assert "FIPPA s. 42(1)(h)" in texts["risk_fippa"]
    assert "MFIPPA s. 32(h)" in texts["risk_mfippa"]
    assert "significant risk of serious bodily harm" in texts["risk_phipa"]
    assert "risk of serious harm" in texts["risk_cyfsa"]
    assert "CYFSA s. 292(1)(g)" in texts["risk_cyfsa"]
    assert "emergency that threatens the life, health or security" in texts["risk_pipeda"]
    for qid in texts:
        assert flow.questions[qid].checklist == "dvdrc"


def test_dvdrc_checklist_is_an_aid_marked_check_official_text(library, flow):
    cl = flow.checklists["dvdrc"]
    assert cl.status == "check-official-text" and "Appendix B" in cl.check_note
    assert library.has_section(cl.section)
    items = " ".join(cl.items).lower()
    for factor in ("separation", "strangulation", "threats to kill", "weapon", "suicide",
                   "pets", "pregnant", "custody"):
        assert factor in items
    assert len(cl.items) >= 30


def test_all_provisions_are_verified_citations(flow):
    used = set()
    for o in flow.outcomes.values():
        if o.needs_check:
            continue
        used |= {*o.provisions, *o.notice.provisions}
        for text in (o.plain, *o.conditions, o.notice.text, o.notice.safety):
            used |= {m.group(0).rstrip(".,;:") for m in _CITE.finditer(text)}
    for n in flow.notes:
        if n.status == "check-official-text":
            continue
        used |= set(n.provisions)
        used |= {m.group(0).rstrip(".,;:") for m in _CITE.finditer(n.text)}
    for q in flow.questions.values():
        used |= {m.group(0).rstrip(".,;:") for m in _CITE.finditer(q.text)}
    cleaned = set()
    for cite in used:
        while cite.endswith(")") and cite.count(")") > cite.count("("):
            cite = cite[:-1]
        cleaned.add(cite)
    assert cleaned - VERIFIED_PROVISIONS == set()
    assert {provision_statute(c) for c in cleaned} == {"FIPPA", "MFIPPA", "PHIPA", "CYFSA",
                                                      "PIPEDA"}


@pytest.mark.parametrize("oid, act, clause", [
    ("fippa-serious-harm", "FIPPA", "s. 42(1)(h)"),
    ("mfippa-serious-harm", "MFIPPA", "s. 32(h)"),
])
def test_fippa_mfippa_notice_is_mailed_with_no_safety_exception(flow, oid, act, clause):
    o = flow.outcomes[oid]
    assert o.provisions == (f"{act} {clause}",)
    assert o.notice.required == "yes"
    text = o.notice.text.lower()
    assert "mailed" in text and "last known address" in text and "no exception" in text
    assert "abusive partner" in o.notice.safety and "privacy officer" in o.notice.safety
    assert "privacy officer" in o.plain
    assert o.needs_check and "notice" in o.check_note


def test_phipa_and_cyfsa_notice_is_conditional_with_safety_carve_out(flow):
    phipa = flow.outcomes["phipa-serious-harm"].notice
    assert phipa.required == "conditional"
    assert set(phipa.provisions) == {"PHIPA s. 16(2)", "PHIPA s. 52(1)(e)(i)"}
    cyfsa = flow.outcomes["cyfsa-serious-harm"].notice
    assert cyfsa.required == "conditional"
    assert set(cyfsa.provisions) == {"CYFSA s. 311(2)", "CYFSA s. 312(1)(d)(i)"}


def test_outcome_kinds_named_in_the_issue_exist(flow):
    verdicts = Counter(o.verdict for o in flow.outcomes.values())
    for v in ("must-report", "may-share", "seek-consent", "consent-only", "consult",
              "no-statute", "emergency"):
        assert verdicts[v] >= 1, v
    assert flow.outcomes["duty-to-report"].duty_to_report
    assert "CYFSA s. 125(1)" in flow.outcomes["duty-to-report"].provisions


def test_yaml_text_is_plain_and_short(flow):
    """Grade-8 proxy: short sentences and words across every sentence in the flow."""
    texts = [flow.intro, flow.disclaimer]
    for q in flow.questions.values():
        texts += [q.text, q.why, q.help, *(c.label for c in q.choices)]
    for o in flow.outcomes.values():
        texts += [o.title, o.plain, *o.conditions, o.notice.text, o.notice.safety, *o.record]
    for n in flow.notes:
        texts += [n.text]
    sentences = [s for t in texts for s in re.split(r"(?<=[.?!])\s+", t) if s.strip()]
    words = [w for s in sentences for w in re.findall(r"[A-Za-z']+", s)]
    assert len(words) / len(sentences) < 17  # average words per sentence
    long_words = [w for w in words if len(w) >= 12]
    assert len(long_words) / len(words) < 0.04


# -- the session -------------------------------------------------------------------------

def test_emergency_comes_first_and_can_continue(flow):
    s = DecisionSession(flow)
    first = s.start()
    assert isinstance(first, Question) and first.id == "danger"
    out = s.answer("yes")
    assert isinstance(out, Outcome) and out.id == "call-911" and out.urgent  # no review
    nxt = s.resume()
    assert isinstance(nxt, Question) and nxt.fact == "child_protection_concern"
    assert s.facts["danger"] == "no"
    assert s.back().id == "call-911"
    assert s.back().id == "danger" and s.suggested_choice == "yes"
    assert not s.can_go_back
    assert s.back().id == "danger"  # no-op at the start


def test_review_lists_answers_and_edit_replays_the_rest(flow):
    s = walk(flow, [("", "no"), ("", "no"), ("", "fippa"), ("", "person-at-risk"),
                    ("", "refused"), ("", "serious")])
    review = s.current
    assert isinstance(review, Review) and review.outcome.id == "fippa-serious-harm"
    assert [a.question.fact for a in review.items] == [
        "danger", "child_protection_concern", "organization", "recipient", "consent", "risk"]
    # Change consent: the risk question is the same, so it is replayed.
    q = s.edit(4)
    assert q.id == "consent" and s.suggested_choice == "refused"
    after = s.answer("unsafe")
    assert isinstance(after, Review)
    assert [a.choice.value for a in after.items][3:] == ["person-at-risk", "unsafe", "serious"]
    # Change the law: the risk question differs, so the helper stops there.
    s.edit(2)
    q = s.answer("phipa")
    assert isinstance(q, Question) and q.id == "risk_phipa"  # recipient, consent replayed
    s.answer("serious")
    assert isinstance(s.current, Review)
    assert s.confirm().id == "phipa-serious-harm"
    assert s.back().kind == "review"  # back undoes confirm


def test_edit_then_back_returns_to_the_review(flow):
    s = walk(flow, [("", "no"), ("", "no"), ("", "cyfsa"), ("", "agency"), ("", "given"),
                    ("", "person"), ("", "no")])
    before = s.current
    assert isinstance(before, Review)
    s.edit(0)
    assert s.back() == before


def test_errors(flow):
    s = DecisionSession(flow)
    s.start()
    with pytest.raises(DecisionError):
        s.answer("perhaps")
    with pytest.raises(DecisionError):
        s.confirm()
    with pytest.raises(DecisionError):
        s.edit(0)
    with pytest.raises(DecisionError):
        s.resume()
    s.answer("yes")
    with pytest.raises(DecisionError):
        s.answer("no")
    assert s.summary() is not None and s.summary().outcome_id == "call-911"


def test_restart_forgets_everything(flow):
    s = walk(flow, [("", "no"), ("", "yes"), ("", "yes"), ("", "phipa")])
    s.restart()
    assert s.answers == () and s.current.id == "danger" and not s.can_go_back
    assert s.facts == {} and s.summary() is None


def test_progress_counts_questions(flow):
    s = DecisionSession(flow)
    s.start()
    assert s.progress().text() == "Question 1 of about 8"
    for value in ("no", "no", "phipa"):
        s.answer(value)
    assert s.progress().text() == "Question 4 of about 6"
    s.back()
    s.answer("unsure")  # the "not sure" sub-flow adds a question
    assert s.progress().number == 4 and s.progress().about == 7


def test_summary_merges_notes(flow):
    s = walk(flow, [("", "no"), ("", "yes"), ("", "yes"), ("", "phipa"), ("", "agency"),
                    ("", "refused"), ("", "serious")])
    summary = s.summary()
    assert summary.duty_to_report
    assert summary.provisions[0] == "PHIPA s. 40(1)"
    assert {"CYFSA s. 125(1)"} <= set(summary.provisions)
    assert "child-protection-duty" in summary.sections
    assert any("children's aid society" in c for c in summary.conditions)
    d = summary.as_dict()
    json.dumps(d)
    assert d["notice"]["required"] == "conditional" and d["notice_required"] is False


# -- hypothesis: random walks --------------------------------------------------------------

@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_random_walk_terminates_and_back_undoes_answer(flow, data):
    s = DecisionSession(flow)
    s.start()
    for _ in range(len(flow.questions) + 2):
        cur = s.current
        if not isinstance(cur, Question):
            break
        value = data.draw(st.sampled_from([c.value for c in cur.choices]))
        before = (s.answers, s.current, s.facts)
        s.answer(value)
        if data.draw(st.booleans()):
            s.back()
            assert (s.answers, s.current, s.facts) == before
            assert s.suggested_choice == value
            s.answer(value)
    if isinstance(s.current, Review):
        s.confirm()
    assert isinstance(s.current, Outcome)
    assert s.summary() is not None


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_random_actions_back_always_undoes_the_last_action(flow, data):
    """Any mix of answer / edit / confirm / resume: back() restores the previous step."""
    s = DecisionSession(flow)
    s.start()
    for _ in range(30):
        cur = s.current
        actions = []
        if isinstance(cur, Question):
            actions += [("answer", c.value) for c in cur.choices]
        elif isinstance(cur, Review):
            actions += [("confirm", None)] + [("edit", i) for i in range(len(cur.items))]
        elif cur.continue_with:
            actions.append(("resume", None))
        if not actions:
            break
        name, arg = data.draw(st.sampled_from(actions))
        before = (s.answers, s.current)
        getattr(s, name)(*(() if arg is None else (arg,)))
        if data.draw(st.integers(0, 3)) == 0:
            s.back()
            assert (s.answers, s.current) == before
    # Whatever happened, answering the first choice from here always ends at an outcome.
    for _ in range(len(flow.questions) + 2):
        cur = s.current
        if isinstance(cur, Question):
            s.answer(cur.choices[0].value)
        elif isinstance(cur, Review):
            s.confirm()
    assert isinstance(s.current, Outcome)


# -- scripted evaluation --------------------------------------------------------------

def test_evaluate_facts_names_the_next_question(flow):
    ev = evaluate_facts(flow, {"danger": "no"})
    assert ev.outcome is None and ev.next_question.id == "child_protection"
    d = ev.as_dict()
    assert d["status"] == "question" and d["outcome_id"] is None
    assert d["next_question"]["fact"] == "child_protection_concern"


def test_evaluate_facts_reports_unused_and_assumed(flow):
    ev = evaluate_facts(flow, parse_facts(
        "danger=no, child_protection_concern=yes, organization=cyfsa, recipient=agency, "
        "consent=given, consent_by=person, third_party=no, risk=serious"))
    assert ev.outcome.id == "cyfsa-consent"
    assert ev.unused_facts == ("risk",)
    assert dict(ev.assumed) == {"other_sharing": "yes"}
    assert ev.summary.duty_to_report


def test_evaluate_facts_continues_after_the_emergency_when_told_more(flow):
    only = evaluate_facts(flow, {"danger": "yes"})
    assert only.outcome.id == "call-911" and only.interim == ()
    more = evaluate_facts(flow, {"danger": "yes", "child_protection_concern": "no",
                                 "organization": "mfippa", "recipient": "police",
                                 "police_request": "no", "consent": "unsafe",
                                 "risk": "serious", "offence": "yes"})
    assert [o.id for o in more.interim] == ["call-911"]
    assert more.outcome.id == "mfippa-police-serious"
    assert more.as_dict()["interim_outcomes"][0]["outcome_id"] == "call-911"


def test_evaluate_facts_is_deterministic(flow):
    facts = {"danger": "no", "child_protection_concern": "unsure", "organization": "fippa",
             "consent": "unsure", "risk": "none", "recipient": "agency"}
    assert evaluate_facts(flow, facts).as_dict() == evaluate_facts(flow, facts).as_dict()


@pytest.mark.parametrize("bad", [{"dangerous": "no"}, {"danger": "maybe"},
                                 {"organization": "hospital"}])
def test_evaluate_facts_rejects_unknown_keys_and_values(flow, bad):
    with pytest.raises(FactError):
        evaluate_facts(flow, bad)


@pytest.mark.parametrize("text", ["danger", "danger=", "=no", "danger=no,danger=yes"])
def test_parse_facts_rejects_bad_syntax(text):
    with pytest.raises(FactError):
        parse_facts(text)


def test_parse_facts_tolerates_spaces_and_trailing_commas():
    assert parse_facts(" danger = no ,risk=serious,, ") == {"danger": "no", "risk": "serious"}


def test_flow_map_lists_every_path_and_outcome(flow, paths):
    m = flow_map(flow)
    json.dumps(m)
    assert len(m["paths"]) == len(paths)
    assert {p["outcome_id"] for p in m["paths"]} == set(flow.outcomes)
    text = format_flow_map(flow)
    for oid in flow.outcomes:
        assert f"OUTCOME {oid}" in text
    for qid in flow.questions:
        assert f"Q {qid}" in text
    assert f"{len(paths)} paths" in text
    assert "same as [" in text  # repeated subtrees are printed once


# -- records and the name warning -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Spoke with Jane Doe about the plan", "Ms. Tremblay agreed", "the client named Priya",
    "called Mr Smith", "Shared with Ahmed Khan at intake",
])
def test_name_warning_flags_names(text):
    assert name_warning(text)


@pytest.mark.parametrize("text", [
    "", "Shelter counsellor", "Children's Aid Society intake worker",
    "Called Toronto Police Service on Monday", "Police were told about the threat.",
    "I shared the risk factors with the CAS.", "Victim Witness Assistance Program",
    "Consent refused. Notice not sent because it was unsafe.", "ER nurse, night shift",
])
def test_name_warning_ignores_roles_places_and_sentence_starts(text):
    assert name_warning(text) is None


def test_record_prefill_rows_and_markdown(flow):
    from datetime import datetime

    s = walk(flow, [("", "no"), ("", "no"), ("", "fippa"), ("", "police"), ("", "no"),
                    ("", "refused"), ("", "serious"), ("", "yes")])
    s.confirm()
    summary = s.summary()
    rec = DecisionRecord.prefilled(summary, datetime(2026, 11, 25, 14, 5))
    assert rec.decided_at == "2026-11-25 14:05"
    assert rec.authority == "FIPPA s. 42(1)(g)"
    assert rec.route == "Law-enforcement route (FIPPA s. 42(1)(g)): no notice"
    assert ("Route relied on", rec.route) in rec.rows()
    assert rec.to_whom == "Police" and rec.consent == "I asked, and they said no"
    assert DecisionRecord().is_empty() and not rec.is_empty()
    typed = DecisionRecord(**{**rec.as_dict(), "risk_factors": ("Past choking",),
                              "why": "Threat <script>alert(1)</script> | [x](https://e.x)",
                              "role": "Probation officer", "what": "Talked to Jane Doe"})
    assert not typed.is_empty()
    assert typed.name_warnings() == [("what", "Jane Doe")]
    labels = [label for label, _ in typed.rows()]
    assert labels[0] == "Date and time" and "Authority relied on" in labels
    html = render.to_html(record_markdown(summary, typed), print_mode=True)
    assert "<script>" not in html and "Probation officer" in html
    assert 'href="https://e.x"' not in html  # user text never becomes a link
    html2 = render.to_html(summary.to_markdown(), print_mode=True)
    assert "FIPPA s. 42(1)(g)" in html2 and "not legal advice" in html2.lower()
    # the other route is shown beside it, its consequence first
    assert "FIPPA s. 42(1)(h)" in html2 and "last known address" in html2


def test_engine_does_not_import_qt():
    code = ("import sys, content, content.decision as d; from content import load_library; "
            "f = load_library().extras['decisions']['share']; d.all_paths(f); "
            "print(any(m.startswith(('PySide6', 'shiboken')) for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"
