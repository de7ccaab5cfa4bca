"""The whole flow as text for review on paper (``ipv-guide decide --map``), worded by
whoever shows it.

:func:`format_flow_map` takes the words (:class:`MapWords`: templates for the notation,
names for verdicts, roles, citations and sections) and uses :data:`MAP_WORDS`, plain
English with ids, when it is given none; :func:`path_tree_lines` is its part 1, the tree of
every path (:func:`content.decision.flowmap.path_tree`) as lines. Nothing here imports Qt;
the desktop layer gives the words of a language (:mod:`desktop_app.decision.map_words`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from content.decision.flowmap import path_tree
from content.decision.model import DecisionFlow, Question
from content.decision.paths import all_paths

#: The text map's own words in English, with ids (what ``ipv-guide decide --map`` has
#: always printed). Every template is filled with ``str.format``; each says which fields
#: it gets. A language's words (:class:`MapWords`) may leave fields out (a French map names
#: questions by number and outcomes by title, not by id).
MAP_WORDS: Mapping[str, str] = MappingProxyType({
    "heading": "{title} — decision flow '{id}'",                      # title, id
    "counts": "{questions} questions, {outcomes} outcomes, {paths} paths.",
    "part_paths": "1. Every path",
    "read_down": "Read down: each answer leads to the next question or to an OUTCOME. A "
                 "block marked [A], [B]... is printed once; later lines say 'same as [A]'.",
    # part 1: the tree. question: tag ("[A] " or ""), id, n (its number), text
    "tree_question": "{tag}Q {id}",
    "tree_question_text": "{question}: {text}",                       # question (above), text
    "tree_tag": "[{tag}] ",                                           # tag (a letter)
    "tree_same": "(same as [{tag}], {question})",                     # tag, question
    "tree_question_ref": "Q {id}",                                    # id, n, text
    # an answer line: fact (id), values (ids), labels (the answers' words), sets
    "tree_answer": "{fact} = {values}{sets}  ->",
    "tree_answer_outcome": "{fact} = {values}{sets}  ->  {outcome}",  # ... and outcome
    "tree_outcome": "OUTCOME {id}",                                   # id, n, title
    "values_sep": " | ",
    "label_quoted": "{label}",                                        # label
    "labels_sep": " or ",
    # a choice that also sets a fact: fact, value, label (that value's words), question
    "tree_sets": " (sets {fact}={value})",
    "part_questions": "2. Questions",
    "question_heading": "Q {id}  (fact: {fact})",                     # id, n, fact, text
    "why": "Why we ask: {why}",
    "read_more": "Read more: section '{section}'",                    # section (its name)
    "check": "CHECK THE OFFICIAL TEXT: {note}",
    # target: the question or outcome it leads to (by id; by name, see MapWords.by_id)
    "choice": "- {value}: {label}  ->  {target}",                     # value, label, target
    "target_routing": "(see routing)",
    "route": "route: if {condition}  ->  {target}",
    # a condition: fact (id), question (the questions that ask it), values, labels
    "condition": "{fact} is {values}",
    "condition_values_sep": "/",
    "condition_and": " and ",
    "otherwise": "otherwise",
    "checklist": "Checklist shown as an aid: {title}",
    "checklist_group": "{title}:",
    "item": "- {text}",
    "part_outcomes": "3. Outcomes",
    "outcome_heading": "OUTCOME {id}  [{verdict}]  ({paths} paths)",  # id, n, title, ...
    "provisions": "Provisions: {provisions}",
    "provisions_from_notes": "Provisions: from the notes that apply (part 4)",
    "notice": "Notice afterwards: {required}. {text}",
    "safety": "Safety: {text}",
    "record": "Record: {text}",
    "route_relied_on": "Route relied on: {text}",
    "alternative": "Also shown, as another route: {outcome}. {consequence}",
    "consult": "Consult: {roles}",
    "sections": "Sections: {sections}",
    "part_notes": "4. Notes added to outcomes",
    "note_heading": "NOTE {id}  (when {condition}; {where})",        # id, n, title, ...
    "note_always": "always",
    "note_where_all": "all outcomes",
    "note_where_only": "only {outcomes}",
    "note_where_except": "{where} except {outcomes}",
    "note_outcome": "outcome {n}",                  # id, n, title (by_id: the id itself)
    "note_text": "{title} {text}",
    "always_record": "Always record:",
    "list_sep": ", ",
    "provisions_sep": "; ",
})


def _same(text: str) -> str:
    return text


@dataclass(frozen=True)
class MapWords:
    """The words of a text map: the notation's templates (over :data:`MAP_WORDS`) and how
    to name a verdict, a notice value, a role, a citation and a section. ``by_id``: where a
    question or an outcome is the target of a choice, a rule or a note, name it by its id
    (English, as always) rather than by its name (``tree_question_ref``, ``tree_outcome``,
    ``note_outcome``)."""

    templates: Mapping[str, str] = field(default_factory=lambda: MAP_WORDS)
    by_id: bool = True
    verdict: Callable[[str], str] = _same
    notice: Callable[[str], str] = _same
    role: Callable[[str], str] = _same
    cite: Callable[[str], str] = _same
    section: Callable[[str], str] = _same

    def __call__(self, key: str, **fields: object) -> str:
        return (self.templates.get(key) or MAP_WORDS[key]).format(**fields)


class _Names:
    """Numbers and words of a flow's questions, outcomes and answers, for the templates."""

    def __init__(self, flow: DecisionFlow, words: MapWords) -> None:
        self.flow, self.w = flow, words
        self.qnum = {qid: i for i, qid in enumerate(flow.questions, 1)}
        self.onum = {oid: i for i, oid in enumerate(flow.outcomes, 1)}
        self.asked: dict[str, list[Question]] = {}
        for q in flow.questions.values():
            self.asked.setdefault(q.fact, []).append(q)

    def question(self, qid: str) -> dict[str, object]:
        q = self.flow.questions[qid]
        return {"id": qid, "n": self.qnum[qid], "text": q.text}

    def outcome(self, oid: str) -> dict[str, object]:
        return {"id": oid, "n": self.onum.get(oid, 0),
                "title": self.flow.outcomes[oid].title if oid in self.flow.outcomes else oid}

    def label(self, fact: str, value: str, question: Question | None = None) -> str:
        """The words of ``value`` of ``fact`` (in ``question`` if given, else the first
        question that asks it); the value itself when no question offers it."""
        for q in ([question] if question else []) + self.asked.get(fact, []):
            for c in q.choices:
                if c.value == value:
                    return c.label
        return value

    def labels(self, fact: str, values: tuple[str, ...] | list[str],
               question: Question | None = None) -> str:
        return self.w("labels_sep").join(
            self.w("label_quoted", label=self.label(fact, v, question)) for v in values)

    def asked_by(self, fact: str) -> str:
        return self.w("list_sep").join(self.w("tree_question_ref", **self.question(q.id))
                                       for q in self.asked.get(fact, []))

    def condition(self, when: Mapping[str, tuple[str, ...]]) -> str:
        return self.w("condition_and").join(
            self.w("condition", fact=k, question=self.asked_by(k),
                   values=self.w("condition_values_sep").join(v), labels=self.labels(k, v))
            for k, v in when.items())

    def target(self, node_id: str | None) -> str:
        if not node_id:
            return self.w("target_routing")
        if self.w.by_id:
            return node_id
        if node_id in self.flow.questions:
            return self.w("tree_question_ref", **self.question(node_id))
        return self.w("tree_outcome", **self.outcome(node_id))

    def listed(self, outcome_ids: tuple[str, ...]) -> str:
        """Outcomes a note names: their ids, or their numbers in words."""
        if self.w.by_id:
            return self.w("list_sep").join(outcome_ids)
        return self.w("list_sep").join(self.w("note_outcome", **self.outcome(x))
                                       for x in outcome_ids)


