"""Content problems in French (issue 20): ``check-content --lang fr``, the app's Content
problems dialog and the load-error message say each problem in French, from the kind's
template in desktop_app/translations/frcheck_fr.ts, with the file, line, field names and
values exactly as they are in the file; English stays the checker's own text."""

from __future__ import annotations

import re
import shutil
import string
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from content.errors import ContentError, Problem
from content.messages import CONTEXT, TEMPLATES, msg
from desktop_app import i18n
from desktop_app.cli import main
from desktop_app.content_problems import message_text, problem_line
from tests.tools.app_support import APP_CONTENT
from tests.tools.broken_content import make_copy
from tests.tools.ts_support import lupdate_tool, ts_translations
from tests.tools.words import foreign_words

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "desktop_app" / "translations" / "frcheck_fr.ts"
SOURCES = [*sorted((ROOT / "content" / "problem_kinds").glob("*.py")),
           ROOT / "desktop_app" / "content_problems.py"]
#: Words of the messages that are data, not English: YAML values and keys an editor types
#: as they are (``true``, ``role: ...``), and the names of formats and tools.
DATA_WORDS = ("YAML", "UTF", "FIFO", "socket", "true", "false", "yes", "conditional",
              "hours", "role", "phone", "acts", "cite", "checked", "note", "none", "ipv",
              "guide", "decide", "sha256sum", "zip", "base64", "JSON")


def _names(template: str) -> list[str]:
    return sorted(f[1] for f in string.Formatter().parse(template) if f[1])


def _data_free(text: str) -> str:
    """``text`` without what is data: « quoted » values, "quoted" values, the lists of
    allowed values (« champs permis : a, b »), and words holding a path, a key or a number
    (``content/x.md``, ``check_note``, ``section:about``, ``2026-11-25``)."""
    text = re.sub(r"«[^»]*»|\"[^\"]*\"", " ", text)
    text = re.sub(r"(?:permis|parmi|valeurs|sont)\s*:[^;)]*", " ", text)
    return re.sub(r"\S*[_/.:<>\[\]{}0-9=*-]\S*", " ", text)


def _same_values(kind: str, source: str) -> list[str]:
    """The values the French must show: all the English shows, but for a value kind's
    ``detail`` (Python's own English words about a bad date or number, left out in French,
    which says what to write instead)."""
    return [n for n in _names(source) if not (n == "detail" and kind.startswith("value-"))]


@pytest.fixture
def french(qapp):
    assert i18n.set_language("fr") == []
    QApplication.processEvents()
    yield
    i18n.set_language("en")
    QApplication.processEvents()


# -- the catalogue ---------------------------------------------------------------------------

def test_frcheck_ts_is_exactly_what_lupdate_finds_and_every_kind_has_french(tmp_path):
    """A kind added to content/problem_kinds/ without its French fails here: run
    ``pyside6-lupdate content/problem_kinds/*.py desktop_app/content_problems.py -ts
    desktop_app/translations/frcheck_fr.ts -no-obsolete`` and translate it."""
    fresh = tmp_path / "frcheck_fr.ts"
    shutil.copy2(TS, fresh)
    subprocess.run([lupdate_tool(), *map(str, SOURCES), "-ts", str(fresh), "-no-obsolete"],
                   check=True, capture_output=True, cwd=ROOT)
    messages = ts_translations(TS)
    assert ts_translations(fresh) == messages, "run pyside6-lupdate on content/problem_kinds/"
    assert {c for c, _s in messages} == {CONTEXT}
    assert {s for _c, s in messages} == set(TEMPLATES.values())
    assert all(messages.values()), [k for k, v in messages.items() if not v]
    kind_of = {template: kind for kind, template in TEMPLATES.items()}
    for (_c, source), french_text in messages.items():
        assert _same_values(kind_of[source], source) == _names(french_text or ""), source
        assert not re.search(r" [:;?!»]|« ", french_text or ""), french_text


