#!/usr/bin/env python3
"""Start-up benchmark: process start -> main window shown, frozen and from source.

    .venv/bin/python -m tools.startup_bench [--bundle DIR] [--runs 5] [--cold]

Starts the app ``--runs`` times each way (after one untimed warm-up start, so the disk
cache is warm) with ``IPV_GUIDE_STARTUP_PROBE=<file>``: the app writes ``startup-probe: shown
at <time>`` there once the main window has been painted, then quits (see
``desktop_app.smoke.install_startup_probe``). The time is measured from just before the
process is created. Offscreen (``QT_QPA_PLATFORM=offscreen``), with a throwaway
``--basedir`` so nothing touches the real profile. Prints the median and every run, and
below it the median of each part of that time the app marked (``desktop_app.startup_trace``:
interpreter, imports, Qt, content, window, first paint), each named by what ended then, on
the clock and in processor time (steadier than the clock on a busy computer).

The app starts as a returning user's does: its throwaway settings say the first-run privacy
note was acknowledged (:data:`RETURNING_SETTINGS`); ``--first-start`` measures the very
first start instead, with the note (about 2% more instructions, 7 December).

``--cold`` also measures one start after dropping the OS file cache (Linux, as root
only: ``/proc/sys/vm/drop_caches``).

``--instructions`` also counts the processor instructions of one start each way (the bare
window and from source) under valgrind (``cachegrind``, when installed: ``apt-get install
valgrind``), from the process's start to the window's first paint (each process then ends at
once: :data:`APP_TO_PAINT`, :data:`BARE_TO_PAINT`). Unlike the clock, that count
does not move when the computer is busy (a run takes about a minute): the ratio of the two is
the figure to compare changes by on a shared machine, and it has followed the clock's ratio
measured on a quiet one (2.5x both, 7 December).

Below the medians, each way's ratio is also measured start by start: a bare window, then the
app, ``--runs`` times, and the median of the ratios of each pair (steadier when the
computer's speed drifts between one block of starts and the next).

This prints figures; it asserts nothing (timings are never tests, see tests/).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))  # packaging/build.py (not a package: the name
# "packaging" is taken by the PyPI package of that name)

from build import FOLDER, GUI_EXE, exe_name, smoke_env  # noqa: E402

PROBE_ENV = "IPV_GUIDE_STARTUP_PROBE"  # desktop_app.smoke.STARTUP_PROBE_ENV
PROBE_PREFIX = "startup-probe: shown at "
MARK_PREFIX = "startup-probe: mark "  # desktop_app.startup_trace.MARK_PREFIX
AFTER_PAINT = "after the first paint"  # the marks of desktop_app.app._after_first_paint
TIMEOUT = 120.0

# The yardstick: a bare PySide6 window (a QMainWindow with a label), measured the same way
# in the same run. The target is start-up within 2x of this and under 0.5 s.
BARE_WINDOW = """
import os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.setCentralWidget(QLabel("bare window"))
w.resize(1220, 800)
target = os.environ["IPV_GUIDE_STARTUP_PROBE"]
def shown():
    with open(target, "a", encoding="utf-8") as fh:
        fh.write(f"startup-probe: shown at {time.time():.6f}\\n")
    app.quit()
