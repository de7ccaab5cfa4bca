"""The interface in French: Qt's translation system, built and loaded.

Every user-visible string in ``desktop_app/`` is wrapped where it is written (``self.tr``
or ``QCoreApplication.translate("Context", ...)``). The French for them is in one
``.ts`` file per engineer under ``desktop_app/translations/`` (``<name>_fr.ts``), compiled
to ``.qm`` with ``pyside6-lrelease``:

- ``python3 dev.py run``/``test`` and ``packaging/build.py`` build them (``python -m
  desktop_app.i18n --build``); the ``.qm`` files are never committed (``.gitignore``);
- the frozen app carries the ``.qm`` files beside the ``.ts`` sources' place
  (``desktop_app/translations``) and Qt's own French (``qtbase_fr.qm``), so standard
  buttons and dialogs ("OK", "Cancel", the colour and font pickers) speak French too.

:func:`set_language` installs the translators for a language on the running application
(removing the previous ones); Qt then sends ``QEvent.LanguageChange`` to every widget, and
each re-sets its text in ``retranslate_ui()``. English is the source language: switching
to English removes the translators. A ``.qm`` file that is missing or older than its
``.ts`` when run from source is reported (:func:`translation_problems`, logged once and
shown by the language switch); the app still starts, those strings in English.

This module owns the language state: one :func:`current_language` and one
:func:`translate` for the window, the command line and the printouts (no Qt at import:
the printouts and the CLI import it without loading PySide6). A test that wants the
interface in French calls ``set_language("fr")`` like the app does.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.paths import translations_dir

log = logging.getLogger(__name__)

#: Qt's own catalogues we ship and load, per language (the standard dialogs' words).
QT_CATALOGUES = ("qtbase",)
#: The context of this module's own strings (and the language switch's notes).
CONTEXT = "I18n"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate's marker name
    """Marks ``text`` for lupdate (context ``context``) and returns it untranslated, like
    PySide6's own, without importing Qt (this module is imported by the printouts and the
    command line, which must not load Qt by themselves)."""
    return text


def ts_files(folder: Path | None = None, language: str = "fr") -> list[Path]:
    """The translation sources for ``language``, sorted (``*_fr.ts``)."""
    folder = translations_dir() if folder is None else folder
    return sorted(folder.glob(f"*_{language}.ts"))


def qm_files(folder: Path | None = None, language: str = "fr") -> list[Path]:
    """The compiled translations for ``language`` (``*_fr.qm``), sorted: our own only."""
    folder = translations_dir() if folder is None else folder
    return sorted(p for p in folder.glob(f"*_{language}.qm")
                  if not p.name.startswith(QT_CATALOGUES))


def translation_problems(folder: Path | None = None, language: str = "fr") -> list[str]:
    """What is wrong with the compiled translations, one sentence each (empty: all good).

    A ``.ts`` without its ``.qm``, or a ``.qm`` older than its ``.ts`` (the French was
    edited and not rebuilt). A frozen app ships no ``.ts``, so there it is never stale."""
    folder = translations_dir() if folder is None else folder
    out = []
    for ts in ts_files(folder, language):
        qm = ts.with_suffix(".qm")
        if not qm.is_file():
            out.append(f"{qm.name} is missing: build it with `python3 dev.py run` "
                       f"(or `python -m desktop_app.i18n --build`); its strings show in English")
        elif qm.stat().st_mtime < ts.stat().st_mtime:
            out.append(f"{qm.name} is older than {ts.name}: rebuild it with `python3 dev.py "
                       f"run` (or `python -m desktop_app.i18n --build`)")
    return out


def lrelease_command() -> list[str]:
    """How to run Qt's ``lrelease`` here (PySide6 ships it)."""
    exe = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe"):
        if (exe / name).is_file():
            return [str(exe / name)]
    import shutil  # building translations only: not imported when the app starts

    found = shutil.which("pyside6-lrelease")
    if found:
        return [found]
    import PySide6

    base = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe", "Qt/bin/lrelease", "Qt/libexec/lrelease"):
        if (base / name).is_file():
            return [str(base / name)]
    raise FileNotFoundError("pyside6-lrelease was not found (is PySide6 installed?)")


