"""The command line on a bad day: mistyped options, odd --out targets, a stale DISPLAY,
missing decision flows, a stray huge file in the content folder."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from content import data_root, load_library
from content.files import content_hash
from desktop_app.cli import main

ROOT = Path(__file__).resolve().parents[2]


def run_cli(args: list[str], env: dict[str, str], timeout: int = 120
            ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)


def isolated(tmp_path: Path, **extra: str) -> dict[str, str]:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env = dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_CACHE_HOME=str(home / ".cache"), PYTHONDONTWRITEBYTECODE="1")
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("WAYLAND_DISPLAY", None)
    env.update(extra)
    return env


# -- options -------------------------------------------------------------------------------

@pytest.mark.parametrize("argv", [
    ["--basedir", "", "list"],
    ["--basedir=", "list"],
    ["--basedir", "   ", "list"],
    ["--content", "", "list"],
    ["export-pdf", "--quick-reference", "--out", ""],
])
def test_an_empty_folder_option_is_a_usage_error(capsys, argv):
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
    assert "must not be empty" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [
    ["--base-dir=/tmp/x"],  # the GUI: today handed to Qt and dropped
    ["--basedir", "/tmp/x", "--colour", "red"],
    ["-platform", "offscreen"],
    ["list", "--verbose"],
])
def test_an_unknown_option_is_a_usage_error_never_passed_to_qt(capsys, monkeypatch, argv):
    import desktop_app.app as app

    started = []
    monkeypatch.setattr(app, "run_gui", lambda *a: started.append(a) or 0)
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "unrecognized arguments" in err or "invalid choice" in err
    assert started == []


def test_the_gui_entry_point_refuses_unknown_options_too(capsys):
    from desktop_app.app import parse_args

    with pytest.raises(SystemExit) as exc:
        parse_args(["--base-dir=/tmp/x"])
    assert exc.value.code == 2


def test_an_empty_basedir_never_writes_to_the_real_profile(tmp_path):
    env = isolated(tmp_path)
    out = run_cli(["--basedir", "", "build-index"], env)
    assert out.returncode == 2, out.stdout + out.stderr
    assert not any((tmp_path / "home").rglob("*"))


# -- export-pdf --out ------------------------------------------------------------------------
# (in process: the ``qapp`` fixture makes the QApplication the GUI tests expect, before
# export-pdf would make a bare QGuiApplication)

@pytest.mark.parametrize("out", [".", "..", "/"])
def test_export_refuses_a_name_that_is_no_file(qapp, tmp_path, capsys, monkeypatch, out):
    monkeypatch.chdir(tmp_path)
    assert main(["export-pdf", "--quick-reference", "--out", out]) != 0
    assert "Traceback" not in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_export_refuses_an_existing_folder(qapp, tmp_path, capsys):
    folder = tmp_path / "out"
    folder.mkdir()
    assert main(["export-pdf", "--quick-reference", "--out", str(folder)]) != 0
    err = capsys.readouterr().err
    assert "is a folder" in err
    assert not (tmp_path / "out.pdf").exists()
    assert list(folder.iterdir()) == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_export_refuses_a_fifo_and_leaves_it_a_fifo(qapp, tmp_path, capsys):
    fifo = tmp_path / "card.pdf"
    os.mkfifo(fifo)
    assert main(["export-pdf", "--quick-reference", "--out", str(fifo)]) != 0
    assert "not a regular file" in capsys.readouterr().err
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["card.pdf"]  # no temporary left


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                    reason="making a device node needs root")
def test_export_refuses_a_device(qapp, tmp_path, capsys):
    # a copy of /dev/null: as root, os.replace() used to swap the device for a PDF
    dev = tmp_path / "null"
    os.mknod(dev, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    assert main(["export-pdf", "--quick-reference", "--out", str(dev)]) != 0
    assert "not a regular file" in capsys.readouterr().err
    assert stat.S_ISCHR(os.lstat(dev).st_mode)


def test_a_new_export_is_owner_only(qapp, tmp_path):
    target = tmp_path / "card.pdf"
    old = os.umask(0o022)
    try:
        assert main(["export-pdf", "--quick-reference", "--out", str(target)]) == 0
    finally:
        os.umask(old)
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
@pytest.mark.parametrize("mode", [0o600, 0o640, 0o644])
def test_exporting_over_a_file_keeps_its_mode(qapp, tmp_path, mode):
    target = tmp_path / "card.pdf"
    target.write_bytes(b"old")
    target.chmod(mode)
    assert main(["export-pdf", "--quick-reference", "--out", str(target)]) == 0
    assert target.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(target.stat().st_mode) == mode


# -- no display needed ----------------------------------------------------------------------

STALE = {"DISPLAY": ":87", "XAUTHORITY": "/nonexistent"}


@pytest.mark.skipif(sys.platform != "linux", reason="DISPLAY is an X11 thing")
@pytest.mark.parametrize("platform", [None, "xcb"])
def test_export_pdf_with_a_stale_display_runs_offscreen(tmp_path, platform):
    env = isolated(tmp_path, **STALE)
    if platform:
        env["QT_QPA_PLATFORM"] = platform
    target = tmp_path / "card.pdf"
    out = run_cli(["export-pdf", "--quick-reference", "--out", str(target)], env)
    assert out.returncode == 0, out.stdout + out.stderr
    assert target.read_bytes().startswith(b"%PDF")


@pytest.mark.skipif(sys.platform != "linux", reason="DISPLAY is an X11 thing")
def test_smoke_test_with_a_stale_display_runs_offscreen(tmp_path):
    env = isolated(tmp_path, **STALE)
    out = run_cli(["--basedir", str(tmp_path / "base"), "--smoke-test"], env)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "smoke: all ok" in out.stdout


@pytest.mark.skipif(sys.platform != "linux", reason="DISPLAY is an X11 thing")
@pytest.mark.parametrize("display, words", [(":87", ":87"), ("", "DISPLAY is empty")])
def test_the_gui_with_a_stale_display_says_so_in_one_line(tmp_path, display, words):
    env = isolated(tmp_path, **STALE)
    env["DISPLAY"] = display
    if not display:
        env["QT_QPA_PLATFORM"] = "xcb"  # Qt's own default choice, made explicit
    out = run_cli(["--basedir", str(tmp_path / "base")], env, timeout=60)
    assert out.returncode == 1, (out.returncode, out.stderr)  # not -6 (SIGABRT)
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1, out.stderr
    assert words in lines[0] and "window" in lines[0]


# -- check-content and the decision flows ------------------------------------------------------

@pytest.mark.parametrize("how", ["folder-gone", "folder-empty", "only-broken-flow"])
def test_check_content_fails_without_the_decision_flows(tmp_path, capsys, how):
    root = tmp_path / "content"
    shutil.copytree(data_root(), root)
    shutil.rmtree(root / "decisions")
    if how != "folder-gone":
        (root / "decisions").mkdir()
    if how == "only-broken-flow":
        (root / "decisions" / "share.yaml").write_text("id: [\n", encoding="utf-8")
    assert main(["--content", str(root), "check-content"]) == 1
    out = capsys.readouterr().out
    assert "Content OK" not in out
    assert any("decisions" in ln and "no decision flow" in ln for ln in out.splitlines()), out


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_check_content_never_blocks_on_a_fifo_for_the_verified_list(tmp_path, capsys):
    root = tmp_path / "content"
    shutil.copytree(data_root(), root)
    path = root / "verified-provisions.yaml"
    path.unlink()
    os.mkfifo(path)  # opening it for reading would wait for a writer for ever
    assert main(["--content", str(root), "check-content"]) == 1
    lines = [ln for ln in capsys.readouterr().out.splitlines() if "not a regular file" in ln]
    assert lines and "verified-provisions.yaml:0: " in lines[0]


# -- the content hash ----------------------------------------------------------------------------

def test_the_content_hash_reads_only_the_files_the_loader_uses(tmp_path, monkeypatch):
    root = tmp_path / "content"
    shutil.copytree(data_root(), root)
    before = content_hash(root)
    stray = root / "training-video.mp4"
    with open(stray, "wb") as fh:  # 200 MB, sparse: costs no disk
        fh.truncate(200 * 1024 * 1024)
    (root / "sections" / "notes.txt").write_text("x", encoding="utf-8")
    (root / "decisions" / "README").write_text("x", encoding="utf-8")
    if hasattr(os, "mkfifo"):
        os.mkfifo(root / "pipe")
    opened: list[str] = []
    real_open = os.open

    def spy(path, *args, **kwargs):  # noqa: ANN001
        opened.append(os.fspath(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", spy)
    assert content_hash(root) == before
    assert not [p for p in opened if "training-video" in p or "notes.txt" in p]
    # ... and it still sees a change to a file the loader does use
    (root / "decisions" / "share.yaml").write_text(
        (root / "decisions" / "share.yaml").read_text(encoding="utf-8") + "\n",
        encoding="utf-8")
    assert content_hash(root) != before


def test_the_library_hash_is_the_same_with_a_stray_file(tmp_path):
    root = tmp_path / "content"
    shutil.copytree(data_root(), root)
    first = load_library(root, extras=False).content_hash
    (root / "backup.zip").write_bytes(os.urandom(1024))
    assert load_library(root, extras=False).content_hash == first
