"""The whole window with the shipped content: decision helper and printing are wired in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.tools.decision_steps import fill_record, to_outcome

pytestmark = pytest.mark.gui


@pytest.fixture
def window(make_window):  # noqa: F811
    return make_window(None, index=False, wait=False)


def test_decision_helper_sits_in_the_side_tabs(window):
    panel = window.decision_panel
    assert window.side_tabs.indexOf(panel) >= 0
    assert window.side_tabs.tabText(window.side_tabs.indexOf(panel)) == "Decision helper"
    assert window.side_tabs.isVisible()
    assert panel._idle.interval() == 10 * 60_000  # the record_idle_minutes default


def test_a_section_linked_from_an_outcome_opens_in_the_reader(qtbot, window):
    panel = window.decision_panel
    oid = to_outcome(qtbot, panel)
    assert oid == "phipa-serious-harm"
    sid, button = next(iter(panel.section_buttons.items()))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.current_section().id == sid


def test_quick_exit_clears_the_decision_helper_and_its_record(qtbot, window):
    panel = window.decision_panel
    to_outcome(qtbot, panel)
    fill_record(qtbot, panel)
    assert panel.current_record()
    window.quick_exit()
    assert window.isMinimized()
    assert panel.current_record() == {} and panel.record() is None
    assert panel.session.answers == [] or len(panel.session.answers) == 0


def test_print_actions_are_in_the_file_menu_and_toolbar(window):
    texts = [a.text() for a in window.file_menu.actions()]
    assert "&Print\u2026" in texts and "&Export PDF\u2026" in texts
    assert window.print_controller.print_action in window.toolbar.actions()
    # above Quick exit, which stays last
    assert texts.index("&Print\u2026") < len(texts) - 1


def test_decision_panel_text_is_never_wider_than_the_panel(qtbot, window):
    """Regression: the record form once pushed the outcome page wider than the side panel,
    cutting words off on the right."""
    window.resize(1366, 768)
    panel = window.decision_panel
    to_outcome(qtbot, panel)
    qtbot.wait(10)
    assert panel.page.minimumSizeHint().width() <= panel.scroll.viewport().width()
