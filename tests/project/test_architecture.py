"""Dependencies point one way: desktop_app -> index -> content. Only desktop_app imports Qt."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

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
#: local channel (a Unix-domain socket, a Windows named pipe), never a network one, with the
#: standard library (socket; multiprocessing.connection for the pipe): Qt's network module is
#: not used at all.
LOCAL_IPC_MODULE = "desktop_app/single_instance.py"


def test_no_http_client_is_imported_anywhere():
    banned = {"requests", "httpx", "urllib3", "aiohttp", "http.client", "urllib.request",
              "socket", "ftplib", "smtplib", "QtNetwork", "PySide6.QtNetwork",
              "multiprocessing.connection", "multiprocessing.managers"}
    bad = [f"{p.relative_to(ROOT)}:{ln}: {mod}"
           for pkg in ("content", "index", "desktop_app")
           for p, ln, mod in _imports(pkg)
           if (mod in banned or mod.split(".")[0] in banned)
           and not (p.relative_to(ROOT).as_posix() == LOCAL_IPC_MODULE
                    and mod in ("socket", "multiprocessing.connection"))]
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
    modules = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert not [m for m in modules if m and "QtNetwork" in m]  # not in the bundle at all
    socket_uses = {node.attr for node in ast.walk(tree) if isinstance(node, ast.Attribute)
                   and isinstance(node.value, ast.Name) and node.value.id == "socket"}
    # a Unix-domain stream socket and its peer credentials, nothing else
    assert socket_uses <= {"socket", "AF_UNIX", "SOCK_STREAM", "SOL_SOCKET", "SO_PEERCRED"}
    sockets = [node for node in ast.walk(tree) if isinstance(node, ast.Call)
               and isinstance(node.func, ast.Attribute) and node.func.attr == "socket"]
    assert sockets and all(isinstance(c.args[0], ast.Attribute) and c.args[0].attr == "AF_UNIX"
                           for c in sockets)
    # multiprocessing's Listener and Client (Windows) always get the pipe family: an address
    # without one could be a (host, port) pair, i.e. TCP
    calls = [node for node in ast.walk(tree) if isinstance(node, ast.Call)
             and isinstance(node.func, ast.Name) and node.func.id in ("Listener", "Client")]
    assert len(calls) == 2
    assert all(any(k.arg == "family" and isinstance(k.value, ast.Constant)
                   and k.value.value == "AF_PIPE" for k in call.keywords) for call in calls)


# -- rooms of at most 400 lines ----------------------------------------------------------

MAX_LINES = 400

#: Modules not yet split into rooms of at most MAX_LINES lines, each with where it is
#: going. An entry that no longer needs to be here (the file was split, moved or shrank)
#: fails the test below, so the list cannot go stale: delete the entry.
OVERSIZE_ALLOWED: dict[str, str] = {}  # empty: split a module that grows, do not list it


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

#: Names that, in desktop_app, hold an object of the core (``content``/``index``), alone or
#: as the last word of a longer name (``english_library``, ``_hits``, ``first_hit``). A
#: parameter or attribute of that name typed ``Any`` (or a parameter not typed at all), or
#: a function named for one (``hit``, ``_outcome_summary``) or taking one that returns
#: ``Any``, throws the core's type away at the seam. (Not "index": Qt's item views call
#: their QModelIndex that.)
CORE_OBJECT_NAMES = {
    "library", "section", "term", "statute", "manifest", "agency",   # content.model/agency
    "flow", "session", "step", "outcome", "summary", "record",       # content.decision
    "hit", "hits", "results", "res", "idx",                          # index
}

#: desktop_app modules whose seam is not typed yet, and what is left to do in each. A module
#: that is clean now fails the staleness test below: delete its entry. (Empty: every module
#: takes the core typed. Keep it empty; fix a new finding rather than listing it here.)
SEAM_UNTYPED: dict[str, str] = {}

_ANY = {"Any", "typing.Any"}
#: ``X[Any]``/``X[Any, ...]`` of these is a bag of untyped objects (``hits: Sequence[Any]``).
#: ``dict[str, Any]`` is left alone: that is a JSON-shaped payload, not a core object.
_CONTAINERS = {"tuple", "list", "set", "frozenset", "Sequence", "Iterable", "Iterator",
               "Collection", "Optional", "type"}


def _core_named(name: str) -> bool:
    return name.strip("_").split("_")[-1] in CORE_OBJECT_NAMES


def _is_any(annotation: ast.expr | None) -> bool:
    """``Any``, ``Any | None``, ``Optional[Any]``, ``Sequence[Any]``, ``tuple[Any, ...]``,
    or any of them as a string (``"Any"``)."""
    if annotation is None:
        return False
    if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
        try:
            return _is_any(ast.parse(annotation.value, mode="eval").body)
        except SyntaxError:
            return False
    if ast.unparse(annotation) in _ANY:
        return True
    if isinstance(annotation, ast.BinOp) and isinstance(annotation.op, ast.BitOr):
        return _is_any(annotation.left) or _is_any(annotation.right)
    if isinstance(annotation, ast.Subscript) and \
            ast.unparse(annotation.value).split(".")[-1] in _CONTAINERS:
        inner = annotation.slice
        items = inner.elts if isinstance(inner, ast.Tuple) else [inner]
        return any(_is_any(item) for item in items)
    return False


def _core_type_names() -> set[str]:
    """The class names of the core's frozen types (``Hit``, ``Library``, ``DecisionFlow``...)."""
    import dataclasses

    return {value.__name__ for module in _core_modules() for value in vars(module).values()
            if isinstance(value, type) and dataclasses.is_dataclass(value)
            and value.__module__ == module.__name__}


