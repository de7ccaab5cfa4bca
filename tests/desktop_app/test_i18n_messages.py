"""A message already on screen when the language changes (issue 20): said again in the new
language when it was given with its key and arguments (a callable), closed when it was
plain text; never left in the old language until it times out. The status bar, the
window's message bars (the idle warning and notice, the search that could not start), the
decision helper's undo bar, and the search panel's own failed state."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app import i18n
from index.types import IndexBuildError

tr = QCoreApplication.translate


def _switch(language: str) -> None:
    """The interface's language, as the app switches it (Qt's LanguageChange delivered)."""
    i18n.set_language(language)
    QApplication.processEvents()


@pytest.fixture
def status_bar(qtbot):
    from desktop_app.window_bars import StatusBar

    host = QWidget()
    qtbot.addWidget(host)
    bar = StatusBar(host)
    bar.resize(2000, 30)
    yield bar
    host.close()  # kept alive until here


def test_a_keyed_status_message_is_said_again_with_its_time_left(status_bar):
    status_bar.say(lambda: tr("LanguageSwitch", "Show the guide and the app in French"), 60_000)
    assert status_bar.currentMessage() == "Show the guide and the app in French"
    _switch("fr")
    assert status_bar.currentMessage() == tr("LanguageSwitch",
                                             "Show the guide and the app in French")
    assert status_bar.currentMessage() != "Show the guide and the app in French"
    assert status_bar.message_label.accessibleName() == status_bar.currentMessage()
    assert status_bar._timer.isActive()  # still times out as it would have
    _switch("en")
    assert status_bar.currentMessage() == "Show the guide and the app in French"


def test_a_plain_status_message_is_closed_by_a_switch(status_bar):
    status_bar.showMessage("Link copied", 60_000)
    _switch("fr")
    assert status_bar.currentMessage() == "" and status_bar.message_label.text() == ""
    # and one shown with its key after a plain one is said again (the key is not stale)
    status_bar.showMessage("plain")
    status_bar.say(lambda: tr("LanguageSwitch", "The guide is now in English."))
    _switch("en")
    assert status_bar.currentMessage() == "The guide is now in English."


def test_message_bar_says_a_keyed_message_again(qtbot):
    from desktop_app.window_bars import MessageBar

    host = QWidget()
    qtbot.addWidget(host)
    bar = MessageBar("x", host, object_name="testBar")
    bar.set_message(lambda: tr("WindowBars", "Try preparing search again"))
    _switch("fr")
    assert bar.label.text() == tr("WindowBars", "Try preparing search again") != \
        "Try preparing search again"
    assert bar.label.accessibleName() == bar.label.text()
    assert bar.close_button.objectName() == "testBar.close"
    _switch("en")
    assert bar.label.text() == "Try preparing search again"


def test_the_window_bars_follow_a_switch(make_window, qtbot):
    """The idle warning, the idle notice (bar and status line) and the search that could
    not start: in French after the switch, in English after switching back."""
    window = make_window(None, index=False)
    window.search_panel.box.setText("une recherche")  # something worth clearing
    window.idle.timer.setInterval(600_000)
    window.idle.timer.start()
    window.idle.on_warning()
    bar = window.bars.idle_bar
    english_warning = bar.label.text()
    assert bar.isVisible() and "For privacy" in english_warning
    _switch("fr")
    assert bar.label.text() != english_warning and "vie privée" in bar.label.text()
    _switch("en")
    assert bar.label.text() == english_warning

    window.idle.on_idle()  # the screen is cleared: a notice on the bar and the status line
    notice = bar.label.text()
    assert "cleared" in notice and window.statusBar().currentMessage() == notice
    _switch("fr")
    assert bar.label.text() != notice and window.statusBar().currentMessage() == \
        bar.label.text()
    _switch("en")
    assert window.statusBar().currentMessage() == notice


def test_search_failed_is_said_in_the_new_language(make_window, qtbot):
    window = make_window(None, index=False)
    window.search_panel.clear_index()  # as when preparing search starts again
    try:
        raise IndexBuildError("The search index could not be built (disk full).") \
            from OSError(28, "No space left on device")
    except IndexBuildError as exc:
        error = exc
    window.index_status.on_error(error)
    index_bar, panel = window.bars.index_bar, window.search_panel
    assert index_bar.isVisible() and "Search is not available" in index_bar.label.text()
    english = (index_bar.label.text(), panel.status_label.text())
    assert "No space left on device" in english[1]
    _switch("fr")
    french = (index_bar.label.text(), panel.status_label.text())
    assert "Search is not available" not in french[0]
    assert "A file problem" not in french[0] and "A file problem" not in french[1]
    assert "No space left on device" in french[1]  # the system's own words, as given
    assert french[1] != english[1]
    _switch("en")
    assert (index_bar.label.text(), panel.status_label.text()) == english


def test_the_undo_bar_is_said_again_and_keeps_its_undo(make_window, qtbot):
    window = make_window(None, index=False)
    panel = window.decision_panel
    panel.choose(panel.session.current.choices[-1].value)
    panel.restart()
    bar = panel.notice_bar
    english = (bar.label.text(), bar.action_button.text())
    assert bar.has_action and english[1] == "Undo"
    _switch("fr")
    assert (bar.label.text(), bar.action_button.text()) != english
    assert bar.action_button.text() == tr("DecisionHelper", "Undo")
    assert bar.has_action  # the undo is still there, in French
    bar.action_button.click()
    assert panel.session.answers  # the answers came back


def test_a_plain_undo_bar_message_is_closed_by_a_switch(make_window, qtbot):
    window = make_window(None, index=False)
    bar = window.decision_panel.notice_bar
    bar.show_message("Some plain English words", "Undo", lambda: None)
    assert bar.has_action
    _switch("fr")
    assert bar.isHidden() and bar.text() == "" and not bar.has_action
