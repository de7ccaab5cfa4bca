"""Import Qt for the first time, without PySide6's per-import source scan.

Once ``shiboken6`` is loaded it replaces ``__import__``, and after every import of a module
it has not seen it asks whether that module "uses PySide" (for its opt-in ``from
__feature__ import snake_case, true_property``), by reading the module's whole source with
``inspect.getsource`` (which also builds ``inspect``'s table of every loaded module's file).
At start-up that is about two hundred modules, 25-45 ms of the ~0.45 s to the first paint
on the computer this was measured on (issue 15): the bare PySide6 window the start-up is
compared with imports almost nothing after Qt, so it hardly pays it.

This app never selects a ``__feature__``, so the answer only has to be *right*, not
*exhaustive*: :func:`install` replaces the check with one that reads the module's file as
bytes and looks for ``PySide6`` in it, as the original does, without ``inspect``. A module
without a readable ``.py`` file (a built-in, an extension, the frozen app's compiled modules)
gets the original's answer for those: no.

It touches PySide6's private ``shibokensupport.feature`` module, so it checks the one thing
it replaces and does nothing when that is not there (another PySide6 version): the app then
starts as before, only slower. Import this module before any other Qt import
(:mod:`desktop_app.cli`, :mod:`desktop_app.app`).
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401 - loads shiboken6 and its import hook

#: Whether :func:`install` replaced the check (False: this PySide6 has no such check).
INSTALLED = False


def uses_pyside(module: ModuleType) -> bool:
    """Whether ``module``'s source file mentions ``PySide6`` (False when there is none)."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as fh:
            return b"PySide6" in fh.read()
    except OSError:
        return False


def install() -> bool:
    """Use :func:`uses_pyside` for PySide6's check; True when it was replaced."""
    global INSTALLED
    feature = sys.modules.get("shibokensupport.feature") \
        or sys.modules.get("PySide6.support.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    INSTALLED = True
    return True


install()