def _core_modules() -> list[ModuleType]:
    import importlib

    return [importlib.import_module(name) for name in (
        "index.types", "content.model", "content.model_later", "content.agency",
        "content.decision.model",
        "content.decision.summary", "content.decision.record")]


def _core_field_names() -> set[str]:
    """Every field, method and property name of the core's frozen types."""
    import dataclasses

    names: set[str] = set()
    for module in _core_modules():
        for value in vars(module).values():
            if isinstance(value, type) and dataclasses.is_dataclass(value) \
                    and value.__module__ == module.__name__:
                names |= {f.name for f in dataclasses.fields(value)}
                names |= {n for n, v in vars(value).items() if not n.startswith("_")
                          and (callable(v) or isinstance(v, property | classmethod))}
    return names


def _last_name(expr: ast.expr) -> str:
    """``hit`` for ``hit``, ``self._hit``, ``panel.current_hit``; "" for anything else."""
    if isinstance(expr, ast.Name):
        return expr.id
    if isinstance(expr, ast.Attribute):
        return expr.attr
    return ""


def _seam_problems(path: Path, core_fields: set[str], core_types: set[str]) -> list[str]:
    text = path.read_text(encoding="utf-8")
    tree = ast.parse(text, str(path))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id in {"getattr", "hasattr"} and len(node.args) >= 2:
            name = node.args[1]
            literal = isinstance(name, ast.Constant) and isinstance(name.value, str)
            # duck-typing a core object: by a name it has, or on something named for one
            if not literal or name.value in core_fields or _core_named(_last_name(node.args[0])):
                found.append((node.lineno, ast.unparse(node)))
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            args = node.args
            takes_core = False
            for arg in (*args.posonlyargs, *args.args, *args.kwonlyargs):
                if _core_named(arg.arg):
                    takes_core = True
                    if arg.annotation is None or _is_any(arg.annotation):
                        found.append((node.lineno, f"{node.name}({arg.arg}: " + (
                            ast.unparse(arg.annotation) if arg.annotation else "?") + ")"))
            named = set(node.name.strip("_").split("_")) & CORE_OBJECT_NAMES
            if _is_any(node.returns) and (named or takes_core):
                found.append((node.lineno, f"{node.name}() -> {ast.unparse(node.returns)}"))
        elif isinstance(node, ast.AnnAssign) and _core_named(_last_name(node.target)) \
                and _is_any(node.annotation):
            found.append((node.lineno, ast.unparse(node).split(" = ")[0]))
        elif isinstance(node, ast.Attribute) and node.attr == "extras":
            # Library.extras maps names to Any: read Library.flows / Library.agency instead
            found.append((node.lineno, f"{ast.unparse(node)} (use Library.flows/.agency)"))
    # a type checker silenced on a line that handles a core object
    words = CORE_OBJECT_NAMES | set(core_types)
    for n, line in enumerate(text.splitlines(), 1):
        code, sep, comment = line.partition("#")
        if sep and "type: ignore" in comment and \
                any(_core_named(w) or w in words for w in re.findall(r"[A-Za-z_]\w*", code)):
            found.append((n, "# type: ignore on " + code.strip()))
    return [f"{n}: {what}" for n, what in sorted(found, key=lambda f: f[0])]


