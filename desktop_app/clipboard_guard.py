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

On a platform without a desktop clipboard (``offscreen``, ``minimal``, ``eglfs``, ``linuxfb``,
``vnc``: kiosks, remote framebuffers, the tests) Qt keeps the clipboard inside this process,
in a static object destroyed after Python has shut down; destroying the text the app put
there then crashed the process at exit (exit code 139, and on a system that collects crash
dumps, a dump holding what was copied). There the clipboard ends with the process anyway, so
:func:`copy_text` arranges for it to be emptied as the app quits, while Python still runs.
"""

from __future__ import annotations

import atexit
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


#: Qt platform plugins whose clipboard belongs to the desktop and outlives the app (names are
#: matched by prefix: ``wayland-egl``, ``windows:darkmode=2``).
_DESKTOP_CLIPBOARD_PLATFORMS = ("xcb", "wayland", "windows", "direct2d", "cocoa", "ios", "android")

#: The applications whose quit already empties an in-process clipboard (by id, not kept alive).
_guarded_apps: set[int] = set()
_atexit_registered = False


def in_process_clipboard(platform_name: str | None = None) -> bool:
    """Whether the clipboard lives inside this process (no desktop clipboard to hand it to)."""
    name = QGuiApplication.platformName() if platform_name is None else platform_name
    return not name.startswith(_DESKTOP_CLIPBOARD_PLATFORMS)


def release_in_process_clipboard() -> bool:
    """Empty an in-process clipboard while Python still runs; True if it was emptied.

    A desktop clipboard is left alone: the user may paste what they copied after closing
    the app (quick exit and the idle clear take it back, see :func:`forget`)."""
    app = QGuiApplication.instance()
    if app is None or not in_process_clipboard():
        return False
    cb = QGuiApplication.clipboard()
    if cb is None:
        return False
    cb.clear(Mode.Clipboard)
    return True


def _guard_exit() -> None:
    global _atexit_registered
    app = QGuiApplication.instance()
    if app is None or not in_process_clipboard():
        return
    if id(app) not in _guarded_apps:
        _guarded_apps.add(id(app))
        app.aboutToQuit.connect(release_in_process_clipboard)
    if not _atexit_registered:  # an app that never ran its event loop has no aboutToQuit
        _atexit_registered = True
        atexit.register(release_in_process_clipboard)


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
    if clipboard is None:
        _guard_exit()


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
