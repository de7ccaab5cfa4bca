"""``ipv-guide --smoke-test`` (desktop_app.smoke) from source, and the start-up probe.

The frozen build runs the same smoke test: see tests/project/test_bundle.py.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app import paths as app_paths
from desktop_app import smoke

ROOT = Path(__file__).resolve().parents[2]
STEPS = ("content", "sections", "index", "search", "decision", "pdf", "pack", "french")

pytestmark = pytest.mark.gui  # the PDF step needs a (offscreen) QGuiApplication


def run(capsys, **kwargs) -> tuple[int, list[str], str]:
    args = argparse.Namespace(content=kwargs.get("content"), basedir=kwargs.get("basedir"))
    code = smoke.run_smoke_test(args)
    out, err = capsys.readouterr()
    return code, out.splitlines(), err


def step_line(lines: list[str], step: str) -> str:
    found = [ln for ln in lines if ln.startswith(f"smoke: {step} ")]
    assert len(found) == 1, lines
    return found[0]


def test_every_step_passes_on_the_shipped_content(qapp, capsys, basedir):
    code, lines, err = run(capsys, basedir=str(basedir))
    assert code == 0, (lines, err)
    assert [ln.split()[1] for ln in lines[1:-1]] == list(STEPS)
    assert all(" ok (" in step_line(lines, s) for s in STEPS)
    assert lines[-1] == "smoke: all ok"
    assert err == ""
    # from source there is no prebuilt index: it is built in memory, nothing is written
    assert "built in memory" in step_line(lines, "index")
    assert "built the French index in memory" in step_line(lines, "french")
    assert list(basedir.iterdir()) == []


def test_without_basedir_everything_goes_to_a_temp_folder_that_is_removed(
        qapp, capsys, tmp_path, monkeypatch):
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr("tempfile.tempdir", str(scratch))
    home = Path(os.environ["HOME"])  # conftest points the profile folders here
    before = sorted(home.rglob("*"))
    code, lines, _ = run(capsys)
    assert code == 0, lines
    assert list(scratch.iterdir()) == []
    assert sorted(home.rglob("*")) == before


def test_broken_content_fails_at_the_content_step(qapp, capsys, tmp_path, basedir):
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content" / "data", content)
    victim = sorted((content / "sections").glob("*.md"))[0]
    victim.write_text("---\nid: [not closed\n---\nbody\n", encoding="utf-8")
    code, lines, err = run(capsys, content=str(content), basedir=str(basedir))
    assert code == 1
    assert "content FAILED" in lines[-1] and "problem(s)" in lines[-1]
    assert victim.name in lines[-1]
    assert "smoke: all ok" not in lines
    assert "Traceback" in err


def test_a_failing_step_stops_the_run_with_its_reason(qapp, capsys, basedir, monkeypatch):
    import index

    def broken(*args, **kwargs):
        raise index.IndexBuildError("the disk is on fire")

    monkeypatch.setattr(index, "open_or_build", broken)
    code, lines, _ = run(capsys, basedir=str(basedir))
    assert code == 1
    assert lines[-1] == "smoke: index FAILED: IndexBuildError: the disk is on fire"
    assert not any(ln.startswith(("smoke: search", "smoke: pdf")) for ln in lines)


def test_a_damaged_prebuilt_index_is_not_used(qapp, capsys, tmp_path, basedir, library,
                                              monkeypatch):
    from index import build_index

    prebuilt = build_index(library, tmp_path / "prebuilt")
    for seg in prebuilt.glob("*.seg"):
        seg.write_bytes(b"\x00" * 64)
    monkeypatch.setattr(app_paths, "prebuilt_index_dir", lambda: prebuilt)
    code, lines, _ = run(capsys, basedir=str(basedir))
    assert code == 0, lines
    assert "built in memory (the prebuilt index does not match" in step_line(lines, "index")


def test_a_matching_prebuilt_index_is_used_and_a_stale_one_is_not(
        qapp, capsys, tmp_path, basedir, library, monkeypatch):
    from content import load_library
    from index import build_index

    prebuilt = build_index(library, tmp_path / "prebuilt")
    monkeypatch.setattr(app_paths, "prebuilt_index_dir", lambda: prebuilt)
    code, lines, _ = run(capsys, basedir=str(basedir))
    assert code == 0
    assert "opened the prebuilt index" in step_line(lines, "index")

    stale_content = tmp_path / "content"
    shutil.copytree(ROOT / "content" / "data", stale_content)
    with (sorted((stale_content / "sections").glob("*.md"))[0]).open("a", encoding="utf-8") as f:
        f.write("\nOne more paragraph, so the content hash changes.\n")
    assert load_library(stale_content).content_hash != library.content_hash
    code, lines, _ = run(capsys, content=str(stale_content), basedir=str(basedir))
    assert code == 0, lines
    assert "built in memory (the prebuilt index does not match" in step_line(lines, "index")
    assert list(basedir.iterdir()) == []


def test_the_french_step_opens_a_matching_french_index_and_builds_none(
        qapp, capsys, tmp_path, basedir, monkeypatch):
    """What a switch to French does in the bundle, which ships index/prebuilt-fr."""
    from content import load_library
    from index import build_index, builder

    french = build_index(load_library(language="fr"), tmp_path / "prebuilt-fr")
    monkeypatch.setattr(app_paths, "prebuilt_index_for",
                        lambda language: french if language == "fr" else None)
    built: list[str] = []
    real = builder.build_in_memory
    monkeypatch.setattr(builder, "build_in_memory",
                        lambda library, **kw: built.append(library.language) or real(library, **kw))
    code, lines, _ = run(capsys, basedir=str(basedir))
    assert code == 0, lines
    line = step_line(lines, "french")
    assert "opened the French prebuilt index" in line and "found" in line
    assert built == ["en"]  # the English one only (no prebuilt English index here)


def test_content_without_a_french_translation_passes_the_french_step(qapp, capsys, tmp_path,
                                                                     basedir):
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content" / "data", content, ignore=shutil.ignore_patterns("fr"))
    code, lines, _ = run(capsys, content=str(content), basedir=str(basedir))
    assert code == 0, lines
    assert "has no French translation" in step_line(lines, "french")


def test_a_problem_in_the_french_content_fails_the_french_step(qapp, capsys, tmp_path,
                                                               basedir):
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content" / "data", content)
    victim = sorted((content / "fr" / "sections").glob("*.md"))[0]
    victim.write_text("---\nid: [not closed\n---\ncorps\n", encoding="utf-8")
    code, lines, _ = run(capsys, content=str(content), basedir=str(basedir))
    assert code == 1
    assert lines[-1].startswith("smoke: french FAILED") and victim.name in lines[-1]


def test_from_source_there_is_no_prebuilt_index():
    assert app_paths.prebuilt_index_dir() is None


@pytest.mark.slow
def test_the_cli_flag_runs_it_in_a_fresh_process(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-m", "desktop_app", "--basedir", str(tmp_path),
                           "--smoke-test"], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[-1] == "smoke: all ok"
    assert proc.stderr == ""


# -- the start-up probe (tools/startup_bench.py) ---------------------------------------

def test_probe_is_off_unless_asked_for(qapp, monkeypatch):
    from PySide6.QtWidgets import QWidget

    monkeypatch.delenv(smoke.STARTUP_PROBE_ENV, raising=False)
    w = QWidget()
    assert smoke.install_startup_probe(w) is False


@pytest.mark.slow
@pytest.mark.parametrize("to_file", [False, True], ids=["stdout", "file"])
def test_probe_reports_the_first_paint_and_quits_the_app(tmp_path, to_file):
    probe_file = tmp_path / "probe.txt"
    value = str(probe_file) if to_file else "1"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **{smoke.STARTUP_PROBE_ENV: value})
    proc = subprocess.run([sys.executable, "-m", "desktop_app", "--basedir",
                           str(tmp_path / "base")],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr
    text = probe_file.read_text(encoding="utf-8") if to_file else proc.stdout
    shown = [ln for ln in text.splitlines() if ln.startswith("startup-probe: shown at ")]
    assert len(shown) == 1
    assert float(shown[0].rsplit(" ", 1)[1]) > 1e9  # a time.time() stamp
    assert ("startup-probe" in proc.stdout) is not to_file
