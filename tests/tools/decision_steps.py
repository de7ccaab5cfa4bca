"""Walking the decision panel in tests: the PHIPA-to-police path, answering a step, reaching
the outcome and filling the record (used by the panel, UX, hardening, accessibility and
whole-window tests)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from content.decision import Review

PHIPA_POLICE = ["no", "no", "phipa", "police", "no", "refused", "serious", "no"]


def click_answer(qtbot, panel, value):
    radio = panel.choice_buttons[value]
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton)
    assert radio.isChecked() and panel.next_button.isEnabled()
    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)


def to_outcome(qtbot, panel, values=PHIPA_POLICE):
    for v in values:
        click_answer(qtbot, panel, v)
    assert isinstance(panel.session.current, Review)
    with qtbot.waitSignal(panel.outcome_reached) as blocker:
        qtbot.mouseClick(panel.confirm_button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def record_field(panel, key):
    return panel.record_fields[key]


def fill_record(qtbot, panel):
    role = record_field(panel, "role")
    role.setFocus()
    QTest.keyClicks(role, "Emergency nurse")
    what = record_field(panel, "what")
    what.setFocus()
    QTest.keyClicks(what, "Told police about the threat")
    panel.record_fields["shared"].setCurrentIndex(
        panel.record_fields["shared"].findData("shared"))
