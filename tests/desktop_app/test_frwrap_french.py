"""Issue 20, the frwrap part: the decision helper, its printouts, the dialogs and the other
wrapped widgets speak French once ``frwrap_fr.qm`` is installed (and the French library
given), change back to English without a restart, and keep the helper's answers and the
record through both switches. Nothing is cut off in French at 1366x768 or at 200 % text.

English left behind is found with the catalogue itself: for every message of
``desktop_app/translations/frwrap_fr.ts``, the longest stretch of its English source
without a placeholder must not be seen in French (in a widget's text, tooltip,
accessible name or description, or in a printout), unless the French says it too.
"""

from __future__ import annotations

import html
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from content import load_library
from content.decision import Outcome, Question, Review
from desktop_app import i18n
from desktop_app.decision.panel import DecisionPanel
from tests.tools.layout_check import clipped

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "desktop_app" / "translations" / "frwrap_fr.ts"
DATA = ROOT / "content" / "data"
PHIPA_POLICE = ["no", "no", "phipa", "police", "no", "refused", "serious", "no"]
_PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n")


# -- the catalogue --------------------------------------------------------------------------

def _messages() -> list[tuple[str, str, str]]:
    """(context, English source, French translation) for every message of the .ts; a
    plural (``numerus="yes"``) once for each of its French forms."""
    out = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            source = m.findtext("source") or ""
            forms = [f.text or "" for f in m.iter("numerusform")]
            if m.get("numerus") == "yes":
                assert len(forms) == 2, f"{name}: {source!r} needs a singular and a plural"
                out += [(name, source, form) for form in forms]
            else:
                out.append((name, source, m.findtext("translation") or ""))
    return out


def _tell_tales(lang: str) -> list[str]:
    """Stretches of text that betray the other language: for ``"en"``, English sources'
    longest placeholder-free stretches (12+ characters) that the French does not share;
    for ``"fr"``, the same of the French translations."""
    out = set()
    for _ctx, source, french in _messages():
        text, other = (source, french) if lang == "en" else (french, source)
        for piece in sorted(_PLACEHOLDER.split(_plain(text)), key=len, reverse=True)[:1]:
            piece = piece.strip(" :.,;()“”«»\u00a0")
            if len(piece) >= 12 and piece not in _plain(other):
                out.add(piece)
    return sorted(out)


def _plain(text: str) -> str:
    """Visible words: tags, entities, mnemonic ampersands and non-breaking spaces undone."""
    text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    text = re.sub(r"&(?=\w)", "", text)
    return " ".join(text.replace("\u00a0", " ").split())


EN_TELL_TALES = _tell_tales("en")
FR_TELL_TALES = _tell_tales("fr")


def _leaks(texts: list[str], tell_tales: list[str]) -> list[str]:
    flat = [_plain(t) for t in texts if t]
    return sorted({f"{tale!r} in {t[:80]!r}" for tale in tell_tales for t in flat if tale in t})


def test_the_catalogue_is_complete_and_keeps_every_placeholder():
    messages = _messages()
    assert len(messages) > 300
    for ctx, source, french in messages:
        assert french, f"{ctx}: {source!r} has no French"
        assert sorted(_PLACEHOLDER.findall(source)) == sorted(_PLACEHOLDER.findall(french)), \
            f"{ctx}: {source!r} -> {french!r}"
        # French typography: no ordinary space before : ; ? ! or inside « »
        assert not re.search(r" [:;?!»]|« ", french), f"{ctx}: {french!r}"
    assert "unfinished" not in TS.read_text(encoding="utf-8")
    assert len(EN_TELL_TALES) > 150  # the leak checks below have something to find


def test_french_mnemonics_are_unique_in_each_context():
    for ctx in {c for c, _s, _f in _messages()}:
        keys = [f[f.index("&") + 1].lower() for c, _s, f in _messages()
                if c == ctx and "&" in f and not f.startswith("&amp")]
        assert len(keys) == len(set(keys)), (ctx, keys)


# -- installing the French catalogue ---------------------------------------------------------

class Language:
    """Switches the interface language the way the app does (``i18n.set_language``: every
    catalogue, and the one language state the printouts and the CLI read); Qt sends
    LanguageChange each time."""

    def french(self) -> None:
        assert i18n.set_language("fr") == []
        assert i18n.current_language() == "fr"
        QApplication.processEvents()

    def english(self) -> None:
        i18n.set_language("en")
        QApplication.processEvents()


@pytest.fixture
def language(qapp):
    lang = Language()
    yield lang
    lang.english()


