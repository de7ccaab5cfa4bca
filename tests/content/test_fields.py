"""One field validator for every content file: sections and decision flows follow the same
rules (content.fields), reported once each as path:line."""

from __future__ import annotations

from pathlib import Path

from content.decision import parse_flow_text
from content.fields import Fields, Problems
from tests.tools.flow_support import GOOD


def _fields(data):
    got: list[tuple[int, str]] = []  # each message's English (it is a kind and its values)
    problems = Problems(Path("x.yaml"), {("k",): 7, ("items",): 9},
                        lambda _p, line, msg: got.append((line, msg.text)))
    return Fields(data, problems, ()), problems, got


def test_a_bare_string_is_not_a_list():
    f, _p, got = _fields({"items": "one"})
    assert f.str_list("items") == () and not f.ok
    assert got == [(9, "'items' must be a list of text items, like [a, b]")]


def test_empty_items_are_reported_and_dropped():
    f, _p, got = _fields({"items": ["a", "  ", "b "]})
    assert f.str_list("items") == ("a", "b") and not f.ok
    assert "empty item" in got[0][1]


def test_text_is_stripped_and_collapsed_only_on_request():
    f, _p, _got = _fields({"k": "  two\n lines  "})
    assert f.text("k") == "two\n lines"
    assert f.text("k", collapse=True) == "two lines"


def test_the_same_problem_is_reported_once_and_warnings_are_not_fatal():
    f, problems, got = _fields({"k": 3})
    f.text("k")
    f.text("k")
    assert got == [(7, "'k' must be text, not int")]
    f2, problems2, got2 = _fields({"k": "x" * 20})
    f2.text("k", limit=10)
    assert f2.ok and not problems2.fatal and got2


def test_flows_now_reject_a_bare_string_list_like_sections_do():
    bad = GOOD.replace("why: Safety first.\n", "why: Safety first.\n    related: s2\n", 1)
    assert bad != GOOD
    flow, problems = parse_flow_text(bad, section_exists=lambda s: True)
    assert flow is None
    assert any("'related' must be a list of text items, like [a, b]" in m for _l, m in problems)
