"""Take frozen-app.png: the packaged one-folder app (``python3 dev.py bundle``) started under
Xvfb at 1366x768 with a throwaway profile, driven with real key events (XTest): the first
key typed goes to the search box, Enter opens the first result. Run e.g.

    python3 dev.py bundle --dist /tmp/dist --work /tmp/work --no-zip
    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python \\
        docs/screenshots/take_frozen_screenshot.py /tmp/dist/InfoSharingGuide/InfoSharingGuide

Linux only (libX11 and libXtst through ctypes).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

OUT = Path(__file__).resolve().parent / "frozen-app.png"
KEYS = {"Return": 0xFF0D, " ": 0x20, "shift": 0xFFE1}


class X:
    def __init__(self) -> None:
        self.x = ctypes.cdll.LoadLibrary(ctypes.util.find_library("X11"))
        self.t = ctypes.cdll.LoadLibrary(ctypes.util.find_library("Xtst"))
        self.x.XOpenDisplay.restype = ctypes.c_void_p
        self.x.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
        self.x.XKeysymToKeycode.restype = ctypes.c_ubyte
        self.x.XFlush.argtypes = [ctypes.c_void_p]
        self.t.XTestFakeKeyEvent.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_int,
                                             ctypes.c_ulong]
        self.dpy = self.x.XOpenDisplay(None)

    def press(self, sym: int, down: bool) -> None:
        code = self.x.XKeysymToKeycode(self.dpy, sym)
        self.t.XTestFakeKeyEvent(self.dpy, code, 1 if down else 0, 0)
        self.x.XFlush(self.dpy)

    def key(self, name: str, wait: float = 0.05) -> None:
        shift = len(name) == 1 and name.isupper()
        sym = KEYS.get(name, ord(name.lower()) if len(name) == 1 else 0)
        if shift:
            self.press(KEYS["shift"], True)
        self.press(sym, True)
        self.press(sym, False)
        if shift:
            self.press(KEYS["shift"], False)
        time.sleep(wait)

    def focus(self, title: str) -> bool:
        """No window manager under Xvfb: give the app's window the input focus."""
        x, dpy = self.x, self.dpy
        handler = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
        self._handler = handler(lambda _d, _e: 0)  # hidden windows: BadMatch, ignored
        x.XSetErrorHandler(self._handler)
        x.XDefaultRootWindow.restype = ctypes.c_ulong
        x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        ulong_p = ctypes.POINTER(ctypes.c_ulong)
        x.XQueryTree.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ulong_p, ulong_p,
                                 ctypes.POINTER(ulong_p), ctypes.POINTER(ctypes.c_uint)]
        x.XFetchName.argtypes = [ctypes.c_void_p, ctypes.c_ulong,
                                 ctypes.POINTER(ctypes.c_char_p)]
        x.XSetInputFocus.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int,
                                     ctypes.c_ulong]
        x.XRaiseWindow.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
        root_ret, parent_ret = ctypes.c_ulong(), ctypes.c_ulong()
        children, n = ulong_p(), ctypes.c_uint()
        x.XQueryTree(dpy, x.XDefaultRootWindow(dpy), ctypes.byref(root_ret),
                     ctypes.byref(parent_ret), ctypes.byref(children), ctypes.byref(n))
        found = False
        for i in range(n.value):
            name = ctypes.c_char_p()
            if x.XFetchName(dpy, children[i], ctypes.byref(name)) and name.value and \
                    title.lower() in name.value.decode("utf-8", "replace").lower():
                x.XRaiseWindow(dpy, children[i])
                x.XSetInputFocus(dpy, children[i], 2, 0)
                found = True
        x.XFlush(dpy)
        return found


def main(exe: str) -> int:
    base = tempfile.mkdtemp(prefix="ipv-frozen-shot-")
    env = dict(os.environ, HOME=base, XDG_CONFIG_HOME=f"{base}/config",
               XDG_CACHE_HOME=f"{base}/cache", XDG_DATA_HOME=f"{base}/data",
               QT_QPA_PLATFORM="xcb")
    app = subprocess.Popen([exe, "--basedir", f"{base}/app"], env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        x = X()
        for _ in range(60):
            time.sleep(0.5)
            if x.focus("Info-Sharing"):
                break
        time.sleep(3)  # the search index opens after the first paint
        for ch in "police asking for records":
            x.key(ch)
        time.sleep(1.5)
        x.key("Return", wait=2.0)
        from PySide6.QtGui import QGuiApplication

        gui = QGuiApplication(sys.argv[:1])
        gui.primaryScreen().grabWindow(0).save(str(OUT))
        from shrink import shrink  # beside this script

        print("wrote", OUT, shrink(OUT))
    finally:
        app.terminate()
        app.wait(10)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
