"""The decision panel in the current language: its frame's words, a redraw on Qt's
LanguageChange (installing or removing a translator), and :meth:`set_library` to carry the
answers, the record and the Undo copy over to the same guide in another language.

A part of :class:`~desktop_app.decision.panel.DecisionPanel` (see :mod:`.parts`): every
method runs on the panel.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent

from content.decision import DecisionSession
from content.model import Library
from desktop_app.decision.controls import named
from desktop_app.decision.parts import PanelParts

translate = QCoreApplication.translate


class PanelLanguage(PanelParts):
    """The panel's words in the current language (part of the decision panel)."""

    def _retranslate_frame(self) -> None:
        """The frame's own words (the page is drawn again by :meth:`retranslate_ui`)."""
        named(self, translate("DecisionHelper", "Decision helper"),
              translate("DecisionHelper", "May I share this without consent? One question "
                        "at a time."))
        self.title_label.setText(self.flow.title if self.flow
                                 else translate("DecisionHelper", "Decision helper"))
        self.progress_label.setAccessibleDescription(translate("DecisionHelper", "Progress"))
        self._disclaimer = (self.flow.disclaimer if self.flow else
                            translate("DecisionHelper", "This is not legal advice."))
        self.notice_bar.set_name(translate("DecisionHelper", "Decision helper message"))
        named(self.scroll, translate("DecisionHelper", "Current step"))
        back_tip = translate("DecisionHelper", "Go back one step (Alt+Left)")
        self.back_button.setText(translate("DecisionHelper", "Back"))
        named(self.back_button, translate("DecisionHelper", "Back"), back_tip)
        self.back_button.setToolTip(back_tip)
        self.restart_button.setText(translate("DecisionHelper", "Restart"))
        named(self.restart_button, translate("DecisionHelper", "Restart"),
              translate("DecisionHelper", "Start again. Clears every answer and the decision "
                        "record."))
        self.restart_button.setToolTip(translate(
            "DecisionHelper", "Start again; clears every answer and the record (you can undo "
            "it for a few seconds)"))

    def retranslate_ui(self) -> None:
        """Say everything again in the current language (Qt's translators and the flow in
        :attr:`library`), keeping every answer, tick and typed record field."""
        self._retranslate_frame()
        self._render_in_place()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "notice_bar"):
            self.retranslate_ui()
        super().changeEvent(event)

    def set_library(self, library: Library,
                    factor_words: dict[str, str] | None = None) -> None:
        """Use ``library`` (the same guide in another language) from now on, keeping the
        answers, the record, the ticked risk factors and the Undo copy: the flows of both
        languages have the same questions, values and outcomes (``check-content``'s parity
        check), so the session only changes the words it shows. A flow whose structure
        differs starts over. ``factor_words`` maps each ticked factor's words to the new
        flow's (desktop_app/language_switch.py)."""
        words = factor_words or {}
        self._risk_factors = [words.get(f, f) for f in self._risk_factors]
        self._undo_factors = [words.get(f, f) for f in self._undo_factors]
        self.library = library
        flow = library.flows.get(self._flow_id)
        self.flow = flow
        if flow is None:
            self.session = None
        else:
            for session in (self.session, self._undo_session):
                if session is None:
                    continue
                old = session.flow
                session.flow = flow
                try:
                    session.current  # noqa: B018 - resolves the path on the new flow
                    session.summary()
                except Exception:  # noqa: BLE001 - another structure: keep the old words
                    session.flow = old
            if self.session is None:
                self.session = DecisionSession(flow)
                self.session.start()
        self.retranslate_ui()
        self.record_changed.emit()
