"""The decision record form under a result, and the record as data.

Optional, never saved: what the user types lives in the panel's memory (``_typed``) until
it is printed, exported, cleared, or wiped by quick exit or the idle clear. A field that
looks like a person's name gets a warning: the record needs roles, not names.

A part of :class:`~desktop_app.decision.panel.DecisionPanel` (see :mod:`.parts`): every
method runs on the panel.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from content.cite_fr import cite_in
from content.decision import (
    SHARED_VALUES,
    DecisionRecord,
    DecisionSummary,
    record_fields,
    record_markdown,
    shared_label,
)
from desktop_app.decision.controls import named, text_label
from desktop_app.decision.parts import PanelParts
from desktop_app.undo_bar import UNDO_MS
from desktop_app.wheel_guard import guard_wheel
from desktop_app.wrap_button import WrapButton

_FREE_TEXT_MULTILINE = ("what", "why", "notice", "follow_up")
#: How much one field of the record keeps: a page or so of notes in a box, a line in a
#: line. A whole case file pasted in made every key typed after it slow (the name check
#: reads every field) and the printed record hundreds of pages long.
MAX_TEXT_CHARS = 5000
MAX_LINE_CHARS = 500
translate = QCoreApplication.translate


def _placeholders() -> dict[str, str]:
    """The record form's hints, in the current language."""
    return {
        "role": translate("DecisionHelper", "For example: shelter counsellor. No names "
                          "needed."),
        "authority": translate("DecisionHelper", "The provision you relied on"),
        "route": translate("DecisionHelper", "The route you relied on, for example the "
                           "law-enforcement route (no notice)"),
        "what": translate("DecisionHelper", "What you shared, or decided not to share"),
        "to_whom": translate("DecisionHelper", "For example: police service, the person at "
                             "risk. No names needed."),
        "why": translate("DecisionHelper", "The facts and risk factors behind your decision"),
        "consent": translate("DecisionHelper", "Asked? Given, refused, or why you did not "
                             "ask"),
        "notice": translate("DecisionHelper", "When and how notice was given, or why not"),
        "follow_up": translate("DecisionHelper", "What happens next, and who does it"),
    }


