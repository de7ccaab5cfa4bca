"""Links in the reader: what a click opens (a section, a glossary definition, the decision
helper, a web address only after asking), what hovering or Tab onto a link says, and the
"On this page" list of headings and links."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QTabWidget, QToolTip, QWidget

from content.html_escape import esc
from content.model import Library
from desktop_app.accessible import announce
from desktop_app.page_outline import PageOutline, link_kind
from desktop_app.reader import Reader
from desktop_app.reader_bars import DefinitionBar
from desktop_app.search_panel import SearchPanel
from desktop_app.window.navigation import Navigation

if TYPE_CHECKING:
    from desktop_app.decision.panel import DecisionPanel
    from desktop_app.printing.controller import PrintController

translate = QCoreApplication.translate


class Links:
    """Collaborators: the ``navigation`` links open pages through; the ``reader``, its
    ``definition_bar`` and the ``outline``; the ``search_panel`` (whose tabs hold the
    outline) and the ``side_tabs`` (the decision helper's home); ``decision_panel`` and
    ``print_controller``, once they have joined the window; ``tell(text, ms)`` for the
    status bar."""

    def __init__(self, window: QWidget, library: Callable[[], Library],
                 navigation: Navigation, reader: Reader, definition_bar: DefinitionBar,
                 outline: PageOutline, search_panel: SearchPanel, side_tabs: QTabWidget, *,
                 decision_panel: Callable[[], DecisionPanel | None],
                 print_controller: Callable[[], PrintController | None],
                 tell: Callable[[str, int], None]):
        self.window, self.library, self.navigation = window, library, navigation
        self.reader, self.definition_bar, self.outline = reader, definition_bar, outline
        self.search_panel, self.side_tabs = search_panel, side_tabs
        self.decision_panel, self.print_controller = decision_panel, print_controller
        self.tell = tell
        #: the last link tooltip shown (rich text), for tests; forgotten on quick exit
        self.last_tooltip = ""
        reader.anchorClicked.connect(self.on_anchor_clicked)
        reader.highlighted.connect(self.on_link_hovered)
        reader.link_focused.connect(self.on_link_focused)
        outline.link_chosen.connect(lambda href: self.on_anchor_clicked(QUrl(href)))
        outline.heading_chosen.connect(self.on_outline_heading)
        definition_bar.open_glossary.connect(lambda t: navigation.open_glossary(t))

    def on_anchor_clicked(self, url: QUrl) -> None:
        scheme = url.scheme().lower()
        nav = self.navigation
        if scheme == "section":
            nav.open_section(url.path(), url.fragment() or None)
        elif scheme == "glossary":
            term_id = url.path()
            if not term_id:
                nav.open_glossary()
            else:
                self.show_definition(term_id)
        elif scheme == "home":
            nav.go_home()
        elif scheme == "decision":
            self.on_decision_link(url.path())
        elif scheme in ("http", "https", "mailto"):
            from desktop_app import dialogs

            dialogs.ExternalLinkDialog.ask(self.window, url.toString())
        elif not scheme and url.fragment():
            self.reader.scroll_to_anchor(url.fragment())
        else:
            self.tell(translate("WindowLinks", "That kind of link is not opened by this app."),
                      6000)

    def on_decision_link(self, what: str) -> None:
        panel = self.decision_panel()
        if what == "print":
            controller = self.print_controller()
            if controller is not None and self.navigation.decision_summary() is not None:
                controller.print_decision()
            else:
                self.tell(translate("WindowLinks", "There is no result to print."), 6000)
        elif panel is not None:
            self.side_tabs.setVisible(True)
            self.side_tabs.setCurrentWidget(panel)
            target = panel.result_title or panel.focusWidget() or panel
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_definition(self, term_id: str) -> bool:
        library = self.library()
        if not library.has_term(term_id):
            self.tell(translate("WindowLinks", "That glossary term is not in this content."),
                      6000)
            return False
        t = library.term(term_id)
        self.definition_bar.show_term(t.id, t.term, t.definition)
        return True

    def on_link_focused(self, href: str, label: str) -> None:
        """Tab onto a link in the reader: QTextBrowser tells assistive technology nothing,
        so say which link Enter would open (an announcement, and the reader's
        description, which Orca reads with the focused object)."""
        announce(self.reader, translate("WindowLinks", "{kind}: {label}").format(
            kind=link_kind(href), label=label))
        self.reader.setAccessibleDescription(translate(
            "WindowLinks", "Link selected: {label}. Enter opens it.").format(label=label))

    def on_link_hovered(self, url: QUrl) -> None:
        if url.isEmpty():
            QToolTip.hideText()
            return
        scheme = url.scheme().lower()
        library = self.library()
        text = ""
        if scheme == "glossary" and library.has_term(url.path()):
            t = library.term(url.path())
            text = translate("WindowLinks", "<b>{term}</b>: {definition}").format(
                term=esc(t.term), definition=esc(t.definition))
        elif scheme == "section" and library.has_section(url.path()):
            s = library.section(url.path())
            text = f"<b>{esc(s.title)}</b><br/>{esc(s.summary)}"
        elif scheme in ("http", "https", "mailto"):
            text = translate("WindowLinks", "Web address (not opened automatically; click to "
                             "copy it):<br/>{url}").format(url=esc(url.toString()))
        if text:
            self.last_tooltip = text
            QToolTip.showText(QCursor.pos(), f"<div style='max-width: 28em'>{text}</div>",
                              self.reader)

    # -- on this page --------------------------------------------------------------------
    def show_outline(self) -> None:
        """Show the open page's headings and links, focused on the heading of the part
        being read (where the reader's caret is; the first heading at the top)."""
        self.search_panel.tabs.setCurrentWidget(self.outline)
        self.outline.focus_first(at=self.reader.textCursor().position())

    def on_outline_heading(self, pos: int) -> None:
        """A heading chosen in "On this page": the reader's caret on it, at the top."""
        self.reader.scroll_to_position(pos, top_margin=8)
        self.reader.setFocus(Qt.FocusReason.OtherFocusReason)

    def forget(self) -> None:
        """Quick exit, idle: no tooltip, definition or link name left on screen."""
        QToolTip.hideText()
        self.definition_bar.clear()
        self.reader.setAccessibleDescription(self.reader.description())  # it named the last link
        self.last_tooltip = ""
