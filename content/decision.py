"""The decision helper: question flows as data, and a pure engine that walks them.

A flow lives in ``content/data/decisions/<id>.yaml`` (the main one is ``share``). The
loader hook :func:`load_flows` reads and validates every flow into
``library.extras["decisions"]`` (a dict ``flow_id -> DecisionFlow``). Nothing here imports
Qt, touches the disk (apart from that loader hook) or keeps state between calls: the same
answers always give the same step, the same outcome and the same summary. Like Electrum's
GUI-free ``wizard.py``, the engine owns navigation; a view only renders the current step.

The flow, in data terms:

- A :class:`Question` answers one *fact* (``danger``, ``organization``, ``consent``...).
  Each :class:`Choice` is identified by its ``value``, which is the fact's value, so the
  panel and scripted mode (``ipv-guide decide --facts``) walk the same flow.
- Where a question goes next is the choice's ``next`` or, if that is empty, the first of
  the question's ``route`` rules whose ``when`` matches the facts so far.
- A choice may also ``set`` a fact: the "not sure which law covers me" sub-flow sets
  ``organization`` once it has worked it out.
- An :class:`Outcome` says what the law allows; flow-level :class:`Note` s add conditions
  (the child-protection duty, per-recipient cautions) wherever their ``when`` matches.

Engine API (names are stable; the panel, the CLI and printing use them):

``DecisionSession(flow)``
    ``start()`` / ``restart()`` -> first step; ``current`` -> :class:`Question`,
    :class:`Review` or :class:`Outcome`; ``answer(value)``; ``back()`` (undoes the last
    ``answer``/``confirm``/``edit``/``resume``); ``can_go_back``; ``review()``;
    ``edit(index)`` (from the review screen: re-ask one question; later answers are
    replayed where they still apply); ``confirm()`` (review -> outcome); ``resume()``
    (an urgent outcome's "continue" choice); ``answers``; ``facts``; ``summary()``;
    ``progress()``; ``suggested_choice``; ``is_finished``.
``evaluate_facts(flow, facts)`` -> :class:`Evaluation` (scripted mode).
``all_paths(flow)`` -> every :class:`FlowPath`; ``flow_map(flow)`` -> a JSON-able dict;
``format_flow_map(flow)`` -> the same as text for review on paper.
``DecisionSummary`` (``as_dict()``, ``to_markdown()``), ``DecisionRecord``
(``prefilled()``, ``as_dict()``, ``rows()``, ``name_warnings()``), ``RECORD_FIELDS``,
``record_markdown(summary, record)``, ``name_warning(text)``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from types import MappingProxyType
from typing import Any

from content.model import STATUSES, is_canonical_provision
from content.yamlio import YamlSyntaxError, line_of, load_with_lines

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
_INLINE_PROVISION_RE = re.compile(
    r"\b(?:FIPPA|MFIPPA|PHIPA|CYFSA|PIPEDA) s\. \d[\w.()]*(?: para \d+(?:\.[ivx]+)?)?")

Report = Callable[[Any, int, str], None]


class DecisionError(ValueError):
    """A call the current step does not allow (answering an outcome, an unknown choice)."""


class FactError(ValueError):
    """Scripted mode: an unknown fact key or a value the flow does not offer."""


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

    def text(self) -> str:
        if self.number > self.about:
            return f"Question {self.number}"
        return f"Question {self.number} of about {self.about}"


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

    def to_markdown(self, section_title: Callable[[str], str] | None = None) -> str:
        """The outcome as Markdown for ``content.render.to_html`` (printing, export)."""
        title = section_title or (lambda sid: sid)
        o = self.outcome
        out = [f"## {_md_escape(o.title)}", "", _md_escape(o.plain), ""]
        if self.checks:
            out += ["**Check the official text:**", ""]
            out += [f"- {_md_escape(c)}" for c in self.checks] + [""]
        if self.provisions:
            out += ["**Provisions:** " + "; ".join(self.provisions), ""]
        elif o.provisions_reason:
            out += ["**Provisions:** none cited. " + _md_escape(o.provisions_reason), ""]
        if self.conditions:
            out += ["### Conditions that still apply", ""]
            out += [f"- {_md_escape(c)}" for c in self.conditions] + [""]
        out += ["### Telling the person afterwards", "", _md_escape(o.notice.text), ""]
        if o.notice.safety:
            out += ["**Safety:** " + _md_escape(o.notice.safety), ""]
        for alt, ao in self.alternatives:
            out += [f"### Another route: {_md_escape(ao.route or ao.title)}", "",
                    "**" + _md_escape(alt.consequence) + "**", ""]
            if ao.provisions:
                out += ["**Provisions:** " + "; ".join(ao.provisions), ""]
            out += [_md_escape(ao.notice.text), ""]
            if ao.notice.safety:
                out += ["**Safety:** " + _md_escape(ao.notice.safety), ""]
        if self.record_points:
            out += ["### What to record", ""]
            out += [f"- {_md_escape(r)}" for r in self.record_points] + [""]
        if self.answers:
            out += ["### Your answers", ""]
            out += [f"- {_md_escape(a.question.text)} **{_md_escape(a.choice.label)}**"
                    for a in self.answers] + [""]
        if self.sections:
            out += ["### Read more", ""]
            out += [f"- [{_md_escape(title(s))}](section:{s})" for s in self.sections] + [""]
        out += ["*" + _md_escape(self.disclaimer) + "*", ""]
        return "\n".join(out)


#: The decision record form, in order: (key, label).
RECORD_FIELDS: tuple[tuple[str, str], ...] = (
    ("decided_at", "Date and time"),
    ("role", "Your role (no names needed)"),
    ("authority", "Authority relied on"),
    ("route", "Route relied on"),
    ("shared", "Shared or not shared"),
    ("what", "What was or was not shared"),
    ("to_whom", "To whom"),
    ("why", "Why"),
    ("consent", "Consent"),
    ("notice", "Notice given, or why not"),
    ("follow_up", "Follow-up"),
    ("risk_factors", "Risk factors considered"),
)
SHARED_VALUES = ("", "shared", "not-shared", "partly")
SHARED_LABELS = {"": "", "shared": "Shared", "not-shared": "Not shared",
                 "partly": "Partly shared"}
#: Free-text record fields checked for name-like strings.
FREE_TEXT_FIELDS = ("role", "route", "what", "to_whom", "why", "consent", "notice", "follow_up")


@dataclass(frozen=True)
class DecisionRecord:
    """The decision record form as data. Never saved by the app; printed only on request."""

    decided_at: str = ""
    role: str = ""
    authority: str = ""
    route: str = ""
    shared: str = ""
    what: str = ""
    to_whom: str = ""
    why: str = ""
    consent: str = ""
    notice: str = ""
    follow_up: str = ""
    risk_factors: tuple[str, ...] = ()
    outcome_id: str = ""
    outcome_title: str = ""

    @classmethod
    def prefilled(cls, summary: DecisionSummary, now: datetime | None = None) -> DecisionRecord:
        """A record with what the answers already say (the user can change all of it)."""
        facts = summary.facts
        by_fact = {a.question.fact: a.choice for a in summary.answers}
        consent = by_fact.get("consent")
        recipient = by_fact.get("recipient")
        shared = {"may-share": "", "must-report": "shared", "consent-only": "not-shared",
                  "seek-consent": "not-shared"}.get(summary.verdict, "")
        return cls(
            decided_at=now.strftime("%Y-%m-%d %H:%M") if now else "",
            authority="; ".join(summary.provisions),
            route=summary.route,
            shared=shared,
            to_whom=recipient.label if recipient and facts.get("recipient") != "unsure" else "",
            consent=consent.label if consent else "",
            outcome_id=summary.outcome_id,
            outcome_title=summary.title,
        )

    def as_dict(self) -> dict[str, Any]:
        d = {k: getattr(self, k) for k, _ in RECORD_FIELDS}
        d["risk_factors"] = list(self.risk_factors)
        d["outcome_id"] = self.outcome_id
        d["outcome_title"] = self.outcome_title
        return d

    def rows(self) -> list[tuple[str, str]]:
        """(label, value) rows for printing, in form order."""
        rows = []
        for key, label in RECORD_FIELDS:
            value = getattr(self, key)
            if key == "risk_factors":
                value = "; ".join(value)
            elif key == "shared":
                value = SHARED_LABELS.get(value, value)
            rows.append((label, value))
        return rows

    def is_empty(self) -> bool:
        return not any(getattr(self, k) for k in FREE_TEXT_FIELDS + ("shared", "risk_factors"))

    def name_warnings(self) -> list[tuple[str, str]]:
        """(field key, suspicious text) for every free-text field that may hold a name."""
        out = []
        for key in FREE_TEXT_FIELDS:
            hit = name_warning(getattr(self, key))
            if hit:
                out.append((key, hit))
        return out


def record_markdown(summary: DecisionSummary | None, record: DecisionRecord) -> str:
    """The record as Markdown (a table), for printing or PDF export on request."""
    out = ["## Decision record", ""]
    if summary is not None:
        out += [f"Outcome: **{_md_escape(summary.title)}**", ""]
    out += ["| | |", "|---|---|"]
    for label, value in record.rows():
        one_line = " / ".join(part.strip() for part in value.splitlines() if part.strip())
        cell = _md_escape(one_line) if one_line else "—"
        out.append(f"| {label} | {cell} |")
    out += ["", "*This record is not kept by the app. Store it the way your organization "
            "requires.*", ""]
    return "\n".join(out)


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")


def _md_escape(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


# -- the name-like warning -------------------------------------------------------------------

_NOT_NAMES = {
    # function words that start sentences
    "a", "an", "the", "i", "he", "she", "they", "we", "you", "it", "his", "her", "their",
    "this", "that", "these", "those", "there", "then", "when", "after", "before", "on", "in",
    "at", "to", "for", "from", "with", "without", "by", "no", "not", "yes", "if", "but",
    "and", "or", "so", "as", "our", "my", "me", "us", "them", "all", "some", "any", "one",
    "two", "both", "each", "per", "via", "re", "see", "call", "called", "told", "asked",
    "shared", "gave", "sent", "faxed", "emailed", "phoned", "met", "spoke", "talked",
    "consent", "client", "patient", "resident", "worker", "officer", "staff", "manager",
    "supervisor", "counsellor", "nurse", "doctor", "physician", "social", "case",
    # organizations, places and titles that are not people
    "police", "ontario", "canada", "toronto", "ottawa", "crown", "court", "courts",
    "children's", "childrens", "aid", "society", "societies", "services", "service",
    "board", "hospital", "health", "ministry", "victim", "witness", "assistance", "program",
    "probation", "parole", "provincial", "municipal", "community", "centre", "center",
    "shelter", "house", "emergency", "department", "unit", "table", "situation", "high",
    "risk", "team", "family", "legal", "clinic", "privacy", "officer's", "women's",
    "mental", "public", "city", "town", "county", "region", "regional", "first", "nation",
    "nations", "inuit", "métis", "metis", "indigenous", "opp", "cas", "vaw", "ipv",
    "dvdrc", "ipc", "er", "icu", "act", "part", "section", "schedule", "commissioner",
    "information", "protection", "personal", "coordinator",
    # calendar words
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "today", "tomorrow", "yesterday",
}
_TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "sgt", "cst", "det", "insp"}
_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ'’-]*\.?")
_NAME_CUE = re.compile(
    r"\b(?:named|name is|called|name was|known as)\s+([A-ZÀ-Ö][a-zà-öø-ÿ'’-]+)")


def name_warning(text: str) -> str | None:
    """The part of ``text`` that looks like a person's name, or None.

    A heuristic, used only to warn: two or more capitalized words in a row that are not
    common words, organizations, places or months ("Jane Doe"); a title before a
    capitalized word ("Ms. Doe"); or "named X" / "called X".
    """
    if not text:
        return None
    m = _NAME_CUE.search(text)
    if m:
        return m.group(0)
    words = [(w.group(0), w.start()) for w in _WORD.finditer(text)]
    for i, (w, _) in enumerate(words[:-1]):
        bare = w.rstrip(".").lower()
        nxt = words[i + 1][0].rstrip(".")
        if bare in _TITLES and nxt[:1].isupper():
            return f"{w} {nxt}"
    run: list[str] = []
    for w, _ in words + [("", 0)]:
        bare = w.rstrip(".")
        candidate = (bare[:1].isupper() and not bare.isupper() and len(bare) > 1
                     and bare.lower().strip("'’") not in _NOT_NAMES)
        if candidate:
            run.append(bare)
            if w.endswith(".") and len(run) < 2:
                run = []  # sentence ended after one word
            continue
        if len(run) >= 2:
            return " ".join(run)
        run = []
    return None


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
    for _alt, ao in alternatives:
        if ao.needs_check:
            checks.append(ao.check_note)
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
    )


# -- the session -------------------------------------------------------------------------

@dataclass(frozen=True)
class _State:
    answers: tuple[tuple[str, str], ...] = ()
    confirmed: bool = False
    replay: tuple[tuple[str, str], ...] = ()
    suggested: str | None = None


class DecisionSession:
    """One walk through a flow. Pure: no Qt, no I/O, nothing kept after :meth:`restart`.

    Every mutating call (:meth:`answer`, :meth:`confirm`, :meth:`edit`, :meth:`resume`)
    pushes the previous state, so :meth:`back` undoes exactly one call.
    """

    def __init__(self, flow: DecisionFlow):
        self.flow = flow
        self._state = _State()
        self._history: list[_State] = []

    # -- navigation ---------------------------------------------------------------
    def start(self) -> Step:
        """Forget every answer and return the first question."""
        self._state = _State()
        self._history.clear()
        return self.current

    restart = start

    def answer(self, value: str) -> Step:
        """Answer the current question with the choice whose value is ``value``."""
        cur = self.current
        if not isinstance(cur, Question):
            raise DecisionError("the current step is not a question")
        cur.choice(value)  # raises DecisionError for an unknown value
        answers = (*self._state.answers, (cur.id, value))
        replay = dict(self._state.replay)
        replay.pop(cur.id, None)
        # Replay answers kept from an edit while the path still asks the same questions.
        while replay:
            node, _facts = self._resolve(answers)
            if not isinstance(node, Question) or node.id not in replay:
                break
            v = replay.pop(node.id)
            if not node.has_choice(v):
                break
            answers = (*answers, (node.id, v))
        self._push(_State(answers=answers, replay=tuple(replay.items())))
        return self.current

    def confirm(self) -> Outcome:
        """From the review screen, show the outcome."""
        if not isinstance(self.current, Review):
            raise DecisionError("there is nothing to confirm: the current step is not the review")
        self._push(replace(self._state, confirmed=True, replay=()))
        out = self.current
        assert isinstance(out, Outcome)
        return out

    def edit(self, index: int) -> Question:
        """Re-ask the question answered at ``index``; later answers are kept for replay."""
        answers = self._state.answers
        if not 0 <= index < len(answers):
            raise DecisionError(f"there is no answer number {index}")
        qid, value = answers[index]
        later = answers[index + 1:]
        self._push(_State(answers=answers[:index], replay=later, suggested=value))
        cur = self.current
        assert isinstance(cur, Question) and cur.id == qid
        return cur

    def resume(self) -> Step:
        """For an urgent outcome with ``continue_with`` (call 911 first): carry on with the
        other questions as if the last answer had been the ``continue_with`` value."""
        cur = self.current
        if not isinstance(cur, Outcome) or not cur.continue_with:
            raise DecisionError("this step has nothing to continue with")
        answers = self._state.answers
        qid, _ = answers[-1]
        q = self.flow.questions[qid]
        value = cur.continue_with.get(q.fact)
        if value is None or not q.has_choice(value):
            raise DecisionError(f"cannot continue: '{qid}' has no matching answer")
        self._push(_State(answers=(*answers[:-1], (qid, value))))
        return self.current

    def back(self) -> Step:
        """Undo the last answer, confirm, edit or resume (no-op at the first question)."""
        if self._history:
            undone = self._state
            self._state = self._history.pop()
            if undone.answers and len(undone.answers) > len(self._state.answers):
                # Offer the undone answer again, so Enter takes the same route.
                qid, value = undone.answers[len(self._state.answers)]
                cur = self.current
                if isinstance(cur, Question) and cur.id == qid:
                    self._state = replace(self._state, suggested=value)
        return self.current

    @property
    def can_go_back(self) -> bool:
        return bool(self._history)

    def _push(self, state: _State) -> None:
        self._history.append(self._state)
        self._state = state

    # -- state --------------------------------------------------------------------
    def _resolve(self, answers: tuple[tuple[str, str], ...]) -> tuple[Node, dict[str, str]]:
        flow = self.flow
        node: Node = flow.node(flow.start)
        facts: dict[str, str] = {}
        for qid, value in answers:
            if not isinstance(node, Question) or node.id != qid:
                raise DecisionError(f"answer to '{qid}' does not fit the flow")
            choice = node.choice(value)
            _apply(facts, node, choice)
            nxt = flow.next_id(node, choice, facts)
            if nxt is None:
                raise DecisionError(f"the flow has no route after '{qid}' = '{value}'")
            node = flow.node(nxt)
        return node, facts

    @property
    def current(self) -> Step:
        node, _ = self._resolve(self._state.answers)
        if isinstance(node, Question):
            return node
        if node.urgent or self._state.confirmed:
            return node
        return Review(node, self.answers)

    @property
    def answers(self) -> tuple[Answer, ...]:
        out = []
        for i, (qid, value) in enumerate(self._state.answers):
            q = self.flow.questions[qid]
            out.append(Answer(i, q, q.choice(value)))
        return tuple(out)

    @property
    def facts(self) -> dict[str, str]:
        """The facts so far (a choice's ``set`` already applied)."""
        return self._resolve(self._state.answers)[1]

    @property
    def suggested_choice(self) -> str | None:
        """The answer to pre-select (the one just undone by Back, or being edited)."""
        cur = self.current
        s = self._state.suggested
        if isinstance(cur, Question) and s is not None and cur.has_choice(s):
            return s
        return None

    @property
    def is_finished(self) -> bool:
        return isinstance(self.current, Outcome)

    def review(self) -> tuple[Answer, ...]:
        """Every answer so far, in order (the review screen lists these)."""
        return self.answers

    def summary(self) -> DecisionSummary | None:
        """The outcome's summary on this path; None until an outcome is reached."""
        node, facts = self._resolve(self._state.answers)
        if not isinstance(node, Outcome):
            return None
        return summarize(self.flow, self.answers, node, facts)

    def pending_outcome(self) -> Outcome | None:
        """The outcome the answers lead to (also while the review screen shows)."""
        node, _ = self._resolve(self._state.answers)
        return node if isinstance(node, Outcome) else None

    def progress(self) -> Progress:
        n = len(self._state.answers)
        node, facts = self._resolve(self._state.answers)
        if not isinstance(node, Question):
            return Progress(n, n)
        return Progress(n + 1, n + self._typical_remaining(node, facts))

    def _typical_remaining(self, node: Question, facts: dict[str, str]) -> int:
        return typical_remaining(self.flow, node, facts)


def typical_remaining(flow: DecisionFlow, node: Node, facts: Mapping[str, str]) -> int:
    """How many questions are left, counting ``node``, on the typical path from here.

    At each question the typical answer is the one whose next question is shared by the
    most answers (ties: the first listed); answers that end at an outcome are skipped
    while another answer asks more. Deterministic and cheap.
    """
    count = 0
    facts = dict(facts)
    seen: set[str] = set()
    while isinstance(node, Question) and node.id not in seen:
        seen.add(node.id)
        count += 1
        options: list[tuple[str, dict[str, str]]] = []
        for c in node.choices:
            f2 = dict(facts)
            _apply(f2, node, c)
            nxt = flow.next_id(node, c, f2)
            if nxt is not None and nxt in flow.questions:
                options.append((nxt, f2))
        if not options:
            break
        votes = Counter(n for n, _ in options)
        best = max(votes, key=lambda n: (votes[n], -[o[0] for o in options].index(n)))
        facts = next(f for n, f in options if n == best)
        node = flow.questions[best]
    return max(count, 1)


# -- every path, scripted mode, the map --------------------------------------------------

@dataclass(frozen=True)
class FlowPath:
    steps: tuple[tuple[str, str], ...]  # (question id, value)
    outcome: str
    facts: Mapping[str, str]


def _paths_from(flow: DecisionFlow, node: Node, facts: dict[str, str],
                steps: tuple[tuple[str, str], ...]) -> Iterator[FlowPath]:
    stack: list[tuple[Node, dict[str, str], tuple[tuple[str, str], ...]]] = [
        (node, facts, steps)]
    count = 0
    while stack:
        node, facts, steps = stack.pop()
        if isinstance(node, Outcome):
            count += 1
            if count > MAX_PATHS:
                raise DecisionError("the flow has too many paths")
            yield FlowPath(steps, node.id, _frozen(facts))
            continue
        seen = {q for q, _ in steps}
        for choice in reversed(node.choices):
            f2 = dict(facts)
            _apply(f2, node, choice)
            nxt = flow.next_id(node, choice, f2)
            if nxt is None or nxt in seen or nxt == node.id:
                raise DecisionError(f"the flow is broken after '{node.id}' = '{choice.value}'")
            stack.append((flow.node(nxt), f2, (*steps, (node.id, choice.value))))


def all_paths(flow: DecisionFlow) -> list[FlowPath]:
    """Every path from the first question to an outcome (the flow must be valid)."""
    return list(_paths_from(flow, flow.node(flow.start), {}, ()))


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
            raise FactError(f"unknown fact '{key}'; the facts are: " + ", ".join(known))
        if value not in known[key]:
            raise FactError(f"'{value}' is not a value of '{key}'; use one of: "
                            + "|".join(known[key]))


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
            raise FactError(f"'{part}' is not KEY=VALUE")
        if key in facts and facts[key] != value:
            raise FactError(f"'{key}' is given twice")
        facts[key] = value
    return facts


def flow_map(flow: DecisionFlow) -> dict[str, Any]:
    """The whole flow as JSON-able data: facts, questions, outcomes, notes, every path."""
    paths = []
    notes_for = {oid: [n for n in flow.notes
                       if (not n.outcomes or oid in n.outcomes) and oid not in n.except_outcomes]
                 for oid in flow.outcomes}
    for p in all_paths(flow):
        o = flow.outcomes[p.outcome]
        notes = [n for n in notes_for[p.outcome] if n.applies(o.id, p.facts)]
        paths.append({
            "answers": [{"question": q, "fact": flow.questions[q].fact, "value": v}
                        for q, v in p.steps],
            "outcome_id": p.outcome,
            "provisions": list(_dedupe([*o.provisions, *(x for n in notes for x in n.provisions)])),
            "notes": [n.id for n in notes],
            "duty_to_report": o.duty_to_report or any(n.duty_to_report for n in notes),
            "notice_required": o.notice.required == "yes",
            "alternatives": [a.outcome for a in o.alternatives],
        })
    return {
        "flow": flow.id, "title": flow.title, "start": flow.start,
        "facts": {k: list(v) for k, v in flow.facts.items()},
        "questions": [{
            "id": q.id, "fact": q.fact, "text": q.text, "why": q.why, "section": q.section,
            "status": q.status, "check_note": q.check_note, "checklist": q.checklist,
            "choices": [{"value": c.value, "label": c.label, "help": c.help, "next": c.next,
                         "sets": dict(c.sets)} for c in q.choices],
            "route": [{"when": {k: list(v) for k, v in r.when.items()}, "goto": r.goto}
                      for r in q.route],
        } for q in flow.questions.values()],
        "outcomes": [{
            "id": o.id, "verdict": o.verdict, "title": o.title, "plain": o.plain,
            "provisions": list(o.provisions), "provisions_reason": o.provisions_reason,
            "conditions": list(o.conditions),
            "notice": {"required": o.notice.required, "text": o.notice.text,
                       "safety": o.notice.safety, "provisions": list(o.notice.provisions)},
            "record": list(o.record), "sections": list(o.sections), "status": o.status,
            "check_note": o.check_note, "duty_to_report": o.duty_to_report,
            "route": o.route, "consult": list(o.consult),
            "alternatives": [{"outcome": a.outcome, "consequence": a.consequence}
                             for a in o.alternatives],
        } for o in flow.outcomes.values()],
        "notes": [{
            "id": n.id, "title": n.title, "text": n.text,
            "when": {k: list(v) for k, v in n.when.items()}, "outcomes": list(n.outcomes),
            "except_outcomes": list(n.except_outcomes), "provisions": list(n.provisions),
            "sections": list(n.sections), "status": n.status, "check_note": n.check_note,
        } for n in flow.notes],
        "paths": paths,
    }


def format_flow_map(flow: DecisionFlow, width: int = 88) -> str:
    """The flow as text for a privacy officer to review on paper.

    Part 1 is the tree of every path (a subtree that repeats is printed once and then
    referred to by its letter); part 2 lists each question, part 3 each outcome with its
    full wording, part 4 the notes added to outcomes.
    """
    import textwrap

    lines: list[str] = []
    wrap = textwrap.TextWrapper(width=width)

    def para(text: str, indent: str = "    ") -> None:
        wrap.initial_indent = wrap.subsequent_indent = indent
        lines.extend(wrap.wrap(text) or [indent])

    paths = all_paths(flow)
    per_outcome = Counter(p.outcome for p in paths)
    lines += [f"{flow.title} — decision flow '{flow.id}'", "=" * min(width, 60), ""]
    para(flow.disclaimer, "")
    lines += ["", f"{len(flow.questions)} questions, {len(flow.outcomes)} outcomes, "
              f"{len(paths)} paths.", "", "1. Every path", "-------------", ""]
    para("Read down: each answer leads to the next question or to an OUTCOME. A block "
         "marked [A], [B]... is printed once; later lines say 'same as [A]'.", "")
    lines.append("")
    # Build the tree as nested tuples so identical subtrees compare equal.
    memo: dict[tuple[str, frozenset[tuple[str, str]]], tuple] = {}

    def build(node: Question, facts: dict[str, str]) -> tuple:
        key = (node.id, frozenset(facts.items()))
        if key in memo:
            return memo[key]
        groups: dict[tuple, list[str]] = {}
        for c in node.choices:
            f2 = dict(facts)
            _apply(f2, node, c)
            nxt = flow.next_id(node, c, f2)
            assert nxt is not None
            target = flow.node(nxt)
            sub = ("O", nxt) if isinstance(target, Outcome) else build(target, f2)
            sets = "".join(f" (sets {k}={v})" for k, v in c.sets.items())
            groups.setdefault((sets, sub), []).append(c.value)
        tree_ = ("Q", node.id, node.text, node.fact,
                 tuple((tuple(vals), sets, sub) for (sets, sub), vals in groups.items()))
        memo[key] = tree_
        return tree_

    def size(t: tuple) -> int:
        return 1 + sum(1 if sub[0] == "O" else 1 + size(sub) for _v, _s, sub in t[4])

    uses: Counter[tuple] = Counter()

    def count_uses(t: tuple) -> None:
        uses[t] += 1
        if uses[t] == 1:
            for _v, _s, sub in t[4]:
                if sub[0] == "Q":
                    count_uses(sub)

    root = build(flow.node(flow.start), {})  # type: ignore[arg-type]
    count_uses(root)
    labels: dict[tuple, str] = {}
    shown: set[str] = set()

    def letter(i: int) -> str:
        out = ""
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            out = chr(65 + r) + out
        return out

    def emit(t: tuple, indent: str) -> None:
        tag = ""
        if uses[t] > 1 and size(t) >= 3:
            if t in labels:
                lines.append(f"{indent}(same as [{labels[t]}], Q {t[1]})")
                return
            labels[t] = letter(len(labels))
            tag = f"[{labels[t]}] "
        if t[1] in shown:
            lines.append(f"{indent}{tag}Q {t[1]}")
        else:
            shown.add(t[1])
            lines.append(f"{indent}{tag}Q {t[1]}: {t[2]}")
        for values, sets, sub in t[4]:
            head = f"{indent}  {t[3]} = {' | '.join(values)}{sets}"
            if sub[0] == "O":
                lines.append(f"{head}  ->  OUTCOME {sub[1]}")
            else:
                lines.append(f"{head}  ->")
                emit(sub, indent + "    ")

    emit(root, "  ")
    lines += ["", "2. Questions", "------------", ""]
    for q in flow.questions.values():
        lines.append(f"Q {q.id}  (fact: {q.fact})")
        para(q.text)
        para("Why we ask: " + q.why)
        para(f"Read more: section '{q.section}'")
        if q.needs_check:
            para("CHECK THE OFFICIAL TEXT: " + q.check_note)
        for c in q.choices:
            dest = c.next or "(see routing)"
            para(f"- {c.value}: {c.label}  ->  {dest}", "    ")
            if c.help:
                para(c.help, "        ")
        for r in q.route:
            cond = " and ".join(f"{k} is {'/'.join(v)}" for k, v in r.when.items()) or "otherwise"
            para(f"route: if {cond}  ->  {r.goto}", "    ")
        if q.checklist and q.checklist in flow.checklists:
            cl = flow.checklists[q.checklist]
            para(f"Checklist shown as an aid: {cl.title}")
            for g in cl.groups:
                para(g.title + ":", "      ")
                for item in g.items:
                    para("- " + item, "        ")
            if cl.status == "check-official-text":
                para("CHECK THE OFFICIAL TEXT: " + cl.check_note, "      ")
        lines.append("")
    lines += ["3. Outcomes", "-----------", ""]
    for o in flow.outcomes.values():
        lines.append(f"OUTCOME {o.id}  [{o.verdict}]  ({per_outcome[o.id]} paths)")
        para(o.title)
        para(o.plain)
        if o.provisions:
            para("Provisions: " + "; ".join(o.provisions))
        else:
            para("Provisions: " + (o.provisions_reason or "from the notes that apply (part 4)"))
        for c in o.conditions:
            para("- " + c, "      ")
        para(f"Notice afterwards: {o.notice.required}. {o.notice.text}")
        if o.notice.safety:
            para("Safety: " + o.notice.safety)
        for r in o.record:
            para("Record: " + r)
        if o.route:
            para("Route relied on: " + o.route)
        for a in o.alternatives:
            para(f"Also shown, as another route: OUTCOME {a.outcome}. {a.consequence}")
        if o.consult:
            para("Consult: " + ", ".join(o.consult))
        para("Sections: " + ", ".join(o.sections))
        if o.needs_check:
            para("CHECK THE OFFICIAL TEXT: " + o.check_note)
        lines.append("")
    lines += ["4. Notes added to outcomes", "--------------------------", ""]
    for n in flow.notes:
        cond = " and ".join(f"{k} is {'/'.join(v)}" for k, v in n.when.items()) or "always"
        where = ("only " + ", ".join(n.outcomes)) if n.outcomes else "all outcomes"
        if n.except_outcomes:
            where += " except " + ", ".join(n.except_outcomes)
        lines.append(f"NOTE {n.id}  (when {cond}; {where})")
        para(f"{n.title} {n.text}")
        if n.provisions:
            para("Provisions: " + "; ".join(n.provisions))
        if n.status == "check-official-text":
            para("CHECK THE OFFICIAL TEXT: " + n.check_note)
        lines.append("")
    lines += ["Always record:"] + [f"  - {r}" for r in flow.record_always]
    return "\n".join(lines) + "\n"


# -- loading and validating --------------------------------------------------------------

class _Ctx:
    """Problem reporting for one flow file, with line lookup and a 'fatal' flag."""

    def __init__(self, path: Path, lines: dict, report: Report):
        self.path, self.lines, self._report = path, lines, report
        self.fatal = False
        self._seen: set[tuple[int, str]] = set()

    def line(self, *keys: Any) -> int:
        return line_of(self.lines, *keys)

    def err(self, keys: tuple, message: str, *, fatal: bool = True) -> None:
        line = self.line(*keys)
        if (line, message) in self._seen:
            return
        self._seen.add((line, message))
        self.fatal = self.fatal or fatal
        self._report(self.path, line, message)

    def warn(self, keys: tuple, message: str) -> None:
        self.err(keys, message, fatal=False)


def _keys(ctx: _Ctx, data: Any, at: tuple, allowed: set[str], required: set[str],
          what: str) -> dict:
    if not isinstance(data, dict):
        ctx.err(at, f"{what} must be a set of 'key: value' lines")
        return {}
    for k in data:
        if k not in allowed:
            ctx.err((*at, k), f"unknown key '{k}' in {what}; allowed: "
                    + ", ".join(sorted(allowed)))
    for k in sorted(required - set(data)):
        ctx.err(at, f"{what} is missing required key '{k}'")
    return data


def _text(ctx: _Ctx, data: dict, at: tuple, key: str, *, required: bool = False,
          one_line: bool = False, limit: int = 0) -> str:
    v = data.get(key)
    if v is None:
        v = ""
    if not isinstance(v, str):
        ctx.err((*at, key), f"'{key}' must be text, not {type(v).__name__}")
        return ""
    if one_line and "\n" in v.strip():
        ctx.err((*at, key), f"'{key}' must be one line")
    v = " ".join(v.split())
    if required and not v:
        ctx.err((*at, key), f"'{key}' must not be empty")
    if limit and len(v) > limit:
        ctx.err((*at, key), f"'{key}' is {len(v)} characters; keep it under {limit}",
                fatal=False)
    for m in _INLINE_PROVISION_RE.finditer(v):
        cite = m.group(0).rstrip(".,;:")
        while cite.endswith(")") and cite.count("(") < cite.count(")"):
            cite = cite[:-1]  # the ")" that closes "(PHIPA s. 40(1))"
        cite = cite.rstrip(".,;:")
        if not is_canonical_provision(cite):
            ctx.err((*at, key), f"provision '{cite}' in the text is not canonical; write it "
                    "like 'PHIPA s. 40(1)'", fatal=False)
    return v


def _str_list(ctx: _Ctx, data: dict, at: tuple, key: str) -> tuple[str, ...]:
    v = data.get(key) or []
    if isinstance(v, str):
        v = [v]
    if not isinstance(v, list) or not all(isinstance(i, str) for i in v):
        ctx.err((*at, key), f"'{key}' must be a list of text items")
        return ()
    return tuple(" ".join(i.split()) for i in v if i.strip())


def _bool(ctx: _Ctx, data: dict, at: tuple, key: str) -> bool:
    v = data.get(key, False)
    if not isinstance(v, bool):
        ctx.err((*at, key), f"'{key}' must be true or false")
        return False
    return v


def _provisions(ctx: _Ctx, data: dict, at: tuple, key: str) -> tuple[str, ...]:
    vals = _str_list(ctx, data, at, key)
    for p in vals:
        if not is_canonical_provision(p):
            ctx.err((*at, key), f"malformed provision '{p}'; write it like 'PHIPA s. 40(1)' "
                    "or 'FIPPA s. 42(1)(h)'")
    return vals


def _status(ctx: _Ctx, data: dict, at: tuple) -> tuple[str, str]:
    status = data.get("status", "confirmed") or "confirmed"
    if status not in STATUSES:
        ctx.err((*at, "status"), "'status' must be one of: " + ", ".join(STATUSES))
        status = "confirmed"
    note = _text(ctx, data, at, "check_note")
    if status == "check-official-text" and not note:
        ctx.err((*at, "check_note"), "status is check-official-text: add 'check_note' saying "
                "what to check in the official text")
    return status, note


def _conditions(ctx: _Ctx, data: dict, at: tuple, key: str) -> dict[str, tuple[str, ...]]:
    v = data.get(key) or {}
    if not isinstance(v, dict):
        ctx.err((*at, key), f"'{key}' must map facts to values, like {{risk: serious}}")
        return {}
    out = {}
    for k, vals in v.items():
        if isinstance(vals, str):
            vals = [vals]
        if not isinstance(vals, list) or not all(isinstance(x, str) for x in vals):
            ctx.err((*at, key, k), f"'{k}' must be a value or a list of values")
            continue
        out[str(k)] = tuple(vals)
    return out


QUESTION_KEYS = {"id", "fact", "text", "why", "section", "related", "help", "choices", "route",
                 "checklist", "assume", "status", "check_note"}
CHOICE_KEYS = {"value", "label", "help", "next", "sets", "not_sure"}
OUTCOME_KEYS = {"id", "verdict", "title", "plain", "provisions", "provisions_reason",
                "conditions", "notice", "record", "sections", "status", "check_note",
                "duty_to_report", "urgent", "continue_with", "continue_label", "route",
                "alternatives", "consult"}
NOTE_KEYS = {"id", "title", "text", "when", "outcomes", "except_outcomes", "provisions",
             "sections", "duty_to_report", "status", "check_note"}
CHECKLIST_KEYS = {"id", "title", "intro", "groups", "section", "status", "check_note"}
FLOW_KEYS = {"id", "title", "intro", "disclaimer", "start", "record_always", "questions",
             "outcomes", "notes", "checklists"}


def _parse_question(ctx: _Ctx, data: Any, at: tuple) -> Question | None:
    d = _keys(ctx, data, at, QUESTION_KEYS, {"id", "fact", "text", "why", "section", "choices"},
              "question")
    if not d:
        return None
    qid = _text(ctx, d, at, "id", required=True)
    if qid and not _ID_RE.match(qid):
        ctx.err((*at, "id"), f"id '{qid}' must use lower-case letters, digits, - and _")
    choices = []
    raw = d.get("choices")
    if not isinstance(raw, list) or len(raw) < 2:
        ctx.err((*at, "choices"), f"question '{qid}' needs a list of at least two choices")
        raw = []
    values: set[str] = set()
    for i, c in enumerate(raw):
        cat = (*at, "choices", i)
        cd = _keys(ctx, c, cat, CHOICE_KEYS, {"value", "label"}, "choice")
        if not cd:
            continue
        value = _text(ctx, cd, cat, "value", required=True)
        if value in values:
            ctx.err((*cat, "value"), f"question '{qid}' has the value '{value}' twice")
        values.add(value)
        sets = cd.get("sets") or {}
        if not isinstance(sets, dict) or not all(isinstance(v, str) for v in sets.values()):
            ctx.err((*cat, "sets"), "'sets' must map facts to one value each")
            sets = {}
        nxt = cd.get("next")
        if nxt is not None and not isinstance(nxt, str):
            ctx.err((*cat, "next"), "'next' must be the id of a question or an outcome")
            nxt = None
        choices.append(Choice(
            value=value,
            label=_text(ctx, cd, cat, "label", required=True, limit=MAX_LABEL_CHARS),
            help=_text(ctx, cd, cat, "help"),
            next=nxt or None,
            sets=_frozen({str(k): v for k, v in sets.items()}),
            not_sure=_bool(ctx, cd, cat, "not_sure"),
            line=ctx.line(*cat),
        ))
    if choices and not any(c.not_sure for c in choices):
        ctx.err((*at, "choices"), f"question '{qid}' needs a 'not sure' answer (a choice with "
                "not_sure: true) that leads somewhere useful")
    rules = []
    route = d.get("route") or []
    if not isinstance(route, list):
        ctx.err((*at, "route"), "'route' must be a list of {when, goto} rules")
        route = []
    for i, r in enumerate(route):
        rat = (*at, "route", i)
        rd = _keys(ctx, r, rat, {"when", "goto"}, {"goto"}, "route rule")
        if not rd:
            continue
        rules.append(Rule(_frozen(_conditions(ctx, rd, rat, "when")),
                          _text(ctx, rd, rat, "goto", required=True), ctx.line(*rat)))
    for c in choices:
        if not c.next and not rules:
            ctx.err((*at, "choices"), f"choice '{c.value}' of '{qid}' has no 'next' and the "
                    "question has no 'route'")
    status, note = _status(ctx, d, at)
    assume = d.get("assume")
    if assume is not None and assume not in values:
        ctx.err((*at, "assume"), "'assume' must be one of the question's values")
        assume = None
    checklist = d.get("checklist")
    return Question(
        id=qid,
        fact=_text(ctx, d, at, "fact", required=True),
        text=_text(ctx, d, at, "text", required=True, limit=220),
        why=_text(ctx, d, at, "why", required=True, one_line=True, limit=MAX_WHY_CHARS),
        section=_text(ctx, d, at, "section", required=True),
        related=_str_list(ctx, d, at, "related"),
        help=_text(ctx, d, at, "help"),
        choices=tuple(choices),
        route=tuple(rules),
        checklist=checklist if isinstance(checklist, str) and checklist else None,
        assume=assume,
        status=status,
        check_note=note,
        line=ctx.line(*at),
    )


def _parse_outcome(ctx: _Ctx, data: Any, at: tuple) -> Outcome | None:
    d = _keys(ctx, data, at, OUTCOME_KEYS,
              {"id", "verdict", "title", "plain", "notice", "sections"}, "outcome")
    if not d:
        return None
    oid = _text(ctx, d, at, "id", required=True)
    if oid and not _ID_RE.match(oid):
        ctx.err((*at, "id"), f"id '{oid}' must use lower-case letters, digits, - and _")
    verdict = d.get("verdict")
    if verdict not in VERDICTS:
        ctx.err((*at, "verdict"), "'verdict' must be one of: " + ", ".join(VERDICTS))
        verdict = "consult"
    nat = (*at, "notice")
    nd = _keys(ctx, d.get("notice"), nat, {"required", "text", "safety", "provisions"},
               {"required", "text"}, "notice")
    required = str(nd.get("required", "no")) if nd else "no"
    if nd and required not in NOTICE_VALUES:
        ctx.err((*nat, "required"), "'required' must be \"yes\", \"no\" or \"conditional\" "
                "(in quotes)")
        required = "no"
    notice = Notice(required, _text(ctx, nd, nat, "text", required=True) if nd else "",
                    _text(ctx, nd, nat, "safety") if nd else "",
                    _provisions(ctx, nd, nat, "provisions") if nd else ())
    if required in ("yes", "conditional") and nd and not notice.safety:
        ctx.err((*nat, "safety"), "notice may be required: add 'safety', the caution about "
                "notice reaching an abusive partner")
    cw = d.get("continue_with") or {}
    if not isinstance(cw, dict) or not all(isinstance(v, str) for v in cw.values()):
        ctx.err((*at, "continue_with"), "'continue_with' must map a fact to one value")
        cw = {}
    status, note = _status(ctx, d, at)
    provisions = _provisions(ctx, d, at, "provisions")
    sections = _str_list(ctx, d, at, "sections")
    if not sections:
        ctx.err((*at, "sections"), f"outcome '{oid}' must link at least one section")
    out = Outcome(
        id=oid,
        verdict=verdict,
        title=_text(ctx, d, at, "title", required=True, limit=120),
        plain=_text(ctx, d, at, "plain", required=True),
        provisions=provisions,
        provisions_reason=_text(ctx, d, at, "provisions_reason"),
        conditions=_str_list(ctx, d, at, "conditions"),
        notice=notice,
        record=_str_list(ctx, d, at, "record"),
        sections=sections,
        status=status,
        check_note=note,
        duty_to_report=_bool(ctx, d, at, "duty_to_report"),
        urgent=_bool(ctx, d, at, "urgent"),
        continue_with=_frozen({str(k): v for k, v in cw.items()}),
        continue_label=_text(ctx, d, at, "continue_label"),
        line=ctx.line(*at),
    )
    if out.continue_with and not out.continue_label:
        ctx.err((*at, "continue_label"), "'continue_with' needs a 'continue_label' for the button")
    alts = []
    raw_alts = d.get("alternatives") or []
    if not isinstance(raw_alts, list):
        ctx.err((*at, "alternatives"), "'alternatives' must be a list of {outcome, consequence}")
        raw_alts = []
    for i, a in enumerate(raw_alts):
        aat = (*at, "alternatives", i)
        ad = _keys(ctx, a, aat, {"outcome", "consequence"}, {"outcome", "consequence"},
                   "alternative")
        if not ad:
            continue
        alts.append(Alternative(_text(ctx, ad, aat, "outcome", required=True),
                                _text(ctx, ad, aat, "consequence", required=True),
                                ctx.line(*aat)))
    consult = _str_list(ctx, d, at, "consult")
    for role in consult:
        if role not in CONSULT_ROLES:
            ctx.err((*at, "consult"), f"'{role}' is not a role; use: " + ", ".join(CONSULT_ROLES))
    return replace(out, route=_text(ctx, d, at, "route", limit=160),
                   alternatives=tuple(alts),
                   consult=tuple(r for r in consult if r in CONSULT_ROLES))


def _parse_note(ctx: _Ctx, data: Any, at: tuple) -> Note | None:
    d = _keys(ctx, data, at, NOTE_KEYS, {"id", "title", "text"}, "note")
    if not d:
        return None
    status, note = _status(ctx, d, at)
    return Note(
        id=_text(ctx, d, at, "id", required=True),
        title=_text(ctx, d, at, "title", required=True, limit=120),
        text=_text(ctx, d, at, "text", required=True),
        when=_frozen(_conditions(ctx, d, at, "when")),
        outcomes=_str_list(ctx, d, at, "outcomes"),
        except_outcomes=_str_list(ctx, d, at, "except_outcomes"),
        provisions=_provisions(ctx, d, at, "provisions"),
        sections=_str_list(ctx, d, at, "sections"),
        duty_to_report=_bool(ctx, d, at, "duty_to_report"),
        status=status,
        check_note=note,
        line=ctx.line(*at),
    )


def _parse_checklist(ctx: _Ctx, data: Any, at: tuple) -> Checklist | None:
    d = _keys(ctx, data, at, CHECKLIST_KEYS, {"id", "title", "groups"}, "checklist")
    if not d:
        return None
    groups = []
    raw = d.get("groups")
    if not isinstance(raw, list) or not raw:
        ctx.err((*at, "groups"), "'groups' must be a list of {title, items}")
        raw = []
    for i, g in enumerate(raw):
        gat = (*at, "groups", i)
        gd = _keys(ctx, g, gat, {"title", "items"}, {"title", "items"}, "checklist group")
        if gd:
            items = _str_list(ctx, gd, gat, "items")
            if not items:
                ctx.err((*gat, "items"), "a checklist group needs at least one item")
            groups.append(ChecklistGroup(_text(ctx, gd, gat, "title", required=True), items))
    status, note = _status(ctx, d, at)
    return Checklist(
        id=_text(ctx, d, at, "id", required=True),
        title=_text(ctx, d, at, "title", required=True),
        intro=_text(ctx, d, at, "intro"),
        groups=tuple(groups),
        section=_text(ctx, d, at, "section"),
        status=status,
        check_note=note,
        line=ctx.line(*at),
    )


def _parse_list(ctx: _Ctx, data: dict, key: str, parse: Callable[[_Ctx, Any, tuple], Any],
                *, required: bool = True) -> list[Any]:
    raw = data.get(key)
    if raw is None and not required:
        return []
    if not isinstance(raw, list) or (required and not raw):
        ctx.err((key,), f"'{key}' must be a list")
        return []
    out = []
    for i, item in enumerate(raw):
        obj = parse(ctx, item, (key, i))
        if obj is not None:
            out.append(obj)
    return out


def parse_flow(data: Any, lines: dict, path: Path, report: Report,
               section_exists: Callable[[str], bool] | None = None) -> DecisionFlow | None:
    """Build and validate one flow from parsed YAML. Returns None if it is unusable.

    Every problem goes to ``report(path, line, message)``. Dangling section links and
    text-style issues are reported but keep the flow; structural problems (an unknown
    target, a dead end, a cycle, an unreachable question) leave it out.
    """
    ctx = _Ctx(path, lines, report)
    d = _keys(ctx, data, (), FLOW_KEYS,
              {"id", "title", "disclaimer", "start", "questions", "outcomes"}, "decision flow")
    if not d:
        return None
    fid = _text(ctx, d, (), "id", required=True)
    if fid and fid != path.stem:
        ctx.err(("id",), f"flow id '{fid}' must match the file name '{path.stem}.yaml'")
    questions = _parse_list(ctx, d, "questions", _parse_question)
    outcomes = _parse_list(ctx, d, "outcomes", _parse_outcome)
    notes = _parse_list(ctx, d, "notes", _parse_note, required=False)
    checklists = _parse_list(ctx, d, "checklists", _parse_checklist, required=False)
    qmap: dict[str, Question] = {}
    omap: dict[str, Outcome] = {}
    for i, q in enumerate(questions):
        if q.id in qmap:
            ctx.err(("questions", i, "id"), f"duplicate question id '{q.id}'")
        qmap[q.id] = q
    for i, o in enumerate(outcomes):
        if o.id in omap or o.id in qmap:
            ctx.err(("outcomes", i, "id"), f"duplicate id '{o.id}'")
        omap[o.id] = o
    cmap = {c.id: c for c in checklists}
    flow = DecisionFlow(
        id=fid,
        title=_text(ctx, d, (), "title", required=True),
        intro=_text(ctx, d, (), "intro"),
        disclaimer=_text(ctx, d, (), "disclaimer", required=True),
        start=_text(ctx, d, (), "start", required=True),
        questions=_frozen(qmap),
        outcomes=_frozen(omap),
        notes=tuple(notes),
        checklists=_frozen(cmap),
        record_always=_str_list(ctx, d, (), "record_always"),
        path=str(path),
    )
    _check_references(ctx, flow, questions, outcomes, notes, checklists, section_exists)
    if ctx.fatal:
        return None
    _check_paths(ctx, flow)
    return None if ctx.fatal else flow


def _check_references(ctx: _Ctx, flow: DecisionFlow, questions: list[Question],
                      outcomes: list[Outcome], notes: list[Note], checklists: list[Checklist],
                      section_exists: Callable[[str], bool] | None) -> None:
    nodes = set(flow.questions) | set(flow.outcomes)
    facts = flow.facts
    if flow.start and flow.start not in flow.questions:
        ctx.err(("start",), f"start '{flow.start}' is not a question")

    def check_conditions(when: Mapping[str, tuple[str, ...]], at: tuple) -> None:
        for k, vals in when.items():
            if k not in facts:
                ctx.err(at, f"'{k}' is not a fact any question asks about")
                continue
            for v in vals:
                if v not in facts[k]:
                    ctx.err(at, f"'{v}' is not a value of '{k}' (values: "
                            + ", ".join(facts[k]) + ")")

    def check_section(sid: str, at: tuple) -> None:
        if section_exists is not None and sid and not section_exists(sid):
            ctx.warn(at, f"link to section '{sid}', which does not exist")

    for i, q in enumerate(questions):
        at = ("questions", i)
        for j, c in enumerate(q.choices):
            if c.next and c.next not in nodes:
                ctx.err((*at, "choices", j, "next"), f"'{c.next}' is not a question or outcome")
            check_conditions({k: (v,) for k, v in c.sets.items()}, (*at, "choices", j, "sets"))
        for j, r in enumerate(q.route):
            if r.goto not in nodes:
                ctx.err((*at, "route", j, "goto"), f"'{r.goto}' is not a question or outcome")
            check_conditions(r.when, (*at, "route", j, "when"))
        if q.checklist and q.checklist not in flow.checklists:
            ctx.err((*at, "checklist"), f"checklist '{q.checklist}' is not defined")
        check_section(q.section, (*at, "section"))
        for s in q.related:
            check_section(s, (*at, "related"))
    for i, o in enumerate(outcomes):
        at = ("outcomes", i)
        for s in o.sections:
            check_section(s, (*at, "sections"))
        for j, alt in enumerate(o.alternatives):
            if alt.outcome == o.id or alt.outcome not in flow.outcomes:
                ctx.err((*at, "alternatives", j, "outcome"), f"alternative '{alt.outcome}' "
                        "must be another outcome of this flow")
            elif flow.outcomes[alt.outcome].alternatives:
                ctx.err((*at, "alternatives", j, "outcome"), f"alternative '{alt.outcome}' "
                        "has alternatives of its own; point to the route itself")
        check_conditions({k: (v,) for k, v in o.continue_with.items()}, (*at, "continue_with"))
    for i, n in enumerate(notes):
        at = ("notes", i)
        check_conditions(n.when, (*at, "when"))
        for oid in (*n.outcomes, *n.except_outcomes):
            if oid not in flow.outcomes:
                ctx.err(at, f"note '{n.id}' names outcome '{oid}', which does not exist")
        for s in n.sections:
            check_section(s, (*at, "sections"))
    if len({n.id for n in notes}) != len(notes):
        ctx.err(("notes",), "two notes share an id")
    for i, c in enumerate(checklists):
        check_section(c.section, ("checklists", i, "section"))


def _downstream(flow: DecisionFlow) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """For each question: (questions reachable from it, itself included; facts they ask),
    over every possible edge whatever the conditions."""
    edges = {qid: {c.next for c in q.choices if c.next} | {r.goto for r in q.route}
             for qid, q in flow.questions.items()}
    out: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    for qid in flow.questions:
        seen: set[str] = set()
        stack = [qid]
        while stack:
            n = stack.pop()
            if n in seen or n not in flow.questions:
                continue
            seen.add(n)
            stack.extend(edges[n])
        out[qid] = (frozenset(seen), frozenset(flow.questions[n].fact for n in seen))
    return out


def _check_paths(ctx: _Ctx, flow: DecisionFlow) -> None:
    """Walk every path: each must end at an outcome, with no cycles, no question asking a
    fact twice, and provisions on every outcome; every node and note must be used.

    A subtree is walked once per distinct (question, facts that any route or note reads,
    facts and questions on the trail that the subtree could meet again): walking it again
    could not find anything new. This keeps start-up quick however many paths there are.
    """
    reached: set[str] = set()
    notes_used: set[str] = set()
    qindex = {q: i for i, q in enumerate(flow.questions)}
    oindex = {o: i for i, o in enumerate(flow.outcomes)}
    read: set[str] = set()
    for q in flow.questions.values():
        for r in q.route:
            read.update(r.when)
    for n in flow.notes:
        read.update(n.when)
    for o in flow.outcomes.values():
        read.update(o.continue_with)
    down = _downstream(flow)
    memo: dict[tuple, int] = {}
    too_many = False

    notes_for = {oid: [n for n in flow.notes
                       if (not n.outcomes or oid in n.outcomes) and oid not in n.except_outcomes]
                 for oid in flow.outcomes}

    def outcome(node: Outcome, facts: dict[str, str], trail: tuple[str, ...]) -> None:
        candidates = notes_for[node.id]
        if len(notes_used) < len(flow.notes):
            # only "is every note used somewhere?" is left to learn from the other notes
            notes_used.update(n.id for n in candidates if n.id not in notes_used
                              and n.applies(node.id, facts))
        cited = bool(node.provisions or node.provisions_reason) or any(
            n.provisions and n.applies(node.id, facts) for n in candidates)
        if not cited:
            where = ", ".join(f"{k}={v}" for k, v in facts.items())
            ctx.err(("outcomes", oindex[node.id]), f"outcome '{node.id}' cites no "
                    f"provisions on the path {where}: add provisions or a note that does")
        if node.continue_with:
            last_q = flow.questions[trail[-1]]
            v = node.continue_with.get(last_q.fact)
            if v is None or not last_q.has_choice(v):
                ctx.err(("outcomes", oindex[node.id], "continue_with"),
                        f"'continue_with' does not answer '{last_q.id}', which leads here")

    def walk(node_id: str, facts: dict[str, str], trail: tuple[str, ...]) -> int:
        nonlocal too_many
        reached.add(node_id)
        node = flow.node(node_id)
        if isinstance(node, Outcome):
            outcome(node, facts, trail)
            return 1
        asked = {flow.questions[t].fact for t in trail}
        nodes_ahead, facts_ahead = down[node_id]
        key = (node_id, frozenset((k, v) for k, v in facts.items() if k in read),
               frozenset(asked & facts_ahead), frozenset(set(trail) & nodes_ahead))
        if key in memo:
            return memo[key]
        memo[key] = 0
        at = ("questions", qindex[node.id])
        if node.fact in asked:
            ctx.err(at, f"question '{node.id}' asks '{node.fact}' again on the path "
                    + " -> ".join(trail))
            return 0
        total = 0
        for j, c in enumerate(node.choices):
            f2 = dict(facts)
            _apply(f2, node, c)
            nxt = flow.next_id(node, c, f2)
            if nxt is None:
                where = ", ".join(f"{k}={v}" for k, v in f2.items())
                ctx.err((*at, "route"), f"dead end: no route after '{node.id}' = '{c.value}' "
                        f"when {where}")
                continue
            if nxt in trail or nxt == node.id:
                ctx.err((*at, "choices", j), "the flow has a cycle: "
                        + " -> ".join((*trail, node.id, nxt)))
                continue
            total += walk(nxt, f2, (*trail, node.id))
            if total > MAX_PATHS and not too_many:
                too_many = True
                ctx.err(("questions",), f"the flow has more than {MAX_PATHS} paths")
            if too_many:
                return total
        memo[key] = total
        return total

    if flow.start in flow.questions:
        walk(flow.start, {}, ())
    if too_many:
        return
    for qid, i in qindex.items():
        if qid not in reached:
            ctx.err(("questions", i), f"question '{qid}' cannot be reached from the start")
    for oid, i in oindex.items():
        if oid not in reached:
            ctx.err(("outcomes", i), f"outcome '{oid}' cannot be reached from the start")
    for i, n in enumerate(flow.notes):
        if n.id not in notes_used:
            ctx.warn(("notes", i), f"note '{n.id}' never applies to any outcome")
    used_lists = {q.checklist for q in flow.questions.values()}
    for i, cid in enumerate(flow.checklists):
        if cid not in used_lists:
            ctx.warn(("checklists", i), f"checklist '{cid}' is not used by any question")


def parse_flow_text(text: str, path: str | Path = "decisions/flow.yaml",
                    section_exists: Callable[[str], bool] | None = None,
                    ) -> tuple[DecisionFlow | None, list[tuple[int, str]]]:
    """Parse YAML text into a flow (for tests and tools): (flow or None, [(line, message)])."""
    problems: list[tuple[int, str]] = []

    def report(_path: Any, line: int, message: str) -> None:
        problems.append((line, message))

    try:
        data, lines = load_with_lines(text)
    except YamlSyntaxError as exc:
        return None, [(exc.line, str(exc))]
    return parse_flow(data, lines, Path(path), report, section_exists), problems


def load_flows(root: Path, library: Any, report: Report) -> dict[str, DecisionFlow]:
    """Loader hook: every ``decisions/*.yaml`` under ``root`` -> {flow id: flow}.

    Registered as ``content.loader.EXTRA_LOADERS["decisions"]``; problems are reported as
    ``path:line: message`` through ``report`` and a broken flow is left out.
    """
    folder = Path(root) / "decisions"
    files = sorted(folder.glob("*.yaml")) if folder.is_dir() else []
    flows: dict[str, DecisionFlow] = {}
    has_section = getattr(library, "has_section", None)
    for path in files:
        try:
            raw = path.read_bytes()
        except OSError as exc:
            report(path, 0, f"cannot read file: {exc.strerror or exc}")
            continue
        if len(raw) > MAX_FILE_BYTES:
            report(path, 0, f"file is too large ({len(raw):,} bytes); ignored")
            continue
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            report(path, raw[: exc.start].count(b"\n") + 1,
                   "file is not valid UTF-8 text; save it as UTF-8")
            continue
        try:
            data, lines = load_with_lines(text)
        except YamlSyntaxError as exc:
            report(path, exc.line, str(exc))
            continue
        flow = parse_flow(data, lines, path, report, has_section)
        if flow is None:
            continue
        if flow.id in flows:
            report(path, line_of(lines, "id"), f"duplicate flow id '{flow.id}'; ignored")
            continue
        flows[flow.id] = flow
    return flows
