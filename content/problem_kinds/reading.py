# ruff: noqa: E501 - one line per message template, as lupdate and editors read them
"""Reading a file, its fields, sections and lists, and the editorial checks."""

from __future__ import annotations

from content.problem_kinds import QT_TRANSLATE_NOOP

KINDS: dict[str, str] = {
    # -- reading a file (content/files.py, textcheck.py, yamlio.py) ------------------------
    # a message not yet given a kind of its own: said as it is in every language
    "untranslated": QT_TRANSLATE_NOOP(
        "ContentProblems", "{text}"),
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
}
