"""Signed content packs: one zip file holding a content folder, a manifest and a signature.

A pack is how an updated guide (or an agency's own overlay) reaches a computer without a new
build of the app. Layout of the zip::

    manifest.json   format, kind, content version and date, the app versions it works with,
                    every content file with its SHA-256, and the signing key's id
    manifest.sig    {"key_id": ..., "signature": base64 Ed25519 signature of manifest.json}
    content/...     the content files (Markdown and YAML only), exactly those in the manifest,
                    French included: the guide's ``fr/`` folder, or an agency pack's ``fr/``
                    part (the French of its agency.yaml and sections, same names and ids)

Signatures are Ed25519 from PyNaCl (the Python Cryptographic Authority's binding to libsodium);
nothing here is home-made cryptography. (PyNaCl rather than ``cryptography``: the latter's
12 MB OpenSSL binding alone would push the bundle past its 100 MB target.)
Opening a pack never executes or unpickles anything: it reads bytes, checks
their names, sizes and hashes, and verifies the signature against the trusted keys given.
Every refusal is a :class:`PackError` whose message is one line a person can act on.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import re
import stat
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path, PurePosixPath

from content.messages import msg

# the keys and PackError live in content.pack_keys; said here too, for callers
from content.pack_keys import PUBLIC_KEY_TAG as PUBLIC_KEY_TAG
from content.pack_keys import PackError as PackError
from content.pack_keys import PublicKey as PublicKey
from content.pack_keys import generate_key as generate_key
from content.pack_keys import load_public_keys as load_public_keys
from content.pack_keys import parse_public_key as parse_public_key
from content.pack_keys import read_small_file as read_small_file
from content.pack_keys import sign_bytes as sign_bytes

FORMAT = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
PREFIX = "content/"
KINDS = ("content", "agency")
#: The files a content folder is made of: everything else is left out of a pack.
CONTENT_SUFFIXES = (".md", ".yaml")
#: An agency pack may carry only these (laid over the main content): its contacts and its
#: own sections, and, for an agency that serves in French too, their French versions in
#: ``fr/`` (the same file names and ids; each mirrors an English file of the same pack).
AGENCY_FILES = re.compile(r"^(fr/)?(agency\.yaml|sections/[a-z0-9-]+\.md)$")
#: The folder of an agency pack's French part.
FRENCH_PART = "fr/"
AGENCY_ONLY = msg("pack-agency-only")


def unmirrored_french(paths: Iterable[str]) -> list[str]:
    """The French files (``fr/...``) of an agency pack with no English file of the same
    name in the pack: a French part only translates the pack's own English part (a French
    file alone would silently replace the guide's own French text)."""
    have = set(paths)
    return sorted(p for p in have
                  if p.startswith(FRENCH_PART) and p[len(FRENCH_PART):] not in have)

MAX_ENTRIES = 2_000
MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_TOTAL_BYTES = 64 * 1024 * 1024
MAX_RATIO = 100  # uncompressed / compressed, per entry (a zip bomb is far above this)
MAX_MANIFEST_BYTES = 1024 * 1024
# -- versions -----------------------------------------------------------------------

def version_tuple(text: str) -> tuple[int, ...]:
    """``"2026.12.1"`` -> ``(2026, 12, 1)``; PackError if it is not dotted numbers."""
    if not re.fullmatch(r"\d+(\.\d+)*", text or ""):
        raise PackError(msg("pack-bad-version", version=text))
    return tuple(int(p) for p in text.split("."))


# -- the manifest ---------------------------------------------------------------------

