"""The parts of the main window added after its first paint: the decision helper in the
side tabs, the print actions, the content-update actions.

The window, the decision panel and printing are built independently; this is the one
place that connects them, so each stays testable on its own. Each collaborator is handed
to the others explicitly (printing gets the decision panel it prints from).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from desktop_app.content_update import install_content_update_actions
from desktop_app.decision.panel import DecisionPanel
from desktop_app.language_switch import install_language_menu
from desktop_app.mainwindow import MainWindow
from desktop_app.printing.install import install_print_actions, panel_decision, panel_search
from desktop_app.printing.sources import PrintPlaces, PrintSources


def install_window_parts(window: MainWindow) -> DecisionPanel | None:
    """Add the decision helper (when the content has a flow) and the print actions.

    The decision panel forgets its answers and record on quick exit, on restart and after
    ``record_idle_minutes`` without input (a preference, 10 minutes by default).
    """
    panel: DecisionPanel | None = None
    # building the panel moves the window's focus (to nothing, or Qt's first tab bar
    # once the window is active): the search box the user may be typing in keeps it
    had_focus = window.focusWidget()
    flows = window.library.flows
    if "share" in flows:
        minutes = int(window.settings.record_idle_minutes or 10)
        panel = DecisionPanel(window.library, window, idle_timeout_ms=minutes * 60_000)
        panel.section_requested.connect(lambda sid: window.open_section(sid))
        window.register_clearable(panel.clear)
        window.side_tabs.add_tab(panel, lambda: QCoreApplication.translate(
            "WindowParts", "Decision helper"))
        window.decision_panel = panel
        # the result also opens as a full page in the wide reader; focus stays in the panel
        nav = window.navigation
        panel.outcome_reached.connect(lambda _oid: nav.show_outcome(focus=False))
        panel.full_result_requested.connect(lambda: nav.show_outcome(focus=True))
        panel.record_changed.connect(nav.refresh_outcome_page)
    print_sources = PrintSources(
        library=lambda: window.library,
        current_section=lambda: section.id if (section := window.current_section()) else None,
        current_search=lambda: panel_search(window.search_panel),
        show_status=lambda text, ms: window.statusBar().showMessage(text, ms),
        current_decision=lambda: panel_decision(panel))
    print_places = PrintPlaces(window.file_menu, window.file_menu_insert_point,
                               window.toolbar, window.toolbar_insert_point)
    controller = install_print_actions(window, print_sources, print_places,
                                       decision_panel=panel)
    window.register_clearable(controller.clear)
    window.print_controller = controller
    install_content_update_actions(window)
    install_language_menu(window)  # View > Language (desktop_app/language_switch.py)
    window.focus.update_tab_order()  # the print actions and the panel joined the window
    if had_focus is not None and window.focusWidget() is not had_focus:
        had_focus.setFocus(Qt.FocusReason.OtherFocusReason)
    return panel
