"""The content checker's messages are kinds with named values (content/messages.py;
the kinds and their English templates: content/problem_kinds/).

- English stays byte for byte what it was: every broken copy of tests/tools/broken_content.py
  gives the lines of its golden file (tests/data/problem_golden/, written by the checker
  before its messages became kinds);
- every problem carries its kind, and its English text is the kind's template filled in;
- no message in content/ is a bare string any more (a new f-string message fails here), and
  every kind the code names exists (and every template is used).
"""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from content.errors import Problem
from content.messages import TEMPLATES, Msg, msg, render
from tests.tools.broken_content import CASES, make_copy, problem_lines

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "data" / "problem_golden"
CONTENT = ROOT / "content"


def _problems(root: Path) -> list[Problem]:
    from content import ContentError, load_library
    from content.parity import french_load_problems, parity_report
    from content.validate import editorial_problems

    try:
        english = load_library(root)
    except ContentError as exc:
        return list(exc.problems)
    out = [*english.problems, *editorial_problems(english)]
    french = load_library(root, language="fr")
    return out + [*french_load_problems(french), *parity_report(french).problems]


@pytest.mark.parametrize("case", sorted(CASES))
def test_english_problem_lines_are_byte_identical_to_the_golden_file(case, tmp_path):
    root = make_copy(case, tmp_path)
    golden = (GOLDEN / f"{case}.txt").read_text(encoding="utf-8")
    assert "\n".join(problem_lines(root)) + "\n" == golden


def _kinds(m: Msg) -> set[str]:
    out = {m.kind}
    for _name, value in m.params:
        if isinstance(value, Msg):
            out |= _kinds(value)
    return out


def test_every_problem_carries_its_kind_and_its_english_is_the_template(tmp_path):
    seen: set[str] = set()
    for case in sorted(CASES):
        root = make_copy(case, tmp_path / case)
        for p in _problems(root):
            assert p.msg is not None, f"{case}: {p} has no message kind"
            assert p.kind == p.msg.kind in TEMPLATES
            assert p.message == p.msg.text == render(p.msg)
            assert str(p) == f"{p.path}:{p.line}: {p.message}"
            seen |= _kinds(p.msg)
    # the broken copies reach a good part of the kinds (the rest: the module tests)
    assert len(seen) >= 110, len(seen)


def test_a_message_is_its_kind_and_values_and_nests():
    m = msg("unknown-key", key="colour", what=msg("part-question"), allowed="a, b")
    assert m.text == "unknown key 'colour' in question; allowed: a, b"
    # a translation renders the nested part through the same lookup
    assert render(m, lambda t: "<" + t + ">") == \
        "<unknown key 'colour' in <question>; allowed: a, b>"
    assert msg("file-too-large", size=1_234_567, limit=1_000_000).text == \
        "file is too large (1,234,567 bytes; the limit is 1,000,000); ignored"
    with pytest.raises(KeyError):
        msg("no-such-kind")


def _names(template: str) -> list[str]:
    return [f[1] for f in string.Formatter().parse(template) if f[1] is not None]


def test_every_template_renders_with_its_named_values():
    for kind, template in TEMPLATES.items():
        names = _names(template)
        assert all(n and n.isidentifier() for n in names), (kind, names)  # named, never {0}
        values = {n: 7 if n in ("n", "size", "limit", "first", "fr", "en") else "x"
                  for n in names}
        assert msg(kind, **values).text, kind


# -- the code: every message is a kind -----------------------------------------------------

#: Calls that report a problem, and which positional argument is the message.
_REPORTERS = {"add": 2, "err": 1, "warn": 1, "report": 2, "YamlSyntaxError": 1,
              "_ValueProblem": 1, "Problem": 2, "PackError": 0}


def _is_text(node: ast.AST) -> bool:
    """A string literal, an f-string, or text glued together with ``+``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return True
    if isinstance(node, ast.JoinedStr):
        return True
    return isinstance(node, ast.BinOp) and (_is_text(node.left) or _is_text(node.right))


def _content_sources() -> list[Path]:
    return sorted(p for p in CONTENT.rglob("*.py")
                  if p.name != "messages.py" and p.parent.name != "problem_kinds")


def test_no_problem_message_in_content_is_a_bare_string():
    """A message written as a string (``rep.add(path, 0, f"...")``) would stay English in
    French: build a kind in content/problem_kinds/ instead."""
    bare = []
    desktop = sorted((ROOT / "desktop_app").rglob("*.py"))
    for path in [*_content_sources(), *desktop]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            at = _REPORTERS.get(name)
            if at is None or len(node.args) <= at:
                continue
            if path in desktop and name not in ("PackError", "Problem"):
                continue  # the desktop layer's own words are Qt's (self.tr, translate)
            if name == "Problem" or _is_text(node.args[at]):
                bare.append(f"{path.relative_to(ROOT)}:{node.lineno}: {name}(...)")
    assert not bare, "\n".join(bare)


def test_the_check_finds_a_bare_string_message():
    tree = ast.parse('rep.add(path, 0, f"{name} is missing")\nctx.err(at, "bad " + x)\n')
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)]
    assert all(_is_text(c.args[_REPORTERS[c.func.attr]]) for c in calls)


def test_every_kind_named_in_the_code_exists_and_every_template_is_used():
    named: set[str] = set()
    prefixes: set[str] = set()
    for path in [*_content_sources(), *sorted((ROOT / "desktop_app").rglob("*.py"))]:
        text = path.read_text(encoding="utf-8")
        named |= set(re.findall(r'\bmsg\(\s*"([a-z0-9-]*[a-z0-9])"', text))
        prefixes |= set(re.findall(r'\bmsg\(\s*f?"([a-z]+-)\{', text))
        prefixes |= set(re.findall(r'\bmsg\("([a-z-]+-)" \+', text))
        # kinds chosen by a variable: named in the code as plain strings (yamlio._KIND...)
        named |= {k for k in re.findall(r'"([a-z0-9-]+)"', text) if k in TEMPLATES}
    assert named - set(TEMPLATES) == set()
    unused = {k for k in TEMPLATES
              if k not in named and not any(k.startswith(p) for p in prefixes)}
    assert not unused, sorted(unused)


def test_a_bare_string_from_code_not_yet_converted_is_kept_not_a_crash():
    """Code merged from elsewhere that still passes a string: the problem is reported as
    it is (the check above fails on it in content/), never an AttributeError at load."""
    from content.pack import PackError
    from content.yamlio import YamlSyntaxError

    p = Problem.of("a.md", 2, "something odd")
    assert str(p) == "a.md:2: something odd" and p.kind == "untranslated"
    assert YamlSyntaxError(3, "odd").msg.text == "odd"
    assert str(PackError("odd")) == "odd" and PackError("odd").msg.kind == "untranslated"
