"""The blocks a section page is built of around its body, on screen and on paper: under its
title, where it comes from, its laws and sectors, its summary and the "check the official
text" notice (:func:`lead_blocks`); after its body, the provisions it cites, its sources,
its related sections and the closing "not legal advice" line (:func:`cited_blocks`).

Built once, so the reader (:mod:`desktop_app.reader_pages`) and the printout
(:mod:`desktop_app.printouts.sections`) can never set them two ways; a :class:`BlockStyle`
says what differs between the two media (heading level, links or plain text, classes, the
notice's box, how a citation is kept whole). No Qt: the words come in already translated
(:class:`desktop_app.section_view.SectionView` has every field :class:`SectionWords` asks
for). Every text is escaped here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from content.html_escape import esc
from content.source_line import source_line_html

__all__ = ["BlockStyle", "SectionWords", "SourceLike", "cited_blocks", "lead_blocks"]


class SourceLike(Protocol):
    """One source as a section lists it (``desktop_app.section_view.SourceLine``)."""

    @property
    def citation(self) -> str: ...
    @property
    def url(self) -> str: ...
    @property
    def note(self) -> str: ...


class SectionWords(Protocol):
    """What the builders read of a section view, every text already in the interface's
    language."""

    @property
    def origin(self) -> str: ...
    @property
    def tags(self) -> Sequence[str]: ...
    @property
    def summary(self) -> str: ...
    @property
    def check_label(self) -> str: ...
    @property
    def check_note(self) -> str: ...
    @property
    def provisions_heading(self) -> str: ...
    @property
    def provisions(self) -> Sequence[str]: ...
    @property
    def no_provisions(self) -> str: ...
    @property
    def sources_heading(self) -> str: ...
    @property
    def sources(self) -> Sequence[SourceLike]: ...
    @property
    def related_heading(self) -> str: ...
    @property
    def related(self) -> Sequence[tuple[str, str]]: ...
    @property
    def not_legal_advice(self) -> str: ...
    @property
    def meta(self) -> str: ...


def _as_is(citation: str) -> str:
    return citation


@dataclass(frozen=True)
class BlockStyle:
    """What differs between the screen and the paper.

    Attributes:
        heading: the headings' tag ("h2" in the reader, "h3" in a printout).
        links: related sections as ``section:`` links and source addresses as links (the
            reader), or both as plain text (paper).
        origin_class: the class of the paragraph saying where an agency's section comes
            from ("" for none).
        tags_class: the class of the laws-and-sectors line.
        notice: the "check the official text" box around its HTML.
        notice_mark: HTML before the notice's label (the reader's warning sign).
        source_class: the class of each source line's paragraph.
        closing_class: the class of the closing "not legal advice" paragraph.
        citation: how a provision is set before it is escaped (paper keeps it whole).
    """

    heading: str
    links: bool
    origin_class: str
    tags_class: str
    notice: Callable[[str], str]
    notice_mark: str
    source_class: str
    closing_class: str
    citation: Callable[[str], str] = _as_is


def _p(css_class: str, inner_html: str) -> str:
    return f'<p class="{css_class}">{inner_html}</p>' if css_class else f"<p>{inner_html}</p>"


def lead_blocks(view: SectionWords, style: BlockStyle) -> list[str]:
    """Where the section comes from (an agency's own), its laws and sectors, its summary and
    the notice to check the official text, each only when there is one: HTML blocks, in
    that order, to follow the page's title."""
    blocks = []
    if view.origin:
        blocks.append(_p(style.origin_class, f"<b>{esc(view.origin)}</b>"))
    if view.tags:
        blocks.append(_p(style.tags_class, esc(" · ".join(view.tags))))
    if view.summary:
        blocks.append(_p("summary", esc(view.summary)))
    if view.check_note:
        blocks.append(style.notice(f"<b>{style.notice_mark}{esc(view.check_label)}</b> "
                                   f"{esc(view.check_note)}"))
    return blocks


def cited_blocks(view: SectionWords, style: BlockStyle) -> list[str]:
    """The provisions (or why there are none), the sources and the related sections (each
    only when there are some), then the closing line: HTML blocks, in that order, for the
    caller to join (the reader with line breaks, paper with nothing)."""
    h = style.heading
    blocks = [f"<{h}>{esc(view.provisions_heading)}</{h}>"]
    if view.provisions:
        blocks.append("<ul>" + "".join(f"<li>{esc(style.citation(p))}</li>"
                                       for p in view.provisions) + "</ul>")
    else:
        blocks.append(f"<p>{esc(view.no_provisions)}</p>")
    if view.sources:
        blocks.append(f"<{h}>{esc(view.sources_heading)}</{h}>")
        blocks += [f'<p class="{style.source_class}">'
                   + source_line_html(src.citation, src.url, src.note, link=style.links)
                   + "</p>" for src in view.sources]
    if view.related:
        blocks.append(f"<{h}>{esc(view.related_heading)}</{h}><ul>")
        blocks += [(f'<li><a href="section:{esc(rid)}">{esc(title)}</a></li>' if style.links
                    else f"<li>{esc(title)}</li>") for rid, title in view.related]
        blocks.append("</ul>")
    blocks.append(f'<p class="{style.closing_class}">{esc(view.not_legal_advice)}<br/>'
                  f"{esc(view.meta)}</p>")
    return blocks
