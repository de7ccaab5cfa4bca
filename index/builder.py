"""Write the index: every section and glossary term, then one meta document.

Used by :mod:`index.store` (cache folder or RAM) and by the packaging step
(:func:`index.build_index` into a folder shipped with the app).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from content.model import SECTORS, STATUTES, Library
from index.analysis import join_parts
from index.documents import IndexDoc, all_docs, translation_for
from index.manifest import write_manifest
from index.schema import SCHEMA_VERSION, make_schema
from index.textproc import MIN_WORD_LEN, TOKEN_RE, fold, pipeline, strip_invisible
from index.types import IndexBuildCancelled

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def _stored(doc: IndexDoc, text: str, spans: list[tuple[int, int]]) -> dict[str, Any]:
    return {
        "kind": doc.kind,
        "id": doc.id,
        "section_id": doc.section_id,
        "title": doc.title,
        "summary": doc.summary,
        "statutes": list(doc.statutes),
        "sectors": list(doc.sectors),
        "provisions": list(doc.provisions),
        "text": text,
        # (part code, start, end, anchor) -- offsets into text
        "parts": [(p.code, s, e, p.anchor) for p, (s, e) in zip(doc.parts, spans, strict=True)],
    }


def _surface_words(doc: IndexDoc, stop: frozenset[str],
                   accented: dict[str, str] | None = None) -> set[str]:
    """The document's distinct words as typed (folded, unstemmed): the spelling vocabulary."""
    return _words_of(" ".join(strip_invisible(p.text) for p in doc.parts), stop, accented)


def _words_of(text: str, stop: frozenset[str], accented: dict[str, str] | None = None
              ) -> set[str]:
    """The distinct folded words of ``text``; ``accented`` gets ``{folded: as written}`` for
    each word written with accents (what "Did you mean" shows a French reader)."""
    raw = set(TOKEN_RE.findall(text.lower()))
    out = set()
    for w in raw:
        if not w.isascii():
            f = fold(w)
            if accented is not None and f != w and f.isalpha():
                accented.setdefault(f, w)
            w = f
        if len(w) >= MIN_WORD_LEN and w not in stop:
            out.add(w)
    return out


def _cases(text: str, caps: set[str], lower: set[str]) -> None:
    """Add the folded words of ``text`` written in capitals ("CAS") to ``caps`` and those
    with a lower-case letter ("cas", "Cas") to ``lower``."""
    for w in TOKEN_RE.findall(text):
        if len(w) < MIN_WORD_LEN or not w.isalpha():
            continue
        (caps if w.isupper() else lower).add(fold(w))


def _codec() -> Any:
    """Whoosh's codec without zlib on posting blocks: faster to write and to read."""
    from whoosh.codec.whoosh3 import W3Codec

    return W3Codec(compression=0)


