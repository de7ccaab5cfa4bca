"""``translate(context, text)``: Qt's translation, for code that must not import Qt.

The printouts and the decision result page are plain functions that the command line also
uses, and they must not load PySide6 by themselves (a CLI command starts in a fraction of a
second). Inside a command line run in another language (``ipv-guide --lang fr ...``:
:func:`desktop_app.i18n.cli_words`) it is that language's translators, loaded without an
application; else ``QCoreApplication.translate`` when Qt is loaded and an application with
its translators exists (the app, or a command that asked for French); otherwise the English
source text. ``pyside6-lupdate`` finds every ``translate("Context", "text")`` call, so the
strings go into the ``.ts`` files like any other.
"""

from __future__ import annotations

import sys


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the current language (Qt's translators), or as written without Qt."""
    i18n = sys.modules.get("desktop_app.i18n")
    if i18n is not None and i18n.cli_language() != "en" and n < 0:
        # a command line run in another language (``--lang fr``): its translators, no app
        return str(i18n.translate(context, text))
    core = sys.modules.get("PySide6.QtCore")
    if core is not None and core.QCoreApplication.instance() is not None:
        return str(core.QCoreApplication.translate(context, text, disambiguation, n))
    return text.replace("%n", str(n)) if n >= 0 else text


def current_language() -> str:
    """``"fr"`` while the French catalogue is installed, else ``"en"`` (the catalogue
    translates this one message, "en", to "fr")."""
    return "fr" if translate("Language", "en") == "fr" else "en"


__all__ = ["current_language", "translate"]
