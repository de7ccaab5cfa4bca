"""Steps, the review screen, progress, and what an outcome says on a path (the summary)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from content.decision.model import (
    DEFAULT_LABELS,
    Alternative,
    Choice,
    DecisionFlow,
    Note,
    Notice,
    Outcome,
    Question,
    _frozen,
)
from content.decision.record import _md_escape

# -- steps, summaries and records ---------------------------------------------------------

@dataclass(frozen=True)
class Answer:
    """One answered question on the current path (``index`` counts from 0)."""

    index: int
    question: Question
    choice: Choice


@dataclass(frozen=True)
class Review:
    """The review screen shown before an outcome: every answer, each one editable."""

    outcome: Outcome
    items: tuple[Answer, ...]

    kind = "review"


Step = Question | Review | Outcome


@dataclass(frozen=True)
class Progress:
    """``number`` of ``about`` questions ("Question 3 of about 6")."""

    number: int
    about: int
    #: the flow's labels (its language): ``progress`` and ``progress_open``
    labels: Mapping[str, str] = field(default_factory=lambda: DEFAULT_LABELS, compare=False,
                                      repr=False)

    def text(self) -> str:
        key = "progress_open" if self.number > self.about else "progress"
        return (self.labels.get(key) or DEFAULT_LABELS[key]).format(number=self.number,
                                                                     about=self.about)


@dataclass(frozen=True)
class DecisionSummary:
    """Everything an outcome says on this path, as data (for the panel, print and JSON)."""

    flow_id: str
    outcome: Outcome
    answers: tuple[Answer, ...]
    facts: Mapping[str, str]
    notes: tuple[Note, ...]
    provisions: tuple[str, ...]
    notice_provisions: tuple[str, ...]
    conditions: tuple[str, ...]
    sections: tuple[str, ...]
    record_points: tuple[str, ...]
    duty_to_report: bool
    checks: tuple[str, ...]
    disclaimer: str
    alternatives: tuple[tuple[Alternative, Outcome], ...] = ()
    #: the flow's headings and labels, in its language (see ``DEFAULT_LABELS``)
    labels: Mapping[str, str] = field(default_factory=lambda: DEFAULT_LABELS, compare=False,
                                      repr=False)

    def label(self, label_id: str, **fields: object) -> str:
        """The flow's words for ``label_id`` in the flow's language, filled in."""
        text = self.labels.get(label_id) or DEFAULT_LABELS[label_id]
        return text.format(**fields) if fields else text

    @property
    def outcome_id(self) -> str:
        return self.outcome.id

    @property
    def title(self) -> str:
        return self.outcome.title

    @property
    def verdict(self) -> str:
        return self.outcome.verdict

    @property
    def notice(self) -> Notice:
        return self.outcome.notice

    @property
    def notice_required(self) -> bool:
        """True only when the law attaches a notice duty to this disclosure."""
        return self.outcome.notice.required == "yes"

    @property
    def route(self) -> str:
        """The route relied on, in words (for the decision record)."""
        o = self.outcome
        if o.route:
            return o.route
        return "; ".join(self.provisions) or o.title

    def alternatives_dicts(self) -> list[dict[str, Any]]:
        return [{
            "outcome_id": o.id, "title": o.title, "route": o.route or o.title,
            "consequence": alt.consequence, "provisions": list(o.provisions),
            "notice_required": o.notice.required == "yes",
            "notice": {"required": o.notice.required, "text": o.notice.text,
                       "safety": o.notice.safety, "provisions": list(o.notice.provisions)},
            "caution": o.notice.safety,
            "check_official_text": o.check_note if o.needs_check else "",
        } for alt, o in self.alternatives]

    def as_dict(self) -> dict[str, Any]:
        o = self.outcome
        return {
            "flow": self.flow_id,
            "outcome_id": o.id,
            "verdict": o.verdict,
            "title": o.title,
            "plain": o.plain,
            "provisions": list(self.provisions),
            "provisions_reason": o.provisions_reason,
            "conditions": list(self.conditions),
            "notice_required": self.notice_required,
            "notice": {"required": o.notice.required, "text": o.notice.text,
                       "safety": o.notice.safety, "provisions": list(self.notice_provisions)},
            "record": list(self.record_points),
            "sections": list(self.sections),
            "duty_to_report": self.duty_to_report,
            "route": self.route,
            "alternatives": self.alternatives_dicts(),
            "consult": list(o.consult),
            "notes": [{"id": n.id, "title": n.title, "text": n.text} for n in self.notes],
            "check_official_text": list(self.checks),
            "answers": [{"question": a.question.id, "fact": a.question.fact,
                         "value": a.choice.value, "text": a.question.text,
                         "answer": a.choice.label} for a in self.answers],
            "facts": dict(self.facts),
            "disclaimer": self.disclaimer,
        }

    def to_markdown(self, section_title: Callable[[str], str] | None = None,
                    cite: Callable[[str], str] | None = None) -> str:
        """The outcome as Markdown for ``content.render.to_html`` (printing, export), its
        headings in the flow's language (the flow's ``labels``). ``cite`` says a canonical
        citation for the page (e.g. :func:`content.cite_fr.cite_fr`); default: as is."""
        title = section_title or (lambda sid: sid)
        said = cite or (lambda c: c)
        o = self.outcome
        lab = self.label
        provisions = "**" + lab("provisions") + "** "
        safety = "**" + lab("safety") + "** "
        out = [f"## {_md_escape(o.title)}", "", _md_escape(o.plain), ""]
        if self.checks:
            out += ["**" + lab("check_official_text") + "**", ""]
            out += [f"- {_md_escape(c)}" for c in self.checks] + [""]
        if self.provisions:
            out += [provisions + "; ".join(said(p) for p in self.provisions), ""]
        elif o.provisions_reason:
            out += ["**" + lab("provisions_none") + "** " + _md_escape(o.provisions_reason), ""]
        if self.conditions:
            out += ["### " + lab("conditions"), ""]
            out += [f"- {_md_escape(c)}" for c in self.conditions] + [""]
        out += ["### " + lab("notice"), "", _md_escape(o.notice.text), ""]
        if o.notice.safety:
            out += [safety + _md_escape(o.notice.safety), ""]
        for alt, ao in self.alternatives:
            out += ["### " + lab("another_route", route=_md_escape(ao.route or ao.title)), "",
                    "**" + _md_escape(alt.consequence) + "**", ""]
            if ao.provisions:
                out += [provisions + "; ".join(said(p) for p in ao.provisions), ""]
            out += [_md_escape(ao.notice.text), ""]
            if ao.notice.safety:
                out += [safety + _md_escape(ao.notice.safety), ""]
        if self.record_points:
            out += ["### " + lab("record"), ""]
            out += [f"- {_md_escape(r)}" for r in self.record_points] + [""]
        if self.answers:
            out += ["### " + lab("answers"), ""]
            out += [f"- {_md_escape(a.question.text)} **{_md_escape(a.choice.label)}**"
                    for a in self.answers] + [""]
        if self.sections:
            out += ["### " + lab("read_more"), ""]
            out += [f"- [{_md_escape(title(s))}](section:{s})" for s in self.sections] + [""]
        out += ["*" + _md_escape(self.disclaimer) + "*", ""]
        return "\n".join(out)

# -- summaries ---------------------------------------------------------------------------

def _dedupe(items: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for i in items:
        if i and i not in seen:
            seen[i] = None
    return tuple(seen)


def summarize(flow: DecisionFlow, answers: tuple[Answer, ...], outcome: Outcome,
              facts: Mapping[str, str],
              candidates: Iterable[Note] | None = None) -> DecisionSummary:
    """What ``outcome`` says on this path. ``candidates``: the notes that could apply to
    this outcome, if already known (a speed-up for walking every path)."""
    notes = tuple(n for n in (flow.notes if candidates is None else candidates)
                  if n.applies(outcome.id, facts))
    checks: list[str] = []
    if outcome.needs_check:
        checks.append(outcome.check_note)
    for n in notes:
        if n.status == "check-official-text":
            checks.append(n.check_note)
    for a in answers:
        if a.question.needs_check:
            checks.append(a.question.check_note)
    # A checklist's own caveat is shown with the checklist, where it is used; an outcome
    # only repeats caveats of what it relies on.
    alternatives = tuple((alt, flow.outcomes[alt.outcome]) for alt in outcome.alternatives
                         if alt.outcome in flow.outcomes)
    return DecisionSummary(
        flow_id=flow.id,
        outcome=outcome,
        answers=answers,
        facts=_frozen(facts),
        notes=notes,
        provisions=_dedupe([*outcome.provisions, *(p for n in notes for p in n.provisions)]),
        notice_provisions=outcome.notice.provisions,
        conditions=_dedupe([*outcome.conditions, *(f"{n.title} {n.text}".strip()
                                                  for n in notes)]),
        sections=_dedupe([*outcome.sections, *(s for n in notes for s in n.sections)]),
        record_points=_dedupe([*outcome.record, *flow.record_always]),
        duty_to_report=outcome.duty_to_report or any(n.duty_to_report for n in notes),
        checks=_dedupe(checks),
        disclaimer=flow.disclaimer,
        alternatives=alternatives,
        labels=flow.labels,
    )
