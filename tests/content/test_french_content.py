"""French content: loading content/data/fr into the same model, the parity check, --lang,
and the settings' language (tests/data/fr_content is a small English guide with part of it
translated)."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from content import load_library
from content.parity import flow_mismatches, parity_report
from desktop_app.cli import main

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "fr_content"


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    """A writable copy of the fixture (English at the top, French in fr/)."""
    target = tmp_path / "content"
    shutil.copytree(FIXTURE, target)
    return target


def _messages(report) -> list[str]:
    return [str(p) for p in report.problems]


# -- loading --------------------------------------------------------------------------------

def test_french_loads_into_the_same_model_with_english_where_not_translated():
    fr = load_library(FIXTURE, language="fr")
    assert fr.language == "fr" and fr.problems == ()
    assert fr.translation is not None and fr.translation.language == "en"
    about = fr.section("about")
    assert about.title == "À propos de ce guide" and not about.untranslated
    assert about.source_sha256 == hashlib.sha256(
        (FIXTURE / "sections" / "about.md").read_bytes()).hexdigest()
    # not translated yet: the English section, marked, in the same place in the contents
    fippa = fr.section("fippa")
    assert fippa.untranslated and fippa.title.startswith("FIPPA")
    en = load_library(FIXTURE)
    assert [s.id for s in fr.sections] == [s.id for s in en.sections]
    assert {s.id for s in fr.untranslated_sections()} == {s.id for s in en.sections} - {
        "about", "phipa"}
    assert fr.term("reasonable-grounds").term == "Motifs raisonnables"
    assert fr.manifest.title.startswith("Guide") and "avis juridique" in fr.manifest.disclaimer
    # statutes and sources have no French file in the fixture: the English ones, marked
    assert fr.statutes and all(st.untranslated for st in fr.statutes)
    assert fr.sources.keys() == en.sources.keys()
    # the French decision flow is used: same structure, French words
    flow = fr.extras["decisions"]["share"]
    assert flow.title.startswith("Puis-je") and fr.extras["untranslated_flows"] == frozenset()
    assert fr.content_hash != en.content_hash


def test_english_is_unchanged_by_a_french_folder():
    en = load_library(FIXTURE)
    assert en.language == "en" and en.translation is None
    assert not en.untranslated_sections()
    assert en.section("about").title == "About this guide"


def test_no_french_folder_means_everything_in_english_marked(tmp_path):
    shutil.copytree(FIXTURE, tmp_path / "c", ignore=shutil.ignore_patterns("fr"))
    fr = load_library(tmp_path / "c", language="fr")
    assert fr.problems == ()
    assert all(s.untranslated for s in fr.sections)
    assert fr.extras["untranslated_flows"] == frozenset({"share"})


def test_unknown_language_is_refused():
    with pytest.raises(ValueError, match="unknown language"):
        load_library(FIXTURE, language="de")


def test_a_broken_french_section_is_reported_and_the_english_shown(copy):
    path = copy / "fr" / "sections" / "phipa.md"
    path.write_text(path.read_text(encoding="utf-8").replace("order: 30", "order: [30"),
                    encoding="utf-8")
    fr = load_library(copy, language="fr")
    assert any("phipa.md" in p.path and p.line > 0 for p in fr.problems), fr.problems
    assert fr.section("phipa").untranslated


def test_a_french_section_needs_its_source_hash(copy):
    path = copy / "fr" / "sections" / "phipa.md"
    text = path.read_text(encoding="utf-8")
    path.write_text("\n".join(line for line in text.splitlines()
                              if not line.startswith("source_sha256")) + "\n", encoding="utf-8")
    fr = load_library(copy, language="fr")
    assert any("source_sha256" in p.message for p in fr.problems), fr.problems


def test_a_french_flow_with_another_structure_is_not_used(copy):
    path = copy / "fr" / "decisions" / "share.yaml"
    text = path.read_text(encoding="utf-8")
    assert "next: emergency" in text
    path.write_text(text.replace("next: emergency", "next: organization", 1), encoding="utf-8")
    fr = load_library(copy, language="fr")
    assert fr.extras["untranslated_flows"] == frozenset({"share"})
    assert not fr.extras["decisions"]["share"].title.startswith("Puis-je")
    problems = flow_mismatches(copy, copy / "fr", "share")
    assert problems and all(p.line > 0 for p in problems)
    assert any("next" in p.message and "organization" in p.message for p in problems)


# -- parity -------------------------------------------------------------------------------------

def test_parity_of_the_fixture_lists_only_what_is_missing():
    report = parity_report(load_library(FIXTURE, language="fr"))
    assert report.total == 9 and report.missing == 7 and not report.complete
    msgs = _messages(report)
    assert sum("no French translation yet" in m for m in msgs) == 7
    assert not [m for m in msgs if "no French translation yet" not in m
                and "statutes.yaml" not in m and "sources.yaml" not in m], msgs


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _line_of(path: Path, start: str) -> int:
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                if line.startswith(start))


def test_parity_finds_machine_values_that_differ_with_their_line(copy):
    sec = copy / "fr" / "sections" / "phipa.md"
    _edit(sec, "provisions: [PHIPA s. 40(1)]", "provisions: [PHIPA s. 40(2)]")
    _edit(sec, "sectors: [health, justice]", "sectors: [health]")
    _edit(sec, "(section:phipa-serious-harm)", "(section:statutes)")
    report = parity_report(load_library(copy, language="fr"))
    msgs = _messages(report)
    assert f"{sec.name}:{_line_of(sec, 'provisions:')}: 'provisions'" in "\n".join(msgs)
    assert any("'sectors' is [health] in French" in m for m in msgs)
    assert any("links to section:phipa-serious-harm" in m for m in msgs)
    assert any("link to section:statutes" in m for m in msgs)


def test_parity_finds_stale_translations(copy):
    _edit(copy / "sections" / "about.md", "A plain-language reference.", "A short reference.")
    _edit(copy / "glossary.yaml", "not a hunch", "not a guess")
    report = parity_report(load_library(copy, language="fr"))
    stale = [str(p) for p in report.problems if "stale" in p.message]
    assert any("fr/sections/about.md:" in m and "source_sha256" in m for m in stale), stale
    assert any("translated-from.yaml:" in m and "glossary.yaml" in m for m in stale), stale
    line = _line_of(copy / "fr" / "translated-from.yaml", "glossary.yaml")
    assert any(f"translated-from.yaml:{line}:" in m for m in stale)


def test_parity_finds_items_in_one_language_only(copy):
    (copy / "fr" / "sections" / "extra.md").write_text(
        (copy / "fr" / "sections" / "about.md").read_text(encoding="utf-8")
        .replace("id: about", "id: extra"), encoding="utf-8")
    _edit(copy / "fr" / "glossary.yaml", "- id: reasonable-grounds", "- id: reasonable-ground")
    flow = copy / "fr" / "decisions" / "share.yaml"
    text = flow.read_text(encoding="utf-8")
    flow.write_text(text.replace("  - id: danger\n", "  - id: danger-now\n", 1),
                    encoding="utf-8")
    msgs = _messages(parity_report(load_library(copy, language="fr")))
    joined = "\n".join(msgs)
    assert "section 'extra' has no English original" in joined
    assert "glossary term 'reasonable-grounds' is in English" in joined
    assert "glossary term 'reasonable-ground' is in French but not in English" in joined
    assert "question 'danger' is in English but not in French" in joined
    assert "question 'danger-now' is in French but not in English" in joined


def test_prose_and_status_may_differ_in_the_flow(copy):
    flow = copy / "fr" / "decisions" / "share.yaml"
    _edit(flow, "why: Emergencies come first.", "why: Les urgences passent d'abord.")
    assert flow_mismatches(copy, copy / "fr", "share") == []


def test_parity_reports_french_typography_by_line(copy):
    sec = copy / "fr" / "sections" / "about.md"
    text = sec.read_text(encoding="utf-8").rstrip("\n") + "\n\nPourquoi ? Parce que « oui ».\n"
    sec.write_text(text, encoding="utf-8")
    line = len(text.rstrip("\n").splitlines())
    msgs = _messages(parity_report(load_library(copy, language="fr")))
    assert any(m.startswith(f"{_shown(sec)}:{line}: French typography") for m in msgs), msgs


def _shown(path: Path) -> str:
    from content.errors import display_path

    return display_path(path)


def test_shipped_french_translation_parity(library):
    """Once every English section has a French file, the parity report must be empty (until
    then this skips, saying how many sections are still to translate)."""
    fr = load_library(language="fr")
    report = parity_report(fr)
    if not report.complete:
        pytest.skip(f"French translation in progress: {report.missing} of {report.total} "
                    "sections still to translate")
    assert list(fr.problems) + report.problems == []


# -- the CLI ---------------------------------------------------------------------------------------

def test_lang_works_before_and_after_the_command(capsys):
    assert main(["--content", str(FIXTURE), "--lang", "fr", "show", "about"]) == 0
    assert capsys.readouterr().out.startswith("À propos de ce guide\n")
    assert main(["--content", str(FIXTURE), "show", "about", "--lang", "FR"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("À propos de ce guide\n") and "Sources\u00a0:" in out
    assert main(["--content", str(FIXTURE), "--lang", "fr", "show", "about", "--lang", "en"]) == 0
    assert capsys.readouterr().out.startswith("About this guide\n")


@pytest.mark.parametrize("command", [["list"], ["show", "about"], ["check-content"],
                                     ["search", "x"], ["decide", "--facts-list"],
                                     ["export-pdf", "--quick-reference", "--out", "x.pdf"],
                                     ["build-index", "--output", "x"]])
def test_every_command_takes_lang(command):
    from desktop_app.cli import build_parser

    args = build_parser().parse_args([*command, "--lang", "fr"])
    assert args.lang == "fr"


def test_a_bad_language_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--lang", "de", "list"])
    assert exc.value.code == 2 and "unknown language 'de'" in capsys.readouterr().err


def test_untranslated_sections_are_marked_in_french(capsys):
    assert main(["--content", str(FIXTURE), "--lang", "fr", "show", "fippa"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("FIPPA") and "Pas encore traduit" in out
    assert main(["--content", str(FIXTURE), "--lang", "fr", "list"]) == 0
    captured = capsys.readouterr()
    assert "[fippa]  (en anglais)" in captured.out and "[about]  (en" not in captured.out
    assert "7 section(s) pas encore traduite(s)" in captured.err


def test_check_content_reports_french_separately_until_complete(copy, capsys):
    shutil.copyfile(FIXTURE.parent / "print_content" / "statutes.yaml", copy / "statutes.yaml")
    (copy / "verified-provisions.yaml").write_text("acts: {}\nprovisions: []\n",
                                                   encoding="utf-8")
    sec = copy / "fr" / "sections" / "phipa.md"
    _edit(sec, "sectors: [health, justice]", "sectors: [health]")
    main(["--content", str(copy), "check-content"])
    out = capsys.readouterr().out
    assert "French translation (in progress, not counted" in out
    assert "'sectors' is [health] in French" in out
    # asked for, French problems count (and are said in French)
    assert main(["--content", str(copy), "check-content", "--lang", "fr"]) == 1
    out = capsys.readouterr().out
    assert "pas encore de traduction française" in out and "«\u00a0sectors\u00a0»" in out


def test_check_content_counts_french_once_complete(copy, capsys):
    (copy / "verified-provisions.yaml").write_text("acts: {}\nprovisions: []\n",
                                                   encoding="utf-8")
    for en in (copy / "sections").glob("*.md"):
        target = copy / "fr" / "sections" / en.name
        if not target.exists():
            text = en.read_text(encoding="utf-8")
            digest = hashlib.sha256(en.read_bytes()).hexdigest()
            target.write_text(text.replace("\n---\n", f"\nsource_sha256: {digest}\n---\n", 1),
                              encoding="utf-8")
    main(["--content", str(copy), "check-content"])
    out = capsys.readouterr().out
    assert "French translation: 9 of 9 sections" in out
    assert "in progress" not in out


# -- the language setting -------------------------------------------------------------------

@pytest.mark.parametrize(("name", "lang"), [
    ("fr_CA.UTF-8", "fr"), ("fr-CA", "fr"), ("fr", "fr"), ("French_Canada.1252", "fr"),
    ("fr_FR@euro", "fr"), ("en_CA.UTF-8", "en"), ("en-US", "en"), ("English_Canada.1252", "en"),
    ("C", None), ("POSIX", None), ("", None), (None, None), ("es_MX", None), ("de", None),
])
def test_locale_names_map_to_a_language(name, lang):
    from desktop_app.language import language_for_locale

    assert language_for_locale(name) == lang


@pytest.mark.parametrize(("env", "lang"), [
    ({"LANG": "fr_CA.UTF-8"}, "fr"),
    ({"LANG": "en_CA.UTF-8"}, "en"),
    ({"LANGUAGE": "fr_CA:en", "LANG": "en_US.UTF-8"}, "fr"),
    ({"LC_ALL": "en_CA.UTF-8", "LANG": "fr_CA.UTF-8"}, "en"),
    ({"LC_MESSAGES": "fr_FR.UTF-8"}, "fr"),
    ({"LANG": "es_ES.UTF-8"}, "en"),  # a third language: English, the guide's original
    ({}, "en"),
])
def test_os_language_follows_the_environment(env, lang):
    from desktop_app.language import os_language

    assert os_language(env) == lang


def test_pythons_locale_is_asked_last_and_only_when_nothing_else_says(monkeypatch):
    """Qt's locale and the environment first; Python's locale module (imported only then)
    decides when neither names French or English."""
    import locale

    import PySide6.QtCore

    from desktop_app.language import os_language

    class _NoLanguage:
        @staticmethod
        def system() -> _NoLanguage:
            return _NoLanguage()

        def uiLanguages(self) -> list[str]:  # noqa: N802 - Qt's name
            return []

        def name(self) -> str:
            return "C"

    asked: list[bool] = []
    monkeypatch.setattr(PySide6.QtCore, "QLocale", _NoLanguage)
    monkeypatch.setattr(locale, "getlocale", lambda *_a: asked.append(True) or ("fr_CA", "UTF-8"))
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    assert os_language() == "fr" and asked
    asked.clear()
    monkeypatch.setenv("LANG", "en_CA.UTF-8")
    assert os_language() == "en" and not asked


def test_settings_language_follows_the_os_at_first_start_then_the_choice(tmp_path, monkeypatch):
    from desktop_app import language
    from desktop_app.settings import Settings

    monkeypatch.setattr(language, "os_language", lambda environ=None: "fr")
    path = tmp_path / "settings.ini"
    s = Settings(path).load()
    assert s.language == "fr"
    s.language = "en"
    assert Settings(path).load().language == "en"  # the choice is remembered, not the OS
    with pytest.raises(ValueError):
        s.language = "de"
    path.write_text("[view]\nlanguage=klingon\n", encoding="utf-8")
    assert Settings(path).load().language == "fr"  # a bad value: the OS's again


def test_search_and_decide_speak_french(capsys):
    assert main(["--content", str(FIXTURE), "--lang", "fr", "search", "securite"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1 résultat\u00a0:") and "LPRPS" in out and "sécurité" in out
    assert main(["--content", str(FIXTURE), "--lang", "fr", "search", "zzzqqq"]) == 0
    assert "Aucun résultat pour «\u00a0zzzqqq\u00a0»." in capsys.readouterr().out
    assert main(["--content", str(FIXTURE), "--lang", "fr", "decide", "--facts",
                 "danger=no"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Question suivante [organization]\u00a0:")
    assert "Pourquoi cette question" in out and "Répondez avec" in out


def test_a_translation_shares_the_english_verified_provisions(copy):
    from content.provisions import load_verified

    (copy / "verified-provisions.yaml").write_text(
        "acts:\n  PHIPA: {text: \"shared/statutes/phipa.txt\", current_to: 2023-12-18}\n"
        "provisions:\n  - {cite: \"PHIPA s. 40(1)\", checked: 2026-12-06}\n", encoding="utf-8")
    fr = load_library(copy, language="fr")
    verified = load_verified(fr.root)
    assert "PHIPA s. 40(1)" in verified and "PHIPA" in verified.acts


def test_agency_sections_are_found_from_the_french_folder(tmp_path):
    from desktop_app.content_source import AGENCY_LIST, agency_sections

    (tmp_path / "fr").mkdir()
    (tmp_path / AGENCY_LIST).write_text("our-shelter\n", encoding="utf-8")
    assert agency_sections(tmp_path / "fr") == frozenset({"our-shelter"})
    assert agency_sections(tmp_path) == frozenset({"our-shelter"})


def test_the_app_opens_in_french_with_lang(make_window):  # noqa: F811
    window = make_window(FIXTURE, index=False, extra=("--lang", "fr"))
    lib = window.library
    assert lib.language == "fr" and lib.section("about").title == "À propos de ce guide"
    assert lib.extras["decisions"]["share"].title.startswith("Puis-je")
    hits = window.search_index.search("securite").hits
    assert hits and hits[0].section_id == "phipa" and hits[0].title.startswith("LPRPS")


def test_french_is_offered_only_once_complete(copy):
    from content.parity import translation_ready

    assert not translation_ready(FIXTURE)
    assert not translation_ready(copy / "no-such-folder")
    shipped = parity_report(load_library(language="fr"))
    assert translation_ready() == (shipped.complete and not shipped.problems)


def test_an_outcomes_route_sentence_is_prose_but_a_questions_route_rules_are_not(tmp_path):
    en = tmp_path / "decisions"
    fr = tmp_path / "fr" / "decisions"
    en.mkdir()
    fr.mkdir(parents=True)
    flow = ("id: share\nquestions:\n  - id: q\n    route:\n      - when: {{x: y}}\n"
            "        goto: {goto}\noutcomes:\n  - id: o\n    route: {route}\n")
    (en / "share.yaml").write_text(flow.format(goto="o", route="Consent (PHIPA s. 18(3))"),
                                   encoding="utf-8")
    (fr / "share.yaml").write_text(
        flow.format(goto="o", route="Consentement (par. 18 (3) de la LPRPS)"), encoding="utf-8")
    assert flow_mismatches(tmp_path, tmp_path / "fr", "share") == []
    (fr / "share.yaml").write_text(
        flow.format(goto="q", route="Consentement (par. 18 (3) de la LPRPS)"), encoding="utf-8")
    problems = flow_mismatches(tmp_path, tmp_path / "fr", "share")
    assert len(problems) == 1 and problems[0].line == 6 and "goto" in problems[0].message
