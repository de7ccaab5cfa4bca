"""Privacy and offline promises, proven on a scripted session of the real app.

The session (tests/scripts/gui_session.py) searches, opens a result, walks the decision
helper, fills the decision record, exports it as a PDF, uses quick exit and quits. It runs
in a subprocess with its own HOME, temp folder and --basedir, so everything it writes
can be found.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.scripts.gui_session import QUERIES, RECORD_TEXT

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "tests" / "scripts" / "gui_session.py"
MARKERS = sorted({w for text in (*QUERIES, *RECORD_TEXT.values()) for w in text.split()
                  if w.endswith("marker")})

pytestmark = [pytest.mark.gui, pytest.mark.slow]


def isolated_env(tmp: Path) -> tuple[dict[str, str], dict[str, Path]]:
    dirs = {name: tmp / name for name in ("base", "out", "home", "tmp")}
    for name, d in dirs.items():
        if name != "base":
            d.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(dirs["home"]),
               XDG_CONFIG_HOME=str(dirs["home"] / ".config"),
               XDG_CACHE_HOME=str(dirs["home"] / ".cache"),
               XDG_DATA_HOME=str(dirs["home"] / ".local" / "share"),
               APPDATA=str(dirs["home"]), LOCALAPPDATA=str(dirs["home"]),
               TMPDIR=str(dirs["tmp"]), TEMP=str(dirs["tmp"]), TMP=str(dirs["tmp"]),
               PYTHONDONTWRITEBYTECODE="1")
    env.pop("QT_LOGGING_RULES", None)
    return env, dirs


def run(cmd: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    out = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr
    return out


@pytest.fixture(scope="module")
def session(tmp_path_factory) -> dict[str, Path]:
    env, dirs = isolated_env(tmp_path_factory.mktemp("session"))
    out = run([sys.executable, str(SCRIPT), str(dirs["base"]), str(dirs["out"])], env)
    assert "session ok" in out.stdout
    return dirs


def files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def test_only_the_settings_file_is_written(session):
    """The search index is built in memory (no prebuilt one from source): the app's folder
    holds settings.ini and nothing else, not even an empty folder; home and temp stay empty."""
    written = [p.relative_to(session["base"]).as_posix()
               for p in sorted(session["base"].rglob("*"))]
    assert written == ["settings.ini"]
    assert files_under(session["home"]) == []
    assert list(session["tmp"].rglob("*")) == []


def test_nothing_typed_is_on_disk_except_the_export_the_user_asked_for(session):
    leaks = []
    for folder in ("base", "home", "tmp"):
        for path in files_under(session[folder]):
            data = path.read_bytes().lower()
            leaks += [f"{path}: {m}" for m in MARKERS if m.encode() in data]
    assert leaks == []
    # ... and the markers really were typed: the exported record has them
    pdf = session["out"] / "decision-record.pdf"
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "wombatmarker" in text and "pangolinmarker" in text


def test_settings_hold_only_preferences(session):
    text = (session["base"] / "settings.ini").read_text(encoding="utf-8")
    keys = re.findall(r"^([A-Za-z_]+)=", text, re.M)
    assert set(keys) <= {"version", "zoom", "theme", "high_contrast", "geometry", "splitter",
                         "first_run_note_shown", "idle_timeout_minutes", "record_idle_minutes",
                         "language"}
    for word in ("strangl", "police", "phipa", "quokka", "nurse"):
        assert word not in text.lower()


needs_strace = pytest.mark.skipif(shutil.which("strace") is None or sys.platform != "linux",
                                  reason="strace is Linux-only (dev.py test installs it)")


def inet_sockets(log: Path) -> list[str]:
    return [line for line in log.read_text().splitlines()
            if re.search(r"\b(socket|connect)\(.*\bAF_INET6?\b", line)]


@needs_strace
def test_smoke_test_opens_no_network_socket(tmp_path):
    env, dirs = isolated_env(tmp_path)
    log = tmp_path / "strace.log"
    out = run(["strace", "-f", "-qq", "-e", "trace=execve,socket,connect", "-o", str(log),
               sys.executable, "-m", "desktop_app", "--basedir", str(dirs["base"]),
               "--smoke-test"], env)
    assert "smoke: all ok" in out.stdout
    assert "execve(" in log.read_text()  # strace really traced the process
    assert inet_sockets(log) == []


@needs_strace
def test_gui_session_opens_no_network_socket(tmp_path):
    env, dirs = isolated_env(tmp_path)
    log = tmp_path / "strace.log"
    out = run(["strace", "-f", "-qq", "-e", "trace=execve,socket,connect", "-o", str(log),
               sys.executable, str(SCRIPT), str(dirs["base"]), str(dirs["out"])], env)
    assert "session ok" in out.stdout
    assert inet_sockets(log) == []


@needs_strace
@pytest.mark.parametrize("what", [
    ["--quick-reference"],
    ["--search", "tell police without consent quokkamarker"],
    ["--decision-map"],
])
def test_exporting_a_pdf_opens_no_network_socket(tmp_path, what):
    """Export PDF is not printing: Qt writes the file itself, the print system (CUPS, which
    listens on 127.0.0.1:631 or a print server) is never asked."""
    env, dirs = isolated_env(tmp_path)
    log = tmp_path / "strace.log"
    target = dirs["out"] / "export.pdf"
    run(["strace", "-f", "-qq", "-e", "trace=execve,socket,connect", "-o", str(log),
         sys.executable, "-m", "desktop_app", "--basedir", str(dirs["base"]), "export-pdf",
         *what, "--out", str(target)], env)
    assert target.read_bytes().startswith(b"%PDF")
    assert "execve(" in log.read_text()
    assert inet_sockets(log) == []


def test_the_readme_says_what_printing_and_crashes_do():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    privacy = text.split("## Privacy and safety", 1)[1].split("\n## ", 1)[0]
    for words in ("CUPS", "127.0.0.1:631", "print server", "Export PDF", "RLIMIT_CORE",
                  "PR_SET_DUMPABLE", "Windows Error Reporting", "DiagnosticReports",
                  "primary selection", "one window"):
        assert words.lower() in privacy.lower(), words
    assert "makes no network connection of any kind" not in privacy  # printing may


def test_the_strace_check_would_see_a_network_socket(tmp_path):
    """The pattern really matches what strace prints for an internet socket."""
    log = tmp_path / "log"
    log.write_text('123 socket(AF_INET, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_TCP) = 3\n'
                   '124 socket(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC, 0) = 4\n'
                   '125 connect(5, {sa_family=AF_INET6, sin6_port=htons(443)}, 28) = 0\n')
    assert len(inet_sockets(log)) == 2


def _export_through_the_save_dialog(tmp_path: Path) -> tuple[dict[str, Path], str]:
    env, dirs = isolated_env(tmp_path)
    script = ROOT / "tests" / "scripts" / "file_dialog_export.py"
    out = run([sys.executable, str(script), str(dirs["base"]), str(dirs["out"])], env)
    assert (dirs["out"] / "card.pdf").is_file(), out.stdout
    return dirs, out.stdout


def test_the_save_dialog_leaves_no_trace_in_the_profile(tmp_path):
    """Qt's file dialog would write the export folder into ~/.config/QtProject.conf."""
    dirs, _ = _export_through_the_save_dialog(tmp_path)
    assert files_under(dirs["home"]) == []


def test_the_save_dialog_keeps_other_programs_qt_settings(tmp_path):
    conf = tmp_path / "home" / ".config" / "QtProject.conf"
    conf.parent.mkdir(parents=True)
    conf.write_text("[FileDialog]\nhistory=file:///elsewhere\n\n[Other]\nkeep=1\n")
    dirs, _ = _export_through_the_save_dialog(tmp_path)
    text = conf.read_text()
    assert "file:///elsewhere" in text and "keep=1" in text
    assert str(dirs["out"]) not in text
