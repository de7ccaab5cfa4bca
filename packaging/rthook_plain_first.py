"""Start-up hook of the bundle (runs before PyInstaller's own, so before its PySide6 hook
imports PySide6): the start's Qt-free modules first, as ``desktop_app.app`` does from
source (``desktop_app/plain_first.py`` says why)."""

from desktop_app.plain_first import import_plain_modules

import_plain_modules()
