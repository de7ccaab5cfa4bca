"""The CLI's own words in each language (``--lang fr|en``); the content brings its own.

Translated with Qt's translation system, like the GUI (:mod:`desktop_app.i18n`; the CLI
installs the translators of ``--lang`` on a QCoreApplication). These labels are the ones
the text commands print around the content (``show``, ``list``, ``search``, ``decide``,
``check-content``).
"""

from __future__ import annotations

import argparse

from PySide6.QtCore import QT_TRANSLATE_NOOP

from content.model import LANGUAGES
from desktop_app.i18n import cli_translator

#: The CLI's own words, found by lupdate here; their French is in
#: desktop_app/translations/i18n_fr.ts (context "Cli"). Keys that are not sentences
#: (``"untranslated"``...) stand for the sentence in :data:`_KEYS`.
_MESSAGES = (
    QT_TRANSLATE_NOOP("Cli", "Check the official text: "),
    QT_TRANSLATE_NOOP("Cli", "Provisions: "),
    QT_TRANSLATE_NOOP("Cli", "Sources: "),
    QT_TRANSLATE_NOOP("Cli", "[Not yet translated: this part is shown in English.]"),
    QT_TRANSLATE_NOOP("Cli", "(in English)"),
    QT_TRANSLATE_NOOP("Cli", "{n} section(s) not yet translated: shown in English, marked \u201c(in English)\u201d."),  # noqa: E501
    QT_TRANSLATE_NOOP("Cli", "No section '{id}'. Try: ipv-guide list"),
    QT_TRANSLATE_NOOP("Cli", "Did you mean: "),
    QT_TRANSLATE_NOOP("Cli", " (the results include matches for it)"),
    QT_TRANSLATE_NOOP("Cli", "No results for \u201c{q}\u201d."),
    QT_TRANSLATE_NOOP("Cli", "result"),
    QT_TRANSLATE_NOOP("Cli", "results"),
    QT_TRANSLATE_NOOP("Cli", " matching some of your words"),
    QT_TRANSLATE_NOOP("Cli", " (showing {n})"),
    QT_TRANSLATE_NOOP("Cli", "Next question"),
    QT_TRANSLATE_NOOP("Cli", "Why we ask: "),
    QT_TRANSLATE_NOOP("Cli", "Answer with"),
    QT_TRANSLATE_NOOP("Cli", "one of:"),
    QT_TRANSLATE_NOOP("Cli", "Provisions: none cited. "),
    QT_TRANSLATE_NOOP("Cli", "Duty to report to a children's aid society: "),
    QT_TRANSLATE_NOOP("Cli", "yes"),
    QT_TRANSLATE_NOOP("Cli", "no"),
    QT_TRANSLATE_NOOP("Cli", "Conditions that still apply:"),
    QT_TRANSLATE_NOOP("Cli", "Notice afterwards"),
    QT_TRANSLATE_NOOP("Cli", "Safety: "),
    QT_TRANSLATE_NOOP("Cli", "Route relied on: "),
    QT_TRANSLATE_NOOP("Cli", "Another route"),
    QT_TRANSLATE_NOOP("Cli", "Who to ask (by role): "),
    QT_TRANSLATE_NOOP("Cli", "What to record:"),
    QT_TRANSLATE_NOOP("Cli", "Read more: "),
    QT_TRANSLATE_NOOP("Cli", "FIRST: "),
    QT_TRANSLATE_NOOP("Cli", "Then, once everyone is safe:"),
)
_KEYS = {
    "untranslated": "[Not yet translated: this part is shown in English.]",
    "untranslated-short": "(in English)",
    "untranslated-note": "{n} section(s) not yet translated: shown in English, marked \u201c(in English)\u201d.",  # noqa: E501
}


def language_of(args: argparse.Namespace) -> str:
    """The language the command was asked for (``--lang``), English by default."""
    lang = getattr(args, "lang", None)
    return lang if lang in LANGUAGES else "en"


def say(lang: str, text: str, **fields: object) -> str:
    """``text`` in ``lang`` (English if there is no translation), with ``fields`` filled in."""
    if text in _KEYS and lang == "en":
        out = ""  # nothing is untranslated in English
    else:
        source = _KEYS.get(text, text)
        out = cli_translator(lang)("Cli", source) if lang != "en" else source
    return out.format(**fields) if fields else out
