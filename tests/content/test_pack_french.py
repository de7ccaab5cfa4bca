"""Content packs in French: an agency pack's fr/ part, checked, signed, shown like the guide's."""

from __future__ import annotations

import hashlib
import re
import zipfile
from datetime import date
from pathlib import Path

import pytest

from content import data_root, load_library
from content.pack import PackError, build_pack, content_files, generate_key, open_pack
from content.pack_diff import DIFF_TEXTS, diff_libraries, format_diff
from desktop_app.cli import main
from desktop_app.cli.pack_cmds import DIFF_WORDS
from tests.tools.pack_support import content_copy

APP = "0.1.0"

AGENCY_EN = """\
agency: Example Women's Shelter
checked: 2026-12-01
contacts:
  - role: privacy-officer
    name: Privacy office
    phone: 416-555-0100
    hours: Mon to Fri, 9 am to 5 pm
  - role: supervisor
    phone: 416-555-0101
    hours: 24 hours
"""

AGENCY_FR = """\
agency: Maison d'hébergement Exemple
checked: 2026-12-01
contacts:
  - role: privacy-officer
    name: Bureau de la protection de la vie privée
    phone: 416-555-0100
    hours: Du lundi au vendredi, de 9 h à 17 h
  - role: supervisor
    phone: 416-555-0101
    hours: 24 heures sur 24
"""


@pytest.fixture(scope="module")
def keys(tmp_path_factory):
    d = tmp_path_factory.mktemp("keys")
    pub = generate_key(d / "signer.key", "test signer")
    return {"key": d / "signer.key", "pub": pub}


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def agency_folder(tmp: Path, *, french: bool = True, name: str = "agency") -> Path:
    """A small agency layer: one section of its own and its contacts, in English and (with
    ``french``) in French, the French recording the hash of its English."""
    folder = tmp / name
    (folder / "sections").mkdir(parents=True)
    en = (data_root() / "sections" / "about-how-to-use.md").read_text(encoding="utf-8")
    section = folder / "sections" / "local-procedure.md"
    section.write_text(en.replace("id: about-how-to-use", "id: local-procedure")
                       .replace('title: "How to use this app"',
                                'title: "Our local procedure"'), encoding="utf-8")
    (folder / "agency.yaml").write_text(AGENCY_EN, encoding="utf-8")
    if french:
        (folder / "fr" / "sections").mkdir(parents=True)
        fr = (data_root() / "fr" / "sections" / "about-how-to-use.md").read_text(
            encoding="utf-8")
        fr = fr.replace("id: about-how-to-use", "id: local-procedure")
        fr = re.sub(r'(?m)^title: .*$', 'title: "Notre procédure locale"', fr)
        fr = re.sub(r"(?m)^source_sha256: .*$", f"source_sha256: {_sha(section)}", fr)
        (folder / "fr" / "sections" / "local-procedure.md").write_text(fr, encoding="utf-8")
        (folder / "fr" / "agency.yaml").write_text(AGENCY_FR, encoding="utf-8")
    return folder


