"""The table of contents tree: long titles wrap onto more lines instead of being cut off,
and the signs before them grow with the text."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeWidget, QWidget


class TocTree(QTreeWidget):
    """A tree whose long titles wrap onto more lines instead of being cut off."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("contentsTree")
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
        if not self._view.isVisible():
            # Not shown yet (the window being built, before its first paint): its width is
            # not the real one, and every row is measured again when it is shown (a resize
            # lays the items out again, see TocTree.resizeEvent). One line each until then.
            return QSize(60, option.fontMetrics.height() + 6)
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


