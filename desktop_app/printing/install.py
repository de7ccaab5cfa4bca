"""Putting the print actions in a window: File > Print... (Ctrl+P), Print preview...,
Export PDF... (Ctrl+Shift+E), Print and Export PDF toolbar buttons, and the decision
helper's "Print or save as PDF" button. Everything is handed in, typed: the window wiring
(:mod:`desktop_app.window_parts`) says where the actions go and where the controller
finds what to print."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from desktop_app.printing.controller import PrintController
from desktop_app.printing.sources import (
    CurrentDecision,
    CurrentSearch,
    PrintPlaces,
    PrintSources,
)

if TYPE_CHECKING:
    from desktop_app.decision.panel import DecisionPanel
    from desktop_app.search_panel import SearchPanel


def install_print_actions(window: QWidget, sources: PrintSources, places: PrintPlaces, *,
                          decision_panel: DecisionPanel | None = None) -> PrintController:
    """Make the print controller of ``window`` and put its actions in ``places``.

    With a ``decision_panel``, its "Print or save as PDF" button is shown and opens the
    what-to-print dialog with the decision record chosen and Preview and print / Save as
    PDF / Copy as text buttons (connect the panel's decision as
    ``sources.current_decision``: :func:`panel_decision`).

    The caller registers :meth:`PrintController.clear` with quick exit (it forgets the
    last export folder and a decision copied as text).
    """
    controller = PrintController(window, sources)
    menu, before = places.file_menu, places.file_before
    if before is None:
        menu.addActions(list(controller.actions))
    else:
        menu.insertActions(before, list(controller.actions))
        menu.insertSeparator(before)
    buttons = [controller.print_action, controller.export_action]
    if places.toolbar is not None and places.toolbar_before is not None:
        places.toolbar.insertActions(places.toolbar_before, buttons)
    elif places.toolbar is not None:
        places.toolbar.addActions(buttons)
    if decision_panel is not None:
        decision_panel.print_requested.connect(controller.print_decision)
        decision_panel.set_print_available(True)
    return controller


def panel_decision(panel: DecisionPanel | None) -> CurrentDecision:
    """The decision the panel shows: its summary and record once it shows an outcome,
    else None."""
    if panel is None:
        return None
    summary = panel.summary()
    return None if summary is None else (summary, panel.record())


def panel_search(panel: SearchPanel) -> CurrentSearch | None:
    """The search the panel shows, with its filters; None before any search."""
    results = panel.results
    if results is None or not results.query:
        return None
    filters = panel.active_filters
    return CurrentSearch(results, statutes=tuple(filters.get("statutes", ())),
                         sectors=tuple(filters.get("sectors", ())))
