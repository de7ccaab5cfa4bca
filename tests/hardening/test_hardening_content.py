"""Malformed content: check-content names the file and line, the app still starts, shows
every valid section and lists the bad ones. Content cannot smuggle in active content."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QTreeWidgetItemIterator

from content import data_root, load_library
from desktop_app.cli import main as cli_main
from desktop_app.mainwindow import ItemIdRole
from tests.tools.hostile_yaml import ALIAS_BOMB

SECTIONS = "sections"


def edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def _invalid_yaml(root: Path) -> str:
    edit(root / SECTIONS / "liability.md", "title:", "title: [unclosed\nx:")
    return "liability"


def _wrong_types(root: Path) -> str:
    edit(root / SECTIONS / "liability.md", "order: 100", "order: last")
    return "liability"


def _unknown_key(root: Path) -> str:
    edit(root / SECTIONS / "liability.md", "\norder:", "\nshoe_size: 9\norder:")
    return "liability"


def _duplicate_id(root: Path) -> None:
    text = (root / "glossary.yaml").read_text(encoding="utf-8")
    first = text.split("\n- id: ", 2)[1]
    (root / "glossary.yaml").write_text(text + "\n- id: " + first, encoding="utf-8")


def _dangling_link(root: Path) -> None:
    path = root / SECTIONS / "liability.md"
    path.write_text(path.read_text(encoding="utf-8") + "\nSee [nothing](section:no-such)."
                    "\n", encoding="utf-8")


def _toc_cycle(root: Path) -> None:
    edit(root / SECTIONS / "principles.md", "order: 20",
         "parent: principle-consent-first\norder: 20")


def _flow_dead_end(root: Path) -> None:
    edit(root / "decisions" / "share.yaml", "next: child_protection", "next: nowhere-at-all")


def _flow_cycle(root: Path) -> None:
    edit(root / "decisions" / "share.yaml", "next: child_protection", "next: danger")


def _non_utf8(root: Path) -> str:
    path = root / SECTIONS / "liability.md"
    path.write_bytes(path.read_bytes() + "\nCaf\u00e9\n".encode("latin-1"))
    return "liability"


def _empty_file(root: Path) -> str:
    (root / SECTIONS / "liability.md").write_text("", encoding="utf-8")
    return "liability"


def _huge_file(root: Path) -> str:
    path = root / SECTIONS / "liability.md"
    path.write_text(path.read_text(encoding="utf-8") + "word " * 2_000_000, encoding="utf-8")
    return "liability"


def _symlink_out(root: Path) -> str:
    outside = root.parent / "outside-liability.md"
    shutil.move(root / SECTIONS / "liability.md", outside)
    (root / SECTIONS / "liability.md").symlink_to(outside)
    return "liability"


def _impossible_date(root: Path) -> str:
    edit(root / SECTIONS / "liability.md", "reviewed: 2026-11-25", "reviewed: 2026-02-30")
    return "liability"


def _alias_bomb(root: Path) -> str:
    edit(root / SECTIONS / "liability.md", "\norder:", "\n" + ALIAS_BOMB.rstrip("\n")
         + "\norder:")
    return "liability"


def _alias_bomb_glossary(root: Path) -> None:
    path = root / "glossary.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "\n- id: lol\n  term: lol\n"
                    "  definition: lol\n  see:\n" + "".join(
                        "    " + line + "\n" for line in ALIAS_BOMB.splitlines()),
                    encoding="utf-8")


def _symlink_loop(root: Path) -> str:
    path = root / SECTIONS / "liability.md"
    path.unlink()
    path.symlink_to(path.name)  # points at itself: ELOOP on every open
    return "liability"


def _symlink_dangling(root: Path) -> str:
    path = root / SECTIONS / "liability.md"
    path.unlink()
    path.symlink_to("no-such-file.md")
    return "liability"


def _fifo(root: Path) -> str:
    path = root / SECTIONS / "liability.md"
    path.unlink()
    os.mkfifo(path)  # opening it for reading would wait for a writer for ever
    return "liability"


def _fifo_flow(root: Path) -> None:
    os.mkfifo(root / "decisions" / "extra.yaml")  # a decision file too must never block


def _folder_named_md(root: Path) -> None:
    (root / SECTIONS / "drafts.md").mkdir()


def _absurd_word(root: Path) -> str:
    path = root / SECTIONS / "liability.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text + "\n" + "a" * 990_000 + "\n", encoding="utf-8")
    return "liability"


def _absurd_word_in_yaml(root: Path) -> None:
    path = root / "glossary.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("  definition: >-\n", "  definition: >-\n    "
                                 + "b" * 200_000 + "\n", 1), encoding="utf-8")


def _bracket_soup(root: Path) -> str:
    # one 100 KB block of brackets took the Markdown parser 6 s; 1 MB would take minutes
    edit(root / SECTIONS / "liability.md", "## In short", "## In short\n\n" + "[" * 50_000
         + "]" * 50_000)
    return "liability"


def _bidi_override(root: Path) -> str:
    # U+202E shows the rest of the line backwards: "s. 40(1)" could read as something else
    edit(root / SECTIONS / "liability.md", "## In short", "## In short\nSee \u202e(1)04 .s")
    return "liability"


def _nul_byte(root: Path) -> str:
    edit(root / SECTIONS / "liability.md", "## In short", "## In short\nA\x00B")
    return "liability"


def _line_separator(root: Path) -> str:
    # U+2028 is a line break to Python and YAML but not to a text editor: every line number
    # after it would be off by one, and the front matter could end early
    edit(root / SECTIONS / "liability.md", "kind: topic", "kind: topic\u2028")
    return "liability"


def _zero_width_in_title(root: Path) -> str:
    edit(root / SECTIONS / "liability.md", 'title: "Liability', 'title: "Lia\u200bbility')
    return "liability"


def _bad_int(root: Path) -> str:
    edit(root / SECTIONS / "liability.md", "order: 100", "order: !!int twelve")
    return "liability"


def _huge_int(root: Path) -> str:
    edit(root / SECTIONS / "liability.md", "order: 100", "order: 1" + "0" * 5000)
    return "liability"


def _duplicate_key(root: Path) -> str:
    edit(root / SECTIONS / "liability.md", "\norder: 100", "\norder: 100\norder: 5")
    return "liability"


def _deep_nesting(root: Path) -> str:
    edit(root / SECTIONS / "liability.md", "\norder:", "\nrelated2: " + "[" * 990
         + "]" * 990 + "\norder:")
    return "liability"


def _section_saved_as_txt(root: Path) -> None:
    shutil.copy(root / SECTIONS / "liability.md", root / SECTIONS / "liability-copy.txt")


def _section_saved_upper_case(root: Path) -> None:
    shutil.copy(root / SECTIONS / "liability.md", root / SECTIONS / "Liability-Copy.MD")


def _bad_manifest_date(root: Path) -> None:
    edit(root / "manifest.yaml", "content_date: ", "content_date: 2026-13-01\nx_date: ")


# name -> (mutation, the file named in the message, words in the message)
CASES: dict[str, tuple[Callable[[Path], str | None], str, str]] = {
    "invalid-yaml": (_invalid_yaml, "liability.md", "invalid YAML"),
    "wrong-types": (_wrong_types, "liability.md", "must be a whole number"),
    "unknown-key": (_unknown_key, "liability.md", "unknown key 'shoe_size'"),
    "duplicate-id": (_duplicate_id, "glossary.yaml", "duplicate glossary id"),
    "dangling-link": (_dangling_link, "liability.md", "'no-such', which does not exist"),
    "toc-cycle": (_toc_cycle, ".md", "cycle"),
    "flow-dead-end": (_flow_dead_end, "share.yaml", "nowhere-at-all"),
    "flow-cycle": (_flow_cycle, "share.yaml", "cycle"),
    "non-utf8": (_non_utf8, "liability.md", "not valid UTF-8"),
    "empty-file": (_empty_file, "liability.md", "empty"),
    "10-mb-file": (_huge_file, "liability.md", "too large"),
    "symlink-out": (_symlink_out, "liability.md", "outside the content folder"),
    "impossible-date": (_impossible_date, "liability.md", "'2026-02-30' is not a valid date"),
    "impossible-date-manifest": (_bad_manifest_date, "manifest.yaml", "not a valid date"),
    "alias-bomb": (_alias_bomb, "liability.md", "aliases"),
    "alias-glossary": (_alias_bomb_glossary, "glossary.yaml", "aliases"),
    "symlink-loop": (_symlink_loop, "liability.md", "cannot read file"),
    "symlink-dangling": (_symlink_dangling, "liability.md", "cannot read file"),
    "fifo": (_fifo, "liability.md", "not a regular file"),
    "fifo-decision-file": (_fifo_flow, "extra.yaml", "not a regular file"),
    "folder-named-md": (_folder_named_md, "drafts.md", "not a regular file"),
    "absurd-word": (_absurd_word, "liability.md", "990,000 letters"),
    "absurd-word-yaml": (_absurd_word_in_yaml, "glossary.yaml", "200,000 letters"),
    "bidi-override": (_bidi_override, "liability.md", "U+202E"),
    "bracket-soup": (_bracket_soup, "liability.md", "100,000 characters with no blank line"),
    "nul-byte": (_nul_byte, "liability.md", "U+0000"),
    "line-separator": (_line_separator, "liability.md", "U+2028"),
    "zero-width": (_zero_width_in_title, "liability.md", "U+200B"),
    "bad-int": (_bad_int, "liability.md", "twelve"),
    "huge-int": (_huge_int, "liability.md", "5,001 letters"),
    "duplicate-key": (_duplicate_key, "liability.md", "'order' appears twice"),
    "deep-nesting": (_deep_nesting, "liability.md", "nested"),
    "section-as-txt": (_section_saved_as_txt, "liability-copy.txt", "not read"),
    "section-upper-case": (_section_saved_upper_case, "Liability-Copy.MD", "not read"),
}


def broken_copy(tmp_path: Path, case: str) -> tuple[Path, str | None]:
    root = tmp_path / "content"
    shutil.copytree(data_root(), root)
    dropped = CASES[case][0](root)
    return root, dropped


@pytest.mark.parametrize("case", sorted(CASES))
def test_check_content_names_the_file_and_line(tmp_path, capsys, case):
    root, _ = broken_copy(tmp_path, case)
    assert cli_main(["--content", str(root), "check-content"]) == 1
    out = capsys.readouterr().out
    _mutate, filename, words = CASES[case]
    lines = [ln for ln in out.splitlines() if words in ln]
    assert lines, out
    assert re.match(rf"^\S*{re.escape(filename)}:\d+: ", lines[0]), lines[0]


def toc_ids(window) -> set[str]:
    ids = set()
    it = QTreeWidgetItemIterator(window.toc)
    while it.value():
        target = it.value().data(0, ItemIdRole) or ""
        if target.startswith("section:"):
            ids.add(target.split(":", 1)[1])
        it += 1
    return ids


@pytest.mark.gui
@pytest.mark.parametrize("case", sorted(CASES))
def test_app_starts_shows_every_valid_section_and_lists_the_problems(
        tmp_path, make_window, qtbot, case):  # noqa: F811
    shipped = {s.id for s in load_library().sections}
    root, dropped = broken_copy(tmp_path, case)
    window = make_window(root, index=False, wait=False)
    expected = shipped - {dropped}
    assert expected <= toc_ids(window)
    if dropped:
        assert dropped not in toc_ids(window)
    assert window.bars.problems_bar.isVisible()
    assert window.library.problems
    if case.startswith("flow-"):  # a broken flow is left out: no half-working helper
        qtbot.wait(50)
        assert getattr(window, "decision_panel", None) is None
    assert window.open_section("phipa-serious-harm")
    assert "40(1)" in window.reader.toPlainText()


ACTIVE = """
Raw <script>alert('x')</script> and <img src="https://tracker.example/p.png"> and
<iframe src="https://example.org"></iframe> stay text.

