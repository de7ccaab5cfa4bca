"""The sections read ahead for the app's start (``content.prebuilt``): a section is taken from
the prebuilt file only when its file is byte for byte the one read then, at the same place
and in the same role; everything else is read in full; what loads is the same either way;
a damaged, foreign or out-of-date file is ignored and never raises."""

from __future__ import annotations

import marshal
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import content.loader
import content.prebuilt as prebuilt_mod
from content import load_library
from content.loader import data_root
from content.prebuilt import PrebuiltSections, build

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def shipped_file(tmp_path_factory) -> Path:
    """The shipped content's prebuilt file, built here (never the one dev.py wrote)."""
    target, count = build(out=tmp_path_factory.mktemp("prebuilt") / "sections.bin")
    assert count > 100  # English and French
    return target


@pytest.fixture
def content_copy(tmp_path) -> Path:
    root = tmp_path / "content"
    shutil.copytree(data_root(), root)
    return root


def _no_reading(monkeypatch) -> None:
    """Reading a section file's text from now on is refused (the loader reports it as that
    file's problem and leaves the section out): what loads came from the prebuilt file."""
    def refuse(*_args, **_kwargs):
        raise AssertionError("a section was read, not taken from the prebuilt file")

    monkeypatch.setattr(content.loader, "_read_section", refuse)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_library_is_the_same_with_and_without_it(shipped_file, language):
    plain = load_library(extras=False, language=language)
    prebuilt = PrebuiltSections.read(shipped_file)
    assert prebuilt is not None
    fast = load_library(extras=False, language=language, prebuilt=prebuilt)
    assert fast.sections == plain.sections
    assert [s.path for s in fast.sections] == [s.path for s in plain.sections]
    assert fast.problems == plain.problems == ()
    # every file was taken from it, none read (a French library reads English and French)
    english = len(list((data_root() / "sections").glob("*.md")))
    french = len(list((data_root() / "fr" / "sections").glob("*.md")))
    assert prebuilt.misses == 0
    assert prebuilt.hits == english + (french if language == "fr" else 0)
    # the whole library, extras included, is the same too
    full_fast = load_library(language=language, prebuilt=PrebuiltSections.read(shipped_file))
    full = load_library(language=language)
    assert full_fast.sections == full.sections and full_fast.problems == full.problems
    assert full_fast.content_hash == full.content_hash


def test_sections_with_a_review_date_keep_it(shipped_file):
    dated = [s for s in load_library(extras=False).sections if s.reviewed is not None]
    assert dated, "the shipped content has review dates"
    fast = load_library(extras=False, prebuilt=PrebuiltSections.read(shipped_file))
    assert [s.reviewed for s in fast.sections if s.reviewed is not None] == \
        [s.reviewed for s in dated]


def test_taken_sections_are_not_read_again(shipped_file, monkeypatch):
    _no_reading(monkeypatch)
    library = load_library(extras=False, prebuilt=PrebuiltSections.read(shipped_file))
    assert len(library.sections) > 50 and library.problems == ()
    # the spy works: without the prebuilt file every section is read, and refused
    refused = load_library(extras=False)
    assert not refused.sections and refused.problems


def test_an_english_start_leaves_the_french_entries_packed(shipped_file):
    prebuilt = PrebuiltSections.read(shipped_file)
    load_library(extras=False, prebuilt=prebuilt)
    assert "t" in prebuilt._packed  # never unpacked: a start in English does not pay for them
    load_library(extras=False, language="fr", prebuilt=prebuilt)
    assert not prebuilt._packed


def test_an_edited_file_is_read_in_full(shipped_file, content_copy):
    path = sorted((content_copy / "sections").glob("*.md"))[3]
    text = path.read_text(encoding="utf-8")
    old = next(line for line in text.splitlines() if line.startswith("title:"))
    path.write_text(text.replace(old, "title: A title edited since the build", 1),
                    encoding="utf-8")
    prebuilt = PrebuiltSections.read(shipped_file)
    library = load_library(content_copy, extras=False, prebuilt=prebuilt)
    assert library.section(path.stem).title == "A title edited since the build"
    assert prebuilt.misses == 1
    assert library.sections == load_library(content_copy, extras=False).sections


