"""The decision map's words in the current language: the notation of the tree of every
path and of the text map (``ipv-guide decide --map``, the decision map printout).

The map itself is plain data from the engine (:func:`content.decision.path_tree`,
:func:`content.decision.format_flow_map`, no Qt); this module gives it its words. English
is the notation reviewers have always had, with ids (the same ids ``--facts`` takes). In
another language the map names things the way its reader knows them: a question by its
number and its text, an answer by its words, an outcome by its number and title, a fact by
the question that asks it, a verdict, a notice rule and a role in words, a citation in that
language's legal style, a section by its title. No Qt here (``desktop_app.i18n.translate``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from content.decision import MapWords
from content.decision.flowmap import MapQuestion
from content.decision.model import DecisionFlow
from desktop_app.i18n import current_language, translate

CONTEXT = "DecisionMap"


def _templates() -> dict[str, str]:
    """:data:`content.decision.MAP_WORDS` in the current language. The English sources are
    MAP_WORDS' own texts (a test holds them equal); the comments list the fields."""
    return {
        "heading": translate("DecisionMap", "{title} — decision flow '{id}'"),
        "counts": translate(
            "DecisionMap", "{questions} questions, {outcomes} outcomes, {paths} paths."),
        "part_paths": translate("DecisionMap", "1. Every path"),
        "read_down": translate(
            "DecisionMap", "Read down: each answer leads to the next question or to an OUTCOME. A "
            "block marked [A], [B]... is printed once; later lines say 'same as [A]'."),
        # tag ("[A] " or ""), id, n (its number), text
        "tree_question": translate("DecisionMap", "{tag}Q {id}"),
        "tree_question_text": translate("DecisionMap", "{question}: {text}"),
        "tree_tag": translate("DecisionMap", "[{tag}] "),
        # tag (a letter), question (as tree_question_ref)
        "tree_same": translate("DecisionMap", "(same as [{tag}], {question})"),
        "tree_question_ref": translate("DecisionMap", "Q {id}"),
        # fact (id), values (ids), labels (the answers' words, each quoted), sets
        "tree_answer": translate("DecisionMap", "{fact} = {values}{sets}  ->"),
        "tree_answer_outcome": translate("DecisionMap", "{fact} = {values}{sets}  ->  {outcome}"),
        # id, n (its number), title
        "tree_outcome": translate("DecisionMap", "OUTCOME {id}"),
        "values_sep": translate("DecisionMap", " | "),
        "label_quoted": translate("DecisionMap", "{label}"),
        "labels_sep": translate("DecisionMap", " or "),
        # fact, value, label (that value's words), question (the questions that ask it)
        "tree_sets": translate("DecisionMap", " (sets {fact}={value})"),
        "part_questions": translate("DecisionMap", "2. Questions"),
        # id, n, fact, text
        "question_heading": translate("DecisionMap", "Q {id}  (fact: {fact})"),
        "why": translate("DecisionMap", "Why we ask: {why}"),
        "read_more": translate("DecisionMap", "Read more: section '{section}'"),
        "check": translate("DecisionMap", "CHECK THE OFFICIAL TEXT: {note}"),
        "choice": translate("DecisionMap", "- {value}: {label}  ->  {target}"),
        "target_routing": translate("DecisionMap", "(see routing)"),
        "route": translate("DecisionMap", "route: if {condition}  ->  {target}"),
        # fact (id), question (the questions that ask it), values (ids), labels (words)
        "condition": translate("DecisionMap", "{fact} is {values}"),
        "condition_values_sep": translate("DecisionMap", "/"),
        "condition_and": translate("DecisionMap", " and "),
        "otherwise": translate("DecisionMap", "otherwise"),
        "checklist": translate("DecisionMap", "Checklist shown as an aid: {title}"),
        "checklist_group": translate("DecisionMap", "{title}:"),
        "item": translate("DecisionMap", "- {text}"),
        "part_outcomes": translate("DecisionMap", "3. Outcomes"),
        # id, n, title, verdict (in words), paths
        "outcome_heading": translate("DecisionMap", "OUTCOME {id}  [{verdict}]  ({paths} paths)"),
        "provisions": translate("DecisionMap", "Provisions: {provisions}"),
        "provisions_from_notes": translate(
            "DecisionMap", "Provisions: from the notes that apply (part 4)"),
        "notice": translate("DecisionMap", "Notice afterwards: {required}. {text}"),
        "safety": translate("DecisionMap", "Safety: {text}"),
        "record": translate("DecisionMap", "Record: {text}"),
        "route_relied_on": translate("DecisionMap", "Route relied on: {text}"),
        "alternative": translate(
            "DecisionMap", "Also shown, as another route: {outcome}. {consequence}"),
        "consult": translate("DecisionMap", "Consult: {roles}"),
        "sections": translate("DecisionMap", "Sections: {sections}"),
        "part_notes": translate("DecisionMap", "4. Notes added to outcomes"),
        # id, n, title, condition, where
        "note_heading": translate("DecisionMap", "NOTE {id}  (when {condition}; {where})"),
        "note_always": translate("DecisionMap", "always"),
        "note_where_all": translate("DecisionMap", "all outcomes"),
        "note_where_only": translate("DecisionMap", "only {outcomes}"),
        "note_where_except": translate("DecisionMap", "{where} except {outcomes}"),
        # id, n, title
        "note_outcome": translate("DecisionMap", "outcome {n}"),
        "note_text": translate("DecisionMap", "{title} {text}"),
        "always_record": translate("DecisionMap", "Always record:"),
        "list_sep": translate("DecisionMap", ", "),
        "provisions_sep": translate("DecisionMap", "; "),
    }


