"""docs/architecture.md tells the truth about the code: every file it names exists, and each
step of its two paths names functions and classes that live in the files that step names."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "architecture.md"
PACKAGES = ("content/", "index/", "desktop_app/")

#: A backticked token that names a file or a folder of the repository.
_PATHLIKE = re.compile(r"^[\w.*<>/-]+(\.(py|yaml|md|css|ts|toml|txt|json)|/)$")
#: A backticked token that names code: ``run_query``, ``SearchPanel._on_text_changed``,
#: ``row_html(hit)``, ``Navigation.open_hit(hit: Hit, query)``.
_CODE = re.compile(r"^([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)(\(.*\))?s?$")


def _exists(relative: str) -> bool:
    if "*" in relative or "<" in relative:
        pattern = re.escape(relative).replace(r"\*", "[^/]*")
        pattern = re.sub(r"<\w+>", "[^/]+", pattern)
        rx = re.compile(pattern + "$")
        return any(rx.match(p.relative_to(ROOT).as_posix()) for p in ROOT.rglob("*")
                   if ".venv" not in p.parts)
    return (ROOT / relative).exists()


def resolve(token: str, context: list[str]) -> str | None:
    """The repository path ``token`` names: as written from the repository's root, or from
    the folder of a path named just before it (``printing/layout.py`` then ``render.py``),
    or from a package (``window/status.py`` is ``desktop_app/window/status.py``)."""
    for folder in ("", *context, *PACKAGES):
        if _exists(folder + token):
            return folder + token
    return None


def _folder(path: str) -> str:
    return path if path.endswith("/") else path.rsplit("/", 1)[0] + "/" if "/" in path else ""


def _paragraphs() -> list[tuple[int, str, str]]:
    """(first line, the heading above, text) for each table row, list item and paragraph."""
    out: list[tuple[int, str, str]] = []
    heading, start, lines = "", 0, []
    for n, line in enumerate(DOC.read_text(encoding="utf-8").splitlines() + [""], 1):
        new_item = line.startswith(("|", "#", "```")) or re.match(r"^(\d+\.|-) ", line)
        if (not line.strip() or new_item) and lines:
            out.append((start, heading, " ".join(lines)))
            lines = []
        if line.startswith("#"):
            heading = line.lstrip("# ")
        elif line.strip():
            if not lines:
                start = n
            lines.append(line.strip())
    return out


def _named_paths() -> list[tuple[int, str, str | None, list[str]]]:
    """(line, token, resolved path or None, the context it resolved in) for every named file
    and folder; a table row's package (first column) and room folder are its context."""
    found = []
    package = ""
    section = None
    carried: list[str] = []  # the folders named so far under this heading
    for n, heading, text in _paragraphs():
        if heading != section:
            section, carried = heading, []
        context = carried
        if text.startswith("|"):
            cells = [c.strip() for c in text.strip("|").split("|")]
            first = re.findall(r"`([^`]+)`", cells[0]) if cells else []
            if first:
                package = first[0]
            context = [package] if package else []
            room = re.findall(r"`([^`]+/)`", cells[1]) if len(cells) > 1 else []
            context = [package + room[0], *context] if room else context
        if text.startswith("```") or "flowchart" in text:
            continue
        for token in re.findall(r"`([^`]+)`", text):
            if not _PATHLIKE.match(token) or token.startswith("."):
                continue
            path = resolve(token, context)
            found.append((n, token, path, list(context)))
            if path is not None:
                context.insert(0, _folder(path))
    return found


def test_every_file_the_architecture_page_names_exists():
    missing = [f"docs/architecture.md:{n}: `{token}`" for n, token, path, _ in _named_paths()
               if path is None]
    assert missing == []


def test_every_module_is_named_on_the_page():
    """A newcomer finds any module's room here in one guess: each module of the three
    packages is named (by its path, by its name in its package's or room's row, or by a
    pattern such as ``pack*.py``)."""
    named = {path for _, _, path, _ in _named_paths() if path is not None}
    patterns = [re.compile(re.escape(token).replace(r"\*", "[^/]*") + "$")
                for _, token, _, _ in _named_paths() if "*" in token]
    modules = [p.relative_to(ROOT).as_posix() for package in PACKAGES
               for p in sorted((ROOT / package).rglob("*.py")) if p.name != "__init__.py"]
    unnamed = [m for m in modules if m not in named and not any(rx.search(m) for rx in patterns)]
    assert unnamed == []