def test_a_one_letter_edit_of_the_same_length_is_read_in_full(shipped_file, content_copy):
    """The bytes are checked, not only the size: an edit that keeps the file's size (one
    letter of the title) is seen."""
    path = sorted((content_copy / "sections").glob("*.md"))[5]
    raw = path.read_bytes()
    line_start = raw.index(b"\ntitle:") + 1
    line = raw[line_start:raw.index(b"\n", line_start)]
    at = line_start + next(i for i, c in enumerate(line) if i > 6 and chr(c).isalpha())
    letter = b"Q" if raw[at:at + 1] != b"Q" else b"R"
    edited = raw[:at] + letter + raw[at + 1:]
    assert len(edited) == len(raw)
    path.write_bytes(edited)
    prebuilt = PrebuiltSections.read(shipped_file)
    library = load_library(content_copy, extras=False, prebuilt=prebuilt)
    assert prebuilt.misses == 1
    assert any(s.title.startswith(letter.decode()) for s in library.sections)
    assert library.sections == load_library(content_copy, extras=False).sections


@pytest.mark.parametrize("damage", [
    pytest.param(lambda t: t.replace("title:", "title: \u202eevil", 1), id="bidi-override"),
    pytest.param(lambda t: t.replace("---\n", "", 1), id="no-front-matter"),
    pytest.param(lambda t: t.replace("status:", "stauts:", 1), id="unknown-key"),
    pytest.param(lambda t: t + "\n" + "x" * 70 + "\n", id="long-word"),
])
def test_a_broken_file_reports_the_same_problems(shipped_file, content_copy, damage):
    path = sorted((content_copy / "sections").glob("*.md"))[5]
    path.write_text(damage(path.read_text(encoding="utf-8")), encoding="utf-8")
    plain = load_library(content_copy, extras=False)
    fast = load_library(content_copy, extras=False, prebuilt=PrebuiltSections.read(shipped_file))
    assert plain.problems, "the damage is a problem"
    assert fast.problems == plain.problems
    assert fast.sections == plain.sections
    assert path.stem not in {s.id for s in fast.sections}


def test_the_same_bytes_under_another_name_are_read(shipped_file, content_copy):
    """A copy of a shipped file (same bytes, another name) is not the file that was read:
    it is read, and its id that is not its file name is reported as without the file."""
    first = sorted((content_copy / "sections").glob("*.md"))[0]
    shutil.copy(first, first.with_name("zz-copy.md"))
    plain = load_library(content_copy, extras=False)
    prebuilt = PrebuiltSections.read(shipped_file)
    fast = load_library(content_copy, extras=False, prebuilt=prebuilt)
    assert any("zz-copy" in p.path for p in plain.problems)
    assert fast.problems == plain.problems and fast.sections == plain.sections
    assert prebuilt.misses == 1


def test_an_english_file_is_not_taken_for_a_translation(shipped_file, content_copy):
    """The same bytes in fr/sections are a translation: read as one (their own checks)."""
    english = sorted((content_copy / "sections").glob("*.md"))[0]
    french = content_copy / "fr" / "sections" / english.name
    shutil.copy(english, french)
    plain = load_library(content_copy, extras=False, language="fr")
    prebuilt = PrebuiltSections.read(shipped_file)
    fast = load_library(content_copy, extras=False, language="fr", prebuilt=prebuilt)
    assert fast.problems == plain.problems and fast.sections == plain.sections
    assert prebuilt.misses == 1


