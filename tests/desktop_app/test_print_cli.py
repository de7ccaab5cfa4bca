"""``ipv-guide export-pdf``: every kind of PDF from the command line."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.tools.print_support import PRINT_CONTENT, needs_poppler, pdf_info, pdf_pages, pdf_text

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.gui


def run_cli(*argv: str) -> int:
    from desktop_app.cli import main

    return main([str(a) for a in argv])


def words(path: Path) -> str:
    return " ".join(pdf_text(path).split())


@needs_poppler
@pytest.mark.parametrize("what,expected", [
    (["--section", "phipa-serious-harm", "fippa"],
     ["2 sections: summaries", "PHIPA s. 40(1): sharing to prevent serious bodily harm",
      "FIPPA: provincial institutions", "Provisions cited • FIPPA s. 42(1)(h)"]),
    (["--section", "fippa", "--section", "pipeda"],
     ["2 sections: summaries", "PIPEDA: context only"]),
    (["--quick-reference"], ["Someone in danger now? Call 911.", "FIPPA s. 42(1)(h)",
                               "PIPEDA s. 7(3)(e)"]),
    (["--quick-reference", "--paper", "a4"], ["Someone in danger now? Call 911."]),
    (["--decision-map"], ["Overview: Can I share this information?",
                          "Decision map: Can I share this information?", "1. Every path (15)"]),
    (["--facts", "danger=no,organization=health", "--facts", "consent=no"],
     ["Decision summary", "You may share to reduce a significant risk of serious bodily harm",
      "PHIPA s. 40(1)"]),
    (["--facts", "danger=no,organization=municipal,consent=no", "--record"],
     ["Decision record", "MFIPPA s. 32(h)", "Authority relied on", "Signature"]),
])
def test_export_each_kind(qapp, tmp_path, capsys, what, expected):
    out = tmp_path / "out" / "file.pdf"
    assert run_cli("--content", PRINT_CONTENT, "export-pdf", *what, "--out", out) == 0
    assert capsys.readouterr().out.strip() == f"Saved to {out}"
    text = words(out)
    for part in expected:
        assert part in text, part
    total = pdf_pages(out)
    assert f"Page {total} of {total}" in text
    assert "Not legal advice" in text and "Content 9.9.9-test of 2026-11-20" in text
    if "--quick-reference" in what:
        assert total == 1
    size = "595 x 842" if "a4" in what else "612 x 792"  # A4 only when asked; Letter first
    assert pdf_info(out)["Page size"].startswith(size)


@needs_poppler
def test_export_search_digest(qapp, tmp_path, basedir, capsys):
    out = tmp_path / "digest.pdf"
    code = run_cli("--content", PRINT_CONTENT, "--basedir", basedir, "export-pdf",
                   "--search", "serious bodily harm", "--statute", "PHIPA", "--out", out)
    assert code == 0, capsys.readouterr().err
    text = words(out)
    assert "Search results" in text and "“serious bodily harm”" in text
    assert "Filters: Laws: PHIPA" in text
    assert "PHIPA s. 40(1): sharing to prevent serious bodily harm" in text
    assert "Provisions: PHIPA s. 40(1)" in text
    assert "Page 1 of 1" in text
    assert list(basedir.iterdir()) == []  # the index was built in memory: nothing written


@pytest.mark.parametrize("argv,message", [
    (["--section", "nope"], "No section 'nope'"),
    (["--quick-reference", "--statute", "PHIPA"], "--statute and --sector go with --search"),
    (["--decision-map", "--record"], "--record goes with --facts"),
    (["--facts", "danger=no"], "do not reach an outcome yet. Add organization="),
    (["--facts", "colour=blue"], "unknown fact 'colour'"),
])
def test_export_usage_errors(qapp, tmp_path, capsys, argv, message):
    out = tmp_path / "x.pdf"
    assert run_cli("--content", PRINT_CONTENT, "export-pdf", *argv, "--out", out) == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_export_needs_a_kind_and_an_output(capsys):
    with pytest.raises(SystemExit) as exc:
        run_cli("export-pdf", "--out", "x.pdf")
    assert exc.value.code == 2
    with pytest.raises(SystemExit):
        run_cli("export-pdf", "--quick-reference")
    assert "--out" in capsys.readouterr().err


def _env_without_display(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "PYTEST_CURRENT_TEST")}
    env.update(HOME=str(home), XDG_CACHE_HOME=str(home), XDG_CONFIG_HOME=str(home),
               XDG_RUNTIME_DIR=str(home))
    return env


def test_cli_runs_without_a_display_and_reports_a_read_only_folder(tmp_path):
    """In a fresh process with no display: Qt goes offscreen by itself; a folder the user
    cannot write to gives words, exit code 1 and no file. As root, the command runs without
    root's capabilities (setpriv), so the folder's permissions apply to it too."""
    if sys.platform == "win32":
        pytest.skip("POSIX permissions")
    prefix: list[str] = []
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: permissions cannot be tested")
        prefix = [setpriv, "--bounding-set=-all", "--inh-caps=-all"]
    home = tmp_path / "home"
    home.mkdir(mode=0o700)
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    cmd = [*prefix, sys.executable, "-m", "desktop_app", "--content", str(PRINT_CONTENT),
           "export-pdf", "--quick-reference", "--out"]
    env = _env_without_display(home)
    try:
        good = subprocess.run([*cmd, str(tmp_path / "card.pdf")], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=120)
        assert good.returncode == 0, good.stderr
        assert (tmp_path / "card.pdf").read_bytes().startswith(b"%PDF")

        bad = subprocess.run([*cmd, str(locked / "sub" / "card.pdf")], cwd=ROOT, env=env,
                             capture_output=True, text=True, timeout=120)
        assert bad.returncode == 1
        assert "could not be created: you do not have permission" in bad.stderr
        assert str(locked / "sub") in bad.stderr and "Nothing was saved." in bad.stderr
        assert "Traceback" not in bad.stderr

        bad = subprocess.run([*cmd, str(locked / "card.pdf")], cwd=ROOT, env=env,
                             capture_output=True, text=True, timeout=120)
        assert bad.returncode == 1
        assert "You do not have permission to save in the folder" in bad.stderr
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o755)
