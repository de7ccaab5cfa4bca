"""Keep Qt's own file dialog from remembering where the user saved something.

Qt's QFileDialog stores its history, last visited folder and layout under the shared
"QtProject" settings of the user (``~/.config/QtProject.conf`` on Linux, the registry on
Windows) when it closes. For this app that is a trace outside ``--basedir``: the folder a
decision record was exported to. :func:`no_file_dialog_traces` puts those settings back
exactly as they were (other Qt programs share them), and removes the file if it did not
exist before.

What Windows' or macOS's own save dialog remembers by itself is outside any program's
control; the README says so.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QSettings

GROUP = "FileDialog"


def _qt_project_settings() -> QSettings:
    return QSettings(QSettings.Scope.UserScope, "QtProject")


@contextlib.contextmanager
def no_file_dialog_traces() -> Iterator[None]:
    """Run a QFileDialog inside this; its saved state is rolled back afterwards."""
    before = _qt_project_settings()
    file_name = before.fileName()
    existed = bool(file_name) and Path(file_name).exists()
    before.beginGroup(GROUP)
    saved = {key: before.value(key) for key in before.allKeys()}
    before.endGroup()
    del before
    try:
        yield
    finally:
        after = _qt_project_settings()
        after.remove(GROUP)
        for key, value in saved.items():
            after.setValue(f"{GROUP}/{key}", value)
        after.sync()
        empty = not after.allKeys()
        del after
        if not existed and empty and file_name:
            with contextlib.suppress(OSError):
                Path(file_name).unlink()
