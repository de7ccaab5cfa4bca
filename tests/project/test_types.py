"""The type checker is part of the test command: mypy, strict on the core (``content`` and
``index``), with every ``# type: ignore`` naming its error code and none left stale
(``warn_unused_ignores``). Settings: ``[tool.mypy]`` in pyproject.toml."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _mypy(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mypy", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=900)


@pytest.fixture(scope="module")
def config() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]


#: GUI modules being reworked in parallel (issue 18), whose errors mypy may skip for now.
#: The list may only shrink.
IN_FLIGHT: set[str] = set()


def test_the_core_is_checked_strictly_and_the_gui_checked(config):
    assert config["strict"] is True
    assert set(config["files"]) == {"content", "index", "desktop_app"}
    assert config["warn_unused_ignores"] is True
    assert "ignore-without-code" in config["enable_error_code"]
    relaxed = [o for o in config.get("overrides", [])
               if any(m.startswith(("content", "index")) for m in o["module"])]
    assert relaxed == []  # nothing loosens the core
    gui = next(o for o in config["overrides"] if "desktop_app.*" in o["module"])
    assert "ignore_errors" not in gui and gui.get("warn_unused_ignores", True) is True
    skipped = {m for o in config["overrides"] if o.get("ignore_errors") for m in o["module"]}
    assert skipped <= IN_FLIGHT, skipped - IN_FLIGHT


@pytest.mark.slow
def test_mypy_finds_no_error():
    run = _mypy("--no-incremental", "--cache-dir", "/dev/null" if sys.platform != "win32"
                else "nul")
    assert run.returncode == 0, run.stdout + run.stderr
    assert re.search(r"^Success: no issues found in \d+ source files", run.stdout, re.M), \
        run.stdout


@pytest.mark.slow
def test_mypy_would_catch_a_type_error_and_a_stale_ignore(tmp_path):
    """The settings are live: a wrong type and an ignore that ignores nothing both fail."""
    pkg = tmp_path / "content"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("", encoding="utf-8")
    (pkg / "bad.py").write_text(
        "def f(x: int) -> str:\n    return x\n\n\ny: int = 1  # type: ignore[assignment]\n",
        encoding="utf-8")
    run = _mypy("--config-file", str(ROOT / "pyproject.toml"), "--no-incremental",
                "--cache-dir", str(tmp_path / "cache"), str(pkg), cwd=tmp_path)
    assert run.returncode == 1, run.stdout
    assert "Incompatible return value type" in run.stdout
    assert 'Unused "type: ignore" comment' in run.stdout


def test_every_type_ignore_names_its_error_code():
    bare = []
    for pkg in ("content", "index", "desktop_app"):
        for path in sorted((ROOT / pkg).rglob("*.py")):
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if re.search(r"#\s*type:\s*ignore(?!\[)", line):
                    bare.append(f"{path.relative_to(ROOT)}:{n}")
    assert bare == []
