"""Broken copies of the shipped content, one fault each, for the content checker's messages.

Each case copies ``content/data`` and changes one thing in one file (a text replacement
that must match, a file written or removed). :func:`problem_lines` loads the copy the way
``ipv-guide check-content`` does (English load, editorial checks, then the French load and
parity report) and returns every problem's English line with the copy's folder shown as
``<content>``, so the lines can be compared with golden files.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "content" / "data"

Edit = Callable[[Path], None]


def replace(rel: str, old: str, new: str) -> Edit:
    def edit(root: Path) -> None:
        path = root / rel
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{rel}: {old!r} not found; the case no longer applies"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return edit


def write(rel: str, data: str | bytes) -> Edit:
    def edit(root: Path) -> None:
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(data, encoding="utf-8")
    return edit


def remove(rel: str) -> Edit:
    def edit(root: Path) -> None:
        target = root / rel
        if target.is_dir():
            shutil.rmtree(target)
        else:
            target.unlink()
    return edit


def append(rel: str, extra: str) -> Edit:
    def edit(root: Path) -> None:
        path = root / rel
        path.write_text(path.read_text(encoding="utf-8") + extra, encoding="utf-8")
    return edit


SEC = "sections/about-how-to-use.md"
FR_SEC = "fr/sections/about-how-to-use.md"
FLOW = "decisions/share.yaml"
FR_FLOW = "fr/decisions/share.yaml"

#: name -> the edits that make the copy broken
CASES: dict[str, tuple[Edit, ...]] = {
    "section-no-front-matter": (replace(SEC, "---\nid:", "id:"),),
    "section-unknown-key": (replace(SEC, "order: 20\n", "order: 20\ncolour: blue\n"),),
    "section-missing-key": (replace(SEC, "kind: topic\n", ""),),
    "section-bad-order": (replace(SEC, "order: 20\n", "order: twenty\n"),),
    "section-bad-parent": (replace(SEC, "parent: about\n", "parent: nowhere\n"),),
    "section-bad-related": (replace(SEC, "related: [about,", "related: [nowhere, about,"),),
    "section-bad-source": (replace(SEC, "sources: [1]", "sources: [9999]"),),
    "section-bad-date": (replace(SEC, "reviewed: 2026-11-25", "reviewed: last week"),),
    "section-bad-status": (replace(SEC, "status: confirmed", "status: maybe"),),
    "section-bad-provision": (replace(SEC, "provisions: []", "provisions: [PHIPA section 40]"),),
    "section-unverified-provision": (replace(SEC, "provisions: []",
                                             "provisions: [PHIPA s. 99(9)]"),),
    "section-bad-link": (append(SEC, "\nSee [this](section:nowhere) and "
                                     "[that](glossary:nothing).\n"),),
    "section-bad-yaml": (replace(SEC, "order: 20\n", "order: [20\n"),),
    "section-tab": (replace(SEC, "order: 20\n", "order:\t20\n"),),
    "section-control-char": (append(SEC, "\nA bell \x07 here.\n"),),
    "section-bidi": (append(SEC, "\nHidden \u202e text.\n"),),
    "section-not-utf8": (write(SEC, b"---\nid: about-how-to-use\ntitle: caf\xe9\n---\n"),),
    "section-empty": (write(SEC, ""),),
    "section-duplicate-id": (write("sections/zz-copy.md", (SHIPPED / SEC).read_text(
        encoding="utf-8")),),
    "section-title-list": (replace(SEC, 'title: "How to use this app"', "title: [a, b]"),),
    "section-bad-file-name": (write("sections/Bad Name.txt", "hello"),),
    "no-sections": (remove("sections"), write("sections/README.txt", "x")),
    "manifest-missing": (remove("manifest.yaml"),),
    "manifest-not-mapping": (write("manifest.yaml", "- a\n- b\n"),),
    "glossary-not-list": (write("glossary.yaml", "a: b\n"),),
    "glossary-entry-not-mapping": (replace("glossary.yaml", "- id: abusive-partner",
                                           "- just text\n- id: abusive-partner"),),
    "glossary-bad-see": (replace("glossary.yaml", "see: [serious-harm, share-with",
                                 "see: [nowhere, share-with"),),
    "glossary-duplicate-key": (replace("glossary.yaml", "  term: Abusive partner\n",
                                       "  term: Abusive partner\n  term: Again\n"),),
    "statute-bad-source": (replace("statutes.yaml", "sources: [101, 10, 11]",
                                   "sources: [101, 10, 9999]"),),
    "statute-bad-section": (replace("statutes.yaml", "section: fippa\n",
                                    "section: nowhere\n"),),
    "sources-missing": (remove("sources.yaml"),),
    "synonyms-not-mapping": (write("synonyms.yaml", "- a\n"),),
    "synonyms-not-list": (append("synonyms.yaml", "\nzzzq: plain\n"),),
    "verified-bad": (write("verified-provisions.yaml", "- a\n"),),
    "verified-bad-yaml": (write("verified-provisions.yaml", "acts: [\n"),),
    "flow-missing": (remove("decisions"),),
    "flow-bad-next": (replace(FLOW, "        next: child_protection\n",
                              "        next: nowhere\n"),),
    "flow-bad-section": (replace(FLOW, "    section: principle-privacy-not-barrier\n",
                                 "    section: nowhere\n"),),
    "flow-unknown-key": (replace(FLOW, "    fact: danger\n", "    fact: danger\n    colour: red\n"),),
    "flow-no-choices": (replace(FLOW, "start: danger", "start: nowhere"),),
    "flow-duplicate-value": (replace(FLOW, '      - value: "no"\n        label: No one is in',
                                     '      - value: "yes"\n        label: No one is in'),),
    "flow-not-mapping": (write(FLOW, "- a\n"),),
    "fr-section-missing": (remove(FR_SEC),),
    "fr-section-id-mismatch": (replace(FR_SEC, "parent: about\n", "parent: about-why\n"),),
    "fr-section-stale": (append(SEC, "\nOne more English line.\n"),),
    "fr-section-extra": (write("fr/sections/zz-extra.md", (SHIPPED / FR_SEC).read_text(
        encoding="utf-8").replace("id: about-how-to-use", "id: zz-extra")),),
    "fr-typography": (append(FR_SEC, "\nUne question? Oui.\n"),),
    "fr-glossary-missing-term": (replace("fr/glossary.yaml", "- id: abusive-partner",
                                         "- id: abusive-partner-x"),),
    "fr-glossary-stale": (append("glossary.yaml", "\n# a new comment\n"),),
    "fr-translated-from-bad": (write("fr/translated-from.yaml", "- a\n"),),
    "fr-statutes-missing": (remove("fr/statutes.yaml"),),
    "fr-manifest-missing": (remove("fr/manifest.yaml"),),
    "fr-manifest-version": (replace("fr/manifest.yaml", 'content_version: "2026.12.1"',
                                    'content_version: "2026.11.1"'),),
    "fr-flow-missing": (remove(FR_FLOW),),
    "fr-flow-not-mapping": (write(FR_FLOW, "- a\n"),),
    "fr-flow-question-missing": (replace(FR_FLOW, "  - id: child_protection\n",
                                         "  - id: child_protection_x\n"),),
    "fr-flow-next-differs": (replace(FR_FLOW, "        next: child_protection\n",
                                     "        next: call-911\n"),),
    "fr-folder-missing": (remove("fr"), write("fr/README.txt", "x")),
}


def make_copy(name: str, dest: Path) -> Path:
    """A copy of the shipped content with case ``name``'s fault in it."""
    root = dest / "content"
    shutil.copytree(SHIPPED, root)
    for edit in CASES[name]:
        edit(root)
    return root


def problem_lines(root: Path) -> list[str]:
    """Every problem ``check-content`` would list for the content at ``root``, English."""
    from content import ContentError, load_library
    from content.parity import french_load_problems, parity_report
    from content.validate import editorial_problems

    here = os.getcwd()
    os.chdir(root.parent)
    try:
        try:
            library = load_library(root, language="en")
        except ContentError as exc:
            return [str(p) for p in exc.problems]
        out = [str(p) for p in (*library.problems, *editorial_problems(library))]
        try:
            french = load_library(root, language="fr")
        except ContentError as exc:
            return out + ["--- fr"] + [str(p) for p in exc.problems]
        out.append("--- fr")
        out += [str(p) for p in french_load_problems(french)]
        out += [str(p) for p in parity_report(french).problems]
        return out
    finally:
        os.chdir(here)
