"""The flow validator: every path ends at an outcome, no cycles, no dead or unreachable
steps, canonical provisions, existing sections; problems come back as path:line."""

from __future__ import annotations

import shutil
import textwrap

import pytest

from content import load_library
from content.decision import DecisionSession, parse_flow_text
from tests.tools.flow_support import GOOD

SECTIONS = {"s1", "s2"}


def parse(text: str, sections=SECTIONS):
    return parse_flow_text(text, "decisions/flow.yaml", section_exists=sections.__contains__)


def messages(problems):
    return [m for _line, m in problems]


def test_good_flow_parses_without_problems():
    flow, problems = parse(GOOD)
    assert problems == [] and flow is not None
    s = DecisionSession(flow)
    s.start()
    s.answer("no")
    s.answer("unsure")
    assert s.confirm().id == "o-consult"
    assert s.summary().provisions == ("PHIPA s. 18(3)",)


def test_dead_end_is_reported_with_its_line():
    text = GOOD.replace("      - goto: o-consult\n", "")
    flow, problems = parse(text)
    assert flow is None
    (line, msg), = [p for p in problems if "dead end" in p[1]]
    assert "q2" in msg and "law=unsure" in msg
    assert text.splitlines()[line - 1].strip() == "route:"


def test_cycle_is_reported():
    text = GOOD.replace("      - goto: o-consult", "      - goto: q1")
    flow, problems = parse(text)
    assert flow is None
    assert any("cycle" in m for m in messages(problems))


def test_unreachable_question_and_outcome_are_reported():
    extra = textwrap.indent(textwrap.dedent("""\
        - id: q3
          fact: other
          text: Never asked?
          why: Because.
          section: s1
          choices:
            - {value: a, label: A, next: o-consult}
            - {value: unsure, label: Not sure, not_sure: true, next: o-consult}
        """), "  ")
    text = GOOD.replace("outcomes:\n", extra + "outcomes:\n")
    flow, problems = parse(text)
    assert flow is None
    assert any("'q3' cannot be reached" in m for m in messages(problems))


def test_question_without_not_sure_is_rejected():
    text = GOOD.replace("        not_sure: true\n    route:", "    route:")
    flow, problems = parse(text)
    assert flow is None
    assert any("needs a 'not sure' answer" in m for m in messages(problems))


def test_dangling_section_is_reported_but_the_flow_still_loads():
    text = GOOD.replace("sections: [s2]", "sections: [no-such-section]")
    flow, problems = parse(text)
    assert flow is not None
    (line, msg), = problems
    assert msg == "link to section 'no-such-section', which does not exist"
    assert "no-such-section" in text.splitlines()[line - 1]


@pytest.mark.parametrize("old, new, expected", [
    ("provisions: [PHIPA s. 40(1)]", "provisions: [PHIPA 40(1)]", "malformed provision"),
    ("    why: Safety first.\n", "    why: Safety first.\n    colour: red\n",
     "unknown key 'colour'"),
    ('      - value: "yes"\n', "      - value: yes\n", "'value' must be text"),
    ("verdict: consult", "verdict: maybe", "'verdict' must be one of"),
    ("    provisions_reason: Emergency first.\n", "", "cites no provisions"),
    ("    title: You may share\n",
     "    title: You may share\n    status: check-official-text\n",
     "add 'check_note'"),
    ("notice: {required: conditional, text: Maybe., safety: Careful.}",
     "notice: {required: conditional, text: Maybe.}", "add 'safety'"),
    ("      - when: {law: phipa}", "      - when: {law: fippa}", "'fippa' is not a value of"),
    ("continue_with: {danger: \"no\"}", "continue_with: {danger: never}",
     "'never' is not a value of 'danger'"),
    ("start: q1", "start: nowhere", "start 'nowhere' is not a question"),
    ("        next: q2\n", "        next: q9\n", "'q9' is not a question or outcome"),
])
def test_structural_problems_are_fatal_and_name_the_line(old, new, expected):
    text = GOOD.replace(old, new, 1)
    assert text != GOOD
    flow, problems = parse(text)
    hits = [(line, m) for line, m in problems if expected in m]
    assert hits, problems
    assert flow is None
    assert all(line > 0 for line, _ in hits)


def test_non_canonical_citation_in_text_is_reported():
    text = GOOD.replace("plain: Under PHIPA s. 40(1).", "plain: Under PHIPA s. 40(1)(zz).")
    _flow, problems = parse(text)
    assert any("'PHIPA s. 40(1)(zz)' in the text is not canonical" in m
               for m in messages(problems))


def test_asking_the_same_fact_twice_on_a_path_is_reported():
    text = GOOD.replace("    fact: law\n", "    fact: danger\n").replace(
        "{law: phipa}", "{danger: phipa}").replace("{law: unsure}", "{danger: unsure}")
    flow, problems = parse(text)
    assert flow is None
    assert any("asks 'danger' again" in m for m in messages(problems))


def test_invalid_yaml_is_reported_with_a_line():
    flow, problems = parse(GOOD + "  - : : :\n   bad")
    assert flow is None and problems and problems[0][0] > 0


def test_loader_reports_dangling_links_through_check_content(tmp_path, capsys):
    """The shipped flow, copied with one bad link, fails check-content with path:line."""
    from content.loader import data_root
    from desktop_app.cli import main

    root = tmp_path / "content"
    shutil.copytree(data_root(), root)
    path = root / "decisions" / "share.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("section: principle-consent-first", "section: gone-missing", 1)
    path.write_text(text, encoding="utf-8")
    expected_line = next(i for i, line in enumerate(text.splitlines(), 1)
                         if "gone-missing" in line)
    library = load_library(root)
    mine = [p for p in library.problems if p.path.endswith("share.yaml")]
    assert [(p.line, p.message) for p in mine] == [
        (expected_line, "link to section 'gone-missing', which does not exist")]
    assert "share" in library.extras["decisions"]  # still usable
    assert main(["--content", str(root), "check-content"]) == 1
    assert f"share.yaml:{expected_line}: link to section 'gone-missing'" in capsys.readouterr().out


def test_broken_flow_is_left_out_and_decide_says_so(tmp_path, capsys):
    from content.loader import data_root
    from desktop_app.cli import main

    root = tmp_path / "content"
    shutil.copytree(data_root(), root)
    path = root / "decisions" / "share.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "      - goto: share-only-with-consent\n", ""), encoding="utf-8")
    library = load_library(root)
    assert "share" not in library.extras["decisions"]
    assert any("dead end" in p.message for p in library.problems)
    assert main(["--content", str(root), "decide", "--facts", "danger=no"]) == 1
    err = capsys.readouterr().err
    assert "dead end" in err and "No decision flow 'share'" in err