def map_words(section_title: Callable[[str], str] | None = None) -> MapWords:
    """The map's words in the current language. English: the notation with ids, as the
    engine prints it. Another language: its templates, verdicts, notice rules and roles in
    words, citations in its legal style, and sections by ``section_title`` (id -> title)."""
    lang = current_language()
    if lang == "en":
        return MapWords()
    from content.cite_fr import cite_in
    from desktop_app.agency_view import role_words
    from desktop_app.printouts.decision import notice_words, verdict_words

    return MapWords(templates=_templates(), by_id=False, verdict=verdict_words,
                    notice=lambda required: notice_words(required) or required,
                    role=role_words, cite=lambda cite: cite_in(lang, cite),
                    section=section_title or (lambda sid: sid))


def map_text(flow: DecisionFlow, width: int = 88,
             section_title: Callable[[str], str] | None = None) -> str:
    """The whole text map of ``flow`` in the current language."""
    from content.decision import format_flow_map

    return format_flow_map(flow, width, map_words(section_title))


def tree_lines(flow: DecisionFlow) -> list[tuple[str, tuple[str, ...]]]:
    """Part 1 of the map in the current language: each line of the tree of every path,
    indented, with the parts to set in bold (a question's name, an outcome's name)."""
    from content.decision import path_tree_lines

    return path_tree_lines(flow, map_words())


def read_down() -> str:
    """How to read the tree of every path on a page that shows it beside parts 2 and 3 (the
    decision map printout), in the current language."""
    return translate("DecisionMap", "Read down: each answer leads to the next question or to "
                     "an OUTCOME. A block marked [A], [B]\u2026 is printed once; where it comes "
                     "again, the map says \u201csame as [A]\u201d. Questions and outcomes are "
                     "named by their ids, listed in parts 2 and 3.")


def _asked(questions: Sequence[MapQuestion]) -> dict[str, list[tuple[int, MapQuestion]]]:
    """fact -> [(n, question)] for the questions of ``flow_map(flow)`` (Q1 first)."""
    asked: dict[str, list[tuple[int, MapQuestion]]] = {}
    for n, q in enumerate(questions, 1):
        asked.setdefault(q["fact"], []).append((n, q))
    return asked


def _answer(asked: dict[str, list[tuple[int, MapQuestion]]], fact: str, value: str) -> str:
    """The words of ``value`` of ``fact`` in the first question that offers it."""
    for _n, q in asked.get(fact, []):
        for c in q["choices"]:
            if c["value"] == value:
                return c["label"]
    return value


def _refs(asked: dict[str, list[tuple[int, MapQuestion]]], fact: str) -> str:
    return ", ".join(f"Q{n}" for n, _q in asked.get(fact, [])) or fact


def sets_text(fact: str, value: str, questions: Sequence[MapQuestion]) -> str:
    """What a choice that also sets a fact says about it: in English the fact and value
    ids, as the map has always said; in another language the answer it counts as, by its
    words and the questions that ask it."""
    asked = _asked(questions)
    return translate("DecisionMap", "(sets {fact} = {value})").format(
        fact=fact, value=value, label=_answer(asked, fact, value), question=_refs(asked, fact))


def answer_html(n: int, answer: str) -> str:
    """One answer on a path, as HTML: the question's number, the answer's words in bold
    ("Q3: <b>Health care</b>")."""
    from content.html_escape import esc

    return translate("DecisionMap", "Q{n}: {answer}").format(
        n=n or "?", answer=f"<b>{esc(answer)}</b>")


def question_heading(n: int, question_id: str, text: str) -> str:
    """A question's heading in the map's list of questions (its id in English only)."""
    return translate("DecisionMap", "Q{n} ({id}). {text}").format(n=n, id=question_id,
                                                                  text=text)


def question_meta(fact: str, why: str, section: str) -> str:
    """The line under a question's heading in the map's list of questions: the fact it
    answers (by id, in English only), why it is asked, where to read more."""
    return translate("DecisionMap", "Fact: {fact}. Why we ask: {why} Read more: {section}."
                     ).format(fact=fact, why=why, section=section)


def outcome_heading(n: int, outcome_id: str, title: str) -> str:
    """An outcome's heading in the map's list of outcomes (its id in English only)."""
    return translate("DecisionMap", "Outcome {n} ({id}). {title}").format(n=n, id=outcome_id,
                                                                          title=title)


def conditions_text(when: Mapping[str, Sequence[str]],
                    questions: Sequence[MapQuestion]) -> str:
    """A routing rule's or a note's condition in words: each fact named by the questions
    that ask it ("Q4"), each value by its answer's words, quoted ("the answer to Q4 is
    “Health care” or “Not sure”"). ``questions``: the questions of ``flow_map(flow)``, in
    order (Q1 first). "" when ``when`` is empty."""
    asked = _asked(questions)
    parts = []
    for fact, values in when.items():
        answers = translate("DecisionMap", " or ").join(
            translate("DecisionMap", "\u201c{answer}\u201d").format(
                answer=_answer(asked, fact, v)) for v in values)
        parts.append(translate("DecisionMap", "the answer to {questions} is {answers}").format(
            questions=_refs(asked, fact), answers=answers))
    return translate("DecisionMap", " and ").join(parts)
