"""The interface in French (issue 20): translations built and loaded, the View > Language
switch without a restart, untranslated marks, the CLI in French, and a walk of every widget
for English left in the French interface (and French in the English one)."""

from __future__ import annotations

import gzip
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop_app import i18n
from index.types import IndexBuildError
from tests.tools.words import without_marked_english

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "desktop_app" / "translations"
#: A small English guide with part of it in French (tests/content/test_french_content.py)
FR_FIXTURE = ROOT / "tests" / "data" / "fr_content"


# -- the .ts sources -------------------------------------------------------------------------

def _messages(ts: Path) -> dict[tuple[str, str], tuple[str, bool]]:
    """``{(context, source): (translation, finished)}`` of a .ts file."""
    out = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            tr = m.find("translation")
            finished = tr is not None and tr.get("type") not in ("unfinished", "vanished",
                                                                 "obsolete")
            text = "" if tr is None else (tr.text or "").strip() or " | ".join(
                (n.text or "") for n in tr.iter("numerusform"))  # plurals: one per form
            out[(name, m.findtext("source") or "")] = (text, finished)
    return out


@pytest.fixture(scope="module")
def wrapped_in_code(tmp_path_factory) -> dict[tuple[str, str], tuple[str, bool]]:
    """Every wrapped string in desktop_app/, found by lupdate into a fresh .ts."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.is_file():
        found = shutil.which("pyside6-lupdate")
        assert found, "pyside6-lupdate is not installed"
        lupdate = Path(found)
    out = tmp_path_factory.mktemp("lupdate") / "all_fr.ts"
    # and the content checker's message templates (content/problem_kinds/: frcheck_fr.ts)
    sources = [*sorted(str(p) for p in (ROOT / "desktop_app").rglob("*.py")),
               *sorted(str(p) for p in (ROOT / "content" / "problem_kinds").glob("*.py"))]
    proc = subprocess.run([str(lupdate), *sources, "-ts", str(out), "-no-obsolete",
                           "-locations", "none"], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    return _messages(out)


def test_every_ts_is_current_and_finished(wrapped_in_code, tmp_path):
    """Each .ts: lupdate over its own sources changes nothing (no message missing, none
    left over), and every message has its French (no ``type="unfinished"``)."""
    ts_files = sorted(TS_DIR.glob("*_fr.ts"))
    assert ts_files, "no .ts file in desktop_app/translations"
    committed: dict[tuple[str, str], tuple[str, Path]] = {}
    problems = []
    for ts in ts_files:
        for key, (text, finished) in _messages(ts).items():
            if not key[0]:
                problems.append(f"{ts.name}: a message without a context: {key[1]!r}")
            if not finished or not text.strip():
                problems.append(f"{ts.name}: unfinished: {key}")
            if key not in wrapped_in_code:
                problems.append(f"{ts.name}: no longer in the code (run lupdate): {key}")
            if key in committed and committed[key][0] != text:
                problems.append(f"{ts.name} and {committed[key][1].name} translate {key} "
                                "differently")
            committed[key] = (text, ts)
    missing = sorted(k for k in wrapped_in_code if k not in committed)
    problems += [f"wrapped in the code but in no .ts file (run lupdate): {k}" for k in missing]
    assert not problems, "\n".join(problems[:60])


#: CLI modules whose messages live in another .ts (pack_cmds.py: frnames_fr.ts).
OWN_TS_ELSEWHERE = {"pack_cmds.py"}


def test_the_own_ts_is_exactly_what_lupdate_writes(tmp_path):
    """i18n_fr.ts, updated by lupdate over its sources in a temp copy, is unchanged."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    copy = tmp_path / "i18n_fr.ts"
    shutil.copy2(TS_DIR / "i18n_fr.ts", copy)
    sources = [ROOT / "desktop_app" / "i18n.py", ROOT / "desktop_app" / "language_switch.py",
               ROOT / "desktop_app" / "content_update.py",
               ROOT / "desktop_app" / "options.py",
               *sorted(p for p in (ROOT / "desktop_app" / "cli").glob("*.py")
                       if p.name not in OWN_TS_ELSEWHERE)]
    subprocess.run([str(lupdate), *map(str, sources), "-ts", str(copy), "-no-obsolete",
                    "-locations", "none"], check=True, capture_output=True, cwd=ROOT)
    assert _messages(copy) == _messages(TS_DIR / "i18n_fr.ts")


def test_french_typography_in_the_translations():
    """A non-breaking space before : ; ? ! and inside « » (never an ordinary one, and never
    none: "dossier; rien" is missing its space; "chemin:ligne", a word, is not French
    punctuation)."""
    bad = []
    for ts in TS_DIR.glob("*_fr.ts"):
        for key, (text, _ok) in _messages(ts).items():
            if re.search(r" [:;?!]|« | »|[^\s\u00a0\u202f][:;?!](?=\s|$)", text):
                bad.append((ts.name, key, text))
    assert not bad, bad[:10]