def test_every_kind_has_an_english_and_a_french_rendering(french):
    for kind, template in TEMPLATES.items():
        numbers = {f[1] for f in string.Formatter().parse(template) if f[1] and f[2]}
        values: dict[str, object] = {n: 4242 if n in numbers else f"<{n}>"
                                     for n in _names(template)}
        m = msg(kind, **values)  # type: ignore[arg-type]
        fr = message_text(m)
        for n in set(_same_values(kind, template)) - numbers:  # shown in both languages
            assert f"<{n}>" in m.text and f"<{n}>" in fr, (kind, n)
        assert all("4,242" in m.text and "4242" in fr for _n in numbers), kind
        if kind not in ("part-key", "parts-sources", "untranslated"):  # the same words
            assert fr != m.text, kind
        english = foreign_words(_data_free(fr), "fr", allowed=DATA_WORDS)
        assert not english, (kind, english, fr)


def test_english_is_the_checkers_own_text_and_a_bare_problem_passes_through(qapp):
    p = Problem.of("sections/x.md", 3, msg("unknown-key", key="colour",
                                           what=msg("part-section-front-matter"),
                                           allowed="id, title"))
    assert problem_line(p) == str(p) == \
        "sections/x.md:3: unknown key 'colour' in section front matter; allowed: id, title"
    assert problem_line("a.md:1: x") == "a.md:1: x"
    assert problem_line(Problem("a.md", 1, "old words")) == "a.md:1: old words"


def test_a_problem_in_french_keeps_file_line_and_values(french):
    p = Problem.of("sections/x.md", 3, msg("unknown-key", key="colour",
                                           what=msg("part-section-front-matter"),
                                           allowed="id, title"))
    assert problem_line(p) == ("sections/x.md:3: champ inconnu «\u00a0colour\u00a0» dans "
                               "l'en-tête de la section\u00a0; champs permis\u00a0: id, title")
    nested = Problem.of("decisions/share.yaml", 12, msg(
        "fr-flow-item-differs", what=msg("part-question"), id="danger",
        detail=msg("fr-flow-key-only-english", key="why")))
    assert problem_line(nested) == ("decisions/share.yaml:12: la question «\u00a0danger\u00a0»"
                                    "\u00a0: le champ «\u00a0why\u00a0» figure en anglais mais "
                                    "pas en français")


# -- the command line ------------------------------------------------------------------------

CLI_CASES = ("section-unknown-key", "section-bad-link", "section-bad-yaml-date",
             "section-control-char", "section-provision-act", "glossary-duplicate-key",
             "statute-bad-notice", "verified-entries", "flow-bad-route", "flow-no-safety",
             "flow-bad-alternative", "fr-section-id-mismatch", "fr-section-stale",
             "fr-link-differs", "fr-typography", "fr-glossary-see", "fr-flow-next-differs",
             "fr-folder-missing", "agency-bad", "agency-fr-differs", "manifest-missing")


def _check(capsys, root: Path, lang: str) -> tuple[int, list[str], str]:
    code = main(["--lang", lang, "--content", str(root), "check-content"])
    out = capsys.readouterr()
    lines = [ln for ln in out.out.splitlines() if re.match(r"\S+:\d+: ", ln)]
    return code, lines, out.err


@pytest.mark.parametrize("case", CLI_CASES)
def test_check_content_in_french_prints_no_english_sentence(capsys, tmp_path, case):
    root = make_copy(case, tmp_path)
    code_en, english, _ = _check(capsys, root, "en")
    code_fr, french_lines, err = _check(capsys, root, "fr")
    assert code_fr == 1 and code_en in (0, 1)  # French in progress: not counted in English
    # every problem of the English run is there, at the same place (--lang fr also lists
    # what is not translated yet)
    where = [ln.split(": ", 1)[0] for ln in french_lines]
    assert not {ln.split(": ", 1)[0] for ln in english} - set(where)
    assert french_lines and french_lines != english
    for line in french_lines + [err]:
        text = line.split(": ", 1)[1] if re.match(r"\S+:\d+: ", line) else line
        leaked = foreign_words(_data_free(text), "fr", allowed=DATA_WORDS)
        assert not leaked, (leaked, line)


