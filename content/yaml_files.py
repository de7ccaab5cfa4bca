"""The YAML files at the top of a content folder into objects: ``manifest.yaml``,
``sources.yaml``, ``glossary.yaml``, ``statutes.yaml`` and ``synonyms.yaml``.

Each entry is checked field by field (unknown keys, wrong types, malformed provisions);
an entry with a problem is left out and the problem reported as ``path:line: message``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from content.files import (
    FileFields,
    Reporter,
    load_yaml_file,
)
from content.messages import msg
from content.model import (
    SLUG_RE,
    STATUSES,
    STATUTES,
    Manifest,
    Source,
    is_canonical_provision,
)
from content.yamlio import line_of

if TYPE_CHECKING:
    from content.model import GlossaryTerm, Statute


def load_manifest(root: Path, rep: Reporter) -> Manifest:
    path = root / "manifest.yaml"
    fallback = Manifest("Info-Sharing Guide", "unknown", None, "", "", None, None,
                        "This guide is not legal advice.")
    if not os.path.lexists(path):
        rep.add(path, 0, msg("file-missing", file="manifest.yaml"))
        return fallback
    loaded = load_yaml_file(path, root, rep)
    if loaded is None:
        return fallback
    data, lines = loaded
    if not isinstance(data, dict):
        rep.add(path, 1, msg("manifest-not-mapping"))
        return fallback
    f = FileFields(data, lines, (), path, rep)
    f.check_keys({"title", "content_version", "content_date", "guidance", "statutes_current_to",
                  "disclaimer", "provenance"}, {"title", "content_version", "disclaimer"},
                 msg("part-manifest"))
    g = data.get("guidance") or {}
    gf = FileFields(g if isinstance(g, dict) else {}, lines, ("guidance",), path, rep)
    gf.check_keys({"title", "publisher", "date"}, set(), msg("part-key", key="guidance"))
    return Manifest(
        title=f.text("title", fallback.title),
        content_version=str(data.get("content_version", "unknown")),
        content_date=f.day("content_date"),
        guidance_title=gf.text("title"),
        guidance_publisher=gf.text("publisher"),
        guidance_date=gf.day("date"),
        statutes_current_to=f.day("statutes_current_to"),
        disclaimer=f.text("disclaimer", fallback.disclaimer),
        provenance=f.text("provenance"),
    )


def load_list(root: Path, name: str, rep: Reporter,
               make: Callable[[FileFields], Any]) -> list[Any]:
    path = root / name
    if not os.path.lexists(path):
        rep.add(path, 0, msg("file-missing", file=name))
        return []
    loaded = load_yaml_file(path, root, rep)
    if loaded is None:
        return []
    data, lines = loaded
    if not isinstance(data, list):
        rep.add(path, 1, msg("not-a-list-file", file=name))
        return []
    out = []
    for i, item in enumerate(data):
        if not isinstance(item, dict):
            rep.add(path, line_of(lines, i), msg("entry-not-mapping"))
            continue
        f = FileFields(item, lines, (i,), path, rep)
        obj = rep.guard(path, make, f, line=f.line())
        if f.ok and obj is not None:
            out.append((obj, f.line()))
    return out


def make_source(f: FileFields) -> Source:
    f.check_keys({"id", "title", "publisher", "date", "url", "note"}, {"id", "title"},
                 msg("part-source"))
    return Source(id=f.integer("id"), title=f.text("title", required=True),
                  publisher=f.text("publisher"), date=f.day("date"), url=f.text("url"),
                  note=f.text("note"))


def make_term(f: FileFields) -> GlossaryTerm:
    from content.model_later import GlossaryTerm  # made after the first paint (issue 15)

    f.check_keys({"id", "term", "definition", "aliases", "provisions", "see"},
                 {"id", "term", "definition"}, msg("part-glossary-term"))
    tid = f.text("id", required=True)
    if tid and not SLUG_RE.match(tid):
        f.err("id", msg("bad-id", id=tid))
    return GlossaryTerm(id=tid, term=f.text("term", required=True),
                        definition=f.text("definition", required=True),
                        aliases=f.str_list("aliases"), provisions=f.provisions("provisions"),
                        see=f.str_list("see"))


def _sub(f: FileFields, key: str, allowed: set[str]) -> FileFields:
    value = f.data.get(key)
    if not isinstance(value, dict):
        f.err(key, msg("not-mapping", key=key))
        value = {}
    sub = FileFields(value, f.lines, f.prefix + (key,), f.path, f.rep)
    # a provisions list may be left out
    sub.check_keys(allowed, allowed - {"provisions"}, msg("part-key", key=key))
    return sub


def make_statute(f: FileFields) -> Statute:
    from content.model_later import NoticeRule, RiskTest, Statute, StatuteRoute

    f.check_keys({"id", "name", "full_title", "citation", "section", "sources", "status",
                  "check_note", "binds", "risk_test", "notice", "law_enforcement", "duty"},
                 {"id", "name", "full_title", "section", "binds", "risk_test", "notice",
                  "law_enforcement", "duty"}, msg("part-statute"))
    rt = _sub(f, "risk_test", {"provision", "quote", "plain"})
    no = _sub(f, "notice", {"required", "provisions", "plain"})
    le = _sub(f, "law_enforcement", {"provisions", "plain"})
    rt_prov = rt.text("provision", required=True)
    if rt_prov and not is_canonical_provision(rt_prov):
        rt.err("provision", msg("malformed-provision-short", value=rt_prov))
    required = str(no.data.get("required", ""))
    if required not in ("yes", "no", "conditional"):
        no.err("required", msg("bad-notice-required"))
    st = Statute(
        id=f.choice("id", STATUTES, "FIPPA"),
        name=f.text("name", required=True),
        full_title=f.text("full_title", required=True),
        citation=f.text("citation"),
        section=f.text("section", required=True),
        sources=f.int_list("sources"),
        status=f.choice("status", STATUSES, "confirmed"),
        check_note=f.text("check_note"),
        binds=f.text("binds", required=True),
        risk_test=RiskTest(rt_prov, rt.text("quote"), rt.text("plain", required=True)),
        notice=NoticeRule(required, no.provisions("provisions"), no.text("plain", required=True)),
        law_enforcement=StatuteRoute(le.provisions("provisions"),
                                     le.text("plain", required=True)),
        duty=f.text("duty", required=True),
    )
    for sub in (rt, no, le):
        f.ok = f.ok and sub.ok
    return st


def load_synonyms(root: Path, rep: Reporter) -> dict[str, tuple[str, ...]]:
    path = root / "synonyms.yaml"
    if not os.path.lexists(path):
        return {}
    loaded = load_yaml_file(path, root, rep)
    if loaded is None:
        return {}
    data, lines = loaded
    if not isinstance(data, dict):
        rep.add(path, 1, msg("synonyms-not-mapping"))
        return {}
    out: dict[str, tuple[str, ...]] = {}
    for key, value in data.items():
        if not isinstance(key, str) or not isinstance(value, list) or not all(
            isinstance(v, str) for v in value
        ):
            rep.add(path, line_of(lines, key), msg("synonym-not-list", key=key))
            continue
        out[key.strip().lower()] = tuple(v.strip() for v in value if v.strip())
    return out
