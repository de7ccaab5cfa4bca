"""A decision copied as plain text, the app's private way (:mod:`desktop_app.clipboard_guard`:
on Windows kept out of clipboard history and the cloud clipboard), and cleared again on
quick exit and at quit if the clipboard still holds it."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from desktop_app import clipboard_guard


class PrivateCopy:
    """Copies text privately and remembers it, so that :meth:`forget` clears the
    clipboard only if it still holds that text (never what someone copied since)."""

    def __init__(self) -> None:
        self._copied: str | None = None

    def copy(self, text: str) -> None:
        clipboard_guard.copy_text(text)
        self._copied = text

    def forget(self) -> None:
        """Clear the clipboard if it still holds the text copied here. (Also at quit:
        PySide6 would otherwise free the clipboard's data twice on the way out.)"""
        copied, self._copied = self._copied, None
        if copied is not None:
            clipboard = QGuiApplication.clipboard()
            if clipboard.text() == copied:
                clipboard.clear()