# -- building and loading ----------------------------------------------------------------------

def test_missing_or_stale_qm_is_reported(tmp_path):
    shutil.copy2(TS_DIR / "i18n_fr.ts", tmp_path / "i18n_fr.ts")
    (problem,) = i18n.translation_problems(tmp_path)
    assert "i18n_fr.qm is missing" in problem
    (built,) = i18n.build(tmp_path)
    assert built.name == "i18n_fr.qm" and i18n.translation_problems(tmp_path) == []
    os.utime(built, (1, 1))  # older than its .ts: the French was edited and not rebuilt
    (problem,) = i18n.translation_problems(tmp_path)
    assert "older than i18n_fr.ts" in problem


def test_qm_files_are_never_committed():
    tracked = subprocess.run(["git", "ls-files", "*.qm"], cwd=ROOT, capture_output=True,
                             text=True).stdout.split()
    assert tracked == []
    assert "*.qm" in (ROOT / ".gitignore").read_text(encoding="utf-8").split()


def test_set_language_installs_ours_and_qts_own_french(qapp):
    from PySide6.QtCore import QCoreApplication

    tr = QCoreApplication.translate
    assert i18n.set_language("fr") == []
    assert i18n.current_language() == "fr"
    assert tr("LanguageSwitch", "&Language") == "&Langue"
    assert tr("QPlatformTheme", "Cancel") == "Annuler"  # Qt's standard buttons
    i18n.set_language("en")
    assert tr("LanguageSwitch", "&Language") == "&Language"
    assert tr("QPlatformTheme", "Cancel") == "Cancel"


def test_one_language_state_for_every_path(qapp):
    """After ``set_language``, the window's words, the CLI's, the printouts' and the one
    ``current_language()`` agree; after switching back, all English."""
    from PySide6.QtCore import QCoreApplication

    import desktop_app
    from content import load_library
    from desktop_app import printouts

    assert not (Path(desktop_app.__file__).parent / "translate.py").exists()  # one owner
    lib = load_library(language="fr")

    def paths() -> dict[str, str]:
        card = printouts.quick_reference_job(lib).html
        return {"state": i18n.current_language(),
                "gui": QCoreApplication.translate("LanguageSwitch", "&Language"),
                "translate": i18n.translate("LanguageSwitch", "&Language"),
                "cli": i18n.translate("Cli", "Did you mean: "),
                "printout": "en" if "Call 911" in card else "fr"}

    i18n.set_language("fr")
    assert paths() == {"state": "fr", "gui": "&Langue", "translate": "&Langue",
                       "cli": "Vouliez-vous dire\u00a0: ", "printout": "fr"}
    i18n.set_language("en")
    assert paths() == {"state": "en", "gui": "&Language", "translate": "&Language",
                       "cli": "Did you mean: ", "printout": "en"}


def test_cli_words_set_the_one_state_and_put_it_back(qapp):
    with i18n.cli_words("fr"):
        assert i18n.current_language() == "fr"
        assert i18n.translate("LanguageSwitch", "&Language") == "&Langue"
    assert i18n.current_language() == "en"
    assert i18n.translate("LanguageSwitch", "&Language") == "&Language"