def path_tree_lines(flow: DecisionFlow,
                    words: MapWords | None = None) -> list[tuple[str, tuple[str, ...]]]:
    """Part 1 of the text map: each line of :func:`path_tree` in ``words``, indented, with
    the parts a printout may set in bold (a question's name, an outcome's name)."""
    w = words or MapWords()
    names = _Names(flow, w)
    out: list[tuple[str, tuple[str, ...]]] = []
    for line in path_tree(flow):
        indent = "  " + "    " * line.depth
        q = flow.questions[line.question]
        if line.kind == "same":
            ref = w("tree_question_ref", **names.question(q.id))
            out.append((indent + w("tree_same", tag=line.tag, question=ref), ()))
        elif line.kind == "question":
            tag = w("tree_tag", tag=line.tag) if line.tag else ""
            head = w("tree_question", tag=tag, **names.question(q.id))
            text = w("tree_question_text", question=head, text=q.text) if line.first else head
            out.append((indent + text, (head,)))
        else:
            sets = "".join(w("tree_sets", fact=k, value=v, label=names.label(k, v),
                             question=names.asked_by(k)) for k, v in line.sets)
            fields = {"fact": q.fact, "values": w("values_sep").join(line.values),
                      "labels": names.labels(q.fact, line.values, q), "sets": sets}
            if line.outcome is None:
                out.append((indent + "  " + w("tree_answer", **fields), ()))
            else:
                outcome = w("tree_outcome", **names.outcome(line.outcome))
                out.append((indent + "  " + w("tree_answer_outcome", outcome=outcome,
                                              **fields), (outcome,)))
    return out