def test_a_section_read_with_a_warning_is_not_kept(content_copy, monkeypatch, tmp_path):
    """Only sections read without any problem, warnings included, are kept: a kept one
    would load without its warning."""
    from content.messages import msg

    warned = sorted((content_copy / "sections").glob("*.md"))[2].stem
    real = content.loader._read_section

    def with_warning(raw, path, rep, translated):
        section = real(raw, path, rep, translated)
        if path.stem == warned:
            rep.add(path, 1, msg("no-sections"))  # any problem, the section still loads
        return section

    monkeypatch.setattr(content.loader, "_read_section", with_warning)
    target, _ = build(content_copy, tmp_path / "sections.bin")
    prebuilt = PrebuiltSections.read(target)
    prebuilt._unpack("o")
    assert f"o:sections/{warned}.md" not in prebuilt.entries
    assert sum(k.startswith("o:") for k in prebuilt.entries) == \
        len(list((content_copy / "sections").glob("*.md"))) - 1


def test_out_of_date_code_makes_it_ignored(shipped_file, monkeypatch):
    assert PrebuiltSections.read(shipped_file) is not None
    monkeypatch.setattr(prebuilt_mod, "code_fingerprint", lambda: "0:0000000000000000")
    assert PrebuiltSections.read(shipped_file) is None


def test_the_fingerprint_follows_the_loader_code(monkeypatch, tmp_path):
    before = prebuilt_mod.code_fingerprint()
    fake = tmp_path / "fields.py"
    fake.write_text(Path(sys.modules["content.fields"].__file__).read_text() + "\n# changed\n")
    monkeypatch.setattr(sys.modules["content.fields"], "__file__", str(fake))
    assert prebuilt_mod.code_fingerprint() != before


def test_loader_code_that_cannot_be_read_makes_it_ignored(shipped_file, monkeypatch, tmp_path):
    """Its freshness cannot be told: the sections are read (the start does not fail)."""
    monkeypatch.setattr(sys.modules["content.fields"], "__file__", str(tmp_path / "gone.py"))
    assert PrebuiltSections.read(shipped_file) is None


