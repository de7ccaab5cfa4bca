"""House rules a maintainer relies on: one HTML-escape helper, and comments that point only
at files in this repository."""

from __future__ import annotations

import ast
import re
import subprocess
from pathlib import Path

import pytest

from content.html_escape import esc

ROOT = Path(__file__).resolve().parents[2]
CODE = ("content", "index", "desktop_app", "tools", "packaging")


def _py_files() -> list[Path]:
    out = [p for pkg in CODE for p in sorted((ROOT / pkg).rglob("*.py"))
           if "build" not in p.relative_to(ROOT).parts[1:2]]
    return out + [ROOT / "dev.py"]


@pytest.mark.parametrize("text, want", [
    ("a & b < c > d", "a &amp; b &lt; c &gt; d"),
    ('say "no" & it\'s', "say &quot;no&quot; &amp; it&#x27;s"),
    (None, ""),
    (42, "42"),
    ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
])
def test_esc_escapes_text_and_attribute_values(text, want):
    assert esc(text) == want


def test_html_is_escaped_in_one_place_only():
    """Every module that builds HTML uses content.html_escape.esc: no html.escape, no
    private _e/_esc copies."""
    offenders = []
    for path in _py_files():
        if path == ROOT / "content" / "html_escape.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr == "escape" and \
                    isinstance(node.value, ast.Name) and node.value.id == "html":
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}: html.escape")
            if isinstance(node, ast.ImportFrom) and node.module == "html" and \
                    any(a.name == "escape" for a in node.names):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}: from html import")
            if isinstance(node, ast.FunctionDef) and node.name in {"_e", "_esc", "esc",
                                                                    "escape", "_escape"}:
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}: def {node.name}")
    assert offenders == []


# A path-like reference: a repository folder, then a file name with an extension.
_REF = re.compile(r"(?<![\w./-])((?:content|index|desktop_app|packaging|tests|tools|docs)"
                  r"/[\w./-]*\.(?:py|md|yaml|yml|txt|toml|spec|css|qss|json|gz))\b")


def _tracked() -> set[str]:
    out = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True)
    if out.returncode != 0:
        pytest.skip("not a git checkout")
    return set(out.stdout.split())


def test_comments_point_only_to_files_in_the_repository():
    tracked = _tracked() | {str(p.relative_to(ROOT)) for p in ROOT.rglob("*")
                            if p.is_file() and ".venv" not in p.parts and ".git" not in p.parts}
    missing = []
    for path in _py_files():
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if "/tmp/" in line and ("see" in line.lower() or "contracts" in line):
                missing.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()}")
            if "STYLE.md" in line:
                missing.append(f"{path.relative_to(ROOT)}:{n}: STYLE.md is not in the repo")
            for ref in _REF.findall(line):
                if "*" in ref or ref.startswith(("content/data/", "tests/data/")):
                    continue  # patterns and content-folder layouts, not files
                if ref not in tracked:
                    missing.append(f"{path.relative_to(ROOT)}:{n}: {ref}")
    assert missing == []
