"""What the print controller is given: the typed seam between printing and the window.

The controller reads nothing from the window: each source is handed to it, typed, by the
one place that wires the window together (:mod:`desktop_app.window_parts`), and read each
time an action is used. Where its actions go (the File menu and the toolbar, before their
insert points) is a :class:`PrintPlaces`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolBar

from content.decision import DecisionRecord, DecisionSummary
from content.model import Library
from desktop_app.printouts import DecisionDoc
from index.types import SearchResults


@dataclass(frozen=True)
class CurrentSearch:
    """The search on screen: its results and the filters they were found with."""

    results: SearchResults
    statutes: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()


#: The decision on screen: a finished :class:`DecisionDoc`, or the engine's summary with
#: the record form as data (None: a blank record form), or None while there is none.
CurrentDecision = DecisionDoc | tuple[DecisionSummary, DecisionRecord | None] | None


def _no_decision() -> CurrentDecision:
    return None


@dataclass(frozen=True)
class PrintSources:
    """Where the controller finds what to print, and where it says what it did.

    Attributes:
        library: the content on screen (the window adopts a fuller one after its first
            paint, so this is asked each time).
        current_section: the open section's id, or None.
        current_search: the search on screen, or None before any search.
        show_status: shows a message in the status bar for a number of milliseconds.
        current_decision: the decision on screen (the decision panel's summary and record
            once it shows an outcome); none by default.
    """

    library: Callable[[], Library]
    current_section: Callable[[], str | None]
    current_search: Callable[[], CurrentSearch | None]
    show_status: Callable[[str, int], None]
    current_decision: Callable[[], CurrentDecision] = _no_decision


@dataclass(frozen=True)
class PrintPlaces:
    """Where the print actions go: before ``file_before`` in ``file_menu`` (at the end
    when it is None), and before ``toolbar_before`` in ``toolbar`` (none: no buttons)."""

    file_menu: QMenu
    file_before: QAction | None = None
    toolbar: QToolBar | None = None
    toolbar_before: QAction | None = None
