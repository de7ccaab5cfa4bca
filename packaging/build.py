#!/usr/bin/env python3
"""Build the portable one-folder app, then smoke-test the frozen binary.

    python3 dev.py bundle                 # the usual way (sets up .venv first)
    .venv/bin/python packaging/build.py [--dist DIR] [--work DIR] [--no-zip] [--no-smoke]

Steps:

1. build the search indexes of the shipped content (``index.build_index``), English and
   French, into the work folder; the spec ships them as ``index/prebuilt`` and
   ``index/prebuilt-fr``, so neither the first start nor a switch to French (View >
   Language) builds anything: the app opens the index of the language it shows (it builds
   one in memory only when the content is not the shipped one); and
   compile the interface's translations (``desktop_app/translations/*.ts`` -> ``.qm``, with
   Qt's own ``qtbase_fr.qm`` beside them), shipped as ``desktop_app/translations``; and
   read the shipped sections once (:mod:`content.prebuilt`), shipped as
   ``content/prebuilt-sections.bin``, so the app's start takes them from there;
2. run PyInstaller on ``packaging/ipv_guide.spec`` (log: ``<work>/pyinstaller.log``);
3. print the bundle's size, and zip it (``<dist>/InfoSharingGuide-<version>-<platform>.zip``,
   what agency IT copies; on macOS also the ``.app``) and print the zip's size;
4. run ``ipv-guide --smoke-test`` from the bundle, offscreen, with HOME and the other profile
   folders pointed at an empty temporary folder. The build fails if the smoke test fails,
   prints anything on stderr that is not on this platform's :data:`STDERR_ALLOWED`, writes
   anything into that profile folder, or does not open both shipped indexes (English, and
   French as a switch does: an index that does not match its content would be dead weight),
   or does not take every section from the prebuilt sections.

Exit code 0 when all of that worked. Runs unchanged on Linux, Windows and macOS.

Size: the folder stays under 100 MB on Linux (``tests/project/test_bundle.py``). Qt's network
module is left out (the single-instance check uses Python's own Unix-domain sockets, and on
Windows its ``multiprocessing.connection`` named pipes), which pays for the French index;
the largest files left are Qt's own libraries, Python, and ICU (trimmed to English and
French on Linux).

Models: qutebrowser's ``scripts/dev/build_release.py`` (build, then ``smoke_test`` of the
frozen binary with an allow-list for stderr).
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import stat
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "ipv_guide.spec"
FOLDER = "InfoSharingGuide"  # keep in step with the spec
GUI_EXE = "InfoSharingGuide"
CLI_EXE = "ipv-guide"
SMOKE_TIMEOUT = 180  # seconds; the smoke test itself takes about 2 s

#: Qt's one-line note when a font family named in a style sheet (print.css lists "Nimbus
#: Roman", "Times New Roman"...) is not installed and it had to look up the aliases: Qt then
#: uses the next family in the list. Timing information, not an error.
_FONT_ALIASES = (r"qt\.qpa\.fonts: Populating font family aliases took \d+ ms\. Replace uses "
                 r"of missing font family \"[^\"]*\" with one that exists to avoid this cost\.")

#: stderr lines the frozen smoke test may print without failing the build (regexes,
#: matched against the whole line), per platform: the key is a ``sys.platform`` prefix, ""
#: applies everywhere. Each entry says why it is harmless; anything else fails the build.
STDERR_ALLOWED: dict[str, tuple[str, ...]] = {
    "": (),
    "linux": (
        # Qt when run as root with no session (CI containers); we point XDG_RUNTIME_DIR at
        # a private folder, but an inherited unusable one still warns.
        r"QStandardPaths: .*XDG_RUNTIME_DIR.*",
    ),
    "win32": (
        _FONT_ALIASES,
        # The End-User-Defined Characters font Windows may name in the registry; most
        # computers have none, and the app uses no private-use characters.
        r"qt\.qpa\.fonts: Unable to open default EUDC font: .*",
    ),
    "darwin": (
        _FONT_ALIASES,
    ),
}


def allowed_stderr(platform: str = sys.platform) -> tuple[str, ...]:
    """The allow-list for ``platform``: the entries for every platform plus its own."""
    return tuple(p for key, patterns in STDERR_ALLOWED.items()
                 if platform.startswith(key) for p in patterns)

#: Top-level modules that must never be frozen into the app: our developer tools (benchmarks,
#: fuzzer, writers' helpers), the tests and the test and build machinery.
DEV_PACKAGES = ("tools", "tests", "pytest", "_pytest", "pytestqt", "hypothesis", "PyInstaller",
                "ruff", "mypy", "sqlite3", "_sqlite3")
#: Our own modules that are developer tools wherever they live (older layouts kept them in
#: the app's packages).
DEV_MODULES = ("index.bench", "index.fuzz", "desktop_app.typing_bench", "packaging.bench")

#: Environment variables that point at the user's profile; the smoke test gets a temp one.
PROFILE_VARS = ("HOME", "USERPROFILE", "APPDATA", "LOCALAPPDATA", "XDG_CONFIG_HOME",
                "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME")


def say(text: str) -> None:
    print(f"[bundle] {text}", flush=True)


def exe_name(name: str) -> str:
    return name + ".exe" if sys.platform == "win32" else name


def app_version() -> str:
    text = (ROOT / "desktop_app" / "__init__.py").read_text(encoding="utf-8")
    m = re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.M)
    if not m:
        raise SystemExit("desktop_app/__init__.py has no __version__")
    return m.group(1)


def platform_tag() -> str:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    machine = platform.machine().lower().replace("amd64", "x86_64") or "unknown"
    return f"{system}-{machine}"


# -- sizes ----------------------------------------------------------------------------------

def folder_size(folder: Path) -> tuple[int, int]:
    """(bytes, files) in ``folder``, not following symbolic links."""
    total = files = 0
    for dirpath, _dirs, names in os.walk(folder):
        for name in names:
            path = Path(dirpath) / name
            st = path.lstat()
            total += st.st_size
            files += 1
    return total, files


def mb(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB"


def make_zip(folder: Path, target: Path) -> Path:
    """Zip ``folder`` (as its top-level folder); symbolic links stay links, modes are kept."""
    target.unlink(missing_ok=True)
    tmp = target.with_suffix(".zip.part")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        for dirpath, dirs, names in os.walk(folder):
            dirs.sort()
            for name in sorted(names):
                path = Path(dirpath) / name
                arcname = path.relative_to(folder.parent).as_posix()
                if path.is_symlink():
                    info = zipfile.ZipInfo(arcname)
                    info.create_system = 3  # Unix, so unzip restores the link
                    info.external_attr = (stat.S_IFLNK | 0o777) << 16
                    zf.writestr(info, os.readlink(path))
                else:
                    zf.write(path, arcname)
    tmp.replace(target)
    return target


# -- what is frozen ------------------------------------------------------------------------

def _executable_archive(bundle: Path):  # noqa: ANN202 - PyInstaller's reader, imported late
    """The archive PyInstaller appended to the bundle's command-line executable."""
    from PyInstaller.archive.readers import CArchiveReader

    return CArchiveReader(str(bundle / exe_name(CLI_EXE)))


