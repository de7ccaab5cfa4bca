"""Start-up: ``create_app(argv)`` builds the QApplication and the main window without
``exec()`` (tests drive it), ``run_gui(args, qt_args)`` is what ``ipv-guide`` calls.

Order: parse arguments and decide paths; load settings; load what the first screen shows
of the content (the manifest and the sections); show the window; after its first real
paint (:mod:`desktop_app.first_paint`), load the rest of the content (glossary, sources,
statutes, synonyms, decision flows; anything that needs them sooner loads them at once),
add the side panels and print actions, then open or build the search index in the
background. Whoosh is not imported before the window shows. Each step is marked for the
start-up bench (:mod:`desktop_app.startup_trace`).
"""

# ruff: noqa: E402 - the start-up trace marks the time between groups of imports
from __future__ import annotations

import argparse
import logging
import os
import sys
import weakref
from collections.abc import Iterator, Sequence
from typing import Any

from desktop_app.plain_first import import_plain_modules, resume_collection
from desktop_app.startup_trace import mark, probe_shown

# the start's Qt-free modules before PySide6 (desktop_app.plain_first says why)
import_plain_modules()

mark("command line and content modules imported")

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

mark("Qt imported")

from content import ContentError
from desktop_app import APP_NAME, __version__, errors, safe_text, workers
from desktop_app.content_source import content_root
from desktop_app.first_paint import after_first_paint
from desktop_app.mainwindow import MainWindow
from desktop_app.options import global_parser, strip_os_launcher_args
from desktop_app.paths import Paths
from desktop_app.settings import Settings

mark("app modules imported")

log = logging.getLogger(__name__)

UI_MIN_POINTS = 10.5  # the app's own text never smaller than this
READER_MIN_POINTS = 12.0  # the reader's base size (before zoom)


def _qapplication(qt_args: Sequence[str]) -> QApplication:
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setOrganizationName("IPVGuide")
        QCoreApplication.setApplicationName(APP_NAME)
        QCoreApplication.setApplicationVersion(__version__)
        from desktop_app.crash_guard import platform_guard

        # Qt's raster engine hands a large fill to a pool of threads and waits for it: the
        # first paint started two threads and made about a thousand hand-offs, for fills
        # quicker to do than to hand off (issue 15). For the whole session (Qt reads it once):
        # this app's fills are a window's, and print previews draw their pages as vectors.
        os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
        with platform_guard():  # no display: one line and exit code 1, not SIGABRT
            app = QApplication(["ipv-guide", *qt_args])
    return app  # type: ignore[return-value]


def _os_point_size(app: QApplication) -> float:
    """The OS's UI font size, before we enlarge it (remembered on the app object)."""
    stored = app.property("ipvOsPointSize")
    if stored:
        return float(stored)
    size = app.font().pointSizeF()
    if size <= 0:
        size = 9.0
    app.setProperty("ipvOsPointSize", size)
    return size


def setup_fonts(app: QApplication) -> tuple[float, float]:
    """Readable sizes that still follow the OS text size. Returns (ui, reader) points."""
    os_pt = _os_point_size(app)
    ui_pt = max(os_pt * 1.1, UI_MIN_POINTS)
    reader_pt = max(os_pt * 1.3, READER_MIN_POINTS)
    font = QFont(app.font())
    font.setPointSizeF(ui_pt)
    app.setFont(font)
    app.setProperty("ipvUiPointSize", ui_pt)  # the 100% size; View > Zoom scales from it
    return ui_pt, reader_pt