def write_documents(ix: Any, library: Library, *, docs: Iterable[IndexDoc] | None = None,
                    progress: Progress | None = None,
                    is_cancelled: Cancelled | None = None) -> int:
    """Add every document of ``library`` to the empty Whoosh index ``ix``; return the count.

    One writer, one segment: document numbers follow the order written, which the meta
    document (written last) relies on. ``docs`` replaces the library's own documents (the
    benchmark's synthetic corpus); the synonyms still come from ``library``.
    """
    other = translation_for(library) if docs is None else None
    docs = list(all_docs(library, other) if docs is None else docs)
    total = len(docs)
    lang = pipeline(library.language)
    vocab: dict[str, int] = {}
    alt_vocab: set[str] = set()
    accented: dict[str, str] | None = {} if library.language != "en" else None
    caps: set[str] = set()  # words written in capitals somewhere ("CAS", "SAE")
    lower: set[str] = set()  # words written in lower case somewhere ("dans ce cas")
    kinds = {s.id: s.kind for s in library.sections}
    scenarios: list[int] = []  # document numbers of worked scenarios (see index.scoring)
    table = []
    step = max(1, total // 100)
    # procs=1 keeps a single segment (document numbers in order); the with-block commits,
    # or cancels the write if anything (including a cancellation) is raised.
    with ix.writer(limitmb=256, procs=1, codec=_codec()) as writer:
        for n, doc in enumerate(docs):
            if is_cancelled is not None and n % 16 == 0 and is_cancelled():
                raise IndexBuildCancelled()
            # a soft hyphen or zero-width space pasted into the content must not split a word
            text, spans = join_parts([(p.code, strip_invisible(p.text)) for p in doc.parts])
            if doc.alt:
                alt = strip_invisible(doc.alt)
                writer.add_document(kind=doc.kind, text=text, title=doc.title, alt=alt,
                                    data=_stored(doc, text, spans))
                alt_vocab |= _words_of(alt, frozenset())
            else:
                writer.add_document(kind=doc.kind, text=text, title=doc.title,
                                    data=_stored(doc, text, spans))
            for w in _surface_words(doc, lang.stop_words, accented):
                vocab[w] = vocab.get(w, 0) + 1
            _cases(text, caps, lower)
            table.append((doc.kind, doc.id, list(doc.statutes), list(doc.sectors)))
            if doc.kind == "section" and kinds.get(doc.id) == "scenario":
                scenarios.append(n)
            if progress is not None and (n % step == 0 or n == total - 1):
                progress(n + 1, total + 1)
        writer.add_document(kind="meta", data={
            "schema_version": SCHEMA_VERSION,
            "content_hash": library.content_hash,
            "docs": table,
            "vocab": vocab,
            "synonyms": {k: list(v) for k, v in library.synonyms.items()},
            "language": library.language,
            # French words as written, for "Did you mean" ("securite" -> "sécurité")
            "accented": accented or {},
            # words the pages write in capitals and also in lower case: typed in capitals,
            # such a word is taken for the short form it also is (French "CAS": the
            # children's aid society, not "cas", a case; see index.resolve)
            "caps_and_lower": sorted(caps & lower),
            "scenarios": scenarios,
            # the other language's words and synonyms, for queries typed in it
            "alt_vocab": sorted(alt_vocab),
            "alt_synonyms": {k: list(v) for k, v in other.synonyms.items()}
            if other is not None and alt_vocab else {},
            "statute_order": list(STATUTES),
            "sector_order": list(SECTORS),
        })
    if progress is not None:
        progress(total + 1, total + 1)
    return total


def build_index(library: Library, target_dir: Path | str, *, progress: Progress | None = None,
                is_cancelled: Cancelled | None = None) -> Path:
    """Build a complete index (with its manifest) into ``target_dir``.

    ``target_dir`` is created if needed and must not already hold an index. The packaging
    step calls this to ship a prebuilt index (see ``open_or_build(prebuilt_dir=...)``).

    Returns:
        ``target_dir`` as a Path.
    """
    from whoosh.index import create_in

    target = Path(target_dir)
    target.mkdir(parents=True, exist_ok=True)
    ix = create_in(str(target), make_schema(library.language))
    try:
        count = write_documents(ix, library, progress=progress, is_cancelled=is_cancelled)
    finally:
        ix.close()
    write_manifest(target, library.content_hash, count)
    return target


def ram_storage() -> Any:
    """Whoosh's ``RamStorage``, with its temporary files in RAM too.

    Stock ``RamStorage.temp_storage()`` puts the writer's scratch files (postings being
    sorted, the compound file being assembled) in the system temp folder; this subclass
    overrides that public method so building an index writes nothing to disk at all.
    """
    from whoosh.filedb.filestore import RamStorage

    class _AllRam(RamStorage):  # type: ignore[misc]
        def temp_storage(self, name: str | None = None) -> Any:
            return _AllRam()

    return _AllRam()


def build_in_memory(library: Library, *, progress: Progress | None = None,
                    is_cancelled: Cancelled | None = None) -> Any:
    """A Whoosh index of ``library`` in RAM (nothing written to disk, not even temp files)."""
    ix = ram_storage().create_index(make_schema(library.language))
    write_documents(ix, library, progress=progress, is_cancelled=is_cancelled)
    return ix
