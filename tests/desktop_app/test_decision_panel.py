"""The decision helper panel (pytest-qt, offscreen): click through to an outcome, edit an
answer on the review screen, open a linked section, fill the record and see it cleared by
restart, quick exit (clear()) and the idle timeout."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QWidget,
)

from content.decision import Outcome, Question, Review
from desktop_app.decision.panel import DEFAULT_IDLE_MS, DecisionPanel
from tests.tools.decision_steps import (
    PHIPA_POLICE,
    click_answer,
    fill_record,
    record_field,
    to_outcome,
)

pytestmark = pytest.mark.gui


@pytest.fixture
def panel(qtbot, library):
    p = DecisionPanel(library, now=lambda: datetime(2026, 11, 25, 9, 30))
    qtbot.addWidget(p)
    p.resize(420, 800)
    p.show()
    p.activateWindow()
    qtbot.waitActive(p)
    return p


def unnamed_controls(panel):
    kinds = (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox, QDateTimeEdit)
    out = []
    for w in panel.findChildren(QWidget):
        if not isinstance(w, kinds) or isinstance(w.parentWidget(), (QComboBox, QDateTimeEdit)):
            continue  # internal parts of a named control
        if w.isVisibleTo(panel) and not w.accessibleName().strip():
            out.append(w)
    out += [w for w in panel.section_buttons.values() if not w.accessibleName()]
    return out


def test_click_through_to_an_outcome(qtbot, panel):
    assert panel.progress_label.text() == "Question 1 · about 7 more after this one"
    assert "not legal advice" in panel.disclaimer_label.text().lower()
    assert not panel.next_button.isEnabled()  # nothing chosen yet
    oid = to_outcome(qtbot, panel)
    assert oid == "phipa-serious-harm"
    summary = panel.summary()
    assert summary.outcome_id == oid and "PHIPA s. 40(1)" in summary.provisions
    texts = " ".join(lab.text() for lab in panel.page.findChildren(type(panel.progress_label)))
    assert "Provisions: PHIPA s. 40(1)" in texts
    assert "Telling the person afterwards" in texts and "What to record" in texts
    assert "not legal advice" in texts.lower()
    assert panel.progress_label.text() == "Result"


def test_keyboard_up_down_enter_and_alt_left(qtbot, panel):
    first = panel.choice_buttons["yes"]
    assert first.hasFocus()  # the first answer has focus, ready for the keyboard
    QTest.keyClick(first, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is panel.choice_buttons["no"]
    assert not any(b.isChecked() for b in panel.choice_buttons.values())  # nothing pre-set
    QTest.keyClick(panel.choice_buttons["no"], Qt.Key.Key_Return)  # Enter takes it
    assert panel.session.current.id == "child_protection"
    radio = panel.choice_buttons["unsure"]
    radio.setFocus()
    QTest.keyClick(radio, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert panel.session.current.id == "danger"
    no = panel.choice_buttons["no"]
    assert no.isChecked() and no.hasFocus()  # the undone answer is offered again
    QTest.keyClick(no, Qt.Key.Key_Down)  # with an answer checked, Down moves the check
    assert panel.choice_buttons["unsure"].isChecked()


def test_alt_left_in_the_panel_wins_over_the_windows_back_action(qtbot, library):
    win = QMainWindow()
    qtbot.addWidget(win)
    fired = []
    action = QAction("Back", win)
    action.setShortcut(QKeySequence("Alt+Left"))
    action.triggered.connect(lambda: fired.append(True))
    win.addAction(action)
    panel = DecisionPanel(library)
    win.setCentralWidget(panel)
    win.show()
    qtbot.waitExposed(win)
    panel.choose("no")
    radio = panel.choice_buttons["yes"]
    radio.setFocus()
    QTest.keyClick(radio, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert panel.session.current.id == "danger"
    assert fired == []


def test_review_screen_edit_an_answer(qtbot, panel):
    for v in PHIPA_POLICE:
        click_answer(qtbot, panel, v)
    review = panel.session.current
    assert isinstance(review, Review)
    assert len(panel.edit_buttons) == 8
    assert panel.edit_buttons[5].accessibleName().startswith("Change your answer to: Can you")
    qtbot.mouseClick(panel.edit_buttons[5], Qt.MouseButton.LeftButton)  # consent
    q = panel.session.current
    assert isinstance(q, Question) and q.fact == "consent"
    assert panel.choice_buttons["refused"].isChecked()  # the earlier answer is shown
    click_answer(qtbot, panel, "unsafe")
    review = panel.session.current
    assert isinstance(review, Review)  # risk and the rest were kept
    assert [a.choice.value for a in review.items] == [
        "no", "no", "phipa", "police", "no", "unsafe", "serious", "no"]
    qtbot.mouseClick(panel.back_button, Qt.MouseButton.LeftButton)
    assert panel.session.current.fact == "consent"
    QTest.keyClick(panel.choice_buttons["unsafe"], Qt.Key.Key_Enter)
    assert isinstance(panel.session.current, Review)
    panel.confirm_button.setFocus()
    with qtbot.waitSignal(panel.outcome_reached):
        QTest.keyClick(panel.confirm_button, Qt.Key.Key_Return)
    assert any("did not ask for consent" in c for c in panel.summary().conditions)


def test_read_more_opens_a_linked_section(qtbot, panel, library):
    link = panel.section_buttons["principle-privacy-not-barrier"]
    assert link.accessibleName() == "Read more: " + library.section(
        "principle-privacy-not-barrier").title
    with qtbot.waitSignal(panel.section_requested) as blocker:
        qtbot.mouseClick(link, Qt.MouseButton.LeftButton,  # on the first word of the link
                         pos=link.contentsRect().topLeft() + QPoint(
                             8, link.fontMetrics().height() // 2))
    assert blocker.args == ["principle-privacy-not-barrier"]
    to_outcome(qtbot, panel)
    assert set(panel.section_buttons) == set(panel.summary().sections)
    with qtbot.waitSignal(panel.section_requested) as blocker:
        link = panel.section_buttons["notice-safety"]
        link.setFocus()
        QTest.keyClick(link, Qt.Key.Key_Return)
    assert blocker.args == ["notice-safety"]


def test_emergency_outcome_first_then_continue(qtbot, panel):
    with qtbot.waitSignal(panel.outcome_reached) as blocker:
        click_answer(qtbot, panel, "yes")
    assert blocker.args == ["call-911"]
    assert isinstance(panel.session.current, Outcome)  # no review before an emergency
    assert panel.result_title.text() == "Call 911 now"
    qtbot.mouseClick(panel.continue_button, Qt.MouseButton.LeftButton)
    assert panel.session.current.id == "child_protection"


def test_record_form_fills_and_warns_about_names(qtbot, panel):
    assert panel.current_record() == {} and panel.record() is None
    for v in ["no", "no", "phipa", "police", "no", "refused"]:
        click_answer(qtbot, panel, v)
    panel.checklist_toggle.click()
    panel.checklist_boxes["Past choking or strangulation"].click()
    click_answer(qtbot, panel, "serious")
    click_answer(qtbot, panel, "no")  # not also a FIPPA/MFIPPA institution
    panel.confirm_button.click()
    rec = panel.current_record()
    assert rec["decided_at"] == "2026-11-25 09:30"
    assert rec["authority"] == "PHIPA s. 40(1)" and rec["to_whom"] == "Police"
    assert rec["risk_factors"] == ["Past choking or strangulation"]
    with qtbot.waitSignal(panel.record_changed):
        fill_record(qtbot, panel)
    rec = panel.current_record()
    assert rec["role"] == "Emergency nurse" and rec["shared"] == "shared"
    assert rec["what"] == "Told police about the threat"
    assert not panel.name_warning_label.isVisibleTo(panel)
    QTest.keyClicks(record_field(panel, "why"), "She said Jane Doe was choked")
    assert panel.name_warning_label.isVisibleTo(panel)
    assert "Jane Doe" in panel.name_warning_label.text()
    md = panel.printable_markdown()
    assert "PHIPA s. 40(1)" in md and "Emergency nurse" in md


def reach_filled_record(qtbot, panel):
    to_outcome(qtbot, panel)
    fill_record(qtbot, panel)
    assert panel.current_record()["role"] == "Emergency nurse"


def assert_wiped(panel):
    assert panel.current_record() == {} and panel.summary() is None
    assert panel.session.answers == ()
    assert isinstance(panel.session.current, Question) and panel.session.current.id == "danger"
    assert panel.record_fields == {}
    assert not panel.session.can_go_back


def test_restart_clears_answers_and_record(qtbot, panel):
    reach_filled_record(qtbot, panel)
    with qtbot.waitSignal(panel.cleared):
        qtbot.mouseClick(panel.restart_button, Qt.MouseButton.LeftButton)
    assert_wiped(panel)
    to_outcome(qtbot, panel)  # the same path again: nothing typed survives
    assert panel.current_record()["role"] == ""
    assert panel.record_fields["role"].text() == ""


def test_quick_exit_clear_wipes_everything(qtbot, panel):
    reach_filled_record(qtbot, panel)
    with qtbot.waitSignal(panel.cleared):
        panel.clear()
    assert_wiped(panel)


def test_idle_timeout_clears(qtbot, library):
    panel = DecisionPanel(library, idle_timeout_ms=50)
    qtbot.addWidget(panel)
    panel.show()
    assert not panel._idle.isActive()  # nothing to forget yet
    for v in PHIPA_POLICE:
        panel.choose(v)
    panel.confirm_button.click()
    panel.record_fields["role"].setText("x")
    panel._on_field("role", "Case worker")
    with qtbot.waitSignal(panel.cleared, timeout=5000):
        pass
    assert_wiped(panel)
    assert not panel._idle.isActive()


def test_idle_timer_defaults_and_restarts_on_user_input(qtbot, panel):
    assert panel.idle_timeout_ms == DEFAULT_IDLE_MS == 600_000
    panel.choose("no")
    assert panel._idle.isActive() and panel._idle.interval() == 600_000
    starts = []
    panel._idle.start = lambda *a: starts.append(a)  # observe restarts only
    QTest.keyClick(panel.choice_buttons["yes"], Qt.Key.Key_Down)
    assert starts
    panel.set_idle_timeout(0)
    assert panel.idle_timeout_ms == 0


def test_clear_record_keeps_answers(qtbot, panel):
    reach_filled_record(qtbot, panel)
    panel.clear_record_button.click()
    assert panel.current_record()["role"] == ""
    assert panel.summary() is not None


def test_print_button_is_opt_in(qtbot, panel):
    to_outcome(qtbot, panel)
    assert not panel.print_button.isVisibleTo(panel)
    panel.set_print_available(True)
    assert panel.print_button.isVisibleTo(panel)
    with qtbot.waitSignal(panel.print_requested):
        panel.print_button.click()


def test_every_control_has_an_accessible_name(qtbot, panel):
    assert unnamed_controls(panel) == []
    for v in ["no", "yes", "yes", "cyfsa", "agency", "refused"]:
        panel.choose(v)
    panel.checklist_toggle.click()
    assert unnamed_controls(panel) == []
    panel.choose("serious")
    assert unnamed_controls(panel) == []  # review
    panel.confirm_button.click()
    assert unnamed_controls(panel) == []  # outcome and record form
    for w in (panel.back_button, panel.restart_button):
        assert w.accessibleName()


def test_tab_order_runs_through_the_page_then_back_and_restart(qtbot, panel):
    to_outcome(qtbot, panel)
    order, w = [], panel.result_title
    for _ in range(200):
        order.append(w)
        w = w.nextInFocusChain()
        if w is panel.result_title:
            break
    assert order.index(panel.record_fields["role"]) < order.index(panel.back_button) < \
        order.index(panel.restart_button)


def test_panel_without_a_flow_says_so(qtbot, library):
    broken = replace(library, extras={})
    panel = DecisionPanel(broken)
    qtbot.addWidget(panel)
    assert panel.session is None and panel.summary() is None
    texts = " ".join(lab.text() for lab in panel.page.findChildren(type(panel.title_label)))
    assert "could not be loaded" in texts
    panel.clear()  # harmless
