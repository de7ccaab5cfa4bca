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
    ``progress()``; ``suggested_choice``.
``evaluate_facts(flow, facts)`` -> :class:`Evaluation` (scripted mode).
``all_paths(flow)`` -> every :class:`FlowPath`; ``flow_map(flow)`` -> a JSON-able dict;
``format_flow_map(flow, words=None)`` -> the same as text for review on paper, in the words
given (:class:`MapWords`; plain English with ids by default); ``path_tree(flow)`` -> its
tree of every path as :class:`MapLine` data, ``path_tree_lines(flow, words)`` as text.
``DecisionSummary`` (``as_dict()``, ``to_markdown()``), ``DecisionRecord``
(``prefilled()``, ``as_dict()``, ``rows()``, ``name_warnings()``), ``RECORD_FIELDS``,
``record_markdown(summary, record)``, ``name_warning(text)``; ``record_fields(labels)`` and
``shared_label(value, labels)`` (the form's labels in a flow's language: ``flow.labels``).
"""

from __future__ import annotations

from content.decision.facts import Evaluation, check_facts, evaluate_facts, parse_facts
from content.decision.flowmap import MapLine, flow_map, path_tree
from content.decision.maptext import MAP_WORDS, MapWords, format_flow_map, path_tree_lines
from content.decision.model import (
    CONSULT_ROLES,
    DEFAULT_LABELS,
    MAIN_FLOW,
    MAX_FILE_BYTES,
    MAX_PATHS,
    NOTICE_VALUES,
    VERDICTS,
    Alternative,
    Checklist,
    ChecklistGroup,
    Choice,
    DecisionError,
    DecisionFlow,
    FactError,
    Node,
    Note,
    Notice,
    Outcome,
    Question,
    Rule,
)
from content.decision.parsing import load_flows, parse_flow, parse_flow_text
from content.decision.paths import FlowPath, all_paths
from content.decision.record import (
    FREE_TEXT_FIELDS,
    RECORD_FIELDS,
    SHARED_LABELS,
    SHARED_VALUES,
    DecisionRecord,
    name_warning,
    record_fields,
    record_markdown,
    shared_label,
)
from content.decision.session import DecisionSession, typical_remaining
from content.decision.summary import (
    Answer,
    DecisionSummary,
    Progress,
    Review,
    Step,
    summarize,
)

__all__ = [
    "CONSULT_ROLES", "DEFAULT_LABELS", "FREE_TEXT_FIELDS", "MAIN_FLOW", "MAP_WORDS",
    "MAX_FILE_BYTES", "MAX_PATHS", "MapLine", "MapWords",
    "NOTICE_VALUES", "RECORD_FIELDS", "SHARED_LABELS", "SHARED_VALUES", "VERDICTS",
    "Alternative", "Answer", "Checklist", "ChecklistGroup", "Choice", "DecisionError",
    "DecisionFlow", "DecisionRecord", "DecisionSession", "DecisionSummary", "Evaluation",
    "FactError", "FlowPath", "Node", "Note", "Notice", "Outcome", "Progress", "Question",
    "Review", "Rule", "Step", "all_paths", "check_facts", "evaluate_facts", "flow_map",
    "format_flow_map", "load_flows", "name_warning", "parse_facts", "parse_flow", "path_tree",
    "path_tree_lines",
    "parse_flow_text", "record_fields", "record_markdown", "shared_label", "summarize",
    "typical_remaining",
]