def frozen_modules(bundle: Path) -> list[str]:
    """Every Python module frozen into the bundle (the executable's PYZ archive), sorted."""
    reader = _executable_archive(bundle)
    name = next(n for n in reader.toc if n.startswith("PYZ"))
    return sorted(reader.open_embedded_archive(name).toc)


def start_up_scripts(bundle: Path) -> list[str]:
    """The scripts the frozen executable runs at every start, in order: PyInstaller's
    bootstrap, the start-up hooks (ours, then PyInstaller's), then ``launcher``."""
    return [name for name, entry in _executable_archive(bundle).toc.items() if entry[-1] == "s"]


def developer_modules(modules: list[str]) -> list[str]:
    """The developer tools among ``modules`` (see :data:`DEV_PACKAGES`)."""
    return [m for m in modules if m.split(".")[0] in DEV_PACKAGES
            or any(m == d or m.startswith(d + ".") for d in DEV_MODULES)]


# -- steps ----------------------------------------------------------------------------------

def build_translations(target: Path) -> Path:
    """Our ``.qm`` files and Qt's ``qtbase_fr.qm``, in ``target`` (emptied first)."""
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QLibraryInfo

    from desktop_app import i18n

    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    built = i18n.build(out_dir=target)
    qt = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for name in i18n.QT_CATALOGUES:
        source = qt / f"{name}_fr.qm"
        if not source.is_file():
            raise SystemExit(f"Qt's {source.name} is missing from {qt}")
        shutil.copy2(source, target / source.name)
    say(f"{len(built)} interface translation(s) compiled, with Qt's own French")
    return target


def build_prebuilt_index(target: Path, language: str = "en") -> Path:
    """The search index of the shipped content, built the way the app builds it."""
    sys.path.insert(0, str(ROOT))
    from content import load_library
    from index import build_index

    library = load_library(language=language)
    if library.problems:
        for p in library.problems:
            say(f"content problem: {p.path}:{p.line}: {p.message}")
        raise SystemExit("the shipped content has problems; fix them before bundling")
    if target.exists():
        shutil.rmtree(target)
    build_index(library, target)
    return target


