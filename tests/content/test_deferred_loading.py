"""The app's content load before its window shows (``load_library(extras=False)``): the
sections now, each file read and checked once; the glossary, sources, statutes, synonyms,
cross-reference checks and content hash on first use; never seen empty, the same problems
in the same order as a full load."""

from __future__ import annotations

import random
import re
import threading
from dataclasses import fields
from pathlib import Path

import pytest

import content.files
import content.later
import content.yamlio
from content import load_library
from content.loader import data_root
from content.model import Library
from content.textcheck import _LONG_WORD, _long_words, first_body_problem, first_text_problem

MANIFEST = """\
title: Test guide
content_version: "t1"
disclaimer: Not legal advice.
"""
SOURCES = """\
- id: 1
  title: A source
"""
GLOSSARY = """\
- id: consent
  term: Consent
  definition: Agreement.
"""
STATUTES = """\
- id: PHIPA
  name: PHIPA
  full_title: Personal Health Information Protection Act, 2004
  section: alpha
  binds: Health information custodians.
  risk_test: {provision: PHIPA s. 40(1), quote: "a significant risk", plain: Risk of harm.}
  notice: {required: "no", plain: No notice.}
  law_enforcement: {provisions: [], plain: Police.}
  duty: May share.
"""
SYNONYMS = """\
doctor: [physician]
"""


def section(sid: str, body: str = "Body text.", extra: str = "") -> str:
    return "\n".join(["---", f"id: {sid}", f"title: Title of {sid}", "summary: A summary.",
                      "statutes: [PHIPA]", "provisions: [PHIPA s. 40(1)]", "sources: [1]",
                      "status: confirmed", *([extra] if extra else []), "---", body, ""])


def make_content(root: Path, **files: str) -> Path:
    """A small content folder; ``files`` replaces a top-level file by name (``glossary``)."""
    (root / "sections").mkdir(parents=True)
    texts = {"manifest": MANIFEST, "sources": SOURCES, "glossary": GLOSSARY,
             "statutes": STATUTES, "synonyms": SYNONYMS, **files}
    for name, text in texts.items():
        (root / f"{name}.yaml").write_text(text, encoding="utf-8")
    (root / "sections" / "alpha.md").write_text(section(
        "alpha", "See [beta](section:beta) and [consent](glossary:consent)."), encoding="utf-8")
    (root / "sections" / "beta.md").write_text(section("beta", extra="parent: alpha"),
                                               encoding="utf-8")
    return root


def messages(lib: Library) -> list[str]:
    return [str(p) for p in lib.problems]


def test_the_sections_load_now_and_the_rest_when_first_asked_for(tmp_path):
    root = make_content(tmp_path / "c")
    lib = load_library(root, extras=False)
    assert not lib.complete
    assert [s.id for s in lib.sections] == ["alpha", "beta"]
    assert lib.manifest.title == "Test guide"
    # read later, not now: a change made after the start is what the first use sees
    (root / "glossary.yaml").write_text(GLOSSARY.replace("Agreement.", "Saying yes."),
                                        encoding="utf-8")
    assert lib.term("consent").definition == "Saying yes."
    assert lib.complete
    assert lib.sources[1].title == "A source"
    assert [st.id for st in lib.statutes] == ["PHIPA"]
    assert lib.synonyms["doctor"] == ("physician",)
    assert lib.problems == ()


LOOKUPS = {
    "glossary": lambda lib: lib.glossary,
    "sources": lambda lib: lib.sources,
    "statutes": lambda lib: lib.statutes,
    "synonyms": lambda lib: lib.synonyms,
    "content_hash": lambda lib: lib.content_hash,
    "has_term": lambda lib: lib.has_term("consent"),
    "term": lambda lib: lib.term("consent"),
    "statute": lambda lib: lib.statute("PHIPA"),
    "source_list": lambda lib: lib.source_list((1,)),
    "load_deferred": lambda lib: lib.load_deferred().glossary,
}


