"""A decision copied as plain text: marked private for Windows (no clipboard history, no
cloud clipboard, no monitors), and cleared again on quick exit and at quit if the
clipboard still holds it."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData
from PySide6.QtGui import QGuiApplication

#: Windows clipboard formats that keep copied text out of clipboard history, cloud
#: clipboard and clipboard monitors (Qt maps this MIME form to the named native format).
WINDOWS_PRIVATE_FORMATS = {
    "ExcludeClipboardContentFromMonitorProcessing": b"\x01\x00\x00\x00",
    "CanIncludeInClipboardHistory": b"\x00\x00\x00\x00",
    "CanUploadToCloudClipboard": b"\x00\x00\x00\x00",
}


def private_mime_data(text: str) -> QMimeData:
    """Plain text for the clipboard, marked private for Windows (no clipboard history,
    no cloud clipboard, no monitors). Other systems ignore the extra formats."""
    data = QMimeData()
    data.setText(text)
    for name, value in WINDOWS_PRIVATE_FORMATS.items():
        data.setData(f'application/x-qt-windows-mime;value="{name}"', QByteArray(value))
    return data


class PrivateCopy:
    """Copies text privately and remembers it, so that :meth:`forget` clears the
    clipboard only if it still holds that text (never what someone copied since)."""

    def __init__(self) -> None:
        self._copied: str | None = None

    def copy(self, text: str) -> None:
        QGuiApplication.clipboard().setMimeData(private_mime_data(text))
        self._copied = text

    def forget(self) -> None:
        """Clear the clipboard if it still holds the text copied here. (Also at quit:
        PySide6 would otherwise free the clipboard's data twice on the way out.)"""
        copied, self._copied = self._copied, None
        if copied is not None:
            clipboard = QGuiApplication.clipboard()
            if clipboard.text() == copied:
                clipboard.clear()
