"""Issue 15, start-up: before its first paint the app reads only the manifest and the
sections; the glossary, sources, statutes and synonyms load right after it, or at once if
anything needs them sooner. Never a wrong answer or a crash in between, and a fault in a
deferred file is still shown with its file and line."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from PySide6.QtCore import QUrl

from tests.tools.app_support import APP_CONTENT, INDEX_TIMEOUT_MS, ROOT

pytestmark = pytest.mark.gui


def test_the_glossary_and_sources_load_after_the_first_paint():
    """In a real start (a subprocess with its own event loop): the window is painted with
    the sections only, and the rest is loaded right after that paint."""
    code = (
        "import os, sys, tempfile\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtCore import QEvent, QObject, QTimer\n"
        "from PySide6.QtWidgets import QApplication, QWidget\n"
        "import content.deferred as M\n"
        "import desktop_app.app as A\n"
        "order = []\n"
        "class Spy(QObject):\n"
        "    def eventFilter(self, obj, ev):\n"
        "        if ev.type() == QEvent.Type.Paint and isinstance(obj, QWidget) and \\\n"
        "                'paint' not in order:\n"
        "            order.append('paint')\n"
        "        return False\n"
        "app = A._qapplication([])\n"
        "spy = Spy(); app.installEventFilter(spy)\n"
        "real = M.Pending.finish\n"
        "def finish(self, lib):\n"
        "    if lib.__dict__.get('_pending') is self:\n"
        "        order.append('glossary loaded')\n"
        "    real(self, lib)\n"
        "M.Pending.finish = finish\n"
        f"app, w = A.create_app(['--basedir', tempfile.mkdtemp(), '--content', "
        f"r'{APP_CONTENT}'])\n"
        "order.append('shown' if not w.library.complete else 'shown with everything')\n"
        "QTimer.singleShot(2500, app.quit)\n"
        "app.exec()\n"
        "print(order, w.started, w.library.complete, len(w.library.glossary))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == \
        "['shown', 'paint', 'glossary loaded'] True True 3"


def test_a_glossary_link_before_the_first_paint_loads_the_glossary_then(qtbot, start,
                                                                         app_library):
    window = start()
    assert not window.library.complete  # nothing has needed the glossary yet
    window.links.on_anchor_clicked(QUrl("glossary:consent"))  # the user clicks a term at once
    assert window.library.complete
    bar = window.definition_bar
    assert bar.isVisibleTo(window)
    shown = " ".join(w.text() for w in bar.findChildren(type(window.status.index_label)))
    assert app_library.term("consent").definition[:40] in shown
    assert window.links.show_definition("zebra-crossing")
    qtbot.waitUntil(lambda: window.started, timeout=10_000)  # then the rest, no crash
    assert window.library.term("zebra-crossing").term == "Zebra crossing"


def test_a_search_typed_at_once_finds_glossary_terms(qtbot, start):
    window = start()
    box = window.search_panel.box
    box.setFocus()
    qtbot.keyClicks(box, "zebra")  # before the window has painted or the index opened
    qtbot.waitUntil(lambda: window.started, timeout=10_000)
    qtbot.waitUntil(lambda: window.search_ready, timeout=INDEX_TIMEOUT_MS)
    model = window.search_panel.model

    def glossary_hit() -> bool:
        from desktop_app.results_model import HitRole

        hits = [model.index(r, 0).data(HitRole) for r in range(model.rowCount())]
        return any(h.kind == "glossary" and h.term_id == "zebra-crossing" for h in hits)

    qtbot.waitUntil(glossary_hit, timeout=INDEX_TIMEOUT_MS)
    assert box.text() == "zebra"


def test_a_fault_in_a_deferred_file_shows_in_the_problems_bar_with_file_and_line(
        qtbot, start, tmp_path):
    content = tmp_path / "content"
    shutil.copytree(APP_CONTENT, content)
    glossary = content / "glossary.yaml"
    lines = glossary.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[3] = lines[3].replace("Agreement", "Agree\u200bment")  # invisible, line 4
    assert "\u200b" in lines[3]
    glossary.write_text("".join(lines), encoding="utf-8")
    window = start(content)
    assert not window.bars.problems_bar.isVisibleTo(window)  # not read yet: nothing known
    qtbot.waitUntil(lambda: window.started, timeout=10_000)
    assert window.bars.problems_bar.isVisibleTo(window)
    assert window.commands.problems_action.isEnabled()
    problems = [str(p) for p in window.library.problems]
    assert any(p.endswith("glossary.yaml:4: invisible or control character U+200B (ZERO "
                          "WIDTH SPACE) in the text; delete it (it can hide or reorder what "
                          "the reader sees, or break search)") for p in problems), problems
    # the whole file is refused, as before: its terms are not shown half-read
    assert not window.library.has_term("consent")
    assert not window.links.show_definition("consent")