@pytest.mark.parametrize("lookup", list(LOOKUPS))
def test_whatever_is_asked_first_is_never_empty(tmp_path, lookup):
    root = make_content(tmp_path / "c")
    full = load_library(root)
    lib = load_library(root, extras=False)
    assert LOOKUPS[lookup](lib) == LOOKUPS[lookup](full)
    assert lib.complete
    for f in fields(Library):
        if f.compare and f.name != "extras":
            assert getattr(lib, f.name) == getattr(full, f.name), f.name


BROKEN = {
    "manifest": "title: [unclosed\n",
    "sources": SOURCES + "- id: 1\n  title: The same number again\n",
    "glossary": GLOSSARY + "- id: Bad Id\n  term: Bad\n  definition: Bad.\n",
    "statutes": STATUTES.replace("section: alpha", "section: nowhere"),
    "synonyms": "doctor: physician\n",
}


def test_every_problem_is_reported_as_a_full_load_reports_it_in_the_same_order(tmp_path):
    root = make_content(tmp_path / "c", **BROKEN)
    (root / "sections" / "gamma.md").write_text(section(
        "gamma", "A [link](section:missing) and [a term](glossary:missing).",
        extra="related: [nowhere]"), encoding="utf-8")
    (root / "sections" / "delta.md").write_text(section("delta", "bad \u202e text"),
                                                encoding="utf-8")
    full = messages(load_library(root))
    lib = load_library(root, extras=False)
    before = messages(lib)
    # before the rest loads: the manifest's and the sections' problems only
    assert any(re.search(r"manifest\.yaml:\d+: invalid YAML", m) for m in before), before
    assert any(re.search(r"delta\.md:10: invisible or control character U\+202E", m)
               for m in before), before
    assert not any(name in m for m in before for name in
                   ("sources.yaml", "glossary.yaml", "statutes.yaml", "synonyms.yaml",
                    "missing"))
    lib.load_deferred()
    assert messages(lib) == full
    for name in BROKEN:
        assert any(re.search(rf"{name}\.yaml:\d+: ", m) for m in full), (name, full)
    for fragment in ("link to section 'missing'", "link to glossary term 'missing'",
                     "related section 'nowhere'", "duplicate source number 1",
                     "refers to section 'nowhere'"):
        assert any(fragment in m for m in full), (fragment, full)


def test_a_fault_in_a_deferred_file_keeps_its_file_and_line(tmp_path):
    glossary = GLOSSARY + "- id: sharing\n  term: Sharing\n  definition: Giving\u200b out.\n"
    root = make_content(tmp_path / "c", glossary=glossary)
    lib = load_library(root, extras=False)
    assert lib.problems == ()
    assert lib.has_term("consent") is False  # the whole file is refused, as always
    assert len(messages(lib)) == 2  # and alpha.md's link to a term that is now missing
    assert re.fullmatch(r".*glossary\.yaml:6: invisible or control character U\+200B "
                        r"\(ZERO WIDTH SPACE\) in the text; delete it .*", messages(lib)[0])
    assert re.fullmatch(r".*alpha\.md:10: link to glossary term 'consent', which does not "
                        r"exist", messages(lib)[1])
    assert messages(lib) == messages(load_library(root))


