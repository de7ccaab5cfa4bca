"""One window per user and settings folder: a second start brings the first window to the
front and ends, so quick exit always covers everything. Command-line commands never take
part, a different settings folder gets its own window, a stale socket is replaced, a first
window that cannot answer does not lock the user out, and nothing is left behind. No
network library takes part (tests/project/test_architecture.py, test_bundle.py)."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QDir, Qt

from desktop_app import single_instance
from desktop_app.paths import Paths
from desktop_app.single_instance import SingleInstance, server_name

ROOT = Path(__file__).resolve().parents[2]
linux = pytest.mark.skipif(not sys.platform.startswith("linux"),
                           reason="abstract sockets and /proc/net/unix are Linux")


def test_the_name_is_per_user_and_folder_and_reveals_neither(tmp_path, monkeypatch):
    a, b = tmp_path / "a", tmp_path / "b"
    mine = server_name(a)
    assert mine == server_name(a) != server_name(b)
    assert tmp_path.name not in mine and "root" not in mine
    monkeypatch.setattr(single_instance, "_user", lambda: "someone-else")
    assert server_name(a) != mine


def _unix_socket_names() -> str:
    try:
        return Path("/proc/net/unix").read_text()
    except OSError:
        return ""


def _env(tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "home"
    (tmp_path / "tmp").mkdir(exist_ok=True)
    home.mkdir(exist_ok=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home),
               XDG_CONFIG_HOME=str(home / ".config"), XDG_CACHE_HOME=str(home / ".cache"),
               TMPDIR=str(tmp_path / "tmp"), PYTHONDONTWRITEBYTECODE="1")
    return env


def _start(base: Path, env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "desktop_app", "--basedir", str(base)],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _wait_listening(base: Path, proc: subprocess.Popen, timeout: float = 60) -> None:
    name = server_name(Paths.from_args(base).config_dir)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(proc.communicate())
        if f"@{name}" in _unix_socket_names():
            return
        time.sleep(0.2)
    raise AssertionError("the first window never started listening")


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
    try:
        proc.communicate(timeout=20)  # also closes the pipes
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate(timeout=20)


@linux
@pytest.mark.gui
@pytest.mark.slow
def test_a_second_start_raises_the_first_and_ends(tmp_path):
    env = _env(tmp_path)
    base = tmp_path / "base"
    first = _start(base, env)
    try:
        _wait_listening(base, first)
        second = subprocess.run([sys.executable, "-m", "desktop_app", "--basedir", str(base)],
                                cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
        assert second.returncode == 0, second.stderr
        assert "already open" in second.stderr
        assert first.poll() is None  # the first window is still there
        # the command line never takes part
        cli = subprocess.run([sys.executable, "-m", "desktop_app", "--basedir", str(base),
                              "list"], cwd=ROOT, env=env, capture_output=True, text=True,
                             timeout=60)
        assert cli.returncode == 0 and "already open" not in cli.stderr
        assert cli.stdout.strip()
        # another settings folder is another window
        other = _start(tmp_path / "other-base", env)
        try:
            _wait_listening(tmp_path / "other-base", other)
        finally:
            _stop(other)
    finally:
        _stop(first)
    name = server_name(Paths.from_args(base).config_dir)
    assert name not in _unix_socket_names()  # nothing left behind, even after SIGTERM
    assert not any((tmp_path / "tmp").iterdir())
    assert not any((tmp_path / "home").rglob("*"))


@linux
@pytest.mark.gui
def test_a_request_brings_the_window_to_the_front(make_window, qtbot, tmp_path):
    window = make_window()
    instance = SingleInstance(tmp_path / "settings")
    assert instance.claim()
    try:
        instance.raise_requested.connect(lambda: single_instance.bring_to_front(window))
        window.quick_exit()  # hidden, cleared, minimized
        assert window.windowState() & Qt.WindowState.WindowMinimized
        client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)  # a second start
        client.connect("\0" + instance.name)
        client.sendall(single_instance.REQUEST)
        client.setblocking(False)
        reply = b""

        def answered() -> bool:
            nonlocal reply
            with contextlib.suppress(BlockingIOError):
                reply += client.recv(16)
            return single_instance.REPLY in reply

        qtbot.waitUntil(answered, timeout=5000)
        client.close()
        assert not window.windowState() & Qt.WindowState.WindowMinimized
        assert window.isVisible()
    finally:
        instance.close()


def _ask_in_a_thread(instance: SingleInstance) -> tuple[threading.Thread, list[bool]]:
    """A second start's question, asked from another thread so that this one (the first
    start's main thread) can answer from Qt's event loop."""
    answers: list[bool] = []
    asker = threading.Thread(target=lambda: answers.append(instance.claim()))
    asker.start()
    return asker, answers


@pytest.mark.gui
@pytest.mark.skipif(os.name != "posix", reason="Unix-domain sockets")
@pytest.mark.parametrize("abstract", [pytest.param(True, marks=linux), False],
                         ids=["linux-abstract", "socket-file-as-on-macos"])
def test_the_first_answers_a_second_start_on_its_event_loop(qapp, qtbot, tmp_path,
                                                            monkeypatch, abstract):
    monkeypatch.setattr(single_instance, "_abstract", lambda: abstract)
    first = SingleInstance(tmp_path / "settings")
    second = SingleInstance(tmp_path / "settings")
    other = SingleInstance(tmp_path / "other-settings")
    assert first.claim() and first.listening
    raised: list[bool] = []
    first.raise_requested.connect(lambda: raised.append(True))
    try:
        assert other.claim() and other.listening  # another folder: a window of its own
        asker, answers = _ask_in_a_thread(second)
        qtbot.waitUntil(lambda: bool(answers), timeout=10_000)
        asker.join()
        assert answers == [False] and raised == [True]  # "end this start"
        assert not second.listening
        # a message that is not the request is hung up on, and raises nothing
        conn = single_instance._connect(first.address)
        assert conn is not None
        conn.send(b"hello\n")
        conn.sock.settimeout(5)
        assert conn.sock.recv(16) == b""  # hung up at once (a timeout would raise)
        conn.close()
        qtbot.wait(100)
        assert raised == [True]
    finally:
        first.close()
        other.close()
    assert not [t for t in threading.enumerate() if t.name == "single-instance"]
    assert single_instance._connect(first.address) is None  # nobody listens any more
    if not abstract:
        assert not Path(first.address).exists()


@pytest.mark.gui
@pytest.mark.skipif(os.name != "posix", reason="Unix-domain sockets")
def test_a_first_window_that_does_not_answer_does_not_lock_the_user_out(qapp, tmp_path,
                                                                       monkeypatch):
    """Its event loop is stuck (here: never run): the second start runs alone."""
    monkeypatch.setattr(single_instance, "REPLY_S", 0.3)
    first = SingleInstance(tmp_path / "settings")
    assert first.claim()
    try:
        second = SingleInstance(tmp_path / "settings")
        assert second.claim()  # nobody answered: run alone
        assert not second.listening or not single_instance._abstract()
        second.close()
    finally:
        first.close()


@pytest.mark.gui
@pytest.mark.skipif(os.name != "posix", reason="socket files are POSIX")
def test_a_stale_socket_file_is_replaced_and_removed_on_exit(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(single_instance, "_abstract", lambda: False)  # as on macOS
    instance = SingleInstance(tmp_path / "settings")
    path = Path(QDir.tempPath()) / instance.name
    assert instance.address == str(path)
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(str(path))  # what a crash leaves: the file, and nobody listening
    stale.close()
    assert path.exists()
    try:
        assert instance.claim()  # nothing answered: this is the first instance
        assert instance.listening
        assert path.stat().st_mode & 0o077 == 0  # only this user
    finally:
        instance.close()
    assert not path.exists()


def test_each_platform_gets_a_local_channel(monkeypatch):
    name = "ipvguide-0123"
    monkeypatch.setattr(single_instance, "_windows", lambda: True)
    assert single_instance.channel_address(name) == r"\\.\pipe\ipvguide-0123"
    monkeypatch.setattr(single_instance, "_windows", lambda: False)
    monkeypatch.setattr(single_instance, "_abstract", lambda: True)
    assert single_instance.channel_address(name) == "\0ipvguide-0123"
    monkeypatch.setattr(single_instance, "_abstract", lambda: False)
    assert single_instance.channel_address(name) == str(Path(QDir.tempPath()) / name)


@pytest.mark.gui
@pytest.mark.skipif(os.name != "posix", reason="runs the Windows code over a Unix socket")
def test_the_windows_code_path_through_multiprocessing(qapp, qtbot, monkeypatch):
    """On Windows the channel is multiprocessing's named pipe. Here the same code runs with
    multiprocessing's Unix-socket family in place of the pipe family, so everything but the
    pipe itself is exercised: listening, asking, answering from the event loop, closing."""
    import multiprocessing.connection as mpc

    real_client, real_listener = mpc.Client, mpc.Listener
    families: list[str] = []

    def client(address, family=None, **kwargs):
        families.append(family)
        return real_client(address, family="AF_UNIX", **kwargs)

    def listener(address, family=None, **kwargs):
        families.append(family)
        return real_listener(address, family="AF_UNIX", **kwargs)

    folder = Path(tempfile.mkdtemp(prefix="ipv-si-"))  # short: a socket path has a limit
    monkeypatch.setattr(mpc, "Client", client)
    monkeypatch.setattr(mpc, "Listener", listener)
    monkeypatch.setattr(single_instance, "_windows", lambda: True)
    monkeypatch.setattr(single_instance, "channel_address", lambda name: str(folder / name))
    first = SingleInstance(folder / "settings")
    raised: list[bool] = []
    first.raise_requested.connect(lambda: raised.append(True))
    try:
        assert first.claim() and first.listening
        asker, answers = _ask_in_a_thread(SingleInstance(folder / "settings"))
        qtbot.waitUntil(lambda: bool(answers), timeout=10_000)
        asker.join()
        assert answers == [False] and raised == [True]
    finally:
        first.close()
    assert set(families) == {"AF_PIPE"} and len(families) >= 3  # listen, ask, wake on close
    assert not [t for t in threading.enumerate() if t.name == "single-instance"]
    assert list(folder.iterdir()) == []  # nothing left behind
    folder.rmdir()
