"""Privacy, round two: every clipboard the app set is cleared by quick exit, quick exit
covers every window, print jobs and suggested file names never carry the typed search,
and a crash cannot write the process's memory to disk."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QDialog, QLabel

from desktop_app import clipboard_guard
from desktop_app.printing.dialog import Selection
from tests.tools.app_support import type_query

ROOT = Path(__file__).resolve().parents[2]
Mode = QClipboard.Mode


class FakeClipboard:
    """A clipboard like X11's (Clipboard + Selection) or macOS's (Clipboard + FindBuffer)."""

    def __init__(self, selection=True, find_buffer=True, owns=(Mode.Selection,)):
        self._sel, self._find, self._owns = selection, find_buffer, set(owns)
        self.texts = {Mode.Clipboard: "someone else's", Mode.Selection: "quokka typed",
                      Mode.FindBuffer: "quokka found"}
        self.cleared: list[Mode] = []

    def supportsSelection(self):  # noqa: N802 - Qt's names
        return self._sel

    def supportsFindBuffer(self):  # noqa: N802
        return self._find

    def ownsClipboard(self):  # noqa: N802
        return Mode.Clipboard in self._owns

    def ownsSelection(self):  # noqa: N802
        return Mode.Selection in self._owns

    def ownsFindBuffer(self):  # noqa: N802
        return Mode.FindBuffer in self._owns

    def text(self, mode=Mode.Clipboard):
        return self.texts[mode]

    def setText(self, text, mode=Mode.Clipboard):  # noqa: N802
        self.texts[mode] = text
        self._owns.add(mode)

    def setMimeData(self, data, mode=Mode.Clipboard):  # noqa: N802
        self.setText(data.text(), mode)

    def clear(self, mode=Mode.Clipboard):
        self.cleared.append(mode)
        self.texts[mode] = ""


def test_forget_clears_each_mode_the_app_owns_and_no_other():
    cb = FakeClipboard(owns=(Mode.Selection, Mode.FindBuffer))
    assert clipboard_guard.forget(None, cb) == [Mode.Selection, Mode.FindBuffer]
    assert cb.texts[Mode.Clipboard] == "someone else's"


def test_forget_skips_modes_the_platform_lacks():
    cb = FakeClipboard(selection=False, find_buffer=False,
                       owns=(Mode.Clipboard, Mode.Selection, Mode.FindBuffer))
    assert clipboard_guard.forget(None, cb) == [Mode.Clipboard]


def test_forget_recognises_its_own_copy_where_ownership_is_unknown():
    cb = FakeClipboard(owns=())
    cb.texts[Mode.Clipboard] = "our citation"
    assert clipboard_guard.forget("our citation", cb) == [Mode.Clipboard]
    assert clipboard_guard.forget("our citation", FakeClipboard(owns=())) == []


@pytest.mark.gui
def test_quick_exit_clears_the_x11_primary_selection(qtbot, make_window, monkeypatch):
    window = make_window()
    cb = FakeClipboard(owns=(Mode.Selection,))  # Ctrl+A in the search box is enough
    monkeypatch.setattr(QGuiApplication, "clipboard", staticmethod(lambda: cb))
    window.quick_exit()
    assert Mode.Selection in cb.cleared
    assert cb.texts[Mode.Selection] == ""
    assert cb.texts[Mode.Clipboard] == "someone else's"


@pytest.mark.gui
def test_quick_exit_clears_the_find_buffer_and_a_copy_made_in_the_app(qtbot, make_window,
                                                                       monkeypatch):
    window = make_window()
    cb = FakeClipboard(selection=False, owns=(Mode.Clipboard, Mode.FindBuffer))
    monkeypatch.setattr(QGuiApplication, "clipboard", staticmethod(lambda: cb))
    window.quick_exit()
    assert set(cb.cleared) == {Mode.Clipboard, Mode.FindBuffer}


def test_copies_are_kept_out_of_windows_clipboard_history():
    cb = FakeClipboard()
    seen = []
    cb.setMimeData = lambda data, mode=Mode.Clipboard: seen.append(data.formats())
    clipboard_guard.copy_text("PHIPA s. 40(1)", cb, platform="win32")
    assert any("CanIncludeInClipboardHistory" in f for f in seen[0])
    assert any("ExcludeClipboardContentFromMonitorProcessing" in f for f in seen[0])


@pytest.mark.gui
def test_quick_exit_hides_every_other_window_of_the_app(qtbot, make_window):
    window = make_window()
    loose = QDialog()  # e.g. a print preview or any non-modal window the app opened
    loose.setLayout(None)
    QLabel("quokka", loose)
    loose.show()
    qtbot.addWidget(loose)
    window.quick_exit()
    assert not loose.isVisible()


# -- print job names and file names ------------------------------------------------------------

@pytest.mark.gui
def test_a_search_printout_never_carries_the_query_outside_the_page(qtbot, make_window, tmp_path):
    window = make_window()
    type_query(qtbot, window, "strangled quokka")
    c = window.print_controller
    job = c.build_job(Selection("search"))
    assert "quokka" not in job.title and "quokka" not in job.filename
    assert "quokka" not in c.printer(job).docName()  # the print queue's job name
    target = tmp_path / "digest.pdf"
    c._ask_save_path = lambda _job: str(target)
    assert c.export_job(job) is not None
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True).stdout
    assert "quokka" not in info.lower()  # the PDF's title and other metadata
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True,
                          text=True).stdout
    assert "quokka" in text  # the digest itself shows what was searched, as asked


# -- crashes -----------------------------------------------------------------------------------

@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux core dump switches")
@pytest.mark.parametrize("argv", [["list"], ["--version"]])
def test_every_start_switches_off_core_dumps(argv):
    code = (
        "import resource, sys\n"
        "from desktop_app import crash_guard\n"
        "from desktop_app.cli import main\n"
        f"try:\n    main({argv!r})\nexcept SystemExit:\n    pass\n"
        "print('core', resource.getrlimit(resource.RLIMIT_CORE)[0], file=sys.stderr)\n"
        "print('dumpable', crash_guard.is_dumpable(), file=sys.stderr)\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, timeout=120)
    assert "core 0\n" in out.stderr, out.stderr
    assert "dumpable False" in out.stderr, out.stderr


def _core_files_land_in_the_working_folder() -> bool:
    try:
        pattern = Path("/proc/sys/kernel/core_pattern").read_text().strip()
    except OSError:
        return False
    return bool(pattern) and not pattern.startswith("|") and "/" not in pattern


@pytest.mark.skipif(not _core_files_land_in_the_working_folder(),
                    reason="core files go to a collector here, not to the working folder")
def test_a_crash_leaves_no_core_file(tmp_path):
    code = ("import os, resource, signal, sys\n"
            "hard = resource.getrlimit(resource.RLIMIT_CORE)[1]\n"
            "if hard == 0:\n"
            "    sys.exit(3)  # this process tree cannot dump core at all\n"
            "resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))  # as on a desktop\n"
            "from desktop_app.cli import main\n"
            "main(['list'])\n"
            "os.kill(os.getpid(), signal.SIGSEGV)\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True,
                         text=True, timeout=120, env={"PYTHONPATH": str(ROOT),
                                                      "PATH": "/usr/bin:/bin"})
    if out.returncode == 3:
        pytest.skip("core dumps are already off for the test run (a hard limit of 0)")
    assert out.returncode == -11, out.stderr
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("core")]


# -- the clipboard at exit ----------------------------------------------------------------------
# Qt's offscreen/minimal/eglfs/linuxfb/vnc platforms keep the clipboard in a static object
# destroyed after Python has shut down; destroying the app's copied text there crashed the
# process at exit (rc 139): a crash dump on a system that keeps them would hold the copy.

_COPY_THEN_CLOSE = """
import os, sys, tempfile
os.environ['QT_QPA_PLATFORM'] = 'offscreen'
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from desktop_app.app import create_app
app, window = create_app(['--basedir', tempfile.mkdtemp(), '--content', sys.argv[1]])
def go():
    window.open_section('consent-first')
    window.commands.copy_citation_action.trigger()
    print('copied:', bool(QGuiApplication.clipboard().text()), flush=True)
    window.close()
    if sys.argv[2] == 'loop':
        app.quit()
