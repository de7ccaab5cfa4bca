"""Issue 15: what the app imports before its first paint. A real start (a subprocess with
the start-up probe, as tools/startup_bench.py runs it) lists the modules loaded when the
window is first painted: the search engine, Whoosh, PyYAML, the pack code, the Markdown
renderer and the rest of the work deferred past the paint are not among them, and the
command line's subcommands are not built for a plain start."""

from __future__ import annotations

import argparse
import subprocess
import sys

import pytest

from tests.tools.app_support import APP_CONTENT, ROOT

#: Imported before the first paint, the app would wait for them (each named for why not).
NOT_BEFORE_PAINT = {
    "whoosh": "the search engine's index library (opened in the background)",
    "index.searcher": "the search engine (opened in the background)",
    "index.types": "the search's result types (the search box names them in annotations "
                   "only; ~10 M instructions of frozen dataclasses)",
    "yaml": "PyYAML (the sections' front matter and the manifest are read without it)",
    "markdown_it": "the Markdown renderer (the first section opened needs it)",
    "content.pack": "content packs (none installed)",
    "content.pack_store": "content packs (none installed)",
    "desktop_app.cli.content_cmds": "the command line's subcommands",
    "desktop_app.cli.pack_cmds": "the command line's subcommands",
    "desktop_app.decision.panel": "the decision helper (added after the paint)",
    "subprocess": "only for building translations",
    "uuid": "only for an agency pack's merged copy",
    "html": "content.html_escape escapes without it",
    "json": "nothing before the paint reads JSON",
    "content.model_later": "the glossary's and the Acts' types (their files are read after)",
    "content.agency": "an agency's contacts (read after the paint; the start page then shows "
                      "them)",
    "desktop_app.smoke": "the smoke test (the bench's probe is told of the first paint by "
                         "the app's own watcher, desktop_app.startup_trace.probe_shown)",
    "hashlib": "OpenSSL, about 3 ms (the sections read ahead and the single-instance "
               "channel use zlib's checksums)",
    "getpass": "the single-instance channel uses the user id (Unix)",
    "desktop_app.section_view": "a section page's words (the first section opened needs them)",
    "content.section_blocks": "a section page's blocks (the first section opened needs them)",
    "content.cite_fr": "the French citations (a section or the glossary needs them)",
    "desktop_app.decision.outcome_page": "the decision result page (a result needs it)",
}

