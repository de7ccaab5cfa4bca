"""The search results as a list model over immutable ``index.Hit`` values, and the
delegate that draws each row (title, statute tags, highlighted snippet).

One :meth:`ResultsModel.set_results` call replaces everything (Zeal's ``setResults``).
The hits are the index's own frozen :class:`index.types.Hit` values, read as attributes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from content.html_escape import esc
from content.model import SECTORS, STATUTES
from desktop_app import safe_text
from desktop_app.content_words import sector_label, statute_short
from desktop_app.i18n import untranslated_note, untranslated_short

if TYPE_CHECKING:  # annotations only: index.types is not needed before the first paint
    from index.types import Hit

HitRole = Qt.ItemDataRole.UserRole + 1
HtmlRole = Qt.ItemDataRole.UserRole + 2
TagsRole = Qt.ItemDataRole.UserRole + 3

_Index = QModelIndex | QPersistentModelIndex


def hit_tags(hit: Hit) -> str:
    """"PHIPA · CYFSA · Health" for a hit (or "Glossary term"), in the current language."""
    translate = QCoreApplication.translate
    if hit.kind == "glossary":
        return translate("ResultsModel", "Glossary term")
    statutes = list(hit.statutes)
    sectors = list(hit.sectors)
    # most general sections carry every law and every sector: one short line, not two
    bits = [translate("ResultsModel", "Every law")] if set(STATUTES) <= set(statutes) else \
        [statute_short(s) for s in statutes]
    bits += [translate("ResultsModel", "every sector")] if set(SECTORS) <= set(sectors) else \
        [sector_label(s) for s in sectors]
    return " · ".join(bits)


def hit_title(hit: Hit) -> str:
    title = hit.title
    if hit.kind == "glossary":
        return QCoreApplication.translate("ResultsModel", "Glossary: {term}").format(term=title)
    return title


#: The English; :func:`check_mark` says it in the current language.
CHECK_MARK = "\u26a0 Check the official text"


def check_mark() -> str:
    return "\u26a0 " + QCoreApplication.translate("ResultsModel", "Check the official text")


class ResultsModel(QAbstractListModel):
    """A read-only list of hits. Sections that carry a "check the official text" notice
    are marked (:meth:`set_check_notes`): a sign and words in the row, the notice in the
    tooltip and the spoken name."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._hits: tuple[Hit, ...] = ()
        self._check_notes: dict[str, str] = {}
        self._untranslated: frozenset[str] = frozenset()  # "section:id", "glossary:id"

    def set_untranslated(self, keys: Sequence[str]) -> None:
        """The French guide's sections and terms still in English (``"section:<id>"``,
        ``"glossary:<id>"``): their rows say so (desktop_app.i18n)."""
        self.beginResetModel()
        self._untranslated = frozenset(keys)
        self.endResetModel()

    def untranslated(self, hit: Hit) -> bool:
        key = hit.term_id if hit.kind == "glossary" else hit.section_id
        return f"{hit.kind}:{key}" in self._untranslated

    def set_check_notes(self, notes: dict[str, str]) -> None:
        """``{section id: its check note}`` for the sections to check against the Act."""
        self.beginResetModel()
        self._check_notes = dict(notes)
        self.endResetModel()

    def check_note(self, hit: Hit) -> str | None:
        """The notice of the section a section hit opens, or None."""
        if hit.kind != "section":
            return None
        return self._check_notes.get(hit.section_id)

    def set_results(self, hits: Sequence[Hit]) -> None:
        self.beginResetModel()
        self._hits = tuple(hits)
        self.endResetModel()

    def clear(self) -> None:
        self.set_results(())

    def hits(self) -> tuple[Hit, ...]:
        return self._hits

    def hit(self, row: int) -> Hit:
        return self._hits[row]

    # -- Qt model API -----------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        english = self.untranslated(hit)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{hit_title(hit)} {untranslated_short()}" if english else hit_title(hit)
        note = self.check_note(hit)
        mark = QCoreApplication.translate("ResultsModel", "{mark}: {note}").format(
            mark=check_mark(), note=note) if note else ""
        if english:
            mark = f"{untranslated_note()}\n{mark}".strip()
        if role == Qt.ItemDataRole.ToolTipRole:  # shown as text, never as HTML
            snippet = hit.snippet_text
            return safe_text.literal(f"{mark}\n\n{snippet}" if mark else snippet)
        if role == Qt.ItemDataRole.StatusTipRole:
            return hit.snippet_text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            parts = [hit_title(hit), mark.replace("\u26a0 ", "").rstrip("."), hit_tags(hit),
                     hit.snippet_text]
            return ". ".join(p for p in parts if p)
        if role == HitRole:
            return hit
        if role == TagsRole:
            return hit_tags(hit)
        if role == HtmlRole:
            row = row_html(hit, check=note is not None)
            if english:  # words, not only a colour: "(en anglais)" after the title
                row = row.replace("</b></div>", f" <i>{esc(untranslated_short())}</i></b></div>",
                                  1)
            return row
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemNeverHasChildren


# about two lines in the results column: five results at 1366x768, whatever ranks first
SNIPPET_CHARS = 88


