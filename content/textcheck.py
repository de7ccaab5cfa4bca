"""Text a content file must not contain, whatever its format.

- Control characters (other than tab and line breaks), and characters that are invisible or
  change how the text around them is shown: bidirectional overrides (``U+202E`` shows the
  rest of a line backwards, so "s. 40(1)" can read as another section), zero-width
  characters and soft hyphens (a word that looks right but is never found by search),
  Unicode "tag" characters (invisible text), and the line and paragraph separators
  ``U+2028``/``U+2029``/``U+0085``, which Python and YAML count as line breaks and a text
  editor does not, so every line number after them would be wrong.
- "Words" longer than :data:`MAX_WORD_LETTERS` letters: no real word is that long, and one
  of 990,000 letters made the search index's spelling corrector do quadratic work.
"""

from __future__ import annotations

import re
import unicodedata

from content.messages import Msg, msg

#: The longest word in the shipped content has 30 letters; English words top out near 45.
MAX_WORD_LETTERS = 60
#: The longest paragraph in the shipped content has about 2,600 characters. The Markdown
#: parser's work grows faster than the length of one block (100 KB of brackets: 6 s).
MAX_BLOCK_CHARS = 20_000

_BAD_CHAR = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"  # C0 (not tab, LF, CR), DEL, C1 (incl. U+0085)
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e"  # soft hyphen and other invisibles
    "\u200b-\u200f"  # zero-width space/joiners, LRM, RLM
    "\u2028-\u202e"  # line/paragraph separators, bidi embeddings and overrides
    "\u2060-\u206f"  # word joiner, invisible operators, bidi isolates, deprecated formats
    "\u3164\ufeff\uffa0\ufff9-\ufffb"  # fillers, BOM inside the text, interlinear annotation
    "\U0001d173-\U0001d17a\U000e0000-\U000e0fff]"  # musical formats, tags, VS supplement
)
#: The characters of :data:`_BAD_CHAR` that are ASCII: all a text that is ASCII can hold
#: (searching for these few is five times faster).
_BAD_ASCII = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_LONG_WORD = re.compile(rf"\w{{{MAX_WORD_LETTERS + 1},}}")


def _describe(ch: str) -> Msg:
    name = unicodedata.name(ch, "")
    if not name:
        name = {"\x00": "NULL", "\x85": "NEXT LINE"}.get(ch, "")
    if not name:
        return msg("invisible-character-unnamed", code=f"U+{ord(ch):04X}")
    return msg("invisible-character", code=f"U+{ord(ch):04X}", name=name)


def _line(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


def first_text_problem(text: str) -> tuple[int, Msg] | None:
    """(1-based line, message) for the first thing in ``text`` a content file must not
    contain, or None."""
    m = (_BAD_ASCII if text.isascii() else _BAD_CHAR).search(text)
    if m is not None:
        return _line(text, m.start()), _describe(m.group())
    for m in _long_words(text):
        if _in_web_address(text, m.start()):
            continue  # a web address may hold long names; it is shown, never split into words
        if _SHA256_LINE.match(text, text.rfind("\n", 0, m.start()) + 1):
            continue  # a translation's "source_sha256: <64 hex digits>" (never shown)
        n = m.end() - m.start()
        return _line(text, m.start()), msg("long-word", n=n, start=m.group()[:20],
                                           limit=MAX_WORD_LETTERS)
    return None


def _long_words(text: str) -> list[re.Match[str]]:
    """What ``_LONG_WORD.finditer(text)`` finds, in the same order, about four times faster.

    No run of letters spans white space, so only the rare space-separated tokens longer than
    :data:`MAX_WORD_LETTERS` can hold one (splitting is fast, the regex over a whole file
    is not: this check ran over every content file at every start)."""
    words = text.split()
    if len(max(words, key=len, default="")) <= MAX_WORD_LETTERS:
        return []  # the usual case, found without a Python loop over every word
    tokens = {t for t in words if len(t) > MAX_WORD_LETTERS}
    matches: list[re.Match[str]] = []
    for token in tokens:
        if _LONG_WORD.search(token) is None:
            continue  # a long address or a run of punctuation, with no long word in it
        start = text.find(token)
        while start != -1:
            end = start + len(token)
            if (start == 0 or text[start - 1].isspace()) and \
                    (end == len(text) or text[end].isspace()):  # the whole token, not a part
                matches += _LONG_WORD.finditer(text, start, end)
            start = text.find(token, start + 1)
    return sorted(matches, key=lambda m: m.start())


_SPACE = re.compile(r"[\s(<\[\"']")
#: A line that records a SHA-256: a translated section's ``source_sha256`` or an entry of
#: ``translated-from.yaml`` (``glossary.yaml: <64 hex digits>``).
_SHA256_LINE = re.compile(r"(?:source_sha256|[\w./-]+\.(?:yaml|md)):[ \t]*['\"]?"
                          r"[0-9a-f]{64}['\"]?[ \t]*$", re.MULTILINE)


def _in_web_address(text: str, pos: int) -> bool:
    """True if ``pos`` is inside a web address (``https://…``, ``www.…``, ``mailto:…``)."""
    start = pos
    while start > 0 and not _SPACE.match(text[start - 1]):
        start -= 1
        if pos - start > 2_000:  # no address is that long before its word
            return False
    token = text[start:pos].lower()
    return "://" in token or token.startswith(("www.", "mailto:"))


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def first_body_problem(body: str) -> tuple[int, Msg] | None:
    """(1-based line within ``body``, message) for a Markdown block too long to parse
    safely, or None."""
    if len(body) <= MAX_BLOCK_CHARS:
        return None  # no block can be longer than the whole body
    pos = 0
    for m in [*_BLANK_LINE.finditer(body), None]:
        end = m.start() if m is not None else len(body)
        if end - pos > MAX_BLOCK_CHARS:
            return _line(body, pos), msg("long-block", n=end - pos, limit=MAX_BLOCK_CHARS)
        if m is not None:
            pos = m.end()
    return None