def build(folder: Path | None = None, out_dir: Path | None = None, *,
          only_stale: bool = False) -> list[Path]:
    """Compile every ``.ts`` in ``folder`` to a ``.qm`` (in ``out_dir``, default beside it).

    Raises RuntimeError with lrelease's own message when a file does not compile."""
    import subprocess  # building translations only: not imported when the app starts

    folder = translations_dir() if folder is None else folder
    out_dir = folder if out_dir is None else out_dir
    built = []
    for ts in sorted(folder.glob("*.ts")):
        qm = out_dir / ts.with_suffix(".qm").name
        if only_stale and qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        out_dir.mkdir(parents=True, exist_ok=True)
        proc = subprocess.run([*lrelease_command(), "-silent", str(ts), "-qm", str(qm)],
                              capture_output=True, text=True)
        if proc.returncode != 0 or not qm.is_file():
            raise RuntimeError(f"{ts}: lrelease failed: {proc.stderr or proc.stdout}")
        built.append(qm)
    return built


def qt_catalogue(name: str, language: str) -> Path | None:
    """Qt's own ``<name>_<language>.qm``: shipped beside ours in the bundle, else Qt's
    translations folder (a source checkout: the PySide6 wheel's)."""
    from PySide6.QtCore import QLibraryInfo

    file = f"{name}_{language}.qm"
    for folder in (translations_dir(),
                   Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))):
        if (folder / file).is_file():
            return folder / file
    return None


@dataclass
class _State:
    """The one language state of the process (GUI, command line and printouts alike)."""

    language: str = "en"
    #: QTranslators installed on the running application for ``language`` (kept alive
    #: here); empty for English, and while there is no application (the command line)
    translators: list = field(default_factory=list)
    #: whether ``translators`` are on the QCoreApplication now (else :func:`translate` reads
    #: them through :func:`cli_translator`, uninstalled)
    on_app: bool = False
    problems: list[str] = field(default_factory=list)


_state = _State()


def current_language() -> str:
    """The language of the interface now, ``"en"`` or ``"fr"``: what the last
    :func:`set_language` chose (the window's switch, ``--lang``, :func:`cli_words`).
    The GUI, the command line and the printouts all ask here."""
    return _state.language


def _app() -> object | None:
    """The running QCoreApplication, or None (without importing Qt)."""
    core = sys.modules.get("PySide6.QtCore")
    return None if core is None else core.QCoreApplication.instance()


def set_language(language: str) -> list[str]:
    """Make ``language`` the interface's language, for every path at once.

    With an application running, installs its translators (removing the previous ones):
    Qt sends ``LanguageChange`` to every widget and each says its words again. Without one
    (the command line, printouts built without Qt), :func:`translate` reads the same
    ``.qm`` files uninstalled; :func:`set_language` again once an application exists
    installs them. ``"en"`` installs none (English is the source language).

    Returns the problems (missing or stale ``.qm``, Qt's French missing), also logged;
    never raises for them: the strings that have no translation stay in English."""
    _remove_installed()
    _state.language = language
    _state.problems = []
    app = _app()
    if language == "en" or app is None:
        return []
    from PySide6.QtCore import QCoreApplication, QTranslator

    problems = translation_problems(language=language)
    files = qm_files(language=language)
    for name in QT_CATALOGUES:
        qt_file = qt_catalogue(name, language)
        if qt_file is None:
            problems.append(f"Qt's own {name}_{language}.qm was not found; standard buttons "
                            "show in English")
        else:
            files.append(qt_file)
    for file in files:
        t = QTranslator()
        if t.load(str(file)):
            QCoreApplication.installTranslator(t)
            _state.translators.append(t)
        else:
            problems.append(f"{file.name} could not be loaded")
    _state.on_app = True
    for p in problems:
        log.warning("interface translation: %s", p)
    _state.problems = problems
    return problems


