"""The flow as data: questions, choices, outcomes, notes and checklists (immutable)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

MAIN_FLOW = "share"
VERDICTS = ("emergency", "must-report", "may-share", "seek-consent", "consent-only",
            "consult", "no-statute")
NOTICE_VALUES = ("yes", "no", "conditional")
#: Who an outcome tells the worker to consult, as roles (never names): the app may later
#: show the agency's own contacts for each role.
CONSULT_ROLES = ("privacy-officer", "supervisor", "childrens-aid", "vaw-crisis-line",
                 "police-non-emergency", "agency-lawyer")
MAX_FILE_BYTES = 1_000_000
MAX_PATHS = 200_000
MAX_WHY_CHARS = 180
MAX_LABEL_CHARS = 100
_ID_RE = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")
#: The headings and labels around a decision summary (printouts, the result page, the CLI),
#: by id, in English. A flow file gives them in its own language in a ``labels:`` list
#: (``- id: provisions`` / ``text: "Provisions:"``); a flow without one, or without some
#: label, uses these. ``{placeholders}`` must stay as they are here.
DEFAULT_LABELS: Mapping[str, str] = MappingProxyType({
    "progress": "Question {number} of about {about}",
    "progress_open": "Question {number}",
    "check_official_text": "Check the official text:",
    "provisions": "Provisions:",
    "provisions_none": "Provisions: none cited.",
    "conditions": "Conditions that still apply",
    "notice": "Telling the person afterwards",
    "safety": "Safety:",
    "another_route": "Another route: {route}",
    "record": "What to record",
    "answers": "Your answers",
    "read_more": "Read more",
    # the decision record (its form, its printout)
    "record_title": "Decision record",
    "record_outcome": "Outcome: {title}",
    "record_footer": "This record is not kept by the app. Store it the way your "
                     "organization requires.",
    "field_decided_at": "Date and time",
    "field_role": "Your role (no names needed)",
    "field_authority": "Authority relied on",
    "field_route": "Route relied on",
    "field_shared": "Shared or not shared",
    "field_what": "What was or was not shared",
    "field_to_whom": "To whom",
    "field_why": "Why",
    "field_consent": "Consent",
    "field_notice": "Notice given, or why not",
    "field_follow_up": "Follow-up",
    "field_risk_factors": "Risk factors considered",
    "shared_shared": "Shared",
    "shared_not_shared": "Not shared",
    "shared_partly": "Partly shared",
})
Report = Callable[[Any, int, str], None]


class DecisionError(ValueError):
    """A call the current step does not allow (answering an outcome, an unknown choice)."""


class FactError(ValueError):
    """Scripted mode: an unknown fact key or a value the flow does not offer.

    ``kind`` ("unknown-fact", "bad-value", "not-key-value", "given-twice") and ``fields``
    say the same as the (English) message as data, so a caller can word it in its own
    language."""

    def __init__(self, message: str, kind: str = "", **fields: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.fields = fields


# -- the flow as data ------------------------------------------------------------------

def _frozen(d: Mapping[Any, Any] | None = None) -> Mapping[Any, Any]:
    return MappingProxyType(dict(d or {}))


@dataclass(frozen=True)
class Choice:
    """One answer to a question. ``value`` is both its id and the fact's value."""

    value: str
    label: str
    help: str = ""
    next: str | None = None
    sets: Mapping[str, str] = field(default_factory=_frozen)
    not_sure: bool = False
    line: int = 0


@dataclass(frozen=True)
class Rule:
    """``goto`` applies when every fact in ``when`` has one of the listed values."""

    when: Mapping[str, tuple[str, ...]]
    goto: str
    line: int = 0

    def matches(self, facts: Mapping[str, str]) -> bool:
        for k, vs in self.when.items():  # noqa: SIM110 (a loop: hot in every-path walks)
            if facts.get(k) not in vs:
                return False
        return True


@dataclass(frozen=True)
class Question:
    """One question of a flow: the fact it settles and its choices."""

    id: str
    fact: str
    text: str
    why: str
    section: str
    choices: tuple[Choice, ...]
    related: tuple[str, ...] = ()
    help: str = ""
    route: tuple[Rule, ...] = ()
    checklist: str | None = None
    assume: str | None = None
    status: str = "confirmed"
    check_note: str = ""
    line: int = 0

    kind = "question"

    def choice(self, value: str) -> Choice:
        for c in self.choices:
            if c.value == value:
                return c
        raise DecisionError(f"'{value}' is not an answer to '{self.id}'; use one of: "
                            + ", ".join(c.value for c in self.choices))

    def has_choice(self, value: str) -> bool:
        return any(c.value == value for c in self.choices)

    @property
    def needs_check(self) -> bool:
        return self.status == "check-official-text"


