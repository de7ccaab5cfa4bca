"""One window per user and settings folder.

With the app started twice, quick exit would hide one window and uncover the other. So
the first start listens on a local channel named after the user and the settings folder;
a second start finds it, asks it to come to the front, and exits. Command-line commands
never take part (only :func:`desktop_app.app.run_gui` uses this).

The channel is a local endpoint, never a network one, and needs no network library (Qt's
network module is not in the bundle):

- The name is a checksum of the user and the folder (zlib's CRC-32 and Adler-32, 64 bits): it
  shows neither. Not :mod:`hashlib`, which loads OpenSSL (about 3 ms of every start) for a
  name that only has to differ between folders; no one is kept out by the name (see below).
- Linux: an abstract-namespace Unix-domain socket, so there is no file at all, and nothing
  can be left behind even by a crash. Its name is visible to every user of the computer,
  so both ends check that the other runs as the same user (``SO_PEERCRED``).
- macOS and other Unix: a Unix-domain socket file in the user's private temporary folder,
  readable by this user only, removed on exit; one left by a crash is stale (nothing
  answers) and is replaced.
- Windows: a named pipe (no file), through Python's own :mod:`multiprocessing.connection`
  (imported on Windows only). The pipe's default security lets only this user (and the
  administrators) write to it, so no one else can ask this window anything.

A thread waits for the second start's request (so the window never polls); the answer is
given on the main thread, from Qt's event loop: a window whose event loop is stuck does not
answer, and the second start then opens a window of its own, as it always did.
"""

from __future__ import annotations

import contextlib
import os
import socket
import sys
import threading
import time
import zlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QWidget

REQUEST = b"raise\n"
REPLY = b"ok\n"
CONNECT_S = 0.5
REPLY_S = 3.0
#: How long closing waits for the listening thread (it is a daemon thread: never longer).
JOIN_S = 1.0
_MAX_MESSAGE = 64


def _user() -> str:
    """Who runs the app: the user id on Unix (one per user), the user's name on Windows."""
    if hasattr(os, "getuid"):
        return str(os.getuid())
    import getpass  # Windows: the name (there is no user id)

    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return "user"


def server_name(settings_dir: Path | str) -> str:
    """The channel's name for this user and settings folder (a checksum of both)."""
    try:
        folder = os.path.realpath(settings_dir)
    except OSError:
        folder = os.path.abspath(settings_dir)
    if os.name == "nt":
        folder = folder.lower()
    data = f"{_user()}\0{folder}".encode()
    return f"ipvguide-{zlib.crc32(data):08x}{zlib.adler32(data):08x}"


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
    from PySide6.QtCore import QDir  # macOS and other Unix only

    return os.path.join(QDir.tempPath(), name)


# -- one connection: a short line each way --------------------------------------------------

class _UnixConnection:
    """A connected Unix-domain stream socket; a message is one line."""

    def __init__(self, sock: socket.socket):
        self.sock = sock

    def fileno(self) -> int:
        return self.sock.fileno()

    def send(self, data: bytes) -> None:
        self.sock.settimeout(REPLY_S)
        self.sock.sendall(data)

    def receive(self, timeout: float) -> bytes:
        """The first line (at most :data:`_MAX_MESSAGE` bytes), or b"" if none came in time."""
        deadline = time.monotonic() + timeout
        data = b""
        while b"\n" not in data and len(data) < _MAX_MESSAGE:
            left = deadline - time.monotonic()
            if left <= 0:
                return b""
            self.sock.settimeout(left)
            chunk = self.sock.recv(_MAX_MESSAGE)
            if not chunk:  # the other end hung up
                return b""
            data += chunk
        return data

    def close(self) -> None:
        self.sock.close()


class _PipeConnection:
    """A Windows pipe connection from :mod:`multiprocessing.connection` (one message each)."""

    def __init__(self, conn: Any):
        self.conn = conn

    def fileno(self) -> int:
        return int(self.conn.fileno())

    def send(self, data: bytes) -> None:
        self.conn.send_bytes(data)

    def receive(self, timeout: float) -> bytes:
        if not self.conn.poll(timeout):
            return b""
        return bytes(self.conn.recv_bytes(_MAX_MESSAGE))

    def close(self) -> None:
        self.conn.close()


Connection = _UnixConnection | _PipeConnection


