"""Find text that does not fit: labels too short for their wrapped text, buttons narrower
than their label, anything sticking out on the right of the decision panel. Used by the
tests (issue 15, "nothing cut off") and by docs/screenshots/take_screenshots.py."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from desktop_app.wrap_button import WrapButton


def clipped(panel) -> list[str]:  # noqa: ANN001 - a DecisionPanel
    """Every widget in the panel whose text does not fit, or that sticks out on the right."""
    out = []
    vp = panel.scroll.viewport()
    if panel.page.width() > vp.width() + 1:
        out.append(f"the page is {panel.page.width()} px in a {vp.width()} px panel")
    if panel.scroll.horizontalScrollBar().maximum() > 0:
        out.append("the page scrolls sideways")
    for w in panel.findChildren(QWidget):
        if not w.isVisible() or w.width() <= 0:
            continue
        text = w.text() if isinstance(w, (QLabel, QAbstractButton)) else ""
        what = f"{type(w).__name__} {text[:40]!r}"
        if isinstance(w, QLabel) and w.text():
            if w.wordWrap():
                if w.heightForWidth(w.width()) > w.height() + 1:
                    out.append(f"{what}: needs {w.heightForWidth(w.width())} px of height, "
                               f"has {w.height()}")
            elif w.sizeHint().width() > w.width() + 1:
                out.append(f"{what}: needs {w.sizeHint().width()} px, has {w.width()}")
        elif isinstance(w, WrapButton):
            if w.heightForWidth(w.width()) > w.height() + 1:
                out.append(f"{what}: too short for its wrapped text")
        elif isinstance(w, QAbstractButton) and w.text() and \
                w.sizeHint().width() > w.width() + 1:
            out.append(f"{what}: needs {w.sizeHint().width()} px, has {w.width()}")
        if panel.page.isAncestorOf(w):
            x = w.mapTo(vp, QPoint(0, 0)).x()
            if x < 0 or x + w.width() > vp.width() + 1:
                out.append(f"{what}: from x={x} to {x + w.width()}, the panel is "
                           f"{vp.width()} px wide")
    return out
