"""Labels that always fit: of a few wordings, longest first, the longest that fits its room
is shown, so a label is never cut off ("Search the gu…") and a tab bar never needs scroll
arrows, at 200% text and in French too."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QTabWidget


def longest_fitting(fm: QFontMetrics, texts: Sequence[str], room: int) -> str:
    """The first of ``texts`` no wider than ``room`` pixels; else the last (the shortest)."""
    return next((t for t in texts if fm.horizontalAdvance(t) <= room), texts[-1])


def fit_tab_labels(tabs: QTabWidget, sets: Sequence[Sequence[str]]) -> int:
    """Give the tabs the first set of labels (one per tab, longest set first) that fits the
    tab bar, else the last; return the width the last set needs (the tabs' minimum)."""
    bar = tabs.tabBar()
    fm = bar.fontMetrics()
    n = tabs.count()
    if n == 0 or not sets:
        return 0
    padding = [max(0, bar.tabSizeHint(i).width()
                   - fm.horizontalAdvance(tabs.tabText(i).replace("&", "")))
               for i in range(n)]

    def width(labels: Sequence[str]) -> int:
        return sum(fm.horizontalAdvance(t.replace("&", "")) + padding[i]
                   for i, t in enumerate(labels))

    room = tabs.width() - 4
    chosen = next((s for s in sets if width(s) <= room), sets[-1])
    for i, text in enumerate(chosen):
        if tabs.tabText(i) != text:
            tabs.setTabText(i, text)
    return width(sets[-1])
