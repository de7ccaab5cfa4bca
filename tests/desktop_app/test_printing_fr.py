"""Printing's own words in French (desktop_app/translations/printing_fr.ts): every string
wrapped, every message translated with its placeholders, mnemonics and French spacing,
and the actions and the what-to-print dialog switching language live."""

from __future__ import annotations

import ast
import errno
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "desktop_app" / "translations" / "printing_fr.ts"
SOURCES = sorted((ROOT / "desktop_app" / "printing").glob("*.py"))
BIN = Path(sys.executable).parent
NBSP = "\u00a0"


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(BIN)) or shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def _messages(path: Path) -> list[ET.Element]:
    return list(ET.parse(path).getroot().iter("message"))


def _translations(message: ET.Element) -> list[str]:
    tr = message.find("translation")
    assert tr is not None
    forms = [f.text or "" for f in tr.findall("numerusform")]
    return forms or [tr.text or ""]


def test_every_message_is_translated_with_its_placeholders_and_french_spacing():
    messages = _messages(TS)
    assert len(messages) > 60
    for m in messages:
        source = m.findtext("source") or ""
        tr = m.find("translation")
        assert tr is not None and tr.get("type") is None, source  # not unfinished
        for text in _translations(m):
            assert text.strip(), source
            assert sorted(re.findall(r"\{\w+\}", text)) == \
                sorted(re.findall(r"\{\w+\}", source)), source
            assert ("%n" in text) == ("%n" in source), source
            assert text.count("&") == source.count("&"), source  # a mnemonic for a mnemonic
            assert not re.search(r" [:;?!]", text), text  # a non-breaking space before
            assert not re.search(r"\w[;?!]", text), text
            assert "« " not in text and " »" not in text, text
            assert "\u201c" not in text, text  # « guillemets », not English quotes


def test_the_mnemonics_of_the_print_actions_differ():
    keys = [re.search(r"&(\w)", t).group(1).lower()
            for m in _messages(TS) if m.findtext("source", "").startswith(("&", "Print pre&"))
            for t in _translations(m)]
    assert len(keys) == 3 and len(set(keys)) == 3


def test_lupdate_finds_no_string_the_ts_file_lacks(tmp_path):
    """A string wrapped since the .ts was made (or one wrapped under another context)
    fails here: run pyside6-lupdate again and translate it."""
    fresh = tmp_path / "fresh.ts"
    subprocess.run([_tool("pyside6-lupdate"), *map(str, SOURCES), "-ts", str(fresh),
                    "-no-obsolete"], check=True, capture_output=True, cwd=ROOT)

    def keys(path: Path) -> set[tuple[str, str]]:
        root = ET.parse(path).getroot()
        return {(ctx.findtext("name") or "", m.findtext("source") or "")
                for ctx in root.iter("context") for m in ctx.iter("message")}

    assert keys(fresh) == keys(TS)


#: Calls whose text argument reaches the user: it must come from tr()/translate(), or
#: be built from a value (a title, a path), never a bare English literal.
_SHOWN = {"setText", "setWindowTitle", "setToolTip", "setStatusTip", "setAccessibleName",
          "setAccessibleDescription", "addButton", "PrintError", "_error", "_status",
          "information", "warning", "LookupError", "QAction", "QLabel", "QPushButton",
          "QRadioButton", "getSaveFileName"}


