# ruff: noqa: E501 - one line per message template, as lupdate and editors read them
"""Content packs (content/pack.py, pack_store.py, pack_french.py, the pack commands)."""

from __future__ import annotations

from content.problem_kinds import QT_TRANSLATE_NOOP

KINDS: dict[str, str] = {
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
    "pack-key-unreadable": QT_TRANSLATE_NOOP(
        "ContentProblems", "{file}: not a public key ({detail})"),
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
}
