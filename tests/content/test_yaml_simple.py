"""Issue 15: the section front matter and the manifest are read without PyYAML (a plain
subset read by hand, content.yaml_simple.simple_load), and PyYAML is not imported before the
app's first paint. Whatever the hand reader accepts it must read exactly as PyYAML's safe
loader does, values, their types and every line number; anything else goes to PyYAML, so
every problem is reported as before."""

from __future__ import annotations

import random
import subprocess
import sys
from datetime import date
from typing import Any

import pytest

import content.yaml_simple as yaml_simple
from content import data_root
from content.loader import _split_front_matter
from content.yamlio import YamlSyntaxError, load_with_lines
from tests.tools.app_support import ROOT


def by_pyyaml(text: str, offset: int = 0) -> Any:
    """What PyYAML makes of ``text`` (the data and lines, or the error's line and words)."""
    real = yaml_simple.simple_load
    yaml_simple.simple_load = lambda _text, _offset: None
    try:
        return load_with_lines(text, offset, text_checked=True)
    except YamlSyntaxError as exc:
        return ("error", exc.line, str(exc))
    finally:
        yaml_simple.simple_load = real


def assert_read_as_pyyaml_reads_it(simple: tuple[Any, Any], text: str, offset: int,
                                   name: str = "") -> None:
    """The hand reader's data and lines for ``text`` are PyYAML's, types and all."""
    want = by_pyyaml(text, offset)
    assert want[0] != "error", (name or text, want)
    assert shapes(simple[0]) == shapes(want[0]), name or text
    assert simple[1] == want[1], name or text


def taken_as_pyyaml_reads_them(texts: list[str], offset: int) -> int:
    """How many of ``texts`` the hand reader takes, each read as PyYAML reads it."""
    taken = 0
    for text in texts:
        simple = yaml_simple.simple_load(text, offset)
        if simple is not None:
            taken += 1
            assert_read_as_pyyaml_reads_it(simple, text, offset)
    return taken


def shapes(value: Any) -> Any:
    """The value with the type of everything in it (1 and True are equal in Python)."""
    if isinstance(value, dict):
        return {k: shapes(v) for k, v in value.items()}
    if isinstance(value, list):
        return [shapes(v) for v in value]
    return (type(value).__name__, value)


def shipped_texts() -> list[tuple[str, str, int]]:
    texts = []
    for path in sorted(data_root().rglob("*.md")):
        split = _split_front_matter(path.read_text(encoding="utf-8-sig"))
        assert split is not None, path
        texts.append((str(path), split[0], 1))
    for path in sorted(data_root().rglob("manifest.yaml")):
        texts.append((str(path), path.read_text(encoding="utf-8-sig"), 0))
    return texts


def test_every_shipped_front_matter_and_manifest_is_read_without_pyyaml_the_same_way():
    texts = shipped_texts()
    assert len(texts) > 100  # both languages' sections, and both manifests
    for name, text, offset in texts:
        simple = yaml_simple.simple_load(text, offset)
        assert simple is not None, f"{name} needs PyYAML at start-up"
        data, lines = simple
        want_data, want_lines = by_pyyaml(text, offset)
        assert shapes(data) == shapes(want_data), name
        assert lines == want_lines, name


PIECES = [":", ": ", " #", "#", '"', "\\", '\\"', "\\n", "'", "[", "]", ",", ", ", "-", "- ",
          ">", ">-", "|", "\n", "\n  ", "  ", " ", "yes", "No", "null", "~", "0", "07", "1_0",
          "2026-02-30", "2026-1-5", "0b1", "&a ", "*a", "!x ", "%", "@", "`", "?", "{", "}",
          "\u00a0", "\u202f:", "é", "\ufffe", "\x85", "\u2028", "\t", "\r\n", "key: v\n",
          "\nid: x\n", "...", "---", "=", "<<", "1.5", ".inf", "0x1F", "1:20", "12345678901"]


def test_what_the_hand_reader_accepts_pyyaml_reads_the_same_way():
    """Thousands of damaged copies of the shipped files: each one the hand reader takes is
    read exactly as PyYAML reads it (the rest go to PyYAML)."""
    seeds = [text for _name, text, _offset in shipped_texts()]
    rng = random.Random(15)

    def damaged() -> str:
        text = rng.choice(seeds)
        for _ in range(rng.randint(1, 3)):
            pos = rng.randrange(len(text) + 1)
            if rng.random() < 0.3:
                text = text[:pos] + text[pos + rng.randint(1, 5):]
            else:
                text = text[:pos] + rng.choice(PIECES) + text[pos:]
        return text

    taken = taken_as_pyyaml_reads_them([damaged() for _ in range(3000)], 1)
    assert 500 < taken < 2900  # both paths were exercised


