"""Markdown rendering, in one place: to HTML (reader and print) and to plain text (index).

Raw HTML in content is never passed through, images are replaced by their alt text, and
only ``section:``, ``glossary:``, ``https:``, ``http:`` and ``mailto:`` links survive.
Every block (heading, paragraph, list item, table, code) gets an anchor ``b<N>``; the
same numbering is used by :func:`plain_blocks`, so a search hit can open at its passage.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.renderer import RendererHTML
from markdown_it.token import Token
from markdown_it.utils import OptionsDict

from content.html_escape import esc

SAFE_SCHEMES = ("section:", "glossary:", "https:", "http:", "mailto:")
_ANCHORED_OPEN = {"heading_open", "list_item_open", "table_open", "blockquote_open"}
_ANCHORED_LEAF = {"fence", "code_block"}
_KIND = {"heading_open": "heading", "paragraph_open": "paragraph", "list_item_open": "item",
         "table_open": "table", "blockquote_open": "quote"}


@dataclass(frozen=True)
class Block:
    """One passage of a section: its anchor, its plain text, and its 1-based body line."""

    anchor: str
    text: str
    line: int
    heading: bool = False
    kind: str = "paragraph"  # heading | paragraph | item | table | quote | code


@dataclass(frozen=True)
class Link:
    href: str
    text: str
    line: int  # 1-based line within the body


def _validate_link(url: str) -> bool:
    u = url.strip().lower()
    return u.startswith(SAFE_SCHEMES)


@lru_cache(maxsize=1)
def _md() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable("table")
    md.validateLink = _validate_link  # type: ignore[method-assign]
    return md


def parse(markdown: str) -> list[Token]:
    """Tokens for ``markdown`` with block anchors attached (``token.meta['anchor']``)."""
    tokens = _md().parse(markdown)
    n = 0
    list_item_depth = 0
    blockquote_depth = 0
    for tok in tokens:
        if tok.type == "list_item_open":
            list_item_depth += 1
        elif tok.type == "list_item_close":
            list_item_depth -= 1
        if tok.type == "blockquote_close":
            blockquote_depth -= 1
        anchored = (
            tok.type in _ANCHORED_OPEN
            or tok.type in _ANCHORED_LEAF
            or (tok.type == "paragraph_open" and list_item_depth == 0)
        )
        if tok.type == "blockquote_open":
            anchored = blockquote_depth == 0
            blockquote_depth += 1
        elif tok.type == "paragraph_open" and blockquote_depth:
            anchored = False
        if anchored:
            n += 1
            tok.meta["anchor"] = f"b{n}"
    return tokens


def _inline_text(tok: Token) -> str:
    out: list[str] = []
    for child in tok.children or []:
        if child.type in ("text", "code_inline"):
            out.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append(" ")
        elif child.type == "image":
            out.append(child.content)
    return "".join(out)


def plain_blocks(markdown: str) -> list[Block]:
    """The body as plain-text passages, one per anchor, in order."""
    blocks: list[tuple[str, list[str], int, str]] = []
    # open anchored blocks: (index into blocks, closing token type, nesting level)
    stack: list[tuple[int, str, int]] = []
    for tok in parse(markdown):
        anchor = tok.meta.get("anchor") if tok.meta else None
        line = (tok.map[0] + 1) if tok.map else 0
        if anchor and tok.type in _ANCHORED_LEAF:
            blocks.append((anchor, [tok.content.strip()], line, "code"))
        elif anchor:
            blocks.append((anchor, [], line, _KIND[tok.type]))
            stack.append((len(blocks) - 1, tok.type.replace("_open", "_close"), tok.level))
        elif stack and tok.type == stack[-1][1] and tok.level == stack[-1][2]:
            stack.pop()
        elif tok.type == "inline" and stack:
            blocks[stack[-1][0]][1].append(_inline_text(tok))
    return [
        Block(anchor=a, text=" ".join(t for t in parts if t).strip(), line=ln,
              heading=k == "heading", kind=k)
        for a, parts, ln, k in blocks
    ]


def links(markdown: str) -> list[Link]:
    """Every link in ``markdown`` (after scheme filtering), with its body line."""
    out: list[Link] = []
    for tok in parse(markdown):
        if tok.type != "inline":
            continue
        line = (tok.map[0] + 1) if tok.map else 0
        children = tok.children or []
        for i, child in enumerate(children):
            if child.type == "link_open":
                text = ""
                for nxt in children[i + 1 :]:
                    if nxt.type == "link_close":
                        break
                    if nxt.type in ("text", "code_inline"):
                        text += nxt.content
                out.append(Link(str(child.attrGet("href") or ""), text, line))
    return out


LinkTitle = Callable[[str], str | None]


def to_html(markdown: str, *, print_mode: bool = False, link_title: LinkTitle | None = None,
            see: str = "see: {title}") -> str:
    """Render ``markdown`` to safe HTML with ``<a name="bN">`` anchors.

    Args:
        markdown: the section body.
        print_mode: links become plain text; a section link is followed by "(see: Title)"
            unless its words already name the section.
        link_title: maps ``section:ID`` to a title (print mode); None if unknown.
        see: the words in the brackets, in the printout's language ("voir : {title}").
    """
    tokens = parse(markdown)
    md = _md()
    renderer = md.renderer
    assert isinstance(renderer, RendererHTML)  # MarkdownIt's default renderer
    options = md.options
    parts: list[str] = []
    in_print_link: list[str | None] = []

    for i, tok in enumerate(tokens):
        anchor = tok.meta.get("anchor") if tok.meta else None
        if tok.type == "inline":
            parts.append(_render_inline(tok, renderer, options, print_mode, link_title,
                                        in_print_link, see))
            continue
        rendered = renderer.renderToken(tokens, i, options, {})
        if tok.type in _ANCHORED_LEAF:
            rendered = renderer.rules[tok.type](tokens, i, options, {})  # bound: 4 arguments
        if anchor:
            rendered = _inject_anchor(rendered, anchor)
        parts.append(rendered)
    return "".join(parts)


def _inject_anchor(rendered: str, anchor: str) -> str:
    m = re.match(r"(\s*<[a-z0-9]+[^>]*>)", rendered)
    tag = f'<a name="{anchor}"></a>'
    if not m:
        return tag + rendered
    if rendered.startswith(("<ul", "<ol", "<table", "<blockquote", "<pre")):
        return tag + rendered
    return m.group(1) + tag + rendered[m.end():]


def _render_inline(tok: Token, renderer: RendererHTML, options: OptionsDict, print_mode: bool,
                   link_title: LinkTitle | None, stack: list[str | None],
                   see: str = "see: {title}") -> str:
    children = tok.children or []
    if not print_mode:
        out = []
        for child in children:
            if child.type == "image":
                out.append(esc(f"[{child.content or 'image'}]"))
            elif child.type == "link_open":
                href = str(child.attrGet("href") or "")
                cls = href.split(":", 1)[0]
                out.append(f'<a href="{esc(href)}" class="{cls}">')
            else:
                out.append(renderer.renderInline([child], options, {}))
        return "".join(out)
    out = []
    link_text: list[str] = []
    for child in children:
        if child.type == "link_open":
            stack.append(str(child.attrGet("href") or ""))
            link_text.clear()
        elif child.type == "link_close":
            href = (stack.pop() if stack else "") or ""
            if href.startswith("section:") and link_title:
                title = link_title(href.split(":", 1)[1].split("#", 1)[0])
                said = _norm("".join(link_text))
                if title and not _says_title(said, _norm(title)):
                    out.append(f" <i>({esc(see.format(title=title))})</i>")
            elif href.startswith(("http:", "https:")):
                out.append(f" ({esc(href)})")
        elif child.type == "image":
            out.append(esc(f"[{child.content or 'image'}]"))
        else:
            if stack and child.type in ("text", "code_inline"):
                link_text.append(child.content)
            out.append(renderer.renderInline([child], options, {}))
    return "".join(out)


def _says_title(said: str, title: str) -> bool:
    """The link text already tells the reader which section it is: it begins the title,
    or it is most of the title in other words (a "Scenario: ..." title linked by its
    story); a fragment ("duty to report") still gets the title."""
    if not said:
        return False
    if title.startswith(said):
        return True
    said_words, title_words = set(said.split()), set(title.split())
    return said_words <= title_words and len(said_words) >= 0.6 * len(title_words)


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def plain_text(markdown: str) -> str:
    """The whole body as plain text, passages separated by blank lines."""
    return "\n\n".join(b.text for b in plain_blocks(markdown))
