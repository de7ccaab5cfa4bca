"""Hostile YAML: aliases ("billion laughs"), values that parse but cannot be built (an
impossible date, an absurd number), duplicate keys and deep nesting are each a problem at
``path:line`` of the one file; nothing hangs, nothing else is lost."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from content import data_root, load_library
from content.yamlio import YamlSyntaxError, line_of, load_with_lines
from tests.tools.hostile_yaml import ALIAS_BOMB

ROOT = Path(__file__).resolve().parents[2]


def test_the_bomb_is_small_and_expands_to_a_billion_items():
    assert len(ALIAS_BOMB.encode()) < 708
    assert ALIAS_BOMB.count("*a") == 80  # 10 items, each level 10 copies of the last: 10**9


def test_a_few_aliases_still_load_and_point_at_the_line_that_uses_them():
    # the shipped decision flow reuses short lists this way
    data, lines = load_with_lines("a: &x [1, 2]\nb: 3\nc: *x\nd:\n  <<: {k: 1}\n", 10)
    assert data["c"] == [1, 2] and data["d"] == {"k": 1}
    assert line_of(lines, "c", 1) == 13


def test_the_bomb_is_refused_at_once_at_the_line_where_it_explodes():
    with pytest.raises(YamlSyntaxError) as err:
        load_with_lines("ok: &ok [1, 2]\nfine: *ok\n" + ALIAS_BOMB)
    assert err.value.line == 7  # lol4: 10**5 values, the first over the limit
    assert "aliases" in str(err.value) and "times" in str(err.value)


def test_a_bomb_of_merge_keys_is_refused():
    text = "a0: &a0 {x: 1, y: 2, z: 3}\n" + "".join(
        f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]\n" for i in range(1, 6)) \
        + "b:\n  <<: *a5\n"
    with pytest.raises(YamlSyntaxError) as err:
        load_with_lines(text)
    assert "aliases" in str(err.value)


def test_an_alias_inside_its_own_value_is_refused():
    with pytest.raises(YamlSyntaxError) as err:
        load_with_lines("a: 1\nb: &x\n  - 2\n  - *x\n")
    assert err.value.line == 4
    assert "contains it" in str(err.value)


def test_deep_nesting_through_aliases_is_refused():
    text = "a0: &a0 [1]\n" + "".join(f"a{i}: &a{i} [*a{i - 1}]\n" for i in range(1, 40))
    with pytest.raises(YamlSyntaxError) as err:
        load_with_lines(text)
    assert "nested" in str(err.value)


@pytest.mark.parametrize("text, line, words", [
    ("a: 1\nreviewed: 2026-02-30\n", 2, "'2026-02-30' is not a valid date"),
    ("a: 1\nb:\n  - 2025-04-31\n", 3, "'2025-04-31' is not a valid date"),
    ("a: !!int twelve\n", 1, "'twelve' is not a usable whole number"),
    ("a: !!int 0xZZ\n", 1, "'0xZZ' is not a usable whole number"),
    ("a: 1" + "0" * 5000 + "\n", 1, "5,001 letters"),  # too long a word, before all else
    ("a: !!float x\n", 1, "'x' is not a usable number"),
    ("a: !!binary 'a'\n", 1, "invalid YAML"),
])
def test_a_value_that_cannot_be_built_is_reported_at_its_line(text, line, words):
    with pytest.raises(YamlSyntaxError) as err:
        load_with_lines(text)
    assert err.value.line == line
    assert words in str(err.value)


def test_a_duplicate_key_is_reported_not_silently_overwritten():
    with pytest.raises(YamlSyntaxError) as err:
        load_with_lines("title: A\norder: 1\nsub:\n  x: 1\n  x: 2\n")
    assert err.value.line == 5
    assert "'x' appears twice" in str(err.value) and "line 4" in str(err.value)


def test_nesting_deeper_than_any_content_needs_is_refused():
    with pytest.raises(YamlSyntaxError) as err:
        load_with_lines("a: 1\nb: " + "[" * 990 + "]" * 990 + "\n")
    assert err.value.line == 2
    assert "nested" in str(err.value)


def test_ordinary_yaml_still_loads_with_its_lines():
    data, lines = load_with_lines("a: 1\nb:\n  - x\n  - {c: 2026-02-28}\n")
    assert data["b"][1]["c"].day == 28
    assert lines[("b", 1, "c")] == 4


# -- the whole program, in a subprocess with a memory cap and a time limit -------------------

def _limited() -> None:  # pragma: no cover - runs in the child
    import resource

    cap = 1_500_000_000  # 1.5 GB: the bomb took 4 GB in 30 s; a normal run takes ~200 MB
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))


@pytest.mark.skipif(sys.platform != "linux", reason="memory cap via RLIMIT_AS (Linux)")
@pytest.mark.parametrize("where", ["section", "glossary", "decisions"])
def test_check_content_with_the_bomb_finishes_quickly(tmp_path, where):
    root = tmp_path / "content"
    shutil.copytree(data_root(), root)
    if where == "section":
        path = root / "sections" / "liability.md"
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("\norder:", "\n" + ALIAS_BOMB + "order:", 1),
                        encoding="utf-8")
    elif where == "glossary":
        (root / "glossary.yaml").write_text(
            "- id: lol\n  term: lol\n  definition: lol\n  x:\n"
            + "".join("    " + line + "\n" for line in ALIAS_BOMB.splitlines()),
            encoding="utf-8")
    else:
        path = root / "decisions" / "bomb.yaml"
        path.write_text(ALIAS_BOMB, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    try:
        out = subprocess.run([sys.executable, "-m", "desktop_app", "--content", str(root),
                              "check-content"], cwd=ROOT, env=env, capture_output=True,
                             text=True, timeout=60, preexec_fn=_limited)
    except subprocess.TimeoutExpired:  # pragma: no cover - the failure this test is for
        pytest.fail("check-content hung on a 708-byte YAML file")
    assert out.returncode == 1, out.stdout + out.stderr
    assert "Traceback" not in out.stderr, out.stderr
    lines = [ln for ln in out.stdout.splitlines() if "aliases" in ln]
    assert lines, out.stdout
    assert {"section": "liability.md", "glossary": "glossary.yaml",
            "decisions": "bomb.yaml"}[where] in lines[0]


def test_the_library_loads_beside_a_bomb(tmp_path):
    root = tmp_path / "content"
    shutil.copytree(data_root(), root)
    (root / "decisions" / "bomb.yaml").write_text(ALIAS_BOMB, encoding="utf-8")
    lib = load_library(root)
    assert any("bomb.yaml" in p.path and "aliases" in p.message for p in lib.problems)
    assert lib.extras["decisions"]  # the real flow still loads


def test_a_long_name_inside_a_web_address_is_not_a_word():
    from content.textcheck import first_text_problem

    url = "https://example.org/" + "CorrectionsVictimSupport" * 4 + "/page"
    assert first_text_problem(f"url: {url}\n") is None
    assert first_text_problem(f"See [the page]({url}).\n") is None
    assert first_text_problem(f"See <www.{'a' * 80}.ca>\n") is None
    assert first_text_problem("text: " + "CorrectionsVictimSupport" * 4 + "\n") is not None
