"""The frame every message bar is made of: the window's :class:`~desktop_app.window_bars.MessageBar`
and the decision helper's :class:`~desktop_app.undo_bar.InlineBar`.

What they share, set up once here: the message-bar look (the style sheet keys on the
``messageBar`` property), the object names tests and accessibility tools key on
(``<bar>``, ``<bar>.message``, ``<bar>.close``), a plain-text wrapping message label, the
close button and its words, the bar's accessible name, and saying it all again on
``QEvent.LanguageChange``. Each bar lays its parts out itself and says what its close
button reads (:meth:`BarFrame._close_words`, in its own translation context).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QSizePolicy, QWidget

from desktop_app.accessible import name


class BarFrame(QFrame):
    """A message bar's frame and message label; :meth:`_add_close_button` makes its close
    button (called where the bar wants it in the Tab order)."""

    close_button: QPushButton

    def __init__(self, accessible_name: str, parent: QWidget | None, *, object_name: str):
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setProperty("messageBar", True)  # the style sheet's message-bar look
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._name = accessible_name
        self.setAccessibleName(accessible_name)
        self.label = QLabel(self)
        self.label.setObjectName(f"{object_name}.message")
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # messages hold names and paths
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def _add_close_button(self, slot: Callable[[], None]) -> QPushButton:
        """The close button (its words come from :meth:`retranslate_ui`), running ``slot``."""
        self.close_button = QPushButton(self)
        self.close_button.setObjectName(f"{self.objectName()}.close")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(slot)
        return self.close_button

    def _close_words(self) -> tuple[str, str, str]:
        """The close button's text, its spoken name (naming the bar, ``self._name``) and
        its description ("" for none), in the current language."""
        raise NotImplementedError

    def set_name(self, accessible_name: str) -> None:
        """The bar's accessible name (what it is about; its owner says it in the current
        language), and its close button's spoken name with it."""
        self._name = accessible_name
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self._name)
        text, spoken, description = self._close_words()
        self.close_button.setText(text)
        name(self.close_button, spoken, description)

    def _language_changed(self) -> None:
        """After :meth:`retranslate_ui` on a language change: the message, if the bar can
        say it again."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self._language_changed()
        super().changeEvent(event)

    def _set_text(self, text: str) -> None:
        """Show ``text`` as the message, and give it as the bar's description."""
        self.label.setText(text)
        self.setAccessibleDescription(text)