@pytest.fixture(scope="module")
def libraries():
    return load_library(DATA), load_library(DATA, language="fr")


def widget_texts(root: QWidget) -> list[str]:
    """Every visible text, tooltip, placeholder, accessible name and description."""
    out = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) and w is not root:
            continue
        out += [w.toolTip(), w.accessibleName(), w.accessibleDescription()]
        if isinstance(w, (QLabel, QAbstractButton, QLineEdit)):
            out.append(w.text())
        if isinstance(w, (QLineEdit, QPlainTextEdit)):
            out.append(w.placeholderText())
        if isinstance(w, QGroupBox):
            out.append(w.title())
        if isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
    return [t for t in out if t]


# -- the decision helper ---------------------------------------------------------------------

@pytest.fixture
def panel(qtbot, libraries):
    p = DecisionPanel(libraries[0], now=lambda: datetime(2026, 11, 25, 9, 30))
    qtbot.addWidget(p)
    p.resize(460, 800)
    p.show()
    return p


def _to_french(panel, language, libraries):
    language.french()
    panel.set_library(libraries[1])


def _to_english(panel, language, libraries):
    language.english()
    panel.set_library(libraries[0])


def test_every_step_of_the_helper_speaks_french(panel, language, libraries):
    _to_french(panel, language, libraries)
    assert panel.back_button.text() == "Retour" and panel.restart_button.text() == "Recommencer"
    assert panel.title_label.text().startswith("Puis-je communiquer")
    seen_steps = set()
    for value in PHIPA_POLICE:
        step = panel.session.current
        assert isinstance(step, Question)
        seen_steps.add(step.id)
        texts = widget_texts(panel)
        assert any(t.startswith("Question ") and "·" in t for t in texts)
        assert any(t.startswith("Pourquoi cette question\u00a0: ") for t in texts)
        assert panel.next_button.text() == "Suivant"
        assert _leaks(texts, EN_TELL_TALES) == [], step.id
        if panel.checklist_toggle is not None:
            panel.checklist_toggle.click()  # the risk-factor list opens: French too
            assert panel.checklist_toggle.text().startswith("Masquer\u00a0: ")
            assert _leaks(widget_texts(panel), EN_TELL_TALES) == [], step.id
        panel.choose(value)
    assert len(seen_steps) == len(PHIPA_POLICE)
    assert isinstance(panel.session.current, Review)
    texts = widget_texts(panel)
    assert "Vérifiez vos réponses" in texts and panel.confirm_button.text() == "Voir le résultat"
    assert all(b.text() == "Modifier" for b in panel.edit_buttons)
    assert _leaks(texts, EN_TELL_TALES) == []
    panel.confirm_button.click()
    assert isinstance(panel.session.current, Outcome)
    texts = widget_texts(panel)
    assert panel.progress_label.text() == "Résultat"
    for french in ("Relevé de la décision", "Voie retenue", "Date et heure",
                   "Facteurs de risque pris en compte", "Effacer le relevé",
                   "Ce qui doit encore être vrai", "Informer la personne après coup",
                   "Ce qu'il faut consigner"):
        assert french in texts, french
    assert "Dispositions\u00a0: par. 40 (1) de la LPRPS" in texts  # French legal style
    assert _leaks(texts, EN_TELL_TALES) == []
    # the outcome's own words come from the French flow, the record's choices too
    assert panel.summary().title == libraries[1].extras["decisions"]["share"].outcomes[
        panel.summary().outcome_id].title
    shared = panel.record_fields["shared"]
    assert [shared.itemText(i) for i in range(shared.count())][1:] == [
        "Communiqué", "Non communiqué", "Communiqué en partie"]


def test_the_switch_keeps_the_answers_and_the_record_both_ways(panel, language, libraries):
    for value in PHIPA_POLICE:
        panel.choose(value)
    panel.confirm_button.click()
    role = panel.record_fields["role"]
    role.setFocus()
    role.setText("")
    from PySide6.QtTest import QTest

    QTest.keyClicks(role, "shelter counsellor")
    def ids():
        return tuple((a.question.id, a.choice.value) for a in panel.session.answers)

    answers = ids()
    outcome = panel.summary().outcome_id
    english_title = panel.summary().title

    _to_french(panel, language, libraries)
    assert ids() == answers
    assert panel.summary().outcome_id == outcome and panel.summary().title != english_title
    assert panel.record_fields["role"].text() == "shelter counsellor"
    assert panel.current_record()["role"] == "shelter counsellor"
    assert "Relevé de la décision" in widget_texts(panel)
    markdown = panel.printable_markdown()
    assert "## Relevé de la décision" in markdown and "Decision record" not in markdown

    _to_english(panel, language, libraries)
    assert ids() == answers
    assert panel.summary().title == english_title
    assert panel.record_fields["role"].text() == "shelter counsellor"
    texts = widget_texts(panel)
    assert "Decision record" in texts and panel.back_button.text() == "Back"
    assert _leaks(texts, FR_TELL_TALES) == []
    # Back still walks the same history after two switches
    panel.back()
    assert isinstance(panel.session.current, Review)


