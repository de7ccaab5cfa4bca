"""The bars that work on the open page: find in page, the search matches in this page
(previous/next/clear), and a glossary term's definition under the reader."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QWidget

from content.html_escape import esc
from desktop_app import safe_text
from desktop_app.accessible import button, name


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


