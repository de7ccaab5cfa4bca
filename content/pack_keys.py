"""The keys that sign content packs (:mod:`content.pack`): Ed25519 from PyNaCl, a public key
as one line of text (``ipv-guide-ed25519 <base64> comment``), the private key in an
owner-only file; and :class:`PackError`, every refusal a person can act on.
"""

from __future__ import annotations

import base64
import hashlib
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from content.messages import Msg, Value, as_msg, msg

if TYPE_CHECKING:
    from nacl.signing import SigningKey

PUBLIC_KEY_TAG = "ipv-guide-ed25519"


class PackError(Exception):
    """A pack or key that cannot be used: ``str()`` is the reason in English, ``msg`` the
    same as a message kind (:mod:`content.messages`) to say in another language."""

    def __init__(self, message: Msg | str):
        self.msg = as_msg(message)
        super().__init__(self.msg.text)


# -- keys -----------------------------------------------------------------------------

@dataclass(frozen=True)
class PublicKey:
    raw: bytes
    comment: str = ""
    source: str = ""

    @property
    def key_id(self) -> str:
        return hashlib.sha256(self.raw).hexdigest()[:16]

    def line(self) -> str:
        text = f"{PUBLIC_KEY_TAG} {base64.b64encode(self.raw).decode()}"
        return f"{text} {self.comment}".rstrip()


def parse_public_key(text: str, source: str = "") -> PublicKey:
    parts = text.strip().split(None, 2)
    where: Value = source or msg("pack-the-key")  # for a message: where the key was read
    if len(parts) < 2 or parts[0] != PUBLIC_KEY_TAG:
        raise PackError(msg("pack-not-public-key", source=where, tag=PUBLIC_KEY_TAG))
    try:
        raw = base64.b64decode(parts[1], validate=True)
    except ValueError:
        raise PackError(msg("pack-key-not-base64", source=where)) from None
    if len(raw) != 32:
        raise PackError(msg("pack-key-length", source=where, n=len(raw)))
    return PublicKey(raw, parts[2] if len(parts) > 2 else "", source)


def read_small_file(path: Path, limit: int = 64 * 1024) -> str:
    """A small text file's contents. A pipe, a device or a folder is never opened (reading
    a pipe waits for a writer for ever); nor is a file over ``limit`` bytes read.

    Raises:
        OSError: missing, not a regular file, too big, unreadable.
    """
    st = os.stat(path)
    if not stat.S_ISREG(st.st_mode):
        raise OSError(f"{path}: not a regular file")
    if st.st_size > limit:
        raise OSError(f"{path}: larger than {limit:,} bytes")
    with open(path, encoding="utf-8", errors="replace") as fh:
        return fh.read(limit)


def load_public_keys(folders: Iterable[Path]) -> list[PublicKey]:
    """Every ``*.pub`` key in ``folders`` (missing folders are skipped; bad keys are errors)."""
    keys: list[PublicKey] = []
    for folder in folders:
        try:
            if not folder.is_dir():
                continue
            found = sorted(folder.glob("*.pub"))
        except OSError:
            continue
        for path in found:
            try:
                text = read_small_file(path)
            except OSError as exc:
                raise PackError(msg("pack-key-unreadable", file=str(path),
                                    detail=str(exc))) from None
            keys.append(parse_public_key(text, str(path)))
    return keys


PRIVATE_KEY_TAG = "ipv-guide-ed25519-private"


def generate_key(private_path: Path, comment: str = "") -> PublicKey:
    """Write a new private key (owner-only) and ``<private_path>.pub``; return the public key."""
    from nacl.signing import SigningKey

    if private_path.exists():
        raise PackError(msg("pack-key-exists", file=str(private_path)))
    key = SigningKey.generate()
    seed = base64.b64encode(key.encode()).decode()
    fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(f"{PRIVATE_KEY_TAG} {seed}\n")
    public = PublicKey(key.verify_key.encode(), comment)
    Path(f"{private_path}.pub").write_text(public.line() + "\n", encoding="utf-8")
    return public


def _load_private_key(path: Path) -> SigningKey:
    from nacl.signing import SigningKey

    try:
        parts = path.read_text(encoding="utf-8").split()
        if len(parts) != 2 or parts[0] != PRIVATE_KEY_TAG:
            raise ValueError("not a key file")
        seed = base64.b64decode(parts[1], validate=True)
        return SigningKey(seed)
    except (OSError, UnicodeDecodeError, ValueError, TypeError) as exc:
        raise PackError(msg("pack-not-private-key", file=str(path), detail=str(exc))) from None


def sign_bytes(key_path: Path, data: bytes) -> tuple[PublicKey, bytes]:
    """The signer's public key and the Ed25519 signature of ``data``."""
    key = _load_private_key(key_path)
    return PublicKey(key.verify_key.encode()), key.sign(data).signature