def build_prebuilt_sections(target: Path) -> Path:
    """The shipped sections, read once now so the frozen app's start need not
    (:mod:`content.prebuilt`; the bundle's code is this code, so it is never out of date)."""
    sys.path.insert(0, str(ROOT))
    from content.prebuilt import build as build_sections

    target.parent.mkdir(parents=True, exist_ok=True)
    return build_sections(out=target)[0]


def run_pyinstaller(dist: Path, work: Path, prebuilt: Path | None, extra: list[str], *,
                    prebuilt_fr: Path | None = None, translations: Path | None = None,
                    prebuilt_sections: Path | None = None) -> None:
    log = work / "pyinstaller.log"
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--distpath", str(dist),
           "--workpath", str(work), str(SPEC), "--"]
    if prebuilt is not None:
        cmd += ["--prebuilt-index", str(prebuilt)]
    if prebuilt_fr is not None:
        cmd += ["--prebuilt-index-fr", str(prebuilt_fr)]
    if translations is not None:
        cmd += ["--translations", str(translations)]
    if prebuilt_sections is not None:
        cmd += ["--prebuilt-sections", str(prebuilt_sections)]
    cmd += extra
    work.mkdir(parents=True, exist_ok=True)
    with log.open("w", encoding="utf-8") as fh:
        code = subprocess.call(cmd, cwd=ROOT, stdout=fh, stderr=subprocess.STDOUT)
    if code != 0:
        lines = log.read_text(encoding="utf-8", errors="replace").splitlines()
        print("\n".join(lines[-40:]), file=sys.stderr)
        raise SystemExit(f"PyInstaller failed (exit {code}); full log: {log}")


@dataclass
class SmokeRun:
    """What one run of the frozen ``--smoke-test`` did."""

    returncode: int
    stdout: str
    stderr: str
    unexpected_stderr: list[str]
    profile_files: list[str]

    @property
    def ok(self) -> bool:
        return (self.returncode == 0 and "smoke: all ok" in self.stdout.splitlines()
                and not self.unexpected_stderr and not self.profile_files)

    def problems(self) -> list[str]:
        out = []
        if self.returncode != 0:
            out.append(f"exit code {self.returncode}")
        if "smoke: all ok" not in self.stdout.splitlines():
            out.append("no 'smoke: all ok' line")
        out += [f"unexpected stderr: {line}" for line in self.unexpected_stderr]
        out += [f"wrote into the user profile: {p}" for p in self.profile_files]
        return out


def unexpected_lines(stderr: str, allowed: tuple[str, ...] | None = None) -> list[str]:
    """The stderr lines not on the allow-list (default: this platform's)."""
    patterns = [re.compile(p) for p in (allowed_stderr() if allowed is None else allowed)]
    return [line for line in stderr.splitlines()
            if line.strip() and not any(p.fullmatch(line) for p in patterns)]


def smoke_env(profile: Path, base: dict[str, str] | None = None) -> dict[str, str]:
    """An environment for the frozen app: offscreen, with an empty profile folder."""
    env = dict(os.environ if base is None else base)
    for var in PROFILE_VARS:
        env[var] = str(profile)
    runtime = profile.parent / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env["XDG_RUNTIME_DIR"] = str(runtime)
    env["QT_QPA_PLATFORM"] = "offscreen"
    # Nothing from a developer's Python may leak into the frozen app.
    for var in ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "QT_PLUGIN_PATH",
                "QT_DEBUG_PLUGINS", "QT_LOGGING_RULES"):
        env.pop(var, None)
    return env


def run_frozen(bundle: Path, args: list[str], *, exe: str = CLI_EXE,
               env: dict[str, str] | None = None, timeout: float = SMOKE_TIMEOUT) -> SmokeRun:
    """Run a bundle executable with a throwaway profile; report what it did."""
    with tempfile.TemporaryDirectory(prefix="ipv-guide-frozen-") as tmp:
        profile = Path(tmp) / "profile"
        profile.mkdir()
        run_env = smoke_env(profile, env)
        proc = subprocess.run([str(bundle / exe_name(exe)), *args], env=run_env,
                              capture_output=True, text=True, encoding="utf-8",
                              errors="replace", timeout=timeout, cwd=tmp)
        written = sorted(p.relative_to(profile).as_posix() for p in profile.rglob("*"))
    return SmokeRun(proc.returncode, proc.stdout, proc.stderr,
                    unexpected_lines(proc.stderr), written)


def smoke_test(bundle: Path) -> SmokeRun:
    return run_frozen(bundle, ["--smoke-test"])


#: The smoke test's step for each shipped index, and what it says when it opened that index.
INDEX_STEPS = {"index": "opened the prebuilt index", "french": "opened the French prebuilt index"}