def parse_args(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    """(options, Qt arguments). Strict: an unknown option is a usage error (exit code 2),
    so the Qt arguments are always empty; the pair is kept for the callers. Only the
    global options: subcommands are the command line's (:mod:`desktop_app.cli`)."""
    return global_parser().parse_args(strip_os_launcher_args(argv)), []


def create_app(argv: Sequence[str] = ()) -> tuple[QApplication, MainWindow]:
    """Build the app and its window, shown, without running the event loop.

    Args:
        argv: command-line arguments after the program name, e.g.
            ``["--basedir", DIR, "--content", DIR]``; an unknown one is a usage error.

    Raises:
        ContentError: the content folder does not exist.
    """
    args, qt_args = parse_args(argv)
    return _create(args, qt_args)


def _create(args: argparse.Namespace, qt_args: Sequence[str]) -> tuple[QApplication, MainWindow]:
    paths = Paths.from_args(getattr(args, "basedir", None))
    app = _qapplication(qt_args)
    _ui_pt, reader_pt = setup_fonts(app)
    settings = Settings(paths.settings_file).load()
    # the decision flows load after the first paint (see _after_first_paint)
    # --content, else an installed content pack newer than the built-in content (and an
    # agency's pack laid over it), else the built-in content
    root = content_root(getattr(args, "content", None), paths)
    # --lang, else the setting (the OS language at first start; French only once its
    # translation is complete), with the interface's translators installed
    mark("application and settings ready")
    from desktop_app.language_switch import start_language

    library = start_language(root, getattr(args, "lang", None), settings)
    mark("content loaded")
    window = MainWindow(library, paths, settings)
    mark("window built")
    window.reader.set_base_point_size(reader_pt)
    hook = errors.install_excepthook(lambda: window if workers.alive(window) else None)
    window.destroyed.connect(lambda *_: hook.uninstall())
    app.aboutToQuit.connect(lambda: window.stop_workers() if workers.alive(window) else None)
    app.aboutToQuit.connect(lambda: workers.shutdown())
    # the side panels, print actions and the index after the first real paint, so the
    # window appears at once (the panels' modules are imported only then)
    after_first_paint(window, lambda: _first_painted(window))
    window.show()
    mark("window shown")
    return app, window


def _first_painted(window: MainWindow) -> None:
    resume_collection()  # paused for the start (desktop_app.plain_first says why)
    probe_shown()  # tools/startup_bench.py: the time of the first paint, then quit
    window.event_filter.watch_all()  # quick exit and the rest: every event from now on
    _after_first_paint(window)


def _after_first_paint(window: MainWindow) -> None:
    """The rest of the start-up, one step per turn of the event loop: a click or a key
    pressed right after the first paint is served between two steps, not after all of
    them (loading the decision flows alone takes about a tenth of a second)."""
    steps = _after_paint_steps(window)

    def next_step() -> None:
        if not workers.alive(window):
            return
        if next(steps, None) is not None:
            # queued behind what is already waiting (a click), and dropped with the window
            QTimer.singleShot(0, window, next_step)

    next_step()


def _after_paint_steps(window: MainWindow) -> Iterator[str]:
    from content import add_extras
    from desktop_app.activity import activity_monitor
    from desktop_app.window_parts import install_window_parts

    # the screen's idle timer counts the same input as the decision record's: one monitor.
    # It is an application-wide event filter, so installed only now: before the first
    # paint it only slowed every event (a key pressed in that instant is not counted: the
    # idle clear it would put off is minutes away)
    activity_monitor().activity.connect(window.note_activity)
    mark("after the first paint: starting")
    # the glossary, sources, statutes and synonyms (unless something needed them sooner:
    # see content.load_library), then the decision flows and the agency's contacts; the
    # problems bar then lists every problem, those of the files read now included
    window.library.load_deferred()
    mark("after the first paint: glossary, sources, statutes loaded")
    yield "glossary"
    window.adopt_library(add_extras(window.library))
    mark("after the first paint: decision flows loaded")
    yield "flows"
    install_window_parts(window)
    mark("after the first paint: side panels and print actions added")
    yield "panels"
    window.start_index()
    window.started = True
    mark("after the first paint: search index started")


def run_gui(args: argparse.Namespace, qt_args: Sequence[str]) -> int:
    """Open the app and run until it closes; returns the exit code.

    One window per user and settings folder: when the app is already open there, its
    window is brought to the front and this start ends (exit code 0).
    """
    from desktop_app.single_instance import SingleInstance

    try:
        _qapplication(qt_args)
        instance = SingleInstance(Paths.from_args(getattr(args, "basedir", None)).config_dir)
        if not instance.claim():
            if sys.stderr is not None:
                print(QCoreApplication.translate(
                    "App", "{app} is already open; its window was brought to the front.")
                    .format(app=APP_NAME), file=sys.stderr)
            return 0
        try:
            return _run(args, qt_args, instance)
        finally:
            instance.close()  # stop listening; nothing is left behind
    finally:
        resume_collection()  # a start that failed or ended before its first paint


def _run(args: argparse.Namespace, qt_args: Sequence[str], instance: Any) -> int:
    try:
        app, window = _create(args, qt_args)
    except ContentError as exc:
        app = _qapplication(qt_args)
        _start_failed(QCoreApplication.translate(
            "App", "{problem}\n\nCheck the --content folder, or start without it to use the "
            "guide that came with the app.").format(problem=errors.describe(exc)))
        return 2
    except Exception as exc:  # noqa: BLE001 - a start-up failure gets a box, not a traceback
        log.exception("start-up failed")
        _qapplication(qt_args)
        _start_failed(QCoreApplication.translate(
            "App", "{app} could not start.\n\n{problem}").format(
                app=APP_NAME, problem=errors.describe(exc)))
        return 1
    from desktop_app.single_instance import bring_to_front

    ref = weakref.ref(window)  # a second start raises it; no strong reference kept
    instance.raise_requested.connect(
        lambda: bring_to_front(w) if (w := ref()) is not None and workers.alive(w) else None)
    code = app.exec()
    del window
    from desktop_app.startup_trace import write_marks

    write_marks()  # for tools/startup_bench.py; only when its probe is on
    return int(code)


def _start_failed(message: str) -> None:
    from PySide6.QtWidgets import QMessageBox  # imported only when a start fails

    resume_collection()  # the box may stay open a while (desktop_app.plain_first)
    QMessageBox.critical(None, APP_NAME, safe_text.literal(message))