def test_the_check_finds_english_in_an_english_report(capsys, tmp_path):
    _code, english, _ = _check(capsys, make_copy("section-unknown-key", tmp_path), "en")
    assert foreign_words(_data_free(english[0].split(": ", 1)[1]), "fr",
                         allowed=DATA_WORDS)


# -- the app ---------------------------------------------------------------------------------

def test_problems_dialog_says_the_problems_in_french_and_switches_back_live(qtbot, french):
    from desktop_app import dialogs

    p = Problem.of("sections/x.md", 3, msg("not-whole-number", key="order"))
    dlg = dialogs.ProblemsDialog(None, [p, "b.md:2: y"])
    qtbot.addWidget(dlg)
    text = dlg.text.document().toRawText()
    assert "sections/x.md:3: le champ «\u00a0order\u00a0» doit être un nombre entier" in text
    assert "b.md:2: y" in text
    i18n.set_language("en")
    QApplication.processEvents()
    assert "sections/x.md:3: 'order' must be a whole number" in dlg.text.document().toRawText()


def test_the_window_shows_its_content_problems_in_french(make_window, tmp_path, monkeypatch):
    from desktop_app import dialogs

    broken = tmp_path / "content"
    shutil.copytree(APP_CONTENT, broken)
    (broken / "sections" / "laws.md").write_text(
        (broken / "sections" / "laws.md").read_text(encoding="utf-8").replace(
            "order: 20", "order: 20\nsurprise: 1"), encoding="utf-8")
    shown = []
    real = dialogs.ProblemsDialog.show_for
    monkeypatch.setattr(dialogs.ProblemsDialog, "show_for", classmethod(
        lambda cls, parent, problems: shown.append(real(parent, problems)) or shown[-1]))
    window = make_window(broken, index=False, wait=False)
    try:
        assert i18n.set_language("fr") == []
        QApplication.processEvents()
        assert "problèmes de contenu" in window.bars.problems_bar.label.text() or \
            "problème de contenu" in window.bars.problems_bar.label.text()
        window.bars.problems_show_button.click()
        text = shown[-1].text.document().toRawText()
        assert "laws.md:" in text and "champ inconnu «\u00a0surprise\u00a0»" in text
        assert "unknown key" not in text
    finally:
        i18n.set_language("en")
        QApplication.processEvents()
        for dlg in shown:
            dlg.close()


def test_the_load_error_names_its_first_problem_in_french(french):
    from desktop_app.errors import describe

    exc = ContentError([Problem.of("/tmp/x", 0, msg("content-folder-missing"))])
    said = describe(exc)
    assert "/tmp/x:0: dossier de contenu introuvable" in said
    assert "not found" not in said


# -- content packs ---------------------------------------------------------------------------

def test_a_refused_pack_is_explained_in_french(capsys, tmp_path):
    missing = tmp_path / "nowhere.pack"
    assert main(["--lang", "fr", "pack", "verify", str(missing)]) == 1
    err = capsys.readouterr().err
    assert f"{missing}\u00a0: fichier introuvable" in err and "no such file" not in err
    assert main(["--lang", "en", "pack", "verify", str(missing)]) == 1
    assert f"{missing}: no such file" in capsys.readouterr().err


def test_a_pack_error_says_its_kind_in_french(french):
    from content.pack import PackError, version_tuple
    from desktop_app.content_problems import error_text

    with pytest.raises(PackError) as caught:
        version_tuple("v2")
    assert str(caught.value) == "'v2' is not a version like 2026.12.1"
    assert error_text(caught.value) == ("«\u00a0v2\u00a0» n'est pas un numéro de version "
                                        "comme 2026.12.1")
    assert error_text(OSError("disk")) == "disk"
