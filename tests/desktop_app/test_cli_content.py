"""The ipv-guide CLI for content: check-content, list, show, and the global options."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from content import data_root
from desktop_app.cli import main

ROOT = Path(__file__).resolve().parents[2]


def test_check_content_passes_on_shipped_content(capsys):
    assert main(["check-content", "--stats"]) == 0
    out = capsys.readouterr().out
    assert "Content OK" in out and "sections:" in out and "words:" in out


def test_check_content_fails_with_path_line_on_a_broken_copy(tmp_path, capsys):
    copy = tmp_path / "content"
    shutil.copytree(data_root(), copy)
    victim = sorted((copy / "sections").glob("*.md"))[0]
    text = victim.read_text(encoding="utf-8")
    victim.write_text(text.replace("\n---\n", "\nshoe_size: 9\n---\n", 1), encoding="utf-8")
    assert main(["--content", str(copy), "check-content"]) == 1
    out = capsys.readouterr().out
    assert f"{victim.name}:" in out and "unknown key 'shoe_size'" in out
    line = int(out.split(f"{victim.name}:", 1)[1].split(":", 1)[0])
    assert victim.read_text(encoding="utf-8").splitlines()[line - 1].startswith("shoe_size")


def test_list_prints_the_toc_indented(capsys):
    assert main(["list"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("About this guide")
    assert any(line.startswith("  ") for line in out)


def test_show_prints_a_section_as_plain_text(capsys):
    assert main(["show", "about"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("About this guide\n")
    assert "Sources:" in out and "not legal advice" in out.lower()
    assert "<" not in out.replace("<=", "")  # no HTML


def test_show_unknown_section_is_a_clear_error(capsys):
    assert main(["show", "no-such-thing"]) == 2
    assert "No section 'no-such-thing'" in capsys.readouterr().err


def test_missing_content_folder_is_reported(tmp_path, capsys):
    assert main(["--content", str(tmp_path / "nope"), "check-content"]) == 1
    assert "content folder not found" in capsys.readouterr().err


def test_python_dash_m_behaves_the_same():
    out = subprocess.run([sys.executable, "-m", "desktop_app", "--version"], capture_output=True,
                         text=True, cwd=ROOT)
    assert out.returncode == 0 and out.stdout.startswith("ipv-guide ")
