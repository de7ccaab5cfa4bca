"""The bars that work on the open page: find in page, the search matches in this page
(previous/next/clear), and a glossary term's definition under the reader."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QWidget

from content.html_escape import esc
from desktop_app import safe_text
from desktop_app.accessible import button, name, name_parts


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
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        self.label = QLabel(self)
        layout.addWidget(self.label)
        self.edit = QLineEdit(self)
        self.edit.setClearButtonEnabled(True)
        self.label.setBuddy(self.edit)
        layout.addWidget(self.edit, 1)
        self.count_label = QLabel("", self)
        self.count_label.setMinimumWidth(110)
        layout.addWidget(self.count_label)
        self.prev_button = button("", "", "", self.previous_requested.emit, self)
        self.next_button = button("", "", "", self.next_requested.emit, self)
        self.close_button = button("", "", "", self.close_bar, self)
        for b in (self.prev_button, self.next_button, self.close_button):
            layout.addWidget(b)
        self.edit.textChanged.connect(self.text_changed.emit)
        self.edit.returnPressed.connect(self.next_requested.emit)
        self.edit.installEventFilter(self)
        self._count = (-1, 0)
        name_parts(self, "findBar")
        self.retranslate_ui()
        self.hide()

    def retranslate_ui(self) -> None:
        name(self, self.tr("Find in page"))
        self.label.setText(self.tr("Find in page:"))
        self.edit.setPlaceholderText(self.tr("word or phrase"))
        name(self.edit, self.tr("Find in page"),
             self.tr("Type to highlight every match in the open page. Enter: next match; "
                     "Shift+Enter: previous; Escape: close."))
        self.prev_button.setText(self.tr("Previous"))
        name(self.prev_button, self.tr("Previous match"), "Shift+Enter")
        self.next_button.setText(self.tr("Next"))
        name(self.next_button, self.tr("Next match"), "Enter")
        self.close_button.setText(self.tr("Close"))
        name(self.close_button, self.tr("Close find in page"), self.tr("Escape"))
        self.set_count(*self._count)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

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
        self._count = (current, total)
        if not self.edit.text():
            text = ""
        elif total == 0:
            text = self.tr("No matches")
        elif current >= 0:
            text = (self.tr("1 of 1 match") if total == 1 else
                    self.tr("{n} of {total} matches").format(n=current + 1, total=total))
        else:
            text = self.tr("1 match") if total == 1 else \
                self.tr("{total} matches").format(total=total)
        self.count_label.setText(text)
        self.count_label.setAccessibleName(text or self.tr("Matches"))


class HitBar(QFrame):
    """Shown when a page was opened from a search: 'consent': 2 of 7, previous/next, clear.

    The query is elided to fit, never the count: a long query never pushes "match 2 of 7"
    out of the bar; the full text is in the tooltip and the accessible name."""

    def __init__(self, on_prev: Callable[[], None], on_next: Callable[[], None],
                 on_clear: Callable[[], None], parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        self.label = QLabel("", self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # it shows what was typed
        # its width comes from the bar, not from the query's length
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.label.setMinimumWidth(0)
        self.label.installEventFilter(self)  # re-fit whenever the label changes size
        layout.addWidget(self.label, 1)
        self.prev_button = button("", "", "", on_prev, self)
        self.next_button = button("", "", "", on_next, self)
        self.clear_button = button("", "", "", on_clear, self)
        for b in (self.prev_button, self.next_button, self.clear_button):
            layout.addWidget(b)
        self.query = ""
        self._count = self._short = ""
        self.full_text = ""
        self._state = (-1, 0)
        name_parts(self, "hitBar")
        self.retranslate_ui()
        self.hide()

    def retranslate_ui(self) -> None:
        name(self, self.tr("Search matches in this page"))
        # short labels leave the words found room; the keys are in the tooltips
        self.prev_button.setText(self.tr("Previous"))
        name(self.prev_button, self.tr("Previous match"),
             self.tr("Go to the previous search match in this page (Shift+F3)"))
        self.prev_button.setToolTip(self.tr("Previous match (Shift+F3)"))
        self.next_button.setText(self.tr("Next"))
        name(self.next_button, self.tr("Next match"),
             self.tr("Go to the next search match in this page (F3)"))
        self.next_button.setToolTip(self.tr("Next match (F3)"))
        self.clear_button.setText(self.tr("Clear"))
        name(self.clear_button, self.tr("Clear highlights"),
             self.tr("Remove the search highlights from this page"))
        if self.query:  # the words again, the bar left shown or hidden as it was
            hidden = self.isHidden()
            self.set_state(self.query, *self._state)
            self.setHidden(hidden)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_state(self, query: str, current: int, total: int) -> None:
        if not query:
            self.clear()
            return
        self._state = (current, total)
        if total == 0:
            count, short = self.tr("no matches in this page"), self.tr("no matches")
        elif current >= 0:
            count = self.tr("match {n} of {total} in this page").format(n=current + 1,
                                                                         total=total)
            short = self.tr("{n} of {total}").format(n=current + 1, total=total)
        elif total == 1:
            count, short = self.tr("1 match in this page"), self.tr("1 match")
        else:
            count = self.tr("{total} matches in this page").format(total=total)
            short = self.tr("{total} matches").format(total=total)
        self.query, self._count, self._short = query, count, short
        self.full_text = self.tr("Search “{query}”: {count}").format(query=query, count=count)
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
            for candidate in (self.tr("“{query}”: {count}").format(query=self.query,
                                                                   count=self._count),
                              self.tr("“{query}”: {count}").format(query=self.query,
                                                                   count=self._short)):
                if fm.horizontalAdvance(candidate) <= room:
                    text = candidate
                    break
            else:
                pattern = self.tr("“{query}”: {count}")
                q_room = room - fm.horizontalAdvance(pattern.format(query="",
                                                                    count=self._short))
                if q_room >= 3 * fm.averageCharWidth() + fm.horizontalAdvance("…"):
                    text = pattern.format(query=fm.elidedText(
                        self.query, Qt.TextElideMode.ElideRight, q_room), count=self._short)
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
        self.setObjectName("definitionBar")
        self.setProperty("messageBar", True)  # the style sheet's message-bar look
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel("", self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.label, 1)
        self.glossary_button = button("", "", "", lambda: self.open_glossary.emit(self.term_id),
                                      self)
        self.close_button = button("", "", "", self.hide, self)
        layout.addWidget(self.glossary_button)
        layout.addWidget(self.close_button)
        self.term_id = ""
        name_parts(self, "definitionBar")
        self.retranslate_ui()
        self.hide()

    def retranslate_ui(self) -> None:
        name(self, self.tr("Glossary definition"))
        self.glossary_button.setText(self.tr("Open in glossary"))
        name(self.glossary_button, self.tr("Open in glossary"),
             self.tr("Show this term in the full glossary"))
        self.close_button.setText(self.tr("Close"))
        name(self.close_button, self.tr("Close definition"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_term(self, term_id: str, term: str, definition: str) -> None:
        self.term_id = term_id
        self.label.setText(self.tr("<b>{term}</b>: {definition}").format(
            term=esc(term), definition=esc(definition)))
        self.label.setAccessibleName(self.tr("{term}: {definition}").format(
            term=term, definition=definition))
        self.show()

    def clear(self) -> None:
        self.term_id = ""
        self.label.clear()
        self.hide()


