"""Reading the reader's document: where an anchor is, where a paragraph and its heading
sit, where a line starts, and the repair of links Qt's HTML import breaks. Functions of a
:class:`QTextDocument`, so the widget keeps only what it shows and how it scrolls."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument


def repair_links(doc: QTextDocument) -> None:
    """Qt's HTML import gives a paragraph's anchor (``<a name="b4"></a>`` before a
    link that opens the paragraph) to the link's first letter only: the rest of the
    link keeps its address but is not a link (a click on it does nothing, Tab selects
    "L" of "Law-enforcement"). Make the whole link a link again."""
    fixes: list[tuple[int, int]] = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        prev: tuple[str, int] | None = None  # (href, end) of the link just before
        while not it.atEnd():
            frag = it.fragment()
            fmt = frag.charFormat()
            href = fmt.anchorHref()
            end = frag.position() + frag.length()
            if href and not fmt.isAnchor() and prev == (href, frag.position()):
                fixes.append((frag.position(), end))
            prev = (href, end) if href and (fmt.isAnchor() or prev is not None) else None
            it += 1
        block = block.next()
    if not fixes:
        return
    anchor = QTextCharFormat()
    anchor.setAnchor(True)
    cursor = QTextCursor(doc)
    for start, end in fixes:
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(anchor)


def anchor_position(doc: QTextDocument, name: str) -> int | None:
    """Document position of ``<a name=...>``, or None."""
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            if frag.isValid() and name in frag.charFormat().anchorNames():
                return frag.position()
            it += 1
        block = block.next()
    return None


def paragraph_target(doc: QTextDocument, pos: int) -> tuple[float, float, float]:
    """(heading top, paragraph top, paragraph bottom) in document coordinates: the paragraph
    at ``pos`` and the nearest heading at or above it."""
    layout = doc.documentLayout()
    block = doc.findBlock(pos)
    para = layout.blockBoundingRect(block)
    heading = block
    b = block
    while b.isValid():
        if b.blockFormat().headingLevel() > 0:
            heading = b
            break
        b = b.previous()
    head = layout.blockBoundingRect(heading)
    return head.top(), para.top(), para.bottom()


def line_top(doc: QTextDocument, pos: int) -> float:
    """Top of the line holding ``pos``, in document coordinates."""
    block = doc.findBlock(pos)
    top = doc.documentLayout().blockBoundingRect(block).top()
    layout = block.layout()
    if layout is not None and layout.lineCount():
        line = layout.lineForTextPosition(max(0, pos - block.position()))
        if line.isValid():
            top += line.y()
    return top
