"""One window per user and settings folder.

With the app started twice, quick exit would hide one window and uncover the other. So
the first start listens on a local channel named after the user and the settings folder;
a second start finds it, asks it to come to the front, and exits. Command-line commands
never take part (only :func:`desktop_app.app.run_gui` uses this).

The channel is Python's own :mod:`multiprocessing.connection` over a local endpoint, never
a network one, and needs no network library (Qt's network module is not in the bundle):

- The name is a hash: it shows neither the user nor the folder.
- Linux: an abstract-namespace Unix-domain socket, so there is no file at all, and nothing
  can be left behind even by a crash. Its name is visible to every user of the computer,
  so both ends check that the other runs as the same user (``SO_PEERCRED``).
- macOS and other Unix: a Unix-domain socket file in the user's private temporary folder,
  removed on exit; one left by a crash is stale (nothing answers) and is replaced.
- Windows: a named pipe (no file). The pipe's default security lets only this user (and
  the administrators) write to it, so no one else can ask this window anything.

A thread waits for the second start's request (so the window never polls); the answer is
given on the main thread, from Qt's event loop: a window whose event loop is stuck does not
answer, and the second start then opens a window of its own, as it always did.
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import os
import sys
import threading
from multiprocessing.connection import Client, Connection, Listener
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDir, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QWidget

REQUEST = b"raise\n"
REPLY = b"ok\n"
CONNECT_S = 0.5
REPLY_S = 3.0
#: How long closing waits for the listening thread (it is a daemon thread: never longer).
JOIN_S = 1.0
_MAX_MESSAGE = 64


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no name for this uid
        return str(os.getuid()) if hasattr(os, "getuid") else "user"


def server_name(settings_dir: Path | str) -> str:
    """The channel's name for this user and settings folder (a hash of both)."""
    try:
        folder = os.path.realpath(settings_dir)
    except OSError:
        folder = os.path.abspath(settings_dir)
    if os.name == "nt":
        folder = folder.lower()
    digest = hashlib.sha256(f"{_user()}\0{folder}".encode()).hexdigest()[:32]
    return f"ipvguide-{digest}"


def _abstract() -> bool:
    return sys.platform.startswith("linux")


def _windows() -> bool:
    return os.name == "nt"


def channel_address(name: str) -> str:
    """Where the channel called ``name`` lives on this platform (see the module's notes)."""
    if _windows():
        return rf"\\.\pipe\{name}"
    if _abstract():
        return "\0" + name
    return os.path.join(QDir.tempPath(), name)


def _family() -> str:
    return "AF_PIPE" if _windows() else "AF_UNIX"


def _connect(address: str) -> Any:
    """A connection to the channel at ``address``, or None when nothing listens there.

    Unix: a connect that gives up after :data:`CONNECT_S` (a stuck listener's queue may be
    full). Windows: multiprocessing waits for a busy pipe a moment, and fails at once when
    there is none."""
    if _windows():
        try:
            return Client(address, family="AF_PIPE")
        except OSError:
            return None
    import socket  # only here: a Unix-domain socket, never a network one

    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.settimeout(CONNECT_S)
        sock.connect(address)
        sock.settimeout(None)
    except OSError:
        sock.close()
        return None
    return Connection(sock.detach())


def _same_user(conn: Any) -> bool:
    """Linux: the process at the other end runs as this user. Elsewhere the channel (a
    private-folder file, a pipe only this user may write to) is only reachable by this
    user anyway."""
    if not _abstract():
        return True
    import socket  # only here: a Unix-domain socket's peer credentials
    import struct

    try:
        raw = socket.socket(fileno=os.dup(conn.fileno()))
        try:
            creds = raw.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED,
                                   struct.calcsize("3i"))
        finally:
            raw.close()
        _pid, uid, _gid = struct.unpack("3i", creds)
        return bool(uid == os.getuid())
    except (OSError, ValueError, AttributeError):
        return False


