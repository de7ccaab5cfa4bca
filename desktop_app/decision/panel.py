"""The decision helper panel: renders the current step of a :class:`DecisionSession`.

The engine (``content.decision``) owns every decision and all navigation; this widget only
draws the current step (a question, the review screen or an outcome) and forwards clicks.
One question at a time, large text, keyboard first (Up/Down, Enter, Alt+Left for Back).

Where each part lives: this module holds the frame, the public API, navigation and the
keyboard; :mod:`.step_view` draws a question, the review and a result; :mod:`.record_form`
the decision record form and its name warning; :mod:`.record_idle` the record's idle clear
(fed by :mod:`desktop_app.activity`); :mod:`.controls` the small wrapping widgets;
:mod:`.result_view` the result; :mod:`.panel_language` the words in the current language
and the switch to another (``set_library``, ``retranslate_ui``); :mod:`.parts` the state
those parts share.

Integration API (for the main window and printing):

``DecisionPanel(library, parent=None, *, flow_id="share", idle_timeout_ms=600_000)``
    ``clear()`` wipes every answer, the checklist and the record form (quick exit, idle);
    ``restart()`` does the same from the Restart button; ``summary()`` ->
    :class:`~content.decision.DecisionSummary` or None; ``record()`` ->
    :class:`~content.decision.DecisionRecord` or None; ``current_record()`` -> dict (empty
    until an outcome is shown); ``printable_markdown()`` -> Markdown of the outcome and the
    record for ``content.render.to_html(..., print_mode=True)``; ``has_outcome()``;
    ``set_print_available(bool)`` shows a "Print or save as PDF" button that emits
    ``print_requested``; ``set_idle_timeout(ms)`` (0 turns the panel's own timer off).

Signals:
    section_requested(str): the user asked to read a section (its id).
    outcome_reached(str): an outcome is on screen (its id).
    record_changed(): the outcome or the record form changed (enable or refresh printing).
    print_requested(): the user pressed "Print or save as PDF".
    cleared(): everything was wiped (restart, quick exit or idle timeout).

Privacy: nothing here is written anywhere. The record lives in these widgets only until
:meth:`clear`; it is printed or exported only when the user asks.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from content.decision import (
    MAIN_FLOW,
    DecisionFlow,
    DecisionSession,
    DecisionSummary,
    Outcome,
)
from content.model import Library
from desktop_app.activity import activity_monitor
from desktop_app.decision.controls import LinkLabel, matches_key, text_label
from desktop_app.decision.panel_language import PanelLanguage
from desktop_app.decision.record_form import RecordForm
from desktop_app.decision.record_idle import DEFAULT_IDLE_MS, RecordIdle
from desktop_app.decision.step_view import StepView
from desktop_app.undo_bar import UNDO_MS, InlineBar

_BACK_KEY = QKeySequence("Alt+Left")
translate = QCoreApplication.translate


class DecisionPanel(PanelLanguage, StepView, RecordForm, RecordIdle, QWidget):
    """The "May I share this?" helper. See the module docstring for the API.

    Signals:
        section_requested(str): open a linked section in the reader.
        outcome_reached(str): an outcome is shown.
        record_changed(): the outcome or the record changed.
        print_requested(): the user asked to print or export the record.
        cleared(): answers and record were wiped.
    """

    section_requested = Signal(str)
    outcome_reached = Signal(str)
    record_changed = Signal()
    print_requested = Signal()
    cleared = Signal()
    full_result_requested = Signal()

    def __init__(self, library: Library, parent: QWidget | None = None, *,
                 flow_id: str = MAIN_FLOW, idle_timeout_ms: int = DEFAULT_IDLE_MS,
                 now: Callable[[], datetime] = datetime.now):
        super().__init__(parent)
        self.setObjectName("decision-panel")
        self.library = library
        self._flow_id = flow_id
        self.flow: DecisionFlow | None = library.flows.get(flow_id)
        self.session: DecisionSession | None = (
            DecisionSession(self.flow) if self.flow is not None else None)
        self._now = now
        self._scale = 1.15
        self._typed: dict[str, str] = {}          # record fields the user has edited
        self._risk_factors: list[str] = []        # checklist items ticked (an aid only)
        self._print_available = False
        self._rendering = False
        # widgets of the current page, for keyboard handling and tests
        self.choice_group: QButtonGroup | None = None
        self.choice_buttons: dict[str, QRadioButton] = {}
        self.checklist_boxes: dict[str, QCheckBox] = {}
        self.section_buttons: dict[str, LinkLabel] = {}
        self.edit_buttons: list[QPushButton] = []
        self.record_fields: dict[str, QWidget] = {}
        self.next_button: QPushButton | None = None
        self.confirm_button: QPushButton | None = None
        self.continue_button: QPushButton | None = None
        self.name_warning_label: QLabel | None = None
        self.print_button: QPushButton | None = None

        self._build_frame()
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._on_idle)
        self._idle_warn = QTimer(self)
        self._idle_warn.setSingleShot(True)
        self._idle_warn.timeout.connect(self._on_idle_warning)
        self.set_idle_timeout(idle_timeout_ms)
        # input anywhere in the app keeps the record (the same input the screen's timer
        # counts); this panel's own filter only takes Alt+Left while focus is inside it
        activity_monitor().activity.connect(self._on_activity)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        if self.session is not None:
            self.session.start()
        self._render()

    # ------------------------------------------------------------------ frame
    def _build_frame(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        self.title_label = text_label("", scale=self._scale * 1.1, bold=True)
        outer.addWidget(self.title_label)
        self.progress_label = text_label("", scale=self._scale * 0.9,
                                         object_name="decision-progress")
        outer.addWidget(self.progress_label)
        # the disclaimer opens every page (inside the scroll area, so that at large text
        # sizes it scrolls with the page instead of squeezing it)
        self.disclaimer_label: QLabel | None = None
        # "Cleared. Undo", the idle warning and the idle notice
        self.notice_bar = InlineBar("", self, object_name="decision-notice")
        self.notice_bar.discarded.connect(self._drop_undo_copy)
        outer.addWidget(self.notice_bar)
        self._undo_session: DecisionSession | None = None
        self._undo_typed: dict[str, str] = {}
        self._undo_factors: list[str] = []

        self.scroll = QScrollArea()
        self.scroll.setObjectName("decision-scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Nothing here should ever be wider than the panel (text wraps); if something
        # still is, a scroll bar shows it rather than cutting it off.
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        outer.addWidget(self.scroll, 1)
        self.page: QWidget | None = None

        bar = QHBoxLayout()
        self.back_button = QPushButton()
        self.back_button.setObjectName("decision-back")
        self.back_button.setAutoDefault(True)
        self.back_button.clicked.connect(self.back)
        self.restart_button = QPushButton()
        self.restart_button.setObjectName("decision-restart")
        self.restart_button.setAutoDefault(False)  # destructive: never taken by Enter
        self.restart_button.clicked.connect(self.restart)
        for b in (self.back_button, self.restart_button):
            f = QFont(b.font())
            f.setPointSizeF(max(f.pointSizeF(), 9.0) * self._scale)
            b.setFont(f)
        bar.addWidget(self.back_button)
        bar.addStretch(1)
        bar.addWidget(self.restart_button)
        outer.addLayout(bar)
        self._retranslate_frame()

    # ------------------------------------------------------------------ public API
    def clear(self) -> None:
        """Forget every answer, the checklist and the record; show the first question.

        Quick exit and the idle clear call this: nothing can be undone afterwards (the copy
        kept for "Undo" is wiped too)."""
        self.discard_undo()
        self.notice_bar.discard()
        self._wipe_state()
        self.cleared.emit()

    def _wipe_state(self) -> None:
        self._typed.clear()
        self._risk_factors.clear()
        if self.session is not None:
            self.session.restart()
        self._idle.stop()
        self._idle_warn.stop()
        self._render()
        self.record_changed.emit()

    def restart(self) -> None:
        """The Restart button: clear every answer and the record, with "Undo" for a few
        seconds (the copy lives in memory only, and quick exit or idle wipes it)."""
        if self.session is None:
            return
        if not self._has_state():
            self.clear()
            return
        self.discard_undo()
        old = self.session
        self._undo_session = old
        self._undo_typed = dict(self._typed)
        self._undo_factors = list(self._risk_factors)
        self.session = DecisionSession(old.flow)
        self.session.start()
        self._typed.clear()
        self._risk_factors.clear()
        self._idle_warn.stop()
        self._render()
        self.record_changed.emit()
        self.cleared.emit()
        self.notice_bar.show_message(  # callables: said again if the language changes
            lambda: translate("DecisionHelper", "Started again: your answers and the record "
                              "were cleared."), lambda: translate("DecisionHelper", "Undo"),
            self._undo, timeout_ms=UNDO_MS, action_name=lambda: translate(
                "DecisionHelper", "Undo: bring back the answers and the record"))

    def _undo(self) -> None:
        if self._undo_session is not None:
            self.session = self._undo_session
        self._typed = dict(self._undo_typed)
        self._risk_factors = list(self._undo_factors)
        self._undo_session, self._undo_typed, self._undo_factors = None, {}, []
        self._render()
        self._after_step()
        self.record_changed.emit()

    def discard_undo(self) -> None:
        """Forget the copy kept for "Undo" (quick exit, idle, or a new change)."""
        self._drop_undo_copy()
        if self.notice_bar.has_action:
            self.notice_bar.discard()

    def _drop_undo_copy(self) -> None:
        if self._undo_session is not None and self._undo_session is not self.session:
            self._undo_session.restart()
        self._undo_session = None
        self._undo_typed = {}
        self._undo_factors = []

    @property
    def can_undo(self) -> bool:
        return self.notice_bar.has_action

    def back(self) -> None:
        if self.session is not None and self.session.can_go_back:
            self.session.back()
            self._render()
            self.record_changed.emit()

    def summary(self) -> DecisionSummary | None:
        """The outcome on screen as data, or None while questions remain."""
        if self.session is None or not isinstance(self.session.current, Outcome):
            return None
        return self.session.summary()

    def has_outcome(self) -> bool:
        return self.summary() is not None

    def set_print_available(self, available: bool) -> None:
        """Show the "Print or save as PDF" button (it emits :attr:`print_requested`)."""
        self._print_available = bool(available)
        if self.print_button is not None:
            self.print_button.setVisible(self._print_available)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        etype = event.type()
        if etype in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) \
                and isinstance(event, QKeyEvent) and matches_key(event, _BACK_KEY) \
                and isinstance(obj, QWidget) and (obj is self or self.isAncestorOf(obj)):
            # Alt+Left is also the reader's Back, and the scroll area would take it as
            # "scroll left"; while focus is in this panel it means "previous question".
            if etype == QEvent.Type.ShortcutOverride:
                event.accept()
            else:
                self.back()
            return True
        return False

    # ------------------------------------------------------------------ keyboard
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                      Qt.KeyboardModifier.KeypadModifier):
            focused = QApplication.focusWidget()
            if self.choice_group is not None and focused in self.choice_group.buttons():
                focused.setChecked(True)  # Up/Down moved focus; Enter takes that answer
            if self.next_button is not None and self.next_button.isEnabled():
                self.next_button.click()
                return
            if self.confirm_button is not None:
                self.confirm_button.click()
                return
        super().keyPressEvent(event)

    # ------------------------------------------------------------------ slots
    def _on_choice_toggled(self, _button: QAbstractButton, _checked: bool) -> None:
        if self.next_button is not None and self.choice_group is not None:
            self.next_button.setEnabled(self.choice_group.checkedButton() is not None)

    def selected_choice(self) -> str | None:
        for value, b in self.choice_buttons.items():
            if b.isChecked():
                return value
        return None

    def choose(self, value: str) -> None:
        """Answer the current question with ``value`` (as if picked and Next pressed)."""
        self.choice_buttons[value].setChecked(True)
        self._on_next()

    def _on_next(self) -> None:
        value = self.selected_choice()
        if value is None or self.session is None:
            return
        self.session.answer(value)
        self._render()
        self._after_step()

    def _on_edit(self, index: int) -> None:
        assert self.session is not None
        self.session.edit(index)
        self._render()
        self.record_changed.emit()

    def _on_confirm(self) -> None:
        assert self.session is not None
        self.session.confirm()
        self._render()
        self._after_step()

    def _on_continue(self) -> None:
        assert self.session is not None
        self.session.resume()
        self._render()
        self.record_changed.emit()

    def _after_step(self) -> None:
        cur = self.session.current if self.session is not None else None
        if isinstance(cur, Outcome):
            self.outcome_reached.emit(cur.id)
            self.record_changed.emit()

    def _on_factor(self, item: str, on: bool) -> None:
        if on and item not in self._risk_factors:
            self._risk_factors.append(item)
        elif not on and item in self._risk_factors:
            self._risk_factors.remove(item)
        self._touch()


__all__ = ["DEFAULT_IDLE_MS", "DecisionPanel"]
