"""The window's own bars: the dismissible message bar over the reader (content problems,
updates, notices) and the status bar whose messages never cover its labels."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStatusBar,
    QWidget,
)

from desktop_app import safe_text
from desktop_app.accessible import button, name


class MessageBar(QFrame):
    """A dismissible bar: a message, optional action buttons, and Close.

    Signals:
        dismissed(): the user closed it.
    """

    dismissed = Signal()

    def __init__(self, accessible_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        name(self, accessible_name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # messages hold names and paths
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.label, 1)
        self._buttons = QHBoxLayout()
        layout.addLayout(self._buttons)
        self.close_button = button("", "", "", self.dismiss, self)
        layout.addWidget(self.close_button)
        self._name = accessible_name
        self.retranslate_ui()
        self.hide()

    def set_name(self, accessible_name: str) -> None:
        """The bar's accessible name (what it is about), e.g. again in a new language."""
        self._name = accessible_name
        name(self, accessible_name)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.close_button.setText(self.tr("Dismiss"))
        name(self.close_button, self.tr("Dismiss: {name}").format(name=self._name),
             self.tr("Hide this message"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_message(self, text: str) -> None:
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self.setAccessibleDescription(text)

    def add_action(self, text: str, accessible_name: str, slot: Callable[[], None]) -> QPushButton:
        b = button(text, accessible_name, "", slot, self)
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
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clearMessage)

    def showMessage(self, text: str, timeout: int | None = 0) -> None:  # noqa: N802 - Qt name
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
            self._fit()  # the accessible name of an empty message
        super().changeEvent(event)

    def eventFilter(self, obj, event) -> bool:  # noqa: ANN001, N802 - Qt override
        if obj is self.message_label and event.type() in (event.Type.Resize,
                                                          event.Type.FontChange):
            self._fit()
        return super().eventFilter(obj, event)