def _exchange(conn: Any, message: bytes, expected: bytes) -> bool:
    """Send ``message`` (unless empty), then wait up to :data:`REPLY_S` for ``expected``."""
    try:
        if message:
            conn.send_bytes(message)
        return bool(conn.poll(REPLY_S) and conn.recv_bytes(_MAX_MESSAGE) == expected)
    except (OSError, EOFError, ValueError):
        return False


class SingleInstance(QObject):
    """``claim()`` once at start-up; ``raise_requested`` fires when a second start asks."""

    raise_requested = Signal()
    #: A second start's connection, from the listening thread; answered on the main thread.
    _asked = Signal(object)

    def __init__(self, settings_dir: Path | str, parent: QObject | None = None):
        super().__init__(parent)
        self.name = server_name(settings_dir)
        self.address = channel_address(self.name)
        self.listener: Any = None
        self._thread: threading.Thread | None = None
        self._closing = threading.Event()
        self._asked.connect(self._answer, Qt.ConnectionType.QueuedConnection)

    @property
    def listening(self) -> bool:
        return self.listener is not None

    def claim(self) -> bool:
        """True: this is the first instance (now listening, or alone if it cannot listen).
        False: another instance of this user and folder answered and was brought to the
        front; this start should end."""
        for _attempt in range(2):
            if self._ask_running_instance():
                return False
            if self._listen():
                return True
        return True  # the name is taken by something that does not answer: run alone

    def _ask_running_instance(self) -> bool:
        conn = _connect(self.address)
        if conn is None:
            return False
        try:
            return _same_user(conn) and _exchange(conn, REQUEST, REPLY)
        finally:
            conn.close()

    def _listen(self) -> bool:
        if not _abstract() and not _windows():
            # nothing answered there: a socket file left by a crash
            with contextlib.suppress(OSError):
                os.unlink(self.address)
        try:
            listener = Listener(self.address, family=_family(), backlog=4)
        except OSError:  # taken (a pipe or a socket of that name), or not allowed here
            return False
        if not _abstract() and not _windows():
            with contextlib.suppress(OSError):
                os.chmod(self.address, 0o600)
        self.listener = listener
        self._closing.clear()
        self._thread = threading.Thread(target=self._serve, args=(listener,),
                                        name="single-instance", daemon=True)
        self._thread.start()
        return True

    def _serve(self, listener: Any) -> None:
        """The listening thread: accept, read the request, hand it to the main thread."""
        while not self._closing.is_set():
            try:
                conn = listener.accept()
            except OSError:
                if self._closing.wait(0.2):
                    return
                continue
            if self._closing.is_set():
                conn.close()
                return
            if _same_user(conn) and _exchange(conn, b"", REQUEST):
                try:
                    self._asked.emit(conn)  # queued: _answer runs on the main thread
                    continue
                except RuntimeError:  # this object is gone: the app is closing
                    pass
            conn.close()

    @Slot(object)
    def _answer(self, conn: Any) -> None:
        try:
            if self._closing.is_set():
                return
            with contextlib.suppress(OSError):
                conn.send_bytes(REPLY)
            self.raise_requested.emit()
        finally:
            conn.close()

    def close(self) -> None:
        """Stop listening (the socket file, where there is one, is removed)."""
        listener, self.listener = self.listener, None
        if listener is None:
            return
        self._closing.set()
        waker = _connect(self.address)  # wakes the thread up from accept()
        if waker is not None:
            waker.close()
        if self._thread is not None:
            self._thread.join(JOIN_S)
            self._thread = None
        with contextlib.suppress(OSError):
            listener.close()  # a socket file is removed with it


def bring_to_front(window: QWidget) -> None:
    """Show ``window`` un-minimized, raised and active (a second start asked for it)."""
    state = window.windowState() & ~Qt.WindowState.WindowMinimized
    window.setWindowState(state | Qt.WindowState.WindowActive)
    window.show()
    window.raise_()
    window.activateWindow()
