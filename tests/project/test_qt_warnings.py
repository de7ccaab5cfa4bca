"""Qt warnings fail tests (``qt_log_level_fail`` in pyproject.toml, as qutebrowser does):
pytest is run, with this repository's settings, on a tiny test that makes Qt warn, and must
report it failed; the messages on the ``qt_log_ignore`` list (each commented there) pass."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _pytest_settings() -> dict:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return tomllib.load(f)["tool"]["pytest"]["ini_options"]


def test_the_suite_fails_on_qt_warnings_and_each_ignored_message_says_why():
    settings = _pytest_settings()
    assert settings["qt_log_level_fail"] == "WARNING"
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    block = text.split("qt_log_ignore = [", 1)[1].split("\n]", 1)[0] \
        if "qt_log_ignore = [" in text else ""
    lines = [ln.strip() for ln in block.splitlines() if ln.strip()]
    entries = [(i, ln) for i, ln in enumerate(lines) if ln.startswith(("'", '"'))]
    assert len(entries) == len(settings.get("qt_log_ignore", []))
    for i, ln in entries:  # a comment on the line before it, or after it on the same line
        assert (i and lines[i - 1].startswith("#")) or "#" in ln.split(",")[-1], ln


@pytest.mark.slow
def test_a_test_that_makes_qt_warn_is_reported_failed(tmp_path):
    ignored = _pytest_settings().get("qt_log_ignore", [])
    (tmp_path / "test_warns.py").write_text(textwrap.dedent(f"""\
        from PySide6.QtCore import qCritical, qDebug, qWarning


        def test_warning(qapp):
            qWarning("a Qt warning our code caused")


        def test_critical(qapp):
            qCritical("a Qt critical message")


        def test_debug_only(qapp):
            qDebug("debug output is not a failure")


        def test_ignored(qapp):
            for message in {[_example(p) for p in ignored]!r}:
                qWarning(message)
        """), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-m", "pytest", "-c", str(ROOT / "pyproject.toml"), "--rootdir",
         str(tmp_path), "-p", "no:cacheprovider", "-q", str(tmp_path / "test_warns.py")],
        capture_output=True, text=True, cwd=tmp_path, env=env, timeout=300)
    report = out.stdout + out.stderr
    assert out.returncode == 1, report
    assert "FAILED test_warns.py::test_warning" in report, report
    assert "FAILED test_warns.py::test_critical" in report, report
    assert "a Qt warning our code caused" in report  # the message is shown with the failure
    assert "2 failed, 2 passed" in report, report


def _example(pattern: str) -> str:
    """A message that the ``qt_log_ignore`` pattern matches (its literal text)."""
    import re

    example = re.sub(r"(?<!\\)\(([^()|]*)\|[^()]*\)", r"\1", pattern)  # (a|b) -> a
    example = re.sub(r"\\(.)", r"\1", example.replace(".*", " x ").replace("^", "")
                     .replace("$", ""))
    assert re.search(pattern, example), (pattern, example)
    return example
