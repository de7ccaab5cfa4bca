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

#: The Qt translation context of the content checker's messages.
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


def _t(text: str) -> str:
    return QT_TRANSLATE_NOOP("ContentProblems", text)


#: kind -> English template. Add a kind here and its French in frcheck_fr.ts (run
#: pyside6-lupdate on content/messages.py; tests/desktop_app/test_content_problems_fr.py
#: fails until every kind has French).
TEMPLATES: dict[str, str] = {
    # -- reading a file (content/files.py, textcheck.py, yamlio.py) ------------------------
    "content-folder-missing": _t("content folder not found"),
    "nested-too-deeply": _t("the file is nested too deeply to read; ignored"),
    "unreadable-unexpected": _t("the file could not be read ({error}: {detail}); ignored"),
    "link-leads-nowhere": _t("cannot read file: it is a link that leads nowhere ({reason}); "
                             "ignored"),
    "link-outside": _t("is a link to a file outside the content folder; ignored"),
    "file-too-large": _t("file is too large ({size:,} bytes; the limit is {limit:,}); ignored"),
    "not-regular-file": _t("is {what}, not a regular file; ignored"),
    "cannot-read": _t("cannot read file: {reason}"),
    "not-utf8": _t("file is not valid UTF-8 text; save it as UTF-8"),
    "file-empty": _t("file is empty"),
    "misnamed-file": _t("not read: a file in {folder}/ must be plain text with a name ending "
                        "in '{suffix}' (lower case)"),
    "invisible-character": _t("invisible or control character {code} ({name}) in the text; "
                              "delete it (it can hide or reorder what the reader sees, or "
                              "break search)"),
    "long-word": _t("a 'word' of {n:,} letters with no space in it (starting '{start}…'); no "
                    "word may be longer than {limit} letters"),
    "long-block": _t("a block of {n:,} characters with no blank line in it; split it into "
                     "paragraphs (at most {limit:,} characters each)"),
    "value-not-date": _t("'{value}' is not a valid date{detail}"),
    "value-not-whole-number": _t("'{value}' is not a usable whole number{detail}"),
    "value-not-number": _t("'{value}' is not a usable number{detail}"),
    "value-unreadable": _t("'{value}' cannot be read{detail}"),
    "invalid-yaml": _t("invalid YAML: {detail}"),
    "invalid-yaml-plain": _t("invalid YAML: invalid YAML"),
    "yaml-too-deep": _t("invalid YAML: lists or sets of keys are nested more than {limit} deep"),
    "yaml-alias-loop": _t("invalid YAML: an alias ('*name') refers to the value that contains "
                          "it; write the value out in full"),
    "yaml-alias-bomb": _t("invalid YAML: aliases ('*name') here would repeat values {n:,} times "
                          "(at most {limit:,}); write the values out in full"),
    "duplicate-key": _t("the key '{key}' appears twice (also on line {first}); keep one"),
    "invisible-character-unnamed": _t("invisible or control character {code} (a control "
                                      "character) in the text; delete it (it can hide or "
                                      "reorder what the reader sees, or break search)"),
    # -- fields of any file (content/fields.py) ------------------------------------------
    "unknown-key": _t("unknown key '{key}' in {what}; allowed: {allowed}"),
    "missing-key": _t("{what} is missing required key '{key}'"),
    "not-text": _t("'{key}' must be text, not {type}"),
    "not-one-line": _t("'{key}' must be one line"),
    "empty-value": _t("'{key}' must not be empty"),
    "too-long": _t("'{key}' is {n} characters; keep it under {limit}"),
    "inline-provision-not-canonical": _t("provision '{cite}' in the text is not canonical; "
                                         "write it like 'PHIPA s. 40(1)'"),
    "not-whole-number": _t("'{key}' must be a whole number"),
    "not-boolean": _t("'{key}' must be true or false"),
    "not-date": _t("'{key}' must be a date like 2026-11-25"),
    "not-text-list": _t("'{key}' must be a list of text items, like [a, b]"),
    "empty-item": _t("'{key}' has an empty item; remove it"),
    "value-not-allowed": _t("'{value}' is not allowed in '{key}'; use one of: {allowed}"),
    "not-number-list": _t("'{key}' must be a list of source numbers, like [3, 101]"),
    "malformed-provision": _t("malformed provision '{value}'; write it like 'PHIPA s. 40(1)' or "
                              "'FIPPA s. 42(1)(h)'"),
    "not-one-of": _t("'{key}' must be one of: {allowed}"),
    "check-note-missing": _t("status is check-official-text: add 'check_note' saying what to "
                             "check in the official text"),
    "not-conditions": _t("'{key}' must map facts to values, like {{risk: serious}}"),
    "not-value-or-list": _t("'{key}' must be a value or a list of values"),
    # -- sections and lists (content/loader.py, yaml_files.py, references.py, unique.py) -
    "no-front-matter": _t("a section must start with '---', its front matter, and '---'"),
    "front-matter-not-mapping": _t("front matter must be a set of 'key: value' lines"),
    "bad-source-sha256": _t("'source_sha256' must be the 64 hex digits of the English file's "
                            "SHA-256 (sha256sum content/data/sections/<file>)"),
    "bad-id": _t("id '{id}' must use lower-case letters, digits and dashes"),
    "id-not-file-name": _t("id '{id}' must match the file name '{file}'"),
    "provisions-empty": _t("'provisions' is empty: add 'provisions_reason' saying why no "
                           "provision is cited"),
    "provision-act-not-listed": _t("provision '{provision}' is from {act}; add {act} to "
                                   "'statutes'"),
    "no-sources": _t("'sources' must list at least one source number"),
    "no-sections": _t("no sections found"),
    "lists-unreadable": _t("the glossary, sources and statutes could not be read ({error}: "
                           "{detail})"),
    "file-missing": _t("{file} is missing"),
    "manifest-not-mapping": _t("manifest must be a set of 'key: value' lines"),
    "not-a-list-file": _t("{file} must be a list of entries, each starting with '- '"),
    "entry-not-mapping": _t("each entry must be a set of 'key: value' lines"),
    "not-mapping": _t("'{key}' must be a set of 'key: value' lines"),
    "malformed-provision-short": _t("malformed provision '{value}'"),
    "bad-notice-required": _t("'required' must be \"yes\", \"no\" or \"conditional\" "
                              "(in quotes)"),
    "synonyms-not-mapping": _t("synonyms.yaml must map a word to a list of terms"),
    "synonym-not-list": _t("'{key}' must map to a list of terms"),
    "duplicate-id-same-file": _t("duplicate {what} {id} (also on line {first}); ignored"),
    "duplicate-id-other-file": _t("duplicate {what} {id} (also in {file}); ignored"),
    "parent-missing": _t("parent '{parent}' does not exist; shown at the top level"),
    "toc-cycle": _t("the table of contents has a cycle: {cycle}; shown at the top level"),
    "source-missing": _t("source {source} is not in sources.yaml"),
    "related-missing": _t("related section '{section}' does not exist"),
    "link-section-missing": _t("link to section '{section}', which does not exist"),
    "link-term-missing": _t("link to glossary term '{term}', which does not exist"),
    "term-see-missing": _t("term '{term}' refers to section '{section}', which does not exist"),
    "statute-section-missing": _t("statute {statute} refers to section '{section}', which does "
                                  "not exist"),
    # -- editorial checks (content/validate.py) --------------------------------------------
    "section-too-long": _t("section has {n} words; split it (at most {limit})"),
    "scenario-few-links": _t("scenario links {n} section(s); link at least {limit}"),
    "term-not-linked": _t("glossary term '{term}' is not linked from any section"),
    "no-flow-unusable": _t("no decision flow: the folder decisions/ has no usable flow, so the "
                           "decision helper and 'ipv-guide decide' cannot work"),
    "no-flow-folder-missing": _t("no decision flow: the folder decisions/ is missing, so the "
                                 "decision helper and 'ipv-guide decide' cannot work"),
    "no-flow-no-yaml": _t("no decision flow: the folder decisions/ has no .yaml file, so the "
                          "decision helper and 'ipv-guide decide' cannot work"),
    # -- the verified-provisions list (content/provisions.py) ------------------------------
    "verified-missing": _t("the verified-provisions list is missing; every cited provision "
                           "must be on it"),
    "verified-not-mapping": _t("expected 'acts' and 'provisions' at the top level"),
    "verified-unknown-key": _t("unknown key '{key}'; allowed: acts, provisions"),
    "verified-acts-not-mapping": _t("'acts' must map each Act to {{text, current_to}}"),
    "verified-act-not-mapping": _t("act '{act}' must have 'text' and 'current_to'"),
    "verified-act-no-text": _t("act '{act}': 'text' must say which text of the Act was read"),
    "verified-act-no-date": _t("act '{act}': 'current_to' must be a date like 2023-12-18"),
    "verified-provisions-not-list": _t("'provisions' must be a list of {{cite, checked}}"),
    "verified-entry-bad": _t("each entry needs 'cite' (a canonical citation) and 'checked' "
                             "(a date)"),
    "verified-entry-unknown-keys": _t("unknown key(s) {keys}; allowed: cite, checked, note"),
    "verified-malformed": _t("malformed provision '{cite}'; write it like 'PHIPA s. 40(1)'"),
    "verified-no-date": _t("'{cite}': 'checked' must be the date it was checked, like "
                           "2026-12-06"),
    "verified-act-unknown": _t("'{cite}': its Act {act} is not under 'acts' (say which text "
                               "was read)"),
    "verified-twice": _t("'{cite}' is listed twice (first on line {first})"),
    "provision-not-verified": _t("provision '{cite}' is not on {file}: check it against the "
                                 "Act's text and add it, or mark this item "
                                 "check-official-text"),
    # -- an agency's contacts (content/agency.py) -----------------------------------------
    "agency-not-used": _t("agency.yaml was not used because of the problem(s) above; the app "
                          "shows no agency contacts until it is fixed"),
    "agency-not-mapping": _t("agency.yaml must be a mapping with 'agency:' and 'contacts:' "
                             "(see docs/deploying.md)"),
    "agency-unknown-key": _t("unknown key '{key}' in agency.yaml; allowed: {allowed}"),
    "agency-too-long": _t("'{key}' is too long ({n} characters; at most {limit}): keep it to "
                          "what fits on one line of the printed card"),
    "agency-not-plain": _t("'{key}' must be plain text (no < > {{ }})"),
    "agency-no-name": _t("agency.yaml is missing required key 'agency' (the agency's name)"),
    "agency-bad-checked": _t("'checked' must be a date like 2026-12-01"),
    "agency-no-contacts": _t("agency.yaml is missing required key 'contacts' (a list of "
                             "contacts by role)"),
    "agency-contacts-not-list": _t("'contacts' must be a list; start each contact with "
                                   "'- role: ...'"),
    "agency-contacts-empty": _t("'contacts' is empty: list at least one contact"),
    "agency-contact-not-mapping": _t("each contact must be a mapping with role, phone and "
                                     "hours"),
    "agency-contact-unknown-key": _t("unknown key '{key}' in a contact; allowed: {allowed}"),
    "agency-unknown-role": _t("unknown role '{role}'; use one of: {allowed}"),
    "agency-role-twice": _t("role '{role}' is listed twice; give each role one contact"),
    "agency-bad-phone": _t("'{phone}' does not look like a phone number; write it like "
                           "416-555-0100 or 1-800-555-0100 ext. 21"),
    "agency-police-911": _t("the police non-emergency line is not 911; give the local "
                            "non-emergency number (the card already says to call 911 when "
                            "someone is in danger)"),
    "agency-procedure-not-list": _t("'procedure' must be a list of short lines"),
    "agency-procedure-too-long": _t("'procedure' has {n} lines; at most {limit} fit on the "
                                    "printed card"),
    "not-a-file": _t("is not a file; ignored"),
    "cannot-read-ignored": _t("cannot read file: {reason}; ignored"),
    "not-utf8-ignored": _t("file is not valid UTF-8 text; save it as UTF-8; ignored"),
    "file-empty-ignored": _t("file is empty; ignored"),
    "agency-yaml-invalid": _t("{error}; agency.yaml was not used"),
    "agency-fr-missing": _t("no French translation yet of {file} (the English contacts are "
                            "shown in French)"),
    "agency-fr-no-english": _t("{file} has no English original beside it; the French file "
                               "translates the English one"),
    "agency-fr-role-missing": _t("role '{role}' is in the English {file} but not in the French "
                                 "(the same roles in both)"),
    "agency-fr-phone-differs": _t("the phone of '{role}' is '{fr}' in French but '{en}' in "
                                  "English; phone numbers stay as in English"),
    "agency-fr-role-extra": _t("role '{role}' is in the French {file} but not in the English"),
    "agency-fr-checked-differs": _t("'checked' is {fr} in French but {en} in English (the same "
                                    "date)"),
    "value-none": _t("(none)"),
    # -- French beside English (content/parity/) -----------------------------------------
    "fr-typography": _t("French typography: missing non-breaking space (« », or before : ; ? !)"),
    "fr-folder-missing": _t("no French content folder"),
    "fr-section-missing": _t("no French translation yet of {file}"),
    "fr-section-no-english": _t("section '{id}' has no English original ({file}); a "
                                "translation must keep the English file name and id"),
    "fr-section-value-differs": _t("'{key}' is {fr} in French but {en} in English ({file}); "
                                   "machine values stay as in English"),
    "fr-link-missing": _t("the English links to {target}; the French does not (links keep "
                          "their targets)"),
    "fr-link-extra": _t("link to {target}, which the English section does not link to"),
    "fr-section-stale": _t("stale: {file} has changed since this was translated (its SHA-256 "
                           "is now {sha256}); update the French, then 'source_sha256'"),
    "fr-list-missing": _t("no French {file} yet (the English {items} are shown)"),
    "fr-item-only-english": _t("{what} '{id}' is in English ({file}) but not in French"),
    "fr-item-only-french": _t("{what} '{id}' is in French but not in English"),
    "fr-item-out-of-order": _t("{what} '{id}' is out of order: the English has '{english}' "
                               "here (same order as English)"),
    "fr-term-value-differs": _t("term '{term}': '{key}' is {fr} in French but {en} in "
                                "English"),
    "fr-statute-value-differs": _t("statute {statute}: '{key}' is {fr} in French but {en} in "
                                   "English"),
    "fr-source-value-differs": _t("source {source}: '{key}' is {fr} in French but {en} in "
                                  "English"),
    "fr-manifest-missing": _t("no French manifest.yaml yet (the English title and disclaimer "
                              "are shown)"),
    "fr-manifest-value-differs": _t("'{key}' is {fr} in French but {en} in English (same "
                                    "versions and dates)"),
    "fr-translated-from-bad": _t("{file} must map each French file to the SHA-256 of its "
                                 "English file"),
    "fr-translated-from-no-entry": _t("{name}: no entry in {file} (add '{name}: <sha256sum of "
                                      "the English file>')"),
    "fr-yaml-stale": _t("stale: {file} has changed since {name} was translated (its SHA-256 "
                        "is now {sha256}); update the French, then this entry"),
    "fr-translated-from-extra": _t("'{name}' is listed but there is no French {name}"),
    "fr-flow-missing": _t("the French decision flow is missing; the English flow ({file}) is "
                          "used"),
    "fr-flow-unreadable": _t("the French decision flow is not readable; the English flow "
                             "({file}) is used"),
    "fr-flow-not-flow": _t("the French decision flow is not a flow"),
    "fr-flow-item-only-english": _t("{what} '{id}' is in English but not in French"),
    "fr-flow-item-only-french": _t("{what} '{id}' is in French but not in English"),
    "fr-flow-item-moved": _t("{what} '{id}' is entry {fr} in French but {en} in English"),
    "fr-flow-item-differs": _t("{what} '{id}': {detail}"),
    "fr-flow-key-only-english": _t("'{key}' is in English but not in French"),
    "fr-flow-key-only-french": _t("'{key}' is in French but not in English"),
    "fr-flow-count-differs": _t("{fr} entries in French, {en} in English"),
    "fr-flow-value-differs": _t("{where} is {fr} in French but {en} in English"),
    "fr-flow-no-english": _t("decision flow '{id}' has no English original"),
    "value-empty-list": _t("[] (none)"),
    # -- decision flows (content/decision/parsing.py, paths.py, labels.py) ---------------
    "part-not-mapping": _t("{what} must be a set of 'key: value' lines"),
    "bad-flow-id": _t("id '{id}' must use lower-case letters, digits, - and _"),
    "question-few-choices": _t("question '{question}' needs a list of at least two choices"),
    "question-value-twice": _t("question '{question}' has the value '{value}' twice"),
    "bad-sets": _t("'sets' must map facts to one value each"),
    "bad-next": _t("'next' must be the id of a question or an outcome"),
    "question-no-not-sure": _t("question '{question}' needs a 'not sure' answer (a choice with "
                               "not_sure: true) that leads somewhere useful"),
    "bad-route": _t("'route' must be a list of {{when, goto}} rules"),
    "choice-no-next": _t("choice '{value}' of '{question}' has no 'next' and the question has "
                         "no 'route'"),
    "bad-assume": _t("'assume' must be one of the question's values"),
    "notice-no-safety": _t("notice may be required: add 'safety', the caution about notice "
                           "reaching an abusive partner"),
    "bad-continue-with": _t("'continue_with' must map a fact to one value"),
    "outcome-no-sections": _t("outcome '{outcome}' must link at least one section"),
    "no-continue-label": _t("'continue_with' needs a 'continue_label' for the button"),
    "bad-alternatives": _t("'alternatives' must be a list of {{outcome, consequence}}"),
    "bad-consult-role": _t("'{role}' is not a role; use: {allowed}"),
    "bad-groups": _t("'groups' must be a list of {{title, items}}"),
    "group-no-items": _t("a checklist group needs at least one item"),
    "not-a-list": _t("'{key}' must be a list"),
    "flow-id-not-file-name": _t("flow id '{id}' must match the file name '{file}'"),
    "duplicate-question-id": _t("duplicate question id '{id}'"),
    "duplicate-outcome-id": _t("duplicate id '{id}'"),
    "flow-too-large": _t("file is too large ({size:,} bytes); ignored"),
    "duplicate-flow-id": _t("duplicate flow id '{id}'; ignored"),
    "bad-start": _t("start '{id}' is not a question"),
    "unknown-fact": _t("'{fact}' is not a fact any question asks about"),
    "unknown-fact-value": _t("'{value}' is not a value of '{fact}' (values: {allowed})"),
    "unknown-node": _t("'{id}' is not a question or outcome"),
    "checklist-undefined": _t("checklist '{id}' is not defined"),
    "alternative-not-outcome": _t("alternative '{id}' must be another outcome of this flow"),
    "alternative-has-alternatives": _t("alternative '{id}' has alternatives of its own; point "
                                       "to the route itself"),
    "note-outcome-missing": _t("note '{note}' names outcome '{outcome}', which does not exist"),
    "notes-share-id": _t("two notes share an id"),
    "outcome-no-provisions": _t("outcome '{outcome}' cites no provisions on the path {path}: "
                                "add provisions or a note that does"),
    "continue-with-wrong": _t("'continue_with' does not answer '{question}', which leads "
                              "here"),
    "fact-asked-twice": _t("question '{question}' asks '{fact}' again on the path {path}"),
    "dead-end": _t("dead end: no route after '{question}' = '{value}' when {facts}"),
    "flow-cycle": _t("the flow has a cycle: {path}"),
    "too-many-paths": _t("the flow has more than {limit} paths"),
    "question-unreachable": _t("question '{id}' cannot be reached from the start"),
    "outcome-unreachable": _t("outcome '{id}' cannot be reached from the start"),
    "note-never-applies": _t("note '{id}' never applies to any outcome"),
    "checklist-unused": _t("checklist '{id}' is not used by any question"),
    "bad-labels": _t("'labels' must be a list of '- id: ...' / 'text: ...' entries"),
    "unknown-label": _t("unknown label '{id}'; the labels are: {allowed}"),
    "label-twice": _t("label '{id}' is given twice"),
    "label-placeholders": _t("label '{id}' must keep its placeholders as they are "
                             "({placeholders})"),
    "value-no-placeholders": _t("none"),
    # -- the parts of a file a message names (values of {what}) --------------------------
    "part-key": _t("{key}"),
    "part-section-front-matter": _t("section front matter"),
    "part-manifest": _t("manifest"),
    "part-source": _t("source"),
    "part-glossary-term": _t("glossary term"),
    "part-statute": _t("statute"),
    "part-id": _t("id"),
    "part-source-number": _t("source number"),
    "parts-glossary-terms": _t("glossary terms"),
    "parts-statutes": _t("statutes"),
    "parts-sources": _t("sources"),
    "part-question": _t("question"),
    "part-outcome": _t("outcome"),
    "part-note": _t("note"),
    "part-checklist": _t("checklist"),
    "part-whole-file": _t("the file"),
    "part-choice": _t("choice"),
    "part-route-rule": _t("route rule"),
    "part-notice": _t("notice"),
    "part-alternative": _t("alternative"),
    "part-checklist-group": _t("checklist group"),
    "part-decision-flow": _t("decision flow"),
    "part-label": _t("label"),
    "part-glossary-id": _t("glossary id"),
    # -- the kinds of special file (values of not-regular-file) ----------------------------
    "what-folder": _t("a folder"),
    "what-fifo": _t("a pipe (FIFO)"),
    "what-device": _t("a device"),
    "what-socket": _t("a socket"),
    "what-special": _t("a special file"),
}