@dataclass(frozen=True)
class PackManifest:
    kind: str
    content_version: str
    content_date: str
    app_min: str
    app_max: str
    files: Mapping[str, str]  # path inside content/ -> sha256 hex
    key_id: str
    format: int = FORMAT

    def to_bytes(self) -> bytes:
        data = {"format": self.format, "kind": self.kind,
                "content_version": self.content_version, "content_date": self.content_date,
                "app_min": self.app_min, "app_max": self.app_max, "key_id": self.key_id,
                "files": dict(sorted(self.files.items()))}
        return json.dumps(data, indent=1, ensure_ascii=False).encode("utf-8") + b"\n"

    @classmethod
    def from_bytes(cls, raw: bytes) -> PackManifest:
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise PackError(msg("pack-manifest-not-json")) from None
        if not isinstance(data, dict):
            raise PackError(msg("pack-manifest-not-object"))
        if data.get("format") != FORMAT:
            raise PackError(msg("pack-bad-format", format=repr(data.get("format")),
                                expected=FORMAT))
        files = data.get("files")
        if not isinstance(files, dict) or not all(
                isinstance(k, str) and isinstance(v, str) and re.fullmatch(r"[0-9a-f]{64}", v)
                for k, v in files.items()):
            raise PackError(msg("pack-manifest-no-files"))
        texts = {}
        for key in ("kind", "content_version", "content_date", "app_min", "app_max", "key_id"):
            value = data.get(key, "")
            if not isinstance(value, str):
                raise PackError(msg("pack-manifest-bad-key", key=key))
            texts[key] = value
        if texts["kind"] not in KINDS:
            raise PackError(msg("pack-unknown-kind", pack_kind=texts["kind"]))
        version_tuple(texts["content_version"])
        return cls(kind=texts["kind"], content_version=texts["content_version"],
                   content_date=texts["content_date"], app_min=texts["app_min"],
                   app_max=texts["app_max"], key_id=texts["key_id"], files=dict(files))

    def works_with(self, app_version: str) -> bool:
        v = version_tuple(app_version)
        if self.app_min and v < version_tuple(self.app_min):
            return False
        return not (self.app_max and v > version_tuple(self.app_max))


# -- building --------------------------------------------------------------------------

