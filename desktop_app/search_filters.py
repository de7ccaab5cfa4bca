"""The search results' filters: a chip per law and per sector, with how many results each
would give, laid out in rows that wrap, folded away behind a toggle that says which are on.

Filters kept from an earlier search are said (on the toggle and in the status line), never
silently applied; chips keep their place and width when one is toggled. The texts are in
the ``SearchFilters`` translation context; the laws' and sectors' names are
:func:`desktop_app.content_words.filter_name`'s (``FilterNames``), the one place that names them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QObject,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QLayout, QLayoutItem, QToolButton, QWidget, QWidgetItem

from content.model import SECTORS, STATUTES
from desktop_app.accessible import name
from desktop_app.content_words import filter_name

if TYPE_CHECKING:  # annotations only: index.types is not needed before the first paint
    from index.types import SearchResults


class SearchFilters(QObject):
    """The toggle (``toggle``) and the box of chips under it (``box``), both children of
    ``page`` for the panel to lay out; ``chips`` maps ``(kind, key)`` to its chip, ``kind``
    being ``"statutes"`` or ``"sectors"``.

    Signals:
        changed(): the user turned a filter on or off (the query runs again).
    """

    changed = Signal()

    def __init__(self, page: QWidget):
        super().__init__(page)
        self.statutes: set[str] = set()
        self.sectors: set[str] = set()
        # the chips take room, so they fold away behind a toggle (shown with its state)
        self.toggle = QToolButton(page)
        self.toggle.setObjectName("filtersToggle")
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setAutoRaise(True)
        self.toggle.toggled.connect(self._on_toggled)
        self.toggle.hide()
        self.box = QWidget(page)
        self.box.setObjectName("filters")
        self._flow = FlowLayout(self.box)
        self.box.setLayout(self._flow)
        self.chips: dict[tuple[str, str], QToolButton] = {}
        for kind, keys in (("statutes", STATUTES), ("sectors", SECTORS)):
            for key in keys:
                c = chip(filter_name(kind, key), self.box)
                c.setObjectName(f"filter:{kind}:{key}")
                c.toggled.connect(lambda on, k=kind, v=key: self._on_chip_toggled(k, v, on))
                c.hide()
                self._flow.addWidget(c)
                self.chips[(kind, key)] = c
        self._counts: dict[tuple[str, str], int] | None = None  # None: no results shown
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Every text again in the interface's language (the panel calls this)."""
        name(self.box, self.tr("Filters"),
             self.tr("Show only results about a law or a sector"))
        self._show_counts()

    def update_counts(self, res: SearchResults | None) -> None:
        """Counts from ``res`` (its facets); no results: the chips and the toggle hide."""
        self._counts = None if res is None else {
            (kind, key): int((res.facets.get(kind) or {}).get(key, 0))
            for kind, key in self.chips}
        self._show_counts()

    def _show_counts(self) -> None:
        for (kind, key), c in self.chips.items():
            selected = key in (self.statutes if kind == "statutes" else self.sectors)
            count = self._counts.get((kind, key), 0) if self._counts is not None else 0
            label = filter_name(kind, key)
            c.blockSignals(True)
            c.setChecked(selected)
            c.blockSignals(False)
            c.setText(f"{'✓ ' if selected else ''}{label} ({count})")
            # the same width whatever the count or the tick: chips never move under the
            # pointer when a filter is toggled
            fm = c.fontMetrics()
            c.setMinimumWidth(fm.horizontalAdvance(f"✓ {label} (888)") + 24)
            if kind == "statutes":
                spoken = (self.tr("Filter by law: {name}, 1 result") if count == 1
                          else self.tr("Filter by law: {name}, {count} results"))
            else:
                spoken = (self.tr("Filter by sector: {name}, 1 result")
                          if count == 1 else
                          self.tr("Filter by sector: {name}, {count} results"))
            c.setAccessibleName(spoken.format(name=label, count=count))
            c.setAccessibleDescription(self.tr("Selected") if selected
                                       else self.tr("Not selected"))
            # a chip with no results is greyed out, not removed, for the same reason
            c.setVisible(self._counts is not None)
            c.setEnabled(count > 0 or selected)
        any_chip = any(not c.isHidden() for c in self.chips.values())
        self.toggle.setVisible(any_chip)
        self.box.setVisible(any_chip and self.toggle.isChecked())
        self._update_toggle()
        self._flow.invalidate()

    def names(self) -> list[str]:
        """The filters on, as the user sees them: laws first, then sectors."""
        return [filter_name("statutes", k) for k in sorted(self.statutes)] + \
            [filter_name("sectors", k) for k in sorted(self.sectors)]

    @property
    def active(self) -> dict[str, tuple[str, ...]]:
        return {"statutes": tuple(sorted(self.statutes)), "sectors": tuple(sorted(self.sectors))}

    def set_filter(self, kind: str, key: str, on: bool) -> None:
        self.chips[(kind, key)].setChecked(on)

    def clear(self) -> None:
        """Every filter off, the chips folded away; nothing is searched again."""
        for c in self.chips.values():
            c.blockSignals(True)
            c.setChecked(False)
            c.blockSignals(False)
        self.statutes.clear()
        self.sectors.clear()
        self.toggle.setChecked(False)

    def _update_toggle(self) -> None:
        on = self.names()
        # short enough never to be cut off; the names are in the status line and tooltip
        if on:
            text = self.tr("Filters on ({count})").format(count=len(on))
            said = self.tr("Filters on: {names}").format(names=", ".join(on))
            self.toggle.setToolTip(said)
            self.toggle.setAccessibleName(said)
        else:
            text = self.tr("Filter by law or sector")
            self.toggle.setToolTip(self.tr("Filter the results by law or sector"))
            self.toggle.setAccessibleName(text)
        self.toggle.setText(text)
        self.toggle.setAccessibleDescription(
            self.tr("Show or hide the filter buttons (shown)")
            if self.toggle.isChecked() else
            self.tr("Show or hide the filter buttons (hidden)"))

    def _on_toggled(self, on: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.box.setVisible(on and self.toggle.isVisible())
        self._update_toggle()

    def _on_chip_toggled(self, kind: str, key: str, on: bool) -> None:
        target = self.statutes if kind == "statutes" else self.sectors
        if on:
            target.add(key)
        else:
            target.discard(key)
        self.changed.emit()


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


def chip(text: str, parent: QWidget | None = None) -> QToolButton:
    b = QToolButton(parent)
    b.setText(text)
    b.setCheckable(True)
    b.setProperty("chip", True)
    b.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return b
