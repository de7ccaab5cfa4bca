"""Scripted mode: walk a flow from KEY=VALUE facts (``ipv-guide decide --facts``)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from content.decision.model import DecisionFlow, FactError, Outcome, Question, _frozen
from content.decision.session import DecisionSession
from content.decision.summary import Answer, DecisionSummary, Review, Step


@dataclass(frozen=True)
class Evaluation:
    """Scripted mode's answer: an outcome, or the next question the facts do not answer."""

    facts: Mapping[str, str]
    answers: tuple[Answer, ...]
    outcome: Outcome | None
    summary: DecisionSummary | None
    next_question: Question | None
    unused_facts: tuple[str, ...]
    assumed: Mapping[str, str]
    interim: tuple[Outcome, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        base: dict[str, Any] = {
            "status": "outcome" if self.outcome else "question",
            "outcome_id": None, "title": None, "provisions": [], "sections": [],
            "notice_required": None, "duty_to_report": None,
        }
        if self.summary is not None:
            base.update(self.summary.as_dict())
            base["status"] = "outcome"
        else:
            q = self.next_question
            assert q is not None
            base["next_question"] = {
                "id": q.id, "fact": q.fact, "text": q.text, "why": q.why,
                "values": [c.value for c in q.choices],
                "choices": [{"value": c.value, "label": c.label} for c in q.choices],
            }
            base["answers"] = [{"question": a.question.id, "fact": a.question.fact,
                                "value": a.choice.value} for a in self.answers]
            base["facts"] = dict(self.facts)
        base["unused_facts"] = list(self.unused_facts)
        base["assumed_facts"] = dict(self.assumed)
        base["interim_outcomes"] = [{"outcome_id": o.id, "title": o.title, "plain": o.plain}
                                    for o in self.interim]
        return base


def check_facts(flow: DecisionFlow, facts: Mapping[str, str]) -> None:
    """Raise :class:`FactError` for an unknown key or a value the flow does not offer."""
    known = flow.facts
    for key, value in facts.items():
        if key not in known:
            raise FactError(f"unknown fact '{key}'; the facts are: " + ", ".join(known),
                            "unknown-fact", key=key, facts=", ".join(known))
        if value not in known[key]:
            raise FactError(f"'{value}' is not a value of '{key}'; use one of: "
                            + "|".join(known[key]), "bad-value", key=key, value=value,
                            values="|".join(known[key]))


def evaluate_facts(flow: DecisionFlow, facts: Mapping[str, str]) -> Evaluation:
    """Walk ``flow`` answering each question from ``facts`` (scripted mode).

    Stops at an outcome, or at the first question whose fact is missing. A question with
    ``assume`` (a follow-up scripts need not name) takes that value when its fact is
    missing. An urgent outcome with ``continue_with`` ("call 911 now, then come back") is
    reported in ``interim`` and the walk carries on when facts for later questions are
    given. Raises :class:`FactError` for unknown keys or values.
    """
    check_facts(flow, facts)
    session = DecisionSession(flow)
    used: set[str] = set()
    assumed: dict[str, str] = {}
    interim: list[Outcome] = []
    step: Step = session.start()
    while True:
        while isinstance(step, Question):
            if step.fact in facts and step.has_choice(facts[step.fact]):
                used.add(step.fact)
                step = session.answer(facts[step.fact])
            elif step.fact not in facts and step.assume is not None:
                assumed[step.fact] = step.assume
                step = session.answer(step.assume)
            else:
                break
        if (isinstance(step, Outcome) and step.continue_with
                and any(k not in used for k in facts) and step not in interim):
            interim.append(step)
            step = session.resume()
            continue
        break
    unused = tuple(k for k in facts if k not in used)
    if isinstance(step, Question):
        return Evaluation(_frozen(session.facts), session.answers, None, None, step, unused,
                          _frozen(assumed), tuple(interim))
    if isinstance(step, Review):
        step = session.confirm()
    summary = session.summary()
    assert summary is not None
    return Evaluation(_frozen(session.facts), session.answers, summary.outcome, summary, None,
                      unused, _frozen(assumed), tuple(interim))


def parse_facts(text: str) -> dict[str, str]:
    """``"danger=no, organization=phipa"`` -> dict. Raises FactError on bad syntax."""
    facts: dict[str, str] = {}
    for part in text.split(","):
        part = part.strip()
        if not part:
            continue
        key, sep, value = part.partition("=")
        key, value = key.strip(), value.strip()
        if not sep or not key or not value:
            raise FactError(f"'{part}' is not KEY=VALUE", "not-key-value", part=part)
        if key in facts and facts[key] != value:
            raise FactError(f"'{key}' is given twice", "given-twice", key=key)
        facts[key] = value
    return facts
