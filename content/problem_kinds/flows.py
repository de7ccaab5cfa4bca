# ruff: noqa: E501 - one line per message template, as lupdate and editors read them
"""Decision flows, and the parts of a file other messages name."""

from __future__ import annotations

from content.problem_kinds import QT_TRANSLATE_NOOP

KINDS: dict[str, str] = {
    # -- decision flows (content/decision/parsing.py, paths.py, labels.py) ---------------
    "part-not-mapping": QT_TRANSLATE_NOOP(
        "ContentProblems", "{what} must be a set of 'key: value' lines"),
    "bad-flow-id": QT_TRANSLATE_NOOP(
        "ContentProblems", "id '{id}' must use lower-case letters, digits, - and _"),
    "question-few-choices": QT_TRANSLATE_NOOP(
        "ContentProblems", "question '{question}' needs a list of at least two choices"),
    "question-value-twice": QT_TRANSLATE_NOOP(
        "ContentProblems", "question '{question}' has the value '{value}' twice"),
    "bad-sets": QT_TRANSLATE_NOOP(
        "ContentProblems", "'sets' must map facts to one value each"),
    "bad-next": QT_TRANSLATE_NOOP(
        "ContentProblems", "'next' must be the id of a question or an outcome"),
    "question-no-not-sure": QT_TRANSLATE_NOOP(
        "ContentProblems", "question '{question}' needs a 'not sure' answer (a choice with not_sure: true) that leads somewhere useful"),
    "bad-route": QT_TRANSLATE_NOOP(
        "ContentProblems", "'route' must be a list of {{when, goto}} rules"),
    "choice-no-next": QT_TRANSLATE_NOOP(
        "ContentProblems", "choice '{value}' of '{question}' has no 'next' and the question has no 'route'"),
    "bad-assume": QT_TRANSLATE_NOOP(
        "ContentProblems", "'assume' must be one of the question's values"),
    "notice-no-safety": QT_TRANSLATE_NOOP(
        "ContentProblems", "notice may be required: add 'safety', the caution about notice reaching an abusive partner"),
    "bad-continue-with": QT_TRANSLATE_NOOP(
        "ContentProblems", "'continue_with' must map a fact to one value"),
    "outcome-no-sections": QT_TRANSLATE_NOOP(
        "ContentProblems", "outcome '{outcome}' must link at least one section"),
    "no-continue-label": QT_TRANSLATE_NOOP(
        "ContentProblems", "'continue_with' needs a 'continue_label' for the button"),
    "bad-alternatives": QT_TRANSLATE_NOOP(
        "ContentProblems", "'alternatives' must be a list of {{outcome, consequence}}"),
    "bad-consult-role": QT_TRANSLATE_NOOP(
        "ContentProblems", "'{role}' is not a role; use: {allowed}"),
    "bad-groups": QT_TRANSLATE_NOOP(
        "ContentProblems", "'groups' must be a list of {{title, items}}"),
    "group-no-items": QT_TRANSLATE_NOOP(
        "ContentProblems", "a checklist group needs at least one item"),
    "not-a-list": QT_TRANSLATE_NOOP(
        "ContentProblems", "'{key}' must be a list"),
    "flow-id-not-file-name": QT_TRANSLATE_NOOP(
        "ContentProblems", "flow id '{id}' must match the file name '{file}'"),
    "duplicate-question-id": QT_TRANSLATE_NOOP(
        "ContentProblems", "duplicate question id '{id}'"),
    "duplicate-outcome-id": QT_TRANSLATE_NOOP(
        "ContentProblems", "duplicate id '{id}'"),
    "flow-too-large": QT_TRANSLATE_NOOP(
        "ContentProblems", "file is too large ({size:,} bytes); ignored"),
    "duplicate-flow-id": QT_TRANSLATE_NOOP(
        "ContentProblems", "duplicate flow id '{id}'; ignored"),
    "bad-start": QT_TRANSLATE_NOOP(
        "ContentProblems", "start '{id}' is not a question"),
    "unknown-fact": QT_TRANSLATE_NOOP(
        "ContentProblems", "'{fact}' is not a fact any question asks about"),
    "unknown-fact-value": QT_TRANSLATE_NOOP(
        "ContentProblems", "'{value}' is not a value of '{fact}' (values: {allowed})"),
    "unknown-node": QT_TRANSLATE_NOOP(
        "ContentProblems", "'{id}' is not a question or outcome"),
    "checklist-undefined": QT_TRANSLATE_NOOP(
        "ContentProblems", "checklist '{id}' is not defined"),
    "alternative-not-outcome": QT_TRANSLATE_NOOP(
        "ContentProblems", "alternative '{id}' must be another outcome of this flow"),
    "alternative-has-alternatives": QT_TRANSLATE_NOOP(
        "ContentProblems", "alternative '{id}' has alternatives of its own; point to the route itself"),
    "note-outcome-missing": QT_TRANSLATE_NOOP(
        "ContentProblems", "note '{note}' names outcome '{outcome}', which does not exist"),
    "notes-share-id": QT_TRANSLATE_NOOP(
        "ContentProblems", "two notes share an id"),
    "outcome-no-provisions": QT_TRANSLATE_NOOP(
        "ContentProblems", "outcome '{outcome}' cites no provisions on the path {path}: add provisions or a note that does"),
    "continue-with-wrong": QT_TRANSLATE_NOOP(
        "ContentProblems", "'continue_with' does not answer '{question}', which leads here"),
    "fact-asked-twice": QT_TRANSLATE_NOOP(
        "ContentProblems", "question '{question}' asks '{fact}' again on the path {path}"),
    "dead-end": QT_TRANSLATE_NOOP(
        "ContentProblems", "dead end: no route after '{question}' = '{value}' when {facts}"),
    "flow-cycle": QT_TRANSLATE_NOOP(
        "ContentProblems", "the flow has a cycle: {path}"),
    "too-many-paths": QT_TRANSLATE_NOOP(
        "ContentProblems", "the flow has more than {limit} paths"),
    "question-unreachable": QT_TRANSLATE_NOOP(
        "ContentProblems", "question '{id}' cannot be reached from the start"),
    "outcome-unreachable": QT_TRANSLATE_NOOP(
        "ContentProblems", "outcome '{id}' cannot be reached from the start"),
    "note-never-applies": QT_TRANSLATE_NOOP(
        "ContentProblems", "note '{id}' never applies to any outcome"),
    "checklist-unused": QT_TRANSLATE_NOOP(
        "ContentProblems", "checklist '{id}' is not used by any question"),
    "bad-labels": QT_TRANSLATE_NOOP(
        "ContentProblems", "'labels' must be a list of '- id: ...' / 'text: ...' entries"),
    "unknown-label": QT_TRANSLATE_NOOP(
        "ContentProblems", "unknown label '{id}'; the labels are: {allowed}"),
    "label-twice": QT_TRANSLATE_NOOP(
        "ContentProblems", "label '{id}' is given twice"),
    "label-placeholders": QT_TRANSLATE_NOOP(
        "ContentProblems", "label '{id}' must keep its placeholders as they are ({placeholders})"),
    "value-no-placeholders": QT_TRANSLATE_NOOP(
        "ContentProblems", "none"),
    # -- the parts of a file a message names (values of {what}) --------------------------
    "part-key": QT_TRANSLATE_NOOP(
        "ContentProblems", "{key}"),
    "part-section-front-matter": QT_TRANSLATE_NOOP(
        "ContentProblems", "section front matter"),
    "part-manifest": QT_TRANSLATE_NOOP(
        "ContentProblems", "manifest"),
    "part-source": QT_TRANSLATE_NOOP(
        "ContentProblems", "source"),
    "part-glossary-term": QT_TRANSLATE_NOOP(
        "ContentProblems", "glossary term"),
    "part-statute": QT_TRANSLATE_NOOP(
        "ContentProblems", "statute"),
    "part-id": QT_TRANSLATE_NOOP(
        "ContentProblems", "id"),
    "part-source-number": QT_TRANSLATE_NOOP(
        "ContentProblems", "source number"),
    "parts-glossary-terms": QT_TRANSLATE_NOOP(
        "ContentProblems", "glossary terms"),
    "parts-statutes": QT_TRANSLATE_NOOP(
        "ContentProblems", "statutes"),
    "parts-sources": QT_TRANSLATE_NOOP(
        "ContentProblems", "sources"),
    "part-question": QT_TRANSLATE_NOOP(
        "ContentProblems", "question"),
    "part-outcome": QT_TRANSLATE_NOOP(
        "ContentProblems", "outcome"),
    "part-note": QT_TRANSLATE_NOOP(
        "ContentProblems", "note"),
    "part-checklist": QT_TRANSLATE_NOOP(
        "ContentProblems", "checklist"),
    "part-whole-file": QT_TRANSLATE_NOOP(
        "ContentProblems", "the file"),
    "part-choice": QT_TRANSLATE_NOOP(
        "ContentProblems", "choice"),
    "part-route-rule": QT_TRANSLATE_NOOP(
        "ContentProblems", "route rule"),
    "part-notice": QT_TRANSLATE_NOOP(
        "ContentProblems", "notice"),
    "part-alternative": QT_TRANSLATE_NOOP(
        "ContentProblems", "alternative"),
    "part-checklist-group": QT_TRANSLATE_NOOP(
        "ContentProblems", "checklist group"),
    "part-decision-flow": QT_TRANSLATE_NOOP(
        "ContentProblems", "decision flow"),
    "part-label": QT_TRANSLATE_NOOP(
        "ContentProblems", "label"),
    "part-glossary-id": QT_TRANSLATE_NOOP(
        "ContentProblems", "glossary id"),
    # -- the kinds of special file (values of not-regular-file) ----------------------------
    "what-folder": QT_TRANSLATE_NOOP(
        "ContentProblems", "a folder"),
    "what-fifo": QT_TRANSLATE_NOOP(
        "ContentProblems", "a pipe (FIFO)"),
    "what-device": QT_TRANSLATE_NOOP(
        "ContentProblems", "a device"),
    "what-socket": QT_TRANSLATE_NOOP(
        "ContentProblems", "a socket"),
    "what-special": QT_TRANSLATE_NOOP(
        "ContentProblems", "a special file"),
}