def test_a_switch_in_the_middle_of_the_questions_keeps_the_step(panel, language, libraries):
    for value in PHIPA_POLICE[:3]:
        panel.choose(value)
    step = panel.session.current.id
    _to_french(panel, language, libraries)
    assert panel.session.current.id == step
    assert panel.progress_label.text().startswith("Question 4 · ")
    assert "environ" in panel.progress_label.text() or "dernière" in panel.progress_label.text()
    panel.back()
    assert len(panel.session.answers) == 2
    _to_english(panel, language, libraries)
    assert panel.progress_label.text().startswith("Question 3 · ")


@pytest.mark.parametrize("left, english, french", [
    (1, "Question 7 · about 1 more after this one",
     "Question 7 · environ 1 autre après celle-ci"),
    (3, "Question 7 · about 3 more after this one",
     "Question 7 · environ 3 autres après celle-ci"),
])
def test_the_questions_left_are_a_plural_in_both_languages(panel, language, libraries,
                                                              monkeypatch, left, english,
                                                              french):
    """"environ 1 autres" was French for one question left: a %n plural now, the singular
    and the plural in English and in French."""
    from content.decision.summary import Progress

    monkeypatch.setattr(panel.session, "progress", lambda: Progress(7, 7 + left))
    assert panel._progress_text() == english
    _to_french(panel, language, libraries)
    monkeypatch.setattr(panel.session, "progress", lambda: Progress(7, 7 + left))
    assert panel._progress_text() == french
    _to_english(panel, language, libraries)
    monkeypatch.setattr(panel.session, "progress", lambda: Progress(7, 7 + left))
    assert panel._progress_text() == english


def test_the_language_change_event_alone_retranslates_the_frame(panel, language):
    """Installing the catalogue (Qt's LanguageChange) is enough for the interface's own
    words, before the window hands over the French library."""
    language.french()
    assert panel.back_button.text() == "Retour"
    assert panel.back_button.toolTip() == "Revenir d'une étape (Alt+Gauche)"
    assert panel.notice_bar.close_button.text() == "Fermer"
    language.english()
    assert panel.back_button.text() == "Back"


def test_idle_and_undo_messages_in_french(panel, language, libraries):
    _to_french(panel, language, libraries)
    panel.choose("no")
    panel.restart()
    assert panel.notice_bar.text().startswith("Nouveau départ")
    assert panel.notice_bar.action_button.text() == "Annuler"
    panel.notice_bar.action_button.click()
    assert len(panel.session.answers) == 1
    panel.set_idle_timeout(200, warn_before_ms=100)
    panel._on_idle_warning()
    assert "Pour protéger la vie privée" in panel.notice_bar.text()
    assert panel.notice_bar.action_button.text() == "Continuer"
    panel._on_idle()
    assert "Rien n'a été enregistré" in panel.notice_bar.text()


def test_the_full_result_page_is_french(panel, language, libraries):
    from desktop_app.decision.outcome_page import no_outcome_html, outcome_html

    _to_french(panel, language, libraries)
    for value in PHIPA_POLICE:
        panel.choose(value)
    panel.confirm_button.click()
    page = outcome_html(libraries[1], panel.summary())
    assert "Aide à la décision" in page and "Situations semblables" in page or \
        "Imprimer ce résultat" in page
    assert _leaks([page], EN_TELL_TALES) == []
    assert "Aucun résultat" in no_outcome_html()


# -- the printouts ---------------------------------------------------------------------------

