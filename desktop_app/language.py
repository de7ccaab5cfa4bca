"""Which language the guide starts in: the OS language at first start, then the user's choice.

No Qt at import time. :func:`language_for_locale` maps a locale name as the OS gives it
(``fr_CA.UTF-8``, ``fr-CA``, ``French_Canada.1252``, ``fr``) to ``"fr"`` or ``"en"``;
:func:`os_language` asks the OS (Qt's system locale and UI languages when Qt is there, else
the usual environment variables and Python's locale module).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Mapping

from content.model import LANGUAGES

DEFAULT_LANGUAGE = "en"


def language_for_locale(name: str | None) -> str | None:
    """``"fr"`` or ``"en"`` for a locale name, or None if it is neither language.

    ``fr_CA.UTF-8`` -> fr, ``fr-FR`` -> fr, ``French_Canada.1252`` (Windows) -> fr,
    ``en_CA`` -> en, ``C``/``POSIX``/``""`` -> None, ``es_MX`` -> None.
    """
    if not name:
        return None
    text = str(name).strip().lower()
    for sep in (".", "@"):
        text = text.split(sep, 1)[0]
    head = text.replace("-", "_").split("_", 1)[0]
    if head in ("fr", "fra", "fre", "french", "français", "francais"):
        return "fr"
    if head in ("en", "eng", "english"):
        return "en"
    return None


def first_language(names: Iterable[str | None]) -> str | None:
    """The first of ``names`` that is French or English (None if none is)."""
    for name in names:
        lang = language_for_locale(name)
        if lang is not None:
            return lang
    return None


def os_language(environ: Mapping[str, str] | None = None) -> str:
    """The OS language as ``"fr"`` or ``"en"``: French if the user's language is French,
    else English (the guide's original language, also for any third language).

    ``environ`` (for tests) replaces the environment, and then neither Qt nor Python's
    locale module is asked."""
    names: list[str | None] = []
    if environ is None:
        try:
            from PySide6.QtCore import QLocale

            system = QLocale.system()
            names += list(system.uiLanguages()) + [system.name()]
        except Exception:  # noqa: BLE001 - no Qt: the environment says
            pass
    env = os.environ if environ is None else environ
    # LANGUAGE is a list ("fr_CA:en"); LC_ALL wins over LC_MESSAGES, which wins over LANG
    names += (env.get("LANGUAGE") or "").split(":")
    names += [env.get("LC_ALL"), env.get("LC_MESSAGES"), env.get("LANG")]
    lang = first_language(names)
    if lang is None and environ is None:
        import locale  # asked last: only when nothing above named a language

        with contextlib.suppress(ValueError):
            lang = language_for_locale(locale.getlocale()[0])
    return lang or DEFAULT_LANGUAGE


def valid_language(value: object) -> str | None:
    """``value`` if it is a language the guide has, else None."""
    return value if isinstance(value, str) and value in LANGUAGES else None