class RecordForm(PanelParts):
    """The record form and the record as data (part of the decision panel)."""

    def record(self) -> DecisionRecord | None:
        """The decision record form as data (None until an outcome is shown)."""
        summary = self.summary()
        if summary is None:
            return None
        base = DecisionRecord.prefilled(summary, self._now())
        return replace(base, **self._typed, risk_factors=tuple(self._risk_factors),
                       outcome_id=summary.outcome_id, outcome_title=summary.title)

    def current_record(self) -> dict[str, object]:
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

        def cite(provision: str) -> str:
            return cite_in(self.library.language, provision)

        return summary.to_markdown(title, cite) + "\n" + record_markdown(summary, record)


    def _record_form(self, summary: DecisionSummary) -> QWidget:
        labels = summary.labels
        hints = _placeholders()
        box = QGroupBox(summary.label("record_title"))
        box.setObjectName("record")
        named(box, summary.label("record_title"),
              translate("DecisionHelper", "Optional. Not saved by the app."))
        v = QVBoxLayout(box)
        v.addWidget(text_label(translate(
            "DecisionHelper", "Optional. The app never saves this. Print it or save it as a "
            "PDF if you need a copy. It is wiped when you restart, use quick exit, or leave "
            "the app idle."), scale=0.95))
        # each label on its own line above its field, as wide as the panel: side by side
        # they would push the form wider than the panel and cut off text on the right
        form = QVBoxLayout()
        form.setSpacing(4)
        base = DecisionRecord.prefilled(summary, self._now())
        # Fix the time the outcome was first shown; record() must not drift with the clock.
        self._typed.setdefault("decided_at", base.decided_at)
        prefilled = base.as_dict()
        for key, label in record_fields(labels):
            value = self._typed.get(key, prefilled[key])
            w: QWidget
            if key == "decided_at":
                when = QDateTimeEdit()
                when.setDisplayFormat("yyyy-MM-dd HH:mm")
                when.setCalendarPopup(True)
                dt = QDateTime.fromString(value, "yyyy-MM-dd HH:mm")
                when.setDateTime(dt if dt.isValid() else QDateTime.currentDateTime())
                when.dateTimeChanged.connect(
                    lambda d: self._on_field("decided_at", d.toString("yyyy-MM-dd HH:mm")))
                w = when
            elif key == "shared":
                combo = QComboBox()
                for v_ in SHARED_VALUES:
                    combo.addItem(shared_label(v_, labels)
                                  or translate("DecisionHelper", "Choose…"), v_)
                combo.setCurrentIndex(max(0, combo.findData(value)))
                combo.currentIndexChanged.connect(
                    lambda _i, cb=combo: self._on_field("shared", cb.currentData()))
                w = combo
            elif key == "risk_factors":
                w = text_label("; ".join(self._risk_factors) or translate(
                    "DecisionHelper", "None ticked (optional: use the risk-factor list with "
                    "the risk question)."), selectable=True, name=label)
            elif key in _FREE_TEXT_MULTILINE:
                text = QPlainTextEdit()
                text.setPlainText(value)
                text.setPlaceholderText(hints[key])
                text.setTabChangesFocus(True)
                text.setFixedHeight(int(text.fontMetrics().lineSpacing() * 3.6) + 12)
                text.textChanged.connect(lambda k=key, e=text: self._on_text_field(k, e))
                w = text
            else:
                line = QLineEdit(value)
                line.setMaxLength(MAX_LINE_CHARS)
                line.setPlaceholderText(hints.get(key, ""))
                line.textEdited.connect(lambda t, k=key: self._on_field(k, t))
                w = line
            named(w, label, hints.get(key, ""))
            w.setObjectName(f"record:{key}")
            if isinstance(w, (QDateTimeEdit, QComboBox)):
                # the wheel changes them only once focused: scrolling the panel over the
                # form must never change the date or "Shared or not shared"
                guard_wheel(w)
                w.setMinimumWidth(40)
                w.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            elif isinstance(w, QLineEdit):
                w.setMinimumWidth(40)
            self.record_fields[key] = w
            row_label = text_label(label, object_name=f"record:{key}.label")
            row_label.setBuddy(w)
            form.addSpacing(4)
            form.addWidget(row_label)
            form.addWidget(w)
        v.addLayout(form)
        self.name_warning_label = text_label("", scale=1.0)
        self.name_warning_label.setAccessibleDescription(
            translate("DecisionHelper", "Warning: this may be a name"))
        self.name_warning_label.setVisible(False)
        v.addWidget(self.name_warning_label)
        buttons = QVBoxLayout()  # stacked: side by side they overflow at large text sizes
        buttons.setSpacing(6)
        # wrapping buttons: "Imprimer ou enregistrer en PDF…" at 200 % text is wider than
        # the panel, and a QPushButton's text never wraps
        clear_b = WrapButton(translate("DecisionHelper", "Clear the record"))
        clear_b.setObjectName("record-clear")
        named(clear_b, translate("DecisionHelper", "Clear the record"),
              translate("DecisionHelper", "Empties the record form; your answers stay"))
        # destructive: never a default button (Enter on it does nothing; Space or a click
        # clears, with Undo for a few seconds)
        clear_b.setAutoDefault(False)
        clear_b.clicked.connect(self._on_clear_record)
        self.clear_record_button = clear_b
        buttons.addWidget(clear_b)
        self.print_button = WrapButton(translate("DecisionHelper", "Print or save as PDF…"))
        self.print_button.setObjectName("record-print")
        named(self.print_button, translate("DecisionHelper", "Print or save as PDF"),
              translate("DecisionHelper", "Print the result and the record, or save them as "
                        "a PDF"))
        self.print_button.setAutoDefault(True)
        self.print_button.clicked.connect(self.print_requested.emit)
        self.print_button.setVisible(self._print_available)
        buttons.addWidget(self.print_button)
        v.addLayout(buttons)
        self._update_name_warning()
        return box

    #: set by the main window: the widget before the panel in the Tab order, and after it

    def _on_text_field(self, key: str, editor: QPlainTextEdit) -> None:
        """A box's text changed: keep at most :data:`MAX_TEXT_CHARS` of it, and say so."""
        value = editor.toPlainText()
        if len(value) > MAX_TEXT_CHARS and not self._rendering:
            value = value[:MAX_TEXT_CHARS]
            editor.blockSignals(True)
            try:
                editor.setPlainText(value)
                editor.moveCursor(QTextCursor.MoveOperation.End)
            finally:
                editor.blockSignals(False)
            self.notice_bar.show_message(lambda: translate(  # the number is MAX_TEXT_CHARS
                "DecisionHelper", "A field of the record keeps up to 5,000 characters; the "
                "rest of what was pasted was not kept. Keep full notes in your agency's "
                "own records."))
        self._on_field(key, value)

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
        self.notice_bar.show_message(  # callables: said again if the language changes
            lambda: translate("DecisionHelper", "The record form was cleared. Your answers "
                              "are still here."), lambda: translate("DecisionHelper", "Undo"),
            self._undo_record, timeout_ms=UNDO_MS,
            action_name=lambda: translate("DecisionHelper", "Undo: bring back the record"))

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
            summary = self.summary()
            labels = dict(record_fields(summary.labels if summary is not None else None))
            self.name_warning_label.setText(translate(
                "DecisionHelper", "“{text}” in “{field}” looks like it may be a name. The "
                "record does not need names; write a role instead, such as “the client” or "
                "“her partner”.").format(text=text, field=labels[key]))
            if not self.name_warning_label.isVisibleTo(self):
                from desktop_app.accessible import announce

                announce(self.name_warning_label, self.name_warning_label.text())
        self.name_warning_label.setVisible(bool(hits))