def _printouts(library, panel_summary=None):
    from content.decision import DecisionSession
    from desktop_app import printouts
    from index import open_or_build

    session = DecisionSession(library.extras["decisions"]["share"])
    session.start()
    for value in PHIPA_POLICE:
        session.answer(value)
    facts = ",".join(f"{k}={v}" for k, v in session.facts.items())
    jobs = []
    doc = printouts.decision_doc_from_facts(library, facts)
    jobs.append(printouts.decision_job(doc, record=False))
    jobs.append(printouts.decision_job(doc, record=True))
    jobs.append(printouts.decision_map_from_library(library))
    jobs.append(printouts.quick_reference_job(library))
    jobs.append(printouts.sections_job(library, [s.id for s in library.sections[:3]]))
    results = open_or_build(library).search("police" if library.language == "en"
                                                 else "police consentement")
    jobs.append(printouts.search_job(results, library=library, statutes=("PHIPA",),
                                     sectors=("health",)))
    texts = [job.html for job in jobs]
    texts.append(printouts.decision_text(doc, record=True))
    meta = printouts.PrintMeta.from_library(library)
    texts += list(meta.footer(1, 2, "x"))
    return jobs, texts


def test_every_printout_is_french_with_the_french_library(qapp, language, libraries):
    language.french()
    jobs, texts = _printouts(libraries[1])
    leaks = _leaks(texts, EN_TELL_TALES)
    assert leaks == []
    summary, record, dmap, card, sections, search = (j.html for j in jobs)
    assert "Résumé de la décision" in summary and "Relevé de la décision" in record
    assert "Carte de décision" in dmap and "Fiche" not in summary
    assert "Quelqu'un est en danger maintenant" in _plain(card)
    assert "Dispositions citées" in sections and "Résultats de la recherche" in search
    assert "LPRPS" in _plain(search) and "Santé" in _plain(search)
    # citations in French legal style, on the decision printouts and the card
    assert "par. 40 (1) de la LPRPS" in _plain(summary) and "PHIPA s. 40" not in _plain(summary)
    assert "de la LPRPS" in _plain(card) and "PHIPA s." not in _plain(card)
    assert "par. 40 (1) de la LPRPS" in texts[6]  # the plain-text record
    first, second = texts[-2:]
    assert first.startswith("Ceci ne constitue pas un avis juridique") and "Page 1 sur 2" in second
    # the French states legal tests in its own words: no English-style quotation on the card
    assert "\u201c" not in _plain(card)


def test_the_english_printouts_have_no_french(qapp, language, libraries):
    language.english()
    jobs, texts = _printouts(libraries[0])
    assert _leaks(texts, FR_TELL_TALES) == []
    assert "PHIPA s. 40(1)" in _plain(jobs[0].html) and "de la LPRPS" not in jobs[0].html


