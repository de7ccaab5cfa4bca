"""The table of contents: filled from the library in reading order, each section that
carries a "check the official text" notice marked with a sign (not colour alone), and kept
on the page that is open."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QTreeWidgetItem

from content.model import Library, Section, TocNode
from desktop_app import safe_text, theme
from desktop_app.i18n import untranslated_note, untranslated_short
from desktop_app.reader_pages import Page
from desktop_app.toc_tree import TocTree

#: The item data role holding what an item opens: ``"section:<id>"`` or ``"glossary:"``.
ItemIdRole = Qt.ItemDataRole.UserRole + 1
translate = QCoreApplication.translate

_CHECK_ICONS: dict[tuple[str, str], QIcon] = {}


def check_sign_colours(t: theme.Theme | None) -> tuple[str, str]:
    """(normal, selected) colours of the contents' "check the official text" sign: the
    theme's warning colour on the list (at least 3:1, WCAG 2.1 AA for a graphic), the
    selected row's text colour on a selected row."""
    ui = t.ui if t is not None else theme.resolve("light", False, os_dark=False).ui
    normal = ui["text"] if t is not None and t.high_contrast else ui["bar_border"]
    return normal, ui["highlighted_text"]


def check_icon(t: theme.Theme | None = None) -> QIcon:
    """A small warning sign for sections that carry a "check the official text" notice."""
    colours = check_sign_colours(t)
    if colours not in _CHECK_ICONS:
        icon = QIcon()
        for colour, mode in zip(colours, (QIcon.Mode.Normal, QIcon.Mode.Selected),
                                strict=True):
            pix = QPixmap(32, 32)
            pix.fill(Qt.GlobalColor.transparent)
            p = QPainter(pix)
            f = QFont(QApplication.font())
            f.setPixelSize(28)
            p.setFont(f)
            p.setPen(QColor(colour))
            p.drawText(pix.rect(), Qt.AlignmentFlag.AlignCenter, "\u26a0")
            p.end()
            icon.addPixmap(pix, mode)
        _CHECK_ICONS[colours] = icon
    return _CHECK_ICONS[colours]


class Contents:
    """The contents tree's items: one per section (``items``) plus the glossary's."""

    def __init__(self, toc: TocTree, library: Callable[[], Library]):
        self.toc = toc
        self.library = library
        #: the colours the signs are drawn in (none until a theme is applied)
        self.theme: theme.Theme | None = None
        self.items: dict[str, QTreeWidgetItem] = {}
        self.glossary_item = QTreeWidgetItem()
        self.fill()

    def fill(self) -> None:
        self.toc.clear()
        self.items.clear()
        for node in self.library().toc():
            self._add(None, node)
        glossary = QTreeWidgetItem()
        glossary.setData(0, ItemIdRole, "glossary:")
        self.toc.addTopLevelItem(glossary)
        self.glossary_item = glossary
        self.retranslate_ui()
        self.toc.expandToDepth(0)

    def retranslate_ui(self) -> None:
        """The words the contents add around the sections' titles (which are content)."""
        for s in self.library().sections:
            item = self.items.get(s.id)
            if item is not None:
                self._describe(item, s)
        self.glossary_item.setText(0, translate("WindowContents", "Glossary (A to Z)"))
        self.glossary_item.setToolTip(0, translate(
            "WindowContents", "All the terms this guide uses, with plain definitions"))

    def _describe(self, item: QTreeWidgetItem, s: Section) -> None:
        """``item``'s title, tooltip and spoken name: the summary, a mark if the French guide
        still has it in English, and a check notice if any."""
        tip = f"{s.title}\n{s.summary}" if s.summary else s.title
        if s.untranslated:  # the French guide's sections still in English say so
            item.setText(0, f"{s.title} {untranslated_short()}")
            tip += "\n" + untranslated_note()
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole,
                         f"{s.title} {untranslated_short()}")
        if s.needs_check:
            # marked in the contents: a sign, a tooltip and the spoken name, not colour
            tip += "\n\u26a0 " + translate("WindowContents", "Check the official text: {note}") \
                .format(note=s.check_note or translate(
                    "WindowContents", "part of this section is not confirmed."))
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, translate(
                "WindowContents", "{title} (check the official text)").format(title=s.title))
        item.setToolTip(0, safe_text.literal(tip))  # content shown as text, never HTML

    def _add(self, parent: QTreeWidgetItem | None, node: TocNode) -> None:
        s: Section = node.section
        item = QTreeWidgetItem([s.title])
        item.setData(0, ItemIdRole, f"section:{s.id}")
        if s.needs_check:
            item.setIcon(0, check_icon(self.theme))
        if parent is None:
            self.toc.addTopLevelItem(item)
        else:
            parent.addChild(item)
        self.items[s.id] = item
        for child in node.children:
            self._add(item, child)

    def refresh_check_icons(self, t: theme.Theme | None) -> None:
        """The check signs in the colours of the theme ``t``, now applied."""
        self.theme = t
        icon = check_icon(t)
        for s in self.library().sections:
            item = self.items.get(s.id)
            if item is not None and s.needs_check:
                item.setIcon(0, icon)

    @staticmethod
    def target(item: QTreeWidgetItem) -> tuple[str, str]:
        """What ``item`` opens: ``("section", id)``, ``("glossary", "")``."""
        kind, _, ident = str(item.data(0, ItemIdRole) or "").partition(":")
        return kind, ident

    def sync(self, page: Page) -> None:
        """Select the open page's item (no signal: selecting does not open it again)."""
        self.toc.blockSignals(True)
        try:
            if page.kind == "section" and page.id in self.items:
                item = self.items[page.id]
                self.toc.setCurrentItem(item)
                self.toc.scrollToItem(item)
            elif page.kind == "glossary":
                self.toc.setCurrentItem(self.glossary_item)
            else:
                self.toc.clearSelection()
                self.toc.setCurrentIndex(QModelIndex())
        finally:
            self.toc.blockSignals(False)

    def fold(self) -> None:
        """Back to the first look: top level open, scrolled to the top."""
        self.toc.collapseAll()
        self.toc.expandToDepth(0)
        self.toc.scrollToTop()
