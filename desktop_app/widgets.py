"""Small widgets the main window is built from: message bars, the find bar, the hit bar,
the glossary definition bar, and a flow layout for filter chips."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStatusBar,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QTreeWidget,
    QWidget,
    QWidgetItem,
)

from content.html_escape import esc
from desktop_app import safe_text


def name(widget: QWidget, accessible_name: str, description: str = "") -> QWidget:
    """Give ``widget`` an accessible name (and description); return it."""
    widget.setAccessibleName(accessible_name)
    if description:
        widget.setAccessibleDescription(description)
    return widget


def button(text: str, accessible_name: str, description: str = "",
           slot: Callable[[], None] | None = None, parent: QWidget | None = None) -> QPushButton:
    b = QPushButton(text, parent)
    name(b, accessible_name, description)
    if slot is not None:
        b.clicked.connect(slot)
    return b


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
        self.close_button = button("Dismiss", f"Dismiss: {accessible_name}",
                                   "Hide this message", self.dismiss, self)
        layout.addWidget(self.close_button)
        self.hide()

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


class FindBar(QFrame):
    """Find in page: a box, the match count, previous/next, close.

    Signals:
        text_changed(str), next_requested(), previous_requested(), closed()
    """

    text_changed = Signal(str)
    next_requested = Signal()
    previous_requested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        name(self, "Find in page")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        label = QLabel("Find in page:", self)
        layout.addWidget(label)
        self.edit = QLineEdit(self)
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText("word or phrase")
        name(self.edit, "Find in page", "Type to highlight every match in the open page. "
             "Enter: next match; Shift+Enter: previous; Escape: close.")
        label.setBuddy(self.edit)
        layout.addWidget(self.edit, 1)
        self.count_label = QLabel("", self)
        self.count_label.setMinimumWidth(110)
        name(self.count_label, "Matches")
        layout.addWidget(self.count_label)
        self.prev_button = button("Previous", "Previous match", "Shift+Enter",
                                  self.previous_requested.emit, self)
        self.next_button = button("Next", "Next match", "Enter", self.next_requested.emit, self)
        self.close_button = button("Close", "Close find in page", "Escape", self.close_bar, self)
        for b in (self.prev_button, self.next_button, self.close_button):
            layout.addWidget(b)
        self.edit.textChanged.connect(self.text_changed.emit)
        self.edit.returnPressed.connect(self.next_requested.emit)
        self.edit.installEventFilter(self)
        self.hide()

    def eventFilter(self, obj, event) -> bool:  # noqa: ANN001, N802 - Qt override
        if obj is self.edit and event.type() == event.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                    event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.previous_requested.emit()
                return True
        return super().eventFilter(obj, event)

    def open_bar(self) -> None:
        self.show()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def close_bar(self) -> None:
        was_visible = self.isVisible()
        self.hide()
        if was_visible:
            self.closed.emit()

    def set_count(self, current: int, total: int) -> None:
        if not self.edit.text():
            text = ""
        elif total == 0:
            text = "No matches"
        elif current >= 0:
            text = f"{current + 1} of {total} match{'es' if total != 1 else ''}"
        else:
            text = f"{total} match{'es' if total != 1 else ''}"
        self.count_label.setText(text)
        self.count_label.setAccessibleName(text or "Matches")


class HitBar(QFrame):
    """Shown when a page was opened from a search: 'consent': 2 of 7, previous/next, clear.

    The query is elided to fit, never the count: a long query never pushes "match 2 of 7"
    out of the bar; the full text is in the tooltip and the accessible name."""

    def __init__(self, on_prev: Callable[[], None], on_next: Callable[[], None],
                 on_clear: Callable[[], None], parent: QWidget | None = None):
        super().__init__(parent)
        name(self, "Search matches in this page")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        self.label = QLabel("", self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # it shows what was typed
        # its width comes from the bar, not from the query's length
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.label.setMinimumWidth(0)
        self.label.installEventFilter(self)  # re-fit whenever the label changes size
        layout.addWidget(self.label, 1)
        # short labels leave the words found room; the keys are in the tooltips
        self.prev_button = button("Previous", "Previous match",
                                  "Go to the previous search match in this page (Shift+F3)",
                                  on_prev, self)
        self.prev_button.setToolTip("Previous match (Shift+F3)")
        self.next_button = button("Next", "Next match",
                                  "Go to the next search match in this page (F3)", on_next, self)
        self.next_button.setToolTip("Next match (F3)")
        self.clear_button = button("Clear", "Clear highlights",
                                   "Remove the search highlights from this page", on_clear, self)
        for b in (self.prev_button, self.next_button, self.clear_button):
            layout.addWidget(b)
        self.query = ""
        self._count = self._short = ""
        self.full_text = ""
        self.hide()

    def set_state(self, query: str, current: int, total: int) -> None:
        if not query:
            self.clear()
            return
        if total == 0:
            count, short = "no matches in this page", "no matches"
        elif current >= 0:
            count, short = f"match {current + 1} of {total} in this page", \
                f"{current + 1} of {total}"
        else:
            count = f"{total} match{'es' if total != 1 else ''} in this page"
            short = f"{total} match{'es' if total != 1 else ''}"
        self.query, self._count, self._short = query, count, short
        self.full_text = f"Search “{query}”: {count}"
        self.label.setAccessibleName(self.full_text)
        self.prev_button.setEnabled(total > 0)
        self.next_button.setEnabled(total > 0)
        self.show()
        self._fit()

    def clear(self) -> None:
        """Hide, and keep nothing of the search (quick exit, a new search)."""
        self.query = self._count = self._short = self.full_text = ""
        self.label.setText("")
        self.label.setToolTip("")
        self.label.setAccessibleName("")
        self.hide()

    def _fit(self) -> None:
        if not self.full_text:
            return
        fm = self.label.fontMetrics()
        room = self.label.width()
        text = self.full_text
        if fm.horizontalAdvance(text) > room:
            # the count always whole: fewer words around the query first, then the query
            # shortened, then the count alone
            for candidate in (f"“{self.query}”: {self._count}",
                              f"“{self.query}”: {self._short}"):
                if fm.horizontalAdvance(candidate) <= room:
                    text = candidate
                    break
            else:
                after = f"”: {self._short}"
                q_room = room - fm.horizontalAdvance("“" + after)
                if q_room >= 3 * fm.averageCharWidth() + fm.horizontalAdvance("…"):
                    text = "“" + fm.elidedText(self.query, Qt.TextElideMode.ElideRight,
                                               q_room) + after
                else:
                    text = self._short
        self.label.setText(text)
        # the query is what was typed: shown as text, never as HTML
        self.label.setToolTip(safe_text.literal(self.full_text) if text != self.full_text
                              else "")

    def eventFilter(self, obj, event) -> bool:  # noqa: ANN001, N802 - Qt override
        if obj is self.label and event.type() in (event.Type.Resize, event.Type.FontChange):
            self._fit()
        return super().eventFilter(obj, event)


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
        name(self.message_label, "Status message")
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
        label.setAccessibleName(self._message or "Status message")

    def eventFilter(self, obj, event) -> bool:  # noqa: ANN001, N802 - Qt override
        if obj is self.message_label and event.type() in (event.Type.Resize,
                                                          event.Type.FontChange):
            self._fit()
        return super().eventFilter(obj, event)


class DefinitionBar(QFrame):
    """A glossary definition shown under the reader after a glossary link is clicked.

    Signals:
        open_glossary(str): the user wants the full glossary at this term.
    """

    open_glossary = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        name(self, "Glossary definition")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel("", self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.label, 1)
        self.glossary_button = button("Open in glossary", "Open in glossary",
                                      "Show this term in the full glossary",
                                      lambda: self.open_glossary.emit(self.term_id), self)
        self.close_button = button("Close", "Close definition", "", self.hide, self)
        layout.addWidget(self.glossary_button)
        layout.addWidget(self.close_button)
        self.term_id = ""
        self.hide()

    def show_term(self, term_id: str, term: str, definition: str) -> None:
        self.term_id = term_id
        self.label.setText(f"<b>{esc(term)}</b>: {esc(definition)}")
        self.label.setAccessibleName(f"{term}: {definition}")
        self.show()

    def clear(self) -> None:
        self.term_id = ""
        self.label.clear()
        self.hide()


class FlowLayout(QLayout):
    """Lays widgets out left to right, wrapping to new rows (for filter chips)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802
        self._items.append(item)

    def addWidget(self, w: QWidget) -> None:  # noqa: N802
        self.addChildWidget(w)
        self.addItem(QWidgetItem(w))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, i: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[i] if 0 <= i < len(self._items) else None

    def takeAt(self, i: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(i) if 0 <= i < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._do_layout(QRect(0, 0, width, 0), test=True)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._do_layout(rect, test=False)

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _do_layout(self, rect: QRect, *, test: bool) -> int:
        m = self.contentsMargins()
        r = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line_h = r.x(), r.y(), 0
        for item in self._items:
            widget = item.widget()
            if widget is not None and widget.isHidden():
                continue
            hint = item.sizeHint()
            if x + hint.width() > r.right() + 1 and line_h > 0:
                x = r.x()
                y += line_h + self._spacing
                line_h = 0
            if not test:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line_h = max(line_h, hint.height())
        return y + line_h - rect.y() + m.bottom()


class TocTree(QTreeWidget):
    """A tree whose long titles wrap onto more lines instead of being cut off."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setItemDelegate(_WrappingDelegate(self))
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()  # row heights depend on the width

    def changeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:  # signs grow with the text (zoom, 200%)
            h = max(16, self.fontMetrics().height())
            self.setIconSize(QSize(h, h))


class _WrappingDelegate(QStyledItemDelegate):
    def __init__(self, view: QTreeWidget):
        super().__init__(view)
        self._view = view

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:  # noqa: ANN001, N802
        super().initStyleOption(option, index)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        option.textElideMode = Qt.TextElideMode.ElideNone

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: ANN001, N802
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        depth, parent = 1, index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        width = self._view.viewport().width() - self._view.indentation() * depth - 10
        if not opt.icon.isNull():  # a sign before the title takes room from the text
            width -= opt.decorationSize.width() + 8
        rect = opt.fontMetrics.boundingRect(QRect(0, 0, max(width, 60), 100_000),
                                            int(Qt.TextFlag.TextWordWrap), opt.text)
        return QSize(max(width, 60), rect.height() + 6)


def chip(text: str, parent: QWidget | None = None) -> QToolButton:
    b = QToolButton(parent)
    b.setText(text)
    b.setCheckable(True)
    b.setProperty("chip", True)
    b.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return b
