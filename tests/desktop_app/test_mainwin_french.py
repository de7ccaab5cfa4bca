"""The main window in French (desktop_app/translations/mainwin_fr.ts): every message
finished with its placeholders kept, and the window's words changing live when the French
translation is installed, then back to English when it is removed, without a restart."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "desktop_app" / "translations" / "mainwin_fr.ts"


def _messages() -> list[tuple[str, str, str, str | None]]:
    """(context, source, translation, type) of every message."""
    found = []
    for context in ET.parse(TS).getroot().iter("context"):
        ctx = context.findtext("name") or ""
        for m in context.iter("message"):
            tr = m.find("translation")
            assert tr is not None
            found.append((ctx, m.findtext("source") or "", tr.text or "", tr.get("type")))
    return found


def test_every_message_is_finished_with_its_placeholders_and_markup():
    messages = _messages()
    assert len(messages) > 100
    for ctx, source, french, kind in messages:
        assert kind is None and french, (ctx, source)
        assert sorted(re.findall(r"\{\w+\}", source)) == sorted(re.findall(r"\{\w+\}", french)), \
            source
        assert re.findall(r"<[^>]+>", source) == re.findall(r"<[^>]+>", french), source
        assert source.count("&") == french.count("&"), (source, french)  # one mnemonic each
        assert not re.search(r"[^\u00a0\u202f][:;?!](\s|$)", french.replace("://", "")), french


@pytest.fixture
def french(qtbot, tmp_path):
    """Install the compiled French of the main window; remove it afterwards."""
    qm = tmp_path / "mainwin_fr.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(TS), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    app = QApplication.instance()
    state = {"on": False}

    def install() -> None:
        app.installTranslator(translator)  # sends LanguageChange to every widget
        state["on"] = True

    def remove() -> None:
        app.removeTranslator(translator)
        state["on"] = False

    yield install, remove
    if state["on"]:
        remove()


def _mnemonics(texts: list[str]) -> list[str]:
    return [m.group(1).lower() for t in texts if (m := re.search(r"&(\w)", t))]


@pytest.mark.gui
def test_the_window_speaks_french_live_and_english_again(qtbot, make_window, french):
    install, remove = french
    # the shipped content: the decision helper in the side tabs; search ready
    window = make_window(None, index=False)
    c, menus = window.commands, window.menus
    assert window.decision_panel is not None and window.search_ready
    window.open_section(window.library.sections[0].id)
    assert window.file_menu.title() == "&File" and c.back_action.text() == "&Back"

    install()
    qtbot.waitUntil(lambda: window.file_menu.title() == "&Fichier")
    assert [m.title() for m in (menus.file_menu, menus.edit_menu, menus.view_menu,
                                menus.go_menu, menus.help_menu)] == \
        ["&Fichier", "É&dition", "&Affichage", "A&ller", "Aid&e"]
    assert c.back_action.text() == "Page &précédente"
    assert c.quick_exit_action.text() == "Sortie &rapide"
    assert c.back_action.toolTip() == "Revenir à la page précédente (Alt+Gauche)"
    assert c.idle_actions[5].text() == "Après 5 minutes"
    assert menus.quick_exit_button.text() == "Sortie rapide"
    assert menus.quick_exit_button.accessibleName() == "Sortie rapide"
    assert window.status.index_label.text() == "Recherche prête"
    assert window.status.offline_label.text().startswith("Hors ligne")
    assert window.status.zoom_label.text().startswith("Texte ")
    assert window.contents.glossary_item.text(0) == "Glossaire (de A à Z)"
    side = window.side_tabs
    assert side.tabText(side.indexOf(window.decision_panel)) == "Aide à la décision"
    assert side.accessibleName() == "Panneau latéral"
    assert window.cover.accessibleName() == "Écran vide"
    assert window.bars.idle_keep_button.text() == "Continuer"
    # what the window says from state, in French too
    assert window.citation.text().splitlines()[-1].startswith("Source\u00a0: ")
    rows = dict(window.commands.shortcut_rows())
    assert rows["Sortie rapide"].startswith("Maj trois fois, ou ")
    # French mnemonics are unique in the menu bar and in each of the window's menus
    assert len(set(_mnemonics([m.title() for m in window.menuBar().findChildren(
        type(menus.file_menu)) if m.parent() is window.menuBar()]))) == 5
    own = {id(a) for a in window.actions()}
    for menu in (menus.edit_menu, menus.go_menu, menus.view_menu, menus.theme_menu,
                 menus.idle_menu):
        letters = _mnemonics([a.text() for a in menu.actions() if id(a) in own
                              or a in c.theme_actions.values() or a in c.idle_actions.values()])
        assert len(letters) == len(set(letters)), (menu.title(), letters)

    remove()
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File")
    assert c.back_action.text() == "&Back" and menus.quick_exit_button.text() == "Quick exit"
    assert window.status.index_label.text() == "Search ready"
    assert side.tabText(side.indexOf(window.decision_panel)) == "Decision helper"
    assert window.contents.glossary_item.text(0) == "Glossary (A to Z)"