def _connect(address: str) -> Connection | None:
    """A connection to the channel at ``address``, or None when nothing listens there.

    Unix: a connect that gives up after :data:`CONNECT_S` (a stuck listener's queue may be
    full). Windows: multiprocessing waits for a busy pipe a moment, and fails at once when
    there is none."""
    if _windows():
        from multiprocessing.connection import Client

        try:
            return _PipeConnection(Client(address, family="AF_PIPE"))
        except OSError:
            return None
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.settimeout(CONNECT_S)
        sock.connect(address)
    except OSError:
        sock.close()
        return None
    return _UnixConnection(sock)


class _Listening:
    """The first start's end of the channel: a listening socket, or a Windows pipe."""

    def __init__(self, address: str):
        self.address = address
        self.pipe: Any = None
        self.sock: socket.socket | None = None
        if _windows():
            from multiprocessing.connection import Listener

            self.pipe = Listener(address, family="AF_PIPE", backlog=4)
            return
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            if not _abstract():
                # nothing answered there: a socket file left by a crash
                with contextlib.suppress(OSError):
                    os.unlink(address)
            sock.bind(address)
            if not _abstract():
                os.chmod(address, 0o600)
            sock.listen(4)
        except OSError:
            sock.close()
            raise
        self.sock = sock

    def accept(self) -> Connection:
        if self.pipe is not None:
            return _PipeConnection(self.pipe.accept())
        assert self.sock is not None
        conn, _addr = self.sock.accept()
        return _UnixConnection(conn)

    def close(self) -> None:
        if self.pipe is not None:
            self.pipe.close()
        if self.sock is not None:
            self.sock.close()
            if not _abstract():
                with contextlib.suppress(OSError):
                    os.unlink(self.address)


def _same_user(conn: Connection) -> bool:
    """Linux: the process at the other end runs as this user. Elsewhere the channel (a
    private-folder file, a pipe only this user may write to) is only reachable by this
    user anyway."""
    if not _abstract() or not isinstance(conn, _UnixConnection):
        return True
    import struct

    try:
        creds = conn.sock.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED,
                                     struct.calcsize("3i"))
        _pid, uid, _gid = struct.unpack("3i", creds)
        return bool(uid == os.getuid())
    except (OSError, ValueError, AttributeError):
        return False


def _exchange(conn: Connection, message: bytes, expected: bytes) -> bool:
    """Send ``message`` (unless empty), then wait up to :data:`REPLY_S` for ``expected``."""
    try:
        if message:
            conn.send(message)
        return conn.receive(REPLY_S) == expected
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
        self.listener: _Listening | None = None
        self._thread: threading.Thread | None = None
        self._closing = threading.Event()
        self._waiting: set[Connection] = set()  # asked, not answered yet (closed on close())
        self._lock = threading.Lock()
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
        try:
            listener = _Listening(self.address)
        except OSError:  # taken (a pipe or a socket of that name), or not allowed here
            return False
        self.listener = listener
        self._closing.clear()
        self._thread = threading.Thread(target=self._serve, args=(listener,),
                                        name="single-instance", daemon=True)
        self._thread.start()
        return True

    def _serve(self, listener: _Listening) -> None:
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
                with self._lock:
                    self._waiting.add(conn)
                try:
                    self._asked.emit(conn)  # queued: _answer runs on the main thread
                    continue
                except RuntimeError:  # this object is gone: the app is closing
                    with self._lock:
                        self._waiting.discard(conn)
            conn.close()

    @Slot(object)
    def _answer(self, conn: Connection) -> None:
        with self._lock:
            if conn not in self._waiting:
                return  # closed already, by close()
            self._waiting.discard(conn)
        try:
            if self._closing.is_set():
                return
            with contextlib.suppress(OSError):
                conn.send(REPLY)
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
        with self._lock:
            waiting, self._waiting = list(self._waiting), set()
        for conn in waiting:  # asked while the event loop did not run: no answer
            with contextlib.suppress(OSError):
                conn.close()


def bring_to_front(window: QWidget) -> None:
    """Show ``window`` un-minimized, raised and active (a second start asked for it)."""
    state = window.windowState() & ~Qt.WindowState.WindowMinimized
    window.setWindowState(state | Qt.WindowState.WindowActive)
    window.show()
    window.raise_()
    window.activateWindow()