def clip_html(text: str, limit: int = SNIPPET_CHARS) -> str:
    """The first ``limit`` visible characters of snippet HTML (text, entities and ``<b>``
    tags only), cut at a word boundary, tags closed, "…" added. Shorter text is unchanged."""
    out: list[str] = []
    seen = 0
    bold = 0
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "<":
            j = text.find(">", i)
            if j < 0:
                break
            tag = text[i:j + 1]
            if tag.startswith("</b"):
                bold -= 1
            elif tag.startswith("<b"):
                bold += 1
            out.append(tag)
            i = j + 1
            continue
        if seen >= limit and ch.isspace():
            out.append("</b>" * max(0, bold))
            return "".join(out).rstrip() + " …"
        if ch == "&":
            j = text.find(";", i)
            j = i if j < 0 or j - i > 8 else j
            out.append(text[i:j + 1])
            i = j + 1
        else:
            out.append(ch)
            i += 1
        seen += 1
    return text


def row_html(hit: Hit, *, check: bool = False) -> str:
    """Rich text for one row. Matched words come as ``<b class="hit">``: bold, not colour only.
    ``check``: the section carries a "check the official text" notice (a sign and words,
    at the start of the tags line, in the text colour)."""
    title = esc(hit_title(hit))
    tags = esc(hit_tags(hit))
    if check:
        mark = f'<span class="chk">{esc(check_mark())}</span>'
        tags = f"{mark} · {tags}" if tags else mark
    snippet = hit.snippet_html or esc(hit.snippet_text)
    out = f'<div class="t"><b>{title}</b></div>'
    if tags:
        out += f'<div class="tags">{tags}</div>'
    if snippet:  # the whole snippet stays in the tooltip and the accessible name
        out += f'<div class="s">{clip_html(snippet)}</div>'
    return out


class ResultDelegate(QStyledItemDelegate):
    """Draws a row's HTML, wrapped to the view's width.

    Speed (issue 15: keystroke to results painted within a frame): a row's height is laid
    out once per (text, width, font) and kept; the view lays rows out in small batches (see
    :func:`configure_view`), so only the rows on screen are measured before the first paint.
    """

    PADDING = 4  # with 2-line snippets: five rows fit at 1366x768 (test_ux_speed)
    CACHE = 512  # rows' laid-out documents kept (a few screens of results per query)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._sizes: dict[tuple, QSize] = {}
        self._docs: dict[tuple, QTextDocument] = {}

    def clear_cache(self) -> None:
        """Forget every laid-out row (quick exit: they hold the results' snippets)."""
        self._sizes.clear()
        self._docs.clear()

    def _key(self, option: QStyleOptionViewItem, index: _Index, width: float,
             selected: bool) -> tuple:
        pal: QPalette = option.palette
        return (str(index.data(HtmlRole) or ""), int(width), option.font.key(), selected,
                pal.color(QPalette.ColorRole.Text).rgba(),
                pal.color(QPalette.ColorRole.HighlightedText).rgba())

    def _cached_document(self, option: QStyleOptionViewItem, index: _Index,
                         width: float) -> QTextDocument:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        key = self._key(option, index, width, selected)
        doc = self._docs.get(key)
        if doc is None:
            if len(self._docs) >= self.CACHE:
                self._docs.pop(next(iter(self._docs)))
            doc = self._docs[key] = self._document(option, index, width)
        return doc

    def _document(self, option: QStyleOptionViewItem, index: _Index, width: float) -> QTextDocument:
        doc = QTextDocument()
        doc.setDocumentMargin(self.PADDING)
        doc.setDefaultFont(option.font)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        pal: QPalette = option.palette
        role = QPalette.ColorRole
        text = pal.color(role.HighlightedText if selected else role.Text)
        muted = pal.color(QPalette.ColorRole.HighlightedText if selected
                          else QPalette.ColorRole.PlaceholderText)
        doc.setDefaultStyleSheet(
            f"div.t {{ color: {text.name()}; }}"
            f"div.tags {{ color: {muted.name()}; font-size: small; }}"
            f"div.s {{ color: {text.name()}; }}"
            f"span.chk {{ color: {text.name()}; font-weight: bold; }}"
            f"b.hit {{ text-decoration: underline; }}")
        doc.setHtml(str(index.data(HtmlRole) or ""))
        doc.setTextWidth(max(width, 80.0))
        return doc

    def _width(self, option: QStyleOptionViewItem) -> float:
        view = self.parent()
        if isinstance(view, QAbstractItemView):
            return float(view.viewport().width())
        return float(option.rect.width() or 300)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget else QApplication.style()
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._cached_document(opt, index, float(opt.rect.width()))
        painter.save()
        painter.translate(opt.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, opt.rect.width(), opt.rect.height()))
        ctx = QAbstractTextDocumentLayout.PaintContext()
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802
        width = self._width(option)
        key = self._key(option, index, width, False)[:3]
        size = self._sizes.get(key)
        if size is None:
            opt = QStyleOptionViewItem(option)
            self.initStyleOption(opt, index)
            doc = self._cached_document(opt, index, width)
            # the row is as wide as the view; its height is what the text needs
            size = QSize(int(width), int(doc.size().height()) + 2)
            if len(self._sizes) >= 4 * self.CACHE:
                self._sizes.clear()
            self._sizes[key] = size
        return size


def configure_view(view: QListView) -> None:
    """Lay out rows in small batches: only the first screenful is measured before the
    results are painted; the rest follows while the user reads."""
    view.setLayoutMode(QListView.LayoutMode.Batched)
    view.setBatchSize(8)
