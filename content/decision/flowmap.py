"""The whole flow for review as data: :func:`flow_map` (JSON-able: facts, questions,
outcomes, notes, every path) and :func:`path_tree` (the tree of every path, a repeated
branch given once). The same as text is :mod:`content.decision.maptext`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any, TypedDict

from content.decision.model import DecisionFlow, Outcome, Question, _apply
from content.decision.paths import all_paths
from content.decision.summary import _dedupe

#: A node of the map: nested tuples of labels and sub-trees.
Tree = tuple[Any, ...]


class MapChoice(TypedDict):
    value: str
    label: str
    help: str
    next: str | None
    sets: dict[str, str]


class MapRoute(TypedDict):
    when: dict[str, list[str]]
    goto: str


class MapQuestion(TypedDict):
    id: str
    fact: str
    text: str
    why: str
    section: str
    status: str
    check_note: str
    checklist: str | None
    choices: list[MapChoice]
    route: list[MapRoute]


class MapNotice(TypedDict):
    required: str
    text: str
    safety: str
    provisions: list[str]


class MapAlternative(TypedDict):
    outcome: str
    consequence: str


class MapOutcome(TypedDict):
    id: str
    verdict: str
    title: str
    plain: str
    provisions: list[str]
    provisions_reason: str
    conditions: list[str]
    notice: MapNotice
    record: list[str]
    sections: list[str]
    status: str
    check_note: str
    duty_to_report: bool
    route: str
    consult: list[str]
    alternatives: list[MapAlternative]


class MapNote(TypedDict):
    id: str
    title: str
    text: str
    when: dict[str, list[str]]
    outcomes: list[str]
    except_outcomes: list[str]
    provisions: list[str]
    sections: list[str]
    status: str
    check_note: str


class MapAnswer(TypedDict):
    question: str
    fact: str
    value: str


class MapPath(TypedDict):
    answers: list[MapAnswer]
    outcome_id: str
    provisions: list[str]
    notes: list[str]
    duty_to_report: bool
    notice_required: bool
    alternatives: list[str]


class FlowMap(TypedDict):
    """What :func:`flow_map` returns: plain, JSON-able, and typed key by key."""

    flow: str
    title: str
    start: str
    facts: dict[str, list[str]]
    questions: list[MapQuestion]
    outcomes: list[MapOutcome]
    notes: list[MapNote]
    paths: list[MapPath]


def flow_map(flow: DecisionFlow) -> FlowMap:
    """The whole flow as JSON-able data: facts, questions, outcomes, notes, every path."""
    paths: list[MapPath] = []
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


@dataclass(frozen=True)
class MapLine:
    """One line of the tree of every path (part 1 of the map), as data.

    ``kind`` is "question" (a question; ``first`` the first time it is shown, ``tag`` the
    letter of a block printed once), "same" (a block printed before: ``tag``, ``question``)
    or "answer" (the ``values`` of ``question`` that lead the same way, the facts they
    ``sets``, and the ``outcome`` they end in, None when a question follows).
    """

    depth: int
    kind: str
    question: str
    tag: str = ""
    first: bool = False
    values: tuple[str, ...] = ()
    sets: tuple[tuple[str, str], ...] = ()
    outcome: str | None = None


def path_tree(flow: DecisionFlow) -> tuple[MapLine, ...]:
    """Every path of ``flow`` as a tree, top down: a subtree that repeats (three lines or
    more) is given once, tagged with a letter, and later named by that letter."""
    memo: dict[tuple[str, frozenset[tuple[str, str]]], Tree] = {}

    def build(node: Question, facts: dict[str, str]) -> Tree:
        key = (node.id, frozenset(facts.items()))
        if key in memo:
            return memo[key]
        groups: dict[Tree, list[str]] = {}
        for c in node.choices:
            f2 = dict(facts)
            _apply(f2, node, c)
            nxt = flow.next_id(node, c, f2)
            assert nxt is not None
            target = flow.node(nxt)
            sub = ("O", nxt) if isinstance(target, Outcome) else build(target, f2)
            sets = Tree(c.sets.items())
            groups.setdefault((sets, sub), []).append(c.value)
        tree_ = ("Q", node.id, Tree((Tree(vals), sets, sub)
                                    for (sets, sub), vals in groups.items()))
        memo[key] = tree_
        return tree_

    def size(t: Tree) -> int:
        return 1 + sum(1 if sub[0] == "O" else 1 + size(sub) for _v, _s, sub in t[2])

    uses: Counter[Tree] = Counter()

    def count_uses(t: Tree) -> None:
        uses[t] += 1
        if uses[t] == 1:
            for _v, _s, sub in t[2]:
                if sub[0] == "Q":
                    count_uses(sub)

    root = build(flow.node(flow.start), {})  # type: ignore[arg-type]
    count_uses(root)
    labels: dict[Tree, str] = {}
    shown: set[str] = set()
    out: list[MapLine] = []

    def letter(i: int) -> str:
        text = ""
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            text = chr(65 + r) + text
        return text

    def emit(t: Tree, depth: int) -> None:
        tag = ""
        if uses[t] > 1 and size(t) >= 3:
            if t in labels:
                out.append(MapLine(depth, "same", t[1], tag=labels[t]))
                return
            labels[t] = tag = letter(len(labels))
        out.append(MapLine(depth, "question", t[1], tag=tag, first=t[1] not in shown))
        shown.add(t[1])
        for values, sets, sub in t[2]:
            out.append(MapLine(depth, "answer", t[1], values=values, sets=sets,
                               outcome=sub[1] if sub[0] == "O" else None))
            if sub[0] == "Q":
                emit(sub, depth + 1)

    emit(root, 0)
    return tuple(out)
