"""Draws the decision helper's current step: a question (with its risk-factor
checklist), the review of the answers, or a result; and keeps focus and the Tab order on
the step that is showing.

A part of :class:`~desktop_app.decision.panel.DecisionPanel` (see :mod:`.parts`): every
method runs on the panel. Each render builds a fresh page and throws the old one away, text wiped.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from content.decision import Checklist, Question, Review
from desktop_app.decision.controls import (
    CautionBox,
    CheckRow,
    ChoiceRow,
    LinkLabel,
    named,
    text_label,
    wipe_page,
)
from desktop_app.decision.parts import PanelParts
from desktop_app.decision.result_view import ResultView
from desktop_app.wrap_button import WrapButton

translate = QCoreApplication.translate



class StepView(ResultView, PanelParts):
    """Rendering of the current step (part of the decision panel)."""

    def _render(self) -> None:
        self._rendering = True
        try:
            self._reset_page_refs()
            page = QWidget()
            page.setObjectName("decision-page")
            lay = QVBoxLayout(page)
            lay.setSpacing(10)
            self.disclaimer_label = text_label(self._disclaimer, scale=0.95)
            lay.addWidget(self.disclaimer_label)
            if self.session is None:
                self.progress_label.setText("")
                lay.addWidget(text_label(translate(
                    "DecisionHelper", "The decision helper could not be loaded. Run "
                    "'ipv-guide check-content' to see why."), scale=self._scale))
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
                wipe_page(old)  # deleteLater waits for the event loop; the text must go now
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
        self.clear_record_button = None
        self.checklist_toggle = None
        self.result_title = None
        self.full_result_button = None

    def _link_button(self, section_id: str) -> LinkLabel:
        title = (self.library.section(section_id).title
                 if self.library.has_section(section_id) else section_id)
        link = LinkLabel(translate("DecisionHelper", "Read more: {title}").format(title=title),
                         section_id)
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
        b.setObjectName("decision-primary")
        named(b, name, description)
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
        lay.addWidget(text_label(q.text, scale=self._scale * 1.3, bold=True,
                                 name=translate("DecisionHelper", "Question: {text}").format(
                                     text=q.text)))
        lay.addWidget(text_label(translate("DecisionHelper", "Why we ask: {why}").format(
            why=q.why), scale=self._scale))
        if q.help:
            lay.addWidget(text_label(q.help, scale=self._scale * 0.95))
        lay.addWidget(self._link_button(q.section))
        if q.needs_check:
            lay.addWidget(CautionBox("check", translate("DecisionHelper", "Check the official "
                                                        "text"), q.check_note))

        box = QGroupBox(translate("DecisionHelper", "Your answer"))
        box.setObjectName("decision-answers")
        # the answers are announced with their question: the group is named by it, and the
        # first answer (where focus lands on a new step) says it too
        named(box, translate("DecisionHelper", "Your answer to: {question}").format(
            question=q.text), translate("DecisionHelper", "Use the Up and Down keys to "
                                        "choose, then Enter"))
        blay = QVBoxLayout(box)
        self.choice_group = QButtonGroup(box)
        self.choice_group.setExclusive(True)
        for i, c in enumerate(q.choices):
            row = ChoiceRow(c.label, c.help, self.choice_group, i, self._scale)
            self.choice_buttons[c.value] = row.radio
            blay.addWidget(row)
        lay.addWidget(box)
        for i, radio in enumerate(self.choice_group.buttons()):
            of = translate("DecisionHelper", "Answer {n} of {total} to: {question}").format(
                n=i + 1, total=len(q.choices), question=q.text)
            help_text = radio.accessibleDescription()
            radio.setAccessibleDescription(f"{of}. {help_text}" if help_text else of)
        suggested = self.session.suggested_choice
        if suggested in self.choice_buttons:
            self.choice_buttons[suggested].setChecked(True)

        if q.checklist and self.flow is not None and q.checklist in self.flow.checklists:
            lay.addWidget(self._checklist(self.flow.checklists[q.checklist]))

        self.next_button = self._primary(
            translate("DecisionHelper", "Next"), translate("DecisionHelper", "Next"),
            translate("DecisionHelper", "Go on with the chosen answer (Enter)"))
        self.next_button.clicked.connect(self._on_next)
        self.next_button.setEnabled(self.choice_group.checkedButton() is not None)
        self.choice_group.buttonToggled.connect(self._on_choice_toggled)
        lay.addWidget(self.next_button)

    def _progress_text(self) -> str:
        """"Question 5 · about 3 more after this one": the question number always goes up
        by one, and no total that grows as the path unfolds ("4 of about 7", then "5 of about
        8" read as going backwards). A %n plural: "about 1 more", "environ 1 autre"."""
        assert self.session is not None
        p = self.session.progress()
        left = p.about - p.number
        if left <= 0:
            return translate("DecisionHelper", "Question {n} · probably the last one").format(
                n=p.number)
        return translate("DecisionHelper", "Question {n} · about %n more after this one",
                         "", left).format(n=p.number)

    def _checklist(self, cl: Checklist) -> QWidget:
        wrap = QWidget()
        wrap.setObjectName(f"checklist:{cl.id}")
        v = QVBoxLayout(wrap)
        v.setContentsMargins(0, 0, 0, 0)
        # a wrapping button, not a QToolButton: "Masquer : Facteurs de risque à considérer
        # (CEDVF)" is wider than the panel and a tool button's text never wraps
        toggle = WrapButton(translate("DecisionHelper", "Show: {title}").format(title=cl.title))
        toggle.setObjectName(f"checklist:{cl.id}.toggle")
        toggle.setCheckable(True)
        toggle.setAutoDefault(False)
        named(toggle, cl.title, translate("DecisionHelper", "Show or hide the risk factors. "
                                          "They are an aid, not a score."))
        v.addWidget(toggle)
        body = QWidget()
        bl = QVBoxLayout(body)
        bl.addWidget(text_label(cl.intro, scale=self._scale * 0.95))
        if cl.status == "check-official-text":
            bl.addWidget(CautionBox("check", translate("DecisionHelper", "Check the official "
                                                       "text"), cl.check_note))
        for g in cl.groups:
            bl.addWidget(text_label(g.title, bold=True))
            for item in g.items:
                row = CheckRow(item, item in self._risk_factors)
                row.box.toggled.connect(lambda on, it=item: self._on_factor(it, on))
                self.checklist_boxes[item] = row.box
                bl.addWidget(row)
        if cl.section:
            bl.addWidget(self._link_button(cl.section))
        body.setVisible(bool(self._risk_factors))
        toggle.setChecked(bool(self._risk_factors))

        def on_toggle(on: bool) -> None:
            body.setVisible(on)
            toggle.setText((translate("DecisionHelper", "Hide: {title}") if on else
                            translate("DecisionHelper", "Show: {title}")).format(title=cl.title))

        toggle.toggled.connect(on_toggle)
        on_toggle(toggle.isChecked())
        self.checklist_toggle = toggle
        v.addWidget(body)
        return wrap

    def _render_review(self, review: Review, lay: QVBoxLayout) -> None:
        self.progress_label.setText(translate("DecisionHelper", "Review"))
        lay.addWidget(text_label(translate("DecisionHelper", "Check your answers"),
                                 scale=self._scale * 1.3, bold=True))
        lay.addWidget(text_label(translate("DecisionHelper", "Change any answer, or see the "
                                           "result."), scale=self._scale))
        for a in review.items:
            row = QFrame()
            row.setObjectName(f"review:{a.question.id}")
            row.setFrameShape(QFrame.Shape.StyledPanel)
            rl = QVBoxLayout(row)
            rl.addWidget(text_label(a.question.text, scale=self._scale * 0.95))
            rl.addWidget(text_label(a.choice.label, scale=self._scale, bold=True,
                                    name=translate("DecisionHelper", "Your answer: {answer}"
                                                   ).format(answer=a.choice.label)))
            b = QPushButton(translate("DecisionHelper", "Change"))
            b.setObjectName(f"review:{a.question.id}.change")
            spoken = translate("DecisionHelper", "Change your answer to: {question}").format(
                question=a.question.text)
            # at most 200 characters, cut between words (never "demand" for "demande")
            named(b, spoken if len(spoken) <= 200 else spoken[:200].rsplit(" ", 1)[0] + "…")
            b.setAutoDefault(True)
            b.clicked.connect(lambda _c=False, i=a.index: self._on_edit(i))
            self.edit_buttons.append(b)
            rl.addWidget(b, 0, Qt.AlignmentFlag.AlignLeft)
            lay.addWidget(row)
        see = translate("DecisionHelper", "See the result")
        self.confirm_button = self._primary(see, see, translate(
            "DecisionHelper", "Show what the law allows (Enter)"))
        self.confirm_button.clicked.connect(self._on_confirm)
        lay.addWidget(self.confirm_button)

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
        self._render_in_place()

    def _render_in_place(self) -> None:
        """Draw the step again (new words or fonts) without taking focus: it stays where it
        was, in the panel or outside it."""
        before = QApplication.focusWidget()
        focus_in_panel = before is not None and self.isAncestorOf(before)
        self._render()
        after = QApplication.focusWidget()
        if not focus_in_panel and after is not None and self.isAncestorOf(after):
            after.clearFocus()

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
