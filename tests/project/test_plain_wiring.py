"""Plain imports and plain calls where there used to be strings: the CLI imports its
subcommand modules (so PyInstaller follows them), the decision flows and the agency's
contacts load through one typed call, and the app and the CLI do not import each other."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import content
from content import loader
from content.decision import DecisionFlow

ROOT = Path(__file__).resolve().parents[2]


def _imported(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names |= {f"{node.module}.{a.name}" for a in node.names}
    return names


def test_the_cli_imports_every_subcommand_module_plainly():
    from desktop_app import cli

    source = (ROOT / "desktop_app" / "cli" / "__init__.py").read_text(encoding="utf-8")
    assert "importlib" not in source and "import_module" not in source
    on_disk = {p.stem for p in (ROOT / "desktop_app" / "cli").glob("*_cmds.py")}
    assert {m.__name__.rsplit(".", 1)[1] for m in cli.COMMANDS} == on_disk
    imported = _imported(ROOT / "desktop_app" / "cli" / "__init__.py")
    for stem in on_disk:
        assert f"desktop_app.cli.{stem}" in imported, stem


def test_every_subcommand_is_registered():
    from desktop_app.cli import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")  # noqa: SLF001
    assert {"check-content", "list", "show", "search", "build-index", "decide", "export-pdf",
            "pack"} <= set(sub.choices)


def test_the_app_and_the_cli_do_not_import_each_other():
    app_imports = _imported(ROOT / "desktop_app" / "app.py")
    assert not any(n == "desktop_app.cli" or n.startswith("desktop_app.cli.")
                   for n in app_imports), app_imports
    options = _imported(ROOT / "desktop_app" / "options.py")
    assert not any(n.startswith(("desktop_app.cli", "desktop_app.app")) for n in options)


def test_the_gui_parser_takes_the_global_options_only():
    from desktop_app.app import parse_args

    args, qt = parse_args(["--basedir", "/tmp/x", "--content", "/tmp/c"])
    assert (args.basedir, args.content, qt) == ("/tmp/x", "/tmp/c", [])
    with pytest.raises(SystemExit):
        parse_args(["list"])


def test_no_string_plugin_registry_is_left():
    assert not hasattr(loader, "EXTRA_LOADERS")
    for path in ROOT.joinpath("content").rglob("*.py"):
        assert "EXTRA_LOADERS" not in path.read_text(encoding="utf-8"), path


def test_flows_and_agency_are_typed_and_load_after_the_window():
    early = content.load_library(extras=False)
    assert early.flows == {} and not early.flows_loaded and early.agency is None
    full = content.add_extras(early)
    assert full.flows_loaded and full.flows
    assert all(isinstance(f, DecisionFlow) for f in full.flows.values())
    assert full.flows == full.extras["decisions"]
    assert full.agency is None  # the shipped guide has no agency.yaml


def test_a_crashing_flow_loader_is_a_problem_not_a_failed_load(monkeypatch):
    import content.decision

    def boom(*_a: object) -> dict[str, DecisionFlow]:
        raise ValueError("unforeseen")

    monkeypatch.setattr(content.decision, "load_flows", boom)
    lib = content.load_library()
    assert lib.flows_loaded and lib.flows == {}
    assert any("unforeseen" in p.message for p in lib.problems), lib.problems
    from content.validate import completeness_problems

    assert any("no decision flow" in p.message for p in completeness_problems(lib))
