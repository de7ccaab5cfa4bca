"""The developer tools live in ``tools/``, run by their documented commands, print their
figures and stay out of the app's packages. (The search bench and the fuzzer have their own
tests: tests/index/test_index_bench.py and tests/hardening/test_hardening_fuzz.py.)"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ("bench", "fuzz", "startup_bench", "typing_bench", "statute_text", "fr_typography")
PRODUCT = ("content", "index", "desktop_app")


def test_the_tools_are_in_tools_and_nowhere_in_the_product():
    for name in TOOLS:
        assert (ROOT / "tools" / f"{name}.py").is_file(), name
    for old in ("index/bench.py", "index/fuzz.py", "packaging/bench.py",
                "desktop_app/typing_bench.py"):
        assert not (ROOT / old).exists(), f"{old} moved to tools/"


def test_no_product_module_imports_a_tool():
    offenders = []
    for pkg in PRODUCT:
        for path in (ROOT / pkg).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                names = ([a.name for a in node.names] if isinstance(node, ast.Import) else
                         [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
                if any(n == "tools" or n.startswith("tools.") for n in names):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []


def test_the_docs_name_the_tools_by_their_new_commands():
    text = "\n".join(p.read_text(encoding="utf-8") for p in
                     [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))])
    for cmd in ("python -m tools.bench", "python -m tools.fuzz", "tools.startup_bench",
                "python -m tools.typing_bench"):
        assert cmd in text, cmd
    for old in ("index.bench", "index.fuzz", "packaging/bench.py", "desktop_app.typing_bench"):
        assert old not in text, old


def _env() -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen")


@pytest.mark.slow
def test_startup_bench_runs_and_prints_the_bare_window_figure(tmp_path):
    run = subprocess.run([sys.executable, "-m", "tools.startup_bench", "--runs", "1",
                          "--no-source", "--bundle", str(tmp_path / "no-bundle")],
                         cwd=ROOT, env=_env(), capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    assert re.search(r"bare PySide6\s+\d+\.\d{3} s", run.stdout), run.stdout
    assert "no bundle at" in run.stdout


@pytest.mark.slow
def test_typing_bench_runs_and_prints_its_line(tmp_path):
    run = subprocess.run([sys.executable, "-m", "tools.typing_bench", "--runs", "1",
                          "--queries", "1"],
                         cwd=ROOT, env=_env(), capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    last = run.stdout.strip().splitlines()[-1]
    # "can I tell police without consent": one keystroke per character
    assert re.match(r"^typing: 33 keystrokes, keystroke to results painted .*median "
                    r"\d+\.\d ms, p95 \d+\.\d ms", last), last
