"""The window's own bars: the dismissible message bar over the reader (content problems,
updates, notices) and the status bar whose messages never cover its labels."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStatusBar,
    QWidget,
)

from desktop_app import safe_text
from desktop_app.accessible import announce, button, name
from desktop_app.bar_frame import BarFrame
from desktop_app.i18n import Words, is_keyed, said


class MessageBar(BarFrame):
    """A dismissible bar: a message, optional action buttons, and Close.

    ``object_name`` names the bar (``"idleBar"``) and, after it, its buttons
    (``"idleBar.close"``, ``"idleBar.<action name>"``): each widget a test or an
    accessibility tool can tell from the others, whatever the language. A message given
    as a callable (:data:`desktop_app.i18n.Words`) is said again when the language
    changes.

    Signals:
        dismissed(): the user closed it.
    """

    dismissed = Signal()

    def __init__(self, accessible_name: str, parent: QWidget | None = None, *,
                 object_name: str = "messageBar"):
        super().__init__(accessible_name, parent, object_name=object_name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label, 1)
        self._buttons = QHBoxLayout()
        layout.addLayout(self._buttons)
        layout.addWidget(self._add_close_button(self.dismiss))
        self._words: Words = ""
        self.retranslate_ui()
        self.hide()

    def _close_words(self) -> tuple[str, str, str]:
        return (self.tr("Dismiss"), self.tr("Dismiss: {name}").format(name=self._name),
                self.tr("Hide this message"))

    def _language_changed(self) -> None:
        if is_keyed(self._words):  # the message again, in the new language
            self._show_words()

    def set_message(self, words: Words) -> None:
        """Show ``words``; a callable is said again in each new language (a plain string
        is its owner's to say again, as the window's bars do in ``retranslate_ui``).

        Screen readers hear the message when the bar appears, or at once if it is already
        in view (a warning such as the idle clear's must reach a user who cannot see it)."""
        self._words = words
        self._show_words()
        if self.isVisible():
            announce(self, self.label.text())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not event.spontaneous():  # shown by the app, not the window being restored
            announce(self, self.label.text())

    def _show_words(self) -> None:
        text = said(self._words)
        self._set_text(text)
        self.label.setAccessibleName(text)

    def add_action(self, text: str, accessible_name: str, slot: Callable[[], None], *,
                   object_name: str = "") -> QPushButton:
        b = button(text, accessible_name, "", slot, self)
        b.setObjectName(f"{self.objectName()}.{object_name or 'action'}")
        self._buttons.addWidget(b)
        return b

    def dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()


class StatusBar(QStatusBar):
    """A status bar whose messages never cover or cut the labels on its right.

    Qt draws a message (``showMessage``, a hovered result's status tip) as one line from
    the left edge, over whatever is there. Here a message goes into an eliding label that
    only gets the room the permanent labels (search status, text size, content version,
    "Offline") leave; the full text is in its tooltip and accessible name. The window
    routes status tips here (``MainWindow.event``).
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.message_label = QLabel("", self)
        self.message_label.setObjectName("statusMessage")
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setSizePolicy(QSizePolicy.Policy.Ignored,
                                         QSizePolicy.Policy.Preferred)
        self.message_label.setMinimumWidth(0)
        self.message_label.installEventFilter(self)
        name(self.message_label, self.tr("Status message"))
        self.addWidget(self.message_label, 1)
        self._message = ""
        self._words: Callable[[], str] | None = None  # the message's key, if said by say()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clearMessage)

    def say(self, words: Callable[[], str], timeout: int = 0) -> None:
        """Show ``words()`` like :meth:`showMessage`, and say it again if the language
        changes while it shows."""
        self.showMessage(words(), timeout)
        self._words = words if self._message else None

    def showMessage(self, text: str, timeout: int | None = 0) -> None:  # noqa: N802 - Qt name
        self._words = None
        self._message = " ".join((text or "").split())  # one line
        self._fit()
        if timeout and timeout > 0 and self._message:
            self._timer.start(timeout)
        else:
            self._timer.stop()
        self.messageChanged.emit(self._message)

    def clearMessage(self) -> None:  # noqa: N802 - Qt name
        self.showMessage("")

    def currentMessage(self) -> str:  # noqa: N802 - Qt name
        return self._message

    def _fit(self) -> None:
        label = self.message_label
        text = label.fontMetrics().elidedText(self._message, Qt.TextElideMode.ElideRight,
                                              max(0, label.width()))
        label.setText(text)
        # messages hold snippets, file names, what was typed: shown as text, never HTML
        label.setToolTip(safe_text.literal(self._message) if text != self._message else "")
        label.setAccessibleName(self._message or self.tr("Status message"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._resay()
        super().changeEvent(event)

    def _resay(self) -> None:
        """The message in the new language (its time left unchanged), or none."""
        if self._words is not None:
            self._message = " ".join(self._words().split())
            self.messageChanged.emit(self._message)
        elif self._message:  # plain text in the old language: closed
            self._timer.stop()
            self._message = ""
            self.messageChanged.emit("")
        self._fit()  # and the accessible name of an empty message

    def eventFilter(self, obj, event) -> bool:  # noqa: ANN001, N802 - Qt override
        if obj is self.message_label and event.type() in (event.Type.Resize,
                                                          event.Type.FontChange):
            self._fit()
        return super().eventFilter(obj, event)


