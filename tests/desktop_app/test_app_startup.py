"""Start-up, background workers and errors: the window comes first, the index after; jobs
report back on the GUI thread; an exception shows a readable dialog and the app carries on."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QThread
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop_app import errors, workers
from tests.tools.app_support import APP_CONTENT

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]


# -- workers ------------------------------------------------------------------------------------

def test_a_job_reports_progress_and_result_on_the_gui_thread(qapp, qtbot):
    seen = {}
    gui = QThread.currentThread()

    def job(n, *, progress, is_cancelled):
        seen["job_thread"] = QThread.currentThread()
        for i in range(n):
            progress(i + 1, n)
        return n * 2

    progress, results = [], []

    def on_result(value):
        seen["result_thread"] = QThread.currentThread()
        results.append(value)

    workers.run_in_pool(job, 3, on_result=on_result,
                        on_progress=lambda d, t: progress.append((d, t)))
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results == [6]
    assert progress == [(1, 3), (2, 3), (3, 3)]
    assert seen["job_thread"] is not gui and seen["result_thread"] is gui


def test_a_failing_job_reports_its_exception(qapp, qtbot):
    def job(*, progress, is_cancelled):
        raise ValueError("nope")

    failures = []
    workers.run_in_pool(job, on_error=failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert isinstance(failures[0], ValueError) and str(failures[0]) == "nope"


def test_a_job_sees_its_cancel_token(qapp, qtbot):
    started, results = threading.Event(), []

    def job(*, progress, is_cancelled):
        started.set()
        for _ in range(500):
            if is_cancelled():
                return "cancelled"
            threading.Event().wait(0.01)
        return "finished"

    token = workers.run_in_pool(job, on_result=results.append)
    assert started.wait(5)
    token.cancel()
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results == ["cancelled"]


def test_callbacks_are_skipped_once_their_context_is_gone(qapp, qtbot):
    from PySide6.QtCore import QObject

    release, results = threading.Event(), []
    ctx = QObject()

    def job(*, progress, is_cancelled):
        release.wait(5)
        return 1

    workers.run_in_pool(job, on_result=results.append, context=ctx)
    import shiboken6

    shiboken6.delete(ctx)
    release.set()
    assert workers.shutdown()
    qapp.processEvents()
    assert results == []


# -- start-up ---------------------------------------------------------------------------------

def test_window_shows_before_whoosh_is_imported():
    code = (
        "import os, sys, tempfile\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from desktop_app.app import create_app\n"
        f"app, w = create_app(['--basedir', tempfile.mkdtemp(), '--content', r'{APP_CONTENT}'])\n"
        "print(w.isVisible(), any(m.split('.')[0] == 'whoosh' for m in sys.modules))\n"
        "w.close()\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "True False"


def test_fonts_are_large_and_follow_the_os_size(make_window):
    from desktop_app.app import READER_MIN_POINTS, UI_MIN_POINTS

    window = make_window(wait=False)
    assert QApplication.font().pointSizeF() >= UI_MIN_POINTS
    assert window.reader.document().defaultFont().pointSizeF() >= READER_MIN_POINTS


def test_a_missing_content_folder_is_a_clear_message_not_a_traceback(qapp, basedir, monkeypatch,
                                                                       tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.app import parse_args, run_gui

    shown = []
    monkeypatch.setattr(QMessageBox, "critical",
                        staticmethod(lambda parent, title, text: shown.append(text)))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    args, qt_args = parse_args(["--basedir", str(basedir), "--content", str(tmp_path / "nope")])
    assert run_gui(args, qt_args) == 2
    assert shown and "content folder not found" in shown[0]


def test_geometry_is_remembered(make_window):
    window = make_window(wait=False)
    window.resize(770, 520)  # the offscreen screen is 800 x 600
    window.close()
    again = make_window(wait=False)
    assert (again.width(), again.height()) == (770, 520)


# -- errors ---------------------------------------------------------------------------------------

def test_exception_hook_shows_a_copyable_dialog_and_keeps_going(make_window, monkeypatch):
    window = make_window(wait=False)
    hook = sys.excepthook
    assert isinstance(hook, errors.ExceptionHook)
    printed = []
    monkeypatch.setattr(hook, "previous", lambda *a: printed.append(a))
    try:
        raise RuntimeError("something broke")
    except RuntimeError as exc:
        hook(type(exc), exc, exc.__traceback__)
    assert printed  # the traceback still goes to the previous hook (stderr)
    dlg = hook.shown[-1]
    assert dlg.isVisible() and not dlg.isModal()
    assert "RuntimeError: something broke" in dlg.message_label.text()
    details = dlg.details.toPlainText()
    assert "Traceback" in details and "Info-Sharing Guide" in details
    dlg.copy_button.click()
    assert QGuiApplication.clipboard().text() == details
    window.open_section("about")  # the app carries on
    assert "About this test guide" in window.reader.toPlainText()
    window.quick_exit()  # and quick exit closes it
    assert not dlg.isVisible() or errors.open_dialogs == []


def test_exception_hook_can_be_uninstalled(qtbot, make_window):
    make_window(wait=False)
    hook = sys.excepthook
    assert isinstance(hook, errors.ExceptionHook)
    hook.uninstall()
    assert sys.excepthook is hook.previous


@pytest.mark.parametrize("exc, words", [
    (PermissionError(13, "Permission denied", "/x/settings.ini"), "not allowed to write to"),
    (OSError(28, "No space left on device", "/x"), "No space left on device"),
    (ValueError("odd"), "Something went wrong: ValueError: odd"),
])
def test_describe_puts_errors_in_words(exc, words):
    assert words in errors.describe(exc)


def test_describe_content_and_index_errors():
    from content import ContentError, Problem
    from index import IndexBuildError

    msg = errors.describe(ContentError([Problem("data", 0, "content folder not found")]))
    assert "could not be loaded" in msg and "content folder not found" in msg
    assert "the disk is full" in errors.describe(IndexBuildError("the disk is full"))


def test_describe_matches_by_type_so_subclasses_get_their_parents_words():
    from content import ContentError, Problem
    from index import IndexBuildCancelled, IndexBuildError

    class PackContentError(ContentError):
        pass

    class DiskIndexError(IndexBuildError):
        pass

    msg = errors.describe(PackContentError([Problem("pack", 3, "bad date")]))
    assert msg == "The guide's content could not be loaded: pack:3: bad date"
    assert errors.describe(DiskIndexError("no room")) == \
        "The search index could not be prepared: no room"
    cancelled = errors.describe(IndexBuildCancelled())
    assert "Something went wrong" not in cancelled and "stopped" in cancelled

    class ContentErrorLookalike(Exception):  # the same name is not the same type
        pass

    ContentErrorLookalike.__name__ = "ContentError"
    assert errors.describe(ContentErrorLookalike("x")).startswith("Something went wrong")


def test_work_deferred_past_the_first_paint_runs_after_it():
    """Issue 15: the side panels and the index start after the window's first real paint
    (a QTimer.singleShot(0) queued before show() ran before it, in every traced start)."""
    code = (
        "import os, sys, tempfile\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtCore import QEvent, QObject, QTimer\n"
        "from PySide6.QtWidgets import QApplication, QWidget\n"
        "import desktop_app.app as A\n"
        "order = []\n"
        "class Spy(QObject):\n"
        "    def eventFilter(self, obj, ev):\n"
        "        if ev.type() == QEvent.Type.Paint and isinstance(obj, QWidget) and \\\n"
        "                'paint' not in order:\n"
        "            order.append('paint')\n"
        "        return False\n"
        "from desktop_app.app import _qapplication\n"
        "app = _qapplication([])\n"
        "spy = Spy(); app.installEventFilter(spy)\n"
        "real = A._after_first_paint\n"
        "A._after_first_paint = lambda w: (order.append('deferred'), real(w))\n"
        f"app, w = A.create_app(['--basedir', tempfile.mkdtemp(), '--content', "
        f"r'{APP_CONTENT}'])\n"
        "QTimer.singleShot(2500, app.quit)\n"
        "app.exec()\n"
        "print(order, w.started)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "['paint', 'deferred'] True"


# -- the garbage collector and Qt's paint threads during the start (issue 15) --------------------

@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/task")
def test_a_real_start_pauses_the_collector_until_its_first_paint_and_paints_on_one_thread():
    """Started as ``python -m desktop_app`` is: at the first paint the collector is still
    paused and Qt has started no paint threads (QT_NO_GUI_THREADPOOL); right after it the
    collector runs again."""
    code = (
        "import gc, json, os, sys, tempfile\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "os.environ.pop('QT_NO_GUI_THREADPOOL', None)\n"
        "import runpy\n"
        "import desktop_app.app as A\n"
        "gc.enable()\n"
        "seen = {}\n"
        "real = A._first_painted\n"
        "def first(w):\n"
        "    seen['paused at the paint'] = not gc.isenabled()\n"
        "    seen['threads'] = sorted(open(f'/proc/self/task/{t}/comm').read().strip()\n"
        "                             for t in os.listdir('/proc/self/task'))\n"
        "    real(w)\n"
        "    seen['collecting after it'] = gc.isenabled()\n"
        "    print(json.dumps(seen), flush=True)\n"
        "    os._exit(0)\n"
        "A._first_painted = first\n"
        "sys.argv = ['ipv-guide', '--basedir', tempfile.mkdtemp(), '--content', "
        f"r'{APP_CONTENT}']\n"
        "runpy.run_module('desktop_app', run_name='__main__')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["paused at the paint"] and seen["collecting after it"], seen
    assert not any("pooled" in name for name in seen["threads"]), seen["threads"]


def test_a_command_runs_with_the_collector_on(monkeypatch, capsys):
    """Only the window's start goes without collection: ``python -m desktop_app list``
    (paused by __main__ first) lists with the collector running."""
    import gc

    from desktop_app import cli
    from desktop_app.cli import content_cmds

    seen: list[bool] = []
    real = content_cmds.cmd_list
    monkeypatch.setattr(content_cmds, "cmd_list",
                        lambda args: (seen.append(gc.isenabled()), real(args))[1])
    gc.disable()
    try:
        assert cli.main(["list"]) == 0
    finally:
        gc.enable()
    assert seen == [True]
    assert capsys.readouterr().out.strip()


def test_a_start_that_fails_before_its_first_paint_collects_again(qapp, tmp_path, monkeypatch):
    """Before its message box (which may stay open a while), and after it."""
    import gc

    from PySide6.QtWidgets import QMessageBox

    import desktop_app.app as app_module
    from desktop_app.options import global_parser

    def fail(*_args, **_kwargs):  # noqa: ANN202
        raise RuntimeError("no window today")

    seen: list[bool] = []
    monkeypatch.setattr(app_module, "_create", fail)
    monkeypatch.setattr(QMessageBox, "critical", lambda *_a: seen.append(gc.isenabled()))
    args = global_parser().parse_args(["--basedir", str(tmp_path)])
    gc.disable()
    try:
        assert app_module.run_gui(args, []) == 1
        assert seen == [True] and gc.isenabled()
    finally:
        gc.enable()


@pytest.mark.parametrize(("path", "before"), [
    ("desktop_app/__main__.py", "desktop_app.cli"),
    ("packaging/rthook_plain_first.py", "import_plain_modules"),
])
def test_the_ways_into_the_window_pause_the_collector_first(path, before):
    """From source and in the bundle, the pause comes before the start's first imports."""
    text = (ROOT / path).read_text(encoding="utf-8")
    assert "pause_collection()" in text and before in text
    assert text.index("\npause_collection()") < text.rindex(before)