def _build(folder: Path, keys, out: Path, capsys) -> tuple[int, str, str]:
    code = main(["pack", "build", str(folder), "--agency", "--version", "1.0",
                 "--key", str(keys["key"]), "--out", str(out)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _install(basedir: Path, keys, pack: Path, capsys) -> Path:
    from desktop_app.content_source import content_root
    from desktop_app.paths import Paths

    (basedir / "trusted-keys").mkdir(exist_ok=True)
    (basedir / "trusted-keys" / "signer.pub").write_text(keys["pub"].line(), encoding="utf-8")
    assert main(["--basedir", str(basedir), "pack", "install", str(pack)]) == 0, \
        capsys.readouterr()
    root = content_root(None, Paths.from_args(str(basedir)))
    assert root is not None
    return root


def test_a_bilingual_agency_pack_is_built_signed_installed_and_read_in_french(
        tmp_path, capsys, basedir, keys):
    from desktop_app.content_source import agency_sections

    folder = agency_folder(tmp_path)
    pack = tmp_path / "agency.igpack"
    code, out, err = _build(folder, keys, pack, capsys)
    assert code == 0, out + err
    assert "4 files, 2 of them French" in out
    assert "note(s)" not in out  # nothing missing in French
    vp = open_pack(pack, [keys["pub"]], APP)
    assert set(vp.files) == {"agency.yaml", "sections/local-procedure.md",
                             "fr/agency.yaml", "fr/sections/local-procedure.md"}
    root = _install(basedir, keys, pack, capsys)
    french = load_library(root, language="fr")
    section = french.section("local-procedure")
    assert section.title == "Notre procédure locale" and not section.untranslated
    assert french.agency is not None and french.agency.name == "Maison d'hébergement Exemple"
    english = load_library(root)
    assert english.section("local-procedure").title == "Our local procedure"
    assert english.agency is not None and english.agency.name == "Example Women's Shelter"
    # the section is the agency's in both languages (the reader marks it so)
    assert agency_sections(Path(french.root)) == agency_sections(root) == {"local-procedure"}


def test_an_english_only_agency_pack_still_works_and_is_marked_untranslated_in_french(
        tmp_path, capsys, basedir, keys):
    folder = agency_folder(tmp_path, french=False)
    pack = tmp_path / "agency.igpack"
    code, out, err = _build(folder, keys, pack, capsys)
    assert code == 0, out + err
    # the missing French is reported, by file, but does not stop the pack
    assert "French: 2 note(s)" in out
    assert f"{Path('agency', 'fr', 'sections', 'local-procedure.md')}:0: no French translation " \
        "yet of " in out
    assert "tmp" not in out.replace(str(tmp_path), "")  # named where the author edits them
    assert f"{Path('agency', 'fr', 'agency.yaml')}:0: no French translation yet" in out
    root = _install(basedir, keys, pack, capsys)
    french = load_library(root, language="fr")
    section = french.section("local-procedure")
    assert section.untranslated and section.title == "Our local procedure"
    # the English contacts stand in for the French ones
    assert french.agency is not None and french.agency.name == "Example Women's Shelter"


def test_an_agency_section_that_replaces_a_guide_section_never_shows_the_guides_french(
        tmp_path):
    """The guide's French translates the guide's English; once an agency replaces that
    English, the old French would say something else: the agency's English shows instead."""
    from desktop_app.content_source import overlay

    layer = tmp_path / "layer"
    (layer / "sections").mkdir(parents=True)
    en = (data_root() / "sections" / "about-how-to-use.md").read_text(encoding="utf-8")
    (layer / "sections" / "about-how-to-use.md").write_text(
        en.replace('title: "How to use this app"', 'title: "How we use this app here"'),
        encoding="utf-8")
    merged = tmp_path / "merged"
    overlay(data_root(), layer, merged)
    french = load_library(merged, language="fr")
    section = french.section("about-how-to-use")
    assert section.untranslated and section.title == "How we use this app here"
    # a section the agency did not touch keeps the guide's French
    assert not french.section("about").untranslated
    assert (data_root() / "fr" / "sections" / "about-how-to-use.md").is_file()  # untouched


def _stale(folder: Path) -> None:
    s = folder / "sections" / "local-procedure.md"
    s.write_text(s.read_text(encoding="utf-8") + "\nOne more line in English.\n",
                 encoding="utf-8")


def _phone(folder: Path) -> None:
    f = folder / "fr" / "agency.yaml"
    f.write_text(f.read_text(encoding="utf-8").replace("416-555-0101", "416-555-0109"),
                 encoding="utf-8")


def _parent(folder: Path) -> None:
    f = folder / "fr" / "sections" / "local-procedure.md"
    f.write_text(f.read_text(encoding="utf-8").replace("parent: about", "parent: principles"),
                 encoding="utf-8")


def _role(folder: Path) -> None:
    f = folder / "fr" / "agency.yaml"
    f.write_text(f.read_text(encoding="utf-8").replace("role: supervisor",
                                                       "role: agency-lawyer"), encoding="utf-8")


def _broken(folder: Path) -> None:
    (folder / "fr" / "agency.yaml").write_text("agency: [unclosed\n", encoding="utf-8")


@pytest.mark.parametrize(("spoil", "where", "says"), [
    (_stale, "fr/sections/local-procedure.md:", "stale:"),
    (_phone, "fr/agency.yaml:9:", "the phone of 'supervisor' is '416-555-0109' in French"),
    (_parent, "fr/sections/local-procedure.md:4:", "'parent' is principles in French"),
    (_role, "fr/agency.yaml:8:", "role 'agency-lawyer' is in the French"),
    (_broken, "fr/agency.yaml:", "agency.yaml was not used"),
])
def test_wrong_french_in_an_agency_pack_stops_it_with_file_and_line(tmp_path, capsys, keys,
                                                                      spoil, where, says):
    folder = agency_folder(tmp_path)
    spoil(folder)
    out_file = tmp_path / "agency.igpack"
    code, out, err = _build(folder, keys, out_file, capsys)
    assert code == 1
    assert "fix them first" in err
    place = str(Path("agency", *where.split("/")))
    line = next((ln for ln in out.splitlines() if place in ln), "")
    assert says in line, out
    assert not out_file.exists()


def test_a_tampered_french_file_is_refused(tmp_path, keys):
    folder = agency_folder(tmp_path)
    pack = tmp_path / "agency.igpack"
    build_pack(content_files(folder, "agency"), keys["key"], pack, kind="agency",
               content_version="1.0", content_date=date(2026, 12, 6))
    open_pack(pack, [keys["pub"]], APP)  # fine as built
    bad = tmp_path / "tampered.igpack"
    with zipfile.ZipFile(pack) as src, zipfile.ZipFile(bad, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "content/fr/agency.yaml":
                data = data.replace(b"416-555-0100", b"416-555-0199")
            dst.writestr(info, data)
    with pytest.raises(PackError, match="'fr/agency.yaml' was changed after signing"):
        open_pack(bad, [keys["pub"]], APP)


def test_a_french_file_without_its_english_in_the_pack_is_refused(tmp_path, keys):
    """A French file alone would replace the guide's own French text unmarked."""
    folder = agency_folder(tmp_path)
    (folder / "fr" / "sections" / "about.md").write_text(
        (data_root() / "fr" / "sections" / "about.md").read_text(encoding="utf-8"),
        encoding="utf-8")
    with pytest.raises(PackError, match="fr/sections/about.md: a French file needs its "
                                        "English original"):
        content_files(folder, "agency")
    # nor does a pack signed some other way get past opening
    files = content_files(agency_folder(tmp_path, name="other"), "agency")
    files["fr/sections/about.md"] = b"---\nid: about\n---\n"
    pack = tmp_path / "lone.igpack"
    build_pack(files, keys["key"], pack, kind="agency", content_version="1.0",
               content_date=date(2026, 12, 6))
    with pytest.raises(PackError, match="'fr/sections/about.md' has no English original"):
        open_pack(pack, [keys["pub"]], APP)


def test_an_agency_pack_still_carries_nothing_else_in_fr(tmp_path):
    folder = agency_folder(tmp_path)
    (folder / "fr" / "glossary.yaml").write_text("[]\n", encoding="utf-8")
    (folder / "glossary.yaml").write_text("[]\n", encoding="utf-8")
    with pytest.raises(PackError, match="their French versions in fr/"):
        content_files(folder, "agency")


def test_the_pack_commands_speak_french(tmp_path, capsys, basedir, keys):
    folder = agency_folder(tmp_path, french=False)
    pack = tmp_path / "agency.igpack"
    assert main(["--lang", "fr", "pack", "build", str(folder), "--agency", "--version", "1.0",
                 "--key", str(keys["key"]), "--out", str(pack)]) == 0
    out = capsys.readouterr().out
    assert "Français\u00a0: 2 remarque(s)" in out and "4 files" not in out
    assert "fichier(s), dont 0 en français" in out
    assert main(["--lang", "fr", "--basedir", str(basedir), "pack", "verify", str(pack),
                 "--trust", f"{keys['key']}.pub"]) == 0
    assert capsys.readouterr().out.startswith("Valide\u00a0: agency.igpack")
    assert main(["--lang", "fr", "--basedir", str(basedir), "pack", "info", str(pack)]) == 1
    out = capsys.readouterr().out
    assert "version du contenu\u00a0: 1.0" in out and "signature\u00a0: REFUSÉE ici" in out
    assert main(["--lang", "fr", "pack", "build", str(tmp_path / "nowhere"), "--key", "k",
                 "--out", "x"]) == 1
    assert "n'est pas un dossier" in capsys.readouterr().err


def test_pack_diff_speaks_the_command_lines_language(tmp_path, capsys):
    old, new = content_copy(tmp_path, "2099.1.1"), content_copy(tmp_path, "2099.2.1")
    for root in (new, new / "fr"):
        s = root / "sections" / "about-how-to-use.md"
        s.write_text(s.read_text(encoding="utf-8") + "\nOne more paragraph.\n",
                     encoding="utf-8")
    assert main(["--lang", "fr", "pack", "diff", str(old), str(new)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Ce qui a changé du contenu 2099.1.1 au contenu 2099.2.1")
    assert "Sections modifiées\u00a0:" in out
    assert "Comment utiliser cette application [about-how-to-use]" in out  # the French title
    assert main(["--lang", "en", "pack", "diff", str(old), str(new)]) == 0
    out = capsys.readouterr().out
    assert "Sections changed:" in out and "How to use this app [about-how-to-use]" in out


def test_every_text_of_the_diff_is_offered_for_translation(tmp_path):
    assert DIFF_WORDS == DIFF_TEXTS
    seen: list[str] = []

    def record(text: str) -> str:
        seen.append(text)
        return text

    old = load_library(data_root())
    new_root = content_copy(tmp_path, "2099.2.1")
    (new_root / "sections" / "about-how-to-use.md").unlink()
    s = new_root / "sections" / "about.md"
    s.write_text(s.read_text(encoding="utf-8") + "\nOne more paragraph.\n", encoding="utf-8")
    format_diff(diff_libraries(old, load_library(new_root)), record)
    format_diff(diff_libraries(old, old), record)
    assert seen and set(seen) <= set(DIFF_TEXTS)


def test_an_english_only_agency_pack_does_not_withdraw_french_from_the_menu(
        tmp_path, capsys, basedir, keys):
    """French is offered once the guide's French is complete; an agency's own sections,
    shown in English marked "not yet translated", do not count against it."""
    from content.agency import AGENCY_LIST
    from content.parity import translation_ready
    from desktop_app.content_source import AGENCY_LIST as APP_LIST

    assert AGENCY_LIST == APP_LIST
    assert translation_ready(data_root())
    folder = agency_folder(tmp_path, french=False)
    about = (data_root() / "sections" / "about.md").read_text(encoding="utf-8")
    (folder / "sections" / "about.md").write_text(about + "\nOur own words.\n",
                                                  encoding="utf-8")  # replaces a guide page
    pack = tmp_path / "agency.igpack"
    code, out, err = _build(folder, keys, pack, capsys)
    assert code == 0, out + err
    root = _install(basedir, keys, pack, capsys)
    assert translation_ready(root)
    french = load_library(root, language="fr")
    assert french.section("about").untranslated  # the agency's English, not the old French
    # the French of the guide itself still counts: one section gone, French is withheld
    (root / "fr" / "sections" / "principles.md").unlink()
    assert not translation_ready(root)


def test_a_french_agency_file_that_differs_is_a_parity_problem_anywhere(tmp_path):
    """An agency.yaml put straight into a content folder (docs/deploying.md) is checked by
    ``--lang fr check-content`` too: a phone number must be the same in both languages."""
    from content.agency import parity_problems
    from content.parity import parity_report

    root = content_copy(tmp_path)
    (root / "agency.yaml").write_text(AGENCY_EN, encoding="utf-8")
    # no French file: reported by the pack commands, not a parity problem of the guide
    assert parity_problems(root, root / "fr")[0][2].text.startswith("no French translation yet")
    assert not parity_report(load_library(root, language="fr")).problems
    (root / "fr" / "agency.yaml").write_text(
        AGENCY_FR.replace("checked: 2026-12-01", "checked: 2026-11-01")
        .replace("416-555-0100", "416-555-0190"), encoding="utf-8")
    messages = [f"{p.line}: {p.message}"
                for p in parity_report(load_library(root, language="fr")).problems]
    assert messages == [
        "6: the phone of 'privacy-officer' is '416-555-0190' in French but '416-555-0100' in "
        "English; phone numbers stay as in English",
        "2: 'checked' is 2026-11-01 in French but 2026-12-01 in English (the same date)"]
    (root / "agency.yaml").unlink()
    assert "has no English original" in parity_problems(root, root / "fr")[0][2].text


def test_a_guide_pack_carries_its_french_and_reports_french_problems_without_refusing(
        tmp_path, capsys, keys):
    """An update whose French lags behind its English can still ship (French is then offered
    only with --lang fr, as for the built-in guide); the build says so, file by file."""
    folder = content_copy(tmp_path, "2099.1.1")
    out_file = tmp_path / "guide.igpack"
    args = ["pack", "build", str(folder), "--key", str(keys["key"]), "--out", str(out_file)]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "French:" not in out
    french = sum(1 for p in (folder / "fr").rglob("*") if p.suffix in (".md", ".yaml"))
    assert f"{french} of them French" in out
    (folder / "fr" / "sections" / "principles.md").unlink()
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "French: 1 problem(s). Until they are fixed" in out
    assert f"{Path('fr', 'sections', 'principles.md')}:0: no French translation yet" in out


def test_file_update_content_says_when_an_agency_pack_has_no_french(tmp_path, basedir, keys):
    from desktop_app.content_update import install_pack_file
    from desktop_app.paths import Paths

    (basedir / "trusted-keys").mkdir()
    (basedir / "trusted-keys" / "signer.pub").write_text(keys["pub"].line(), encoding="utf-8")
    paths = Paths.from_args(str(basedir))
    results = []
    for french in (True, False):
        folder = agency_folder(tmp_path, french=french, name=f"agency-{french}")
        pack = tmp_path / f"agency-{french}.igpack"
        build_pack(content_files(folder, "agency"), keys["key"], pack, kind="agency",
                   content_version="1.0" if french else "1.1", content_date=date(2026, 12, 6))
        results.append(install_pack_file(pack, paths))
    assert all(r.ok for r in results), results
    assert "no French version yet" not in results[0].message
    assert results[1].message.endswith('in French, they are shown in English, marked '
                                       '"not yet translated".')
