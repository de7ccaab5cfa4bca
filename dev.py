#!/usr/bin/env python3
"""Set up everything this project needs, then run the app, the tests, or the bundle build.

    python3 dev.py run        # set up, then launch the app
    python3 dev.py test       # set up, then run the whole test suite (what CI runs)
    python3 dev.py bundle     # set up, then build the portable PyInstaller folder and smoke-test it

Works on a fresh Debian/Ubuntu machine (installs the system libraries Qt needs, with
apt-get, when run as root or with sudo) and on Windows or macOS with Python 3.11+.
The virtual environment lives in .venv and is only reinstalled when pyproject.toml changes.
Extra arguments after `test` go to pytest; after `run` they go to the app.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".ipv-guide-installed"

# Debian packages: Qt's runtime libraries (offscreen and on a real X display), and
# the tools the tests use (pdftotext/pdfinfo to read PDFs back, strace for the
# no-network test).
DEBIAN_QT = [
    "libegl1", "libgl1", "libfontconfig1", "libfreetype6", "libxkbcommon0", "libglib2.0-0",
    "libdbus-1-3", "libxkbcommon-x11-0", "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1",
    "libxcb-image0", "libxcb-randr0", "libxcb-render-util0", "libxcb-shape0", "libxcb-xinerama0",
    "libx11-xcb1", "fonts-dejavu-core",
]
# binutils: the suite builds the bundle; shellcheck: actionlint checks the workflow's scripts
DEBIAN_TEST = ["poppler-utils", "strace", "binutils", "shellcheck"]
# The accessibility test (tests/desktop_app/test_accessibility_atspi.py): the app under
# Xvfb, read over the AT-SPI bus the way the Orca screen reader reads it.
DEBIAN_A11Y = ["at-spi2-core", "python3-pyatspi", "xvfb", "dbus"]


def say(msg: str) -> None:
    print(f"[dev] {msg}", flush=True)


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def debian_packages(packages: list[str]) -> bool:
    """Install missing Debian packages when we can (root or sudo); otherwise say what to run
    and return False."""
    if not sys.platform.startswith("linux") or not shutil.which("dpkg-query"):
        return True
    missing = []
    for pkg in packages:
        r = subprocess.run(["dpkg-query", "-W", "-f=${Status}", pkg], capture_output=True,
                           text=True)
        if "install ok installed" not in r.stdout:
            missing.append(pkg)
    if not missing:
        return True
    prefix: list[str] = []
    if os.geteuid() != 0:
        if shutil.which("sudo") and subprocess.run(["sudo", "-n", "true"],
                                                   capture_output=True).returncode == 0:
            prefix = ["sudo", "-n"]
        else:
            say("please install these system packages, then run this again:")
            say("  sudo apt-get install " + " ".join(missing))
            return False
    say("installing system packages: " + " ".join(missing))
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(prefix + ["apt-get", "update", "-qq"], check=False, env=env)
    subprocess.run(prefix + ["apt-get", "install", "-y", "--no-install-recommends",
                             *missing], check=True, env=env)
    return True


def python_env(extras: str) -> Path:
    """Create .venv and install the project with ``extras`` unless already up to date."""
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py itself may run on an older Python
        sys.exit(f"Python 3.11 or newer is needed; this is {sys.version.split()[0]}.")
    if not venv_python().exists():
        say("creating the virtual environment in .venv")
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    # The stamp: the pyproject.toml hash and the extras installed with it. An install with
    # more extras (test) also serves a command that needs fewer (run).
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    wanted = {e for e in extras.split(",") if e}
    have_digest, _, have_extras = (STAMP.read_text().strip() if STAMP.exists() else "") \
        .partition(" ")
    installed = {e for e in have_extras.split(",") if e}
    if have_digest != digest or not wanted <= installed:
        if have_digest == digest:
            wanted |= installed
        py = str(venv_python())
        label = ", ".join(sorted(wanted)) or "the app only"
        say(f"installing Python packages ({label}); pip shows its progress below")
        subprocess.run([py, "-m", "pip", "install", "--disable-pip-version-check",
                        "--progress-bar", "on", "--upgrade", "pip"], check=True)
        target = f".[{','.join(sorted(wanted))}]" if wanted else "."
        subprocess.run([py, "-m", "pip", "install", "--disable-pip-version-check",
                        "--progress-bar", "on", "-e", target], check=True, cwd=ROOT)
        STAMP.write_text(f"{digest} {','.join(sorted(wanted))}")
        say("Python packages ready")
    return venv_python()


def build_translations(py: Path) -> bool:
    """Compile the interface's .ts files to .qm (never committed); False if that failed.
    The app still starts without them, in English, and says so."""
    code = subprocess.call([str(py), "-m", "desktop_app.i18n", "--build"], cwd=ROOT)
    if code != 0:
        say("the interface translations could not be built (see above); the app will "
            "show its own words in English")
    return code == 0


def build_prebuilt_sections(py: Path) -> bool:
    """Read the shipped sections once (content/prebuilt-sections.bin, never committed), so
    the app's start need not; False if that failed. The app still starts without it (it
    then reads every section itself), and ignores it once the content or its code changes."""
    code = subprocess.call([str(py), "-m", "content.prebuilt", "--build"], cwd=ROOT)
    if code != 0:
        say("the sections could not be read ahead (see above); the app will read them at "
            "each start")
    return code == 0


def cmd_run(rest: list[str]) -> int:
    debian_packages(DEBIAN_QT)
    py = python_env("")  # the app's own packages only: no test tools, no PyInstaller
    build_translations(py)
    build_prebuilt_sections(py)
    return subprocess.call([str(py), "-m", "desktop_app", *rest], cwd=ROOT)


def cmd_test(rest: list[str]) -> int:
    if not debian_packages(DEBIAN_QT + DEBIAN_TEST + DEBIAN_A11Y):
        say("stopping: the tests need those packages (the accessibility test runs on Linux "
            "with at-spi2-core, python3-pyatspi and Xvfb)")
        return 1
    py = python_env("test,build")
    if not build_translations(py) or not build_prebuilt_sections(py):
        return 1
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    code = subprocess.call([str(py), "-m", "pytest", *rest], cwd=ROOT, env=env)
    if code == 5:  # pytest: no tests collected. That is a failure for us, said plainly.
        say("pytest collected no tests")
        return 1
    return code


def cmd_bundle(rest: list[str]) -> int:
    debian_packages(DEBIAN_QT + ["binutils"])  # PyInstaller reads ELF files with objdump
    py = python_env("build")  # the app's packages and PyInstaller: no test tools
    return subprocess.call([str(py), str(ROOT / "packaging" / "build.py"), *rest], cwd=ROOT)


COMMANDS = {"run": cmd_run, "test": cmd_test, "bundle": cmd_bundle}


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in COMMANDS:
        print(__doc__)
        return 2
    return COMMANDS[argv[0]](argv[1:])


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
