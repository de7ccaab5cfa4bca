"""Signed content packs: build, verify, refuse every kind of bad pack, install atomically, diff."""

from __future__ import annotations

import base64
import json
import shutil
import stat
import warnings
import zipfile
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from content import data_root, load_library
from content.pack import (
    MANIFEST,
    SIGNATURE,
    PackError,
    PackManifest,
    build_pack,
    content_files,
    generate_key,
    load_public_keys,
    open_pack,
    parse_public_key,
    sign_bytes,
)
from content.pack_diff import diff_libraries, format_diff
from content.pack_store import active_folder, install, read_state, restore_previous
from desktop_app.cli import main
from desktop_app.cli.pack_cmds import check_folder
from tests.tools.pack_support import content_copy as _content_copy

APP = "0.1.0"


@pytest.fixture(scope="module")
def keys(tmp_path_factory):
    d = tmp_path_factory.mktemp("keys")
    pub = generate_key(d / "signer.key", "test signer")
    other = generate_key(d / "other.key", "someone else")
    return {"key": d / "signer.key", "pub": pub, "other_key": d / "other.key", "other": other}


def _build(tmp: Path, keys, version: str = "2099.1.1", kind: str = "content",
           folder: Path | None = None) -> Path:
    folder = folder or _content_copy(tmp, version)
    out = tmp / f"{kind}-{version}-{folder.name}.igpack"
    build_pack(content_files(folder, kind), keys["key"], out, kind=kind,
               content_version=version, content_date=date(2026, 12, 6))
    return out


def _signed_zip(path: Path, keys, entries: list[tuple[str | zipfile.ZipInfo, bytes]],
                files: dict[str, str], key_path: Path | None = None) -> Path:
    """A pack whose manifest lists ``files`` and is validly signed, holding ``entries``."""
    signer, _ = sign_bytes(key_path or keys["key"], b"")
    body = PackManifest("content", "2099.1.1", "2026-12-06", "", "", files,
                        signer.key_id).to_bytes()
    _, signature = sign_bytes(key_path or keys["key"], body)
    sig = {"key_id": signer.key_id, "signature": base64.b64encode(signature).decode()}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr(MANIFEST, body)
            z.writestr(SIGNATURE, json.dumps(sig))
            for name, data in entries:
                z.writestr(name, data)
    return path


