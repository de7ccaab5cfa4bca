"""Dependencies point one way: desktop_app -> index -> content. Only desktop_app imports Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _imports(package: str) -> list[tuple[Path, int, str]]:
    found = []
    for path in sorted((ROOT / package).rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                found += [(path, node.lineno, a.name) for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.append((path, node.lineno, node.module))
    return found


@pytest.mark.parametrize("package", ["content", "index"])
def test_core_packages_never_import_qt(package):
    bad = [f"{p.relative_to(ROOT)}:{ln}: {mod}" for p, ln, mod in _imports(package)
           if mod.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6", "desktop_app"}]
    assert bad == []


def test_content_does_not_import_index_or_whoosh():
    bad = [f"{p.relative_to(ROOT)}:{ln}: {mod}" for p, ln, mod in _imports("content")
           if mod.split(".")[0] in {"index", "whoosh"}]
    assert bad == []


def test_importing_core_packages_loads_neither_qt_nor_whoosh():
    code = (
        "import sys, content, content.loader, content.render, content.validate, index\n"
        "import content.decision\n" if (ROOT / "content" / "decision").exists() else
        "import sys, content, content.loader, content.render, content.validate, index\n"
    )
    code += (
        "lib = content.load_library()\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'whoosh')]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                         check=True)
    assert out.stdout.strip() == ""


def test_packages_resolve_to_this_project():
    """`content` and `index` are generic names: make sure nothing else shadows them."""
    import content
    import index

    assert Path(content.__file__).resolve().parent == ROOT / "content"
    assert Path(index.__file__).resolve().parent == ROOT / "index"


#: The one exception: the single-instance check talks to the app's own first window over a
#: local socket (a Unix-domain socket, a Windows named pipe), never a network one.
LOCAL_IPC_MODULE = "desktop_app/single_instance.py"


def test_no_http_client_is_imported_anywhere():
    banned = {"requests", "httpx", "urllib3", "aiohttp", "http.client", "urllib.request",
              "socket", "ftplib", "smtplib", "QtNetwork", "PySide6.QtNetwork"}
    bad = [f"{p.relative_to(ROOT)}:{ln}: {mod}"
           for pkg in ("content", "index", "desktop_app")
           for p, ln, mod in _imports(pkg)
           if (mod in banned or mod.split(".")[0] in banned)
           and not (p.relative_to(ROOT).as_posix() == LOCAL_IPC_MODULE
                    and mod in ("socket", "PySide6.QtNetwork"))]
    assert bad == []


# Attribute names with a leading underscore read on something other than ``self``/``cls``,
# that are known to be our own objects (or documented stdlib names in annotations).
_OWN_PRIVATE_ACCESS = {
    # documented standard library: exit at once, without cleanup, after a fatal signal
    ("desktop_app/crash_guard.py", "os._exit"),
    # documented standard library: argparse takes its own words (usage, headings, errors)
    # from gettext through its module's ``_``; the CLI in French puts ours there
    ("desktop_app/i18n.py", "argparse._"),
}


def _private_accesses(package: str) -> list[str]:
    found = []
    for path in sorted((ROOT / package).rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            attr = None
            if isinstance(node, ast.Attribute):
                attr, base = node.attr, node.value
            elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                  and node.func.id in {"getattr", "hasattr", "setattr"} and len(node.args) > 1
                  and isinstance(node.args[1], ast.Constant)
                  and isinstance(node.args[1].value, str)):
                attr, base = node.args[1].value, node.args[0]
            if not attr or not attr.startswith("_") or attr.startswith("__"):
                continue
            if isinstance(base, ast.Name) and base.id in {"self", "cls"}:
                continue
            expr = f"{ast.unparse(base)}.{attr}"
            if expr == "argparse._SubParsersAction" or (rel, expr) in _OWN_PRIVATE_ACCESS:
                continue
            found.append(f"{rel}:{node.lineno}: {expr}")
    return found


@pytest.mark.parametrize("package", ["index", "content", "desktop_app", "packaging"])
def test_no_private_attribute_of_a_dependency_is_used(package):
    """Whoosh (an unmaintained fork) and every other dependency are used through their
    public API only: no ``obj._name`` (nor ``getattr(obj, "_name")``) on anything but our own
    objects. The posting reader in index/searcher.py used to read Whoosh's block internals."""
    assert _private_accesses(package) == []