def _every_yaml_text() -> list[tuple[str, str]]:
    """Every YAML file and every section's front matter, shipped and in the test contents
    (load_with_lines offers each to the hand reader first)."""
    texts = []
    for root in (data_root(), ROOT / "tests" / "data"):
        for path in sorted(root.rglob("*.yaml")):
            texts.append((str(path), path.read_text(encoding="utf-8-sig")))
        for path in sorted(root.rglob("*.md")):
            split = _split_front_matter(path.read_text(encoding="utf-8-sig"))
            if split is not None:
                texts.append((str(path), split[0]))
    return texts


def test_every_yaml_file_the_hand_reader_takes_is_read_as_pyyaml_reads_it():
    """Not only the front matter and the manifests: the glossary, the sources, the flows,
    the synonyms... of the shipped and the test contents, each either left to PyYAML or
    read exactly as PyYAML reads it."""
    taken = []
    texts = _every_yaml_text()
    assert len(texts) > 200
    for name, text in texts:
        simple = yaml_simple.simple_load(text, 1)
        if simple is None:
            continue
        taken.append(name)
        assert_read_as_pyyaml_reads_it(simple, text, 1, name)
    assert any(name.endswith("synonyms.yaml") for name in taken)  # a file not a manifest
    assert sum(name.endswith(".md") for name in taken) > 100


#: Pieces of values: plain words, numbers and dates YAML reads otherwise, characters that
#: mean something to YAML, spaces YAML does not count, astral characters, lone surrogates.
VALUE_PIECES = [
    "word", "Qui", "été", "PHIPA s. 40(1)", "art. 42 (1) g)", "x y", ":", ": ", " #", "#",
    "-", "- ", "'", '"', "\\", '\\"', "[", "]", ",", "{", "}", "~", "&a", "*a", "!t", "%",
    "@", "`", "|", ">", "?", "yes", "No", "null", "ON", "0", "7", "07", "12", "123456789",
    "1234567890", "1_0", "1.5", ".inf", "0x1F", "0b1", "1:20", "2026-12-06", "2026-02-30",
    "2026-1-5", "0" * 63 + "a", "a" * 64, "\u00a0", "\u202f", "\U0001f600", "\U00010348",
    "\ud800", "\ufffe", "\x85", " ", "  ", "=", "<<", "...", "---"]


def _generated_value(rng: random.Random) -> str:
    def words(n: int) -> str:
        return "".join(rng.choice(VALUE_PIECES) for _ in range(rng.randint(1, n)))
    kind = rng.random()
    if kind < 0.45:
        return words(3)
    if kind < 0.7:
        return '"' + words(4) + '"'
    if kind < 0.9:
        return "[" + ", ".join(words(2) for _ in range(rng.randint(0, 4))) + "]"
    return rng.choice(["[]", "[ ]", '""', "0", "2024-05-29", ">"])


def _generated_mapping(rng: random.Random, indent: str, depth: int) -> list[str]:
    lines = []
    keys = ["title", "id", "summary", "reviewed", "status", "a", "b_2", "x-y", "yes", "Key"]
    for _ in range(rng.randint(1, 5)):
        key = rng.choice(keys)
        kind = rng.random()
        if kind < 0.08:
            lines.append(indent + "# " + _generated_value(rng))
        elif kind < 0.2 and depth < 2:
            lines.append(f"{indent}{key}:")
            lines += _generated_mapping(rng, indent + " " * rng.choice([1, 2, 2, 4]), depth + 1)
        elif kind < 0.3:
            lines.append(f"{indent}{key}: >-")
            step = indent + " " * rng.choice([2, 2, 3])
            lines += [step + _generated_value(rng).strip() for _ in range(rng.randint(1, 3))]
        else:
            lines.append(f"{indent}{key}: {_generated_value(rng)}")
    return lines