def test_every_file_in_the_diagram_exists():
    text = DOC.read_text(encoding="utf-8")
    diagram = text.split("```mermaid", 1)[1].split("```", 1)[0]
    missing = []
    for block in re.split(r"\n\s*subgraph ", diagram)[1:]:
        package = block.split()[0] + "/"
        for name in re.findall(r"[\w/]+(?:\.py|/)", block.replace("<br/>", " ")):
            if resolve(name, [package]) is None:
                missing.append(f"{package}: {name}")
    assert missing == []


def _defined_names(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
        elif isinstance(node, ast.ImportFrom):  # a package's __init__ re-exports its API
            names |= {a.asname or a.name for a in node.names}
    return names


def _path_steps() -> list[tuple[int, str, str]]:
    return [(n, heading, text) for n, heading, text in _paragraphs()
            if heading.startswith("Path ") and re.match(r"^\d+\. ", text)]


def test_each_step_of_the_two_paths_names_real_code_in_the_files_it_names():
    """``SearchPanel._on_text_changed`` in a step naming ``desktop_app/search_panel.py`` is
    defined there (a method: the class and the method). A step that names only code (no
    file) takes the files of the step before it (and a package's ``__init__.py``)."""
    steps = _path_steps()
    assert len(steps) >= 10 and {h.split(":")[0] for _, h, _ in steps} == {"Path 1", "Path 2"}
    wrong = []
    context: list[str] = []
    previous: list[str] = []
    for n, _heading, text in steps:
        files: list[str] = []
        for token in re.findall(r"`([^`]+)`", text):
            if _PATHLIKE.match(token) and token.endswith(".py"):
                path = resolve(token, context)
                if path is not None:
                    files.append(path)
                    context.insert(0, _folder(path))
        files = files or previous
        defined: set[str] = set()
        for f in files:
            defined |= _defined_names(ROOT / f)
            init = ROOT / _folder(f) / "__init__.py"
            if init.exists():
                defined |= _defined_names(init)
        for token in re.findall(r"`([^`]+)`", text):
            match = _CODE.match(token)
            if _PATHLIKE.match(token) or not match:
                continue
            parts = match.group(1).split(".")
            if not all(p in defined for p in parts):
                wrong.append(f"docs/architecture.md:{n}: `{token}` is not in {files}")
        previous = files
    assert wrong == []


def test_the_doc_checks_would_catch_a_wrong_name(monkeypatch, tmp_path):
    doc = tmp_path / "architecture.md"
    doc.write_text(
        "| package | room | what |\n|---|---|---|\n"
        "| `desktop_app/` | `window/` | `navigation.py` and `ghost.py` |\n\n"
        "## Path 1: x\n\n"
        "1. `desktop_app/search_panel.py` `SearchPanel.run_query` and `no_such_function`.\n"
        "2. `index/searcher.py` `SearchIndex.search`; `gone/missing.py`.\n\n"
        "## Path 2: y\n\n" + "".join(f"{i}. `content/loader.py` `load_library`.\n"
                                     for i in range(3, 12)), encoding="utf-8")
    monkeypatch.setattr(__import__(__name__, fromlist=["DOC"]), "DOC", doc)
    named = {token: path for _, token, path, _ in _named_paths()}
    assert named["navigation.py"] == "desktop_app/window/navigation.py"
    assert named["ghost.py"] is None and named["gone/missing.py"] is None
    wrong = []
    try:
        test_each_step_of_the_two_paths_names_real_code_in_the_files_it_names()
    except AssertionError as exc:
        wrong = [line for line in str(exc).splitlines() if "is not in" in line]
    assert any("no_such_function" in w for w in wrong)
    assert not any("run_query" in w or "SearchIndex.search" in w for w in wrong)
