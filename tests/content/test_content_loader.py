"""The loader: every kind of bad file is reported as path:line and the rest still loads."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from content import ContentError, load_library
from content.model import is_canonical_provision

MANIFEST = """\
title: Test guide
content_version: "t1"
content_date: 2026-01-01
disclaimer: Not legal advice.
"""
SOURCES = """\
- id: 1
  title: A source
- id: 101
  title: An Act
"""
GLOSSARY = """\
- id: consent
  term: Consent
  definition: Agreement.
"""


def section(sid: str, *, parent: str | None = None, extra: str = "", body: str = "Body text.",
            provisions: str = "[PHIPA s. 40(1)]", title: str | None = None) -> str:
    lines = ["---", f"id: {sid}"]
    if title is None:
        title = f"Title of {sid}"
    if title:
        lines.append(f"title: {title}")
    if parent:
        lines.append(f"parent: {parent}")
    lines += [
        "summary: A summary.",
        "statutes: [PHIPA]",
        f"provisions: {provisions}",
        "sources: [1]",
        "status: confirmed",
    ]
    if extra:
        lines.append(extra)
    lines += ["---", body, ""]
    return "\n".join(lines)


def make_content(root: Path, sections: dict[str, str | bytes]) -> Path:
    (root / "sections").mkdir(parents=True)
    (root / "manifest.yaml").write_text(MANIFEST)
    (root / "sources.yaml").write_text(SOURCES)
    (root / "glossary.yaml").write_text(GLOSSARY)
    for name, text in sections.items():
        path = root / "sections" / f"{name}.md"
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text)
    return root


def good(root: Path) -> dict[str, str]:
    body = "See [beta](section:beta) and [consent](glossary:consent)."
    return {"alpha": section("alpha", body=body),
            "beta": section("beta", parent="alpha")}


def messages(lib) -> list[str]:
    return [str(p) for p in lib.problems]


def test_good_content_loads_cleanly(tmp_path):
    lib = load_library(make_content(tmp_path / "c", good(tmp_path)))
    assert lib.problems == ()
    assert [s.id for s in lib.sections] == ["alpha", "beta"]
    assert lib.section("beta").parent == "alpha"
    assert [n.section.id for n in lib.toc()] == ["alpha"]
    assert lib.manifest.content_version == "t1"


def _one_problem(lib, fragment: str) -> str:
    hits = [m for m in messages(lib) if fragment in m]
    assert hits, f"no problem mentioning {fragment!r} in {messages(lib)}"
    assert re.match(r"^.+\.(md|yaml):\d+: ", hits[0]), hits[0]
    return hits[0]


def test_bad_yaml_names_file_and_line_and_others_still_load(tmp_path):
    secs = good(tmp_path)
    secs["broken"] = "---\nid: broken\ntitle: [unclosed\nsummary: x\n---\nBody\n"
    lib = load_library(make_content(tmp_path / "c", secs))
    msg = _one_problem(lib, "invalid YAML")
    assert "broken.md:" in msg
    line = int(msg.split(":")[1])
    assert 3 <= line <= 5
    assert {s.id for s in lib.sections} == {"alpha", "beta"}


def test_unknown_key_is_reported_at_its_line(tmp_path):
    secs = good(tmp_path)
    secs["gamma"] = section("gamma", extra="colour: blue")
    lib = load_library(make_content(tmp_path / "c", secs))
    msg = _one_problem(lib, "unknown key 'colour'")
    assert msg.startswith(str(Path("sections/gamma.md"))) or "gamma.md:9:" in msg
    assert "gamma.md:9:" in msg
    assert not lib.has_section("gamma")


def test_duplicate_id(tmp_path):
    secs = good(tmp_path)
    secs["zeta"] = section("alpha").replace("id: alpha", "id: alpha")
    lib = load_library(make_content(tmp_path / "c", secs))
    # a file whose id differs from its name is itself a problem; make a real duplicate
    assert any("must match the file name" in m for m in messages(lib))
    root = tmp_path / "d"
    make_content(root, good(tmp_path))
    (root / "sections" / "alpha-copy.md").write_text(section("alpha"))
    lib = load_library(root)
    assert any("alpha-copy.md" in m for m in messages(lib))


def test_duplicate_id_in_glossary(tmp_path):
    root = make_content(tmp_path / "c", good(tmp_path))
    (root / "glossary.yaml").write_text(GLOSSARY + GLOSSARY.replace("Agreement", "Again"))
    lib = load_library(root)
    msg = _one_problem(lib, "duplicate glossary id 'consent'")
    assert "glossary.yaml:4:" in msg and msg.endswith("(also on line 1); ignored")
    assert [t.definition for t in lib.glossary] == ["Agreement."]  # the first one is kept


def test_every_list_reports_a_duplicate_the_same_way(tmp_path):
    """Sources, glossary terms and statutes (and sections, though a section's id must match
    its file name): one rule (content/unique.py). The first is kept; each later one is
    reported at its own file and line, with where the first one is, and left out."""
    import yaml

    root = make_content(tmp_path / "c", good(tmp_path))
    (root / "sources.yaml").write_text(SOURCES + "- id: 1\n  title: Again\n")
    shipped = yaml.safe_load((Path(__file__).resolve().parents[2] / "content" / "data"
                              / "statutes.yaml").read_text(encoding="utf-8"))
    first = {k: v for k, v in shipped[0].items() if k != "sources"}
    (root / "statutes.yaml").write_text(yaml.safe_dump([first, dict(first, name="Again")],
                                                       sort_keys=False))
    lib = load_library(root)
    src = _one_problem(lib, "duplicate source number 1 ")
    assert "sources.yaml:5:" in src and src.endswith("(also on line 1); ignored")
    assert lib.sources[1].title == "A source" and lib.sources[101].title == "An Act"
    statute = _one_problem(lib, f"duplicate statute '{first['id']}'")
    assert statute.endswith("(also on line 1); ignored")
    assert [(st.id, st.name) for st in lib.statutes] == [(first["id"], first["name"])]


def test_the_duplicate_rule_on_its_own(tmp_path):
    from content.files import Reporter
    from content.unique import first_of_each

    rep = Reporter(tmp_path)
    a, b = tmp_path / "a.yaml", tmp_path / "b.md"
    found = [("x", a, 1), ("y", a, 3), ("x", a, 5), ("x", b, 0)]
    kept = first_of_each(iter(found), lambda item: item, rep, "thing",
                         line_for=None)
    assert kept == {"x": ("x", a, 1), "y": ("y", a, 3)}
    assert [(p.line, p.message) for p in rep.problems] == [
        (5, "duplicate thing 'x' (also on line 1); ignored"),
        (0, "duplicate thing 'x' (also in a.yaml); ignored")]
    rep = Reporter(tmp_path)
    first_of_each([(7, a, 2), (7, b, 9)], lambda n: n, rep, "number",
                  line_for=lambda path: 42)
    assert [(p.line, p.message) for p in rep.problems] == [
        (42, "duplicate number 7 (also in a.yaml); ignored")]


def test_dangling_links_parent_related_and_sources(tmp_path):
    secs = good(tmp_path)
    secs["gamma"] = section(
        "gamma", parent="nowhere", extra="related: [ghost]",
        body="Line one.\n\nSee [x](section:missing) and [y](glossary:nope).",
    ).replace("sources: [1]", "sources: [1, 77]")
    lib = load_library(make_content(tmp_path / "c", secs))
    assert "gamma.md:4:" in _one_problem(lib, "parent 'nowhere'")
    _one_problem(lib, "related section 'ghost'")
    _one_problem(lib, "source 77 is not in sources.yaml")
    link = _one_problem(lib, "section 'missing'")
    assert "gamma.md:14:" in link  # body starts on line 12; the link is on the 3rd body line
    _one_problem(lib, "glossary term 'nope'")
    # reference problems are reported, but the section itself still shows (at the top level)
    assert lib.section("gamma").parent is None


@pytest.mark.parametrize("bad", ["PHIPA 40(1)", "PHIPA s.40(1)", "phipa s. 40(1)",
                                 "HIPAA s. 1", "PHIPA s. 40(1)-(3)", "FIPPA s. 42(1)(H)"])
def test_malformed_provision(tmp_path, bad):
    secs = good(tmp_path)
    secs["gamma"] = section("gamma", provisions=f"['{bad}']")
    lib = load_library(make_content(tmp_path / "c", secs))
    msg = _one_problem(lib, "malformed provision")
    assert "gamma.md:6:" in msg
    assert not lib.has_section("gamma")


@pytest.mark.parametrize("good_citation", ["PHIPA s. 40(1)", "FIPPA s. 42(1)(h)", "MFIPPA s. 32(h)",
                                           "CYFSA s. 125(1)", "PIPEDA s. 7(3)(e)",
                                           "CYFSA s. 292(1)(g)", "PHIPA s. 3(1) para 4.vii",
                                           "PHIPA s. 52(1)(e)(i)", "PIPEDA s. 7(3)(c.1)"])
def test_canonical_provisions_accepted(good_citation):
    assert is_canonical_provision(good_citation)


def test_missing_title(tmp_path):
    secs = good(tmp_path)
    secs["gamma"] = section("gamma", title="")
    lib = load_library(make_content(tmp_path / "c", secs))
    assert "gamma.md:2:" in _one_problem(lib, "missing required key 'title'")


def test_wrong_types(tmp_path):
    secs = good(tmp_path)
    secs["gamma"] = section("gamma", extra="order: first").replace("sources: [1]", "sources: one")
    lib = load_library(make_content(tmp_path / "c", secs))
    _one_problem(lib, "'order' must be a whole number")
    _one_problem(lib, "'sources' must be a list")


def test_toc_cycle_is_reported_and_sections_still_shown(tmp_path):
    secs = {"a": section("a", parent="b"), "b": section("b", parent="a"), "c": section("c")}
    lib = load_library(make_content(tmp_path / "c", secs))
    _one_problem(lib, "cycle")
    assert {s.id for s in lib.sections} == {"a", "b", "c"}


def test_non_utf8_empty_and_huge_files(tmp_path):
    secs: dict[str, str | bytes] = dict(good(tmp_path))
    secs["latin"] = section("latin").encode("utf-8") + "\ncafé\n".encode("latin-1")
    secs["empty"] = ""
    secs["huge"] = section("huge", body="word " * 250_000)
    lib = load_library(make_content(tmp_path / "c", secs))
    assert "latin.md:12:" in _one_problem(lib, "not valid UTF-8")
    _one_problem(lib, "empty")
    _one_problem(lib, "too large")
    assert {s.id for s in lib.sections} == {"alpha", "beta"}


def test_symlink_out_of_content_folder_is_refused(tmp_path):
    outside = tmp_path / "outside.md"
    outside.write_text(section("outside"))
    root = make_content(tmp_path / "c", good(tmp_path))
    (root / "sections" / "outside.md").symlink_to(outside)
    lib = load_library(root)
    _one_problem(lib, "outside the content folder")
    assert not lib.has_section("outside")


def test_missing_folder_raises_content_error(tmp_path):
    with pytest.raises(ContentError) as err:
        load_library(tmp_path / "nope")
    assert "content folder not found" in str(err.value)


def test_provision_act_must_be_listed_in_statutes(tmp_path):
    secs = good(tmp_path)
    secs["gamma"] = section("gamma", provisions="[FIPPA s. 42(1)(h)]")
    lib = load_library(make_content(tmp_path / "c", secs))
    _one_problem(lib, "add FIPPA to 'statutes'")


def test_empty_provisions_need_a_reason(tmp_path):
    secs = good(tmp_path)
    secs["gamma"] = section("gamma", provisions="[]")
    secs["delta"] = section("delta", provisions="[]", extra="provisions_reason: Background only.")
    lib = load_library(make_content(tmp_path / "c", secs))
    _one_problem(lib, "add 'provisions_reason'")
    assert lib.has_section("delta") and not lib.has_section("gamma")
