"""The whole flow for review: as JSON-able data and as text (``ipv-guide decide --map``)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from content.decision.model import DecisionFlow, Outcome, Question, _apply
from content.decision.paths import all_paths
from content.decision.summary import _dedupe

#: A node of the map: nested tuples of labels and sub-trees.
Tree = tuple[Any, ...]


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
            sets = "".join(f" (sets {k}={v})" for k, v in c.sets.items())
            groups.setdefault((sets, sub), []).append(c.value)
        tree_ = ("Q", node.id, node.text, node.fact,
                 Tree((Tree(vals), sets, sub) for (sets, sub), vals in groups.items()))
        memo[key] = tree_
        return tree_

    def size(t: Tree) -> int:
        return 1 + sum(1 if sub[0] == "O" else 1 + size(sub) for _v, _s, sub in t[4])

    uses: Counter[Tree] = Counter()

    def count_uses(t: Tree) -> None:
        uses[t] += 1
        if uses[t] == 1:
            for _v, _s, sub in t[4]:
                if sub[0] == "Q":
                    count_uses(sub)

    root = build(flow.node(flow.start), {})  # type: ignore[arg-type]
    count_uses(root)
    labels: dict[Tree, str] = {}
    shown: set[str] = set()

    def letter(i: int) -> str:
        out = ""
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            out = chr(65 + r) + out
        return out

    def emit(t: Tree, indent: str) -> None:
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
        for condition in o.conditions:
            para("- " + condition, "      ")
        para(f"Notice afterwards: {o.notice.required}. {o.notice.text}")
        if o.notice.safety:
            para("Safety: " + o.notice.safety)
        for point in o.record:
            para("Record: " + point)
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