def _bare_literals(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else \
            node.func.id if isinstance(node.func, ast.Name) else ""
        if name not in _SHOWN:
            continue
        for arg in node.args:
            if isinstance(arg, ast.JoinedStr) or (isinstance(arg, ast.Constant) and
                                                  isinstance(arg.value, str) and
                                                  re.search(r"[A-Za-z]{2}", arg.value)):
                found.append(f"{path.name}:{node.lineno}: {ast.unparse(arg)[:50]}")
    return found


def test_no_user_visible_string_is_left_unwrapped():
    assert [f for p in SOURCES for f in _bare_literals(p)] == []


def test_the_unwrapped_string_scan_finds_what_it_should(tmp_path):
    p = tmp_path / "m.py"
    p.write_text('b.setText("Print")\nraise PrintError(f"{x} is a folder")\n'
                 'b.setText(self.tr("Print"))\nb.addButton("", role)\n', encoding="utf-8")
    assert _bare_literals(p) == ["m.py:1: 'Print'", "m.py:2: f'{x} is a folder'"]


@pytest.fixture
def french(qapp, tmp_path):
    """Installs the French printing catalogue (as the app's language switch does), and
    removes it afterwards; yields the function that removes it earlier."""
    from PySide6.QtCore import QTranslator

    qm = tmp_path / "printing_fr.qm"
    subprocess.run([_tool("pyside6-lrelease"), str(TS), "-qm", str(qm)], check=True,
                   capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    installed = [translator]

    def remove() -> None:
        while installed:
            qapp.removeTranslator(installed.pop())

    yield remove
    remove()


def _bare_controller(qtbot):
    from PySide6.QtWidgets import QMenu, QWidget

    from desktop_app.printing.install import install_print_actions
    from desktop_app.printing.sources import PrintPlaces, PrintSources
    from tests.tools.print_support import load_print_library

    lib = load_print_library()
    parent = QWidget()
    qtbot.addWidget(parent)
    sources = PrintSources(library=lambda: lib, current_section=lambda: "fippa",
                           current_search=lambda: None, show_status=lambda m, ms: None)
    return lib, parent, install_print_actions(parent, sources, PrintPlaces(QMenu(parent)))


@pytest.mark.gui
def test_actions_and_dialog_switch_language_live(qtbot, qapp, tmp_path):
    from PySide6.QtCore import QCoreApplication, QEvent, QTranslator

    from desktop_app.printing.dialog import WhatToPrintDialog

    lib, parent, c = _bare_controller(qtbot)
    dialog = WhatToPrintDialog(parent, lib, c.available(), "Print", all_actions=True)
    qtbot.addWidget(dialog)
    assert c.print_action.text() == "&Print\u2026"
    assert dialog.windowTitle() == "Print: what to include"
    qm = tmp_path / "printing_fr.qm"
    subprocess.run([_tool("pyside6-lrelease"), str(TS), "-qm", str(qm)], check=True,
                   capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)  # sends LanguageChange to every widget
    try:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        qtbot.waitUntil(lambda: c.print_action.text() == "&Imprimer\u2026", timeout=3000)
        assert c.preview_action.text() == "Aper\u00e7u a&vant impression\u2026"
        assert c.export_action.statusTip() == "Enregistrer un document dans un fichier PDF"
        assert dialog.windowTitle() == f"Imprimer{NBSP}: choisir le contenu"
        assert dialog.buttons["section"].text().startswith(f"Cette section{NBSP}: ")
        assert [b.text() for b in dialog.action_buttons.values()] == [
            "Aper\u00e7u et impression\u2026", "Enregistrer en PDF\u2026", "Copier en texte"]
    finally:
        qapp.removeTranslator(translator)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    qtbot.waitUntil(lambda: c.print_action.text() == "&Print\u2026", timeout=3000)
    assert dialog.windowTitle() == "Print: what to include"


@pytest.mark.gui
def test_messages_made_outside_widgets_are_french_too(french, tmp_path):
    from desktop_app.printing.errors import PrintError, describe_os_error
    from desktop_app.printing.files import refuse_special_target
    from desktop_app.printing.pdf import overflow_message

    words = describe_os_error(OSError(errno.ENOSPC, "No space"), tmp_path / "x.pdf")
    assert words == (f"Il n\u2019y a pas assez d\u2019espace sur le disque pour enregistrer "
                     f"«{NBSP}x.pdf{NBSP}». Lib\u00e9rez de l\u2019espace ou choisissez un "
                     "autre lecteur. Rien n\u2019a \u00e9t\u00e9 enregistr\u00e9.")
    with pytest.raises(PrintError) as err:
        refuse_special_target(tmp_path)
    assert err.value.message.startswith(f"{tmp_path} est un dossier.")
    assert "raccourcissez-la" in overflow_message("Carte", printed=True)
    french()  # back to English: the same calls give the English words
    assert describe_os_error(OSError(errno.ENOSPC, "No space"), tmp_path / "x.pdf") \
        .startswith("There is not enough space on the disk")
