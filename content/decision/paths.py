"""Every path through a flow, and the checks that walk them when a flow loads."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from content.decision.fields import _Ctx
from content.decision.model import (
    MAX_PATHS,
    Checklist,
    DecisionError,
    DecisionFlow,
    Node,
    Note,
    Outcome,
    Question,
    _apply,
    _frozen,
)
from content.messages import msg
from content.yamlio import Path_

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

def _check_references(ctx: _Ctx, flow: DecisionFlow, questions: list[Question],
                      outcomes: list[Outcome], notes: list[Note], checklists: list[Checklist],
                      section_exists: Callable[[str], bool] | None) -> None:
    nodes = set(flow.questions) | set(flow.outcomes)
    facts = flow.facts
    if flow.start and flow.start not in flow.questions:
        ctx.err(("start",), msg("bad-start", id=flow.start))

    def check_conditions(when: Mapping[str, tuple[str, ...]], at: Path_) -> None:
        for k, vals in when.items():
            if k not in facts:
                ctx.err(at, msg("unknown-fact", fact=k))
                continue
            for v in vals:
                if v not in facts[k]:
                    ctx.err(at, msg("unknown-fact-value", value=v, fact=k,
                                    allowed=", ".join(facts[k])))

    def check_section(sid: str, at: Path_) -> None:
        if section_exists is not None and sid and not section_exists(sid):
            ctx.warn(at, msg("link-section-missing", section=sid))

    for i, q in enumerate(questions):
        at = ("questions", i)
        for j, c in enumerate(q.choices):
            if c.next and c.next not in nodes:
                ctx.err((*at, "choices", j, "next"), msg("unknown-node", id=c.next))
            check_conditions({k: (v,) for k, v in c.sets.items()}, (*at, "choices", j, "sets"))
        for j, r in enumerate(q.route):
            if r.goto not in nodes:
                ctx.err((*at, "route", j, "goto"), msg("unknown-node", id=r.goto))
            check_conditions(r.when, (*at, "route", j, "when"))
        if q.checklist and q.checklist not in flow.checklists:
            ctx.err((*at, "checklist"), msg("checklist-undefined", id=q.checklist))
        check_section(q.section, (*at, "section"))
        for s in q.related:
            check_section(s, (*at, "related"))
    for i, o in enumerate(outcomes):
        at = ("outcomes", i)
        for s in o.sections:
            check_section(s, (*at, "sections"))
        for j, alt in enumerate(o.alternatives):
            if alt.outcome == o.id or alt.outcome not in flow.outcomes:
                ctx.err((*at, "alternatives", j, "outcome"),
                        msg("alternative-not-outcome", id=alt.outcome))
            elif flow.outcomes[alt.outcome].alternatives:
                ctx.err((*at, "alternatives", j, "outcome"),
                        msg("alternative-has-alternatives", id=alt.outcome))
        check_conditions({k: (v,) for k, v in o.continue_with.items()}, (*at, "continue_with"))
    for i, n in enumerate(notes):
        at = ("notes", i)
        check_conditions(n.when, (*at, "when"))
        for oid in (*n.outcomes, *n.except_outcomes):
            if oid not in flow.outcomes:
                ctx.err(at, msg("note-outcome-missing", note=n.id, outcome=oid))
        for s in n.sections:
            check_section(s, (*at, "sections"))
    if len({n.id for n in notes}) != len(notes):
        ctx.err(("notes",), msg("notes-share-id"))
    for i, checklist in enumerate(checklists):
        check_section(checklist.section, ("checklists", i, "section"))


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
    memo: dict[tuple[Any, ...], int] = {}
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
            ctx.err(("outcomes", oindex[node.id]), msg("outcome-no-provisions", outcome=node.id,
                                                       path=where))
        if node.continue_with:
            last_q = flow.questions[trail[-1]]
            v = node.continue_with.get(last_q.fact)
            if v is None or not last_q.has_choice(v):
                ctx.err(("outcomes", oindex[node.id], "continue_with"),
                        msg("continue-with-wrong", question=last_q.id))

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
            ctx.err(at, msg("fact-asked-twice", question=node.id, fact=node.fact,
                            path=" -> ".join(trail)))
            return 0
        total = 0
        for j, c in enumerate(node.choices):
            f2 = dict(facts)
            _apply(f2, node, c)
            nxt = flow.next_id(node, c, f2)
            if nxt is None:
                where = ", ".join(f"{k}={v}" for k, v in f2.items())
                ctx.err((*at, "route"), msg("dead-end", question=node.id, value=c.value,
                                            facts=where))
                continue
            if nxt in trail or nxt == node.id:
                ctx.err((*at, "choices", j), msg("flow-cycle",
                                                 path=" -> ".join((*trail, node.id, nxt))))
                continue
            total += walk(nxt, f2, (*trail, node.id))
            if total > MAX_PATHS and not too_many:
                too_many = True
                ctx.err(("questions",), msg("too-many-paths", limit=MAX_PATHS))
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
            ctx.err(("questions", i), msg("question-unreachable", id=qid))
    for oid, i in oindex.items():
        if oid not in reached:
            ctx.err(("outcomes", i), msg("outcome-unreachable", id=oid))
    for i, n in enumerate(flow.notes):
        if n.id not in notes_used:
            ctx.warn(("notes", i), msg("note-never-applies", id=n.id))
    used_lists = {q.checklist for q in flow.questions.values()}
    for i, cid in enumerate(flow.checklists):
        if cid not in used_lists:
            ctx.warn(("checklists", i), msg("checklist-unused", id=cid))
