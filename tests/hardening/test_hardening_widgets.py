"""Quick exit and the idle timeout leave no typed text in any widget."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)

from tests.tools.decision_steps import to_outcome

pytestmark = pytest.mark.gui

SECRET_QUERY = "strangled quokkasecret"
SECRET_RECORD = "Night nurse wombatsecret"


def widget_texts() -> list[str]:
    out = []
    for top in QApplication.topLevelWidgets():
        for w in [top, *top.findChildren(QLabel), *top.findChildren(QLineEdit),
                  *top.findChildren(QPlainTextEdit), *top.findChildren(QTextEdit),
                  *top.findChildren(QAbstractButton), *top.findChildren(QComboBox)]:
            if isinstance(w, QLineEdit):
                out.append(w.text())
                out.append(w.placeholderText())
            elif isinstance(w, (QPlainTextEdit, QTextEdit)):
                out.append(w.toPlainText())
            elif isinstance(w, QComboBox):
                out.append(w.currentText())
            elif hasattr(w, "text"):
                out.append(w.text())
            out.append(w.toolTip())
            out.append(w.accessibleName())
            out.append(w.accessibleDescription())
            out.append(w.windowTitle())
    out.append(QApplication.clipboard().text())
    return out


def leftovers() -> list[str]:
    return [t for t in widget_texts() if "secret" in t.lower()]


@pytest.fixture
def busy_window(make_window, qtbot):  # noqa: F811
    window = make_window(None, index=True, wait=True)
    qtbot.waitUntil(lambda: getattr(window, "decision_panel", None) is not None)
    box = window.search_panel.box
    box.setFocus()
    QTest.keyClicks(box, SECRET_QUERY)
    window.search_panel.run_query()
    panel = window.decision_panel
    to_outcome(qtbot, panel)
    field = panel.record_fields["role"]
    field.setFocus()
    QTest.keyClicks(field, SECRET_RECORD)
    assert leftovers(), "the secrets must be on screen before we clear"
    return window


def test_quick_exit_leaves_no_typed_text_in_any_widget(busy_window):
    busy_window.quick_exit()
    assert leftovers() == []
    assert busy_window.decision_panel.current_record() == {}


def test_decision_record_idle_timeout_clears_it(busy_window, qtbot):
    panel = busy_window.decision_panel
    panel._idle.timeout.emit()  # ten minutes without input, without waiting ten minutes
    assert [t for t in leftovers() if "wombat" in t] == []
    assert panel.current_record() == {}


def test_screen_idle_timeout_clears_everything(busy_window):
    busy_window.idle.set_idle_timeout(5)
    busy_window.idle.timer.timeout.emit()
    assert leftovers() == []
