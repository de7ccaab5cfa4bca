"""The test suite is laid out like the code: every test module sits in the folder of what it
tests (tests/content, tests/index, tests/desktop_app, tests/hardening, tests/project), every
folder is a package with an empty ``__init__.py`` and its own ``conftest.py``, helpers live
in tests/tools/ (which holds no fixtures: fixtures live in conftest files), and no test
module imports another test module or a conftest."""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]

#: The folders that hold test modules, and the folders that must not.
TEST_FOLDERS = {"content", "index", "desktop_app", "hardening", "project"}
OTHER_FOLDERS = {"tools", "data", "scripts"}


def _imported_modules(path: Path) -> list[tuple[int, str]]:
    """Every module a file imports (``from x import y`` gives ``x`` and ``x.y``)."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
            found += [(node.lineno, f"{node.module}.{a.name}") for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level:
            found.append((node.lineno, "." * node.level + (node.module or "")))
    return found


def _is_test_module(name: str) -> bool:
    """``tests.x.test_y``, ``tests.test_y``, a conftest, or a relative import (never needed)."""
    if name.startswith("."):
        return True
    parts = name.split(".")
    return parts[0] == "tests" and any(p.startswith("test_") or p == "conftest"
                                       for p in parts[1:])


def cross_imports(tests: Path) -> list[str]:
    """``file:line: module`` for every import of a test module or conftest under ``tests``."""
    bad = []
    for path in sorted(tests.rglob("*.py")):
        if "data" in path.relative_to(tests).parts:
            continue
        for line, module in _imported_modules(path):
            if _is_test_module(module):
                bad.append(f"{path.relative_to(tests.parent).as_posix()}:{line}: {module}")
    return bad


def misplaced(tests: Path) -> list[str]:
    """Test files outside the test folders, unknown folders, and folders that are not
    packages with an empty ``__init__.py`` and a ``conftest.py``."""
    bad = []
    for path in sorted(tests.rglob("test_*.py")):
        rel = path.relative_to(tests)
        if "data" in rel.parts:
            continue  # fixture content, never collected
        if len(rel.parts) != 2 or rel.parts[0] not in TEST_FOLDERS:
            bad.append(f"tests/{rel.as_posix()}: not in one of {sorted(TEST_FOLDERS)}")
    for folder in sorted(p for p in tests.iterdir() if p.is_dir()):
        if folder.name.startswith((".", "__")):
            continue
        if folder.name not in TEST_FOLDERS | OTHER_FOLDERS:
            bad.append(f"tests/{folder.name}/: an unknown folder (add it to test_layout.py)")
        if folder.name in TEST_FOLDERS | {"tools"}:
            init = folder / "__init__.py"
            if not init.is_file() or init.read_text(encoding="utf-8").strip():
                bad.append(f"tests/{folder.name}/__init__.py: missing or not empty")
        if folder.name in TEST_FOLDERS and not (folder / "conftest.py").is_file():
            bad.append(f"tests/{folder.name}/conftest.py: missing")
    return bad


def fixtures_outside_conftests(tests: Path) -> list[str]:
    """Fixtures defined in tests/tools/ (they would have to be imported, i.e. re-exported)."""
    bad = []
    for path in sorted((tests / "tools").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and any(
                    "fixture" in ast.unparse(d) for d in node.decorator_list):
                bad.append(f"{path.relative_to(tests.parent).as_posix()}:{node.lineno}: "
                           f"{node.name}")
    return bad


def test_no_test_module_imports_another():
    assert cross_imports(TESTS) == []


def test_every_test_file_is_in_a_test_folder_and_every_folder_is_a_package():
    assert misplaced(TESTS) == []


def test_fixtures_live_in_conftest_files_not_in_tools():
    assert fixtures_outside_conftests(TESTS) == []


def _tree(root: Path, files: dict[str, str]) -> Path:
    tests = root / "tests"
    for rel, text in files.items():
        (tests / rel).parent.mkdir(parents=True, exist_ok=True)
        (tests / rel).write_text(text, encoding="utf-8")
    return tests


def test_the_checks_catch_what_they_forbid(tmp_path):
    good = {f"{d}/{f}": "" for d in TEST_FOLDERS for f in ("__init__.py", "conftest.py")}
    good["tools/__init__.py"] = ""
    tests = _tree(tmp_path / "good", {**good, "index/test_a.py": "from tests.tools import x\n"})
    assert (cross_imports(tests), misplaced(tests), fixtures_outside_conftests(tests)) \
        == ([], [], [])

    tests = _tree(tmp_path / "bad", {
        **good,
        "index/__init__.py": "# not empty\n",
        "index/test_a.py": "from tests.content.test_b import X\n",
        "index/test_c.py": "import tests.conftest\nfrom . import test_a\n",
        "content/test_b.py": "def f():\n    from tests.test_d import Y\n",
        "test_loose.py": "",
        "misc/test_e.py": "",
        "tools/helpers.py": "import pytest\n\n@pytest.fixture\ndef thing():\n    return 1\n",
    })
    (tests / "project" / "conftest.py").unlink()
    assert cross_imports(tests) == [
        "tests/content/test_b.py:2: tests.test_d",
        "tests/content/test_b.py:2: tests.test_d.Y",
        "tests/index/test_a.py:1: tests.content.test_b",
        "tests/index/test_a.py:1: tests.content.test_b.X",
        "tests/index/test_c.py:1: tests.conftest",
        "tests/index/test_c.py:2: .",
    ]
    assert misplaced(tests) == [
        f"tests/misc/test_e.py: not in one of {sorted(TEST_FOLDERS)}",
        f"tests/test_loose.py: not in one of {sorted(TEST_FOLDERS)}",
        "tests/index/__init__.py: missing or not empty",
        "tests/misc/: an unknown folder (add it to test_layout.py)",
        "tests/project/conftest.py: missing",
    ]
    assert fixtures_outside_conftests(tests) == ["tests/tools/helpers.py:4: thing"]
