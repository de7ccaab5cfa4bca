"""The CLI's own words in each language (``--lang fr|en``); the content brings its own.

No Qt here: the GUI translates its strings with Qt's translation system. These few labels
are the ones the text commands print around the content (``show``, ``list``, ``search``,
``decide``, ``check-content``).
"""

from __future__ import annotations

import argparse

from content.model import LANGUAGES

_FR = {
    "Check the official text: ": "Vérifiez le texte officiel\u00a0: ",
    "Provisions: ": "Dispositions\u00a0: ",
    "Sources: ": "Sources\u00a0: ",
    "untranslated": "[Pas encore traduit\u00a0: cette partie est affichée en anglais.]",
    "untranslated-short": "(en anglais)",
    "untranslated-note": "{n} section(s) pas encore traduite(s)\u00a0: affichée(s) en anglais, "
                         "marquée(s) «\u00a0(en anglais)\u00a0».",
    "No section '{id}'. Try: ipv-guide list":
        "Aucune section «\u00a0{id}\u00a0». Essayez\u00a0: ipv-guide --lang fr list",
    "Did you mean: ": "Vouliez-vous dire\u00a0: ",
    " (the results include matches for it)": " (les résultats en tiennent compte)",
    "No results for \u201c{q}\u201d.": "Aucun résultat pour «\u00a0{q}\u00a0».",
    "result": "résultat",
    "results": "résultats",
    " matching some of your words": " contenant une partie de vos mots",
    " (showing {n})": " ({n} affichés)",
    "Next question": "Question suivante",
    "Why we ask: ": "Pourquoi cette question\u00a0: ",
    "Answer with": "Répondez avec",
    "one of:": "l'une de ces valeurs\u00a0:",
    "Provisions: none cited. ": "Dispositions\u00a0: aucune. ",
    "Duty to report to a children's aid society: ":
        "Obligation de signaler à une société d'aide à l'enfance\u00a0: ",
    "yes": "oui",
    "no": "non",
    "Conditions that still apply:": "Conditions qui s'appliquent toujours\u00a0:",
    "Notice afterwards": "Avis après coup",
    "Safety: ": "Sécurité\u00a0: ",
    "Route relied on: ": "Motif invoqué\u00a0: ",
    "Another route": "Autre motif",
    "Who to ask (by role): ": "À qui demander (par rôle)\u00a0: ",
    "What to record:": "Ce qu'il faut consigner\u00a0:",
    "Read more: ": "Pour en savoir plus\u00a0: ",
    "FIRST: ": "D'ABORD\u00a0: ",
    "Then, once everyone is safe:": "Ensuite, une fois tout le monde en sécurité\u00a0:",
}


def language_of(args: argparse.Namespace) -> str:
    """The language the command was asked for (``--lang``), English by default."""
    lang = getattr(args, "lang", None)
    return lang if lang in LANGUAGES else "en"


def say(lang: str, text: str, **fields: object) -> str:
    """``text`` in ``lang`` (English if there is no translation), with ``fields`` filled in."""
    out = _FR.get(text, text) if lang == "fr" else text
    if lang == "en" and text in ("untranslated", "untranslated-short", "untranslated-note"):
        out = ""
    return out.format(**fields) if fields else out