def _sha(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


# -- build and verify -------------------------------------------------------------------

def test_a_built_pack_verifies_and_holds_exactly_the_content_files(tmp_path, keys):
    pack = _build(tmp_path, keys)
    vp = open_pack(pack, [keys["pub"]], APP)
    assert vp.manifest.content_version == "2099.1.1"
    assert "manifest.yaml" in vp.files and "decisions/share.yaml" in vp.files
    assert all(name.endswith((".md", ".yaml")) for name in vp.files)
    assert vp.key.key_id == keys["pub"].key_id


def test_a_public_key_round_trips_and_bad_keys_are_refused(keys):
    line = keys["pub"].line()
    assert parse_public_key(line).raw == keys["pub"].raw
    for bad in ("", "ssh-ed25519 AAAA", "ipv-guide-ed25519 !!!", "ipv-guide-ed25519 QUJD"):
        with pytest.raises(PackError):
            parse_public_key(bad)


def test_keygen_refuses_to_overwrite_and_the_private_key_is_owner_only(tmp_path, keys):
    assert stat.S_IMODE(keys["key"].stat().st_mode) == 0o600
    with pytest.raises(PackError, match="exists already"):
        generate_key(keys["key"])


@pytest.mark.parametrize("case", ["unsigned", "untrusted", "tampered", "incomplete", "extra",
                                  "traversal", "absolute", "backslash", "symlink", "bomb",
                                  "duplicate", "not-zip", "wrong-sig", "newer-app"])
def test_every_kind_of_bad_pack_is_refused_with_one_line(tmp_path, keys, case):
    good = b"---\nid: x\n---\nbody\n"
    path = tmp_path / "bad.igpack"
    if case == "unsigned":
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("content/manifest.yaml", good)
        expect = "not signed"
    elif case == "untrusted":
        path = _build(tmp_path, keys)
        with pytest.raises(PackError, match="does not trust") as exc:
            open_pack(path, [keys["other"]], APP)
        assert "\n" not in str(exc.value)
        return
    elif case == "tampered":
        _signed_zip(path, keys, [("content/a.md", good + b"changed")], {"a.md": _sha(good)})
        expect = "changed after signing"
    elif case == "incomplete":
        _signed_zip(path, keys, [("content/a.md", good)],
                    {"a.md": _sha(good), "b.md": _sha(good)})
        expect = "incomplete"
    elif case == "extra":
        _signed_zip(path, keys, [("content/a.md", good), ("content/evil.md", good)],
                    {"a.md": _sha(good)})
        expect = "not in the signed manifest"
    elif case in ("traversal", "absolute", "backslash"):
        name = {"traversal": "content/../../evil.md", "absolute": "/etc/evil.md",
                "backslash": "content\\..\\evil.md"}[case]
        _signed_zip(path, keys, [(name, good)], {"../../evil.md": _sha(good)})
        expect = "unsafe file name"
    elif case == "symlink":
        info = zipfile.ZipInfo("content/link.md")
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        _signed_zip(path, keys, [(info, b"/etc/passwd")], {"link.md": _sha(b"/etc/passwd")})
        expect = "is a link"
    elif case == "bomb":
        big = b"\0" * (4 * 1024 * 1024)
        _signed_zip(path, keys, [("content/a.md", big)], {"a.md": _sha(big)})
        expect = "zip bomb"
    elif case == "duplicate":
        _signed_zip(path, keys, [("content/a.md", good), ("content/a.md", good)],
                    {"a.md": _sha(good)})
        expect = "appears twice"
    elif case == "not-zip":
        path.write_bytes(b"this is not a zip file")
        expect = "not a content pack"
    elif case == "wrong-sig":
        _signed_zip(path, keys, [("content/a.md", good)], {"a.md": _sha(good)})
        with zipfile.ZipFile(path) as z:
            entries = [(i.filename, z.read(i)) for i in z.infolist()]
        body = entries[0][1].replace(b"2099.1.1", b"2099.9.9")
        with zipfile.ZipFile(path, "w") as z:
            z.writestr(MANIFEST, body)
            for name, data in entries[1:]:
                z.writestr(name, data)
        expect = "signature does not match"
    elif case == "newer-app":
        folder = _content_copy(tmp_path)
        path = tmp_path / "newer.igpack"
        build_pack(content_files(folder), keys["key"], path, kind="content",
                   content_version="2099.1.1", content_date=date(2026, 12, 6), app_min="9.0")
        expect = "made for app versions 9.0"
    with pytest.raises(PackError, match=expect) as exc:
        open_pack(path, [keys["pub"]], APP)
    assert "\n" not in str(exc.value)


# -- installing ---------------------------------------------------------------------------

def test_install_then_restore_the_previous_version(tmp_path, keys):
    store = tmp_path / "store"
    first = install(open_pack(_build(tmp_path, keys, "2099.1.1"), [keys["pub"]], APP), store,
                    baseline_version="2026.1.1", check=check_folder)
    assert active_folder(store) == first
    second = install(open_pack(_build(tmp_path, keys, "2099.2.1"), [keys["pub"]], APP), store,
                     baseline_version="2026.1.1", check=check_folder)
    assert active_folder(store) == second
    assert load_library(second).manifest.content_version == "2099.2.1"
    assert restore_previous(store) == first
    assert active_folder(store) == first
    assert read_state(store).previous == second.name


def test_an_older_or_equal_pack_is_refused_and_nothing_changes(tmp_path, keys):
    store = tmp_path / "store"
    install(open_pack(_build(tmp_path, keys, "2099.2.1"), [keys["pub"]], APP), store,
            baseline_version="2026.1.1")
    before = (store / "content" / "state.json").read_bytes()
    for version in ("2099.1.1", "2099.2.1"):
        with pytest.raises(PackError, match="not newer"):
            install(open_pack(_build(tmp_path, keys, version), [keys["pub"]], APP), store,
                    baseline_version="2026.1.1")
    with pytest.raises(PackError, match="built-in"):
        install(open_pack(_build(tmp_path, keys, "2099.3.1"), [keys["pub"]], APP),
                tmp_path / "other-store", baseline_version="2100.1.1")
    assert (store / "content" / "state.json").read_bytes() == before


def test_a_pack_whose_content_does_not_load_is_refused(tmp_path, keys):
    folder = _content_copy(tmp_path, "2099.5.1")
    (folder / "sections" / "about.md").write_text("no front matter\n", encoding="utf-8")
    pack = _build(tmp_path, keys, "2099.5.1", folder=folder)
    with pytest.raises(PackError, match="problem"):
        install(open_pack(pack, [keys["pub"]], APP), tmp_path / "store", check=check_folder)
    assert active_folder(tmp_path / "store") is None


STEPS = ("prepare", "write", "check", "rename", "switch", "tidy")


@pytest.mark.parametrize("crash_at", STEPS)
def test_a_crash_at_any_step_leaves_a_working_version(tmp_path, keys, crash_at):
    store = tmp_path / "store"
    first = install(open_pack(_build(tmp_path, keys, "2099.1.1"), [keys["pub"]], APP), store)
    vp = open_pack(_build(tmp_path, keys, "2099.2.1"), [keys["pub"]], APP)

    def step(name: str) -> None:
        if name == crash_at:
            raise KeyboardInterrupt(f"power cut at {name}")

    with pytest.raises(KeyboardInterrupt):
        install(vp, store, check=check_folder, step=step)
    current = active_folder(store)
    assert current is not None
    assert current in (first, store / "content" / "2099.2.1-" f"{keys['pub'].key_id[:8]}")
    assert load_library(current).problems == ()
    # and the next install still works, tidying what the crash left
    final = install(open_pack(_build(tmp_path, keys, "2099.3.1"), [keys["pub"]], APP), store)
    assert active_folder(store) == final
    assert not list((store / "content").glob(".tmp-*"))


def test_an_agency_pack_may_carry_only_agency_files(tmp_path, keys):
    folder = tmp_path / "agency"
    (folder / "sections").mkdir(parents=True)
    (folder / "sections" / "local-procedure.md").write_text("x", encoding="utf-8")
    (folder / "agency.yaml").write_text("name: Test\n", encoding="utf-8")
    assert set(content_files(folder, "agency")) == {"agency.yaml", "sections/local-procedure.md"}
    (folder / "decisions").mkdir()
    (folder / "decisions" / "share.yaml").write_text("x", encoding="utf-8")
    with pytest.raises(PackError, match="agency pack carries only"):
        content_files(folder, "agency")


# -- what changed --------------------------------------------------------------------------

def test_the_diff_lists_added_removed_and_edited_sections_and_a_changed_outcome(tmp_path):
    old_root = _content_copy(tmp_path, "2099.1.1")
    new_root = _content_copy(tmp_path, "2099.2.1")
    sections = new_root / "sections"
    (sections / "about-why.md").unlink()
    added = (sections / "about.md").read_text(encoding="utf-8").replace("id: about",
                                                                         "id: about-new")
    (sections / "about-new.md").write_text(added.replace("parent:", "parent: about\n#", 1)
                                           if "parent:" in added else added, encoding="utf-8")
    target = sections / "notice-safety.md"
    text = target.read_text(encoding="utf-8")
    para = next(p for p in text.split("\n\n") if len(p) > 80 and not p.startswith(("---", "#")))
    target.write_text(text.replace(para, "A brand new paragraph about notice."),
                      encoding="utf-8")
    old, new = load_library(old_root), load_library(new_root)
    # change one decision outcome: a provision added, the verdict changed
    flows = dict(new.extras["decisions"])
    flow = flows["share"]
    oid, outcome = next((k, o) for k, o in flow.outcomes.items() if o.provisions)
    changed_outcome = replace(outcome, provisions=(*outcome.provisions, "PHIPA s. 71(1)"),
                              verdict="consult")
    flows["share"] = replace(flow, outcomes={**flow.outcomes, oid: changed_outcome})
    new = replace(new, extras={**new.extras, "decisions": flows})
    diff = diff_libraries(old, new)
    kinds = {(c.section_id, c.change) for c in diff.sections}
    assert ("about-why", "removed") in kinds
    assert ("about-new", "added") in kinds
    assert ("notice-safety", "changed") in kinds
    changed = next(c for c in diff.sections if c.section_id == "notice-safety")
    assert any("brand new paragraph" in p.new for p in changed.paragraphs)
    text = format_diff(diff)
    assert "2099.1.1 to 2099.2.1" in text and "Sections removed:" in text
    (oc,) = diff.outcomes
    assert oc.outcome_id == oid and oc.change == "changed"
    assert oc.provisions_added == ("PHIPA s. 71(1)",) or "PHIPA s. 71(1)" in outcome.provisions
    assert oc.new_verdict == "consult" and oc.old_verdict == outcome.verdict != "consult"
    assert f"verdict: {outcome.verdict} -> consult" in text


def test_the_same_content_has_an_empty_diff(library):
    assert diff_libraries(library, library).empty


# -- the command line ------------------------------------------------------------------------

def test_the_cli_makes_verifies_installs_restores_and_diffs(tmp_path, capsys, basedir):
    key = tmp_path / "agency.key"
    assert main(["pack", "keygen", "--out", str(key), "--comment", "Test agency"]) == 0
    folder = _content_copy(tmp_path, "2099.1.1")
    pack = tmp_path / "guide.igpack"
    assert main(["pack", "build", str(folder), "--key", str(key), "--out", str(pack)]) == 0
    trust = ["--trust", f"{key}.pub"]
    assert main(["--basedir", str(basedir), "pack", "verify", str(pack), *trust]) == 0
    assert "OK:" in capsys.readouterr().out
    # not trusted without --trust or a key in the settings folder
    assert main(["--basedir", str(basedir), "pack", "verify", str(pack)]) == 1
    assert "does not trust" in capsys.readouterr().err
    (basedir / "trusted-keys").mkdir()
    shutil.copy(f"{key}.pub", basedir / "trusted-keys" / "agency.pub")
    assert main(["--basedir", str(basedir), "pack", "install", str(pack)]) == 0
    capsys.readouterr()
    assert main(["--basedir", str(basedir), "check-content", "--stats"]) == 0
    assert "version 2099.1.1" in capsys.readouterr().out  # the CLI now reads the pack
    folder2 = _content_copy(tmp_path, "2099.2.1")
    pack2 = tmp_path / "guide2.igpack"
    assert main(["pack", "build", str(folder2), "--key", str(key), "--out", str(pack2)]) == 0
    assert main(["--basedir", str(basedir), "pack", "install", str(pack2)]) == 0
    assert main(["--basedir", str(basedir), "pack", "restore"]) == 0
    capsys.readouterr()
    assert main(["--basedir", str(basedir), "check-content"]) == 0
    assert "version 2099.1.1" in capsys.readouterr().out
    assert main(["--basedir", str(basedir), "pack", "diff", str(pack), str(pack2)]) == 0
    assert "2099.1.1 to 2099.2.1" in capsys.readouterr().out
    assert main(["--basedir", str(basedir), "pack", "info", str(pack)]) == 0
    assert "signature: valid" in capsys.readouterr().out


def test_build_refuses_content_with_problems(tmp_path, capsys, keys):
    folder = _content_copy(tmp_path, "2099.1.1")
    (folder / "sections" / "about.md").write_text("---\nid: about\n---\n", encoding="utf-8")
    out = tmp_path / "x.igpack"
    assert main(["pack", "build", str(folder), "--key", str(keys["key"]),
                 "--out", str(out)]) == 1
    assert "fix them first" in capsys.readouterr().err
    assert not out.exists()


def test_an_agency_pack_is_laid_over_the_guide_and_its_sections_are_known(tmp_path, capsys,
                                                                          basedir, keys):
    from desktop_app.content_source import agency_sections, content_root
    from desktop_app.paths import Paths

    folder = tmp_path / "agency"
    (folder / "sections").mkdir(parents=True)
    about = (data_root() / "sections" / "about-how-to-use.md").read_text(encoding="utf-8")
    (folder / "sections" / "local-procedure.md").write_text(
        about.replace("id: about-how-to-use", "id: local-procedure"), encoding="utf-8")
    pack = tmp_path / "agency.igpack"
    assert main(["pack", "build", str(folder), "--agency", "--version", "1.0",
                 "--key", str(keys["key"]), "--out", str(pack)]) == 0, capsys.readouterr()
    (basedir / "trusted-keys").mkdir()
    (basedir / "trusted-keys" / "signer.pub").write_text(keys["pub"].line(), encoding="utf-8")
    assert main(["--basedir", str(basedir), "pack", "install", str(pack)]) == 0
    capsys.readouterr()
    assert main(["--basedir", str(basedir), "list"]) == 0
    assert "[local-procedure]" in capsys.readouterr().out
    root = content_root(None, Paths.from_args(str(basedir)))
    assert root is not None and agency_sections(root) == {"local-procedure"}
    # the reader and the printout both say the section is the agency's, and only that one
    from desktop_app.printouts import sections_job
    from desktop_app.reader_pages import section_html

    merged = load_library(root)
    mark = "not part of the guide as published"
    assert mark in section_html(merged, merged.section("local-procedure"))
    assert mark not in section_html(merged, merged.section("about-how-to-use"))
    assert mark in sections_job(merged, ["local-procedure"]).html
    assert mark not in sections_job(merged, ["about-how-to-use"]).html
    assert agency_sections(data_root()) == frozenset()
    # the built-in content itself was not touched
    assert not (data_root() / "sections" / "local-procedure.md").exists()


def test_the_project_key_ships_with_the_app_and_is_trusted_everywhere(tmp_path):
    """The project's public key (its private half is kept by the maintainers, never in the
    repository) is in the app's resources and trusted with no set-up by IT."""
    from desktop_app.content_source import trusted_keys
    from desktop_app.paths import SHIPPED_KEYS, Paths

    shipped = load_public_keys([SHIPPED_KEYS])
    assert [p.name for p in SHIPPED_KEYS.glob("*.pub")] == ["project.pub"]
    assert len(shipped) == 1 and "Info-Sharing Guide project" in shipped[0].comment
    trusted = trusted_keys(Paths.from_args(str(tmp_path / "profile")))
    assert shipped[0].key_id in {k.key_id for k in trusted}
    assert not list(SHIPPED_KEYS.glob("*.key")), "a private key must never be in the repository"
