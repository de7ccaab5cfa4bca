"""What assistive technology hears: accessible names and descriptions given where a widget
is made, buttons made with them, and polite announcements to screen readers."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QPushButton, QWidget


def name(widget: QWidget, accessible_name: str, description: str = "") -> QWidget:
    """Give ``widget`` an accessible name (and description); return it."""
    widget.setAccessibleName(accessible_name)
    if description:
        widget.setAccessibleDescription(description)
    return widget


def button(text: str, accessible_name: str, description: str = "",
           slot: Callable[[], None] | None = None, parent: QWidget | None = None) -> QPushButton:
    """A push button with its accessible name (and description), connected to ``slot``."""
    b = QPushButton(text, parent)
    name(b, accessible_name, description)
    if slot is not None:
        b.clicked.connect(slot)
    return b


def name_parts(owner: QWidget, prefix: str) -> None:
    """Name ``owner`` ``prefix`` and each widget it keeps in an attribute, that has no name
    yet, ``<prefix>.<attribute>`` (``findBar.close_button``): every part can be told from
    the others whatever the language (tests and accessibility tools key on it)."""
    if not owner.objectName():
        owner.setObjectName(prefix)
    for attr, value in vars(owner).items():
        if isinstance(value, QWidget) and value is not owner and not value.objectName():
            value.setObjectName(f"{prefix}.{attr}")


def announce(widget: QWidget, message: str) -> None:
    """Ask screen readers to read ``message`` politely (Qt 6.8+; silently skipped before)."""
    try:
        from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, message))
    except (ImportError, AttributeError, TypeError):  # pragma: no cover
        pass