PROBE = (
    "import os, sys\n"
    "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
    "import desktop_app.app as A\n"
    "def after(w):\n"  # the work after the first paint: note the modules, then quit
    "    print('MODULES', ' '.join(sorted(sys.modules)), flush=True)\n"
    "    from PySide6.QtWidgets import QApplication\n"
    "    QApplication.instance().quit()\n"
    "A._after_first_paint = after\n"
    "from desktop_app.cli import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


def modules_at_first_paint(*args: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True,
                         cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    lines = dict(line.split(" ", 1) for line in out.stdout.splitlines() if " " in line)
    assert "MODULES" in lines, out.stdout + out.stderr
    return set(lines["MODULES"].split())


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_nothing_deferred_is_imported_before_the_first_paint(tmp_path, lang):
    modules = modules_at_first_paint("--basedir", str(tmp_path), "--content", str(APP_CONTENT),
                                     "--lang", lang)
    assert "desktop_app.mainwindow" in modules and "content.loader" in modules  # it ran
    early = {name: why for name, why in NOT_BEFORE_PAINT.items()
             if any(m == name or m.startswith(name + ".") for m in modules)}
    assert early == {}


def test_a_plain_start_is_read_by_the_global_options_alone_and_means_the_same():
    """The app's start is parsed without the subcommands' parser; whatever that fast path
    reads, the whole parser reads the same way, and anything else goes to the whole parser
    (which then answers as it always did: tests/desktop_app/test_cli_*)."""
    from desktop_app import cli

    fast = [
        [], ["--basedir", "/x"], ["--content", "/c", "--basedir=/b"], ["--lang", "fr"],
        ["--lang=EN"], ["--smoke-test", "--basedir", "/b"], ["--content", "check-content"],
        ["--basedir", "-"],
    ]
    whole = [
        ["--help"], ["-h"], ["--version"], ["list"], ["--basedir", "/b", "search", "x"],
        ["pack", "build", "f", "--agency", "--version", "1.0"], ["serch"], ["--base", "/b"],
        ["--basedir"], ["--basedir="], ["--lang", "xx"], ["--", "x"], ["--bogus"],
        ["--smoke-test", "extra"], ["--content", "/c", "--lang"],
    ]
    for argv in fast:
        got = cli._global_only(argv)
        assert got is not None, argv
        assert vars(got) == vars(cli.build_parser().parse_args(argv)), argv
    for argv in whole:
        assert cli._global_only(argv) is None, argv
    assert [m.__name__.rsplit(".", 1)[1] for m in cli.COMMANDS] == [
        "content_cmds", "export_cmds", "search_cmds", "decide_cmds", "pack_cmds"]
    assert isinstance(cli.build_parser(), argparse.ArgumentParser)


def test_a_click_while_the_start_up_finishes_is_served_before_the_decision_flows_load():
    """After the first paint the app still loads the glossary, the decision flows (about a
    tenth of a second), the side panels and the index, one step per turn of the event loop:
    a click on the contents made while the glossary loads opens its section at once, before
    the decision flows are read, instead of after all of it."""
    code = (
        "import os, sys, tempfile\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt, QTimer\n"
        "from PySide6.QtGui import QMouseEvent\n"
        "import content, content.model\n"
        "import desktop_app.app as A\n"
        "order, box = [], {}\n"
        "real_extras = content.add_extras\n"
        "content.add_extras = lambda lib: (order.append('flows'), real_extras(lib))[1]\n"
        "real_deferred = content.model.Library.load_deferred\n"
        "def load_deferred(self):\n"
        "    w = box.get('w')\n"
        "    if w is not None and not order:\n"  # the user clicks while this runs
        "        box['id'] = sid = list(w.contents.items)[1]\n"
        "        item = w.contents.items[sid]\n"
        "        pos = QPointF(w.toc.visualItemRect(item).center())\n"
        "        for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):\n"
        "            QCoreApplication.postEvent(w.toc.viewport(), QMouseEvent(\n"
        "                kind, pos, pos, Qt.MouseButton.LeftButton,\n"
        "                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))\n"
        "        order.append('clicked')\n"
        "    return real_deferred(self)\n"
        "content.model.Library.load_deferred = load_deferred\n"
        f"app, w = A.create_app(['--basedir', tempfile.mkdtemp(), '--content', "
        f"r'{APP_CONTENT}'])\n"
        "box['w'] = w\n"
        "w.page_shown.connect(lambda page: order.append(\n"
        "    'opened the clicked one' if page.id == box.get('id') else f'opened {page.id}'))\n"
        "def done():\n"
        "    if w.started: app.quit()\n"
        "    else: QTimer.singleShot(20, done)\n"
        "QTimer.singleShot(20, done)\n"
        "app.exec()\n"
        "print(order)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == \
        "['clicked', 'opened the clicked one', 'flows']"


def test_the_bench_probe_reports_the_first_paint_and_the_app_quits(tmp_path):
    """IPV_GUIDE_STARTUP_PROBE (tools/startup_bench.py): a real start writes the moment of
    its first paint, once, then quits by itself and writes its marks."""
    import os

    probe = tmp_path / "probe.txt"
    env = dict(os.environ, IPV_GUIDE_STARTUP_PROBE=str(probe), QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-m", "desktop_app", "--basedir", str(tmp_path / "b"),
                          "--content", str(APP_CONTENT)], capture_output=True, text=True,
                         cwd=ROOT, timeout=120, env=env)
    assert out.returncode == 0, out.stderr
    lines = probe.read_text(encoding="utf-8").splitlines()
    shown = [line for line in lines if line.startswith("startup-probe: shown at ")]
    assert len(shown) == 1
    marks = [line.split(" at ")[0] for line in lines if line.startswith("startup-probe: mark ")]
    assert "startup-probe: mark window shown" in marks


def test_quick_exit_watches_every_event_from_the_first_paint(start, qtbot):
    """The application-wide filter (Shift three times, the mouse's back button, idle
    tracking) is not in the way of the start-up's events: it starts watching when the
    window is first painted, and Shift three times then hides the window at once."""
    from PySide6.QtCore import Qt

    window = start()
    assert window.event_filter.watching is False  # shown, not painted yet
    qtbot.waitUntil(lambda: window.event_filter.watching, timeout=5000)
    with qtbot.waitSignal(window.quick_exited, timeout=2000):
        for _ in range(3):
            qtbot.keyPress(window.search_panel.box, Qt.Key.Key_Shift,
                           Qt.KeyboardModifier.ShiftModifier)
            qtbot.keyRelease(window.search_panel.box, Qt.Key.Key_Shift)


def test_quick_exit_watches_everything_even_if_the_window_is_never_painted(start, qtbot,
                                                                         monkeypatch):
    """A window hidden before its first paint (or a platform that sends it no paint event)
    still gets the quick exit once the fallback has run; a closed one does not."""
    from desktop_app.window import privacy

    monkeypatch.setattr(privacy, "FALLBACK_MS", 50)
    window = start()
    window.hide()  # before the event loop has painted it
    assert window.event_filter.watching is False
    qtbot.waitUntil(lambda: window.event_filter.watching, timeout=5000)
    other = start()
    other.hide()
    other.event_filter.uninstall()  # as closing does
    qtbot.wait(200)
    assert other.event_filter.watching is False


def test_the_plain_modules_need_no_qt_and_come_before_it():
    """desktop_app.app imports the start's Qt-free modules before PySide6 (whose import hook
    makes every later import dearer): none of them, nor what it imports, may need Qt (one
    that did would only bring PySide6 in earlier, and the saving would be lost)."""
    from desktop_app.plain_first import PLAIN_MODULES

    code = ("import importlib, sys\n"
            f"for name in {PLAIN_MODULES!r}:\n"
            "    importlib.import_module(name)\n"
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]", f"a plain module imports Qt: {out.stdout}"
