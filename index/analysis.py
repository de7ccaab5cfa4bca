"""The one Whoosh analyzer: the :mod:`index.textproc` pipeline, plus weighted parts.

A document's searchable text is one string made of *parts* (title, summary, glossary terms,
provisions, then one part per passage). Each part starts with :data:`PART_MARK` and a code
letter that sets the weight of its words (title words count 4x body words, and so on); a
gap in positions between parts keeps phrases from running across two parts. Whoosh's
``Characters`` format stores every word's character offsets, so snippets and "which
passage matched" never re-analyse text at query time.

The analyzer is pickled into the index schema, so renaming this class means bumping
``SCHEMA_VERSION`` (an old index then fails to open and is rebuilt).
"""

from __future__ import annotations

from collections.abc import Iterator

from whoosh.analysis import Analyzer, Token

from index.textproc import TOKEN_RE, pipeline

PART_MARK = "\x1e"

#: Part code -> weight of each word in that part.
PART_WEIGHTS = {
    "T": 4.0,  # section title / glossary term
    "A": 3.0,  # glossary aliases
    "S": 2.0,  # summary
    "G": 2.0,  # glossary terms the section links to
    "M": 1.5,  # statutes and provisions
    "H": 1.5,  # a heading in the body
    "B": 1.0,  # body passage
}
PART_GAP = 10  # positions skipped between parts (larger than any phrase)


class PartsAnalyzer(Analyzer):  # type: ignore[misc]  # whoosh is untyped (Any)
    """Tokenize, fold, drop stop words, stem, and weight by part (see module docstring).

    ``lang`` picks the word pipeline (:func:`index.textproc.pipeline`): ``"en"`` or ``"fr"``.
    """

    def __init__(self, lang: str = "en"):
        pipeline(lang)  # an unknown language fails here, not at the first document
        self.lang = lang

    @property
    def language(self) -> str:
        return getattr(self, "lang", "en")  # an analyzer pickled before languages existed

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PartsAnalyzer) and other.language == self.language

    def __hash__(self) -> int:
        return hash(("PartsAnalyzer", self.language))

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        mode: str = "",
        **kwargs: object,
    ) -> Iterator[Token]:
        t = Token(positions, chars, removestops=removestops, mode=mode)
        t.stopped = False  # this analyzer drops stop words itself; nothing sets it again
        pos = start_pos
        finditer = TOKEN_RE.finditer
        term_of = pipeline(self.language).index_term
        offset = start_char
        for n, part in enumerate(value.split(PART_MARK)):
            body = part
            if n:  # every piece after a mark starts with its code letter
                t.boost = PART_WEIGHTS.get(part[:1], 1.0)
                body = part[1:]
                offset += 2  # the mark and the code letter
                pos += PART_GAP
            elif not body:
                continue
            else:
                t.boost = 1.0
            for m in finditer(body):
                word = m.group()
                term = term_of(word)
                if term is None:
                    continue
                t.text = term
                if keeporiginal:
                    t.original = word
                if positions:
                    t.pos = pos
                pos += 1
                if chars:
                    t.startchar = offset + m.start()
                    t.endchar = offset + m.end()
                yield t
            offset += len(body)


def join_parts(parts: list[tuple[str, str]]) -> tuple[str, list[tuple[int, int]]]:
    """Build the document string from ``(code, text)`` parts.

    Returns:
        The string to index (and store), and each part's ``(start, end)`` character span in
        it (the text itself, without the mark).
    """
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    length = 0
    for code, text in parts:
        text = text.replace(PART_MARK, " ")
        out.append(PART_MARK + code)
        length += 2
        spans.append((length, length + len(text)))
        out.append(text)
        length += len(text)
    return "".join(out), spans
