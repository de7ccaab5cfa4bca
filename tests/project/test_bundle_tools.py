"""The packaging helpers without building a bundle: build.py's checks and linux_libs.py.

Fast; tests/project/test_bundle.py builds the real thing.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def load(name: str):
    spec = importlib.util.spec_from_file_location(f"ipv_packaging_{name}",
                                                  ROOT / "packaging" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


build = load("build")
linux_libs = load("linux_libs")

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")


# -- build.py -------------------------------------------------------------------------------

def test_stderr_allow_list_lets_known_noise_through_and_nothing_else():
    stderr = ("QStandardPaths: XDG_RUNTIME_DIR not set, defaulting to '/tmp/runtime-root'\n"
              "\n"
              "qt.qpa.fonts: Populating font family aliases took 120 ms\n"
              "Traceback (most recent call last):\n")
    assert build.unexpected_lines(stderr, build.allowed_stderr("linux")) == [
        "qt.qpa.fonts: Populating font family aliases took 120 ms",
        "Traceback (most recent call last):",
    ]


FONT_NOTE = ('qt.qpa.fonts: Populating font family aliases took 187 ms. Replace uses of missing '
             'font family "Nimbus Roman" with one that exists to avoid this cost.')
EUDC = 'qt.qpa.fonts: Unable to open default EUDC font: "EUDC.TTE"'
XDG = "QStandardPaths: XDG_RUNTIME_DIR not set, defaulting to '/tmp/runtime-root'"


@pytest.mark.parametrize("platform, allowed, refused", [
    ("linux", [XDG], [FONT_NOTE, EUDC]),
    ("win32", [FONT_NOTE, EUDC], [XDG]),
    ("darwin", [FONT_NOTE], [XDG, EUDC]),
])
def test_each_platform_allows_its_own_known_qt_messages_only(platform, allowed, refused):
    patterns = build.allowed_stderr(platform)
    worse = ["Traceback (most recent call last):", "QPainter::begin: Paint device returned "
             "engine == 0, type: 3", FONT_NOTE + " And then it crashed.",
             "qt.qpa.fonts: Populating font family aliases took 9 ms"]
    assert build.unexpected_lines("\n".join(allowed), patterns) == []
    assert build.unexpected_lines("\n".join(refused + worse), patterns) == refused + worse


def test_every_allow_list_entry_is_explained_and_compiles():
    import re

    assert set(build.STDERR_ALLOWED) >= {"", "linux", "win32", "darwin"}
    for patterns in build.STDERR_ALLOWED.values():
        for p in patterns:
            re.compile(p)
    source = (ROOT / "packaging" / "build.py").read_text(encoding="utf-8")
    block = source[source.index("STDERR_ALLOWED: dict"):source.index("def allowed_stderr")]
    entries = [ln for ln in block.splitlines() if ln.strip().startswith(('r"', "_FONT"))]
    comments = [ln for ln in block.splitlines() if ln.strip().startswith("#")]
    assert entries and len(comments) >= 2  # the two platform-specific regexes say why


def test_smoke_run_is_ok_only_with_exit_0_the_final_line_clean_stderr_and_no_profile_writes():
    good = build.SmokeRun(0, "smoke: x ok\nsmoke: all ok\n", "", [], [])
    assert good.ok and good.problems() == []
    assert not build.SmokeRun(1, "smoke: all ok\n", "", [], []).ok
    assert not build.SmokeRun(0, "smoke: content ok\n", "", [], []).ok
    assert not build.SmokeRun(0, "smoke: all ok\n", "oops", ["oops"], []).ok
    written = build.SmokeRun(0, "smoke: all ok\n", "", [], [".cache/IPVGuide"])
    assert written.problems() == ["wrote into the user profile: .cache/IPVGuide"]


def test_the_build_fails_unless_the_smoke_test_opened_both_shipped_indexes():
    opened = ("smoke: index ok (opened the prebuilt index, 159 documents) in 0.3 s\n"
              "smoke: french ok (opened the French prebuilt index, 159 documents; "
              "'À propos' found) in 1.2 s\n")
    assert build.unused_indexes(opened) == []
    built = ("smoke: index ok (built in memory (the prebuilt index does not match this "
             "content), 159 documents) in 2.0 s\n"
             "smoke: french ok (built the French index in memory (the prebuilt one does not "
             "match this content), 159 documents; 'À propos' found) in 2.1 s\n")
    assert build.unused_indexes(built) == ["index", "french"]
    assert build.unused_indexes(opened.splitlines()[0]) == ["french"]  # no French step


def test_the_build_fails_unless_the_smoke_test_took_every_section_from_the_prebuilt_file():
    taken = "smoke: sections ok (86 of 86 taken from the prebuilt file) in 0.0 s\n"
    assert build.sections_not_prebuilt("smoke: content ok (x)\n" + taken) is None
    partly = "smoke: sections ok (85 of 86 taken from the prebuilt file) in 0.0 s"
    assert build.sections_not_prebuilt(partly) == partly
    none = "smoke: sections ok (no prebuilt sections: each start reads every section) in 0.0 s"
    assert build.sections_not_prebuilt(none) == none
    assert build.sections_not_prebuilt("smoke: content ok (x)\n") is not None


def test_smoke_env_points_every_profile_folder_at_the_temp_one(tmp_path):
    env = build.smoke_env(tmp_path / "p", {"HOME": "/home/someone", "PYTHONPATH": "/src",
                                           "PATH": "/usr/bin"})
    for var in build.PROFILE_VARS:
        assert env[var] == str(tmp_path / "p")
    assert env["QT_QPA_PLATFORM"] == "offscreen"
    assert "PYTHONPATH" not in env
    assert env["PATH"] == "/usr/bin"


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges")
def test_zip_keeps_links_as_links_and_sizes_do_not_count_them_twice(tmp_path):
    folder = tmp_path / "App"
    (folder / "_internal" / "lib").mkdir(parents=True)
    (folder / "_internal" / "lib" / "libbig.so.6").write_bytes(b"x" * 10_000)
    (folder / "_internal" / "libbig.so.6").symlink_to("lib/libbig.so.6")
    (folder / "app").write_bytes(b"#!")
    os.chmod(folder / "app", 0o755)
    size, files = build.folder_size(folder)
    assert files == 3 and size < 10_100
    archive = build.make_zip(folder, tmp_path / "app.zip")
    with zipfile.ZipFile(archive) as zf:
        info = {i.filename: i for i in zf.infolist()}
        assert set(info) == {"App/app", "App/_internal/lib/libbig.so.6",
                             "App/_internal/libbig.so.6"}
        link = info["App/_internal/libbig.so.6"]
        assert (link.external_attr >> 16) & 0o170000 == 0o120000
        assert zf.read(link) == b"lib/libbig.so.6"
        assert (info["App/app"].external_attr >> 16) & 0o111


def test_platform_tag_and_exe_names():
    assert build.platform_tag().split("-")[0] in {"linux", "windows", "macos", sys.platform}
    assert build.exe_name("ipv-guide") == ("ipv-guide.exe" if sys.platform == "win32"
                                           else "ipv-guide")


def test_spec_and_build_agree_on_names():
    spec = (ROOT / "packaging" / "ipv_guide.spec").read_text(encoding="utf-8")
    for var in ("GUI_EXE", "CLI_EXE", "FOLDER"):
        assert f'{var} = "{getattr(build, var)}"' in spec


def test_no_init_py_in_packaging():
    # A package named "packaging" would shadow the PyPI library PyInstaller and pip use.
    assert not (ROOT / "packaging" / "__init__.py").exists()


# -- linux_libs.py: ICU trimming ------------------------------------------------------------

@pytest.mark.parametrize(("name", "kept"), [
    ("icudt73l/root.res", True),
    ("icudt73l/res_index.res", True),
    ("icudt73l/coll/ucadata.icu", True),
    ("icudt73l/coll/fr_CA.res", True),
    ("icudt73l/zone/en.res", True),
    ("icudt73l/supplementalData.res", True),
    ("icudt73l/brkitr/line.brk", True),
    ("icudt73l/ibm-5348_P100-1997.cnv", True),
    ("icudt73l/coll/zh.res", False),
    ("icudt73l/de_CH.res", False),
    ("icudt73l/ars.res", False),
    ("icudt73l/gb18030.cnv", False),
    ("icudt73l/brkitr/cjdict.dict", False),
    ("icudt73l/translit/root.res", False),
    ("icudt73l/unames.icu", False),
])
def test_which_icu_items_are_kept(name, kept):
    assert linux_libs.wanted(name) is kept


def _icu_data_library() -> Path:
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    if not found:
        pytest.skip("this PySide6 has no ICU data library")
    return found[0]


@linux_only
def test_icu_common_data_round_trips_item_for_item():
    raw = _icu_data_library().read_bytes()
    symbol, offset, size = linux_libs.find_data_blob(raw)
    assert symbol.startswith("icudt") and symbol.endswith("_dat")
    header, items = linux_libs.read_items(raw[offset:offset + size])
    again = linux_libs.write_items(header, items)
    assert linux_libs.read_items(again) == (header, items)
    assert len(again) == size


@linux_only
@pytest.mark.slow
def test_trimmed_icu_still_collates_english_and_french_like_the_full_one(tmp_path):
    src = _icu_data_library()
    trimmed = linux_libs.trim(src, tmp_path)
    if trimmed is None:
        pytest.skip("binutils (as, ld) not available")
    assert trimmed.stat().st_size < src.stat().st_size / 4
    assert linux_libs.dt_needed(trimmed) == []
    code = (
        "from PySide6.QtCore import QCollator, QLocale, QStringDecoder, QTimeZone\n"
        "words = ['côté', 'cote', 'Zèbre', 'éclair', 'coté', 'côte', 'apple', 'Eclair']\n"
        "for loc in ('fr_CA', 'en_CA'):\n"
        "    c = QCollator(QLocale(loc))\n"
        "    print(loc, sorted(words, key=c.sortKey))\n"
        "tz = QTimeZone(b'America/Toronto')\n"
        "print(tz.displayName(QTimeZone.TimeType.StandardTime,"
        " QTimeZone.NameType.LongName, QLocale('fr_CA')))\n"
        "print('shift-jis', QStringDecoder('Shift_JIS').isValid())\n"
    )

    def run(preload: Path | None) -> str:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        if preload is not None:
            env["LD_PRELOAD"] = str(preload)
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              env=env, timeout=60)
        assert proc.returncode == 0, proc.stderr
        return proc.stdout

    full, small = run(None).splitlines(), run(trimmed).splitlines()
    # the trimmed library is really the one in use: a Japanese codepage is gone...
    assert (full[-1], small[-1]) == ("shift-jis True", "shift-jis False")
    # ...and English and French collation and time-zone names are unchanged
    assert small[:-1] == full[:-1]
    assert "cote', 'côte', 'coté', 'côté'" in small[0]  # French accent order


@linux_only
def test_dt_needed_lists_direct_dependencies_only():
    import PySide6

    plugin = (Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms"
              / "libqoffscreen.so")
    needed = linux_libs.dt_needed(plugin)
    assert "libQt6Gui.so.6" in needed
    assert "libicudata.so.73" not in needed  # only through QtCore, not directly


def test_developer_modules_are_recognised_and_the_app_is_not():
    mods = ["content.loader", "desktop_app.cli.search_cmds", "index.searcher", "tools.bench",
            "tools", "tests.app_support", "pytest", "_pytest.main", "hypothesis.core",
            "index.fuzz", "desktop_app.typing_bench", "sqlite3.dbapi2", "indexer", "toolsy"]
    assert build.developer_modules(mods) == [
        "tools.bench", "tools", "tests.app_support", "pytest", "_pytest.main",
        "hypothesis.core", "index.fuzz", "desktop_app.typing_bench", "sqlite3.dbapi2"]


def test_the_spec_collects_no_submodules_and_excludes_the_tools():
    spec = (ROOT / "packaging" / "ipv_guide.spec").read_text(encoding="utf-8")
    code = "\n".join(ln.split("#", 1)[0] for ln in spec.splitlines())
    assert "collect_submodules" not in code
    for name in ('"tools"', '"tests"', '"pytest"', '"hypothesis"'):
        assert name in code, name
