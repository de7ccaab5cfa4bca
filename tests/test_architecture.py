"""Dependencies point one way: desktop_app -> index -> content. Only desktop_app imports Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


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
    ("desktop_app/printing.py", "panel._print_controller"),  # our own SearchPanel
    # documented standard library: exit at once, without cleanup, after a fatal signal
    ("desktop_app/crash_guard.py", "os._exit"),
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