def content_files(folder: Path, kind: str = "content") -> dict[str, bytes]:
    """The files of a content folder that go into a pack, keyed by their POSIX path."""
    out: dict[str, bytes] = {}
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if any(part.startswith(".") for part in PurePosixPath(rel).parts):
            continue
        if path.is_symlink():
            raise PackError(msg("pack-file-is-link", file=rel))
        if path.is_dir() or not path.name.endswith(CONTENT_SUFFIXES):
            continue
        if kind == "agency" and not AGENCY_FILES.match(rel):
            raise PackError(msg("pack-file-not-agency", file=rel, why=AGENCY_ONLY))
        data = path.read_bytes()
        if len(data) > MAX_FILE_BYTES:
            raise PackError(msg("pack-file-too-large", file=rel, mb=MAX_FILE_BYTES // 2**20))
        out[rel] = data
    if not out:
        raise PackError(msg("pack-no-files", folder=str(folder)))
    if kind == "agency":
        lone = unmirrored_french(out)
        if lone:
            raise PackError(msg("pack-french-needs-english", file=lone[0],
                                english=lone[0][len(FRENCH_PART):]))
    return out


def build_pack(files: Mapping[str, bytes], key_path: Path, out: Path, *, kind: str,
               content_version: str, content_date: date, app_min: str = "",
               app_max: str = "") -> PackManifest:
    """Sign ``files`` with the key at ``key_path`` and write the pack to ``out`` atomically.

    The caller checks the content first (``ipv-guide pack build`` runs check-content).
    """
    signer, _ = sign_bytes(key_path, b"")
    manifest = PackManifest(kind, content_version, content_date.isoformat(), app_min, app_max,
                            {p: hashlib.sha256(b).hexdigest() for p, b in files.items()},
                            signer.key_id)
    version_tuple(content_version)
    body = manifest.to_bytes()
    _, signature = sign_bytes(key_path, body)
    sig = {"key_id": manifest.key_id, "signature": base64.b64encode(signature).decode()}
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(MANIFEST, body)
        z.writestr(SIGNATURE, json.dumps(sig) + "\n")
        for rel, data in sorted(files.items()):
            z.writestr(PREFIX + rel, data)
    tmp = out.with_name(f".{out.name}.tmp{os.getpid()}")
    tmp.write_bytes(buf.getvalue())
    os.replace(tmp, out)
    return manifest


# -- opening and verifying --------------------------------------------------------------

@dataclass(frozen=True)
class VerifiedPack:
    manifest: PackManifest
    files: Mapping[str, bytes] = field(repr=False)
    key: PublicKey


def _safe_name(name: str) -> bool:
    if not name or "\\" in name or "\x00" in name or name.startswith("/"):
        return False
    if re.match(r"^[A-Za-z]:", name):
        return False
    parts = PurePosixPath(name).parts
    return all(p not in ("..", ".", "") for p in parts) and not any(
        p.startswith(".") for p in parts)


def _read_limited(z: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """The entry's bytes, refusing more than ``limit`` whatever its header claims."""
    with z.open(info) as f:
        data = f.read(limit + 1)
    if len(data) > limit:
        raise PackError(msg("pack-entry-too-large", file=info.filename, limit=limit))
    return data


def open_pack(path: Path, trusted: Iterable[PublicKey], app_version: str) -> VerifiedPack:
    """Read and verify a pack; PackError (one line) if anything is wrong. Nothing is written."""
    try:
        z = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise PackError(msg("pack-no-such-file", file=str(path))) from None
    except (zipfile.BadZipFile, OSError) as exc:
        raise PackError(msg("pack-not-a-pack", pack=path.name, detail=str(exc))) from None
    with z:
        infos = z.infolist()
        if len(infos) > MAX_ENTRIES:
            raise PackError(msg("pack-too-many-files", pack=path.name, n=len(infos)))
        names: set[str] = set()
        total = 0
        for info in infos:
            name = info.filename
            if not _safe_name(name):
                raise PackError(msg("pack-unsafe-name", pack=path.name, name=name[:80]))
            if name in names:
                raise PackError(msg("pack-name-twice", pack=path.name, name=name))
            names.add(name)
            if stat.S_ISLNK(info.external_attr >> 16):
                raise PackError(msg("pack-entry-is-link", pack=path.name, name=name))
            if info.is_dir():
                continue
            if info.file_size > MAX_FILE_BYTES:
                raise PackError(msg("pack-entry-large", pack=path.name, name=name))
            if info.file_size > MAX_RATIO * max(info.compress_size, 1) and info.file_size > 4096:
                raise PackError(msg("pack-zip-bomb", pack=path.name, name=name))
            total += info.file_size
            if total > MAX_TOTAL_BYTES:
                raise PackError(msg("pack-too-big", pack=path.name, mb=MAX_TOTAL_BYTES // 2**20))
        if MANIFEST not in names or SIGNATURE not in names:
            raise PackError(msg("pack-not-signed", pack=path.name))
        body = _read_limited(z, z.getinfo(MANIFEST), MAX_MANIFEST_BYTES)
        sig_raw = _read_limited(z, z.getinfo(SIGNATURE), 4096)
        key = _check_signature(body, sig_raw, list(trusted), path.name)
        manifest = PackManifest.from_bytes(body)
        if manifest.key_id != key.key_id:
            raise PackError(msg("pack-other-key", pack=path.name))
        files: dict[str, bytes] = {}
        for name in sorted(names - {MANIFEST, SIGNATURE}):
            info = z.getinfo(name)
            if info.is_dir():
                continue
            rel = name[len(PREFIX):] if name.startswith(PREFIX) else None
            if rel is None or rel not in manifest.files:
                raise PackError(msg("pack-not-in-manifest", pack=path.name, name=name))
            data = _read_limited(z, info, MAX_FILE_BYTES)
            if hashlib.sha256(data).hexdigest() != manifest.files[rel]:
                raise PackError(msg("pack-changed", pack=path.name, name=rel))
            files[rel] = data
        missing = sorted(set(manifest.files) - set(files))
        if missing:
            raise PackError(msg("pack-incomplete", pack=path.name, name=missing[0]))
    if not manifest.works_with(app_version):
        anyv = msg("pack-any-version")
        raise PackError(msg("pack-app-version", pack=path.name, low=manifest.app_min or anyv,
                            high=manifest.app_max or anyv, version=app_version))
    if manifest.kind == "agency":
        bad = next((r for r in files if not AGENCY_FILES.match(r)), None)
        if bad:
            raise PackError(msg("pack-agency-file", pack=path.name, name=bad))
        lone = unmirrored_french(files)
        if lone:
            raise PackError(msg("pack-french-alone", pack=path.name, name=lone[0]))
    return VerifiedPack(manifest, files, key)


def _check_signature(body: bytes, sig_raw: bytes, trusted: list[PublicKey],
                     name: str) -> PublicKey:
    from nacl.exceptions import BadSignatureError
    from nacl.signing import VerifyKey

    try:
        sig = json.loads(sig_raw.decode("utf-8"))
        key_id = str(sig["key_id"])
        signature = base64.b64decode(sig["signature"], validate=True)
    except (UnicodeDecodeError, ValueError, KeyError, TypeError):
        raise PackError(msg("pack-signature-damaged", pack=name)) from None
    key = next((k for k in trusted if k.key_id == key_id), None)
    if key is None:
        raise PackError(msg("pack-untrusted-key", pack=name, key=key_id))
    try:
        VerifyKey(key.raw).verify(body, signature)
    except (BadSignatureError, ValueError, TypeError):
        raise PackError(msg("pack-signature-mismatch", pack=name)) from None
    return key

