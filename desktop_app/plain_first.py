"""The start's order of work: its Qt-free modules imported before PySide6 is, and Python's
cyclic garbage collector paused until the window's first paint.

Once PySide6 is imported, every import statement goes through its import hook, which makes
importing a module about a third dearer. So the modules the window's start needs that do
not need Qt (:data:`PLAIN_MODULES`) are imported first: by :mod:`desktop_app.app` from
source, and in the bundle by a start-up hook that runs before PyInstaller's own PySide6 hook
(``packaging/rthook_plain_first.py``). None of them imports Qt
(``tests/desktop_app/test_startup_imports.py``); one imported later only costs more time.

The start makes some 40,000 objects that live as long as the app (modules, classes, Qt's
enums, the window's widgets) and almost no garbage, yet the collector went through them
about 75 times before the first paint: about 10 ms of a 0.3 s start (issue 15, measured
7 December). :func:`pause_collection` is called first thing by ``python -m desktop_app``
(``desktop_app/__main__.py``, which ``dev.py run`` and the start-up bench use) and in the
bundle by the same start-up hook (an ``ipv-guide`` installed by pip into an environment
starts without the pause: only slower); :func:`resume_collection` runs as soon as the
window has been painted (``desktop_app.app._first_painted``, which a timer runs within
seconds even if no paint comes), when a start fails (before its message box) or ends, and
at once for a command-line command
(``desktop_app.cli.main``), so nothing but the window's first few tenths of a second runs
without it. Collection is only put off, never skipped: the objects are looked at by the
first collection after that.

No Qt here.
"""

from __future__ import annotations

import gc
import importlib

#: Imported later, after PySide6, each would cost the start about a third more.
PLAIN_MODULES = (
    "socket",  # the single-instance check's
    "content", "content.prebuilt",
    "desktop_app.content_problems", "desktop_app.content_source", "desktop_app.content_words",
    "desktop_app.reader_style", "desktop_app.safe_text",
)


def import_plain_modules() -> None:
    for name in PLAIN_MODULES:
        importlib.import_module(name)


def pause_collection() -> None:
    """Put off Python's cyclic garbage collection until :func:`resume_collection`."""
    gc.disable()


def resume_collection() -> None:
    """Collect again (the start's window has been painted, or this is not the window)."""
    gc.enable()
