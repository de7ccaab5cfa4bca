"""The command line and the decision map in French (issue 20: "no English string anywhere
in ... the CLI"): ``decide`` (every mode), ``check-content``, the text map and the map
printout's tree, checked with the same word lists as the interface walk
(tests/tools/words.py); English stays English, and as it was.

What may stay English in French output, and why:

- machine values the user types or scripts read: ``[ids]`` in brackets, ``KEY=VALUE``
  facts, ``--options``, the value column of ``decide`` (``yes``, ``youth``...);
- the French content's own English: its check notes quote the English text of the Acts
  (the official French is not available to us) and its sources keep their English titles;
  every such word is in the French flow or sections themselves (:func:`content_english`);
- proper names and short forms (:data:`PROPER`).
"""

from __future__ import annotations

import json
import re

import pytest

from content import load_library
from content.decision import MAP_WORDS, all_paths, flow_map, format_flow_map, path_tree
from desktop_app.cli import main
from tests.tools.words import foreign_words, words_of

#: Proper names and short forms that are the same in both languages (or not words).
PROPER = ("Ontario", "Canada", "ipv", "guide", "FIPPA", "MFIPPA", "PHIPA", "CYFSA", "PIPEDA",
          "LAIPVP", "LAIMPVP", "LPRPS", "LSEJF", "LPRPDE", "CIPVP", "JSON", "ID")
#: Words of the English output that are French too, and not French text: "CAS" (children's
#: aid society) and "GUI" (graphical interface), as test_i18n allows them.
PROPER_EN = (*PROPER, "cas", "foi", "GUI")
FACTS = ("danger=no,child_protection_concern=no,organization=phipa,recipient=police,"
         "police_request=asked,consent=refused,risk=serious,institution=no")


@pytest.fixture(scope="module")
def libraries():
    return {"en": load_library(language="en"), "fr": load_library(language="fr")}


@pytest.fixture(autouse=True)
def _libraries_once(libraries, monkeypatch):
    """Load each language's shipped library once (the YAML is slow to read)."""
    from desktop_app.cli import content_cmds

    real = content_cmds.load_for_cli

    def load(args, *, note: bool = True):
        if args.content is None and getattr(args, "lang", "en") in libraries:
            return libraries[args.lang]
        return real(args, note=note)

    monkeypatch.setattr(content_cmds, "load_for_cli", load)