def test_threads_asking_at_once_load_the_rest_once(tmp_path, monkeypatch):
    root = make_content(tmp_path / "c")
    lib = load_library(root, extras=False)
    calls = []
    real = content.later.read_later

    def slow_read(front):
        calls.append(threading.get_ident())
        threading.Event().wait(0.05)  # long enough for the other threads to ask meanwhile
        return real(front)

    monkeypatch.setattr(content.later, "read_later", slow_read)
    seen: list[object] = []
    threads = [threading.Thread(target=lambda: seen.append(lib.glossary)) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(calls) == 1
    assert len(seen) == 8 and all(g is seen[0] for g in seen) and len(seen[0]) == 1


def test_an_unforeseen_error_while_loading_later_is_a_problem_not_a_crash(tmp_path,
                                                                           monkeypatch):
    root = make_content(tmp_path / "c")
    lib = load_library(root, extras=False)

    def broken(front):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(content.later, "read_later", broken)
    assert lib.glossary == ()
    assert lib.sources == {}
    assert [s.id for s in lib.sections] == ["alpha", "beta"]
    assert any("could not be read (RuntimeError: disk on fire)" in m for m in messages(lib))


def test_the_shipped_content_loads_later_exactly_as_at_once_in_both_languages():
    for language in ("en", "fr"):
        full = load_library(language=language)
        lib = load_library(extras=False, language=language)
        assert not lib.complete
        assert lib.sections == full.sections
        for f in fields(Library):
            if f.compare and f.name not in ("extras", "translation"):
                assert getattr(lib, f.name) == getattr(full, f.name), (language, f.name)
        if language == "fr":
            assert lib.translation is not None and lib.translation.complete
            assert lib.translation.glossary == full.translation.glossary


def test_each_file_is_scanned_for_bad_text_once(tmp_path, monkeypatch):
    """The invisible-character and long-word scan runs once per file read (it ran twice:
    once on the file, again on the YAML in it)."""
    root = make_content(tmp_path / "c")
    scanned: list[str] = []
    real = first_text_problem

    def counting(text: str):
        scanned.append(text)
        return real(text)

    monkeypatch.setattr(content.files, "first_text_problem", counting)
    monkeypatch.setattr(content.yamlio, "first_text_problem", counting)
    load_library(root, extras=False).load_deferred()
    files = sorted(p.read_text(encoding="utf-8") for p in root.rglob("*") if p.is_file())
    assert sorted(scanned) == files


def test_the_fast_long_word_scan_finds_what_the_regex_finds():
    rng = random.Random(15)
    alphabet = ["a", "é", "_", "7", " ", "\n", "\t", "\u00a0", "\u3000", "-", ".", "/", ":",
                "ß", "٣", "\u2009"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) if rng.random() < 0.06 else "x"
                       for _ in range(rng.randint(0, 400)))
        if rng.random() < 0.3:
            text = f"{text} {text}\n{text}"  # the same long token more than once
        assert [m.span() for m in _long_words(text)] == \
            [m.span() for m in _LONG_WORD.finditer(text)], repr(text)
    for path in data_root().rglob("*"):
        if path.suffix in (".md", ".yaml"):
            text = path.read_text(encoding="utf-8")
            assert [m.span() for m in _long_words(text)] == \
                [m.span() for m in _LONG_WORD.finditer(text)], path


@pytest.mark.parametrize("text, line", [
    ("ok\n" + "x" * 61, 2),
    ("ok\n(" + "x" * 70 + ").", 2),  # inside punctuation
    ("a " + "y" * 61 + " b\n" + "y" * 61, 1),  # the same token twice: the first counts
    ("see https://example.org/" + "z" * 80 + " then " + "w" * 61, 1),  # address skipped
])
def test_a_long_word_is_still_found_where_it_is(text, line):
    problem = first_text_problem(text)
    assert problem is not None and problem[0] == line
    assert "letters with no space in it" in problem[1].text


@pytest.mark.parametrize("body, line", [
    ("x" * 20_000, None),  # a body no longer than the limit holds no block longer than it
    ("x" * 20_001, 1),
    ("para\n\n" + "x" * 20_000 + "\n\nend", None),
    ("para\n\n" + "x" * 20_001 + "\n\nend", 3),
    ("a\n \n" * 5_000, None),  # long, in short blocks
])
def test_a_markdown_block_too_long_to_parse_is_found_where_it_is(body, line):
    problem = first_body_problem(body)
    assert (problem[0] if problem else None) == line
    if problem:
        assert "with no blank line in it" in problem[1].text


def test_a_long_word_only_inside_a_web_address_is_allowed():
    assert first_text_problem("see https://example.org/" + "z" * 80 + " for more") is None


def test_a_load_that_reads_its_own_library_is_an_error_not_a_hang(tmp_path, monkeypatch):
    root = make_content(tmp_path / "c")
    lib = load_library(root, extras=False)
    monkeypatch.setattr(content.later, "read_later", lambda front: lib.glossary)
    assert lib.glossary == ()  # load_later turns the error into a problem
    assert any("RuntimeError: a deferred library field was read while it was loading" in m
               for m in messages(lib))