class Probe(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint and isinstance(obj, QWidget) and obj.window() is w:
            app.removeEventFilter(self)
            QTimer.singleShot(0, shown)
        return False
probe = Probe()
app.installEventFilter(probe)
w.show()
app.exec()
"""


#: The app from source, ended right after its first paint (where its deferred work would
#: start, desktop_app.app): what --instructions counts. It starts as ``python -m desktop_app``
#: does (desktop_app/__main__.py: the garbage collector paused first).
APP_TO_PAINT = (
    "import os, sys\n"
    "from desktop_app.plain_first import pause_collection\n"
    "pause_collection()\n"
    "import desktop_app.app as A\n"
    "A._after_first_paint = lambda window: os._exit(0)\n"
    "from desktop_app.cli import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)
#: The bare window, ended at the same moment.
BARE_TO_PAINT = BARE_WINDOW.replace("    app.quit()", "    os._exit(0)")


#: The settings a returning user's start reads: the first-run privacy note acknowledged (it is
#: marked shown only once dismissed, so without this every start would be a first start).
RETURNING_SETTINGS = "[privacy]\nfirst_run_note_shown=true\n"
#: ``--first-start``: measure the very first start instead (no settings; the note shows).
FIRST_START = False


def app_basedir(tmp: str | Path) -> Path:
    """A throwaway settings folder for the app's starts: a returning user's (see
    :data:`RETURNING_SETTINGS`), or an empty one with ``--first-start``."""
    folder = Path(tmp) / "basedir"
    folder.mkdir(exist_ok=True)
    if not FIRST_START:
        (folder / "settings.ini").write_text(RETURNING_SETTINGS, encoding="utf-8")
    return folder


def bench_env(tmp: str | Path) -> dict[str, str]:
    """The environment of the measured starts: an empty throwaway profile in ``tmp``
    (``smoke_env``), and, as on a user's machine, Python keeping compiled modules, so a warm
    start does not recompile them (this project's test command sets
    PYTHONDONTWRITEBYTECODE)."""
    profile = Path(tmp) / "profile"
    profile.mkdir()
    env = smoke_env(profile)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def start_once(cmd: list[str], env: dict[str, str], probe_file: Path
               ) -> tuple[float, dict[str, tuple[float, float | None]]]:
    """Seconds from just before process creation to the window being shown, and the parts
    of that time the app marked (``desktop_app.startup_trace``; none for the bare window):
    each mark's name with the seconds since the mark before it (the first: since the
    process was created), on the clock and of processor time (None where not known: before
    the first mark, and ``first paint``, from the last mark to the window shown)."""
    probe_file.unlink(missing_ok=True)
    env = dict(env, **{PROBE_ENV: str(probe_file)})  # a file: a windowed exe has no stdout
    started = time.time()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=TIMEOUT,
                          cwd=ROOT)
    text = probe_file.read_text(encoding="utf-8") if probe_file.exists() else ""
    shown = None
    marks: list[tuple[str, float, float]] = []
    for line in text.splitlines():
        if line.startswith(PROBE_PREFIX):
            shown = float(line[len(PROBE_PREFIX):])
        elif line.startswith(MARK_PREFIX):
            name, _, times = line[len(MARK_PREFIX):].rpartition(" at ")
            wall, _, cpu = times.partition(" cpu ")
            marks.append((name, float(wall), float(cpu or "nan")))
    if shown is None:
        raise RuntimeError(f"{cmd[0]} never reported its window (exit {proc.returncode}):\n"
                           f"{proc.stdout}\n{proc.stderr}")
    parts: dict[str, tuple[float, float | None]] = {}
    before, before_cpu = started, None
    painted = False
    for name, at, cpu in marks:
        if at > shown and not painted:  # the rest is not start-up: the window is shown
            parts["first paint"] = (shown - before, None)
            painted = True
        parts[name] = (at - before, None if before_cpu is None else cpu - before_cpu)
        before, before_cpu = at, cpu
    if marks and not painted:
        parts["first paint"] = (shown - before, None)
    return shown - started, parts


def drop_caches() -> bool:
    """Empty the Linux page cache (root only); False when not possible here."""
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def measure(label: str, cmd: list[str], runs: int, cold: bool, *,
            basedir: bool = True) -> float | None:
    with tempfile.TemporaryDirectory(prefix="ipv-guide-bench-") as tmp:
        env = bench_env(tmp)
        probe = Path(tmp) / "probe.txt"
        full = [*cmd, "--basedir", str(app_basedir(tmp))] if basedir else list(cmd)
        cold_time = None
        if cold and drop_caches():
            cold_time = start_once(full, env, probe)[0]
        start_once(full, env, probe)  # warm-up: disk cache, index cache, first-run settings
        results = [start_once(full, env, probe) for _ in range(runs)]
    times = [total for total, _ in results]
    med = statistics.median(times)
    runs_text = ", ".join(f"{t:.3f}" for t in times)
    print(f"  {label:<12} {med:.3f} s   (runs: {runs_text})", flush=True)
    if cold:
        print(f"  {'':<12} cold: " + (f"{cold_time:.3f} s" if cold_time is not None else
                                      "not measured (dropping the file cache needs root on "
                                      "Linux)"), flush=True)
    print_breakdown([parts for _, parts in results])
    return med


def count_instructions(cmd: list[str], *, basedir: bool = True) -> float | None:
    """Millions of instructions one start runs, to its first paint and exit (valgrind's
    cachegrind, no cache simulation); None when valgrind is not installed or the start
    failed."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        return None
    with tempfile.TemporaryDirectory(prefix="ipv-guide-bench-") as tmp:
        env = bench_env(tmp)
        env["PYTHONHASHSEED"] = "0"  # the same run every time
        env[PROBE_ENV] = str(Path(tmp) / "probe.txt")
        full = [*cmd, "--basedir", str(app_basedir(tmp))] if basedir else list(cmd)
        subprocess.run(full, env=env, capture_output=True, timeout=TIMEOUT, cwd=ROOT)  # warm
        proc = subprocess.run([valgrind, "--tool=cachegrind", "--cache-sim=no",
                               "--cachegrind-out-file=/dev/null", *full], env=env,
                              capture_output=True, text=True, timeout=TIMEOUT * 5, cwd=ROOT)
    m = re.search(r"I\s+refs:\s+([\d,]+)", proc.stderr)
    return int(m.group(1).replace(",", "")) / 1e6 if m and proc.returncode == 0 else None


