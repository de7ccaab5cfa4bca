"""Privacy by default: quick exit, the idle timeout, and a whole session writing nothing but
the settings file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop_app import dialogs
from desktop_app.mainwindow import ShiftTriple
from desktop_app.reader_pages import Page
from tests.tools.app_support import snapshot, type_query

pytestmark = pytest.mark.gui


def busy_session(qtbot, window):
    """Search, open a hit, navigate, find, copy a citation: leave state everywhere."""
    type_query(qtbot, window, "strangulation")
    window.search_panel.open_current()
    window.open_section("phipa")
    window.open_section("consent-first", query="consent")
    window.go_back()
    window.highlights.open_find()
    qtbot.keyClicks(window.find_bar.edit, "custodian")
    window.reader.anchorClicked.emit(QUrl("glossary:consent"))
    window.citation.copy()
    window.commands.shortcuts_action.trigger()


def assert_all_cleared(window):
    panel = window.search_panel
    assert panel.box.text() == "" and not panel.box.isUndoAvailable()
    assert panel.model.rowCount() == 0 and panel.results is None
    assert panel.active_filters == {"statutes": (), "sectors": ()}
    assert window.history == ([], [])
    c = window.commands
    assert not c.back_action.isEnabled() and not c.forward_action.isEnabled()
    assert window.current_page == Page("home")
    assert window.reader.hit_spans == [] and window.reader.find_spans == []
    assert window.find_bar.edit.text() == "" and not window.find_bar.edit.isUndoAvailable()
    assert not window.definition_bar.isVisible()
    assert QGuiApplication.clipboard().text() == ""  # our citation is gone
    assert dialogs.open_dialogs == []


def test_quick_exit_button_hides_and_clears_everything(qtbot, make_window):
    window = make_window()
    cleared = []
    window.register_clearable(lambda: cleared.append(True))
    busy_session(qtbot, window)
    assert window.history[0] and dialogs.open_dialogs
    with qtbot.waitSignal(window.quick_exited, timeout=2000):
        window.menus.quick_exit_button.click()
    assert not window.isVisible() or window.isMinimized()
    assert window.windowState() & Qt.WindowState.WindowMinimized
    assert cleared == [True]
    assert_all_cleared(window)


def test_ctrl_shift_q_is_quick_exit(qtbot, make_window):
    window = make_window()
    busy_session(qtbot, window)
    with qtbot.waitSignal(window.quick_exited, timeout=2000):
        qtbot.keyClick(window.reader, Qt.Key.Key_Q,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert_all_cleared(window)


def press_shift(qtbot, widget):
    qtbot.keyPress(widget, Qt.Key.Key_Shift, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyRelease(widget, Qt.Key.Key_Shift)


def test_shift_three_times_is_quick_exit_from_anywhere(qtbot, make_window):
    window = make_window()
    busy_session(qtbot, window)
    dialogs.close_all()
    box = window.search_panel.box
    box.setFocus()
    with qtbot.waitSignal(window.quick_exited, timeout=2000):
        for _ in range(3):
            press_shift(qtbot, box)
    assert_all_cleared(window)


def test_typing_capitals_never_triggers_quick_exit(qtbot, make_window):
    window = make_window()
    box = window.search_panel.box
    box.setFocus()
    with qtbot.assertNotEmitted(window.quick_exited):
        for letter in (Qt.Key.Key_C, Qt.Key.Key_A, Qt.Key.Key_S):
            press_shift(qtbot, box)
            qtbot.keyClick(box, letter, Qt.KeyboardModifier.ShiftModifier)
        press_shift(qtbot, box)
        press_shift(qtbot, box)  # only two in a row
    assert window.isVisible()


def test_shift_triple_counts_presses_not_repeats():
    now = [0.0]
    s = ShiftTriple(clock=lambda: now[0])
    assert not s.press()
    assert not s.press()  # same press seen again (no release in between): ignored
    s.release()
    now[0] = 0.5
    assert not s.press()
    s.release()
    now[0] = 0.9
    assert s.press()  # the third press within the window
    s.release()
    assert not s.press()  # counting starts again


def test_shift_triple_window_and_reset():
    now = [0.0]
    s = ShiftTriple(window_s=2.0, clock=lambda: now[0])
    for t in (0.0, 1.0):
        now[0] = t
        s.press()
        s.release()
    now[0] = 3.5  # the first two are too old now
    assert not s.press()
    s.release()
    s.reset()
    now[0] = 3.6
    assert not s.press()


def test_quick_exit_closes_an_open_modal_dialog(qtbot, make_window):
    from PySide6.QtCore import QTimer

    window = make_window()
    seen = []

    def exit_while_modal():
        seen.append(QApplication.activeModalWidget())
        window.quick_exit()

    QTimer.singleShot(50, exit_while_modal)
    dialogs.ExternalLinkDialog.ask(window, "https://example.org/")  # returns when closed
    assert seen and seen[0] is not None
    assert window.windowState() & Qt.WindowState.WindowMinimized


def test_a_failing_clearable_does_not_stop_the_others(qtbot, make_window, caplog):
    window = make_window()
    done = []

    def broken():
        raise RuntimeError("boom")

    window.register_clearable(broken)
    window.register_clearable(lambda: done.append(1))
    window.quick_exit()
    assert done == [1]
    assert "a registered clearable failed" in caplog.text


def test_quick_exit_leaves_someone_elses_clipboard_alone(qtbot, make_window):
    window = make_window()
    window.open_section("phipa")
    window.citation.copy()
    QGuiApplication.clipboard().setText("the user's own text")
    window.quick_exit()
    assert QGuiApplication.clipboard().text() == "the user's own text"


def test_idle_timeout_clears_the_screen(qtbot, make_window):
    window = make_window()
    window.commands.idle_actions[5].trigger()
    assert window.settings.idle_timeout_minutes == 5
    assert window.idle.timer.isActive() and window.idle.timer.interval() == 5 * 60_000
    type_query(qtbot, window, "consent")
    window.search_panel.open_current()
    window.idle.timer.timeout.emit()  # as if five minutes passed
    assert window.search_panel.box.text() == "" and window.history == ([], [])
    assert window.isVisible()  # idle clears, it doesn't hide
    window.commands.idle_actions[0].trigger()
    assert not window.idle.timer.isActive()


# -- nothing written but settings.ini -----------------------------------------------------------

def test_a_full_session_writes_only_settings(qtbot, make_window, basedir):
    home = Path(os.environ["HOME"])
    home_before = snapshot(home)
    assert snapshot(basedir) == {}
    window = make_window(index=False)  # no prebuilt index: it is built, in memory
    busy_session(qtbot, window)
    window.commands.zoom_in_action.trigger()
    window.commands.theme_actions["dark"].trigger()
    type_query(qtbot, window, "police records")
    window.quick_exit()
    window.showNormal()
    type_query(qtbot, window, "warrant")
    window.close()
    files = snapshot(basedir)
    assert list(files) == ["settings.ini"]
    assert [p.name for p in basedir.rglob("*")] == ["settings.ini"]  # no folder either
    settings = files["settings.ini"].decode("utf-8")
    for secret in ("strangulation", "police", "warrant", "custodian", "consent", "phipa",
                   "serious-harm"):
        assert secret not in settings.lower(), secret
    assert "zoom=110" in settings
    assert snapshot(home) == home_before  # nothing in the (redirected) home folder either
