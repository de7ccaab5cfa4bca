""""On this page": the open page's headings and links as a list a screen reader can read.

Qt's QTextBrowser exposes its text to assistive technology (AT-SPI on Linux, UIA on
Windows) but neither its headings nor its links: Orca cannot list them, jump to them or
say which link Enter would open. This list is the accessible structure beside the reader,
in the left pane next to Contents and Results: every heading ("Heading level 2:
Provisions cited") and every link ("Link to a section: Sharing with police"), in reading
order, links under their heading. Enter on a heading puts the reader's caret on it (the
screen reader reads on from there); Enter on a link follows it, as a click in the page
does. Sighted keyboard users get a page outline too.

Nothing here is kept: the list is rebuilt from the page on screen each time it changes.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import QTreeWidgetItem, QWidget

from desktop_app import safe_text
from desktop_app.accessible import name
from desktop_app.toc_tree import TocTree

EntryRole = Qt.ItemDataRole.UserRole + 1
#: The English; :func:`empty_text` says it in the current language.
EMPTY_TEXT = "This page has no headings or links."


def empty_text() -> str:
    return QCoreApplication.translate("PageOutline", "This page has no headings or links.")


@dataclass(frozen=True)
class Entry:
    """A heading (``level`` 1-6) or a link (``level`` 0, ``href`` set) of the page."""

    kind: str  # "heading" | "link"
    text: str
    position: int
    level: int = 0
    href: str = ""

    @property
    def spoken(self) -> str:
        """What a screen reader says for it."""
        translate = QCoreApplication.translate
        if self.kind == "heading":
            return translate("PageOutline", "Heading level {level}: {text}").format(
                level=self.level, text=self.text)
        return translate("PageOutline", "{kind}: {text}").format(kind=link_kind(self.href),
                                                          text=self.text)


def link_kind(href: str) -> str:
    translate = QCoreApplication.translate
    scheme = href.partition(":")[0].lower() if ":" in href else ""
    web = translate("PageOutline", "Web address")
    return {"section": translate("PageOutline", "Link to a section"),
            "glossary": translate("PageOutline", "Link to a glossary term"),
            "home": translate("PageOutline", "Link to the start page"),
            "decision": translate("PageOutline", "Link to the decision helper"),
            "http": web, "https": web,
            "mailto": translate("PageOutline", "Email address")}.get(
                scheme, translate("PageOutline", "Link"))


def entries(doc: QTextDocument) -> list[Entry]:
    """The headings and links of ``doc``, in reading order."""
    out: list[Entry] = []
    block = doc.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        text = " ".join(block.text().split())
        if level > 0 and text:
            out.append(Entry("heading", text, block.position(), level))
        it = block.begin()
        link: list = []  # [href, start, text]
        while not it.atEnd():
            frag = it.fragment()
            fmt = frag.charFormat()
            href = fmt.anchorHref() if frag.isValid() and fmt.isAnchor() else ""
            if href and link and link[0] == href and link[1] + len(link[2]) == frag.position():
                link[2] += frag.text()
            else:
                if link:
                    out.append(_link(*link))
                link = [href, frag.position(), frag.text()] if href else []
            it += 1
        if link:
            out.append(_link(*link))
        block = block.next()
    return [e for e in out if e.text]


def _link(href: str, start: int, text: str) -> Entry:
    return Entry("link", " ".join(text.replace("\u2028", " ").split()), start, href=href)


class PageOutline(TocTree):
    """The list. Signals: heading_chosen(int position), link_chosen(str href)."""

    heading_chosen = Signal(int)
    link_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setIndentation(18)
        self.entries: list[Entry] = []
        self.retranslate_ui()
        self.itemActivated.connect(self._on_activated)
        self.itemClicked.connect(self._on_activated)

    def retranslate_ui(self) -> None:
        """The list's name and every entry's spoken words in the current language."""
        name(self, self.tr("On this page"), self.tr(
            "The headings and links of the page in the reader. Enter on a heading goes to it "
            "in the page; Enter on a link opens it."))
        if self.topLevelItemCount():
            self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_page(self, doc: QTextDocument) -> None:
        self.entries = entries(doc)
        self._fill()

    def _fill(self) -> None:
        self.clear()
        parent: QTreeWidgetItem | None = None
        bold = QFont(self.font())
        bold.setBold(True)
        for i, e in enumerate(self.entries):
            item = QTreeWidgetItem([e.text])
            item.setData(0, EntryRole, i)
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, e.spoken)
            # the page's words: shown as text, never as HTML
            item.setToolTip(0, safe_text.literal(e.spoken if e.kind == "heading" else
                                                 f"{e.spoken}\n{e.href}"))
            if e.kind == "heading":
                f = QFont(bold)
                item.setFont(0, f)
                self.addTopLevelItem(item)
                parent = item
            elif parent is not None:
                parent.addChild(item)
            else:
                self.addTopLevelItem(item)
        if not self.entries:
            item = QTreeWidgetItem([empty_text()])
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addTopLevelItem(item)
        self.expandAll()

    def entry(self, item: QTreeWidgetItem | None) -> Entry | None:
        i = item.data(0, EntryRole) if item is not None else None
        return self.entries[i] if isinstance(i, int) and 0 <= i < len(self.entries) else None

    def items(self) -> list[QTreeWidgetItem]:
        out: list[QTreeWidgetItem] = []
        for t in range(self.topLevelItemCount()):
            top = self.topLevelItem(t)
            if top is None:
                continue
            out.append(top)
            for c in range(top.childCount()):
                child = top.child(c)
                if child is not None:
                    out.append(child)
        return out

    def focus_first(self, kind: str = "heading", at: int | None = None) -> None:
        """Focus the list on its first heading (or link), or with ``at`` (a position in
        the page: the reader's caret) on the last heading at or before it, the part of
        the page being read."""
        found = [(it, e) for it in self.items() if (e := self.entry(it)) is not None
                 and e.kind == kind]
        if at is not None:
            before = [(it, e) for it, e in found if e.position <= at]
            found = before[-1:] or found
        item = found[0][0] if found else self.topLevelItem(0)
        if item is not None:
            self.setCurrentItem(item)
            self.scrollToItem(item)
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if item is not None:
            # made current again once the list has taken focus: screen readers then hear
            # the entry itself ("Heading level 1: ..."), not only "On this page"
            QTimer.singleShot(0, self, lambda: self._announce_current(item))

    def _announce_current(self, item: QTreeWidgetItem) -> None:
        if self.currentItem() is item and self.hasFocus():
            self.setCurrentIndex(QModelIndex())
            self.setCurrentItem(item)

    def _on_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        e = self.entry(item)
        if e is None:
            return
        if e.kind == "heading":
            self.heading_chosen.emit(e.position)
        else:
            self.link_chosen.emit(e.href)
