"""What happens when things go badly: no memory dump on disk, and a sentence instead of
an abort when no window can be opened.

:func:`disable_crash_dumps` runs first thing in every process (GUI and command line). A
crash would otherwise write the process's memory, with what was typed in it, to disk:

- Linux: the core-file size limit is set to 0 (``RLIMIT_CORE``) and the process is marked
  not dumpable (``prctl(PR_SET_DUMPABLE, 0)``), which also stops a core going to a crash
  collector such as systemd-coredump or apport, and stops other programs of the same user
  from attaching a debugger to read its memory.
- macOS: the core-file limit is set to 0 (macOS writes none by default). The system's
  crash reporter still writes a crash *report* (the stack of each thread, no memory) to
  ``~/Library/Logs/DiagnosticReports``; there is no per-process switch for that.
- Windows: Windows Error Reporting is told not to handle this process's crashes
  (``SetErrorMode(SEM_NOGPFAULTERRORBOX)``), so no report and no dump (including a
  "LocalDumps" policy set by IT) is made, and not to collect the heap if it does
  (``WerSetFlags(WER_FAULT_REPORTING_FLAG_NOHEAP)``).

:func:`platform_guard` wraps the creation of the ``QApplication``: when Qt cannot open a
window (a stale ``DISPLAY``, a missing system library) it would print a screenful and
abort (SIGABRT, and a core dump where those are on); instead the user gets one line and
exit code 1.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator

from desktop_app import APP_NAME
from desktop_app.i18n import translate

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3
SEM_FAILCRITICALERRORS = 0x0001
SEM_NOGPFAULTERRORBOX = 0x0002
WER_FAULT_REPORTING_FLAG_NOHEAP = 1

#: What :func:`disable_crash_dumps` did, step by step (for tests and --smoke-test).
applied: dict[str, bool] = {}


def disable_crash_dumps() -> dict[str, bool]:
    """Switch off crash dumps for this process (see the module docstring). Never raises."""
    if sys.platform != "win32":
        try:
            import resource

            # the soft limit is the one that counts; the hard one is left alone so that a
            # process started from this one (a test run) is not changed for good
            _soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
            resource.setrlimit(resource.RLIMIT_CORE, (0, hard))
            applied["rlimit_core"] = True
        except (ImportError, ValueError, OSError):
            applied["rlimit_core"] = False
    if sys.platform.startswith("linux"):
        applied["not_dumpable"] = _prctl(PR_SET_DUMPABLE, 0) == 0
    if sys.platform == "win32":
        applied.update(_windows_no_error_reporting())
    return dict(applied)


def _prctl(option: int, arg: int) -> int:
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return int(libc.prctl(option, arg, 0, 0, 0))
    except (OSError, AttributeError):
        return -1


def is_dumpable() -> bool | None:
    """Linux: whether this process may still be core-dumped (None elsewhere)."""
    if not sys.platform.startswith("linux"):
        return None
    return _prctl(PR_GET_DUMPABLE, 0) != 0


def _windows_no_error_reporting() -> dict[str, bool]:  # pragma: no cover - Windows only
    done = {"wer_no_ui": False, "wer_no_heap": False}
    try:
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        mode = kernel32.GetErrorMode()
        kernel32.SetErrorMode(mode | SEM_NOGPFAULTERRORBOX | SEM_FAILCRITICALERRORS)
        done["wer_no_ui"] = True
        done["wer_no_heap"] = kernel32.WerSetFlags(WER_FAULT_REPORTING_FLAG_NOHEAP) == 0
    except (OSError, AttributeError):
        pass
    return done


# -- no window possible --------------------------------------------------------------------

def describe_platform_failure(messages: list[str]) -> str:
    """One line saying why no window could be opened, from Qt's messages."""
    text = " ".join(messages)
    display = os.environ.get("DISPLAY", "")
    if sys.platform.startswith("linux") and not display and not os.environ.get("WAYLAND_DISPLAY"):
        return translate("CrashGuard", "{app} cannot open a window: no display is set (DISPLAY "
                         "is empty). Start it from a desktop session, or use the command line "
                         "(ipv-guide --help).").format(app=APP_NAME)
    if ("could not connect to display" in text or "cannot open display" in text.lower()
            or (display and not _local_display_exists(display))):
        return translate("CrashGuard", "{app} cannot open a window: nothing answers on the "
                         "display '{display}' (DISPLAY). Start it from a desktop session, or "
                         "use the command line (ipv-guide --help).").format(app=APP_NAME,
                                                                            display=display)
    if "wayland" in text.lower() and os.environ.get("WAYLAND_DISPLAY"):
        return translate("CrashGuard", "{app} cannot open a window: the Wayland display "
                         "'{display}' is not available. Start it from a desktop session, or "
                         "use the command line (ipv-guide --help).").format(
            app=APP_NAME, display=os.environ["WAYLAND_DISPLAY"])
    detail = next((m for m in messages if "needed" in m or "not load" in m), "")
    if detail:
        return translate("CrashGuard", "{app} cannot open a window: Qt could not start its "
                         "display plugin ({detail}). See docs/deploying.md, or use the command "
                         "line (ipv-guide --help).").format(app=APP_NAME, detail=detail.strip())
    return translate("CrashGuard", "{app} cannot open a window: Qt could not start its display "
                     "plugin. See docs/deploying.md, or use the command line (ipv-guide "
                     "--help).").format(app=APP_NAME)


def _local_display_exists(display: str) -> bool:
    """False when ``DISPLAY`` names a local X server whose socket is not there (the usual
    stale ``DISPLAY``); True when it exists or cannot be checked (a remote display)."""
    host, _, rest = display.rpartition(":")
    number = rest.split(".", 1)[0]
    if host not in ("", "unix") or not number.isdigit():
        return True
    return os.path.exists(f"/tmp/.X11-unix/X{number}")


@contextlib.contextmanager
def platform_guard() -> Iterator[None]:
    """Around ``QApplication(...)``: a fatal Qt start-up error prints one line to stderr and
    exits with code 1, instead of aborting. Other messages pass through as Qt prints them."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    seen: list[str] = []

    def handler(mode, context, message):  # noqa: ANN001 - Qt's signature
        if mode == QtMsgType.QtFatalMsg:
            line = describe_platform_failure(seen + [message])
            with contextlib.suppress(Exception):
                if sys.stderr is not None:
                    sys.stderr.write(line + "\n")
                    sys.stderr.flush()
            os._exit(1)  # returning would abort()
        seen.append(message)
        category = getattr(context, "category", "") or ""
        with contextlib.suppress(Exception):
            if sys.stderr is not None and not _platform_noise(message):
                prefix = f"{category}: " if category and category != "default" else ""
                sys.stderr.write(f"{prefix}{message}\n")

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


def _platform_noise(message: str) -> bool:
    """Messages Qt prints on the way to the fatal one: kept for the one line, not shown."""
    return ("could not connect to display" in message or "platform plugin" in message
            or "xcb-cursor0" in message)
