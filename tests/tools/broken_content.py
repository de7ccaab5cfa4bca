"""Broken copies of a small guide, one fault each, for the content checker's messages.

Each case copies ``tests/data/problem_content`` and changes one thing (a text replacement
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
#: A frozen small guide with part of its French (a copy of fr_content, kept apart so that
#: the golden files of tests/data/problem_golden/ never change with the shipped content).
FIXTURE = ROOT / "tests" / "data" / "problem_content"

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


SEC = "sections/about.md"
FR_SEC = "fr/sections/about.md"
FLOW = "decisions/share.yaml"
FR_FLOW = "fr/decisions/share.yaml"

AGENCY_OK = """agency: Test shelter
checked: 2026-12-01
contacts:
  - role: privacy-officer
    phone: 416-555-0100
  - role: supervisor
    phone: 416-555-0101
"""
AGENCY_BAD = """agency: Test <b>shelter</b>
checked: last week
colour: blue
contacts:
  - role: privacy-officer
    phone: call us
    fax: 1
  - role: privacy-officer
    phone: 416-555-0100
  - role: janitor
    phone: 416-555-0100
  - role: police-non-emergency
    phone: "911"
  - just text
procedure: [one, two, three, four, five]
"""


#: name -> the edits that make the copy broken (each one fault; the base copy's own problems,
#: French not yet translated, show in every case)
CASES: dict[str, tuple[Edit, ...]] = {
    "base": (),
    "section-no-front-matter": (replace(SEC, "---\nid:", "id:"),),
    "section-front-matter-list": (replace(SEC, "---\nid: about\n", "---\n- id: about\n"),),
    "section-unknown-key": (replace(SEC, "order: 10\n", "order: 10\ncolour: blue\n"),),
    "section-missing-key": (replace(SEC, 'title: "About this guide"\n', ""),),
    "section-bad-order": (replace(SEC, "order: 10\n", "order: ten\n"),),
    "section-bad-id": (replace(SEC, "id: about\n", "id: About_This\n"),),
    "section-bad-parent": (replace(SEC, "order: 10\n", "order: 10\nparent: nowhere\n"),),
    "section-bad-related": (replace(SEC, "order: 10\n", "order: 10\nrelated: [nowhere]\n"),),
    "section-bad-source": (replace(SEC, "sources: [100]", "sources: [9999]"),),
    "section-no-sources": (replace(SEC, "sources: [100]", "sources: []"),),
    "section-bad-date": (replace(SEC, "reviewed: 2026-11-20", "reviewed: last week"),),
    "section-bad-yaml-date": (replace(SEC, "reviewed: 2026-11-20", "reviewed: 2026-13-45"),),
    "section-bad-status": (replace(SEC, "status: confirmed", "status: maybe"),),
    "section-no-check-note": (replace(SEC, "status: confirmed", "status: check-official-text"),),
    "section-bad-statute": (replace(SEC, "statutes: [FIPPA,", "statutes: [GDPR, FIPPA,"),),
    "section-bad-provision": (replace(SEC, "provisions: []", "provisions: [PHIPA section 40]"),),
    "section-provision-act": (replace(SEC, "statutes: [FIPPA, MFIPPA, PHIPA, CYFSA]",
                                      "statutes: [FIPPA]"),
                              replace(SEC, "provisions: []", "provisions: [PHIPA s. 40(1)]")),
    "section-unverified-provision": (replace(SEC, "provisions: []",
                                             "provisions: [PHIPA s. 99(9)]"),),
    "section-provisions-no-reason": (replace(SEC, 'provisions_reason: "Overview section."\n',
                                             ""),),
    "section-bad-link": (append(SEC, "\nSee [this](section:nowhere) and "
                                     "[that](glossary:nothing).\n"),),
    "section-bad-yaml": (replace(SEC, "order: 10\n", "order: [10\n"),),
    "section-control-char": (append(SEC, "\nA bell \x07 here.\n"),),
    "section-bidi": (append(SEC, "\nHidden \u202e text.\n"),),
    "section-long-word": (append(SEC, "\n" + "x" * 90 + "\n"),),
    "section-not-utf8": (write(SEC, b"---\nid: about\ntitle: caf\xe9\n---\n"),),
    "section-empty": (write(SEC, ""),),
    "section-duplicate-id": (write("sections/zz-copy.md", (FIXTURE / SEC).read_text(
        encoding="utf-8")),),
    "section-title-list": (replace(SEC, 'title: "About this guide"', "title: [a, b]"),),
    "section-bad-file-name": (write("sections/Bad Name.txt", "hello"),),
    "section-cycle": (replace(SEC, "order: 10\n", "order: 10\nparent: statutes\n"),
                      replace("sections/statutes.md", "order:", "parent: about\norder:")),
    "no-sections": (remove("sections"), write("sections/README.txt", "x")),
    "manifest-missing": (remove("manifest.yaml"),),
    "manifest-not-mapping": (write("manifest.yaml", "- a\n- b\n"),),
    "manifest-unknown-key": (append("manifest.yaml", "colour: blue\n"),),
    "glossary-not-list": (write("glossary.yaml", "a: b\n"),),
    "glossary-entry-not-mapping": (replace("glossary.yaml", "- id: reasonable-grounds",
                                           "- just text\n- id: reasonable-grounds"),),
    "glossary-bad-see": (append("glossary.yaml", "  see: [nowhere]\n"),),
    "glossary-duplicate-key": (replace("glossary.yaml", "  term: Reasonable grounds\n",
                                       "  term: Reasonable grounds\n  term: Again\n"),),
    "glossary-duplicate-id": (append("glossary.yaml", "- id: reasonable-grounds\n  term: X\n"
                                                      "  definition: Y.\n"),),
    "statute-bad-source": (replace("statutes.yaml", "sources: [101]", "sources: [9999]"),),
    "statute-bad-section": (replace("statutes.yaml", "section: fippa\n", "section: nowhere\n"),),
    "statute-bad-notice": (replace("statutes.yaml", "required: ", "required: sometimes #", ),),
    "sources-missing": (remove("sources.yaml"),),
    "synonyms-not-mapping": (write("synonyms.yaml", "- a\n"),),
    "synonyms-not-list": (append("synonyms.yaml", "\nzzzq: plain\n"),),
    "verified-missing": (remove("verified-provisions.yaml"),),
    "verified-bad": (write("verified-provisions.yaml", "- a\n"),),
    "verified-bad-yaml": (write("verified-provisions.yaml", "acts: [\n"),),
    "verified-entries": (append("verified-provisions.yaml",
                                "  - {cite: PHIPA s. 40(1), checked: 2026-12-06}\n"
                                "  - {cite: PHIPA section 9, checked: 2026-12-06}\n"
                                "  - {cite: YCJA s. 119(1), checked: 2026-12-06}\n"
                                "  - {cite: PHIPA s. 29, checked: soon}\n"
                                "  - {cite: PHIPA s. 30, checked: 2026-12-06, by: me}\n"
                                "  - just text\n"),),
    "flow-missing": (remove("decisions"),),
    "flow-bad-next": (replace(FLOW, "        next: share-with-consent\n",
                              "        next: nowhere\n"),),
    "flow-bad-section": (replace(FLOW, "    section: phipa\n", "    section: nowhere\n"),),
    "flow-unknown-key": (replace(FLOW, "    fact: consent\n",
                                 "    fact: consent\n    colour: red\n"),),
    "flow-bad-start": (replace(FLOW, "start: danger", "start: nowhere"),),
    "flow-duplicate-value": (replace(FLOW, '      - value: "no"\n        label: No, or it is',
                                     '      - value: "yes"\n        label: No, or it is'),),
    "flow-bad-route": (replace(FLOW, "      - when: {organization: [health]}",
                               "      - when: {organisation: [health], "
                               "organization: [hospital]}"),),
    "flow-bad-verdict": (replace(FLOW, "verdict: emergency", "verdict: panic"),),
    "flow-no-safety": (replace(FLOW, "      safety: The person told may be the abusive partner;"
                                     " plan for safety first.\n", ""),),
    "flow-bad-note": (replace(FLOW, "except_outcomes: [emergency]", "except_outcomes: [nowhere]"),),
    "flow-not-mapping": (write(FLOW, "- a\n"),),
    "fr-section-missing": (remove(FR_SEC),),
    "fr-section-id-mismatch": (replace(FR_SEC, "order: 10\n", "order: 11\n"),),
    "fr-section-stale": (append(SEC, "\nOne more English line.\n"),),
    "fr-section-extra": (write("fr/sections/zz-extra.md", (FIXTURE / FR_SEC).read_text(
        encoding="utf-8").replace("id: about", "id: zz-extra")),),
    "fr-section-bad-sha": (replace(FR_SEC, "source_sha256: 4", "source_sha256: x"),),
    "fr-link-differs": (replace(FR_SEC, "(section:statutes)", "(section:phipa)"),),
    "fr-typography": (append(FR_SEC, "\nUne question? Oui.\n"),),
    "fr-glossary-missing-term": (replace("fr/glossary.yaml", "- id: reasonable-grounds",
                                         "- id: reasonable-grounds-x"),),
    "fr-glossary-stale": (append("glossary.yaml", "\n# a new comment\n"),),
    "fr-glossary-see": (append("fr/glossary.yaml", "  see: [phipa]\n"),),
    "fr-translated-from-bad": (write("fr/translated-from.yaml", "- a\n"),),
    "fr-translated-from-extra": (append("fr/translated-from.yaml", "sources.yaml: " + "0" * 64
                                       + "\n"),),
    "fr-manifest-missing": (remove("fr/manifest.yaml"),),
    "fr-manifest-version": (replace("fr/manifest.yaml", 'content_version: "9.9.9-test"',
                                    'content_version: "9.9.8-test"'),),
    "fr-flow-missing": (remove(FR_FLOW),),
    "fr-flow-not-mapping": (write(FR_FLOW, "- a\n"),),
    "fr-flow-question-missing": (replace(FR_FLOW, "  - id: consent\n", "  - id: consent-x\n"),),
    "fr-flow-next-differs": (replace(FR_FLOW, "next: share-with-consent",
                                     "next: consult-first"),),
    "fr-folder-missing": (remove("fr"), write("fr/README.txt", "x")),
    "agency-bad": (write("agency.yaml", AGENCY_BAD),),
    "agency-not-mapping": (write("agency.yaml", "- a\n"),),
    "agency-no-contacts": (write("agency.yaml", "agency: Test shelter\ncontacts: []\n"),),
    "agency-fr-differs": (write("agency.yaml", AGENCY_OK),
                          write("fr/agency.yaml", AGENCY_OK.replace("416-555-0100", "416-555-0199")
                                .replace("checked: 2026-12-01", "checked: 2026-11-01")
                                .replace("  - role: supervisor\n    phone: 416-555-0101\n", ""))),
    "agency-fr-missing": (write("agency.yaml", AGENCY_OK),),
    "flow-bad-alternative": (replace(FLOW, "    sections: [mfippa]\n",
                                     "    sections: [mfippa]\n    alternatives:\n"
                                     "      - {outcome: nowhere, consequence: None.}\n"
                                     "    consult: [janitor]\n"),),
    "flow-bad-id": (replace(FLOW, "  - id: consent\n", "  - id: Consent!\n"),),
    "flow-few-choices": (replace(FLOW, '      - value: "no"\n        label: No, or it is not safe '
                                       'to ask\n      - value: unsure\n        label: Not sure\n'
                                       '        not_sure: true\n', ""),),
}

def make_copy(name: str, dest: Path) -> Path:
    """A copy of the shipped content with case ``name``'s fault in it."""
    root = dest / "content"
    shutil.copytree(FIXTURE, root)
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
