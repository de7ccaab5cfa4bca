"""HTML planted in every content field is shown as text on every surface: the reader, the
table of contents' and the results' tooltips, link tooltips, labels, the decision helper,
message boxes, dialogs and printouts. Qt renders text that merely looks like HTML as HTML
(and can read a ``file:///`` image from disk), so each surface is rendered here the way
Qt renders it, and what a person would see must show the tags literally."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QMessageBox, QTreeWidgetItemIterator, QWidget

from content import data_root, load_library
from desktop_app import dialogs, safe_text
from desktop_app.printing.dialog import Selection
from desktop_app.results_model import HtmlRole
from tests.tools.app_support import type_query

pytestmark = pytest.mark.gui

MARK = "PLANTED"
PLANT = f' <img src="file:///planted.png"><b>{MARK}</b> <i>it</i>'
#: Free-text keys in the YAML files and the section front matter.
TEXT_KEYS = {"title", "summary", "check_note", "provisions_reason", "term", "definition",
             "publisher", "note", "name", "full_title", "citation", "binds", "plain", "quote",
             "duty", "disclaimer", "text", "intro", "help", "label", "why", "safety",
             "continue_label"}


SHORT_PLANT = f" <b>{MARK}</b>"
#: Keys whose length the decision validator limits: a shorter plant.
LIMITS = {"label": 100, "continue_label": 100, "text": 220, "title": 120, "why": 180}


def _plant_text(key: str, value: str) -> str:
    if key in LIMITS:
        if len(value) + len(SHORT_PLANT) > LIMITS[key]:
            value = "Planted words"
        return value + SHORT_PLANT
    return value + PLANT


def _plant(data):
    if isinstance(data, dict):
        return {k: (_plant_text(k, v) if k in TEXT_KEYS and isinstance(v, str) and v.strip()
                    else _plant(v)) for k, v in data.items()}
    if isinstance(data, list):
        return [_plant(v) for v in data]
    return data


def _dump(data) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=10_000)


@pytest.fixture(scope="module")
def planted_root(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("planted") / "content"
    shutil.copytree(data_root(), root)
    for path in [*root.glob("*.yaml"), *root.glob("decisions/*.yaml")]:
        if path.name == "synonyms.yaml":
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        path.write_text(_dump(_plant(data)), encoding="utf-8")
    for path in root.glob("sections/*.md"):
        _, fm, body = path.read_text(encoding="utf-8").split("---\n", 2)
        front = _plant(yaml.safe_load(fm))
        body = body.replace("\n## ", f"\n{PLANT.strip()}\n\n## ", 1) + f"\n{PLANT}\n"
        path.write_text("---\n" + _dump(front) + "---\n" + body, encoding="utf-8")
    lib = load_library(root)
    assert lib.problems == (), [str(p) for p in lib.problems[:8]]  # still valid content
    assert MARK in lib.sections[0].title and MARK in lib.glossary[0].definition
    return root


def shown(text: str, rich: bool) -> str:
    """What Qt shows for ``text``: rendered as HTML when ``rich``."""
    doc = QTextDocument()
    if rich:
        doc.setHtml(text)
    else:
        doc.setPlainText(text)
    return doc.toPlainText()


def guesses_rich(text: str) -> bool:
    return bool(GuiQt.mightBeRichText(text))


def label_is_rich(label: QLabel) -> bool:
    fmt = label.textFormat()
    if fmt == Qt.TextFormat.PlainText:
        return False
    if fmt == Qt.TextFormat.AutoText:
        return guesses_rich(label.text())
    return True


def rendered_as_html(seen: str) -> bool:
    """True if the planted tags were interpreted somewhere in ``seen``."""
    return bool(re.search(rf"(?<!<b>){MARK}", seen))


class Surfaces:
    def __init__(self):
        self.items: list[tuple[str, str]] = []  # (where, what a person sees)
        self.checked = 0

    def add(self, where: str, text: str, rich: bool) -> None:
        if text and MARK in text:
            self.items.append((where, shown(text, rich)))

    def add_widgets(self, where: str, top: QWidget) -> None:
        for w in [top, *top.findChildren(QWidget)]:
            if isinstance(w, QLabel):
                self.add(f"{where}: label", w.text(), label_is_rich(w))
            self.add(f"{where}: tooltip", w.toolTip(), guesses_rich(w.toolTip()))

    def bad(self) -> list[tuple[str, str]]:
        return [(where, seen[:120]) for where, seen in self.items if rendered_as_html(seen)]


def test_the_check_sees_html_rendered_and_text_shown():
    assert rendered_as_html(shown(PLANT, rich=True))
    assert not rendered_as_html(shown(PLANT, rich=False))
    assert not rendered_as_html(shown(safe_text.literal(PLANT), rich=True))
    assert guesses_rich(PLANT)  # a raw tooltip holding content would be HTML


def test_every_surface_shows_planted_html_as_text(planted_root, make_window, qtbot,
                                                   monkeypatch):
    window = make_window(planted_root)
    lib = window.library
    s = Surfaces()

    # the table of contents' tooltips
    it = QTreeWidgetItemIterator(window.toc)
    while it.value():
        s.add("toc tooltip", it.value().toolTip(0), guesses_rich(it.value().toolTip(0)))
        it += 1
    # search results: the rows and their tooltips
    type_query(qtbot, window, MARK.lower())
    model = window.search_panel.model
    assert model.rowCount() > 0
    for row in range(model.rowCount()):
        index = model.index(row)
        tip = index.data(Qt.ItemDataRole.ToolTipRole) or ""
        s.add("result tooltip", tip, guesses_rich(tip))
        s.add("result row", index.data(HtmlRole) or "", True)
    # the reader, and the tooltips of links in it
    for section in lib.sections[:12]:
        assert window.open_section(section.id)
        s.add(f"reader {section.id}", window.reader.toPlainText(), False)
        s.add_widgets("main window", window)
        for item in window.outline.items():  # On this page: the page's headings and links
            s.add("outline tooltip", item.toolTip(0), guesses_rich(item.toolTip(0)))
    window.navigation.open_glossary()
    s.add("glossary page", window.reader.toPlainText(), False)
    window.navigation.go_home()
    s.add("home page", window.reader.toPlainText(), False)
    for url in (f"glossary:{lib.glossary[0].id}", f"section:{lib.sections[0].id}"):
        window.links.on_link_hovered(QUrl(url))
        s.add(f"hover {url}", window.links.last_tooltip, True)
    assert window.links.show_definition(lib.glossary[0].id)
    s.add_widgets("definition bar", window.definition_bar)
    # the decision helper, from the first question to an outcome
    qtbot.waitUntil(lambda: getattr(window, "decision_panel", None) is not None, timeout=10000)
    dp = window.decision_panel
    from tests.tools.decision_steps import PHIPA_POLICE

    for value in PHIPA_POLICE:
        s.add_widgets(f"decision panel before {value}", dp)
        dp.choose(value)
    dp.confirm_button.click()
    s.add_widgets("decision outcome", dp)
    # dialogs and message boxes
    s.add("about", dialogs.about_html(lib), True)
    boxes = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda parent, title, text, *a: boxes.append(text)))
    window.print_controller._error("Not printed", f"Could not print “{lib.sections[0].title}”")
    for text in boxes:
        s.add("message box", text, guesses_rich(text))
    # printouts
    c = window.print_controller
    for sel in (Selection("sections", tuple(x.id for x in lib.sections[:5])), Selection("search"),
                Selection("decision-summary"), Selection("decision-record"),
                Selection("quick-reference"), Selection("decision-map")):
        job = c.build_job(sel)
        for html in job.variants:
            s.add(f"print {sel.kind}", html, True)

    seen_where = {where.split(":")[0].split(" ")[0] for where, _ in s.items}
    # the plant reached every surface
    assert {"toc", "result", "reader", "hover", "decision", "about", "message",
            "print", "definition", "outline"} <= seen_where, seen_where
    assert s.bad() == []


def test_typed_text_and_messages_are_shown_as_text(make_window):
    """What the user typed (the hit bar repeats the query) and messages holding names and
    paths (the problems and index bars, the error dialog) are never rendered as HTML."""
    from desktop_app.errors import ErrorDialog

    window = make_window()
    s = Surfaces()
    window.hit_bar.set_state(PLANT, 0, 3)
    s.add_widgets("hit bar", window.hit_bar)
    window.bars.index_bar.set_message(f"Search is not available ({PLANT}).")
    s.add_widgets("index bar", window.bars.index_bar)
    dlg = ErrorDialog(None, PLANT, "details")
    s.add_widgets("error dialog", dlg)
    dlg.close()
    link = dialogs.ExternalLinkDialog(window, f"https://example.org/?q=a&b={PLANT}")
    s.add_widgets("link dialog", link)
    link.close()
    window.statusBar().showMessage(f"Saved to /tmp/{PLANT}.pdf " * 8)  # elided, in a tooltip
    s.add_widgets("status bar", window.statusBar())
    assert len({where.split(":")[0] for where, _ in s.items}) == 5
    assert s.bad() == []