def _remove_installed() -> None:
    if _state.translators and _app() is not None:
        from PySide6.QtCore import QCoreApplication

        for t in _state.translators:
            QCoreApplication.removeTranslator(t)
    _state.translators.clear()
    _state.on_app = False


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the current language: the one ``translate`` of the GUI, the command line
    and the printouts (lupdate finds ``translate("Context", "text")`` calls like
    ``QCoreApplication.translate``).

    With an application running this is ``QCoreApplication.translate`` (our translators
    and Qt's own, and any a test installed); without one, the current language's ``.qm``
    files read uninstalled; English: the text as written. ``%n`` is filled with ``n``."""
    app = _app()
    if app is not None and (_state.on_app or _state.language == "en"):
        core = sys.modules["PySide6.QtCore"]
        return str(core.QCoreApplication.translate(context, text, disambiguation, n))
    out = text
    if _state.language != "en":
        out = cli_translator(_state.language)(context, text, disambiguation, n)
    return out.replace("%n", str(n)) if n >= 0 else out


#: Words on screen that must follow a switch of language: a callable that says them in the
#: language of the moment (it keeps the message's key and arguments, not its text), e.g.
#: ``lambda: translate("Ctx", "{n} found").format(n=n)``; a plain ``str`` is said once.
Words = str | Callable[[], str]


def said(words: Words) -> str:
    """``words`` in the current language (a plain string as it is)."""
    return words() if callable(words) else words


def is_keyed(words: Words) -> bool:
    """Whether ``words`` can be said again in another language."""
    return callable(words)


def installed_problems() -> list[str]:
    """The problems found by the last :func:`set_language`."""
    return list(_state.problems)


def untranslated_note() -> str:
    """The note shown on a section or term that is still in English in the French guide."""
    return translate(
        "I18n", "Not yet translated: this part is shown in English until its French "
        "version is ready.")


def untranslated_html() -> str:
    """The reader's notice on a section still in English: a framed box with a sign and
    words (read aloud as they are: the words say it, not the frame)."""
    from content.html_escape import esc

    return ('<table class="notice" width="100%" cellspacing="0" cellpadding="10" border="1">'
            f'<tr><td class="notice"><b>&#9432; {esc(untranslated_note())}</b></td></tr>'
            "</table>")


def untranslated_short() -> str:
    """The short mark after a title in lists (results, contents)."""
    return translate("I18n", "(in English)")


# -- the command line: the same translations, without installing them ---------------------

_cli_cache: dict[str, list] = {}

#: argparse's own words (it asks gettext for them): usage, headings, common errors.
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("Argparse", "usage: "),
    QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("Argparse", "options"),
    QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Argparse", "one of the arguments %s is required"),
)


def cli_translator(language: str) -> Callable[..., str]:
    """``lookup(context, text, disambiguation=None, n=-1)`` in ``language`` from our ``.qm``
    files, loaded but not installed (nothing global changes; no application needed). Text
    without a translation comes back as it is. :func:`translate` uses it when no
    application is running; the CLI's word lists use it for a given language."""
    from PySide6.QtCore import QTranslator

    if language not in _cli_cache:
        loaded = []
        if language != "en":
            for file in qm_files(language=language):
                t = QTranslator()
                if t.load(str(file)):
                    loaded.append(t)
        _cli_cache[language] = loaded
    translators = _cli_cache[language]

    def lookup(context: str, text: str, disambiguation: str | None = None,
               n: int = -1) -> str:
        for t in translators:
            out = t.translate(context, text, disambiguation, n)
            if out:
                return str(out)
        return text

    return lookup


@contextlib.contextmanager
def cli_words(language: str) -> Iterator[None]:
    """While inside: the interface's language is ``language`` (:func:`set_language`), so
    :func:`translate`, the printouts and ``ipv-guide``'s parser (its usage line, headings and
    usage errors: :mod:`desktop_app.cli_parser`) speak it; the language before is put back
    after."""
    before = current_language()
    set_language(language)
    try:
        yield
    finally:
        set_language(before)


def main(argv: list[str] | None = None) -> int:
    """``python -m desktop_app.i18n --build``: compile the ``.ts`` files (what dev.py runs)."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m desktop_app.i18n")
    parser.add_argument("--build", action="store_true", help="compile every .ts to .qm")
    parser.add_argument("--check", action="store_true",
                        help="exit 1 if a .qm is missing or older than its .ts")
    parser.add_argument("--out", type=Path, help="where the .qm files go (default: beside)")
    args = parser.parse_args(argv)
    if args.build:
        built = build(out_dir=args.out)
        print(f"translations: {len(built)} .qm file(s) built", flush=True)
    if args.check:
        problems = translation_problems()
        for p in problems:
            print(f"translations: {p}", file=sys.stderr)
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
