"""Draws the decision helper's result: what the law allows, the provisions, what must
still be true, notice and safety, who to ask, other routes, what to record, then the
record form.

A part of :class:`~desktop_app.decision.panel.DecisionPanel` (see :mod:`.parts`): every
method runs on the panel.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QVBoxLayout

from content.agency import agency_of, contacts_for
from content.cite_fr import cite_in
from content.decision import Outcome
from desktop_app.agency_view import contacts_text
from desktop_app.decision.controls import CautionBox, LinkLabel, bullet_list, bullets, text_label
from desktop_app.decision.parts import PanelParts

translate = QCoreApplication.translate


class ResultView(PanelParts):
    """The result page of the helper (part of the decision panel)."""

    def _render_outcome(self, o: Outcome, lay: QVBoxLayout) -> None:
        assert self.session is not None
        summary = self.session.summary()
        assert summary is not None
        self.progress_label.setText(translate("DecisionHelper", "Result"))
        title = text_label(o.title, scale=self._scale * 1.4, bold=True,
                           name=translate("DecisionHelper", "Result: {title}").format(
                               title=o.title), selectable=True)
        # Focus lands here, so a screen reader announces the result first.
        title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        title.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.result_title = title
        lay.addWidget(title)
        if o.urgent:
            lay.addWidget(CautionBox("urgent", translate("DecisionHelper", "Do this now"),
                                     o.plain))
        else:
            lay.addWidget(text_label(o.plain, scale=self._scale, selectable=True))
        if o.continue_with:
            self.continue_button = self._primary(o.continue_label, o.continue_label,
                                                 default=False)
            self.continue_button.clicked.connect(self._on_continue)
            lay.addWidget(self.continue_button)
        self.full_result_button = LinkLabel(
            translate("DecisionHelper", "Read the full result in the reader"), "")
        self.full_result_button.setAccessibleDescription(translate(
            "DecisionHelper", "Link: shows this result as a full page in the reader, with "
            "links to the sections and scenarios that fit, and printing"))
        f = QFont(self.full_result_button.font())
        f.setPointSizeF(max(f.pointSizeF(), 9.0) * self._scale)
        self.full_result_button.setFont(f)
        self.full_result_button.activated.connect(
            lambda _t: self.full_result_requested.emit())
        lay.addWidget(self.full_result_button)
        if summary.checks:
            lay.addWidget(CautionBox("check", translate("DecisionHelper", "Check the official "
                                                        "text"), bullets(summary.checks)))
        if summary.provisions:
            prov = summary.label("provisions") + " " + "; ".join(
                cite_in(self.library.language, p) for p in summary.provisions)
        else:
            prov = summary.label("provisions_none") + " " + o.provisions_reason
        lay.addWidget(text_label(prov, scale=self._scale, bold=True, selectable=True))
        if summary.conditions:
            lay.addWidget(text_label(translate("DecisionHelper", "What must still be true"),
                                     scale=self._scale, bold=True))
            lay.addWidget(bullet_list(summary.conditions, self._scale))
        lay.addWidget(text_label(summary.label("notice"), scale=self._scale, bold=True))
        lay.addWidget(text_label(o.notice.text, scale=self._scale, selectable=True))
        if o.notice.safety:
            lay.addWidget(CautionBox("safety", translate("DecisionHelper", "Safety first"),
                                     o.notice.safety))
        agency = agency_of(self.library)
        contacts = contacts_for(agency, o.consult)
        if agency is not None and contacts:  # the agency's contacts for the roles named
            lay.addWidget(CautionBox("consult", translate(
                "DecisionHelper", "Who to ask at {agency}").format(agency=agency.name),
                "\n".join(contacts_text(contacts))))
        if o.route:
            route_label = summary.label("field_route")
            lay.addWidget(text_label(translate("DecisionHelper", "{label}: {route}").format(
                label=route_label, route=o.route), scale=self._scale, selectable=True,
                name=route_label))
        # Other routes that also fit, each with its consequence first (notice first).
        for alt, ao in summary.alternatives:
            body = alt.consequence
            if ao.provisions:
                body += "\n\n" + summary.label("provisions") + " " + "; ".join(
                    cite_in(self.library.language, p) for p in ao.provisions)
            body += "\n\n" + ao.notice.text
            if ao.notice.safety:
                body += "\n\n" + summary.label("safety") + " " + ao.notice.safety
            if ao.needs_check:
                body += "\n\n" + summary.label("check_official_text") + " " + ao.check_note
            lay.addWidget(CautionBox("alternative", summary.label(
                "another_route", route=ao.route or ao.title), body))
        if summary.record_points:
            lay.addWidget(text_label(summary.label("record"), scale=self._scale, bold=True))
            lay.addWidget(bullet_list(summary.record_points, self._scale))
        for sid in summary.sections:
            lay.addWidget(self._link_button(sid))
        lay.addWidget(text_label(summary.disclaimer, scale=self._scale, bold=True))
        lay.addWidget(self._record_form(summary))
