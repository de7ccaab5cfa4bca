# ruff: noqa: E501 - one line per message template, as lupdate and editors read them
"""The verified-provisions list, an agency's contacts, and French beside English."""

from __future__ import annotations

from content.problem_kinds import QT_TRANSLATE_NOOP

KINDS: dict[str, str] = {
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
}
