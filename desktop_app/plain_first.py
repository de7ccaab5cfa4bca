"""The start's Qt-free modules, imported before PySide6 is.

Once PySide6 is imported, every import statement goes through its import hook, which makes
importing a module about a third dearer. So the modules the window's start needs that do
not need Qt (:data:`PLAIN_MODULES`) are imported first: by :mod:`desktop_app.app` from
source, and in the bundle by a start-up hook that runs before PyInstaller's own PySide6 hook
(``packaging/rthook_plain_first.py``). None of them imports Qt
(``tests/desktop_app/test_startup_imports.py``); one imported later only costs more time.
No Qt here.
"""

from __future__ import annotations

import importlib

#: About 16 million instructions at every start from source (issue 15).
PLAIN_MODULES = (
    "socket",  # the single-instance check's
    "content", "content.prebuilt", "content.section_blocks",
    "desktop_app.content_problems", "desktop_app.content_source",
    "desktop_app.reader_style", "desktop_app.safe_text", "desktop_app.section_view",
    "desktop_app.decision.outcome_page",
)


def import_plain_modules() -> None:
    for name in PLAIN_MODULES:
        importlib.import_module(name)