[js](javascript:alert(1)) [file](file:///etc/passwd) [data](data:text/html,boo)
![remote](https://tracker.example/pixel.png) ![local](file:///etc/hosts)
"""


@pytest.mark.gui
def test_active_content_is_neutralized_in_the_reader(tmp_path, make_window, qtbot):  # noqa: F811
    root = tmp_path / "content"
    shutil.copytree(data_root(), root)
    path = root / SECTIONS / "liability.md"
    path.write_text(path.read_text(encoding="utf-8") + ACTIVE, encoding="utf-8")
    window = make_window(root, index=False, wait=False)
    requested: list[str] = []
    real = window.reader.loadResource

    def spy(kind, url):  # noqa: ANN001
        requested.append(url.toString())
        return real(kind, url)

    window.reader.loadResource = spy
    assert window.open_section("liability")
    html = window.reader.toHtml()
    lowered = html.lower()
    for tag in ("<script", "<iframe", "<img"):
        assert tag not in lowered, tag  # raw HTML and images never become elements
    hrefs = re.findall(r'href="([^"]*)"', html)
    safe = ("section:", "glossary:", "home:", "https:", "http:", "mailto:", "#")
    assert hrefs and all(h.startswith(safe) for h in hrefs), hrefs
    text = window.reader.toPlainText()
    assert "<script>alert('x')</script>" in text  # shown as text
    assert not [u for u in requested if u.startswith(("http", "file", "data"))]


CODE = """
Before the code.

```
<img src="file:///etc/hosts"> in a fence
```

    <b>indented</b> code block

After the code.
"""


@pytest.mark.gui
def test_code_blocks_render_as_text(tmp_path, make_window, capsys):  # noqa: F811
    """A fenced or indented code block used to crash the reader (and printing) with a
    TypeError; it is shown as text."""
    root = tmp_path / "content"
    shutil.copytree(data_root(), root)
    path = root / SECTIONS / "liability.md"
    path.write_text(path.read_text(encoding="utf-8") + CODE, encoding="utf-8")
    assert cli_main(["--content", str(root), "show", "liability"]) == 0
    window = make_window(root, index=False, wait=False)
    assert window.open_section("liability")
    text = window.reader.toPlainText()
    assert '<img src="file:///etc/hosts"> in a fence' in text
    assert "<b>indented</b> code block" in text
    assert "<img" not in window.reader.toHtml().replace("&lt;img", "")