def print_breakdown(runs: list[dict[str, tuple[float, float | None]]]) -> None:
    """The median of each part the app marked, in start-up order, on the clock and of
    processor time (nothing when the runs have no marks, as the bare window's)."""
    names: list[str] = []
    for parts in runs:
        names += [n for n in parts if n not in names]
    for name in names:
        if name.startswith(AFTER_PAINT) and name.endswith(": starting"):
            print(f"  {'':<12}   then, with the window shown (busy until the last of these; "
                  "the probe quits meanwhile, so not every run has them):", flush=True)
            continue
        walls = [parts[name][0] for parts in runs if name in parts]
        cpus = [c for parts in runs if name in parts and (c := parts[name][1]) is not None]
        cpu = f"{statistics.median(cpus) * 1000:6.1f} ms cpu" if cpus else " " * 13
        print(f"  {'':<12}   {statistics.median(walls) * 1000:6.1f} ms  {cpu}  {name}",
              flush=True)


def paired_ratio(cmd: list[str], runs: int) -> float:
    """The median, over ``runs`` pairs, of one start of ``cmd`` divided by a bare window's
    started just before it: on a shared computer whose speed drifts from one minute to the
    next (a virtual machine's neighbours), each pair sees the same conditions, so this ratio
    is steadier than one median divided by another measured a minute apart."""
    with tempfile.TemporaryDirectory(prefix="ipv-guide-bench-") as tmp:
        env = bench_env(tmp)
        probe = Path(tmp) / "probe.txt"
        bare = [sys.executable, "-c", BARE_WINDOW]
        app = [*cmd, "--basedir", str(app_basedir(tmp))]
        start_once(app, env, probe)  # warm-up, as measure() does
        ratios = []
        for _ in range(runs):
            bare_s = start_once(bare, env, probe)[0]
            ratios.append(start_once(app, env, probe)[0] / bare_s)
    return statistics.median(ratios)


def prebuilt_state() -> str:
    """Whether the start from source can take its sections from the ones read ahead
    (``content/prebuilt-sections.bin``, made by ``dev.py``): without them, or with them out
    of date with the loader's code, every section is read at each start (about 115 M
    instructions more)."""
    from content.prebuilt import PrebuiltSections, default_path

    if PrebuiltSections.read() is not None:
        return f"(the sections read ahead are current: {default_path().name})"
    return ("(the sections read ahead are missing or out of date: each start reads them all; "
            "`python -m content.prebuilt --build`, or `python3 dev.py run`, makes them)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "packaging" / "dist" / FOLDER,
                        help="the built one-folder app (default: packaging/dist/%(default)s)")
    parser.add_argument("--runs", type=int, default=5, help="timed starts each way")
    parser.add_argument("--cold", action="store_true", help="also one cold start (root)")
    parser.add_argument("--no-source", action="store_true", help="skip the source run")
    parser.add_argument("--first-start", action="store_true",
                        help="measure the very first start (the first-run note shows) instead "
                             "of a returning user's")
    parser.add_argument("--instructions", action="store_true",
                        help="also count instructions under valgrind (steady on a busy computer)")
    opts = parser.parse_args(argv)
    global FIRST_START
    FIRST_START = opts.first_start

    print(f"start-up: process start -> window shown, offscreen, median of {opts.runs} "
          "(warm disk cache; " + ("the very first start" if FIRST_START else
                                  "a returning user's start, the first-run note acknowledged")
          + ")", flush=True)
    bare = measure("bare PySide6", [sys.executable, "-c", BARE_WINDOW], opts.runs, False,
                   basedir=False)
    exe = opts.bundle / exe_name(GUI_EXE)
    frozen = source = None
    if exe.is_file():
        frozen = measure("frozen", [str(exe)], opts.runs, opts.cold)
    else:
        print(f"  frozen       (no bundle at {opts.bundle}: run `python3 dev.py bundle`)")
    if not opts.no_source:
        print(f"  {'':<12} {prebuilt_state()}", flush=True)
        source = measure("from source", [sys.executable, "-m", "desktop_app"], opts.runs,
                         opts.cold)
    for label, value in (("frozen", frozen), ("from source", source)):
        if value is not None and bare:
            print(f"  {label:<12} {value / bare:.2f}x a bare PySide6 window "
                  f"(target: at most 2x and 0.5 s)", flush=True)
    targets = ([("frozen", [str(exe)])] if frozen is not None else []) + (
        [("from source", [sys.executable, "-m", "desktop_app"])] if source is not None else [])
    for label, cmd in targets:
        print(f"  {label:<12} {paired_ratio(cmd, opts.runs):.2f}x a bare PySide6 window, start "
              f"by start (median of {opts.runs} pairs, each right after a bare window's start)",
              flush=True)
    if opts.instructions:
        bare_i = count_instructions([sys.executable, "-c", BARE_TO_PAINT], basedir=False)
        source_i = count_instructions([sys.executable, "-c", APP_TO_PAINT])
        if bare_i is None or source_i is None:
            print("  instructions: not counted (is valgrind installed?)", flush=True)
        else:
            print(f"  instructions to the first paint: bare PySide6 {bare_i:,.0f} M, "
                  f"from source {source_i:,.0f} M: {source_i / bare_i:.2f}x", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