def test_translate_without_an_application_reads_the_same_french():
    """The command line before any application exists: the same .qm files, uninstalled."""
    code = ("import sys; from desktop_app import i18n; i18n.set_language('fr'); "
            "print(i18n.current_language(), i18n.translate('LanguageSwitch', '&Language'), "
            "i18n.translate('I18n', '(in English)')); i18n.set_language('en'); "
            "print(i18n.translate('LanguageSwitch', '&Language'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT).stdout.splitlines()
    assert out == ["fr &Langue (en anglais)", "&Language"]


# -- the CLI ---------------------------------------------------------------------------------

def test_cli_help_and_output_in_french(capsys, tmp_path):
    from desktop_app.cli import main

    with pytest.raises(SystemExit):
        main(["--basedir", str(tmp_path), "--lang", "fr", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("utilisation\u00a0:") and "afficher cette aide" in out
    assert "garder settings.ini dans ce dossier" in out
    with pytest.raises(SystemExit):
        main(["--basedir", str(tmp_path), "search", "--lang", "fr", "--help"])
    assert "ce que vous cherchez" in capsys.readouterr().out
    assert main(["--basedir", str(tmp_path), "--lang", "fr", "show", "no-such"]) == 2
    assert "Aucune section «\u00a0no-such\u00a0»" in capsys.readouterr().err
    # English stays English
    with pytest.raises(SystemExit):
        main(["--basedir", str(tmp_path), "--lang", "en", "--help"])
    assert capsys.readouterr().out.startswith("usage:")


def test_cli_default_language_follows_the_settings(tmp_path, monkeypatch):
    from desktop_app.cli import cli_language

    (tmp_path / "settings.ini").write_text("[view]\nlanguage=fr\n", encoding="utf-8")
    monkeypatch.setattr("content.parity.translation_ready", lambda root=None: True)
    assert cli_language(["--basedir", str(tmp_path), "list"]) == "fr"
    monkeypatch.setattr("content.parity.translation_ready", lambda root=None: False)
    assert cli_language(["--basedir", str(tmp_path), "list"]) == "en"  # not offered yet
    assert cli_language(["--basedir", str(tmp_path), "--lang", "fr", "list"]) == "fr"


# -- the switch in the running app -----------------------------------------------------------

def _switch(window, lang, qtbot):
    from desktop_app.language_switch import switch_language

    assert switch_language(window, lang)
    qtbot.waitUntil(lambda: window.search_ready, timeout=60_000)


def test_view_language_switches_without_a_restart(make_window, qtbot):
    window = make_window(None, index=False)
    menu = window.language_menu
    assert menu.title() == "&Language"
    qtbot.waitUntil(lambda: menu.ready is not None, timeout=30_000)
    assert menu.ready  # the shipped translation is complete: French is offered
    assert menu.actions_by_language["fr"].isVisible()
    panel = window.decision_panel
    first = panel.session.current
    panel.choose(first.choices[-1].value)
    window.open_section("serious-harm")
    answers = [a.question.id for a in panel.session.answers]
    step_before = panel.session.current.id

    menu.actions_by_language["fr"].trigger()
    qtbot.waitUntil(lambda: window.search_ready, timeout=60_000)
    assert window.library.language == "fr" and window.settings.language == "fr"
    assert menu.title() == "&Langue" and menu.actions_by_language["fr"].isChecked()
    assert window.current_page.id == "serious-harm"
    french_title = window.library.section("serious-harm").title
    assert french_title in window.reader.toPlainText()
    assert panel.session.current.id == step_before  # the same walk, in French
    assert [a.question.id for a in panel.session.answers] == answers  # ids: same walk
    assert panel.session.answers[0].question.text != first.text  # in French words
    assert panel.flow.title.startswith("Puis-je")
    assert "serious-harm" in {s.id for s in window.library.sections}
    # the search typed runs again, in French
    hits = window.search_index.search("sécurité").hits
    assert hits and window.search_index is not None

    menu.actions_by_language["en"].trigger()
    qtbot.waitUntil(lambda: window.search_ready, timeout=60_000)
    assert window.library.language == "en" and window.settings.language == "en"
    assert menu.title() == "&Language"
    assert panel.session.current.id == step_before
    assert window.library.section("serious-harm").title in window.reader.toPlainText()


def test_french_is_not_offered_until_complete(make_window, qtbot, monkeypatch):
    from desktop_app import language_switch

    window = make_window(None, index=False)
    menu = window.language_menu
    qtbot.waitUntil(lambda: menu.ready is not None, timeout=30_000)
    menu.set_ready(False)
    assert not menu.actions_by_language["fr"].isVisible()
    assert not menu.menuAction().isVisible()  # one language: no menu at all
    assert language_switch  # the module is importable on its own


def test_untranslated_parts_are_marked_in_french(make_window, qtbot):
    window = make_window(FR_FIXTURE, index=False, extra=("--lang", "fr"))
    english = [s for s in window.library.sections if s.untranslated]
    assert english
    window.open_section(english[0].id)
    text = window.reader.toPlainText()
    assert "Pas encore traduit" in text
    item = window.contents.items[english[0].id]
    assert "(en anglais)" in item.text(0)
    assert "Pas encore traduit" in item.toolTip(0)


ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")


def test_dates_in_french(qapp):
    from datetime import date

    from desktop_app.content_words import format_date

    i18n.set_language("fr")
    assert format_date(date(2026, 12, 6)) == "6 décembre 2026"
    assert format_date(date(2026, 1, 1)) == "1er janvier 2026"  # the first: 1er
    assert format_date(date(2023, 8, 18)) == "18 août 2023"
    i18n.set_language("en")
    assert format_date(date(2026, 12, 6)) == "6 December 2026"
    assert format_date(date(2026, 1, 1)) == "1 January 2026"


def test_the_reader_version_line_and_status_dates_in_french(make_window, qtbot):
    from desktop_app.content_words import format_date
    from desktop_app.language_switch import switch_language

    window = make_window(None, index=False, extra=("--lang", "fr"))
    m = window.library.manifest
    start_page = window.reader.toPlainText()
    assert m.content_date and format_date(m.content_date) in start_page
    places = [start_page, window.status.version_label.text()]
    assert not [w for w in ENGLISH_MONTHS for t in places if w in t], places
    switch_language(window, "en")
    qtbot.waitUntil(lambda: window.search_ready, timeout=60_000)
    start_page = window.reader.toPlainText()
    assert format_date(m.content_date) in start_page
    assert any(w in start_page for w in ENGLISH_MONTHS)


def test_sector_names_in_french_everywhere(qapp):
    """One place names the sectors (content_words.filter_name): the chips, the results' tags,
    the reader's tags and the search printout say them in French."""
    from types import SimpleNamespace

    from content import load_library
    from content.model import SECTOR_LABELS, SECTORS
    from desktop_app import printouts
    from desktop_app.results_model import hit_tags
    from desktop_app.search_filters import filter_name
    from desktop_app.section_view import section_view
    from index.types import SearchResults

    lib = load_library(language="fr")
    i18n.set_language("fr")
    french = {s: filter_name("sectors", s) for s in SECTORS}
    assert french["ipv-services"] == "Services en violence conjugale"
    assert not set(french.values()) & (set(SECTOR_LABELS.values()) - {"Justice"})
    hit = SimpleNamespace(kind="section", statutes=("PHIPA",), sectors=("health",
                                                                        "ipv-services"))
    assert hit_tags(hit) == "LPRPS · Santé · Services en violence conjugale"
    section = next(s for s in lib.sections if "ipv-services" in s.sectors)
    assert french["ipv-services"] in section_view(lib, section).tags
    job = printouts.search_job(SearchResults(query="x"), sectors=["ipv-services"],
                               library=lib)
    assert "Services en violence conjugale" in job.html and "IPV services" not in job.html


# -- mnemonics, per menu as the user sees it ---------------------------------------------------

def _mnemonic(text: str) -> str | None:
    """The letter after ``&`` (``&&`` is a literal ampersand), case- and accent-folded:
    Alt+E and Alt+É are the same key to the user."""
    import unicodedata

    m = re.search(r"&([^&\s])", text.replace("&&", ""))
    if m is None:
        return None
    letter = unicodedata.normalize("NFKD", m.group(1).casefold())
    return "".join(c for c in letter if not unicodedata.combining(c))


def _clashes(groups) -> list[str]:
    """``groups``: (name, [texts]) whose mnemonics must differ; one line per clash."""
    out = []
    for group, texts in groups:
        seen: dict[str, list[str]] = {}
        for text in texts:
            letter = _mnemonic(text)
            if letter is not None:
                seen.setdefault(letter, []).append(text)
        out += [f"{group}: '{k}' in {v}" for k, v in seen.items() if len(v) > 1]
    return out


def _menu_groups(window) -> list[tuple[str, list[str]]]:
    """The menu bar's titles, then each menu's visible items (a submenu by its title)."""
    from PySide6.QtWidgets import QMenu

    def shown(actions):
        return [a.text() for a in actions if not a.isSeparator() and a.isVisible()]

    groups = [("menu bar", shown(window.menuBar().actions()))]
    for menu in window.findChildren(QMenu):
        groups.append((menu.objectName() or menu.title(), shown(menu.actions())))
    return groups


def _dialog_groups(window) -> list[tuple[str, list[str]]]:
    """Each dialog the window opens, built without being shown modally: its buttons' and
    its buddied labels' texts."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    out = []
    for title, dialog in _dialogs(window):
        texts = [b.text() for b in dialog.findChildren(QAbstractButton)]
        texts += [lb.text() for lb in dialog.findChildren(QLabel) if lb.buddy() is not None]
        out.append((title, texts))
        dialog.close()
        dialog.deleteLater()
    return out


def _dialogs(window):
    """(name, dialog) for each dialog the app shows, built as the app builds it and not run
    modally (no exec): Help's pages, what to print (each verb, and the helper's form with
    every action), the error dialog."""
    from desktop_app import dialogs
    from desktop_app.errors import ErrorDialog
    from desktop_app.printing.dialog import Available, WhatToPrintDialog

    dialogs.close_all()
    help_pages = window.help
    for show in (help_pages.show_about, help_pages.show_privacy, help_pages.show_shortcuts,
                 help_pages.show_agency):
        show()
    help_pages.show_problems() if window.library.problems else None
    for dlg in list(dialogs.open_dialogs):
        yield f"help:{type(dlg).__name__}:{dlg.objectName()}", dlg
    section = window.library.sections[0]
    available = Available(section_id=section.id, section_title=section.title,
                          search_query="police", decision=True, decision_map=True)
    for verb in ("Print", "Preview", "Export PDF"):
        yield f"print:{verb}", WhatToPrintDialog(window, window.library, available, verb)
    yield "print:all-actions", WhatToPrintDialog(window, window.library, available, "Preview",
                                                 all_actions=True)
    yield "error", ErrorDialog(window, "x", "details")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_mnemonics_are_unique_in_each_menu_and_dialog(make_window, qtbot, lang):
    """Built in each language, every menu (and the menu bar, and each dialog's buttons and
    buddied labels) gives each of its items its own Alt letter."""
    window = make_window(None, index=False, extra=("--lang", lang))
    groups = _menu_groups(window)
    assert len(groups) > 5 and sum(len(t) for _g, t in groups) > 40  # the menus were found
    dialog_groups = _dialog_groups(window)
    assert len(dialog_groups) >= 6  # Help's pages, what to print (4 forms), the error
    clashes = _clashes(groups + dialog_groups)
    assert not clashes, clashes


def test_the_mnemonic_check_finds_a_clash():
    assert _mnemonic("Aper\u00e7u a&vant impression\u2026") == "v"
    assert _mnemonic("&\u00c9diter") == _mnemonic("&editer") == "e"
    assert _mnemonic("Tom && Jerry") is None
    assert _clashes([("Fichier", ["Aper\u00e7u a&vant impression\u2026",
                                  "Re&venir au contenu pr\u00e9c\u00e9dent"])])


# -- the proof: no English in the French interface -------------------------------------------

def _words(name: str) -> set[str]:
    with gzip.open(ROOT / "index" / "data" / name, "rt", encoding="utf-8") as fh:
        return {w.strip().casefold() for w in fh if w.strip()}


#: The English words that may show in the French interface, by place
#: (``<widget class>:<objectName>``, ``action:<objectName>``), each with its reason: all
#: content by design (the French guide's own text), never the interface's words. The text
#: itself is never part of a key (it changes with the language), every text-bearing widget
#: has an objectName (:func:`_unnamed`), and each entry lists its words, so a new English
#: word anywhere fails. May only shrink: a word no longer found must be taken off.
#: The French check notes quote an Act's English words that the French restates, so the
#: reader can check the official French text (content rule 4: the official French text is
#: not available to us). Those quotations are marked as English (« ... » beside
#: « anglais »: tests/tools/words.py, marked_english) and taken out before the words are
#: looked up, so no entry is needed for them (nor for web addresses, taken out too).
KNOWN_ENGLISH: dict[str, tuple[str, frozenset[str]]] = {}
#: A web address (laws-lois.justice.gc.ca, https://...): not words of either language.
_WEB_ADDRESS = re.compile(r"\S*(?:://|www\.)\S*|\b[\w.-]+\.(?:ca|com|org|gov)\b(?:/\S*)?")
#: Words and phrases French uses as they are (legal usage, proper names), dropped before
#: the words are looked up: Canadian French law says "subpoena" and "common law"; "Smith c.
#: Jones" is a Supreme Court case; "Loi de Clare" is named for a person; "le Web".
FRENCH_AS_IS = ("Smith c. Jones", "common law", "Subpoenas", "subpoenas", "subpoena",
                "Clare", "Web")


def _place(w) -> str:
    """A widget's stable key: its class and objectName; a dialog button box's standard
    button by its role (Qt names it, in Qt's own French)."""
    from PySide6.QtWidgets import QDialogButtonBox

    box = w.parent()
    if isinstance(box, QDialogButtonBox) and box.standardButton(w) != \
            QDialogButtonBox.StandardButton.NoButton:
        return f"QDialogButtonBox:{box.standardButton(w).name}"
    return f"{type(w).__name__}:{w.objectName()}"


def _widget_texts(w) -> list[str]:
    from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QMenu

    texts = [w.toolTip(), w.accessibleName(), w.accessibleDescription(), w.windowTitle()]
    if isinstance(w, QAbstractButton | QLabel):
        texts.append(w.text())
    if isinstance(w, QLineEdit):
        texts.append(w.placeholderText())
    if isinstance(w, QMenu):
        texts.append(w.title())
    return [t for t in texts if t]


def _texts(root):
    """(place, text) for every widget's text, tooltip, accessible name and description,
    and every action's text and tips, under ``root`` (a window or a dialog)."""
    from PySide6.QtWidgets import QWidget

    out = []
    for w in [root, *root.findChildren(QWidget)]:
        place = _place(w)  # stable: never the text itself
        out += [(place, t) for t in _widget_texts(w)]
        for a in w.actions():
            out += [(f"action:{a.objectName() or a.text()}", t)
                    for t in (a.text(), a.toolTip(), a.statusTip()) if t]
    # the mnemonic's & is not part of a word ("Pre&vious" is "Previous")
    return [(p, re.sub(r"&(?=\w)", "", t)) for p, t in out]


def _unnamed(root) -> list[str]:
    """The visible widgets under ``root`` that show text and have no objectName (their
    place would be their class alone, so one entry could hide many)."""
    from PySide6.QtWidgets import QWidget

    out = []
    for w in root.findChildren(QWidget):
        if w.objectName() or not w.isVisibleTo(root) or not _widget_texts(w):
            continue
        if _place(w).startswith("QDialogButtonBox:"):
            continue  # a standard button: Qt's own, named by its role
        out.append(f"{type(w).__name__} {_widget_texts(w)[:2]} in "
                   f"{type(w.parent()).__name__}:{w.parent().objectName()}")
    return out


def _english_words(text: str, english: set[str], french: set[str], proper: set[str]) -> list:
    words = re.findall(r"[A-Za-zÀ-ÿ']+", re.sub(r"<[^>]+>", " ", text))
    out = []
    for w in words:
        f = w.casefold().strip("'")
        if len(f) < 3 or f in proper or f in french or f not in english:
            continue
        out.append(w)
    return out


def _walks(flow) -> dict[str, tuple[str, ...]]:
    """For each outcome of the decision flow, the shortest answers that reach it (breadth
    first); then, for a question none of them shows, the shortest answers to it followed
    by each question's first choice to an outcome. Together they show every question."""
    from collections import deque

    from content.decision import DecisionSession, Question, Review

    def play(answers):
        session = DecisionSession(flow)
        session.start()
        for value in answers:
            session.answer(value)
        return session.current

    walks: dict[str, tuple[str, ...]] = {}
    to_question: dict[str, tuple[str, ...]] = {}
    queue: deque[tuple[str, ...]] = deque([()])
    while queue and (len(walks) < len(flow.outcomes) or len(to_question) < len(flow.questions)):
        answers = queue.popleft()
        cur = play(answers)
        if isinstance(cur, Question):
            to_question.setdefault(cur.id, answers)
            queue.extend(answers + (c.value,) for c in cur.choices)
        else:
            walks.setdefault(cur.outcome.id if isinstance(cur, Review) else cur.id, answers)
    shown = {qid for answers in walks.values() for qid in _questions_on(flow, answers)}
    for qid, answers in to_question.items():
        if qid not in shown:
            while isinstance(cur := play(answers), Question):
                answers += (cur.choices[0].value,)
            walks[f"{qid} (first choices)"] = answers
    return walks


def _questions_on(flow, answers) -> list[str]:
    from content.decision import DecisionSession

    session = DecisionSession(flow)
    session.start()
    out = []
    for value in answers:
        out.append(session.current.id)
        session.answer(value)
    return out


def _states(window, qtbot):
    """Put the window in each state a user can reach, one after the other, and yield a
    name and the roots to walk (the window, or a dialog): the start, the decision helper
    at each step of two walks and at their outcome page, a search with results and its
    filters open and on, no results, search that could not start, the idle warning and
    notice, the content problems bar, the helper's undo bar, and every dialog."""
    from PySide6.QtCore import QCoreApplication

    from content.decision import Question, Review

    yield "start", [window]
    panel = window.decision_panel
    side = window.side_tabs
    side.setCurrentWidget(panel) if side.indexOf(panel) >= 0 else None
    seen: set[str] = set()
    for outcome, answers in _walks(panel.flow).items():
        panel.clear()
        for value in answers:
            cur = panel.session.current
            if isinstance(cur, Question) and cur.id not in seen:
                seen.add(cur.id)
                yield f"helper question {cur.id}", [panel]
            panel.choose(value)
        if isinstance(panel.session.current, Review):
            yield f"helper review before {outcome}", [panel]
            panel.confirm_button.click()
        window.navigation.show_outcome(focus=False)
        yield f"helper outcome {outcome} and its page", [window]
    assert seen == set(panel.flow.questions)  # every question was shown
    panel.restart()  # "Started again" with Undo
    yield "helper undo bar", [window]
    window.open_section(window.library.sections[0].id)
    window.highlights.highlight_query("consentement")
    window.highlights.open_find()
    window.find_bar.edit.setText("consentement")
    term = window.library.glossary[0]
    window.definition_bar.show_term(term.id, term.term, term.definition)
    yield "a section with its search hits, find in page and a definition", [window]
    box = window.search_panel.box
    box.setText("police consentement")
    window.search_panel.run_query()
    qtbot.waitUntil(lambda: window.search_panel.results is not None, timeout=10_000)
    filters = window.search_panel._filters
    filters.toggle.setChecked(True)
    yield "search results, filters open", [window]
    next(iter(filters.chips.values())).click()
    yield "search results, a filter on", [window]
    box.setText("zzqxw")
    window.search_panel.run_query()
    yield "no results", [window]
    box.setText("une recherche")
    window.idle.timer.setInterval(600_000)
    window.idle.timer.start()
    window.idle.on_warning()
    yield "idle warning", [window]
    window.idle.on_idle()
    yield "idle notice", [window]
    bars = window.bars
    bars.problems = 2
    bars.retranslate_ui()
    bars.problems_bar.show()
    yield "content problems bar", [window]
    window.search_panel.clear_index()
    try:
        # the system's own words come in the system's language (French here)
        raise IndexBuildError("The search index could not be built (x).") from OSError(
            28, "Aucun espace disponible sur le p\u00e9riph\u00e9rique")
    except IndexBuildError as exc:
        window.index_status.on_error(exc)
    yield "search could not start", [window]
    for name, dialog in _dialogs(window):
        QCoreApplication.processEvents()
        yield f"dialog {name}", [dialog]
        dialog.close()
        dialog.deleteLater()


def test_no_english_left_in_the_french_interface(make_window, qtbot):
    """Every state a user can reach, walked in French: no English word in any text, tooltip
    or accessible name; every text-bearing widget named (so KNOWN_ENGLISH keys one widget)."""
    window = make_window(None, index=False, extra=("--lang", "fr"))
    qtbot.waitUntil(lambda: window.search_ready, timeout=60_000)
    english, french = _words("english-words.txt.gz"), _words("french-words.txt.gz")
    # proper names, Acts and their short forms, provisions, file names: never "English"
    proper = {w.casefold() for w in (
        "Ontario", "Canada", "Qt", "PDF", "FIPPA", "MFIPPA", "PHIPA", "CYFSA", "PIPEDA",
        "LAIPVP", "LAIMPVP", "LPRPS", "LSEJF", "LPRPDE", "CIPVP", "IPC", "Ctrl", "Shift",
        "Alt", "Maj", "English", "Info", "Sharing", "Guide", "ipv", "settings", "ini", "Tab")}
    untranslated = {s.title for s in window.library.sections if s.untranslated}
    found: dict[str, list[str]] = {}
    seen_in: dict[str, str] = {}  # place -> the first state it showed English in
    unnamed: dict[str, str] = {}
    states = []
    for state, roots in _states(window, qtbot):
        states.append(state)
        for root in roots:
            for place, text in _texts(root):
                if any(t in text for t in untranslated):
                    continue  # content marked untranslated may be English
                text = without_marked_english(text)  # an Act's words, quoted as English
                text = _WEB_ADDRESS.sub(" ", text)
                for as_is in FRENCH_AS_IS:
                    text = text.replace(as_is, " ")
                bad = _english_words(text, english, french, proper)
                if bad:
                    found.setdefault(place, []).extend(bad)
                    seen_in.setdefault(place, state)
            for w in _unnamed(root):
                unnamed.setdefault(w, state)
    assert any("and its page" in s for s in states) and any("dialog" in s for s in states)
    assert sum("helper question" in s for s in states) > 10  # the helper was walked
    unexpected = {p: sorted(set(w) - KNOWN_ENGLISH.get(p, ("", frozenset()))[1])
                  for p, w in found.items()}
    unexpected = {p: w for p, w in unexpected.items() if w}
    stale = {p: sorted(words - set(found.get(p, ()))) for p, (_why, words) in
             KNOWN_ENGLISH.items()}
    stale = {p: w for p, w in stale.items() if w}
    if os.environ.get("IPV_PRINT_KNOWN_ENGLISH"):  # to see the list by hand
        print("\n".join(f"{p!r}: {sorted(set(w))} in {seen_in[p]}"
                        for p, w in sorted(found.items())))
        print("\n".join(f"unnamed: {w} in {s}" for w, s in sorted(unnamed.items())))
    assert not unnamed, "text-bearing widgets without an objectName:\n" + "\n".join(
        f"{w} (in {s})" for w, s in sorted(unnamed.items()))
    assert not stale, f"no longer English: take off KNOWN_ENGLISH: {stale}"
    assert not unexpected, "\n".join(f"{p}: {w[:8]} (in {seen_in[p]})"
                                     for p, w in sorted(unexpected.items()))


def test_no_french_in_the_english_interface(make_window, qtbot):
    """The other way round: after a switch to French and back, nothing French is left."""
    from desktop_app.language_switch import switch_language

    window = make_window(None, index=False)
    switch_language(window, "fr")
    qtbot.waitUntil(lambda: window.search_ready, timeout=60_000)
    switch_language(window, "en")
    qtbot.waitUntil(lambda: window.search_ready, timeout=60_000)
    english, french = _words("english-words.txt.gz"), _words("french-words.txt.gz")
    allowed = {"français", "cas", "foi"}  # the menu names French in French; short forms
    leaks = {}
    for place, text in _texts(window):
        bad = [w for w in re.findall(r"[A-Za-zÀ-ÿ']+", text)
               if len(w) > 2 and w.casefold() in french and w.casefold() not in english
               and w.casefold() not in allowed]
        if bad:
            leaks[place] = bad
    assert not leaks, leaks


# -- printouts ---------------------------------------------------------------------------------

PRINT_FACTS = ("danger=no,child_protection_concern=no,organization=phipa,recipient=police,"
               "police_request=asked,consent=refused,risk=serious,institution=no")
#: The English words each French printout still shows, each with its reason
#: (tests/desktop_app/data/printouts_known_english.json: ``{printout: {word: why}}``): what
#: is English by design (proper names, French usage, quoted English legal words). May only
#: shrink: a word that no longer shows must be taken off.
KNOWN_ENGLISH_IN_PRINTOUTS = Path(__file__).parent / "data" / "printouts_known_english.json"


def _printout_texts(lang: str) -> dict[str, str]:
    import html as html_lib

    from content import load_library
    from desktop_app import printouts

    lib = load_library(language=lang)
    doc = printouts.decision_doc_from_facts(lib, PRINT_FACTS)
    jobs = {"sections": printouts.sections_job(lib, [s.id for s in lib.sections]),
            "quick-reference": printouts.quick_reference_job(lib),
            "decision-map": printouts.decision_map_from_library(lib),
            "decision-record": printouts.decision_job(doc, record=True,
                                                      manifest_title=lib.manifest.title),
            "decision-summary": printouts.decision_job(doc, record=False,
                                                       manifest_title=lib.manifest.title)}
    meta = printouts.PrintMeta.from_library(lib)
    out = {}
    for kind, job in jobs.items():
        text = re.sub(r"<style.*?</style>", " ", job.html, flags=re.S)
        text = html_lib.unescape(re.sub(r"<[^>]+>", " ", text))
        text = text + "\n" + " ".join(meta.footer(1, 2, job.footer_note))
        out[kind] = _without_english_by_design(text, lib) if lang == "fr" else text
    return out


def _without_english_by_design(text: str, lib) -> str:
    """``text`` without the English the French guide shows on purpose: the titles and
    publishers of its English sources, web addresses, the English words of an Act quoted
    in parentheses after the French restatement (« ... » en anglais, « texte anglais de la
    loi (...) »), the decision helper's facts (``danger=no``: machine values a scenario
    gives to try), and the words French uses as they are (:data:`FRENCH_AS_IS`)."""
    for src in lib.sources.values():
        for part in (src.title, src.publisher):
            text = text.replace(part, " ") if part else text
    text = re.sub(r"\S*(?:://|www\.|/)\S*|\b[\w.-]+\.(?:ca|com|org|gov)\b", " ", text)
    text = re.sub(r"texte anglais de la loi\s*\([^)]*\)|\(en anglais,[^)]*\)", " ", text)
    text = re.sub(r"«[^»]*»\s*(?:en anglais|dans la version anglaise)", " ", text)
    text = without_marked_english(text)  # « ... » beside « anglais » (tests/tools/words.py)
    text = re.sub(r"\b\w+=[\w|-]+", " ", text)
    for as_is in FRENCH_AS_IS:
        text = text.replace(as_is, " ")
    return text


def _printout_words(lang: str) -> dict[str, list[str]]:
    english, french = _words("english-words.txt.gz"), _words("french-words.txt.gz")
    keep, drop = (english, french) if lang == "fr" else (french, english)
    allowed = {"cas", "foi", "ipc", "ontario", "pensa"}  # short forms, proper names
    out = {}
    for kind, text in _printout_texts(lang).items():
        words = {w for w in re.findall(r"[A-Za-zÀ-ÿ']+", text)
                 if len(w) > 2 and w.casefold() in keep and w.casefold() not in drop
                 and w.casefold() not in allowed}
        out[kind] = sorted(words)
    return out


def test_french_printouts_have_no_new_english(qapp):
    """Each French printout's English words are on the list with their reason (each one
    English by design); a new one fails, and so does one
    no longer found (the list only shrinks)."""
    import json

    i18n.set_language("fr")
    found = _printout_words("fr")
    if os.environ.get("IPV_PRINT_KNOWN_ENGLISH"):
        print(json.dumps(found, ensure_ascii=False, indent=1))
    listed = {kind: words for kind, words in json.loads(
        KNOWN_ENGLISH_IN_PRINTOUTS.read_text(encoding="utf-8")).items()
        if not kind.startswith("_")}
    assert all(len(why) > 10 for words in listed.values() for why in words.values())
    known = {kind: set(words) for kind, words in listed.items()}
    new = {k: sorted(set(w) - known.get(k, set())) for k, w in found.items()}
    stale = {k: sorted(w - set(found.get(k, ()))) for k, w in known.items()}
    assert not any(stale.values()), f"no longer English, take off the list: {stale}"
    assert not any(new.values()), f"English in a French printout: {new}"


def test_english_printouts_have_no_french(qapp):
    i18n.set_language("en")
    assert _printout_words("en") == {k: [] for k in ("sections", "quick-reference",
                                                    "decision-map", "decision-record",
                                                    "decision-summary")}


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")
def test_cli_export_pdf_in_french(tmp_path, capsys):
    """export-pdf --lang fr: the French content, the printout's own words through the
    French translators, and the CLI's own line in French."""
    from content import load_library
    from desktop_app.cli import main

    section = load_library(language="fr").section("serious-harm")
    out = tmp_path / "fr.pdf"
    assert main(["--basedir", str(tmp_path), "--lang", "fr", "export-pdf", "--section",
                 "serious-harm", "--out", str(out)]) == 0
    assert capsys.readouterr().out.startswith("Enregistré dans ")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True,
                          text=True).stdout
    assert " ".join(section.title.split()[:3]) in " ".join(text.split())
    assert "Dispositions citées" in text  # the printout's own words, in French
    assert i18n.current_language() == "en"  # the command's language ends with it