def test_a_bundle_trusts_the_file_it_was_built_with(shipped_file, monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert prebuilt_mod.code_fingerprint() is None
    assert PrebuiltSections.read(shipped_file) is not None


def _header(**changes):
    fields = dict(magic=prebuilt_mod._MAGIC, format=prebuilt_mod.FORMAT,
                  python=tuple(sys.version_info[:2]), marshal=marshal.version,
                  names=prebuilt_mod._FIELDS, code=prebuilt_mod.code_fingerprint())
    fields.update(changes)
    return tuple(fields.values())


@pytest.mark.parametrize("data", [
    pytest.param(b"", id="empty"),
    pytest.param(b"\x00\x01 not marshal at all", id="garbage"),
    pytest.param(lambda good: good[: len(good) // 2], id="truncated"),
    pytest.param(marshal.dumps([1, 2, 3]), id="a-list"),
    pytest.param(marshal.dumps((1, {})), id="bad-header"),
    pytest.param(marshal.dumps((_header(format=99), {})), id="other-format"),
    pytest.param(marshal.dumps((_header(python=(3, 99)), {})), id="other-python"),
    pytest.param(marshal.dumps((_header(names=("id",)), {})), id="other-fields"),
    pytest.param(marshal.dumps((_header(), {"x": b""})), id="unknown-role"),
    pytest.param(marshal.dumps((_header(), {"o": "not bytes"})), id="role-not-bytes"),
])
def test_a_damaged_file_is_ignored(shipped_file, tmp_path, data):
    path = tmp_path / "sections.bin"
    path.write_bytes(data(shipped_file.read_bytes()) if callable(data) else data)
    assert PrebuiltSections.read(path) is None


_N = len(prebuilt_mod._FIELDS)
#: A shipped section file: the damaged entries below are keyed by it, with its true size and
#: checksums, so only the entries' own check keeps them out.
_REAL = sorted((data_root() / "sections").glob("*.md"))[0]


def _entry(key: str, value: object) -> bytes:
    return marshal.dumps({key: value})


@pytest.mark.parametrize("packed", [
    pytest.param(lambda rel, mark: b"garbage", id="garbage"),
    pytest.param(lambda rel, mark: _entry(f"o:{rel}", (mark, (1,))), id="short-entry"),
    pytest.param(lambda rel, mark: _entry(f"o:{rel}", (1,) * _N), id="no-checksums"),
    pytest.param(lambda rel, mark: _entry(f"o:{rel}", (mark[:2], ("x",) * _N)),
                 id="two-numbers"),
    pytest.param(lambda rel, mark: _entry(f"o:{rel}", ((str(mark[0]), *mark[1:]), ("x",) * _N)),
                 id="not-numbers"),
    pytest.param(lambda rel, mark: _entry(f"t:{rel}", (mark, ("x",) * _N)), id="other-role"),
    pytest.param(lambda rel, mark: marshal.dumps(["a list"]), id="a-list"),
])
def test_damaged_entries_are_ignored_and_everything_is_read(tmp_path, packed):
    path = tmp_path / "sections.bin"
    rel = f"sections/{_REAL.name}"
    mark = prebuilt_mod._mark(_REAL.read_bytes())
    path.write_bytes(marshal.dumps((_header(), {"o": packed(rel, mark)})))
    prebuilt = PrebuiltSections.read(path)
    assert prebuilt is not None  # the header is fine; the entries are looked at when used
    prebuilt._unpack("o")
    assert prebuilt.entries == {}  # the role's whole set is refused, not partly taken
    prebuilt = PrebuiltSections.read(path)
    library = load_library(extras=False, prebuilt=prebuilt)
    assert library.sections == load_library(extras=False).sections
    assert prebuilt.hits == 0


def test_an_entry_that_cannot_be_made_into_a_section_is_read_instead(shipped_file, tmp_path):
    prebuilt = PrebuiltSections.read(shipped_file)
    prebuilt._unpack("o")
    at = prebuilt_mod._FIELDS.index("reviewed")
    for key, (mark, values) in list(prebuilt.entries.items()):
        prebuilt.entries[key] = (mark, values[:at] + ("not a date",) + values[at + 1:])
    library = load_library(extras=False, prebuilt=prebuilt)
    plain = load_library(extras=False)
    assert library.sections == plain.sections and library.problems == plain.problems == ()
    assert prebuilt.hits == 0


def test_missing_folder_or_too_large_file_is_ignored(shipped_file, tmp_path, monkeypatch):
    assert PrebuiltSections.read(tmp_path / "nothing-here.bin") is None
    assert PrebuiltSections.read(tmp_path) is None  # a folder
    monkeypatch.setattr(prebuilt_mod, "MAX_BYTES", 10)
    assert PrebuiltSections.read(shipped_file) is None


def test_write_replaces_the_file_whole(shipped_file, tmp_path):
    target = tmp_path / "sections.bin"
    target.write_bytes(b"an older file")
    PrebuiltSections.read(shipped_file).write(target)
    assert PrebuiltSections.read(target) is not None
    assert not target.with_name(target.name + ".tmp").exists()


def test_the_app_start_takes_the_sections_from_it(shipped_file, monkeypatch, tmp_path):
    from desktop_app import language_switch
    from desktop_app.settings import Settings

    monkeypatch.setattr(prebuilt_mod, "default_path", lambda: shipped_file)
    _no_reading(monkeypatch)
    settings = Settings(tmp_path / "settings.ini").load()
    library = language_switch.start_language(data_root(), "en", settings)
    assert len(library.sections) > 50


def test_the_command_builds_it(tmp_path):
    out = tmp_path / "built.bin"
    proc = subprocess.run([sys.executable, "-m", "content.prebuilt", "--build", "--out", str(out)],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "sections read once for the app's start" in proc.stdout
    assert proc.stderr == ""  # no runpy warning: the loader does not import the module
    prebuilt = PrebuiltSections.read(out)
    assert prebuilt is not None
    load_library(extras=False, language="fr", prebuilt=prebuilt)
    assert prebuilt.misses == 0
