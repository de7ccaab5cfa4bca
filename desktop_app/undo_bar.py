"""A slim bar inside a panel: a message, one optional action ("Undo", "Keep working") and a
close button; it can hide itself after a few seconds.

Used by the decision helper for "Answers cleared. [Undo]" after Restart or "Clear the
record" (destructive actions are undoable for a few seconds instead of asking first), for
the warning a minute before the idle clear, and for the notice after it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop_app.accessible import announce
from desktop_app.bar_frame import BarFrame
from desktop_app.i18n import Words, is_keyed, said

UNDO_MS = 10_000


class InlineBar(BarFrame):
    """A message with an optional action. :meth:`show_message` shows it, :meth:`discard`
    hides it and forgets the action (nothing to undo any more).

    Words given as callables (:data:`desktop_app.i18n.Words`: the message's key and
    arguments) are said again when the language changes while the bar shows, its action
    and time left kept; a message given as plain text is closed then (it would stay in
    the old language), and its action dropped.

    Signals:
        acted(): the action button was pressed (the action has already run).
        discarded(): the action was dropped unused (timed out, closed, replaced).
    """

    acted = Signal()
    discarded = Signal()

    def __init__(self, accessible_name: str, parent: QWidget | None = None, *,
                 object_name: str = "noticeBar"):
        super().__init__(accessible_name, parent, object_name=object_name)
        # the message on its own line, the buttons under it: beside the buttons a long
        # message (French runs 20-30 % longer) wrapped into a narrow column and was cut off
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 4, 4, 4)
        lay.setSpacing(2)
        lay.addWidget(self.label)
        row = QHBoxLayout()
        row.addStretch(1)
        self.action_button = QPushButton(self)
        self.action_button.setObjectName(f"{object_name}.action")
        self.action_button.setAutoDefault(False)
        self.action_button.clicked.connect(self._act)
        row.addWidget(self.action_button)
        row.addWidget(self._add_close_button(self.discard))  # after the action, in Tab order
        lay.addLayout(row)
        self._action: Callable[[], None] | None = None
        self._words: tuple[Words, Words, Words] = ("", "", "")  # message, action, its name
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.discard)
        self.hide()
        self.retranslate_ui()

    def _close_words(self) -> tuple[str, str, str]:
        return self.tr("Close"), self.tr("Close: {name}").format(name=self._name), ""

    def _language_changed(self) -> None:
        if not self.isHidden() and self.label.text():
            if all(is_keyed(w) or not said(w) for w in self._words):
                self._say()  # the same message in the new language
            else:
                self.discard()  # plain text in the old language: closed

    def show_message(self, text: Words, action_text: Words = "",
                     action: Callable[[], None] | None = None, *, timeout_ms: int = 0,
                     action_name: Words = "") -> None:
        """Show ``text`` with an optional ``action`` button (``action_text``, read aloud
        as ``action_name``); callables are said again in a new language."""
        self._words = (text, action_text, action_name)
        self._action = action
        text = self._say()
        self.action_button.setVisible(bool(said(action_text) and action))
        if timeout_ms > 0:
            self._timer.start(timeout_ms)
        else:
            self._timer.stop()
        self.show()
        announce(self, text)

    def _say(self) -> str:
        text, action_text, action_name = (said(w) for w in self._words)
        self._set_text(text)
        self.action_button.setText(action_text)
        self.action_button.setAccessibleName(action_name or action_text)
        self.action_button.setAccessibleDescription(text)
        return text

    @property
    def has_action(self) -> bool:
        return self.isVisible() and self._action is not None

    def text(self) -> str:
        return self.label.text() if not self.isHidden() else ""

    def _act(self) -> None:
        action, self._action = self._action, None
        self._timer.stop()
        self.hide()
        if action is not None:
            action()
            self.acted.emit()

    def discard(self) -> None:
        """Hide, and forget the action (and whatever it would have restored)."""
        had = self._action is not None
        self._action = None
        self._timer.stop()
        self.label.setText("")
        self._words = ("", "", "")
        self.hide()
        if had:
            self.discarded.emit()