if sys.argv[2] == 'loop':
    QTimer.singleShot(300, go)
    rc = app.exec()
else:  # no event loop ever ran: aboutToQuit is never sent
    go()
    rc = 0
sys.exit(rc)
"""


@pytest.mark.parametrize("how", ["loop", "no-loop"])
def test_closing_after_a_copy_exits_cleanly_not_with_a_crash(how):
    from tests.tools.app_support import APP_CONTENT

    out = subprocess.run([sys.executable, "-c", _COPY_THEN_CLOSE, str(APP_CONTENT), how],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert "copied: True" in out.stdout, out.stdout + out.stderr
    assert out.returncode == 0, f"exit code {out.returncode}\n{out.stderr}"


def test_only_an_in_process_clipboard_is_emptied_at_exit(qapp):
    assert clipboard_guard.in_process_clipboard("offscreen")
    assert clipboard_guard.in_process_clipboard("minimal")
    assert clipboard_guard.in_process_clipboard("eglfs")
    for desktop in ("xcb", "wayland", "wayland-egl", "windows", "windows:darkmode=2", "cocoa"):
        assert not clipboard_guard.in_process_clipboard(desktop), desktop
    clipboard_guard.copy_text("PHIPA s. 40(1)")
    assert QGuiApplication.clipboard().text() == "PHIPA s. 40(1)"
    assert clipboard_guard.release_in_process_clipboard()  # the tests run offscreen
    assert QGuiApplication.clipboard().text() == ""