@dataclass(frozen=True)
class Notice:
    """Whether the person must be told afterwards, and the safety caution about it."""

    required: str = "no"  # "yes" | "no" | "conditional"
    text: str = ""
    safety: str = ""
    provisions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Alternative:
    """Another route that also fits an outcome's path, shown beside the recommended one.

    ``outcome`` is the id of the outcome that describes that route in full (its provisions,
    notice and caution); ``consequence`` is said first ("a notice must be mailed to ...").
    """

    outcome: str
    consequence: str
    line: int = 0


@dataclass(frozen=True)
class Outcome:
    """One result of a flow: the verdict, the provisions and conditions it rests on, the
    notice, and what to record."""

    id: str
    verdict: str
    title: str
    plain: str
    provisions: tuple[str, ...] = ()
    provisions_reason: str = ""
    conditions: tuple[str, ...] = ()
    notice: Notice = field(default_factory=Notice)
    record: tuple[str, ...] = ()
    sections: tuple[str, ...] = ()
    status: str = "confirmed"
    check_note: str = ""
    duty_to_report: bool = False
    urgent: bool = False
    continue_with: Mapping[str, str] = field(default_factory=_frozen)
    continue_label: str = ""
    route: str = ""                          # "the route relied on", for the record
    alternatives: tuple[Alternative, ...] = ()
    consult: tuple[str, ...] = ()            # roles from CONSULT_ROLES
    line: int = 0

    kind = "outcome"

    @property
    def needs_check(self) -> bool:
        return self.status == "check-official-text"


@dataclass(frozen=True)
class Note:
    """A condition or caution added to an outcome wherever ``when`` matches the facts."""

    id: str
    title: str
    text: str
    when: Mapping[str, tuple[str, ...]] = field(default_factory=_frozen)
    outcomes: tuple[str, ...] = ()          # empty: every outcome
    except_outcomes: tuple[str, ...] = ()
    provisions: tuple[str, ...] = ()
    sections: tuple[str, ...] = ()
    duty_to_report: bool = False
    status: str = "confirmed"
    check_note: str = ""
    line: int = 0

    def applies(self, outcome_id: str, facts: Mapping[str, str]) -> bool:
        if self.outcomes and outcome_id not in self.outcomes:
            return False
        if outcome_id in self.except_outcomes:
            return False
        for k, vs in self.when.items():  # noqa: SIM110 (a loop: hot in every-path walks)
            if facts.get(k) not in vs:
                return False
        return True


@dataclass(frozen=True)
class ChecklistGroup:
    """A titled group of a checklist's items."""

    title: str
    items: tuple[str, ...]


@dataclass(frozen=True)
class Checklist:
    """An aid shown with a question (the DVDRC risk factors); never an answer itself."""

    id: str
    title: str
    intro: str
    groups: tuple[ChecklistGroup, ...]
    section: str = ""
    status: str = "confirmed"
    check_note: str = ""
    line: int = 0

    @property
    def items(self) -> tuple[str, ...]:
        return tuple(i for g in self.groups for i in g.items)


Node = Question | Outcome


@dataclass(frozen=True)
class DecisionFlow:
    """A whole decision flow: its questions, outcomes and checklists."""

    id: str
    title: str
    intro: str
    disclaimer: str
    start: str
    questions: Mapping[str, Question]
    outcomes: Mapping[str, Outcome]
    notes: tuple[Note, ...] = ()
    checklists: Mapping[str, Checklist] = field(default_factory=_frozen)
    record_always: tuple[str, ...] = ()
    path: str = ""
    labels: Mapping[str, str] = field(default_factory=lambda: DEFAULT_LABELS)

    def label(self, label_id: str, **fields: object) -> str:
        """The flow's own words for ``label_id`` (see :data:`DEFAULT_LABELS`), filled in."""
        text = self.labels.get(label_id) or DEFAULT_LABELS[label_id]
        return text.format(**fields) if fields else text

    def node(self, node_id: str) -> Node:
        if node_id in self.questions:
            return self.questions[node_id]
        return self.outcomes[node_id]

    @property
    def facts(self) -> dict[str, tuple[str, ...]]:
        """Every fact key the flow asks about, with its values, in question order."""
        out: dict[str, list[str]] = {}
        for q in self.questions.values():
            vals = out.setdefault(q.fact, [])
            for c in q.choices:
                if c.value not in vals:
                    vals.append(c.value)
        return {k: tuple(v) for k, v in out.items()}

    def questions_for(self, fact: str) -> tuple[Question, ...]:
        return tuple(q for q in self.questions.values() if q.fact == fact)

    def next_id(self, question: Question, choice: Choice,
                facts: Mapping[str, str]) -> str | None:
        """Where ``choice`` leads, given the facts *including* this answer."""
        if choice.next:
            return choice.next
        for rule in question.route:
            if rule.matches(facts):
                return rule.goto
        return None


def _apply(facts: dict[str, str], question: Question, choice: Choice) -> None:
    facts[question.fact] = choice.value
    facts.update(choice.sets)