def test_generated_documents_the_hand_reader_takes_read_as_pyyaml_reads_them():
    """Thousands of documents written in (and just outside) the plain subset: nested
    mappings, folded paragraphs, comments, lists and quoted text holding what YAML reads
    otherwise. Each one the hand reader takes is read exactly as PyYAML reads it."""
    rng = random.Random(20261207)
    texts = ["\n".join(_generated_mapping(rng, "", 0)) + "\n" for _ in range(4000)]
    assert 400 < taken_as_pyyaml_reads_them(texts, 2) < 3600  # both paths were exercised


@pytest.mark.parametrize("text", [
    "a: b # a comment\n",         # a comment after a value
    "a: b\n\nc: d\n",             # a blank line
    "a:\tb\n",                    # a tab
    "a: b\r\nc: d\r\n",           # Windows line ends
    'a: "x \\t y"\n',             # an escape other than \" and \\
    "a: yes\n",                   # true, not text
    "a: No\n",
    "a: null\n",
    "a: ~\n",
    "a:\n",                       # null
    "a: 07\n",                    # octal in YAML 1.1
    "a: 1_000\n",
    "a: 0b101\n",
    "a: 1.5\n",
    "a: 2026-02-30\n",            # not a date: PyYAML says so, with its line
    "a: b\na: c\n",               # a key twice: PyYAML's reader says so
    "a: &x b\nc: *x\n",           # anchors and aliases
    "a: !tag b\n",
    "a: b: c\n",
    "a: [b, ]\n",
    "a: [b, [c]]\n",
    "a: [b,\n  c]\n",             # a list on two lines
    "a: >\n  text\n",             # folding that keeps the last line break
    "a: >-\n  one\n   two\n",     # a more indented line
    "a: >-\n  one \n  two\n",     # a space at the end of a line
    "a: >-\nb: c\n",              # an empty block
    "- a\n- b\n",                 # a list, not a mapping
    "a:\n  - b\n",
    "yes: b\n",                   # a key that is not text
    "  a: b\n",                   # indented root
    "a: b\n  c: d\n",             # a value going on on the next line
    "a: 'b'\n",
    "a: b\u2028c\n",              # a line break only YAML counts
    "a: b\x85c\n",
    "a: b\ud800c\n",              # a lone surrogate (PyYAML refuses it)
    "a: \"\udfff\"\n",
    "a: b\ufffe\n",               # a noncharacter
    "",
    "# only a comment\n",
])
def test_anything_unusual_is_left_to_pyyaml(text):
    assert yaml_simple.simple_load(text, 0) is None


@pytest.mark.parametrize("text, data", [
    ('title: "Say \\"no\\" \\\\ yes"\n', {"title": 'Say "no" \\ yes'}),
    ("a: 0\nb: 123456789\nc: 2026-12-06\n", {"a": 0, "b": 123456789, "c": date(2026, 12, 6)}),
    ("a: []\nb: [x y, PHIPA s. 40(1), 3]\n", {"a": [], "b": ["x y", "PHIPA s. 40(1)", 3]}),
    ("# note\ng:\n  t: \"x: y\"\n  d: 2024-05-29\nz: >-\n  one\n  two\n",
     {"g": {"t": "x: y", "d": date(2024, 5, 29)}, "z": "one two"}),
    ("a: Qui\u202f:\u00a0quoi\n", {"a": "Qui\u202f:\u00a0quoi"}),  # no space to YAML
    ("h: " + "0" * 63 + "a\n", {"h": "0" * 63 + "a"}),  # a translation's source_sha256
])
def test_the_plain_subset_reads_as_pyyaml_reads_it(text, data):
    simple = yaml_simple.simple_load(text, 0)
    assert simple is not None
    assert shapes(simple[0]) == shapes(data) == shapes(by_pyyaml(text)[0])
    assert simple[1] == by_pyyaml(text)[1]


def test_the_content_loads_without_importing_pyyaml():
    """The app's first screen (the manifest and every section, both languages) needs no
    PyYAML; the rest of the content (the glossary, decision flows...) still uses it."""
    code = (
        "import sys\n"
        "from content import load_library\n"
        "for lang in ('en', 'fr'):\n"
        "    lib = load_library(extras=False, language=lang)\n"
        "    assert lib.sections and not lib.problems, lib.problems\n"
        "print('yaml' in sys.modules)\n"
        "lib.load_deferred()\n"
        "print('yaml' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["False", "True"]
