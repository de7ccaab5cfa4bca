"""Stop the mouse wheel from changing a field the user is not working in.

Scrolling a form with the wheel passes over date, combo and spin boxes; Qt lets each of
them take the wheel and change its value (a date jumps from 2026 to 2045, "Choose…"
becomes "Not shared") while the user only meant to scroll. :func:`guard_wheel` makes such
a field take wheel events only once it has keyboard focus (clicked or tabbed into); until
then the wheel scrolls the surrounding area as the user expects.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox, QWidget

GUARDED = (QAbstractSpinBox, QComboBox)  # QDateTimeEdit and QSpinBox are QAbstractSpinBoxes


class WheelGuard(QObject):
    """Event filter: a guarded widget without focus passes the wheel to its scroll area."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.Wheel or not isinstance(obj, QWidget):
            return False
        field = obj if isinstance(obj, GUARDED) else _guarded_parent(obj)
        if field is None or field.hasFocus():
            return False
        area = _scroll_area(field)
        if area is not None:
            QCoreApplication.sendEvent(area.verticalScrollBar(), event)
        event.accept()
        return True  # never reaches the field: its value stays as it was


def _guarded_parent(w: QWidget) -> QWidget | None:
    p = w.parentWidget()
    while p is not None:
        if isinstance(p, GUARDED):
            return p
        p = p.parentWidget()
    return None


def _scroll_area(w: QWidget) -> QAbstractScrollArea | None:
    p = w.parentWidget()
    while p is not None:
        if isinstance(p, QAbstractScrollArea):
            return p
        p = p.parentWidget()
    return None


_GUARD: WheelGuard | None = None


def guard_wheel(*widgets: QWidget) -> None:
    """Guard ``widgets`` (and their inner line edits): wheel only once focused by a click or
    Tab; a wheel over them without focus scrolls the area around them instead."""
    global _GUARD
    if _GUARD is None:
        _GUARD = WheelGuard()
    for w in widgets:
        w.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel alone never gives focus
        w.installEventFilter(_GUARD)
        for child in w.findChildren(QWidget):
            child.installEventFilter(_GUARD)
