"""The reader's, the search panel's and the bars' texts in French (issue 20): every message
of desktop_app/translations/reader_fr.ts finished, in French typography, with the same
placeholders as the English, and the widgets switch language live, both ways."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QWidget

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "desktop_app" / "translations" / "reader_fr.ts"
SOURCES = [ROOT / "desktop_app" / f"{m}.py" for m in (
    "reader", "reader_pages", "reader_bars", "window_bars", "search_panel", "search_status",
    "search_filters")]
BIN = Path(sys.executable).parent
NBSP = "\u00a0"


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [(ctx.findtext("name") or "", msg.findtext("source") or "", msg)
            for ctx in root.iter("context") for msg in ctx.iter("message")]


def test_every_message_is_translated_and_the_file_is_up_to_date(tmp_path):
    messages = _messages(TS)
    assert len(messages) > 100
    unfinished = [src for _c, src, m in messages
                  if m.find("translation") is None or m.find("translation").get("type")
                  or not (m.findtext("translation") or "").strip()]
    assert unfinished == []
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(BIN / "pyside6-lupdate"), *map(str, SOURCES), "-ts", str(fresh)],
                   check=True, capture_output=True)
    in_code = {(c, s) for c, s, _m in _messages(fresh)}
    assert in_code == {(c, s) for c, s, _m in messages}, "run pyside6-lupdate (see the .ts)"


def test_french_typography_and_the_same_placeholders():
    for ctx, source, msg in _messages(TS):
        fr = msg.findtext("translation") or ""
        where = f"{ctx}: {source!r} -> {fr!r}"
        assert sorted(re.findall(r"\{\w+\}", fr)) == sorted(re.findall(r"\{\w+\}", source)), \
            where
        assert source.count("&") == fr.count("&"), where  # a mnemonic for a mnemonic
        assert not re.search(r" [:;?!»]|« ", fr), where  # U+00A0 there, never a space
        assert "“" not in fr and "”" not in fr, where  # « » in French


@pytest.fixture
def french(qapp, tmp_path):
    qm = tmp_path / "reader_fr.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(qm)], check=True,
                   capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_the_widgets_switch_to_french_and_back_without_a_restart(qtbot, french):
    from desktop_app.reader import Reader
    from desktop_app.reader_bars import DefinitionBar, FindBar, HitBar
    from desktop_app.search_panel import SearchPanel
    from desktop_app.window_bars import MessageBar, StatusBar

    reader, find, hit, definition = Reader(), FindBar(), HitBar(print, print, print), \
        DefinitionBar()
    panel, bar, status = SearchPanel(QWidget()), MessageBar("Privacy note"), StatusBar()
    for w in (reader, find, hit, definition, panel, bar, status):
        qtbot.addWidget(w)
    hit.set_state("consent", 1, 7)
    find.edit.setText("police")
    find.set_count(-1, 3)

    def texts() -> dict[str, str]:
        return {"reader": reader.accessibleName(), "find": find.label.text(),
                "count": find.count_label.text(), "hit": hit.full_text,
                "clear": hit.clear_button.text(), "glossary": definition.glossary_button.text(),
                "status": panel.status_label.text(), "tab": panel.tabs.tabText(0),
                "box": panel.box.accessibleName(), "dismiss": bar.close_button.text(),
                "message": status.message_label.accessibleName(),
                "description": reader.accessibleDescription()}

    english = texts()
    assert english["hit"] == "Search “consent”: match 2 of 7 in this page"
    assert english["count"] == "3 matches" and english["tab"] == "&Contents"
    QCoreApplication.installTranslator(french)  # sends LanguageChange to every widget
    qtbot.waitUntil(lambda: reader.accessibleName() == "Lecteur", timeout=3000)
    fr = texts()
    assert fr["find"] == f"Chercher dans la page{NBSP}:"
    assert fr["count"] == "3 occurrences"
    assert fr["hit"] == f"Recherche «{NBSP}consent{NBSP}»{NBSP}: occurrence 2 sur 7 dans cette page"
    assert fr["status"].startswith("Préparation de la recherche")
    assert fr["tab"] == "&Sommaire" and fr["dismiss"] == "Masquer"
    assert all(fr[k] != english[k] for k in english), fr
    QCoreApplication.removeTranslator(french)
    qtbot.waitUntil(lambda: reader.accessibleName() == "Reader", timeout=3000)
    assert texts() == english


def test_the_filter_chips_name_the_acts_by_their_french_short_forms(qtbot, french):
    from desktop_app import i18n
    from desktop_app.search_panel import SearchPanel

    panel = SearchPanel(QWidget())
    qtbot.addWidget(panel)
    i18n.set_language("fr")  # the laws' and sectors' names are the one place's (FilterNames)
    qtbot.waitUntil(lambda: panel.chips[("statutes", "PHIPA")].text().startswith("LPRPS"),
                    timeout=3000)
    assert panel.chips[("sectors", "health")].text().startswith("Santé")
    assert panel.filters_toggle.text() == "Filtrer par loi ou secteur"


def test_the_start_page_and_the_glossary_are_framed_in_french(library, french):
    from desktop_app.reader_pages import glossary_html, home_html

    QCoreApplication.installTranslator(french)
    home, glossary = home_html(library), glossary_html(library)
    assert "Comment utiliser ce guide" in home and "Votre vie privée" in home
    assert "How to use" not in home and "Your privacy" not in home
    assert "<h1>Glossaire</h1>" in glossary