def unused_indexes(stdout: str) -> list[str]:
    """The shipped indexes the frozen smoke test did not open (it built one in memory
    instead: the index does not match the content it was shipped with, a packaging bug)."""
    lines = stdout.splitlines()
    return [step for step, words in INDEX_STEPS.items()
            if not any(ln.startswith(f"smoke: {step} ") and words in ln for ln in lines)]


def sections_not_prebuilt(stdout: str) -> str | None:
    """What the frozen smoke test says of the prebuilt sections when it did not take every
    section from them (then the bundle's start reads them all: a packaging bug), else None."""
    for line in stdout.splitlines():
        if line.startswith("smoke: sections "):
            m = re.search(r"\((\d+) of (\d+) taken from the prebuilt file\)", line)
            return None if m and m.group(1) == m.group(2) else line
    return "the smoke test has no sections step"


# -- main -----------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "packaging" / "dist",
                        help="where the bundle goes (default: packaging/dist)")
    parser.add_argument("--work", type=Path, default=ROOT / "packaging" / "build",
                        help="PyInstaller's work folder (default: packaging/build)")
    parser.add_argument("--no-zip", action="store_true", help="do not zip the bundle")
    parser.add_argument("--no-smoke", action="store_true", help="skip the smoke test")
    parser.add_argument("--no-prebuilt-index", action="store_true",
                        help="ship no prebuilt search index, English or French (the app "
                             "then builds one in memory at each start and each switch)")
    parser.add_argument("--full-icu", action="store_true",
                        help="Linux: keep Qt's ICU data whole (see packaging/linux_libs.py)")
    opts = parser.parse_args(argv)
    dist, work = opts.dist.resolve(), opts.work.resolve()
    started = time.perf_counter()

    prebuilt = prebuilt_fr = None
    if not opts.no_prebuilt_index:
        t0 = time.perf_counter()
        prebuilt = build_prebuilt_index(work / "prebuilt_index")
        prebuilt_fr = build_prebuilt_index(work / "prebuilt_index_fr", "fr")
        say(f"prebuilt search indexes (English {mb(folder_size(prebuilt)[0])}, French "
            f"{mb(folder_size(prebuilt_fr)[0])}) built in {time.perf_counter() - t0:.1f} s")
    translations = build_translations(work / "translations")
    sections = build_prebuilt_sections(work / "prebuilt-sections.bin")

    say("running PyInstaller (log: {})".format(work / "pyinstaller.log"))
    t0 = time.perf_counter()
    run_pyinstaller(dist, work, prebuilt, ["--full-icu"] if opts.full_icu else [],
                    prebuilt_fr=prebuilt_fr, translations=translations,
                    prebuilt_sections=sections)
    bundle = dist / FOLDER
    say(f"PyInstaller done in {time.perf_counter() - t0:.1f} s: {bundle}")

    modules = frozen_modules(bundle)
    dev = developer_modules(modules)
    if dev:
        say("developer tools were frozen into the app: " + ", ".join(dev))
        return 1
    say(f"{len(modules)} Python modules frozen, no developer tools among them")

    size, files = folder_size(bundle)
    say(f"bundle size: {mb(size)} in {files} files ({bundle})")
    if not opts.no_zip:
        t0 = time.perf_counter()
        stem = f"{FOLDER}-{app_version()}-{platform_tag()}"
        archive = make_zip(bundle, dist / f"{stem}.zip")
        say(f"zip size: {mb(archive.stat().st_size)} ({archive}, "
            f"{time.perf_counter() - t0:.1f} s)")
        app = dist / f"{FOLDER}.app"  # macOS: what people open there
        if app.is_dir():
            archive = make_zip(app, dist / f"{stem}-app.zip")
            say(f"zip size of the .app: {mb(archive.stat().st_size)} ({archive})")

    if not opts.no_smoke:
        run = smoke_test(bundle)
        for line in run.stdout.splitlines():
            say(f"  {line}")
        if not run.ok:
            for line in run.stderr.splitlines():
                print(f"  stderr: {line}", file=sys.stderr)
            for problem in run.problems():
                say(f"SMOKE TEST FAILED: {problem}")
            return 1
        unused = unused_indexes(run.stdout) if prebuilt is not None else []
        if unused:
            say("SMOKE TEST FAILED: the shipped index was not used by the step(s) "
                + ", ".join(unused) + " (it does not match the shipped content)")
            return 1
        not_prebuilt = sections_not_prebuilt(run.stdout)
        if not_prebuilt is not None:
            say(f"SMOKE TEST FAILED: the prebuilt sections were not all used: {not_prebuilt}")
            return 1
        say("smoke test passed")
    say(f"done in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
