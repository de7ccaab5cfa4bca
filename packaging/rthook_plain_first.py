"""Start-up hook of the bundle (runs before PyInstaller's own, so before its PySide6 hook
imports PySide6): the garbage collector paused, as ``desktop_app/__main__.py`` does from
source, then the start's Qt-free modules, as ``desktop_app.app`` does
(``desktop_app/plain_first.py`` says why of both)."""

from desktop_app.plain_first import import_plain_modules, pause_collection

pause_collection()
import_plain_modules()
