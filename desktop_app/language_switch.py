"""View > Language: English or Français, switched at once, without a restart.

Switching (:func:`switch_language`):

1. loads the guide in the other language from the same content folder (the French
   library: parts not yet translated are the English ones, marked), with its extras;
2. installs that language's interface translators (:func:`desktop_app.i18n.set_language`):
   Qt sends ``LanguageChange`` to every widget, and each re-sets its words;
3. gives the window the new library, the way the window adopts a more complete one
   (:meth:`MainWindow.adopt_library`), with the contents refilled;
4. swaps the search index (the French one prebuilt in the bundle, else built in memory
   in the background); the search typed in the box runs again when it is ready;
5. keeps the decision helper's answers, ticked risk factors and record (the ids are the
   same in both languages) and shows its step again in the new language;
6. shows the same page again, at the same place; printouts and PDFs then come out in the
   new language (they read the window's library each time);
7. remembers the choice in ``settings.ini``.

French is offered in the menu only when the translation is complete
(:func:`content.parity.translation_ready`, checked after the first paint in a worker
thread); until then only ``--lang fr`` shows it. :func:`start_language` decides the
language of a start: ``--lang``, else the setting (the OS language at first start), French
only if the translation is complete.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication
from PySide6.QtWidgets import QMenu

from content import Library, load_library
from content.model import LANGUAGES
from content.prebuilt import PrebuiltSections
from desktop_app import i18n, workers

if TYPE_CHECKING:
    from content.decision import DecisionFlow
    from desktop_app.mainwindow import MainWindow
    from desktop_app.settings import Settings

log = logging.getLogger(__name__)

#: Each language's name in itself: never translated ("Français" in the English interface
#: too, so that someone who reads only French finds it).
LANGUAGE_NAMES = {"en": "English", "fr": "Français"}
_MNEMONIC_NAMES = {"en": "&English", "fr": "&Français"}


def content_folder(library: Library) -> str:
    """The content folder ``library`` was loaded from (a translation's English folder)."""
    base = library.translation if library.translation is not None else library
    return str(base.root)


def french_ready(library: Library) -> bool:
    """Whether the translation is complete and clean, for a French ``library`` already
    loaded (the cheaper half of :func:`content.parity.translation_ready`)."""
    from content.parity import parity_report

    if library.language == "en":
        return False
    report = parity_report(library)
    return report.complete and not report.problems and not library.problems


def start_language(root: Any, explicit: str | None, settings: Settings, *,
                   extras: bool = False) -> Library:
    """The library a start shows, its interface translators installed.

    ``explicit`` (``--lang``) wins, complete or not. Otherwise the setting (the OS language
    at first start): French only if its translation is complete, else English (and the
    setting says English, so the menu and the next start agree)."""
    wanted = explicit or settings.language or "en"
    if wanted not in LANGUAGES:
        wanted = "en"
    # the sections read once when the app was set up or bundled (content.prebuilt): only
    # files with the bytes read then (size and checksums) are taken from there, the rest
    # read in full
    prebuilt = PrebuiltSections.read()
    library = load_library(root, extras=extras, language=wanted, prebuilt=prebuilt)
    if wanted != "en" and explicit is None and not french_ready(library):
        log.info("the %s translation is not complete yet: starting in English", wanted)
        library = load_library(root, extras=extras, language="en", prebuilt=prebuilt)
        settings.prefs.language = "en"
    i18n.set_language(library.language)
    return library


# -- applying a library to the window ---------------------------------------------------------

def factor_words(old: DecisionFlow | None, new: DecisionFlow | None) -> dict[str, str]:
    """Each risk factor's words in ``old`` -> its words in ``new``: the checklists have the
    same structure in both languages, item for item (ticked factors are kept by words)."""
    mapping: dict[str, str] = {}
    if old is None or new is None:
        return mapping
    for cid, cl in old.checklists.items():
        other = new.checklists.get(cid)
        if other is not None:
            mapping.update(zip(cl.items, other.items, strict=False))
    return mapping


def apply_library(window: MainWindow, library: Library) -> None:
    """Show ``library`` (the other language) in the window, keeping the user's place."""
    from content.decision import MAIN_FLOW

    panel = window.decision_panel  # None until it is built, after the first paint
    if panel is not None:
        new_flow = library.flows.get(MAIN_FLOW)
        panel.set_library(library, factor_words(panel.flow, new_flow))
    window.show_library(library)  # contents, search index, the same page


# -- switching --------------------------------------------------------------------------------

def switch_language(window: MainWindow, language: str, *, remember: bool = True,
                    load: Callable[[str, str], Library] | None = None) -> bool:
    """Show the guide and the interface in ``language``; True if it changed.

    A failure to load the content leaves everything as it was (a message says why)."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    if language == window.library.language:
        if remember:
            window.settings.language = language
        return False
    root = content_folder(window.library)
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        library = (load or (lambda r, lang: load_library(
            r, language=lang, prebuilt=PrebuiltSections.read())))(root, language)
    except Exception as exc:  # noqa: BLE001 - a message, and nothing changes
        QGuiApplication.restoreOverrideCursor()
        log.exception("switching the language failed")
        from PySide6.QtWidgets import QMessageBox

        from desktop_app import errors

        QMessageBox.warning(
            window, QCoreApplication.translate("LanguageSwitch", "Language not changed"),
            QCoreApplication.translate(
                "LanguageSwitch", "The guide could not be loaded in that language. It "
                "stays as it was.\n\n{reason}").format(reason=errors.describe(exc)))
        return False
    try:
        problems = i18n.set_language(language)
        apply_library(window, library)
    finally:
        QGuiApplication.restoreOverrideCursor()
    if remember:
        window.settings.language = language
    # said with its key (StatusBar.say): Qt's LanguageChange arrives after this, and a
    # message in plain text would be closed by it
    status = window.statusBar()
    say = getattr(status, "say", None)
    if problems:
        words: Callable[[], str] = lambda: QCoreApplication.translate(  # noqa: E731
            "LanguageSwitch", "Some of the interface is still in English: its translation "
            "file is missing or out of date.")
        timeout = 15000
    else:
        words = lambda: QCoreApplication.translate(  # noqa: E731
            "LanguageSwitch", "The guide is now in English.")
        timeout = 6000
    if say is not None:
        say(words, timeout)
    else:
        status.showMessage(words(), timeout)
    return True


class LanguageMenu(QMenu):
    """View > Language, with a radio item per language."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.setObjectName("languageMenu")
        self._window = window
        self.group = QActionGroup(self)
        self.actions_by_language: dict[str, QAction] = {}
        for lang in LANGUAGES:
            action = QAction(_MNEMONIC_NAMES.get(lang, LANGUAGE_NAMES[lang]), self,
                             checkable=True)
            action.triggered.connect(lambda _c=False, lg=lang: self.choose(lg))
            self.group.addAction(action)
            self.addAction(action)
            self.actions_by_language[lang] = action
        self.ready: bool | None = None  # French complete? None until checked
        self.retranslate_ui()
        self.sync()

    def retranslate_ui(self) -> None:
        self.setTitle(QCoreApplication.translate("LanguageSwitch", "&Language"))
        self.menuAction().setStatusTip(QCoreApplication.translate(
            "LanguageSwitch", "Show the guide in English or in French"))
        tips = {"en": QCoreApplication.translate(
                    "LanguageSwitch", "Show the guide and the app in English"),
                "fr": QCoreApplication.translate(
                    "LanguageSwitch", "Show the guide and the app in French")}
        for lang, action in self.actions_by_language.items():
            action.setStatusTip(tips.get(lang, ""))
            action.setToolTip(tips.get(lang, ""))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def sync(self) -> None:
        """Check the current language; offer French only when it is complete (or shown)."""
        current = self._window.library.language
        for lang, action in self.actions_by_language.items():
            action.setChecked(lang == current)
            offered = lang == "en" or lang == current or bool(self.ready)
            action.setVisible(offered)
        # with one language to choose from, the menu says nothing useful
        self.menuAction().setVisible(sum(a.isVisible()
                                         for a in self.actions_by_language.values()) > 1)

    def set_ready(self, ready: bool) -> None:
        self.ready = bool(ready)
        self.sync()

    def choose(self, language: str) -> None:
        switch_language(self._window, language)
        self.sync()


def _readiness_job(root: str, progress: Any = None, is_cancelled: Any = None) -> bool:
    from content.parity import translation_ready

    return translation_ready(root)


def install_language_menu(window: MainWindow, *, check_ready: bool = True) -> LanguageMenu:
    """Add View > Language to ``window``; check in the background whether French is
    complete (a French window already knows: it is showing it)."""
    menu = LanguageMenu(window)
    window.menus.view_menu.addSeparator()
    window.menus.view_menu.addMenu(menu)
    window.language_menu = menu
    if check_ready:
        if window.library.language != "en":
            menu.set_ready(french_ready(window.library))
        else:
            workers.run_in_pool(_readiness_job, content_folder(window.library),
                                on_result=menu.set_ready, context=menu)
    return menu


__all__ = ["LANGUAGE_NAMES", "LanguageMenu", "apply_library", "content_folder",
           "french_ready", "install_language_menu", "start_language", "switch_language"]

