# ruff: noqa: E501 - one line per message template, as lupdate and editors read them
"""The content checker's messages: a stable kind, named values, and an English template.

Every problem the content checker reports (``path:line: message``) is built here from a
:class:`Msg`: a **kind** (``"unknown-key"``), the **values** it names (the key, the file,
the line, what is allowed...), and the English sentence of :data:`TEMPLATES` for that kind,
filled in with the values. The English text is what ``check-content`` prints and what
scripts read; the desktop layer translates the *template* (Qt context
``ContentProblems``, ``desktop_app/translations/frcheck_fr.ts``) and fills in the same
values, so a French editor reads the problem in French with the file names, keys and
values exactly as they are in the file.

A value may itself be a :class:`Msg` (the part of a file the problem is in: ``question
'danger'``), rendered in the same language. Numbers are passed as numbers; the English
template formats them (``{size:,}``).

The templates are marked with :func:`QT_TRANSLATE_NOOP` so that ``pyside6-lupdate`` finds
them in this file; the marker is a plain function here (no Qt in ``content/``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Union

# The Qt translation context of the content checker's messages.
CONTEXT = "ContentProblems"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate's marker name
    """Marks ``text`` for lupdate (context ``context``); returns it unchanged."""
    return text


Value = Union[str, int, "Msg"]


@dataclass(frozen=True)
class Msg:
    """One message: its kind (a key of :data:`TEMPLATES`) and its named values."""

    kind: str
    params: tuple[tuple[str, Value], ...] = ()

    @property
    def text(self) -> str:
        """The English sentence."""
        return render(self)

    def __str__(self) -> str:
        return self.text


def msg(kind: str, **params: Value) -> Msg:
    """A message of ``kind`` with ``params``; an unknown kind is a programming error."""
    if kind not in TEMPLATES:
        raise KeyError(f"no message kind {kind!r} in content.messages.TEMPLATES")
    return Msg(kind, tuple(params.items()))


def render(m: Msg, lookup: Callable[[str], str] | None = None) -> str:
    """``m`` as a sentence: its template (through ``lookup``, English if None) filled in
    with its values, nested messages rendered the same way."""
    template = TEMPLATES[m.kind] if lookup is None else lookup(TEMPLATES[m.kind])
    values = {k: render(v, lookup) if isinstance(v, Msg) else v for k, v in m.params}
    return template.format(**values)


# kind -> English template. Add a kind here and its French in frcheck_fr.ts (run
# pyside6-lupdate on content/messages.py; tests/desktop_app/test_content_problems_fr.py
# fails until every kind has French).
TEMPLATES: dict[str, str] = {
    # -- reading a file (content/files.py, textcheck.py, yamlio.py) ------------------------
    "content-folder-missing": QT_TRANSLATE_NOOP(
        "ContentProblems", "content folder not found"),
    "nested-too-deeply": QT_TRANSLATE_NOOP(
        "ContentProblems", "the file is nested too deeply to read; ignored"),
    "unreadable-unexpected": QT_TRANSLATE_NOOP(
        "ContentProblems", "the file could not be read ({error}: {detail}); ignored"),
    "link-leads-nowhere": QT_TRANSLATE_NOOP(
        "ContentProblems", "cannot read file: it is a link that leads nowhere ({reason}); ignored"),
    "link-outside": QT_TRANSLATE_NOOP(
        "ContentProblems", "is a link to a file outside the content folder; ignored"),
    "file-too-large": QT_TRANSLATE_NOOP(
        "ContentProblems", "file is too large ({size:,} bytes; the limit is {limit:,}); ignored"),
    "not-regular-file": QT_TRANSLATE_NOOP(
        "ContentProblems", "is {what}, not a regular file; ignored"),
    "cannot-read": QT_TRANSLATE_NOOP(
        "ContentProblems", "cannot read file: {reason}"),
    "not-utf8": QT_TRANSLATE_NOOP(
        "ContentProblems", "file is not valid UTF-8 text; save it as UTF-8"),
    "file-empty": QT_TRANSLATE_NOOP(
        "ContentProblems", "file is empty"),
    "misnamed-file": QT_TRANSLATE_NOOP(
        "ContentProblems", "not read: a file in {folder}/ must be plain text with a name ending in '{suffix}' (lower case)"),
    "invisible-character": QT_TRANSLATE_NOOP(
        "ContentProblems", "invisible or control character {code} ({name}) in the text; delete it (it can hide or reorder what the reader sees, or break search)"),
    "long-word": QT_TRANSLATE_NOOP(
        "ContentProblems", "a 'word' of {n:,} letters with no space in it (starting '{start}…'); no word may be longer than {limit} letters"),
    "long-block": QT_TRANSLATE_NOOP(
        "ContentProblems", "a block of {n:,} characters with no blank line in it; split it into paragraphs (at most {limit:,} characters each)"),
    "value-not-date": QT_TRANSLATE_NOOP(
        "ContentProblems", "'{value}' is not a valid date{detail}"),
    "value-not-whole-number": QT_TRANSLATE_NOOP(
        "ContentProblems", "'{value}' is not a usable whole number{detail}"),
    "value-not-number": QT_TRANSLATE_NOOP(
        "ContentProblems", "'{value}' is not a usable number{detail}"),
    "value-unreadable": QT_TRANSLATE_NOOP(
        "ContentProblems", "'{value}' cannot be read{detail}"),
    "invalid-yaml": QT_TRANSLATE_NOOP(
        "ContentProblems", "invalid YAML: {detail}"),
    "yaml-expected-key": QT_TRANSLATE_NOOP(
        "ContentProblems", "invalid YAML: did not find expected key"),
    "yaml-unclosed-list": QT_TRANSLATE_NOOP(
        "ContentProblems", "invalid YAML: did not find expected ',' or ']'"),
    "yaml-unclosed-braces": QT_TRANSLATE_NOOP(
        "ContentProblems", "invalid YAML: did not find expected ',' or '}}'"),
    "yaml-colon-in-value": QT_TRANSLATE_NOOP(
        "ContentProblems", "invalid YAML: mapping values are not allowed in this context"),
    "yaml-colon-in-value-here": QT_TRANSLATE_NOOP(
        "ContentProblems", "invalid YAML: mapping values are not allowed here"),
    "yaml-bad-character": QT_TRANSLATE_NOOP(
        "ContentProblems", "invalid YAML: found character that cannot start any token"),
    "yaml-no-value": QT_TRANSLATE_NOOP(
        "ContentProblems", "invalid YAML: did not find expected node content"),
    "yaml-expected-dash": QT_TRANSLATE_NOOP(
        "ContentProblems", "invalid YAML: did not find expected '-' indicator"),
    "yaml-expected-colon": QT_TRANSLATE_NOOP(
        "ContentProblems", "invalid YAML: could not find expected ':'"),
    "yaml-unexpected-end": QT_TRANSLATE_NOOP(
        "ContentProblems", "invalid YAML: found unexpected end of stream"),
    "yaml-undefined-alias": QT_TRANSLATE_NOOP(
        "ContentProblems", "invalid YAML: found undefined alias"),
    "invalid-yaml-plain": QT_TRANSLATE_NOOP(
        "ContentProblems", "invalid YAML: invalid YAML"),
    "yaml-too-deep": QT_TRANSLATE_NOOP(
        "ContentProblems", "invalid YAML: lists or sets of keys are nested more than {limit} deep"),
    "yaml-alias-loop": QT_TRANSLATE_NOOP(
        "ContentProblems", "invalid YAML: an alias ('*name') refers to the value that contains it; write the value out in full"),
    "yaml-alias-bomb": QT_TRANSLATE_NOOP(
        "ContentProblems", "invalid YAML: aliases ('*name') here would repeat values {n:,} times (at most {limit:,}); write the values out in full"),
    "duplicate-key": QT_TRANSLATE_NOOP(
        "ContentProblems", "the key '{key}' appears twice (also on line {first}); keep one"),
    "invisible-character-unnamed": QT_TRANSLATE_NOOP(
        "ContentProblems", "invisible or control character {code} (a control character) in the text; delete it (it can hide or reorder what the reader sees, or break search)"),
    # -- fields of any file (content/fields.py) ------------------------------------------
    "unknown-key": QT_TRANSLATE_NOOP(
        "ContentProblems", "unknown key '{key}' in {what}; allowed: {allowed}"),
    "missing-key": QT_TRANSLATE_NOOP(
        "ContentProblems", "{what} is missing required key '{key}'"),
    "not-text": QT_TRANSLATE_NOOP(
        "ContentProblems", "'{key}' must be text, not {type}"),
    "not-one-line": QT_TRANSLATE_NOOP(
        "ContentProblems", "'{key}' must be one line"),
    "empty-value": QT_TRANSLATE_NOOP(
        "ContentProblems", "'{key}' must not be empty"),
    "too-long": QT_TRANSLATE_NOOP(
        "ContentProblems", "'{key}' is {n} characters; keep it under {limit}"),
    "inline-provision-not-canonical": QT_TRANSLATE_NOOP(
        "ContentProblems", "provision '{cite}' in the text is not canonical; write it like 'PHIPA s. 40(1)'"),
    "not-whole-number": QT_TRANSLATE_NOOP(
        "ContentProblems", "'{key}' must be a whole number"),
    "not-boolean": QT_TRANSLATE_NOOP(
        "ContentProblems", "'{key}' must be true or false"),
    "not-date": QT_TRANSLATE_NOOP(
        "ContentProblems", "'{key}' must be a date like 2026-11-25"),
    "not-text-list": QT_TRANSLATE_NOOP(
        "ContentProblems", "'{key}' must be a list of text items, like [a, b]"),
    "empty-item": QT_TRANSLATE_NOOP(
        "ContentProblems", "'{key}' has an empty item; remove it"),
    "value-not-allowed": QT_TRANSLATE_NOOP(
        "ContentProblems", "'{value}' is not allowed in '{key}'; use one of: {allowed}"),
    "not-number-list": QT_TRANSLATE_NOOP(
        "ContentProblems", "'{key}' must be a list of source numbers, like [3, 101]"),
    "malformed-provision": QT_TRANSLATE_NOOP(
        "ContentProblems", "malformed provision '{value}'; write it like 'PHIPA s. 40(1)' or 'FIPPA s. 42(1)(h)'"),
    "not-one-of": QT_TRANSLATE_NOOP(
        "ContentProblems", "'{key}' must be one of: {allowed}"),
    "check-note-missing": QT_TRANSLATE_NOOP(
        "ContentProblems", "status is check-official-text: add 'check_note' saying what to check in the official text"),
    "not-conditions": QT_TRANSLATE_NOOP(
        "ContentProblems", "'{key}' must map facts to values, like {{risk: serious}}"),
    "not-value-or-list": QT_TRANSLATE_NOOP(
        "ContentProblems", "'{key}' must be a value or a list of values"),
    # -- sections and lists (content/loader.py, yaml_files.py, references.py, unique.py) -
    "no-front-matter": QT_TRANSLATE_NOOP(
        "ContentProblems", "a section must start with '---', its front matter, and '---'"),
    "front-matter-not-mapping": QT_TRANSLATE_NOOP(
        "ContentProblems", "front matter must be a set of 'key: value' lines"),
    "bad-source-sha256": QT_TRANSLATE_NOOP(
        "ContentProblems", "'source_sha256' must be the 64 hex digits of the English file's SHA-256 (sha256sum content/data/sections/<file>)"),
    "bad-id": QT_TRANSLATE_NOOP(
        "ContentProblems", "id '{id}' must use lower-case letters, digits and dashes"),
    "id-not-file-name": QT_TRANSLATE_NOOP(
        "ContentProblems", "id '{id}' must match the file name '{file}'"),
    "provisions-empty": QT_TRANSLATE_NOOP(
        "ContentProblems", "'provisions' is empty: add 'provisions_reason' saying why no provision is cited"),
    "provision-act-not-listed": QT_TRANSLATE_NOOP(
        "ContentProblems", "provision '{provision}' is from {act}; add {act} to 'statutes'"),
    "no-sources": QT_TRANSLATE_NOOP(
        "ContentProblems", "'sources' must list at least one source number"),
    "no-sections": QT_TRANSLATE_NOOP(
        "ContentProblems", "no sections found"),
    "lists-unreadable": QT_TRANSLATE_NOOP(
        "ContentProblems", "the glossary, sources and statutes could not be read ({error}: {detail})"),
    "file-missing": QT_TRANSLATE_NOOP(
        "ContentProblems", "{file} is missing"),
    "manifest-not-mapping": QT_TRANSLATE_NOOP(
        "ContentProblems", "manifest must be a set of 'key: value' lines"),
    "not-a-list-file": QT_TRANSLATE_NOOP(
        "ContentProblems", "{file} must be a list of entries, each starting with '- '"),
    "entry-not-mapping": QT_TRANSLATE_NOOP(
        "ContentProblems", "each entry must be a set of 'key: value' lines"),
    "not-mapping": QT_TRANSLATE_NOOP(
        "ContentProblems", "'{key}' must be a set of 'key: value' lines"),
    "malformed-provision-short": QT_TRANSLATE_NOOP(
        "ContentProblems", "malformed provision '{value}'"),
    "bad-notice-required": QT_TRANSLATE_NOOP(
        "ContentProblems", "'required' must be \"yes\", \"no\" or \"conditional\" (in quotes)"),
    "synonyms-not-mapping": QT_TRANSLATE_NOOP(
        "ContentProblems", "synonyms.yaml must map a word to a list of terms"),
    "synonym-not-list": QT_TRANSLATE_NOOP(
        "ContentProblems", "'{key}' must map to a list of terms"),
    "duplicate-id-same-file": QT_TRANSLATE_NOOP(
        "ContentProblems", "duplicate {what} {id} (also on line {first}); ignored"),
    "duplicate-id-other-file": QT_TRANSLATE_NOOP(
        "ContentProblems", "duplicate {what} {id} (also in {file}); ignored"),
    "parent-missing": QT_TRANSLATE_NOOP(
        "ContentProblems", "parent '{parent}' does not exist; shown at the top level"),
    "toc-cycle": QT_TRANSLATE_NOOP(
        "ContentProblems", "the table of contents has a cycle: {cycle}; shown at the top level"),
    "source-missing": QT_TRANSLATE_NOOP(
        "ContentProblems", "source {source} is not in sources.yaml"),
    "related-missing": QT_TRANSLATE_NOOP(
        "ContentProblems", "related section '{section}' does not exist"),
    "link-section-missing": QT_TRANSLATE_NOOP(
        "ContentProblems", "link to section '{section}', which does not exist"),
    "link-term-missing": QT_TRANSLATE_NOOP(
        "ContentProblems", "link to glossary term '{term}', which does not exist"),
    "term-see-missing": QT_TRANSLATE_NOOP(
        "ContentProblems", "term '{term}' refers to section '{section}', which does not exist"),
    "statute-section-missing": QT_TRANSLATE_NOOP(
        "ContentProblems", "statute {statute} refers to section '{section}', which does not exist"),
    # -- editorial checks (content/validate.py) --------------------------------------------
    "section-too-long": QT_TRANSLATE_NOOP(
        "ContentProblems", "section has {n} words; split it (at most {limit})"),
    "scenario-few-links": QT_TRANSLATE_NOOP(
        "ContentProblems", "scenario links {n} section(s); link at least {limit}"),
    "term-not-linked": QT_TRANSLATE_NOOP(
        "ContentProblems", "glossary term '{term}' is not linked from any section"),
    "no-flow-unusable": QT_TRANSLATE_NOOP(
        "ContentProblems", "no decision flow: the folder decisions/ has no usable flow, so the decision helper and 'ipv-guide decide' cannot work"),
    "no-flow-folder-missing": QT_TRANSLATE_NOOP(
        "ContentProblems", "no decision flow: the folder decisions/ is missing, so the decision helper and 'ipv-guide decide' cannot work"),
    "no-flow-no-yaml": QT_TRANSLATE_NOOP(
        "ContentProblems", "no decision flow: the folder decisions/ has no .yaml file, so the decision helper and 'ipv-guide decide' cannot work"),
    # -- the verified-provisions list (content/provisions.py) ------------------------------
    "verified-missing": QT_TRANSLATE_NOOP(
        "ContentProblems", "the verified-provisions list is missing; every cited provision must be on it"),
    "verified-not-mapping": QT_TRANSLATE_NOOP(
        "ContentProblems", "expected 'acts' and 'provisions' at the top level"),
    "verified-unknown-key": QT_TRANSLATE_NOOP(
        "ContentProblems", "unknown key '{key}'; allowed: acts, provisions"),
    "verified-acts-not-mapping": QT_TRANSLATE_NOOP(
        "ContentProblems", "'acts' must map each Act to {{text, current_to}}"),
    "verified-act-not-mapping": QT_TRANSLATE_NOOP(
        "ContentProblems", "act '{act}' must have 'text' and 'current_to'"),
    "verified-act-no-text": QT_TRANSLATE_NOOP(
        "ContentProblems", "act '{act}': 'text' must say which text of the Act was read"),
    "verified-act-no-date": QT_TRANSLATE_NOOP(
        "ContentProblems", "act '{act}': 'current_to' must be a date like 2023-12-18"),
    "verified-provisions-not-list": QT_TRANSLATE_NOOP(
        "ContentProblems", "'provisions' must be a list of {{cite, checked}}"),
    "verified-entry-bad": QT_TRANSLATE_NOOP(
        "ContentProblems", "each entry needs 'cite' (a canonical citation) and 'checked' (a date)"),
    "verified-entry-unknown-keys": QT_TRANSLATE_NOOP(
        "ContentProblems", "unknown key(s) {keys}; allowed: cite, checked, note"),
    "verified-malformed": QT_TRANSLATE_NOOP(
        "ContentProblems", "malformed provision '{cite}'; write it like 'PHIPA s. 40(1)'"),
    "verified-no-date": QT_TRANSLATE_NOOP(
        "ContentProblems", "'{cite}': 'checked' must be the date it was checked, like 2026-12-06"),
    "verified-act-unknown": QT_TRANSLATE_NOOP(
        "ContentProblems", "'{cite}': its Act {act} is not under 'acts' (say which text was read)"),
    "verified-twice": QT_TRANSLATE_NOOP(
        "ContentProblems", "'{cite}' is listed twice (first on line {first})"),
    "provision-not-verified": QT_TRANSLATE_NOOP(
        "ContentProblems", "provision '{cite}' is not on {file}: check it against the Act's text and add it, or mark this item check-official-text"),
    # -- an agency's contacts (content/agency.py) -----------------------------------------
    "agency-not-used": QT_TRANSLATE_NOOP(
        "ContentProblems", "agency.yaml was not used because of the problem(s) above; the app shows no agency contacts until it is fixed"),
    "agency-not-mapping": QT_TRANSLATE_NOOP(
        "ContentProblems", "agency.yaml must be a mapping with 'agency:' and 'contacts:' (see docs/deploying.md)"),
    "agency-unknown-key": QT_TRANSLATE_NOOP(
        "ContentProblems", "unknown key '{key}' in agency.yaml; allowed: {allowed}"),
    "agency-too-long": QT_TRANSLATE_NOOP(
        "ContentProblems", "'{key}' is too long ({n} characters; at most {limit}): keep it to what fits on one line of the printed card"),
    "agency-not-plain": QT_TRANSLATE_NOOP(
        "ContentProblems", "'{key}' must be plain text (no < > {{ }})"),
    "agency-no-name": QT_TRANSLATE_NOOP(
        "ContentProblems", "agency.yaml is missing required key 'agency' (the agency's name)"),
    "agency-bad-checked": QT_TRANSLATE_NOOP(
        "ContentProblems", "'checked' must be a date like 2026-12-01"),
    "agency-no-contacts": QT_TRANSLATE_NOOP(
        "ContentProblems", "agency.yaml is missing required key 'contacts' (a list of contacts by role)"),
    "agency-contacts-not-list": QT_TRANSLATE_NOOP(
        "ContentProblems", "'contacts' must be a list; start each contact with '- role: ...'"),
    "agency-contacts-empty": QT_TRANSLATE_NOOP(
        "ContentProblems", "'contacts' is empty: list at least one contact"),
    "agency-contact-not-mapping": QT_TRANSLATE_NOOP(
        "ContentProblems", "each contact must be a mapping with role, phone and hours"),
    "agency-contact-unknown-key": QT_TRANSLATE_NOOP(
        "ContentProblems", "unknown key '{key}' in a contact; allowed: {allowed}"),
    "agency-unknown-role": QT_TRANSLATE_NOOP(
        "ContentProblems", "unknown role '{role}'; use one of: {allowed}"),
    "agency-role-twice": QT_TRANSLATE_NOOP(
        "ContentProblems", "role '{role}' is listed twice; give each role one contact"),
    "agency-bad-phone": QT_TRANSLATE_NOOP(
        "ContentProblems", "'{phone}' does not look like a phone number; write it like 416-555-0100 or 1-800-555-0100 ext. 21"),
    "agency-police-911": QT_TRANSLATE_NOOP(
        "ContentProblems", "the police non-emergency line is not 911; give the local non-emergency number (the card already says to call 911 when someone is in danger)"),
    "agency-procedure-not-list": QT_TRANSLATE_NOOP(
        "ContentProblems", "'procedure' must be a list of short lines"),
    "agency-procedure-too-long": QT_TRANSLATE_NOOP(
        "ContentProblems", "'procedure' has {n} lines; at most {limit} fit on the printed card"),
    "not-a-file": QT_TRANSLATE_NOOP(
        "ContentProblems", "is not a file; ignored"),
    "cannot-read-ignored": QT_TRANSLATE_NOOP(
        "ContentProblems", "cannot read file: {reason}; ignored"),
    "not-utf8-ignored": QT_TRANSLATE_NOOP(
        "ContentProblems", "file is not valid UTF-8 text; save it as UTF-8; ignored"),
    "file-empty-ignored": QT_TRANSLATE_NOOP(
        "ContentProblems", "file is empty; ignored"),
    "agency-yaml-invalid": QT_TRANSLATE_NOOP(
        "ContentProblems", "{error}; agency.yaml was not used"),
    "agency-fr-missing": QT_TRANSLATE_NOOP(
        "ContentProblems", "no French translation yet of {file} (the English contacts are shown in French)"),
    "agency-fr-no-english": QT_TRANSLATE_NOOP(
        "ContentProblems", "{file} has no English original beside it; the French file translates the English one"),
    "agency-fr-role-missing": QT_TRANSLATE_NOOP(
        "ContentProblems", "role '{role}' is in the English {file} but not in the French (the same roles in both)"),
    "agency-fr-phone-differs": QT_TRANSLATE_NOOP(
        "ContentProblems", "the phone of '{role}' is '{fr}' in French but '{en}' in English; phone numbers stay as in English"),
    "agency-fr-role-extra": QT_TRANSLATE_NOOP(
        "ContentProblems", "role '{role}' is in the French {file} but not in the English"),
    "agency-fr-checked-differs": QT_TRANSLATE_NOOP(
        "ContentProblems", "'checked' is {fr} in French but {en} in English (the same date)"),
    "value-none": QT_TRANSLATE_NOOP(
        "ContentProblems", "(none)"),
    # -- French beside English (content/parity/) -----------------------------------------
    "fr-cannot-load": QT_TRANSLATE_NOOP(
        "ContentProblems", "the French cannot be loaded ({detail})"),
    "fr-typography": QT_TRANSLATE_NOOP(
        "ContentProblems", "French typography: missing non-breaking space (« », or before : ; ? !)"),
    "fr-folder-missing": QT_TRANSLATE_NOOP(
        "ContentProblems", "no French content folder"),
    "fr-section-missing": QT_TRANSLATE_NOOP(
        "ContentProblems", "no French translation yet of {file}"),
    "fr-section-no-english": QT_TRANSLATE_NOOP(
        "ContentProblems", "section '{id}' has no English original ({file}); a translation must keep the English file name and id"),
    "fr-section-value-differs": QT_TRANSLATE_NOOP(
        "ContentProblems", "'{key}' is {fr} in French but {en} in English ({file}); machine values stay as in English"),
    "fr-link-missing": QT_TRANSLATE_NOOP(
        "ContentProblems", "the English links to {target}; the French does not (links keep their targets)"),
    "fr-link-extra": QT_TRANSLATE_NOOP(
        "ContentProblems", "link to {target}, which the English section does not link to"),
    "fr-section-stale": QT_TRANSLATE_NOOP(
        "ContentProblems", "stale: {file} has changed since this was translated (its SHA-256 is now {sha256}); update the French, then 'source_sha256'"),
    "fr-list-missing": QT_TRANSLATE_NOOP(
        "ContentProblems", "no French {file} yet (the English {items} are shown)"),
    "fr-item-only-english": QT_TRANSLATE_NOOP(
        "ContentProblems", "{what} '{id}' is in English ({file}) but not in French"),
    "fr-item-only-french": QT_TRANSLATE_NOOP(
        "ContentProblems", "{what} '{id}' is in French but not in English"),
    "fr-item-out-of-order": QT_TRANSLATE_NOOP(
        "ContentProblems", "{what} '{id}' is out of order: the English has '{english}' here (same order as English)"),
    "fr-term-value-differs": QT_TRANSLATE_NOOP(
        "ContentProblems", "term '{term}': '{key}' is {fr} in French but {en} in English"),
    "fr-statute-value-differs": QT_TRANSLATE_NOOP(
        "ContentProblems", "statute {statute}: '{key}' is {fr} in French but {en} in English"),
    "fr-source-value-differs": QT_TRANSLATE_NOOP(
        "ContentProblems", "source {source}: '{key}' is {fr} in French but {en} in English"),
    "fr-manifest-missing": QT_TRANSLATE_NOOP(
        "ContentProblems", "no French manifest.yaml yet (the English title and disclaimer are shown)"),
    "fr-manifest-value-differs": QT_TRANSLATE_NOOP(
        "ContentProblems", "'{key}' is {fr} in French but {en} in English (same versions and dates)"),
    "fr-translated-from-bad": QT_TRANSLATE_NOOP(
        "ContentProblems", "{file} must map each French file to the SHA-256 of its English file"),
    "fr-translated-from-no-entry": QT_TRANSLATE_NOOP(
        "ContentProblems", "{name}: no entry in {file} (add '{name}: <sha256sum of the English file>')"),
    "fr-yaml-stale": QT_TRANSLATE_NOOP(
        "ContentProblems", "stale: {file} has changed since {name} was translated (its SHA-256 is now {sha256}); update the French, then this entry"),
    "fr-translated-from-extra": QT_TRANSLATE_NOOP(
        "ContentProblems", "'{name}' is listed but there is no French {name}"),
    "fr-flow-missing": QT_TRANSLATE_NOOP(
        "ContentProblems", "the French decision flow is missing; the English flow ({file}) is used"),
    "fr-flow-unreadable": QT_TRANSLATE_NOOP(
        "ContentProblems", "the French decision flow is not readable; the English flow ({file}) is used"),
    "fr-flow-not-flow": QT_TRANSLATE_NOOP(
        "ContentProblems", "the French decision flow is not a flow"),
    "fr-flow-item-only-english": QT_TRANSLATE_NOOP(
        "ContentProblems", "{what} '{id}' is in English but not in French"),
    "fr-flow-item-only-french": QT_TRANSLATE_NOOP(
        "ContentProblems", "{what} '{id}' is in French but not in English"),
    "fr-flow-item-moved": QT_TRANSLATE_NOOP(
        "ContentProblems", "{what} '{id}' is entry {fr} in French but {en} in English"),
    "fr-flow-item-differs": QT_TRANSLATE_NOOP(
        "ContentProblems", "{what} '{id}': {detail}"),
    "fr-flow-key-only-english": QT_TRANSLATE_NOOP(
        "ContentProblems", "'{key}' is in English but not in French"),
    "fr-flow-key-only-french": QT_TRANSLATE_NOOP(
        "ContentProblems", "'{key}' is in French but not in English"),
    "fr-flow-count-differs": QT_TRANSLATE_NOOP(
        "ContentProblems", "{fr} entries in French, {en} in English"),
    "fr-flow-value-differs": QT_TRANSLATE_NOOP(
        "ContentProblems", "{where} is {fr} in French but {en} in English"),
    "fr-flow-no-english": QT_TRANSLATE_NOOP(
        "ContentProblems", "decision flow '{id}' has no English original"),
    "value-empty-list": QT_TRANSLATE_NOOP(
        "ContentProblems", "[] (none)"),
    # -- decision flows (content/decision/parsing.py, paths.py, labels.py) ---------------
    "part-not-mapping": QT_TRANSLATE_NOOP(
        "ContentProblems", "{what} must be a set of 'key: value' lines"),
    "bad-flow-id": QT_TRANSLATE_NOOP(
        "ContentProblems", "id '{id}' must use lower-case letters, digits, - and _"),
    "question-few-choices": QT_TRANSLATE_NOOP(
        "ContentProblems", "question '{question}' needs a list of at least two choices"),
    "question-value-twice": QT_TRANSLATE_NOOP(
        "ContentProblems", "question '{question}' has the value '{value}' twice"),
    "bad-sets": QT_TRANSLATE_NOOP(
        "ContentProblems", "'sets' must map facts to one value each"),
    "bad-next": QT_TRANSLATE_NOOP(
        "ContentProblems", "'next' must be the id of a question or an outcome"),
    "question-no-not-sure": QT_TRANSLATE_NOOP(
        "ContentProblems", "question '{question}' needs a 'not sure' answer (a choice with not_sure: true) that leads somewhere useful"),
    "bad-route": QT_TRANSLATE_NOOP(
        "ContentProblems", "'route' must be a list of {{when, goto}} rules"),
    "choice-no-next": QT_TRANSLATE_NOOP(
        "ContentProblems", "choice '{value}' of '{question}' has no 'next' and the question has no 'route'"),
    "bad-assume": QT_TRANSLATE_NOOP(
        "ContentProblems", "'assume' must be one of the question's values"),
    "notice-no-safety": QT_TRANSLATE_NOOP(
        "ContentProblems", "notice may be required: add 'safety', the caution about notice reaching an abusive partner"),
    "bad-continue-with": QT_TRANSLATE_NOOP(
        "ContentProblems", "'continue_with' must map a fact to one value"),
    "outcome-no-sections": QT_TRANSLATE_NOOP(
        "ContentProblems", "outcome '{outcome}' must link at least one section"),
    "no-continue-label": QT_TRANSLATE_NOOP(
        "ContentProblems", "'continue_with' needs a 'continue_label' for the button"),
    "bad-alternatives": QT_TRANSLATE_NOOP(
        "ContentProblems", "'alternatives' must be a list of {{outcome, consequence}}"),
    "bad-consult-role": QT_TRANSLATE_NOOP(
        "ContentProblems", "'{role}' is not a role; use: {allowed}"),
    "bad-groups": QT_TRANSLATE_NOOP(
        "ContentProblems", "'groups' must be a list of {{title, items}}"),
    "group-no-items": QT_TRANSLATE_NOOP(
        "ContentProblems", "a checklist group needs at least one item"),
    "not-a-list": QT_TRANSLATE_NOOP(
        "ContentProblems", "'{key}' must be a list"),
    "flow-id-not-file-name": QT_TRANSLATE_NOOP(
        "ContentProblems", "flow id '{id}' must match the file name '{file}'"),
    "duplicate-question-id": QT_TRANSLATE_NOOP(
        "ContentProblems", "duplicate question id '{id}'"),
    "duplicate-outcome-id": QT_TRANSLATE_NOOP(
        "ContentProblems", "duplicate id '{id}'"),
    "flow-too-large": QT_TRANSLATE_NOOP(
        "ContentProblems", "file is too large ({size:,} bytes); ignored"),
    "duplicate-flow-id": QT_TRANSLATE_NOOP(
        "ContentProblems", "duplicate flow id '{id}'; ignored"),
    "bad-start": QT_TRANSLATE_NOOP(
        "ContentProblems", "start '{id}' is not a question"),
    "unknown-fact": QT_TRANSLATE_NOOP(
        "ContentProblems", "'{fact}' is not a fact any question asks about"),
    "unknown-fact-value": QT_TRANSLATE_NOOP(
        "ContentProblems", "'{value}' is not a value of '{fact}' (values: {allowed})"),
    "unknown-node": QT_TRANSLATE_NOOP(
        "ContentProblems", "'{id}' is not a question or outcome"),
    "checklist-undefined": QT_TRANSLATE_NOOP(
        "ContentProblems", "checklist '{id}' is not defined"),
    "alternative-not-outcome": QT_TRANSLATE_NOOP(
        "ContentProblems", "alternative '{id}' must be another outcome of this flow"),
    "alternative-has-alternatives": QT_TRANSLATE_NOOP(
        "ContentProblems", "alternative '{id}' has alternatives of its own; point to the route itself"),
    "note-outcome-missing": QT_TRANSLATE_NOOP(
        "ContentProblems", "note '{note}' names outcome '{outcome}', which does not exist"),
    "notes-share-id": QT_TRANSLATE_NOOP(
        "ContentProblems", "two notes share an id"),
    "outcome-no-provisions": QT_TRANSLATE_NOOP(
        "ContentProblems", "outcome '{outcome}' cites no provisions on the path {path}: add provisions or a note that does"),
    "continue-with-wrong": QT_TRANSLATE_NOOP(
        "ContentProblems", "'continue_with' does not answer '{question}', which leads here"),
    "fact-asked-twice": QT_TRANSLATE_NOOP(
        "ContentProblems", "question '{question}' asks '{fact}' again on the path {path}"),
    "dead-end": QT_TRANSLATE_NOOP(
        "ContentProblems", "dead end: no route after '{question}' = '{value}' when {facts}"),
    "flow-cycle": QT_TRANSLATE_NOOP(
        "ContentProblems", "the flow has a cycle: {path}"),
    "too-many-paths": QT_TRANSLATE_NOOP(
        "ContentProblems", "the flow has more than {limit} paths"),
    "question-unreachable": QT_TRANSLATE_NOOP(
        "ContentProblems", "question '{id}' cannot be reached from the start"),
    "outcome-unreachable": QT_TRANSLATE_NOOP(
        "ContentProblems", "outcome '{id}' cannot be reached from the start"),
    "note-never-applies": QT_TRANSLATE_NOOP(
        "ContentProblems", "note '{id}' never applies to any outcome"),
    "checklist-unused": QT_TRANSLATE_NOOP(
        "ContentProblems", "checklist '{id}' is not used by any question"),
    "bad-labels": QT_TRANSLATE_NOOP(
        "ContentProblems", "'labels' must be a list of '- id: ...' / 'text: ...' entries"),
    "unknown-label": QT_TRANSLATE_NOOP(
        "ContentProblems", "unknown label '{id}'; the labels are: {allowed}"),
    "label-twice": QT_TRANSLATE_NOOP(
        "ContentProblems", "label '{id}' is given twice"),
    "label-placeholders": QT_TRANSLATE_NOOP(
        "ContentProblems", "label '{id}' must keep its placeholders as they are ({placeholders})"),
    "value-no-placeholders": QT_TRANSLATE_NOOP(
        "ContentProblems", "none"),
    # -- content packs (content/pack.py, pack_store.py, desktop_app/cli/pack_cmds.py) ---
    "pack-agency-only": QT_TRANSLATE_NOOP(
        "ContentProblems", "an agency pack carries only agency.yaml and sections/*.md, and their French versions in fr/"),
    "pack-bad-version": QT_TRANSLATE_NOOP(
        "ContentProblems", "'{version}' is not a version like 2026.12.1"),
    "pack-the-key": QT_TRANSLATE_NOOP(
        "ContentProblems", "key"),
    "pack-not-public-key": QT_TRANSLATE_NOOP(
        "ContentProblems", "{source}: not a public key ('{tag} <base64>')"),
    "pack-key-not-base64": QT_TRANSLATE_NOOP(
        "ContentProblems", "{source}: the key is not valid base64"),
    "pack-key-length": QT_TRANSLATE_NOOP(
        "ContentProblems", "{source}: an Ed25519 public key has 32 bytes, not {n}"),
    "pack-key-exists": QT_TRANSLATE_NOOP(
        "ContentProblems", "{file} exists already; choose another name"),
    "pack-not-private-key": QT_TRANSLATE_NOOP(
        "ContentProblems", "{file}: not a private key made by 'pack keygen' ({detail})"),
    "pack-manifest-not-json": QT_TRANSLATE_NOOP(
        "ContentProblems", "the pack's manifest is not valid JSON"),
    "pack-manifest-not-object": QT_TRANSLATE_NOOP(
        "ContentProblems", "the pack's manifest is not an object"),
    "pack-bad-format": QT_TRANSLATE_NOOP(
        "ContentProblems", "pack format {format} is not one this app reads (it reads format {expected})"),
    "pack-manifest-no-files": QT_TRANSLATE_NOOP(
        "ContentProblems", "the pack's manifest has no valid file list"),
    "pack-manifest-bad-key": QT_TRANSLATE_NOOP(
        "ContentProblems", "the pack's manifest has a bad '{key}'"),
    "pack-unknown-kind": QT_TRANSLATE_NOOP(
        "ContentProblems", "unknown pack kind '{pack_kind}'"),
    "pack-file-is-link": QT_TRANSLATE_NOOP(
        "ContentProblems", "{file}: a link; packs carry plain files only"),
    "pack-file-not-agency": QT_TRANSLATE_NOOP(
        "ContentProblems", "{file}: {why}"),
    "pack-file-too-large": QT_TRANSLATE_NOOP(
        "ContentProblems", "{file}: larger than {mb} MB"),
    "pack-no-files": QT_TRANSLATE_NOOP(
        "ContentProblems", "{folder}: no content files (.md, .yaml) to pack"),
    "pack-french-needs-english": QT_TRANSLATE_NOOP(
        "ContentProblems", "{file}: a French file needs its English original in the pack ({english}, the same name and id)"),
    "pack-entry-too-large": QT_TRANSLATE_NOOP(
        "ContentProblems", "{file}: larger than allowed ({limit:,} bytes)"),
    "pack-no-such-file": QT_TRANSLATE_NOOP(
        "ContentProblems", "{file}: no such file"),
    "pack-not-a-pack": QT_TRANSLATE_NOOP(
        "ContentProblems", "{pack}: not a content pack ({detail})"),
    "pack-too-many-files": QT_TRANSLATE_NOOP(
        "ContentProblems", "{pack}: too many files ({n:,})"),
    "pack-unsafe-name": QT_TRANSLATE_NOOP(
        "ContentProblems", "{pack}: unsafe file name '{name}' refused"),
    "pack-name-twice": QT_TRANSLATE_NOOP(
        "ContentProblems", "{pack}: '{name}' appears twice"),
    "pack-entry-is-link": QT_TRANSLATE_NOOP(
        "ContentProblems", "{pack}: '{name}' is a link; refused"),
    "pack-entry-large": QT_TRANSLATE_NOOP(
        "ContentProblems", "{pack}: '{name}' is too large"),
    "pack-zip-bomb": QT_TRANSLATE_NOOP(
        "ContentProblems", "{pack}: '{name}' expands suspiciously (a zip bomb?)"),
    "pack-too-big": QT_TRANSLATE_NOOP(
        "ContentProblems", "{pack}: more than {mb} MB unpacked"),
    "pack-not-signed": QT_TRANSLATE_NOOP(
        "ContentProblems", "{pack}: not signed (no manifest or signature)"),
    "pack-other-key": QT_TRANSLATE_NOOP(
        "ContentProblems", "{pack}: the manifest names another signing key"),
    "pack-not-in-manifest": QT_TRANSLATE_NOOP(
        "ContentProblems", "{pack}: '{name}' is not in the signed manifest"),
    "pack-changed": QT_TRANSLATE_NOOP(
        "ContentProblems", "{pack}: '{name}' was changed after signing"),
    "pack-incomplete": QT_TRANSLATE_NOOP(
        "ContentProblems", "{pack}: incomplete, '{name}' is missing"),
    "pack-any-version": QT_TRANSLATE_NOOP(
        "ContentProblems", "any"),
    "pack-app-version": QT_TRANSLATE_NOOP(
        "ContentProblems", "{pack}: made for app versions {low} to {high}, this is {version}"),
    "pack-agency-file": QT_TRANSLATE_NOOP(
        "ContentProblems", "{pack}: an agency pack may not carry '{name}'"),
    "pack-french-alone": QT_TRANSLATE_NOOP(
        "ContentProblems", "{pack}: '{name}' has no English original in the pack"),
    "pack-signature-damaged": QT_TRANSLATE_NOOP(
        "ContentProblems", "{pack}: the signature file is damaged"),
    "pack-untrusted-key": QT_TRANSLATE_NOOP(
        "ContentProblems", "{pack}: signed by a key this computer does not trust ({key})"),
    "pack-signature-mismatch": QT_TRANSLATE_NOOP(
        "ContentProblems", "{pack}: the signature does not match; the pack was altered"),
    "pack-not-newer-installed": QT_TRANSLATE_NOOP(
        "ContentProblems", "content {version} is not newer than the installed content {have}; nothing changed"),
    "pack-not-newer-built-in": QT_TRANSLATE_NOOP(
        "ContentProblems", "content {version} is not newer than the built-in content {have}; nothing changed"),
    "pack-content-problems": QT_TRANSLATE_NOOP(
        "ContentProblems", "the pack's content has {n} problem(s), e.g. {first}; nothing changed"),
    "pack-no-previous": QT_TRANSLATE_NOOP(
        "ContentProblems", "there is no previous content to go back to"),
    "pack-cannot-read": QT_TRANSLATE_NOOP(
        "ContentProblems", "{file}: {reason}"),
    # -- the parts of a file a message names (values of {what}) --------------------------
    "part-key": QT_TRANSLATE_NOOP(
        "ContentProblems", "{key}"),
    "part-section-front-matter": QT_TRANSLATE_NOOP(
        "ContentProblems", "section front matter"),
    "part-manifest": QT_TRANSLATE_NOOP(
        "ContentProblems", "manifest"),
    "part-source": QT_TRANSLATE_NOOP(
        "ContentProblems", "source"),
    "part-glossary-term": QT_TRANSLATE_NOOP(
        "ContentProblems", "glossary term"),
    "part-statute": QT_TRANSLATE_NOOP(
        "ContentProblems", "statute"),
    "part-id": QT_TRANSLATE_NOOP(
        "ContentProblems", "id"),
    "part-source-number": QT_TRANSLATE_NOOP(
        "ContentProblems", "source number"),
    "parts-glossary-terms": QT_TRANSLATE_NOOP(
        "ContentProblems", "glossary terms"),
    "parts-statutes": QT_TRANSLATE_NOOP(
        "ContentProblems", "statutes"),
    "parts-sources": QT_TRANSLATE_NOOP(
        "ContentProblems", "sources"),
    "part-question": QT_TRANSLATE_NOOP(
        "ContentProblems", "question"),
    "part-outcome": QT_TRANSLATE_NOOP(
        "ContentProblems", "outcome"),
    "part-note": QT_TRANSLATE_NOOP(
        "ContentProblems", "note"),
    "part-checklist": QT_TRANSLATE_NOOP(
        "ContentProblems", "checklist"),
    "part-whole-file": QT_TRANSLATE_NOOP(
        "ContentProblems", "the file"),
    "part-choice": QT_TRANSLATE_NOOP(
        "ContentProblems", "choice"),
    "part-route-rule": QT_TRANSLATE_NOOP(
        "ContentProblems", "route rule"),
    "part-notice": QT_TRANSLATE_NOOP(
        "ContentProblems", "notice"),
    "part-alternative": QT_TRANSLATE_NOOP(
        "ContentProblems", "alternative"),
    "part-checklist-group": QT_TRANSLATE_NOOP(
        "ContentProblems", "checklist group"),
    "part-decision-flow": QT_TRANSLATE_NOOP(
        "ContentProblems", "decision flow"),
    "part-label": QT_TRANSLATE_NOOP(
        "ContentProblems", "label"),
    "part-glossary-id": QT_TRANSLATE_NOOP(
        "ContentProblems", "glossary id"),
    # -- the kinds of special file (values of not-regular-file) ----------------------------
    "what-folder": QT_TRANSLATE_NOOP(
        "ContentProblems", "a folder"),
    "what-fifo": QT_TRANSLATE_NOOP(
        "ContentProblems", "a pipe (FIFO)"),
    "what-device": QT_TRANSLATE_NOOP(
        "ContentProblems", "a device"),
    "what-socket": QT_TRANSLATE_NOOP(
        "ContentProblems", "a socket"),
    "what-special": QT_TRANSLATE_NOOP(
        "ContentProblems", "a special file"),
}
