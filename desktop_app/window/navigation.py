"""Which page is open, and the way back to the others: ``HistoryEntry``, opening a
section, the glossary, the start page or the decision helper's result, Back and Forward.

History is a list in memory; nothing read is written anywhere.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QTreeWidgetItem

from content.model import Library, Section
from desktop_app.page_outline import PageOutline
from desktop_app.reader import Reader
from desktop_app.reader_bars import DefinitionBar
from desktop_app.reader_pages import (
    GLOSSARY,
    HOME,
    Page,
    glossary_html,
    home_html,
    section_html,
    term_anchor,
)
from desktop_app.window.contents import Contents
from desktop_app.window.find import Highlights

if TYPE_CHECKING:
    from content.decision.summary import DecisionSummary
    from desktop_app.decision.panel import DecisionPanel
    from index.types import Hit

translate = QCoreApplication.translate


@dataclass
class HistoryEntry:
    """A page in the Back/Forward history, with the place and search it was shown at."""

    page: Page
    anchor: str | None = None
    query: str | None = None
    scroll: int = 0


class Navigation:
    """The open page and the history around it.

    Collaborators: ``library`` (the content now loaded), the ``reader`` and what follows
    its page (the ``outline``, the ``definition_bar``, the ``contents``, the
    ``highlights``); ``decision_panel``, once the decision helper has joined the window;
    ``tell(text, ms)`` shows a message in the status bar; ``shown(page)`` and
    ``history_changed()`` are called after each page is shown.
    """

    def __init__(self, library: Callable[[], Library], reader: Reader, outline: PageOutline,
                 definition_bar: DefinitionBar, contents: Contents, highlights: Highlights, *,
                 decision_panel: Callable[[], DecisionPanel | None],
                 tell: Callable[[str, int], None], shown: Callable[[Page], None],
                 history_changed: Callable[[], None]):
        self.library = library
        self.reader, self.outline, self.definition_bar = reader, outline, definition_bar
        self.contents, self.highlights = contents, highlights
        self.decision_panel = decision_panel
        self.tell, self.shown, self.history_changed = tell, shown, history_changed
        self.back: list[HistoryEntry] = []
        self.forward: list[HistoryEntry] = []
        self.current = HistoryEntry(HOME)

    # -- what is open ------------------------------------------------------------------
    def decision_summary(self) -> DecisionSummary | None:
        """The decision helper's result, if it has one."""
        panel = self.decision_panel()
        return panel.summary() if panel is not None else None

    def current_section(self) -> Section | None:
        p = self.current.page
        library = self.library()
        if p.kind == "section" and library.has_section(p.id):
            return library.section(p.id)
        return None

    def has_history(self) -> bool:
        return bool(self.back or self.forward or self.current.page != HOME)

    # -- opening pages -----------------------------------------------------------------
    def open_section(self, section_id: str, anchor: str | None = None,
                     query: str | None = None, *, focus: bool = True) -> bool:
        """Show a section (scrolled to ``anchor``, with ``query``'s hits highlighted)."""
        if not self.library().has_section(section_id):
            self.tell(translate("WindowNavigation", "There is no section “{id}” in this "
                                "content.").format(id=section_id), 8000)
            return False
        self.navigate(HistoryEntry(Page("section", section_id), anchor or None, query or None),
                      focus=focus)
        return True

    def open_glossary(self, term_id: str | None = None, query: str | None = None, *,
                      focus: bool = True) -> None:
        anchor = term_anchor(term_id) if term_id else None
        self.navigate(HistoryEntry(GLOSSARY, anchor, query or None), focus=focus)

    def go_home(self, *, record: bool = True, focus: bool = True) -> None:
        self.navigate(HistoryEntry(HOME), record=record, focus=focus)

    def open_toc_item(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        kind, ident = self.contents.target(item)
        if kind == "section":
            self.open_section(ident)
        elif kind == "glossary":
            self.open_glossary()

    def open_hit(self, hit: Hit, query: str) -> None:
        """A search result opened (Enter or a click in the results)."""
        if hit.kind == "glossary":
            self.open_glossary(hit.term_id or None, query)
        else:
            self.open_section(hit.section_id, hit.anchor or None, query)

    def navigate(self, entry: HistoryEntry, *, record: bool = True, focus: bool = True) -> None:
        same = entry.page == self.current.page
        if same and not entry.anchor and not entry.query and not self.current.query:
            if focus:
                self.reader.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if record and not same:
            self.current.scroll = self.reader.verticalScrollBar().value()
            self.back.append(self.current)
            self.forward.clear()
        self.show(entry, focus=focus)

    # -- the decision helper's result as a page ------------------------------------------
    def show_outcome(self, *, focus: bool = False) -> bool:
        """Show the decision helper's result as a full page in the reader."""
        from desktop_app.decision import outcome_page  # not before the first paint

        summary = self.decision_summary()
        if summary is None:
            return False
        self.navigate(HistoryEntry(Page(outcome_page.PAGE_KIND, summary.outcome_id)),
                      focus=focus)
        return True

    def refresh_outcome_page(self) -> None:
        """The helper's result changed (Back, Restart, Undo): keep the page in step."""
        from desktop_app.decision import outcome_page

        if self.current.page.kind != outcome_page.PAGE_KIND:
            return
        summary = self.decision_summary()
        if summary is None:
            self.show(HistoryEntry(HOME), focus=False)
        elif summary.outcome_id != self.current.page.id:
            self.show(HistoryEntry(Page(outcome_page.PAGE_KIND, summary.outcome_id)),
                      focus=False)

    def page_html(self, page: Page) -> str:
        library = self.library()
        if page.kind == "section":
            return section_html(library, library.section(page.id))
        if page.kind == "glossary":
            return glossary_html(library)
        if page.kind != HOME.kind:
            # a decision result (imported only then: the start shows the start page)
            from desktop_app.decision import outcome_page

            if page.kind == outcome_page.PAGE_KIND:
                summary = self.decision_summary()
                if summary is None or summary.outcome_id != page.id:
                    return outcome_page.no_outcome_html()
                return outcome_page.outcome_html(library, summary)
        return home_html(library)

    # -- showing -----------------------------------------------------------------------
    def show(self, entry: HistoryEntry, *, focus: bool = True,
             restore_scroll: bool = False) -> None:
        self.current = entry
        reader = self.reader
        self.definition_bar.hide()
        reader.show_page(entry.page, self.page_html(entry.page))
        self.outline.set_page(reader.document())
        reader.setAccessibleDescription(self.reader.description())
        self.highlights.refind()
        if entry.query:
            self.highlights.highlight_query(entry.query)
        self.contents.sync(entry.page)
        self.history_changed()
        self.highlights.update_bars()
        # The hit bar may just have appeared and the panes may re-lay out (the first
        # section opened): let that happen before measuring where the paragraph is.
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        if restore_scroll:
            reader.verticalScrollBar().setValue(entry.scroll)
        elif entry.anchor:
            pos = reader.anchor_position(entry.anchor)
            if pos is not None:
                if reader.hit_spans:
                    reader.set_current(reader.first_at_or_after(pos), scroll=False)
                reader.scroll_to_paragraph(pos)
        elif reader.hit_spans:
            reader.set_current(0)
        if focus:
            reader.setFocus(Qt.FocusReason.OtherFocusReason)
        self.shown(entry.page)

    def rerender(self) -> None:
        """Render the current page again (new colours) keeping scroll and highlights."""
        scroll = self.reader.verticalScrollBar().value()
        current = self.reader.current_index
        c = self.current
        self.show(HistoryEntry(c.page, c.anchor, c.query, scroll), focus=False,
                  restore_scroll=True)
        if current >= 0 and self.reader.active_spans:
            self.reader.set_current(current, scroll=False)

    # -- history -----------------------------------------------------------------------
    def go_back(self) -> bool:
        if not self.back:
            return False
        self.current.scroll = self.reader.verticalScrollBar().value()
        self.forward.append(self.current)
        self.show(self.back.pop(), restore_scroll=True)
        return True

    def go_forward(self) -> bool:
        if not self.forward:
            return False
        self.current.scroll = self.reader.verticalScrollBar().value()
        self.back.append(self.current)
        self.show(self.forward.pop(), restore_scroll=True)
        return True

    def on_search_changed(self, text: str) -> None:
        """A new or cleared search: the highlights and the hit bar of an earlier search go
        away, here and in the history (Back never brings back a bar about an old search)."""
        for entry in (*self.back, *self.forward):
            entry.query = None
        if self.current.query and text.strip() != self.current.query:
            self.highlights.clear_hits()

    def forget(self) -> None:
        """Quick exit, idle: no history, the neutral start page, the contents folded."""
        self.back.clear()
        self.forward.clear()
        self.current = HistoryEntry(HOME)
        self.reader.setAccessibleDescription(self.reader.description())  # it named the last link
        self.reader.show_page(HOME, home_html(self.library()))
        self.outline.set_page(self.reader.document())
        self.contents.sync(HOME)
        self.contents.fold()
        self.history_changed()
        self.highlights.update_bars()