def test_printouts_need_no_qt_and_stay_english_without_it():
    code = ("import sys, desktop_app.printouts as ph; from content import load_library; "
            f"lib = load_library({str(DATA)!r}, language='fr'); "
            "job = ph.quick_reference_job(lib); "
            "print('PySide6' in ' '.join(sys.modules), 'Sharing without consent' in job.html)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT)
    assert out.stdout.split() == ["False", "True"]


# -- dialogs and the other widgets -----------------------------------------------------------

def test_dialogs_speak_french_and_switch_back_live(qtbot, language, libraries):
    from content.errors import ContentError  # noqa: F401 - the error words' first case
    from desktop_app import dialogs, errors

    link = dialogs.ExternalLinkDialog(None, "https://example.org/")
    problems = dialogs.ProblemsDialog(None, ["a.md:1: x", "b.md:2: y"])
    shortcuts = dialogs.ShortcutsDialog(None, lambda: [("Search", "Ctrl+F")])
    privacy = dialogs.TextDialog.show_page(None, dialogs.privacy_page)
    error = errors.ErrorDialog(None, "boom", "details")
    for d in (link, problems, shortcuts, privacy, error):
        qtbot.addWidget(d)
    language.french()
    assert link.windowTitle() == "Lien Web" and link.copy_button.text() == "&Copier l'adresse"
    assert problems.label.text().startswith("2 problèmes ont été trouvés")
    assert shortcuts.table.horizontalHeaderItem(0).text() == "Action"
    assert shortcuts.table.horizontalHeaderItem(1).text() == "Touches"
    assert privacy.windowTitle() == "Vie privée et sortie rapide"
    assert "Ce que fait la sortie rapide" in privacy.browser.toPlainText()
    assert error.copy_button.text() == "&Copier les détails"
    assert "L'application fonctionne toujours" in error.message_label.text()
    about = dialogs.about_html(libraries[1])
    for d in (link, problems, shortcuts, privacy, error):
        texts = widget_texts(d) + [d.windowTitle()]
        if d is privacy:
            texts.append(privacy.browser.toHtml())
        assert _leaks(texts, EN_TELL_TALES) == [], type(d).__name__
    # the sources keep their own titles (English documents are marked « en anglais »)
    assert _leaks([about.split("<h3>Sources")[0]], EN_TELL_TALES) == []
    assert "Version de l'application" in _plain(about)
    assert errors.describe(PermissionError(13, "denied", "/x")).startswith(
        "L'application n'a pas le droit")
    language.english()
    assert link.windowTitle() == "Web link" and problems.label.text().startswith("2 problems")
    assert "What Quick exit does" in privacy.browser.toPlainText()
    assert error.copy_button.text() == "&Copy details"


def test_results_outline_and_section_words_in_french(qtbot, language, libraries):
    from PySide6.QtGui import QTextDocument

    from desktop_app.content_words import format_date
    from desktop_app.page_outline import PageOutline
    from desktop_app.results_model import hit_tags, hit_title, row_html
    from desktop_app.section_view import section_view

    class Hit:
        kind, title, statutes, sectors = "section", "T", ("PHIPA", "CYFSA"), ("health",)
        snippet_text, snippet_html, section_id = "s", "", "x"

    outline = PageOutline()
    qtbot.addWidget(outline)
    doc = QTextDocument()
    doc.setHtml('<h2>Titre</h2><p><a href="section:x">lien</a></p>')
    outline.set_page(doc)
    language.french()
    assert hit_tags(Hit()) == "LPRPS · LSEJF · Santé"
    glossary = Hit()
    glossary.kind = "glossary"
    assert hit_title(glossary) == "Glossaire\u00a0: T"
    assert "Vérifiez le texte officiel" in row_html(Hit(), check=True)
    assert outline.accessibleName() == "Sur cette page"
    spoken = [outline.entries[i].spoken for i in range(len(outline.entries))]
    assert spoken == ["Titre de niveau 2\u00a0: Titre", "Lien vers une section\u00a0: lien"]
    from datetime import date

    assert format_date(date(2026, 12, 6)) == "6 décembre 2026"
    section = libraries[1].sections[0]
    view = section_view(libraries[1], section)
    assert view.provisions_heading == "Dispositions citées"
    assert view.not_legal_advice.startswith("Ces renseignements en langage clair")
    assert view.meta.startswith("Version du contenu")
    language.english()
    assert format_date(date(2026, 12, 6)) == "6 December 2026"
    assert outline.accessibleName() == "On this page"


# -- layout: French is longer ----------------------------------------------------------------

def _widest(panel) -> list[str]:
    """The page's widgets by minimum width, widest first (to say what pushes it wide)."""
    ws = [(w.minimumSizeHint().width(), type(w).__name__,
           w.text()[:50] if isinstance(w, (QLabel, QAbstractButton)) else "")
          for w in panel.page.findChildren(QWidget) if w.isVisible()]
    return [str(x) for x in sorted(ws, reverse=True)[:4]]


def _settle(qtbot):
    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(20)


def _check_french_steps(qtbot, window, language, size):
    language.french()
    window.showNormal()
    window.resize(*size)
    panel = window.decision_panel
    assert panel.back_button.text() == "Retour"
    _settle(qtbot)
    assert clipped(panel) == [], f"first question: {clipped(panel)[:6]}"
    panel.choose("yes")  # someone is in danger now
    _settle(qtbot)
    assert clipped(panel) == [], f"call 911: {clipped(panel)[:3]} {_widest(panel)}"
    panel.continue_button.click()
    panel.restart()
    for v in PHIPA_POLICE:
        panel.choose(v)
        _settle(qtbot)
        if panel.checklist_toggle is not None and not panel.checklist_toggle.isChecked():
            panel.checklist_toggle.click()
            _settle(qtbot)
            assert clipped(panel) == [], f"risk factors: {clipped(panel)[:3]} {_widest(panel)}"
        assert clipped(panel) == [], f"after {v}: {clipped(panel)[:6]}"
    panel.confirm_button.click()
    _settle(qtbot)
    assert panel.progress_label.text() == "Résultat"
    assert clipped(panel) == [], f"outcome and record form: {clipped(panel)[:6]}"


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_nothing_in_the_french_decision_panel_is_cut_off(qtbot, make_window, language, size):
    window = make_window(DATA, index=False, wait=False, extra=("--lang", "fr"))
    _check_french_steps(qtbot, window, language, size)


def test_nothing_french_is_cut_off_at_200_percent_text(qtbot, big_text, make_window, language):
    window = make_window(DATA, index=False, wait=False, extra=("--lang", "fr"))
    assert window.decision_panel.font().pointSizeF() >= 18
    _check_french_steps(qtbot, window, language, (1366, 768))
