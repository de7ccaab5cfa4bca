"""The decision helper panel: renders the current step of a :class:`DecisionSession`.

The engine (``content.decision``) owns every decision and all navigation; this widget only
draws the current step (a question, the review screen or an outcome) and forwards clicks.
One question at a time, large text, keyboard first (Up/Down, Enter, Alt+Left for Back).

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

from PySide6.QtCore import QDateTime, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from content.agency import agency_of, contacts_for
from content.decision import (
    MAIN_FLOW,
    RECORD_FIELDS,
    SHARED_LABELS,
    SHARED_VALUES,
    DecisionFlow,
    DecisionRecord,
    DecisionSession,
    DecisionSummary,
    Outcome,
    Question,
    Review,
    record_markdown,
)
from content.html_escape import esc
from desktop_app.agency_view import contacts_text
from desktop_app.undo_bar import UNDO_MS, InlineBar
from desktop_app.wheel_guard import guard_wheel
from desktop_app.wrap_button import WrapButton

DEFAULT_IDLE_MS = 10 * 60_000
IDLE_WARNING_MS = 60_000  # the warning shows this long before the idle clear
_USER_INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel,
               QEvent.Type.TouchBegin, QEvent.Type.InputMethod}
_BACK_KEY = QKeySequence("Alt+Left")
_FIELD_LABELS = dict(RECORD_FIELDS)
_FREE_TEXT_MULTILINE = ("what", "why", "notice", "follow_up")
_PLACEHOLDERS = {
    "role": "For example: shelter counsellor. No names needed.",
    "authority": "The provision you relied on",
    "route": "The route you relied on, for example the law-enforcement route (no notice)",
    "what": "What you shared, or decided not to share",
    "to_whom": "For example: police service, the person at risk. No names needed.",
    "why": "The facts and risk factors behind your decision",
    "consent": "Asked? Given, refused, or why you did not ask",
    "notice": "When and how notice was given, or why not",
    "follow_up": "What happens next, and who does it",
}


def _named(widget: QWidget, name: str, description: str = "") -> QWidget:
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
    return widget


def _label(text: str, *, scale: float = 1.0, bold: bool = False, name: str = "",
           selectable: bool = False) -> QLabel:
    lab = QLabel(text)
    lab.setTextFormat(Qt.TextFormat.PlainText)  # content and user text are never HTML here
    lab.setWordWrap(True)
    lab.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if scale != 1.0 or bold:
        f = QFont(lab.font())
        if scale != 1.0:
            f.setPointSizeF(max(f.pointSizeF(), 9.0) * scale)
        f.setBold(bold)
        lab.setFont(f)
    if selectable:  # copy with the mouse; not a tab stop
        lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:  # only where the name adds to the text (e.g. "Question: ..."); never cut
        lab.setAccessibleName(name)
    return lab


def _bullets(items: tuple[str, ...] | list[str]) -> str:
    return "\n".join(f"•  {i}" for i in items)


def _bullet_list(items: tuple[str, ...] | list[str], scale: float) -> QWidget:
    """Bullets with a hanging indent: wrapped lines start under the text, not the dot.
    Each item is its own label, so a screen reader reads every word of every item."""
    box = QWidget()
    grid = QGridLayout(box)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setHorizontalSpacing(6)
    grid.setColumnStretch(1, 1)
    for row, item in enumerate(items):
        dot = QLabel("•")
        dot.setAccessibleName("")  # decoration only
        dot.setFont(_label(item, scale=scale).font())
        grid.addWidget(dot, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(_label(item, scale=scale, selectable=True), row, 1)
    return box


class _Box(QFrame):
    """A framed block for cautions (check the official text, emergency, safety)."""

    def __init__(self, kind: str, title: str, text: str):
        super().__init__()
        self.setObjectName(f"decision-{kind}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(f"QFrame#decision-{kind} {{ border: 2px solid palette(highlight); "
                           "border-radius: 6px; }")
        lay = QVBoxLayout(self)
        lay.addWidget(_label(title, bold=True))
        body = _label(text, selectable=True)
        lay.addWidget(body)
        self.setAccessibleName(title)
        self.setAccessibleDescription(text)


def _wipe(page: QWidget) -> None:
    """Empty every text field on a page that is being thrown away (signals blocked, so the
    record the user is typing is not touched), undo history included."""
    for w in page.findChildren(QLineEdit):
        w.blockSignals(True)
        w.setText("")  # also empties its undo history
    for w in page.findChildren(QPlainTextEdit):
        w.blockSignals(True)
        w.clear()
        w.document().clearUndoRedoStacks()


class _ChoiceRow(QWidget):
    """A radio button whose label wraps (QRadioButton text does not) and a help line."""

    def __init__(self, label: str, help_text: str, group: QButtonGroup, index: int,
                 scale: float):
        super().__init__()
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 4)
        self.radio = QRadioButton()
        self.radio.setAccessibleName(label)
        if help_text:
            self.radio.setAccessibleDescription(help_text)
        group.addButton(self.radio, index)
        lay.addWidget(self.radio, 0, Qt.AlignmentFlag.AlignTop)
        col = QVBoxLayout()
        self.text = _label(label, scale=scale)
        self.text.setBuddy(self.radio)
        col.addWidget(self.text)
        if help_text:
            col.addWidget(_label(help_text, scale=scale * 0.9))
        lay.addLayout(col, 1)
        for w in self.findChildren(QLabel):
            w.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.MouseButtonRelease and isinstance(obj, QLabel):
            self.radio.setChecked(True)
            self.radio.setFocus(Qt.FocusReason.MouseFocusReason)
            return True
        return False


class _Link(QLabel):
    """A "Read more" link that wraps (a button's text cannot). Tab reaches it; Enter,
    Space or a click opens it."""

    activated = Signal(str)

    def __init__(self, text: str, target: str):
        super().__init__()
        self.target = target
        self._link_text = text
        self.setTextFormat(Qt.TextFormat.RichText)
        self._set_link_html()
        self.setWordWrap(True)
        self.setOpenExternalLinks(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(text)
        self.setAccessibleDescription("Link: opens this section in the reader")
        self.linkActivated.connect(lambda _href: self.activated.emit(self.target))

    def _set_link_html(self) -> None:
        # QLabel fixes a rich-text link's colour when the text is set: name the colour of
        # the current palette, and set it again whenever the palette (theme) changes.
        colour = self.palette().color(QPalette.ColorRole.Link).name()
        self.setText(f'<a style="color: {colour}" href="section:{esc(self.target)}">'
                     f"{esc(self._link_text)}</a>")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._set_link_html()

    def click(self) -> None:
        self.activated.emit(self.target)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.click()
            return
        super().keyPressEvent(event)


class _CheckRow(QWidget):
    """A check box with a label that wraps; clicking the label toggles the box."""

    def __init__(self, text: str, checked: bool):
        super().__init__()
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 1, 0, 1)
        self.box = QCheckBox()
        self.box.setAccessibleName(text)
        self.box.setChecked(checked)
        lay.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        self.text = _label(text)
        self.text.setBuddy(self.box)
        self.text.installEventFilter(self)
        lay.addWidget(self.text, 1)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.MouseButtonRelease and obj is self.text:
            self.box.toggle()
            self.box.setFocus(Qt.FocusReason.MouseFocusReason)
            return True
        return False


class DecisionPanel(QWidget):
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

    def __init__(self, library, parent: QWidget | None = None, *,  # noqa: ANN001
                 flow_id: str = MAIN_FLOW, idle_timeout_ms: int = DEFAULT_IDLE_MS,
                 now: Callable[[], datetime] = datetime.now):
        super().__init__(parent)
        self.setObjectName("decision-panel")
        _named(self, "Decision helper", "May I share this without consent? One question at "
               "a time.")
        self.library = library
        self.flow: DecisionFlow | None = (library.extras.get("decisions") or {}).get(flow_id)
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
        self.section_buttons: dict[str, _Link] = {}
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
        title = self.flow.title if self.flow else "Decision helper"
        self.title_label = _label(title, scale=self._scale * 1.1, bold=True)
        outer.addWidget(self.title_label)
        self.progress_label = _label("", scale=self._scale * 0.9)
        self.progress_label.setAccessibleDescription("Progress")
        outer.addWidget(self.progress_label)
        # the disclaimer opens every page (inside the scroll area, so that at large text
        # sizes it scrolls with the page instead of squeezing it)
        self._disclaimer = (self.flow.disclaimer if self.flow else "This is not legal advice.")
        self.disclaimer_label: QLabel | None = None
        # "Cleared. Undo", the idle warning and the idle notice
        self.notice_bar = InlineBar("Decision helper message", self)
        self.notice_bar.discarded.connect(self._drop_undo_copy)
        outer.addWidget(self.notice_bar)
        self._undo_session: DecisionSession | None = None
        self._undo_typed: dict[str, str] = {}
        self._undo_factors: list[str] = []

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Nothing here should ever be wider than the panel (text wraps); if something
        # still is, a scroll bar shows it rather than cutting it off.
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        _named(self.scroll, "Current step")
        outer.addWidget(self.scroll, 1)
        self.page: QWidget | None = None

        bar = QHBoxLayout()
        self.back_button = QPushButton("Back")
        _named(self.back_button, "Back", "Go back one step (Alt+Left)")
        self.back_button.setToolTip("Go back one step (Alt+Left)")
        self.back_button.setAutoDefault(True)
        self.back_button.clicked.connect(self.back)
        self.restart_button = QPushButton("Restart")
        _named(self.restart_button, "Restart",
               "Start again. Clears every answer and the decision record.")
        self.restart_button.setToolTip("Start again; clears every answer and the record "
                                       "(you can undo it for a few seconds)")
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
        self.notice_bar.show_message(
            "Started again: your answers and the record were cleared.", "Undo",
            self._undo, timeout_ms=UNDO_MS, action_name="Undo: bring back the answers and "
            "the record")

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

    def record(self) -> DecisionRecord | None:
        """The decision record form as data (None until an outcome is shown)."""
        summary = self.summary()
        if summary is None:
            return None
        base = DecisionRecord.prefilled(summary, self._now())
        values = {k: getattr(base, k) for k, _ in RECORD_FIELDS}
        values.update(self._typed)
        values["risk_factors"] = tuple(self._risk_factors)
        return DecisionRecord(**values, outcome_id=summary.outcome_id,
                              outcome_title=summary.title)

    def current_record(self) -> dict:
        """The record as a plain dict ({} until an outcome is shown)."""
        rec = self.record()
        return rec.as_dict() if rec is not None else {}

    def printable_markdown(self) -> str:
        """The outcome and the record, as Markdown for ``content.render.to_html``."""
        summary = self.summary()
        if summary is None:
            return ""
        record = self.record()
        assert record is not None

        def title(sid: str) -> str:
            return self.library.section(sid).title if self.library.has_section(sid) else sid

        return summary.to_markdown(title) + "\n" + record_markdown(summary, record)

    def set_print_available(self, available: bool) -> None:
        """Show the "Print or save as PDF" button (it emits :attr:`print_requested`)."""
        self._print_available = bool(available)
        if self.print_button is not None:
            self.print_button.setVisible(self._print_available)

    def set_idle_timeout(self, ms: int, warn_before_ms: int = IDLE_WARNING_MS) -> None:
        """Clear after ``ms`` without user input (0: never; the window may do it instead),
        with a warning ``warn_before_ms`` earlier (half the time when that is shorter)."""
        self._idle_ms = max(0, int(ms))
        self._idle.setInterval(self._idle_ms)
        warn_at = self._idle_ms - warn_before_ms if self._idle_ms > 2 * warn_before_ms \
            else self._idle_ms // 2
        self._idle_warn.setInterval(max(1, warn_at))
        self._touch()

    @property
    def idle_timeout_ms(self) -> int:
        return self._idle_ms

    # ------------------------------------------------------------------ idle handling
    def has_state(self) -> bool:
        """True while there is something to forget (answers, ticks or a typed record)."""
        return self._has_state()

    def _has_state(self) -> bool:
        return bool(self._typed or self._risk_factors
                    or (self.session is not None and self.session.answers))

    def _touch(self) -> None:
        if self._idle_ms and self._has_state():
            self._idle.start()
            self._idle_warn.start()
        else:
            self._idle.stop()
            self._idle_warn.stop()
        self._hide_idle_warning()

    @property
    def idle_warning_shown(self) -> bool:
        return self._warning_up

    _warning_up = False

    def _on_idle_warning(self) -> None:
        if not self._has_state():
            return
        secs = max(1, round(self._idle.remainingTime() / 1000))
        left = f"{round(secs / 60)} minute" if secs >= 90 else f"{secs} seconds"
        if left.endswith("minute") and not left.startswith("1 "):
            left += "s"
        self.notice_bar.show_message(
            f"For privacy, your answers and the decision record will be cleared in about "
            f"{left} because the app has not been used. Press any key or click to keep them.",
            "Keep working", self._touch, action_name="Keep my answers and the record")
        self._warning_up = True

    def _hide_idle_warning(self) -> None:
        if self._warning_up:
            self._warning_up = False
            self.notice_bar.discard()

    def _on_idle(self) -> None:
        if self._has_state():
            minutes = max(1, round(self._idle_ms / 60_000))
            self.clear()
            self.notice_bar.show_message(
                f"For privacy, your answers and the decision record were cleared after "
                f"{minutes} minute{'s' if minutes != 1 else ''} without use. Nothing was "
                "saved.")

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        etype = event.type()
        if etype in _USER_INPUT and self._idle.isActive():
            # any input anywhere in the app resets the countdown and keeps the record
            self._idle.start()
            self._idle_warn.start()
            if self._warning_up:
                QTimer.singleShot(0, self._hide_idle_warning)
        if etype in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) \
                and isinstance(event, QKeyEvent) and _matches(event, _BACK_KEY) \
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

    # ------------------------------------------------------------------ rendering
    def _render(self) -> None:
        self._rendering = True
        try:
            self._reset_page_refs()
            page = QWidget()
            page.setObjectName("decision-page")
            lay = QVBoxLayout(page)
            lay.setSpacing(10)
            self.disclaimer_label = _label(self._disclaimer, scale=0.95)
            lay.addWidget(self.disclaimer_label)
            if self.session is None:
                self.progress_label.setText("")
                lay.addWidget(_label("The decision helper could not be loaded. Run "
                                     "'ipv-guide check-content' to see why.", scale=self._scale))
                self.back_button.setEnabled(False)
                self.restart_button.setEnabled(False)
            else:
                step = self.session.current
                if isinstance(step, Question):
                    self._render_question(step, lay)
                elif isinstance(step, Review):
                    self._render_review(step, lay)
                else:
                    self._render_outcome(step, lay)
                self.back_button.setEnabled(self.session.can_go_back)
                self.restart_button.setEnabled(True)
            lay.addStretch(1)
            # Focus is about to move to the new step. Without this, hiding the old page
            # would first hand focus to the next control in the chain ("Back"), and a
            # screen reader would announce that before the new question.
            focused = QApplication.focusWidget()
            current = self.scroll.widget()
            if focused is not None and current is not None and current.isAncestorOf(focused):
                focused.clearFocus()
            old = self.scroll.takeWidget()
            self.scroll.setWidget(page)
            if old is not None:
                _wipe(old)  # deleteLater waits for the event loop; the text must go now
                old.deleteLater()
            self.page = page
            self._set_tab_order()
        finally:
            self._rendering = False
        self._focus_first()
        self._touch()

    def _reset_page_refs(self) -> None:
        self.choice_group = None
        self.choice_buttons = {}
        self.checklist_boxes = {}
        self.section_buttons = {}
        self.edit_buttons = []
        self.record_fields = {}
        self.next_button = self.confirm_button = self.continue_button = None
        self.name_warning_label = None
        self.print_button = None
        self.clear_record_button: QPushButton | None = None
        self.checklist_toggle: QToolButton | None = None
        self.result_title: QLabel | None = None
        self.full_result_button: _Link | None = None

    def _link_button(self, section_id: str, prefix: str = "Read more: ") -> _Link:
        title = (self.library.section(section_id).title
                 if self.library.has_section(section_id) else section_id)
        link = _Link(prefix + title, section_id)
        f = QFont(link.font())
        f.setPointSizeF(max(f.pointSizeF(), 9.0) * self._scale)
        link.setFont(f)
        link.activated.connect(self.section_requested.emit)
        self.section_buttons.setdefault(section_id, link)
        return link

    def _primary(self, text: str, name: str, description: str = "", *,
                 default: bool = True) -> QPushButton:
        # a label that wraps: a long one ("Everyone is safe now: continue with ...") must
        # never make the page wider than the panel
        b = WrapButton(text, min_height=40)
        _named(b, name, description)
        b.setAutoDefault(True)
        b.setDefault(default)
        f = QFont(b.font())
        f.setPointSizeF(max(f.pointSizeF(), 9.0) * self._scale)
        f.setBold(True)
        b.setFont(f)
        return b

    def _render_question(self, q: Question, lay: QVBoxLayout) -> None:
        assert self.session is not None
        self.progress_label.setText(self._progress_text())
        lay.addWidget(_label(q.text, scale=self._scale * 1.3, bold=True,
                             name=f"Question: {q.text}"))
        lay.addWidget(_label("Why we ask: " + q.why, scale=self._scale))
        if q.help:
            lay.addWidget(_label(q.help, scale=self._scale * 0.95))
        lay.addWidget(self._link_button(q.section))
        if q.needs_check:
            lay.addWidget(_Box("check", "Check the official text", q.check_note))

        box = QGroupBox("Your answer")
        # the answers are announced with their question: the group is named by it, and the
        # first answer (where focus lands on a new step) says it too
        _named(box, f"Your answer to: {q.text}", "Use the Up and Down keys to choose, then "
               "Enter")
        blay = QVBoxLayout(box)
        self.choice_group = QButtonGroup(box)
        self.choice_group.setExclusive(True)
        for i, c in enumerate(q.choices):
            row = _ChoiceRow(c.label, c.help, self.choice_group, i, self._scale)
            self.choice_buttons[c.value] = row.radio
            blay.addWidget(row)
        lay.addWidget(box)
        for i, radio in enumerate(self.choice_group.buttons()):
            of = f"Answer {i + 1} of {len(q.choices)} to: {q.text}"
            help_text = radio.accessibleDescription()
            radio.setAccessibleDescription(f"{of}. {help_text}" if help_text else of)
        suggested = self.session.suggested_choice
        if suggested in self.choice_buttons:
            self.choice_buttons[suggested].setChecked(True)

        if q.checklist and self.flow is not None and q.checklist in self.flow.checklists:
            lay.addWidget(self._checklist(self.flow.checklists[q.checklist]))

        self.next_button = self._primary("Next", "Next", "Go on with the chosen answer (Enter)")
        self.next_button.clicked.connect(self._on_next)
        self.next_button.setEnabled(self.choice_group.checkedButton() is not None)
        self.choice_group.buttonToggled.connect(self._on_choice_toggled)
        lay.addWidget(self.next_button)

    def _progress_text(self) -> str:
        """"Question 5 · about 3 more after this": the question number always goes up by
        one, and no total that grows as the path unfolds ("4 of about 7", then "5 of about
        8" read as going backwards)."""
        assert self.session is not None
        p = self.session.progress()
        left = p.about - p.number
        more = "probably the last one" if left <= 0 else f"about {left} more after this"
        return f"Question {p.number} · {more}"

    def _checklist(self, cl) -> QWidget:  # noqa: ANN001
        wrap = QWidget()
        v = QVBoxLayout(wrap)
        v.setContentsMargins(0, 0, 0, 0)
        toggle = QToolButton()
        toggle.setText("Show: " + cl.title)
        toggle.setCheckable(True)
        toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toggle.setArrowType(Qt.ArrowType.RightArrow)
        _named(toggle, cl.title, "Show or hide the risk factors. They are an aid, not a score.")
        v.addWidget(toggle)
        body = QWidget()
        bl = QVBoxLayout(body)
        bl.addWidget(_label(cl.intro, scale=self._scale * 0.95))
        if cl.status == "check-official-text":
            bl.addWidget(_Box("check", "Check the official text", cl.check_note))
        for g in cl.groups:
            bl.addWidget(_label(g.title, bold=True))
            for item in g.items:
                row = _CheckRow(item, item in self._risk_factors)
                row.box.toggled.connect(lambda on, it=item: self._on_factor(it, on))
                self.checklist_boxes[item] = row.box
                bl.addWidget(row)
        if cl.section:
            bl.addWidget(self._link_button(cl.section))
        body.setVisible(bool(self._risk_factors))
        toggle.setChecked(bool(self._risk_factors))

        def on_toggle(on: bool) -> None:
            body.setVisible(on)
            toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
            toggle.setText(("Hide: " if on else "Show: ") + cl.title)

        toggle.toggled.connect(on_toggle)
        on_toggle(toggle.isChecked())
        self.checklist_toggle = toggle
        v.addWidget(body)
        return wrap

    def _render_review(self, review: Review, lay: QVBoxLayout) -> None:
        self.progress_label.setText("Review")
        lay.addWidget(_label("Check your answers", scale=self._scale * 1.3, bold=True))
        lay.addWidget(_label("Change any answer, or see the result.", scale=self._scale))
        for a in review.items:
            row = QFrame()
            row.setFrameShape(QFrame.Shape.StyledPanel)
            rl = QVBoxLayout(row)
            rl.addWidget(_label(a.question.text, scale=self._scale * 0.95))
            rl.addWidget(_label(a.choice.label, scale=self._scale, bold=True,
                                name=f"Your answer: {a.choice.label}"))
            b = QPushButton("Change")
            _named(b, f"Change your answer to: {a.question.text}"[:200])
            b.setAutoDefault(True)
            b.clicked.connect(lambda _c=False, i=a.index: self._on_edit(i))
            self.edit_buttons.append(b)
            rl.addWidget(b, 0, Qt.AlignmentFlag.AlignLeft)
            lay.addWidget(row)
        self.confirm_button = self._primary("See the result", "See the result",
                                            "Show what the law allows (Enter)")
        self.confirm_button.clicked.connect(self._on_confirm)
        lay.addWidget(self.confirm_button)

    def _render_outcome(self, o: Outcome, lay: QVBoxLayout) -> None:
        assert self.session is not None
        summary = self.session.summary()
        assert summary is not None
        self.progress_label.setText("Result")
        title = _label(o.title, scale=self._scale * 1.4, bold=True, name=f"Result: {o.title}",
                       selectable=True)
        # Focus lands here, so a screen reader announces the result first.
        title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        title.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.result_title = title
        lay.addWidget(title)
        if o.urgent:
            lay.addWidget(_Box("urgent", "Do this now", o.plain))
        else:
            lay.addWidget(_label(o.plain, scale=self._scale, selectable=True))
        if o.continue_with:
            self.continue_button = self._primary(o.continue_label, o.continue_label,
                                                 default=False)
            self.continue_button.clicked.connect(self._on_continue)
            lay.addWidget(self.continue_button)
        self.full_result_button = _Link("Read the full result in the reader", "")
        self.full_result_button.setAccessibleDescription(
            "Link: shows this result as a full page in the reader, with links to the "
            "sections and scenarios that fit, and printing")
        f = QFont(self.full_result_button.font())
        f.setPointSizeF(max(f.pointSizeF(), 9.0) * self._scale)
        self.full_result_button.setFont(f)
        self.full_result_button.activated.connect(
            lambda _t: self.full_result_requested.emit())
        lay.addWidget(self.full_result_button)
        if summary.checks:
            lay.addWidget(_Box("check", "Check the official text", _bullets(summary.checks)))
        if summary.provisions:
            prov = "Provisions: " + "; ".join(summary.provisions)
        else:
            prov = "Provisions: none cited. " + o.provisions_reason
        lay.addWidget(_label(prov, scale=self._scale, bold=True, selectable=True))
        if summary.conditions:
            lay.addWidget(_label("What must still be true", scale=self._scale, bold=True))
            lay.addWidget(_bullet_list(summary.conditions, self._scale))
        lay.addWidget(_label("Telling the person afterwards", scale=self._scale, bold=True))
        lay.addWidget(_label(o.notice.text, scale=self._scale, selectable=True))
        if o.notice.safety:
            lay.addWidget(_Box("safety", "Safety first", o.notice.safety))
        agency = agency_of(self.library)
        contacts = contacts_for(agency, o.consult)
        if agency is not None and contacts:  # the agency's contacts for the roles named
            lay.addWidget(_Box("consult", f"Who to ask at {agency.name}",
                               "\n".join(contacts_text(contacts))))
        if o.route:
            lay.addWidget(_label("Route relied on: " + o.route, scale=self._scale,
                                 selectable=True, name="Route relied on"))
        # Other routes that also fit, each with its consequence first (notice first).
        for alt, ao in summary.alternatives:
            body = alt.consequence
            if ao.provisions:
                body += "\n\nProvisions: " + "; ".join(ao.provisions)
            body += "\n\n" + ao.notice.text
            if ao.notice.safety:
                body += "\n\nSafety: " + ao.notice.safety
            if ao.needs_check:
                body += "\n\nCheck the official text: " + ao.check_note
            lay.addWidget(_Box("alternative", "Another route: " + (ao.route or ao.title), body))
        if summary.record_points:
            lay.addWidget(_label("What to record", scale=self._scale, bold=True))
            lay.addWidget(_bullet_list(summary.record_points, self._scale))
        for sid in summary.sections:
            lay.addWidget(self._link_button(sid))
        lay.addWidget(_label(summary.disclaimer, scale=self._scale, bold=True))
        lay.addWidget(self._record_form(summary))

    def _record_form(self, summary: DecisionSummary) -> QWidget:
        box = QGroupBox("Decision record")
        _named(box, "Decision record", "Optional. Not saved by the app.")
        v = QVBoxLayout(box)
        v.addWidget(_label(
            "Optional. The app never saves this. Print it or save it as a PDF if you need a "
            "copy. It is wiped when you restart, use quick exit, or leave the app idle.",
            scale=0.95))
        # each label on its own line above its field, as wide as the panel: side by side
        # they would push the form wider than the panel and cut off text on the right
        form = QVBoxLayout()
        form.setSpacing(4)
        base = DecisionRecord.prefilled(summary, self._now())
        # Fix the time the outcome was first shown; record() must not drift with the clock.
        self._typed.setdefault("decided_at", base.decided_at)
        for key, label in RECORD_FIELDS:
            value = self._typed.get(key, getattr(base, key))
            if key == "decided_at":
                w = QDateTimeEdit()
                w.setDisplayFormat("yyyy-MM-dd HH:mm")
                w.setCalendarPopup(True)
                dt = QDateTime.fromString(value, "yyyy-MM-dd HH:mm")
                w.setDateTime(dt if dt.isValid() else QDateTime.currentDateTime())
                w.dateTimeChanged.connect(
                    lambda d: self._on_field("decided_at", d.toString("yyyy-MM-dd HH:mm")))
            elif key == "shared":
                w = QComboBox()
                for v_ in SHARED_VALUES:
                    w.addItem(SHARED_LABELS[v_] or "Choose…", v_)
                w.setCurrentIndex(max(0, w.findData(value)))
                w.currentIndexChanged.connect(
                    lambda _i, cb=w: self._on_field("shared", cb.currentData()))
            elif key == "risk_factors":
                w = _label("; ".join(self._risk_factors) or "None ticked (optional: use the "
                           "risk-factor list with the risk question).", selectable=True,
                           name="Risk factors considered")
            elif key in _FREE_TEXT_MULTILINE:
                w = QPlainTextEdit()
                w.setPlainText(value)
                w.setPlaceholderText(_PLACEHOLDERS[key])
                w.setTabChangesFocus(True)
                w.setFixedHeight(int(w.fontMetrics().lineSpacing() * 3.6) + 12)
                w.textChanged.connect(lambda k=key, e=w: self._on_field(k, e.toPlainText()))
            else:
                w = QLineEdit(value)
                w.setPlaceholderText(_PLACEHOLDERS.get(key, ""))
                w.textEdited.connect(lambda t, k=key: self._on_field(k, t))
            _named(w, label, _PLACEHOLDERS.get(key, ""))
            if isinstance(w, (QDateTimeEdit, QComboBox)):
                # the wheel changes them only once focused: scrolling the panel over the
                # form must never change the date or "Shared or not shared"
                guard_wheel(w)
                w.setMinimumWidth(40)
                w.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            elif isinstance(w, QLineEdit):
                w.setMinimumWidth(40)
            self.record_fields[key] = w
            row_label = _label(label)
            row_label.setBuddy(w)
            form.addSpacing(4)
            form.addWidget(row_label)
            form.addWidget(w)
        v.addLayout(form)
        self.name_warning_label = _label("", scale=1.0)
        self.name_warning_label.setAccessibleDescription("Warning: this may be a name")
        self.name_warning_label.setVisible(False)
        v.addWidget(self.name_warning_label)
        buttons = QVBoxLayout()  # stacked: side by side they overflow at large text sizes
        buttons.setSpacing(6)
        clear_b = QPushButton("Clear the record")
        _named(clear_b, "Clear the record", "Empties the record form; your answers stay")
        # destructive: never a default button (Enter on it does nothing; Space or a click
        # clears, with Undo for a few seconds)
        clear_b.setAutoDefault(False)
        clear_b.clicked.connect(self._on_clear_record)
        self.clear_record_button = clear_b
        buttons.addWidget(clear_b, 0, Qt.AlignmentFlag.AlignLeft)
        self.print_button = QPushButton("Print or save as PDF…")
        _named(self.print_button, "Print or save as PDF",
               "Print the result and the record, or save them as a PDF")
        self.print_button.setAutoDefault(True)
        self.print_button.clicked.connect(self.print_requested.emit)
        self.print_button.setVisible(self._print_available)
        buttons.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignLeft)
        v.addLayout(buttons)
        self._update_name_warning()
        return box

    #: set by the main window: the widget before the panel in the Tab order, and after it
    tab_before: QWidget | None = None
    tab_after: QWidget | None = None

    def update_tab_order(self) -> None:
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        if self.page is None:
            return
        controls = (QAbstractButton, QPlainTextEdit, QComboBox, QDateTimeEdit, QLineEdit, QLabel)
        chain = [w for w in self.page.findChildren(QWidget)
                 if isinstance(w, controls) and w.focusPolicy() & Qt.FocusPolicy.TabFocus
                 and not isinstance(w.parentWidget(), (QDateTimeEdit, QComboBox))]
        # findChildren is in document order; Back and Restart come after the page.
        bar = [b for b in self.notice_bar.findChildren(QPushButton)]
        prev = self.tab_before
        for w in [*bar, *chain, self.back_button, self.restart_button, self.tab_after]:
            if w is None:
                continue
            if prev is not None:
                QWidget.setTabOrder(prev, w)
            prev = w

    def refresh_fonts(self) -> None:
        """The app's text size changed (View > Zoom): draw the panel again at the new size,
        keeping every answer and everything typed in the record."""
        base = QApplication.font()
        for lab, scale, bold in ((self.title_label, self._scale * 1.1, True),
                                 (self.progress_label, self._scale * 0.9, False)):
            f = QFont(base)
            f.setPointSizeF(max(base.pointSizeF(), 9.0) * scale)
            f.setBold(bold)
            lab.setFont(f)
        for b in (self.back_button, self.restart_button):
            f = QFont(base)
            f.setPointSizeF(max(base.pointSizeF(), 9.0) * self._scale)
            b.setFont(f)
        focus_in_panel = self.isAncestorOf(QApplication.focusWidget())
        self._render()
        if not focus_in_panel and QApplication.focusWidget() is not None \
                and self.isAncestorOf(QApplication.focusWidget()):
            QApplication.focusWidget().clearFocus()

    def focus_step(self) -> None:
        """Put focus where the current step starts (F6 into the helper): the chosen or
        first answer, "See the result", or the result's title."""
        self._focus_first(scroll=False)

    def _focus_first(self, *, scroll: bool = True) -> None:
        target: QWidget | None = None
        if self.choice_group is not None:
            target = self.choice_group.checkedButton() or (
                self.choice_group.buttons()[0] if self.choice_group.buttons() else None)
        elif self.confirm_button is not None:
            target = self.confirm_button
        elif self.result_title is not None:
            target = self.result_title
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        if scroll:
            self.scroll.verticalScrollBar().setValue(0)
        elif target is not None:
            self.scroll.ensureWidgetVisible(target)

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

    def _on_field(self, key: str, value: str) -> None:
        if self._rendering:
            return
        self._typed[key] = value
        self._update_name_warning()
        self._touch()
        self.record_changed.emit()

    def _on_clear_record(self) -> None:
        if not (self._typed.keys() - {"decided_at"}) and not self._risk_factors:
            return  # nothing typed: nothing to clear
        self.discard_undo()
        self._undo_typed = dict(self._typed)
        self._undo_factors = list(self._risk_factors)
        self._typed.clear()
        self._risk_factors.clear()
        self._render()
        self.record_changed.emit()
        self.notice_bar.show_message(
            "The record form was cleared. Your answers are still here.", "Undo",
            self._undo_record, timeout_ms=UNDO_MS, action_name="Undo: bring back the record")

    def _undo_record(self) -> None:
        self._typed = dict(self._undo_typed)
        self._risk_factors = list(self._undo_factors)
        self._undo_typed, self._undo_factors = {}, []
        self._render()
        self.record_changed.emit()

    def _update_name_warning(self) -> None:
        if self.name_warning_label is None:
            return
        record = self.record()
        hits = record.name_warnings() if record is not None else []
        if hits:
            key, text = hits[0]
            self.name_warning_label.setText(
                f"“{text}” in “{_FIELD_LABELS[key]}” looks like it may be a name. The record "
                "does not need names; write a role instead, such as “the client” or “her "
                "partner”.")
            if not self.name_warning_label.isVisibleTo(self):
                from desktop_app.search_panel import announce

                announce(self.name_warning_label, self.name_warning_label.text())
        self.name_warning_label.setVisible(bool(hits))


def _matches(event: QKeyEvent, seq: QKeySequence) -> bool:
    combo = event.keyCombination()
    return seq.count() == 1 and seq[0] == combo


__all__ = ["DEFAULT_IDLE_MS", "DecisionPanel"]
