"""``ipv-guide search`` and ``ipv-guide build-index``."""

from __future__ import annotations

import json

import pytest

from desktop_app.cli import main
from tests.tools.index_support import MINI_CONTENT


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
    assert list(basedir.iterdir()) == []  # the index is built in memory: nothing written


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


def test_build_index_needs_an_output_folder(basedir, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--content", str(MINI_CONTENT), "--basedir", str(basedir), "build-index"])
    assert exc.value.code == 2 and "--output" in capsys.readouterr().err
    assert list(basedir.iterdir()) == []


def test_build_index_output_for_packaging(tmp_path, capsys):
    out = tmp_path / "prebuilt"
    assert main(["--content", str(MINI_CONTENT), "build-index", "--output", str(out)]) == 0
    assert (out / "ipv-index-manifest.json").exists()
    assert main(["--content", str(MINI_CONTENT), "build-index", "--output", str(out)]) == 2
    assert "not empty" in capsys.readouterr().err


# -- options: --statute / --sector in any case, unknown ones listed; --limit > 0 (issue 14)


@pytest.mark.parametrize(("given", "field", "canonical"), [
    (["--statute", "phipa"], "statutes", "PHIPA"), (["--statute", "Phipa"], "statutes", "PHIPA"),
    (["--sector", "HEALTH"], "sectors", "health"),
    (["--sector", "Social-Services"], "sectors", "social-services"),
])
def test_filters_accept_any_case(capsys, given, field, canonical):
    out = _search_json(capsys, "search", "consent OR police OR decision", *given, "--json")
    assert out["results"] and all(canonical in r[field] for r in out["results"])


@pytest.mark.parametrize(("given", "listed"), [
    (["--statute", "HIPAA"], "FIPPA, MFIPPA, PHIPA, CYFSA, PIPEDA"),
    (["--sector", "police"], "justice, health, children-and-family, ipv-services, "
                             "social-services"),
])
def test_unknown_filters_are_rejected_with_the_valid_ones(capsys, given, listed):
    with pytest.raises(SystemExit) as exc:
        main(["--content", str(MINI_CONTENT), "search", "consent", *given])
    err = capsys.readouterr().err
    assert exc.value.code == 2 and listed in err and given[1] in err


@pytest.mark.parametrize("limit", ["0", "-3", "ten", "1.5"])
def test_limit_must_be_positive(capsys, limit):
    with pytest.raises(SystemExit) as exc:
        main(["--content", str(MINI_CONTENT), "search", "consent", "--limit", limit])
    assert exc.value.code == 2 and "--limit" in capsys.readouterr().err


def test_limit_one(capsys):
    out = _search_json(capsys, "search", "consent OR police", "--limit", "1", "--json")
    assert len(out["results"]) == 1 and out["total"] > 1
