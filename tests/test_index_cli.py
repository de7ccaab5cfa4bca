"""``ipv-guide search`` and ``ipv-guide build-index``."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.cli.search_cmds import default_cache_dir
from tests.index_support import MINI_CONTENT


def _search_json(capsys, *args: str) -> dict:
    assert main(["--content", str(MINI_CONTENT), *args]) == 0
    return json.loads(capsys.readouterr().out)


def test_search_json(basedir, capsys):
    out = _search_json(capsys, "--basedir", str(basedir), "search", "tell", "police", "--json")
    assert set(out) >= {"results", "suggestion", "facets", "total"}
    assert out["suggestion"] is None
    first = out["results"][0]
    assert {"section_id", "title", "score", "snippet", "statutes", "provisions", "anchor"} <= \
        set(first)
    assert first["section_id"] == "police-sharing"
    assert "<" not in first["snippet"]  # plain text
    assert out["facets"]["statutes"]["FIPPA"] >= 1
    assert (basedir / "cache" / "search-index" / "current").exists()


def test_search_json_typo_filters_and_limit(basedir, capsys):
    out = _search_json(capsys, "--basedir", str(basedir), "search", "consnet", "--json")
    assert out["suggestion"] == "consent" and out["corrected"] is True
    out = _search_json(capsys, "--basedir", str(basedir), "search", "disclose OR consent",
                       "--statute", "PHIPA", "--json")
    assert out["results"] and all("PHIPA" in r["statutes"] for r in out["results"])
    out = _search_json(capsys, "--basedir", str(basedir), "search", "decision OR child",
                       "--sector", "social-services", "--sector", "health", "--limit", "1",
                       "--json")
    assert len(out["results"]) == 1 and out["total"] >= 2


def test_search_human_readable(basedir, capsys):
    assert main(["--content", str(MINI_CONTENT), "--basedir", str(basedir), "search",
                 "warrant"]) == 0
    out = capsys.readouterr().out
    assert "Sharing with law enforcement" in out and "police-sharing#b" in out
    assert main(["--content", str(MINI_CONTENT), "--basedir", str(basedir), "search",
                 "zzzqqq"]) == 0
    assert "No results" in capsys.readouterr().out


@pytest.mark.parametrize("query", ['"', "AND", "((", "😀", "-", "*"])
def test_search_bad_queries(basedir, capsys, query):
    out = _search_json(capsys, "--basedir", str(basedir), "search", query, "--json")
    assert isinstance(out["results"], list)


def test_build_index_and_force(basedir, capsys):
    args = ["--content", str(MINI_CONTENT), "--basedir", str(basedir), "build-index"]
    assert main(args) == 0
    assert "Search index ready" in capsys.readouterr().out
    pointer = basedir / "cache" / "search-index" / "current"
    first = pointer.read_text()
    assert main(args) == 0 and pointer.read_text() == first  # up to date: reused
    assert main([*args, "--force"]) == 0 and pointer.read_text() != first


def test_build_index_output_for_packaging(tmp_path, capsys):
    out = tmp_path / "prebuilt"
    assert main(["--content", str(MINI_CONTENT), "build-index", "--output", str(out)]) == 0
    assert (out / "ipv-index-manifest.json").exists()
    assert main(["--content", str(MINI_CONTENT), "build-index", "--output", str(out)]) == 2
    assert "not empty" in capsys.readouterr().err


def test_default_cache_dir(monkeypatch, tmp_path):
    assert default_cache_dir(str(tmp_path)) == tmp_path.resolve() / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    if sys.platform.startswith("linux"):
        assert default_cache_dir() == tmp_path / "xdg" / "IPVGuide"
    assert "IPVGuide" in str(default_cache_dir())


def test_default_cache_dir_without_desktop_paths(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "desktop_app.paths", None)  # as if it didn't exist
    assert default_cache_dir(str(tmp_path)) == tmp_path.resolve() / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "local"))
    got = default_cache_dir()
    if sys.platform.startswith("win"):
        assert got == tmp_path / "local" / "IPVGuide" / "cache"
    elif sys.platform == "darwin":
        assert got == Path(os.environ["HOME"]) / "Library" / "Caches" / "IPVGuide"
    else:
        assert got == tmp_path / "xdg" / "IPVGuide"