def _seam_report() -> dict[str, list[str]]:
    core_fields, core_types = _core_field_names(), _core_type_names()
    report = {}
    for path in sorted((ROOT / "desktop_app").rglob("*.py")):
        problems = _seam_problems(path, core_fields, core_types)
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


def _untyped_flow_maps(source: str) -> list[str]:
    """Parameters named for the decision flow's map (``flow_map``) typed as a loose dict:
    the map is ``content.decision.flowmap.FlowMap``, typed key by key."""
    out = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            for arg in [*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs]:
                if arg.arg.strip("_").endswith("flow_map") and (
                        arg.annotation is None or "Any" in ast.unparse(arg.annotation)):
                    out.append(f"{node.name}({arg.arg})")
    return out


def test_the_decision_map_crosses_the_seam_typed():
    found = {str(path.relative_to(ROOT)): hits for path in sorted(ROOT.glob("desktop_app/**/*.py"))
             if (hits := _untyped_flow_maps(path.read_text(encoding="utf-8")))}
    assert found == {}
    assert _untyped_flow_maps("def f(flow_map: dict[str, Any]): pass\n"
                              "def g(flow_map: FlowMap): pass\n") == ["f(flow_map)"]


def test_the_untyped_seam_list_is_not_stale():
    report = _seam_report()
    clean = [path for path in SEAM_UNTYPED
             if path not in report and (ROOT / path).exists()]
    gone = [path for path in SEAM_UNTYPED if not (ROOT / path).exists()]
    assert clean == [] and gone == [], "typed, split or gone: delete from SEAM_UNTYPED"


def test_the_seam_scan_finds_what_it_should(tmp_path, monkeypatch):
    (tmp_path / "desktop_app").mkdir()
    (tmp_path / "desktop_app" / "m.py").write_text(
        "from typing import Any, Optional, Sequence\n"
        "def hit(hit: Any, library, text: Any, name: str) -> Any:\n"
        "    getattr(hit, 'snippet_text', '')\n"
        "    getattr(hit, name)\n"
        "    getattr(sys, 'frozen', False)\n"
        "def g(results: 'SearchResults', value: object) -> int:\n"
        "    return results.total\n"
        "def _open(english_library: 'Library') -> Any:\n"
        "    return getattr(english_library, 'whatever', None)\n"
        "def rows(hits: Sequence[Any], first_hit: 'Any | None', k: Optional[Any]"
        ") -> tuple[Any, ...]:\n"
        "    self._hits: tuple[Any, ...] = ()\n"
        "    payload: dict[str, Any] = {}\n"
        "    flows = library.extras.get('decisions')\n"
        "    x = library.section(sid)  # type: ignore[attr-defined]\n"
        "    y = Hit(**kw)  # type: ignore\n"
        "    z = argparse._  # type: ignore[attr-defined]\n"
        "def data(self, index, role: int) -> Any:\n"
        "    return None\n"
        "def hit_dict(hit: 'Hit') -> dict[str, Any]:\n"
        "    return {}\n", encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    assert _seam_report() == {"desktop_app/m.py": [
        "2: hit(hit: Any)", "2: hit(library: ?)", "2: hit() -> Any",
        "3: getattr(hit, 'snippet_text', '')", "4: getattr(hit, name)",
        "8: _open() -> Any", "9: getattr(english_library, 'whatever', None)",
        "10: rows(hits: Sequence[Any])", "10: rows(first_hit: 'Any | None')",
        "10: rows() -> tuple[Any, ...]", "11: self._hits: tuple[Any, ...]",
        "13: library.extras (use Library.flows/.agency)",
        "14: # type: ignore on x = library.section(sid)",
        "15: # type: ignore on y = Hit(**kw)"]}
