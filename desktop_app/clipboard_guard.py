"""The app's clipboards: what it puts there, and how quick exit takes it back.

Qt offers up to three clipboards (``QClipboard.Mode``): the ordinary one (``Clipboard``),
the X11 "primary selection" (``Selection``: on Linux, *selecting* text, even Ctrl+A in the
search box, publishes it to every program until something else is selected) and macOS's
find buffer (``FindBuffer``). :func:`forget` clears each one this app still owns, plus the
ordinary clipboard when it still holds exactly what the app copied (on platforms that
cannot say who owns it). Another program's clipboard is never touched.

:func:`copy_text` is how the app copies: on Windows it also marks the text as not for the
clipboard history (Win+V) and not for the cloud clipboard, which would otherwise keep a
copy after quick exit.
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QClipboard, QGuiApplication

Mode = QClipboard.Mode

#: Windows clipboard formats that keep a copy out of the history and the cloud clipboard.
_WINDOWS_PRIVATE_FORMATS = {
    "ExcludeClipboardContentFromMonitorProcessing": b"\x01\x00\x00\x00",
    "CanIncludeInClipboardHistory": b"\x00\x00\x00\x00",
    "CanUploadToCloudClipboard": b"\x00\x00\x00\x00",
}


def _clipboard(clipboard: Any = None) -> Any:
    return clipboard if clipboard is not None else QGuiApplication.clipboard()


def copy_text(text: str, clipboard: Any = None, *, platform: str = sys.platform) -> None:
    """Put ``text`` on the ordinary clipboard (kept out of Windows' clipboard history)."""
    data = QMimeData()
    data.setText(text)
    if platform == "win32":
        for name, value in _WINDOWS_PRIVATE_FORMATS.items():
            data.setData(f'application/x-qt-windows-mime;value="{name}"', value)
    _clipboard(clipboard).setMimeData(data, Mode.Clipboard)


def modes(clipboard: Any = None) -> list[Mode]:
    """The clipboard modes this platform has."""
    cb = _clipboard(clipboard)
    out = [Mode.Clipboard]
    if cb.supportsSelection():
        out.append(Mode.Selection)
    if cb.supportsFindBuffer():
        out.append(Mode.FindBuffer)
    return out


def forget(copied_text: str | None = None, clipboard: Any = None) -> list[Mode]:
    """Clear every clipboard mode the app set; return the modes cleared."""
    cb = _clipboard(clipboard)
    owns = {Mode.Clipboard: cb.ownsClipboard, Mode.Selection: cb.ownsSelection,
            Mode.FindBuffer: cb.ownsFindBuffer}
    cleared = []
    for mode in modes(cb):
        mine = bool(owns[mode]())
        if not mine and mode == Mode.Clipboard and copied_text is not None:
            mine = cb.text(Mode.Clipboard) == copied_text  # no ownership test here (offscreen)
        if mine:
            cb.clear(mode)
            cleared.append(mode)
    return cleared
