"""The decision map's overview diagram, drawn with QPainter on a page of its own.

The questions in layers from the first down, arrows from each question to the next ones,
a lettered chip for each kind of outcome a question can end in, and a key. Vector text
(found by search and read by screen readers), no new dependency. Its data come from
:func:`desktop_app.printouts.decision_map.flow_overview`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPaintDevice, QPainter, QPen, QPolygonF

from desktop_app.printing.layout import FOOTER_SANS_FAMILIES

#: A tint and a letter for each kind of outcome: the letters tell them apart in greyscale.
OVERVIEW_COLOURS = {"emergency": "#f4c7c3", "must-report": "#fff2b3", "may-share": "#d3ecd0",
                    "seek-consent": "#cfe0f5", "consent-only": "#e6d5f0",
                    "consult": "#fde1c4", "no-statute": "#e6e6e6"}


def _font(pt: float, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(FOOTER_SANS_FAMILIES)
    font.setPointSizeF(pt)
    font.setBold(bold)
    font.setFeature(QFont.Tag("liga"), 0)
    return font


def _fit_text(painter: QPainter, rect: QRectF, text: str, flags: int) -> None:
    """Draw ``text`` wrapped in ``rect``, shortened at a word with "\u2026" if it does
    not fit."""
    fm = QFontMetricsF(painter.font(), painter.device())
    words = text.split()
    shown = text
    while words and fm.boundingRect(rect, flags | int(Qt.TextFlag.TextWordWrap),
                                    shown).height() > rect.height() + 0.5:
        words = words[:-1]
        shown = " ".join(words).rstrip(",;:.") + "\u2026"
    painter.drawText(rect, flags | int(Qt.TextFlag.TextWordWrap), shown)


def draw_overview(painter: QPainter, rect: QRectF, data: dict[str, Any],
                  device: QPaintDevice) -> None:
    """The decision map on one page: the questions in layers from the first down, arrows
    from each question to the next ones, a lettered chip for each kind of outcome a
    question can end in, and a key listing the outcomes of each kind. Vector text (found
    by search and read by screen readers), no new dependency."""
    dpi = device.logicalDpiY()

    def pt(x: float) -> float:
        return x * dpi / 72

    groups = data.get("groups", [])
    letters = {g["verdict"]: chr(ord("A") + i) for i, g in enumerate(groups)}
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    black = QPen(Qt.GlobalColor.black, max(1.0, pt(0.6)))
    y = rect.top()
    painter.setPen(black)
    painter.setFont(_font(14, bold=True))
    title = QCoreApplication.translate("Printing", "Overview: {title}").format(
        title=data.get("title", ""))
    painter.drawText(QRectF(rect.left(), y, rect.width(), pt(20)),
                     int(Qt.AlignmentFlag.AlignLeft), title)
    y += pt(20)
    painter.setFont(_font(9))
    n_q = len(data.get("questions", {}))
    intro = QCoreApplication.translate(
        "Printing", "{questions} questions, {kinds} kinds of outcome, {paths} paths. Read down "
        "from Q1: each arrow leads to a later question; a lettered chip says which kinds of "
        "outcome a question can end in (key below). The pages after this one list every "
        "path, question and outcome.").format(questions=n_q, kinds=len(groups),
                                               paths=data.get("paths", 0))
    intro_rect = QRectF(rect.left(), y, rect.width(), pt(36))
    _fit_text(painter, intro_rect, intro, int(Qt.AlignmentFlag.AlignLeft))
    y += pt(40)
    layers = [layer for layer in data.get("layers", []) if layer]
    key_h = rect.height() * 0.32
    flow = QRectF(rect.left() + pt(24), y, rect.width() - pt(48),
                  rect.bottom() - key_h - y - pt(8))
    boxes: dict[str, QRectF] = {}
    row_of: dict[str, int] = {}
    if layers:
        row_h = flow.height() / len(layers)
        box_h = min(row_h * 0.72, pt(40))
        gap = pt(6)
        for i, layer in enumerate(layers):
            k = len(layer)
            box_w = min(flow.width() * 0.55, (flow.width() - (k - 1) * gap) / k)
            left = flow.left() + (flow.width() - (k * box_w + (k - 1) * gap)) / 2
            top = flow.top() + i * row_h + (row_h - box_h) / 2
            for j, qid in enumerate(layer):
                boxes[qid] = QRectF(left + j * (box_w + gap), top, box_w, box_h)
                row_of[qid] = i
    # arrows first, so the boxes drawn on top hide any line that passes behind them; an
    # arrow that skips a row goes round by the left, so it never hides behind a box
    painter.setPen(QPen(Qt.GlobalColor.darkGray, max(1.0, pt(0.7))))
    painter.setBrush(Qt.GlobalColor.darkGray)
    lane = 0
    for a, b in data.get("edges", []):
        if a not in boxes or b not in boxes:
            continue
        if row_of[b] - row_of[a] <= 1:
            start = QPointF(boxes[a].center().x(), boxes[a].bottom())
            end = QPointF(boxes[b].center().x(), boxes[b].top())
            painter.drawLine(start, end)
            _arrow_head(painter, start, end, pt(4))
            continue
        lane += 1
        x = min(boxes[a].left(), boxes[b].left()) - pt(5) * lane
        points = [QPointF(boxes[a].left(), boxes[a].center().y() + pt(3)),
                  QPointF(x, boxes[a].center().y() + pt(3)),
                  QPointF(x, boxes[b].center().y() - pt(3)),
                  QPointF(boxes[b].left(), boxes[b].center().y() - pt(3))]
        for p0, p1 in zip(points, points[1:], strict=False):
            painter.drawLine(p0, p1)
        _arrow_head(painter, points[-2], points[-1], pt(4))
    questions = data.get("questions", {})
    chip = pt(11)
    for qid, box in boxes.items():
        painter.setPen(black)
        painter.setBrush(Qt.GlobalColor.white)
        painter.drawRoundedRect(box, pt(3), pt(3))
        inner = box.adjusted(pt(3), pt(2), -pt(3), -pt(2))
        q = questions.get(qid, {})
        narrow = box.width() <= pt(120)
        painter.setFont(_font(7.0 if narrow else 8.0))
        label = f"Q{q.get('n', '?')}" + (f" ({qid})" if narrow else "")  # ids say which law
        _fit_text(painter, inner, f"{label}. {q.get('text', qid)}",
                  int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter))
        painter.setFont(_font(7, bold=True))
        ends = data.get("ends", {}).get(qid, [])
        for e, verdict in enumerate(ends):  # chips in a row to the right of the box
            r = QRectF(box.right() + pt(3) + e * (chip + pt(2)),
                       box.center().y() - chip * 0.4, chip, chip * 0.8)
            if r.right() > rect.right():
                break
            painter.setBrush(QColor(OVERVIEW_COLOURS.get(verdict, "#eeeeee")))
            painter.setPen(QPen(Qt.GlobalColor.black, max(1.0, pt(0.4))))
            painter.drawRect(r)
            painter.drawText(r, int(Qt.AlignmentFlag.AlignCenter), letters.get(verdict, "?"))
    # the key: each kind of outcome, its letter and tint, and its outcomes, in two
    # columns filled top to bottom
    key = QRectF(rect.left(), rect.bottom() - key_h, rect.width(), key_h)
    painter.setPen(black)
    painter.setFont(_font(10, bold=True))
    painter.drawText(QRectF(key.left(), key.top(), key.width(), pt(14)),
                     int(Qt.AlignmentFlag.AlignLeft),
                     QCoreApplication.translate("Printing", "Key: kinds of outcome"))
    col_w = (key.width() - pt(10)) / 2
    text_w = col_w - pt(18)
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
    fm = QFontMetricsF(_font(7), device)
    needed = [pt(12) + min(fm.boundingRect(QRectF(0, 0, text_w, 1e6), flags,
                                           "; ".join(g["outcomes"])).height(), pt(80)) + pt(5)
              for g in groups]
    top0 = key.top() + pt(16)
    col, y = 0, top0
    for g, h in zip(groups, needed, strict=True):
        if y + h > key.bottom() and col == 0 and y > top0:
            col, y = 1, top0
        h = min(h, key.bottom() - y)
        cell = QRectF(key.left() + col * (col_w + pt(10)), y, col_w, h)
        y += h
        chip_r = QRectF(cell.left(), cell.top(), pt(14), pt(11))
        painter.setBrush(QColor(OVERVIEW_COLOURS.get(g["verdict"], "#eeeeee")))
        painter.setPen(QPen(Qt.GlobalColor.black, max(1.0, pt(0.4))))
        painter.drawRect(chip_r)
        painter.setFont(_font(8, bold=True))
        painter.drawText(chip_r, int(Qt.AlignmentFlag.AlignCenter), letters[g["verdict"]])
        painter.drawText(QRectF(chip_r.right() + pt(4), cell.top(), text_w, pt(12)),
                         int(Qt.AlignmentFlag.AlignLeft),
                         f"{g['label']} ({len(g['outcomes'])})")
        painter.setFont(_font(7))
        _fit_text(painter, QRectF(chip_r.right() + pt(4), cell.top() + pt(11), text_w,
                                  max(0.0, cell.height() - pt(14))),
                  "; ".join(g["outcomes"]), int(Qt.AlignmentFlag.AlignLeft))


def _arrow_head(painter: QPainter, start: QPointF, end: QPointF, size: float) -> None:
    dx, dy = end.x() - start.x(), end.y() - start.y()
    length = max(1e-6, (dx * dx + dy * dy) ** 0.5)
    ux, uy = dx / length, dy / length
    left = QPointF(end.x() - size * ux + size * 0.5 * uy, end.y() - size * uy - size * 0.5 * ux)
    right = QPointF(end.x() - size * ux - size * 0.5 * uy, end.y() - size * uy + size * 0.5 * ux)
    painter.drawPolygon(QPolygonF([end, left, right]))
