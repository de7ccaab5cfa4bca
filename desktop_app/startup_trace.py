"""Time marks of one start-up, for the start-up bench's breakdown.

The app marks the moments that split "process start -> first paint" into its parts
(interpreter, imports, Qt, content, window, paint) with :func:`mark`. Only when
``IPV_GUIDE_STARTUP_PROBE`` names a file (``tools/startup_bench.py`` sets it) are they
written, after the event loop ends, as ``startup-probe: mark <name> at <time.time()> cpu
<time.process_time()>`` lines; the bench lines them up with the process start it measured
from outside. The processor time is there because on a busy computer it varies much less
than the time on the clock. A mark costs two clock reads, so they are always taken.
:func:`probe_shown` is the probe's other half: the moment the window has been painted.
Nothing here imports Qt until then.
"""

from __future__ import annotations

import os
import sys
import time

import desktop_app

PROBE_ENV = "IPV_GUIDE_STARTUP_PROBE"  # the same variable as desktop_app.smoke's
MARK_PREFIX = "startup-probe: mark "

#: (name, time.time(), time.process_time()) in the order taken; each name says what ended
#: at that moment. The first is the import of the ``desktop_app`` package (the interpreter
#: has started).
MARKS: list[tuple[str, float, float]] = [("interpreter started", *desktop_app.IMPORTED_AT)]


def mark(name: str) -> None:
    """Note that the part of start-up called ``name`` has just ended."""
    MARKS.append((name, time.time(), time.process_time()))


def write_marks() -> None:
    """Append the marks to the probe's file (or stdout for ``1``); nothing when the probe
    is off. Never raises: the bench then reports the marks missing."""
    target = os.environ.get(PROBE_ENV)
    if target:
        _write(target, "".join(f"{MARK_PREFIX}{name} at {at:.6f} cpu {cpu:.6f}\n"
                               for name, at, cpu in MARKS))


def _write(target: str, lines: str) -> None:
    """Append ``lines`` to the probe's file ``target`` (stdout for ``1``). Never raises: the
    bench then reports what is missing."""
    try:
        if target == "1":
            if sys.stdout is not None:
                sys.stdout.write(lines)
                sys.stdout.flush()
        else:
            with open(target, "a", encoding="utf-8") as fh:
                fh.write(lines)
    except (OSError, ValueError):
        pass


def probe_shown() -> bool:
    """The start-up bench's probe: when ``IPV_GUIDE_STARTUP_PROBE`` is set, write
    ``startup-probe: shown at <time.time()>`` (to the file it names, or stdout for ``1``)
    and quit the event loop; returns whether it did. The app calls it once its first paint
    is done (:func:`desktop_app.first_paint.after_first_paint`, the moment
    :func:`desktop_app.smoke.install_startup_probe` waits for), so the probe adds no filter
    of its own to every event of the start-up."""
    target = os.environ.get(PROBE_ENV)
    if not target:
        return False
    _write(target, f"startup-probe: shown at {time.time():.6f}\n")
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.quit()
    return True