def test_the_private_access_scan_finds_what_it_should(tmp_path, monkeypatch):
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "m.py").write_text(
        "def f(m, self):\n"
        "    m._read_ids()\n"
        "    getattr(m, '_ids')\n"
        "    self._fine()\n"
        "    m.__class__\n", encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    assert sorted(_private_accesses("pkg")) == ["pkg/m.py:2: m._read_ids", "pkg/m.py:3: m._ids"]


def test_the_single_instance_module_uses_only_local_sockets():
    tree = ast.parse((ROOT / LOCAL_IPC_MODULE).read_text(encoding="utf-8"))
    qt_names = {a.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                and node.module == "PySide6.QtNetwork" for a in node.names}
    assert qt_names == {"QLocalServer", "QLocalSocket"}
    socket_uses = {node.attr for node in ast.walk(tree) if isinstance(node, ast.Attribute)
                   and isinstance(node.value, ast.Name) and node.value.id == "socket"}
    assert socket_uses <= {"socket", "SOL_SOCKET", "SO_PEERCRED"}  # peer credentials only


# -- rooms of at most 400 lines ----------------------------------------------------------

MAX_LINES = 400

#: Modules not yet split into rooms of at most MAX_LINES lines, each with where it is
#: going. An entry that no longer needs to be here (the file was split, moved or shrank)
#: fails the test below, so the list cannot go stale: delete the entry.
OVERSIZE_ALLOWED = {
    # desktop_app: the UX work in these files lands first; their splits follow it
}


def _line_counts() -> dict[str, int]:
    return {p.relative_to(ROOT).as_posix(): len(p.read_text(encoding="utf-8").splitlines())
            for package in ("content", "index", "desktop_app")
            for p in sorted((ROOT / package).rglob("*.py"))}


def test_no_module_is_over_400_lines():
    """Rooms a newcomer can read in one sitting. A module that grows past the limit is
    split by what it holds (see docs/architecture.md), not added to the allow-list."""
    too_long = {path: n for path, n in _line_counts().items()
                if n > MAX_LINES and path not in OVERSIZE_ALLOWED}
    assert too_long == {}


def test_the_oversize_allow_list_is_not_stale():
    counts = _line_counts()
    stale = [f"{path}: {'gone' if path not in counts else f'{counts[path]} lines'}"
             for path in OVERSIZE_ALLOWED if counts.get(path, 0) <= MAX_LINES]
    assert stale == [], "split or moved: delete these entries from OVERSIZE_ALLOWED"


# -- the GUI <-> core seam is typed ---------------------------------------------------------

#: Names that, in desktop_app, hold an object of the core (``content``/``index``). A
#: parameter of that name typed ``Any`` (or not typed at all), or a function named for one
#: (``hit``, ``_outcome_summary``) that returns ``Any``, throws the core's type away at the
#: seam. (Not "index": Qt's item views call their QModelIndex that.)
CORE_OBJECT_NAMES = {
    "library", "section", "term", "statute", "manifest", "agency",   # content.model/agency
    "flow", "session", "step", "outcome", "summary", "record",       # content.decision
    "hit", "hits", "results", "res", "idx",                          # index
}

#: desktop_app modules whose seam is not typed yet, and what is left to do in each. A module
#: that is clean now fails the staleness test below: delete its entry. (Empty: every module
#: takes the core typed. Keep it empty; fix a new finding rather than listing it here.)
SEAM_UNTYPED: dict[str, str] = {}


def _is_any(annotation: ast.expr | None) -> bool:
    return annotation is not None and ast.unparse(annotation) in {"Any", "typing.Any"}


def _core_field_names() -> set[str]:
    """Every field, method and property name of the core's frozen types."""
    import dataclasses
    import importlib

    names: set[str] = set()
    for module_name in ("index.types", "content.model", "content.agency",
                        "content.decision.model", "content.decision.summary",
                        "content.decision.record"):
        module = importlib.import_module(module_name)
        for value in vars(module).values():
            if isinstance(value, type) and dataclasses.is_dataclass(value) \
                    and value.__module__ == module_name:
                names |= {f.name for f in dataclasses.fields(value)}
                names |= {n for n, v in vars(value).items() if not n.startswith("_")
                          and (callable(v) or isinstance(v, property | classmethod))}
    return names


def _seam_problems(path: Path, core_fields: set[str]) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id in {"getattr", "hasattr"} and len(node.args) >= 2:
            name = node.args[1]
            literal = isinstance(name, ast.Constant) and isinstance(name.value, str)
            if not literal or name.value in core_fields:  # duck-typing a core object
                found.append(f"{node.lineno}: {ast.unparse(node)}")
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            args = node.args
            for arg in (*args.posonlyargs, *args.args, *args.kwonlyargs):
                if arg.arg in CORE_OBJECT_NAMES and (arg.annotation is None
                                                     or _is_any(arg.annotation)):
                    found.append(f"{node.lineno}: {node.name}({arg.arg}: "
                                 f"{ast.unparse(arg.annotation) if arg.annotation else '?'})")
            if _is_any(node.returns) and set(node.name.split("_")) & CORE_OBJECT_NAMES:
                found.append(f"{node.lineno}: {node.name}() -> Any")
    return found


def _seam_report() -> dict[str, list[str]]:
    core_fields = _core_field_names()
    report = {}
    for path in sorted((ROOT / "desktop_app").rglob("*.py")):
        problems = _seam_problems(path, core_fields)
        if problems:
            report[path.relative_to(ROOT).as_posix()] = problems
    return report


def test_the_gui_takes_the_core_typed():
    """desktop_app takes the core's frozen types (``index.types.Hit``/``SearchResults``,
    ``content.decision``'s, ``content.model``'s) in its signatures, and reads them as
    attributes: no ``Any`` for a core object, no ``getattr``/``hasattr`` duck-typing."""
    untyped = {path: problems for path, problems in _seam_report().items()
               if path not in SEAM_UNTYPED}
    assert untyped == {}


def test_the_untyped_seam_list_is_not_stale():
    report = _seam_report()
    clean = [path for path in SEAM_UNTYPED
             if path not in report and (ROOT / path).exists()]
    gone = [path for path in SEAM_UNTYPED if not (ROOT / path).exists()]
    assert clean == [] and gone == [], "typed, split or gone: delete from SEAM_UNTYPED"


def test_the_seam_scan_finds_what_it_should(tmp_path, monkeypatch):
    (tmp_path / "desktop_app").mkdir()
    (tmp_path / "desktop_app" / "m.py").write_text(
        "from typing import Any\n"
        "def hit(hit: Any, library, text: Any, name: str) -> Any:\n"
        "    getattr(hit, 'snippet_text', '')\n"
        "    getattr(hit, name)\n"
        "    getattr(sys, 'frozen', False)\n"
        "def g(results: 'SearchResults', value: object) -> Any:\n"
        "    return results.query\n", encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    assert _seam_report() == {"desktop_app/m.py": [
        "2: hit(hit: Any)", "2: hit(library: ?)", "2: hit() -> Any",
        "3: getattr(hit, 'snippet_text', '')", "4: getattr(hit, name)"]}