def run(capsys, lang: str, *argv: str, basedir=None) -> tuple[int, str, str]:
    """``ipv-guide --lang LANG ARGV...`` -> (exit code, stdout, stderr); --help included."""
    line = ["--lang", lang, *argv]
    try:
        code = main(line)
    except SystemExit as exc:  # --help, usage errors
        code = int(exc.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err


def machine_free(text: str) -> str:
    """``text`` without what the user types or scripts read: ``[ids]``, a single id in
    quotes (« danger »), ``KEY=VALUE`` facts, lists of ids (``a, b, c`` and ``a|b|c``),
    ``--options``, ``ipv-guide`` and its subcommand names, and the value column of a
    question's answers (four spaces, the value, spaces)."""
    text = re.sub(r"^    \S+ +", "    ", text, flags=re.M)
    text = re.sub(r"\[[^\]\s]+\]", " ", text)
    text = re.sub(r"«\u00a0[\w-]+\u00a0»", " ", text)
    text = re.sub(r"\b[a-z_-]+(?:, [a-z_-]+){2,}\b", " ", text)
    text = re.sub(r"\S+\|\S+", " ", text)
    text = re.sub(r"\S+=\S+", " ", text)
    text = re.sub(r"--[a-z-]+", " ", text)
    return re.sub(r"ipv-guide( (decide|show|check-content|list))?", " ", text)


_CONTENT_ENGLISH: dict[int, set[str]] = {}


def content_english(library) -> set[str]:
    """The English words the French content holds itself (quotes of the Acts' English text,
    English titles of sources, Latin and legal terms), as prose: the check passes them."""
    if id(library) not in _CONTENT_ENGLISH:
        _CONTENT_ENGLISH[id(library)] = _content_english(library)
    return _CONTENT_ENGLISH[id(library)]


def _content_english(library) -> set[str]:
    flow = library.flows["share"]
    data = flow_map(flow)
    data.pop("paths")
    prose = json.dumps(data, ensure_ascii=False)
    # ids are English: keep only the values of prose keys
    texts = re.findall(r'"(?:text|why|help|label|title|plain|conditions|safety|record|'
                       r'check_note|consequence|route|provisions_reason)": "((?:[^"\\]|\\.)*)"',
                       prose)
    texts += [flow.disclaimer, flow.intro, *flow.record_always]
    for o in data["outcomes"]:
        texts += o["conditions"] + o["record"]
    texts += [s.title for s in library.sections]
    return {w.casefold() for t in texts for w in foreign_words(t, "fr")}


def english_left(text: str, library) -> list[str]:
    """English words in ``text`` beyond machine values, :data:`PROPER`, the flows' ids
    (typed after --flow) and the French content's own English."""
    allowed = (*PROPER, *library.flows, *content_english(library))
    return sorted(set(foreign_words(machine_free(text), "fr", allowed=allowed)))


# -- decide -------------------------------------------------------------------------------

def _facts(path) -> str:
    return ",".join(f"{k}={v}" for k, v in path.facts.items())


@pytest.fixture(scope="module")
def decide_cases(libraries) -> dict[str, list[str]]:
    """Every kind of ``decide`` text output: an outcome with notice "conditional", roles
    and provisions; one with another route; an urgent one carried on past (FIRST:); the
    next question; the facts list; the map; --help; each kind of error."""
    flow = libraries["en"].flows["share"]
    paths = all_paths(flow)
    alternative = next(p for p in paths if flow.outcomes[p.outcome].alternatives)
    consult = next(p for p in paths if flow.outcomes[p.outcome].consult
                   and not flow.outcomes[p.outcome].provisions)
    return {
        "outcome": ["decide", "--facts", FACTS],
        "alternative": ["decide", "--facts", _facts(alternative)],
        "consult": ["decide", "--facts", _facts(consult)],
        "first": ["decide", "--facts", "danger=yes,child_protection_concern=no,"
                  "organization=phipa"],
        "unused": ["decide", "--facts", "danger=yes,purpose=consistent"],
        "next-question": ["decide", "--facts", "danger=no"],
        "facts-list": ["decide", "--facts-list"],
        "help": ["decide", "--help"],
        "unknown-fact": ["decide", "--facts", "bogus=1"],
        "bad-value": ["decide", "--facts", "danger=maybe"],
        "not-key-value": ["decide", "--facts", "danger"],
        "given-twice": ["decide", "--facts", "danger=no", "--facts", "danger=yes"],
        "no-flow": ["decide", "--flow", "nope"],
        "usage": ["decide", "--map", "--facts-list"],
    }


def test_decide_in_french_has_no_english(capsys, libraries, decide_cases):
    found = {}
    for name, argv in decide_cases.items():
        code, out, err = run(capsys, "fr", *argv)
        assert out or err, name
        bad = english_left(out + err, libraries["fr"])
        if bad:
            found[name] = bad
    assert not found, found


def test_the_check_finds_english_where_there_is_some(capsys, libraries, decide_cases):
    """The same check on the English output finds English in every case (it can fail)."""
    for name in ("outcome", "next-question", "help", "unknown-fact", "no-flow"):
        _code, out, err = run(capsys, "en", *decide_cases[name])
        assert english_left(out + err, libraries["fr"]), name


def test_decide_in_french_says_notice_roles_citations_and_sections_in_french(capsys,
                                                                              libraries):
    _code, out, _err = run(capsys, "fr", "decide", "--facts", FACTS)
    assert "Dispositions\u00a0: par. 40 (1) de la LPRPS" in out
    assert "PHIPA s. 40(1)" not in out
    assert "(parfois obligatoire)\u00a0:" in out and "conditional" not in out
    assert "Responsable de la protection de la vie privée" in out
    assert "privacy-officer" not in out
    serious = libraries["fr"].section("phipa-serious-harm").title
    assert " ".join(serious.split()[:4]) in " ".join(out.split())
    assert "[phipa-serious-harm]" in out  # the id, to type after show
    assert "(ipv-guide show IDENTIFIANT)" in out


def test_decide_errors_in_french(capsys):
    code, _out, err = run(capsys, "fr", "decide", "--facts", "danger=maybe")
    assert code == 2
    assert "«\u00a0maybe\u00a0» n'est pas une valeur possible de «\u00a0danger\u00a0»" in err
    assert "yes|no|unsure" in err
    code, _out, err = run(capsys, "fr", "decide", "--facts", "danger=no", "--facts",
                          "danger=yes")
    assert code == 2 and "«\u00a0danger\u00a0» est donné deux fois" in err
    code, _out, err = run(capsys, "fr", "decide", "--flow", "nope")
    assert code == 1 and "Aucun parcours de décision «\u00a0nope\u00a0»" in err


def test_every_fact_error_has_a_kind_the_cli_words():
    """Each FactError the engine raises carries a kind and the fields its French needs."""
    from content.decision import FactError, check_facts, parse_facts
    from desktop_app.cli.decide_cmds import _fact_error
    from desktop_app.i18n import cli_words

    flow = load_library().flows["share"]
    raised = []
    for call in (lambda: check_facts(flow, {"bogus": "1"}),
                 lambda: check_facts(flow, {"danger": "maybe"}),
                 lambda: parse_facts("danger"), lambda: parse_facts("danger=no,danger=yes")):
        with pytest.raises(FactError) as info:
            call()
        raised.append(info.value)
    assert [e.kind for e in raised] == ["unknown-fact", "bad-value", "not-key-value",
                                        "given-twice"]
    with cli_words("en"):
        assert [_fact_error(e) for e in raised] == [str(e) for e in raised]
    with cli_words("fr"):
        assert all(_fact_error(e) != str(e) for e in raised)


def test_english_decide_output_is_as_it_was(capsys):
    """English keeps its ids, canonical citations and notice values (scripts read them)."""
    _code, out, _err = run(capsys, "en", "decide", "--facts", FACTS)
    assert "Provisions: PHIPA s. 40(1)\n" in out
    assert "\nNotice afterwards (conditional):\n" in out
    assert "\nWho to ask (by role): privacy-officer, supervisor\n" in out
    assert "\nRead more: phipa-serious-harm, serious-harm-tests," in out
    assert "  (ipv-guide show SECTION_ID)\n" in out
    _code, out, _err = run(capsys, "en", "decide", "--facts", "danger=no")
    assert "--facts child_protection_concern=VALUE, one of:" in out


def test_english_decide_output_has_no_french(capsys, decide_cases):
    found = {}
    for name, argv in decide_cases.items():
        _code, out, err = run(capsys, "en", *argv)
        bad = foreign_words(machine_free(out + err), "en", allowed=PROPER_EN)
        if bad:
            found[name] = sorted(set(bad))
    assert not found, found


def test_json_stays_machine_data_in_french(capsys):
    """--json is for scripts: the same keys and machine values in both languages."""
    _c, en, _e = run(capsys, "en", "decide", "--facts", FACTS, "--json")
    _c, fr, _e = run(capsys, "fr", "decide", "--facts", FACTS, "--json")
    en_d, fr_d = json.loads(en), json.loads(fr)
    assert en_d.keys() == fr_d.keys()
    for key in ("outcome_id", "verdict", "provisions", "consult", "sections",
                "notice_required", "duty_to_report"):
        assert en_d[key] == fr_d[key], key
    assert fr_d["notice"]["required"] == "conditional"


# -- check-content ------------------------------------------------------------------------

def test_check_content_in_french(capsys, libraries, tmp_path):
    code, out, err = run(capsys, "fr", "check-content", "--stats")
    assert code == 0, err
    assert "Contenu valide\u00a0: " in out and "Traduction française\u00a0: " in out
    assert "Termes du glossaire\u00a0: " in out
    assert english_left(out + err, libraries["fr"]) == []
    code, out, _err = run(capsys, "en", "check-content", "--stats")
    assert "Content OK: " in out and "\nglossary_terms: " in out
    assert foreign_words(out, "en", allowed=PROPER_EN) == []


def test_check_content_counts_problems_in_french(capsys, tmp_path):
    """A broken guide: the count of problems in French; the problems themselves are the
    content checker's, with file and line (English: see the module's docstring)."""
    import shutil

    from tests.tools.app_support import APP_CONTENT

    broken = tmp_path / "content"
    shutil.copytree(APP_CONTENT, broken)
    section = next((broken / "sections").glob("*.md"))
    section.write_text(section.read_text(encoding="utf-8").replace("title:", "titel:", 1),
                       encoding="utf-8")
    code, out, err = run(capsys, "fr", "--content", str(broken), "--basedir", str(tmp_path),
                         "check-content")
    assert code == 1
    assert re.search(r"^\d+ problème\(s\) trouvé\(s\)\.$", err, flags=re.M), err
    assert "titel" in out + err  # the problem itself, with its file and line


# -- the decision map ---------------------------------------------------------------------

def test_map_in_french_names_things_by_their_french_words(capsys, libraries):
    code, out, _err = run(capsys, "fr", "decide", "--map")
    assert code == 0
    flow = libraries["fr"].flows["share"]
    assert "RÉSULTAT 1\u00a0: " in out and "OUTCOME" not in out
    assert "(comme [" in out and "same as" not in out
    for q in flow.questions.values():
        if "_" in q.fact:  # an id that is no word in either language
            assert q.fact not in out, q.fact  # no fact named by its id, anywhere
    for o in flow.outcomes.values():
        assert f"\u00a0: {o.title}" in out, o.id
    first = flow.questions[flow.start]
    assert f"  Q1\u00a0: {first.text}" in out
    assert english_left(out, libraries["fr"]) == []


def test_map_in_english_is_the_engines_map(capsys, libraries):
    """English: the notation with ids, exactly as the engine prints it."""
    _code, out, _err = run(capsys, "en", "decide", "--map")
    assert out == format_flow_map(libraries["en"].flows["share"], 88)
    assert "  Q danger: " in out and "->  OUTCOME call-911" in out


def test_map_words_are_the_engines_english_words():
    """desktop_app.decision.map_words translates exactly the engine's English templates."""
    from desktop_app.decision.map_words import _templates

    assert _templates() == dict(MAP_WORDS)


def test_path_tree_is_data_that_covers_the_flow(libraries):
    flow = libraries["en"].flows["share"]
    lines = path_tree(flow)
    assert {ln.outcome for ln in lines if ln.outcome} == set(flow.outcomes)
    assert {ln.question for ln in lines} == set(flow.questions)
    tags_seen: set[str] = set()
    for ln in lines:
        if ln.kind == "question" and ln.tag:
            tags_seen.add(ln.tag)
        if ln.kind == "same":
            assert ln.tag in tags_seen  # refers to a block given before
    first = [ln for ln in lines if ln.kind == "question" and ln.first]
    assert len(first) == len({ln.question for ln in first}) == len(flow.questions)


def test_map_printout_tree_in_french(qapp, libraries):
    from desktop_app import i18n, printouts
    from tests.tools.print_support import text_of

    i18n.set_language("fr")
    try:
        job = printouts.decision_map_from_library(libraries["fr"])
    finally:
        i18n.set_language("en")
    text = text_of(job.html)
    assert "RÉSULTAT" in text and "OUTCOME" not in text and "same as" not in text
    assert "<b>RÉSULTAT 1\u00a0: " in job.html and "<b>Q1</b>" in job.html
    assert "la réponse à Q" in text  # routing and notes: questions and answers by name
    for fact in ("organization", "child_protection_concern", "org_kind"):
        assert fact not in text, fact
    english = foreign_words(text, "fr", allowed=(*PROPER, *content_english(libraries["fr"])))
    assert not english, sorted(set(english))


def test_map_printout_in_english_keeps_its_notation(qapp, libraries):
    from desktop_app import i18n, printouts
    from tests.tools.print_support import text_of

    i18n.set_language("en")
    job = printouts.decision_map_from_library(libraries["en"])
    assert "<b>OUTCOME call-911</b>" in job.html and "<b>Q danger</b>" in job.html
    text = text_of(job.html)
    assert "the answer to Q" in text
    assert not foreign_words(" ".join(words_of(text)), "en", allowed=PROPER_EN)


def test_every_outcome_in_french_has_no_english(capsys, libraries):
    """One path to each outcome (and each outcome with its other routes): the whole text
    output in French, no English beyond what the module's docstring allows."""
    flow = libraries["en"].flows["share"]
    found, seen = {}, set()
    for path in all_paths(flow):
        if path.outcome in seen:
            continue
        seen.add(path.outcome)
        code, out, err = run(capsys, "fr", "decide", "--facts", _facts(path))
        assert code == 0, err
        bad = english_left(out + err, libraries["fr"])
        if bad:
            found[path.outcome] = bad
    assert seen == set(flow.outcomes)
    assert not found, found


def test_show_in_french_cites_in_french_legal_style(capsys):
    _code, out, _err = run(capsys, "fr", "show", "phipa-serious-harm")
    line = next(ln for ln in out.splitlines() if ln.startswith("Dispositions"))
    assert line.startswith("Dispositions\u00a0: par. 40 (1) de la LPRPS\u00a0; ")
    assert "PHIPA" not in line
    _code, out, _err = run(capsys, "en", "show", "phipa-serious-harm")
    assert "\nProvisions: PHIPA s. 40(1); PHIPA s. 16(2);" in out


def test_search_names_the_laws_in_the_language_of_the_command_line(capsys, tmp_path):
    """The laws a result concerns, after its title: French short forms in French (LPRPS,
    not PHIPA), the English ones in English."""
    code, out, _err = run(capsys, "fr", "--basedir", str(tmp_path), "search", "police",
                          "--limit", "5")
    tags = re.findall(r"\[([A-Z][^\]]*)\]", out)
    assert code == 0 and tags, out
    laws = {law.strip() for tag in tags for law in tag.split(",")}
    assert laws & {"LAIPVP", "LAIMPVP", "LPRPS", "LSEJF", "LPRPDE"}, out
    assert not laws & {"FIPPA", "MFIPPA", "PHIPA", "CYFSA", "PIPEDA"}, out
    code, out, _err = run(capsys, "en", "--basedir", str(tmp_path), "search", "police",
                          "--limit", "5")
    laws = {law.strip() for tag in re.findall(r"\[([A-Z][^\]]*)\]", out)
            for law in tag.split(",")}
    assert code == 0 and laws and not laws & {"LAIPVP", "LPRPS", "LSEJF"}, out