def format_flow_map(flow: DecisionFlow, width: int = 88, words: MapWords | None = None) -> str:
    """The flow as text for a privacy officer to review on paper, in ``words`` (plain
    English with ids when None).

    Part 1 is the tree of every path (a subtree that repeats is printed once and then
    referred to by its letter); part 2 lists each question, part 3 each outcome with its
    full wording, part 4 the notes added to outcomes.
    """
    import textwrap

    w = words or MapWords()
    names = _Names(flow, w)
    lines: list[str] = []
    wrap = textwrap.TextWrapper(width=width)

    def para(text: str, indent: str = "    ") -> None:
        wrap.initial_indent = wrap.subsequent_indent = indent
        lines.extend(wrap.wrap(text) or [indent])

    def cites(provisions: tuple[str, ...]) -> str:
        return w("provisions_sep").join(w.cite(p) for p in provisions)

    def heading(key: str) -> list[str]:
        text = w(key)
        return [text, "-" * len(text), ""]

    paths = all_paths(flow)
    per_outcome = Counter(p.outcome for p in paths)
    lines += [w("heading", title=flow.title, id=flow.id), "=" * min(width, 60), ""]
    para(flow.disclaimer, "")
    lines += ["", w("counts", questions=len(flow.questions), outcomes=len(flow.outcomes),
                    paths=len(paths)), "", *heading("part_paths")]
    para(w("read_down"), "")
    lines.append("")
    lines += [text for text, _bold in path_tree_lines(flow, w)]
    lines += ["", *heading("part_questions")]
    for q in flow.questions.values():
        lines.append(w("question_heading", fact=q.fact, **names.question(q.id)))
        para(q.text)
        para(w("why", why=q.why))
        para(w("read_more", section=w.section(q.section)))
        if q.needs_check:
            para(w("check", note=q.check_note))
        for c in q.choices:
            para(w("choice", value=c.value, label=c.label, target=names.target(c.next)),
                 "    ")
            if c.help:
                para(c.help, "        ")
        for r in q.route:
            cond = names.condition(r.when) or w("otherwise")
            para(w("route", condition=cond, target=names.target(r.goto)), "    ")
        if q.checklist and q.checklist in flow.checklists:
            cl = flow.checklists[q.checklist]
            para(w("checklist", title=cl.title))
            for g in cl.groups:
                para(w("checklist_group", title=g.title), "      ")
                for item in g.items:
                    para(w("item", text=item), "        ")
            if cl.status == "check-official-text":
                para(w("check", note=cl.check_note), "      ")
        lines.append("")
    lines += heading("part_outcomes")
    sep = w("list_sep")
    for o in flow.outcomes.values():
        lines.append(w("outcome_heading", verdict=w.verdict(o.verdict),
                       paths=per_outcome[o.id], **names.outcome(o.id)))
        para(o.title)
        para(o.plain)
        if o.provisions:
            para(w("provisions", provisions=cites(o.provisions)))
        elif o.provisions_reason:
            para(w("provisions", provisions=o.provisions_reason))
        else:
            para(w("provisions_from_notes"))
        for condition in o.conditions:
            para(w("item", text=condition), "      ")
        para(w("notice", required=w.notice(o.notice.required), text=o.notice.text))
        if o.notice.safety:
            para(w("safety", text=o.notice.safety))
        for point in o.record:
            para(w("record", text=point))
        if o.route:
            para(w("route_relied_on", text=o.route))
        for a in o.alternatives:
            para(w("alternative", outcome=w("tree_outcome", **names.outcome(a.outcome)),
                   consequence=a.consequence))
        if o.consult:
            para(w("consult", roles=sep.join(w.role(r) for r in o.consult)))
        para(w("sections", sections=sep.join(w.section(s) for s in o.sections)))
        if o.needs_check:
            para(w("check", note=o.check_note))
        lines.append("")
    lines += heading("part_notes")
    for i, n in enumerate(flow.notes, 1):
        cond = names.condition(n.when) or w("note_always")
        where = (w("note_where_only", outcomes=names.listed(n.outcomes)) if n.outcomes
                 else w("note_where_all"))
        if n.except_outcomes:
            where = w("note_where_except", where=where,
                      outcomes=names.listed(n.except_outcomes))
        lines.append(w("note_heading", id=n.id, n=i, title=n.title, condition=cond,
                       where=where))
        para(w("note_text", title=n.title, text=n.text))
        if n.provisions:
            para(w("provisions", provisions=cites(n.provisions)))
        if n.status == "check-official-text":
            para(w("check", note=n.check_note))
        lines.append("")
    lines += [w("always_record")] + [f"  - {r}" for r in flow.record_always]
    return "\n".join(lines) + "\n"
