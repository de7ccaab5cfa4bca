"""One window per user and settings folder.

With the app started twice, quick exit would hide one window and uncover the other. So
the first start listens on a local socket named after the user and the settings folder;
a second start finds it, asks it to come to the front, and exits. Command-line commands
never take part (only :func:`desktop_app.app.run_gui` uses this).

- The name is a hash: it shows neither the user nor the folder.
- Linux: an abstract-namespace socket, so there is no file at all, and nothing can be left
  behind even by a crash. Its name is visible to every user of the computer, so both ends
  check that the other runs as the same user (``SO_PEERCRED``).
- macOS and other Unix: a socket file in the user's private temporary folder, removed on
  exit; one left by a crash is stale (nothing answers) and is replaced.
- Windows: a named pipe (no file), only for the current user.
"""

from __future__ import annotations

import functools
import getpass
import hashlib
import os
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

REQUEST = b"raise\n"
REPLY = b"ok\n"
CONNECT_MS = 500
REPLY_MS = 3000


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no name for this uid
        return str(os.getuid()) if hasattr(os, "getuid") else "user"


def server_name(settings_dir: Path | str) -> str:
    """The socket's name for this user and settings folder (a hash of both)."""
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


def _same_user(sock: QLocalSocket) -> bool:
    """Linux: the process at the other end runs as this user. Elsewhere the socket (a
    private-folder file, a per-user pipe) is only reachable by this user anyway."""
    if not _abstract():
        return True
    import socket  # only here: a Unix-domain socket's peer credentials
    import struct

    try:
        fd = int(sock.socketDescriptor())
        if fd < 0:
            return False
        raw = socket.socket(fileno=os.dup(fd))
        try:
            creds = raw.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED,
                                   struct.calcsize("3i"))
        finally:
            raw.close()
        _pid, uid, _gid = struct.unpack("3i", creds)
        return uid == os.getuid()
    except (OSError, ValueError, AttributeError):
        return False


class SingleInstance(QObject):
    """``claim()`` once at start-up; ``raise_requested`` fires when a second start asks."""

    raise_requested = Signal()

    def __init__(self, settings_dir: Path | str, parent: QObject | None = None):
        super().__init__(parent)
        self.name = server_name(settings_dir)
        self.server: QLocalServer | None = None
        self._clients: list[QLocalSocket] = []
        self._answered: list[QLocalSocket] = []

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
        sock = QLocalSocket(self)
        if _abstract():
            sock.setSocketOptions(QLocalSocket.SocketOption.AbstractNamespaceOption)
        try:
            sock.connectToServer(self.name)
            if not sock.waitForConnected(CONNECT_MS) or not _same_user(sock):
                return False
            sock.write(REQUEST)
            sock.waitForBytesWritten(REPLY_MS)
            reply = b""
            while REPLY not in reply and sock.waitForReadyRead(REPLY_MS):
                reply += bytes(sock.readAll().data())
            return REPLY in reply
        finally:
            sock.abort()  # kept as a child until this object goes: no late events

    def _listen(self) -> bool:
        server = QLocalServer(self)
        options = QLocalServer.SocketOption.UserAccessOption
        if _abstract():
            options |= QLocalServer.SocketOption.AbstractNamespaceOption
        else:
            QLocalServer.removeServer(self.name)  # a stale file left by a crash
        server.setSocketOptions(options)
        if not server.listen(self.name):
            return False
        server.newConnection.connect(self._on_connection)
        self.server = server
        return True

    def _on_connection(self) -> None:
        if self.server is None:
            return
        while self.server.hasPendingConnections():
            sock = self.server.nextPendingConnection()
            if not _same_user(sock):
                sock.abort()
                self._answered.append(sock)
                continue
            self._clients.append(sock)  # owned by the server; dropped when answered
            sock.readyRead.connect(functools.partial(self._on_request, sock))
            if sock.bytesAvailable():
                self._on_request(sock)

    def _on_request(self, sock: QLocalSocket) -> None:
        if sock not in self._clients:
            return
        data = bytes(sock.readAll().data())
        if REQUEST.strip() not in data:
            return  # not all of it yet
        self._clients.remove(sock)
        self._answered.append(sock)
        sock.write(REPLY)
        sock.flush()
        sock.disconnectFromServer()
        self.raise_requested.emit()

    def close(self) -> None:
        """Stop listening (the socket file, where there is one, is removed)."""
        for sock in self._answered + self._clients:
            sock.abort()
        if self.server is not None:
            self.server.close()  # kept (not deleted) until this object goes: no late events


def bring_to_front(window: QWidget) -> None:
    """Show ``window`` un-minimized, raised and active (a second start asked for it)."""
    state = window.windowState() & ~Qt.WindowState.WindowMinimized
    window.setWindowState(state | Qt.WindowState.WindowActive)
    window.show()
    window.raise_()
    window.activateWindow()
