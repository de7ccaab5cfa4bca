"""The HTML of every printout: pure functions, no Qt, one module per printout.

Each builder returns a :class:`~.job.PrintJob`: the HTML for a ``QTextDocument`` (with the
print stylesheet inlined), a title, a default file name, and, for the one-page quick
reference card, a ladder of ever more compact variants that :mod:`desktop_app.printing`
tries until one fits on one page. :mod:`desktop_app.printing` paints a job on paper or
into a PDF; the CLI's ``ipv-guide export`` uses the same builders.

- :mod:`.job`: ``PrintJob``, ``PrintMeta`` (the running footer), the stylesheet, helpers;
- :mod:`.sections`: ``sections_job``, sections as the reader shows them;
- :mod:`.search`: ``search_job``, a digest of one search (an ``index.SearchResults``);
- :mod:`.decision`: ``decision_job`` (summary or record), ``DecisionDoc`` and the
  adapters from the decision engine (``decision_doc``, ``decision_doc_from_facts``);
- :mod:`.decision_map`: ``decision_map_job``, the whole flow for review on paper;
- :mod:`.quick_card`: ``quick_reference_job``, the one-page card.

Builders take plain data (a :class:`content.Library`, an ``index.SearchResults``, a
:class:`~.decision.DecisionDoc`, the ``flow_map`` dict of the decision engine): easy to
test without Qt. The names below are this package's API.
"""

from __future__ import annotations

from desktop_app.printouts.decision import (
    DecisionDoc,
    decision_doc,
    decision_doc_from_facts,
    decision_job,
    decision_text,
    outcome_consult,
    share_flow,
)
from desktop_app.printouts.decision_map import (
    OVERVIEW_GROUPS,
    decision_map_from_library,
    decision_map_job,
    flow_overview,
)
from desktop_app.printouts.job import (
    NOT_LEGAL_ADVICE,
    PrintJob,
    PrintMeta,
    esc,
    nobreak,
    safe_filename,
    stylesheet,
)
from desktop_app.printouts.quick_card import (
    CARD_LADDER,
    CHECK_MARK,
    MIN_CARD_PT,
    law_checked_line,
    quick_reference_job,
)
from desktop_app.printouts.search import search_job
from desktop_app.printouts.sections import sections_job

__all__ = [
    "CARD_LADDER", "CHECK_MARK", "MIN_CARD_PT", "NOT_LEGAL_ADVICE", "OVERVIEW_GROUPS",
    "DecisionDoc", "PrintJob", "PrintMeta", "decision_doc", "decision_doc_from_facts",
    "decision_job", "decision_map_from_library", "decision_map_job", "decision_text", "esc",
    "flow_overview", "law_checked_line", "nobreak", "outcome_consult", "quick_reference_job",
    "safe_filename", "search_job", "sections_job", "share_flow", "stylesheet",
]
