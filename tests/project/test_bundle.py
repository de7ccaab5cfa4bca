"""Build the PyInstaller bundle (packaging/build.py) into a temp folder and check it.

One build per test session (about a minute on 2 cores); every test below uses it. The
build itself runs the frozen ``--smoke-test`` and fails on any unexpected stderr line or on
anything written into the (temporary) user profile; these tests then check the parts the
issue asks for one by one: layout and data lookup, what was left out, size, portable mode,
and the fallbacks when the prebuilt index is missing or stale.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MAX_FOLDER_BYTES = 100_000_000
MAX_ZIP_BYTES = 45_000_000

pytestmark = [pytest.mark.bundle, pytest.mark.slow]


def load_build_module():
    path = ROOT / "packaging" / "build.py"
    spec = importlib.util.spec_from_file_location("ipv_packaging_build", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


build = load_build_module()


class Bundle:
    def __init__(self, dist: Path, output: str):
        self.dist = dist
        self.folder = dist / build.FOLDER
        self.internal = self.folder / "_internal"
        self.output = output

    def run(self, *args: str, exe: str = build.CLI_EXE, env: dict[str, str] | None = None):
        return build.run_frozen(self.folder, list(args), exe=exe, env=env)

    def files(self) -> list[Path]:
        return [p for p in self.folder.rglob("*") if p.is_file() and not p.is_symlink()]


@pytest.fixture(scope="session")
def bundle(tmp_path_factory) -> Bundle:
    base = tmp_path_factory.mktemp("bundle")
    # PyInstaller's own cache too goes into the temp folder, not the real home folder.
    env = dict(os.environ, PYINSTALLER_CONFIG_DIR=str(base / "pyinstaller-cache"))
    proc = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"), "--dist", str(base / "dist"),
         "--work", str(base / "work")],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=1200)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return Bundle(base / "dist", proc.stdout)


def smoke_line(stdout: str, step: str) -> str:
    lines = [ln for ln in stdout.splitlines() if ln.startswith(f"smoke: {step} ")]
    assert len(lines) == 1, stdout
    return lines[0]


def assert_smoke_ok(run) -> None:
    assert run.ok, "\n".join(run.problems()) + "\n" + run.stdout + run.stderr


# -- the build and its own smoke test ------------------------------------------------------

def test_build_prints_its_figures_and_passes_the_frozen_smoke_test(bundle):
    out = bundle.output
    assert re.search(r"^\[bundle\] bundle size: [\d.]+ MB in \d+ files", out, re.M), out
    assert re.search(r"^\[bundle\] zip size: [\d.]+ MB", out, re.M), out
    assert re.search(r"^\[bundle\] prebuilt search indexes \(English [\d.]+ MB, French "
                     r"[\d.]+ MB\) built in ", out, re.M), out
    for step in ("content", "sections", "index", "search", "decision", "pdf", "pack", "french"):
        assert re.search(rf"^\[bundle\]   smoke: {step} ok \(", out, re.M), out
    assert "[bundle] smoke test passed" in out


def test_both_executables_and_the_data_are_in_the_folder(bundle):
    for name in (build.GUI_EXE, build.CLI_EXE):
        exe = bundle.folder / build.exe_name(name)
        assert exe.is_file()
        assert os.access(exe, os.X_OK)
    assert (bundle.internal / "content" / "data" / "manifest.yaml").is_file()
    shipped = sorted(p.name for p in (ROOT / "content" / "data" / "sections").glob("*.md"))
    bundled = sorted(p.name for p in (bundle.internal / "content/data/sections").glob("*.md"))
    assert bundled == shipped
    assert (bundle.internal / "desktop_app" / "resources" / "app.qss").is_file()
    assert any((bundle.internal / "index" / "prebuilt").iterdir())
    assert any((bundle.internal / "index" / "prebuilt-fr").iterdir())


def test_frozen_app_reads_its_content_and_index_from_the_bundle(bundle):
    run = bundle.run("--smoke-test")
    assert_smoke_ok(run)
    header = run.stdout.splitlines()[0]
    assert "(frozen)" in header
    assert "(UTF-8 mode)" in header  # the spec's "X utf8" option: the CLI prints “quotes”
    content = smoke_line(run.stdout, "content")
    root = Path(content.split(" from ", 1)[1].rsplit(") in ", 1)[0])
    assert root.resolve() == (bundle.internal / "content" / "data").resolve()
    assert "opened the prebuilt index" in smoke_line(run.stdout, "index")
    # a switch to French opens the French index the bundle ships: nothing is built
    assert "opened the French prebuilt index" in smoke_line(run.stdout, "french")
    assert "offscreen" in smoke_line(run.stdout, "pdf")


def test_the_window_opens_from_the_windowed_executable(bundle):
    env = dict(os.environ, IPV_GUIDE_STARTUP_PROBE="1")
    run = bundle.run("--basedir", str(bundle.dist / "gui-basedir"), exe=build.GUI_EXE,
                     env=env)
    assert run.returncode == 0, run.stderr
    assert "startup-probe: shown at " in run.stdout
    assert run.unexpected_stderr == []
    assert run.profile_files == []


def test_the_interface_translations_ship_and_load_frozen(bundle):
    """Our .qm files (built from the .ts sources, which stay out) and Qt's own French,
    in desktop_app/translations; the frozen CLI speaks French with them."""
    folder = bundle.internal / "desktop_app" / "translations"
    shipped = sorted(p.name for p in folder.iterdir())
    sources = sorted(p.with_suffix(".qm").name
                     for p in (ROOT / "desktop_app" / "translations").glob("*_fr.ts"))
    assert shipped == sorted([*sources, "qtbase_fr.qm"])
    run = bundle.run("--lang", "fr", "--help")
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("utilisation\u00a0:"), run.stdout[:200]
    assert "garder settings.ini dans ce dossier" in run.stdout


def test_smoke_failures_make_the_frozen_run_fail(bundle, tmp_path):
    run = bundle.run("--content", str(tmp_path / "no-such-folder"), "--smoke-test")
    assert run.returncode == 1
    assert not run.ok
    assert "smoke: content FAILED" in run.stdout
    assert "smoke: all ok" not in run.stdout


# -- what was left out ----------------------------------------------------------------------

def test_unused_qt_modules_plugins_and_translations_are_left_out(bundle):
    names = [p.relative_to(bundle.internal).as_posix() for p in bundle.internal.rglob("*")]
    for unwanted in ("Qt6Network", "QtNetwork", "libgssapi", "libkrb5",  # see single_instance
                     "Qt6Qml", "Qt6Quick", "Qt6Pdf", "Qt6Wayland", "plugins/networkinformation",
                     "QtQml", "QtQuick", "Qt/translations", "Qt/qml", "plugins/sqldrivers",
                     "plugins/tls", "plugins/wayland", "plugins/platformthemes"):
        assert not [n for n in names if unwanted in n], unwanted
    platforms = bundle.internal / "PySide6" / "Qt" / "plugins" / "platforms"
    kept = {re.sub(r"^lib|\..*$", "", p.name) for p in platforms.iterdir()}
    assert "qoffscreen" in kept
    assert kept <= {"qwindows", "qdirect2d", "qcocoa", "qxcb", "qoffscreen", "qminimal"}


def test_the_frozen_modules_hold_the_app_and_no_developer_tool(bundle):
    modules = build.frozen_modules(bundle.folder)
    ours = {m for m in modules if m.split(".")[0] in ("content", "index", "desktop_app")}
    # the app is there, found by following the imports (no collect_submodules)...
    for needed in ("desktop_app.cli.content_cmds", "desktop_app.cli.decide_cmds",
                   "desktop_app.cli.export_cmds", "desktop_app.cli.pack_cmds",
                   "desktop_app.cli.search_cmds", "desktop_app.app", "desktop_app.mainwindow",
                   "content.decision.parsing", "content.agency", "index.searcher"):
        assert needed in ours, needed
    # ...and nothing for developers: tools, tests, test runners, benches, fuzzers
    assert build.developer_modules(modules) == []
    for name in modules:
        top = name.split(".")[0]
        assert top not in {"tools", "tests", "pytest", "_pytest", "pytestqt", "hypothesis",
                           "PyInstaller", "sqlite3"}, name
        assert not any(w in name.rsplit(".", 1)[-1] for w in ("bench", "fuzz")), name
    assert "[bundle] " + f"{len(modules)} Python modules frozen, no developer tools among them" \
        in bundle.output


def test_every_start_runs_only_the_start_up_hooks_it_needs(bundle):
    """Ours first (the Qt-free modules before PySide6 is imported), then only PyInstaller's
    PySide6 hook: the multiprocessing, pkgutil and inspect hooks serve what the app never
    does and cost every start their imports (packaging/ipv_guide.spec, issue 15)."""
    assert build.start_up_scripts(bundle.folder) == [
        "pyiboot01_bootstrap", "rthook_plain_first", "pyi_rth_pyside6", "launcher"]


def test_no_tls_in_an_offline_app(bundle):
    names = [p.name for p in bundle.internal.rglob("*")]
    assert not [n for n in names if n.startswith(("_ssl", "libssl", "libcrypto."))]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="figures are for Linux")
def test_bundle_and_zip_stay_within_the_size_targets(bundle):
    size, _files = build.folder_size(bundle.folder)
    assert size <= MAX_FOLDER_BYTES, build.mb(size)
    (archive,) = bundle.dist.glob(f"{build.FOLDER}-*.zip")
    assert archive.stat().st_size <= MAX_ZIP_BYTES, build.mb(archive.stat().st_size)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ldd is Linux-only")
def test_every_bundled_library_finds_its_dependencies(bundle):
    env = dict(os.environ, LD_LIBRARY_PATH=str(bundle.internal))
    missing = []
    for path in bundle.files():
        if not re.search(r"\.so(\.|$)", path.name):
            continue
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env).stdout
        missing += [f"{path.name}: {ln.strip()}" for ln in out.splitlines() if "not found" in ln]
    assert missing == []


# -- fallbacks and portable mode -------------------------------------------------------------

def test_without_the_prebuilt_indexes_the_app_builds_them_in_memory(bundle):
    folders = [bundle.internal / "index" / name for name in ("prebuilt", "prebuilt-fr")]
    for folder in folders:
        folder.rename(folder.with_name(folder.name + "-hidden"))
    try:
        run = bundle.run("--smoke-test")
    finally:
        for folder in folders:
            folder.with_name(folder.name + "-hidden").rename(folder)
    assert_smoke_ok(run)
    assert "built in memory" in smoke_line(run.stdout, "index")
    assert "built the French index in memory" in smoke_line(run.stdout, "french")
    assert run.profile_files == []


def test_a_stale_prebuilt_index_is_not_used(bundle, tmp_path):
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content" / "data", content)
    with sorted((content / "sections").glob("*.md"))[0].open("a", encoding="utf-8") as f:
        f.write("\nAn agency's own extra paragraph.\n")
    run = bundle.run("--content", str(content), "--smoke-test")
    assert_smoke_ok(run)
    assert "does not match this content" in smoke_line(run.stdout, "index")


@pytest.fixture
def clean_folder(bundle):
    """Remove what portable runs leave beside the executables."""
    extra = ("portable.txt", "settings.ini")
    yield bundle
    for name in extra:
        path = bundle.folder / name
        if path.is_dir():
            shutil.rmtree(path)
        elif path.exists():
            path.unlink()


def test_portable_mode_keeps_settings_beside_the_executable(clean_folder):
    bundle = clean_folder
    probe = dict(os.environ, IPV_GUIDE_STARTUP_PROBE="1")

    # Without portable.txt: the profile (here a temp one) gets the settings, and only them.
    normal = bundle.run("search", "consent")
    assert normal.returncode == 0, normal.stderr
    assert normal.profile_files == []  # searching writes nothing: the index ships prebuilt
    gui = bundle.run(exe=build.GUI_EXE, env=probe)
    assert gui.returncode == 0, gui.stderr
    assert any(f.endswith("settings.ini") for f in gui.profile_files)
    assert not (bundle.folder / "cache").exists()
    assert not (bundle.folder / "settings.ini").exists()

    # With portable.txt: everything beside the executable, nothing in the profile.
    (bundle.folder / "portable.txt").write_text("", encoding="utf-8")
    portable = bundle.run("search", "consent")
    assert portable.returncode == 0, portable.stderr
    assert portable.profile_files == []
    assert not (bundle.folder / "cache").exists()
    gui = bundle.run(exe=build.GUI_EXE, env=probe)
    assert gui.returncode == 0, gui.stderr
    assert gui.profile_files == []
    assert (bundle.folder / "settings.ini").is_file()
