"""The decision helper's small building blocks: wrapping labels, caution boxes, answer
rows, check rows and "Read more" links.

Qt's own radio buttons, check boxes and push buttons cannot wrap their text; at large text
sizes in a narrow panel they would be cut off. Each block here pairs a control with a
label that wraps, and keeps the accessible name on the control a screen reader reaches.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from content.html_escape import esc


def named(widget: QWidget, name: str, description: str = "") -> QWidget:
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
    return widget


def text_label(text: str, *, scale: float = 1.0, bold: bool = False, name: str = "",
               selectable: bool = False, object_name: str = "decision-text") -> QLabel:
    lab = QLabel(text)
    lab.setObjectName(object_name)  # what it is, whatever the language (tests key on it)
    lab.setTextFormat(Qt.TextFormat.PlainText)  # content and user text are never HTML here
    lab.setWordWrap(True)
    lab.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if scale != 1.0 or bold:
        f = QFont(lab.font())
        if scale != 1.0:
            f.setPointSizeF(max(f.pointSizeF(), 9.0) * scale)
        f.setBold(bold)
        lab.setFont(f)
    if selectable:  # copy with the mouse; not a tab stop
        lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:  # only where the name adds to the text (e.g. "Question: ..."); never cut
        lab.setAccessibleName(name)
    return lab


def bullets(items: tuple[str, ...] | list[str]) -> str:
    return "\n".join(f"•  {i}" for i in items)


def bullet_list(items: tuple[str, ...] | list[str], scale: float) -> QWidget:
    """Bullets with a hanging indent: wrapped lines start under the text, not the dot.
    Each item is its own label, so a screen reader reads every word of every item."""
    box = QWidget()
    box.setObjectName("decision-bullets")
    grid = QGridLayout(box)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setHorizontalSpacing(6)
    grid.setColumnStretch(1, 1)
    for row, item in enumerate(items):
        dot = QLabel("•")
        dot.setObjectName("decision-bullet.dot")
        dot.setAccessibleName("")  # decoration only
        dot.setFont(text_label(item, scale=scale).font())
        grid.addWidget(dot, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(text_label(item, scale=scale, selectable=True,
                                  object_name="decision-bullet"), row, 1)
    return box


class CautionBox(QFrame):
    """A framed block for cautions (check the official text, emergency, safety)."""

    def __init__(self, kind: str, title: str, text: str):
        super().__init__()
        self.setObjectName(f"decision-{kind}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(f"QFrame#decision-{kind} {{ border: 2px solid palette(highlight); "
                           "border-radius: 6px; }")
        lay = QVBoxLayout(self)
        lay.addWidget(text_label(title, bold=True, object_name=f"decision-{kind}.title"))
        body = text_label(text, selectable=True, object_name=f"decision-{kind}.text")
        lay.addWidget(body)
        self.setAccessibleName(title)
        self.setAccessibleDescription(text)


def wipe_page(page: QWidget) -> None:
    """Empty every text field on a page that is being thrown away (signals blocked, so the
    record the user is typing is not touched), undo history included."""
    for line in page.findChildren(QLineEdit):
        line.blockSignals(True)
        line.setText("")  # also empties its undo history
    for text in page.findChildren(QPlainTextEdit):
        text.blockSignals(True)
        text.clear()
        text.document().clearUndoRedoStacks()


class ChoiceRow(QWidget):
    """A radio button whose label wraps (QRadioButton text does not) and a help line."""

    def __init__(self, label: str, help_text: str, group: QButtonGroup, index: int,
                 scale: float):
        super().__init__()
        self.setObjectName(f"choice-{index}")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 4)
        self.radio = QRadioButton()
        self.radio.setObjectName(f"choice-{index}.radio")
        self.radio.setAccessibleName(label)
        if help_text:
            self.radio.setAccessibleDescription(help_text)
        group.addButton(self.radio, index)
        lay.addWidget(self.radio, 0, Qt.AlignmentFlag.AlignTop)
        col = QVBoxLayout()
        self.text = text_label(label, scale=scale, object_name=f"choice-{index}.text")
        self.text.setBuddy(self.radio)
        col.addWidget(self.text)
        if help_text:
            col.addWidget(text_label(help_text, scale=scale * 0.9,
                                     object_name=f"choice-{index}.help"))
        lay.addLayout(col, 1)
        for w in self.findChildren(QLabel):
            w.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.MouseButtonRelease and isinstance(obj, QLabel):
            self.radio.setChecked(True)
            self.radio.setFocus(Qt.FocusReason.MouseFocusReason)
            return True
        return False


class LinkLabel(QLabel):
    """A "Read more" link that wraps (a button's text cannot). Tab reaches it; Enter,
    Space or a click opens it."""

    activated = Signal(str)

    def __init__(self, text: str, target: str):
        super().__init__()
        self.setObjectName(f"link:{target}")
        self.target = target
        self._link_text = text
        self.setTextFormat(Qt.TextFormat.RichText)
        self._set_link_html()
        self.setWordWrap(True)
        self.setOpenExternalLinks(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(text)
        self.setAccessibleDescription(QCoreApplication.translate(
            "DecisionHelper", "Link: opens this section in the reader"))
        self.linkActivated.connect(lambda _href: self.activated.emit(self.target))

    def _set_link_html(self) -> None:
        # QLabel fixes a rich-text link's colour when the text is set: name the colour of
        # the current palette, and set it again whenever the palette (theme) changes.
        colour = self.palette().color(QPalette.ColorRole.Link).name()
        self.setText(f'<a style="color: {colour}" href="section:{esc(self.target)}">'
                     f"{esc(self._link_text)}</a>")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._set_link_html()

    def click(self) -> None:
        self.activated.emit(self.target)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.click()
            return
        super().keyPressEvent(event)


class CheckRow(QWidget):
    """A check box with a label that wraps; clicking the label toggles the box."""

    def __init__(self, text: str, checked: bool):
        super().__init__()
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 1, 0, 1)
        self.box = QCheckBox()
        self.box.setAccessibleName(text)
        self.box.setChecked(checked)
        lay.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        self.text = text_label(text)
        self.text.setBuddy(self.box)
        self.text.installEventFilter(self)
        lay.addWidget(self.text, 1)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.MouseButtonRelease and obj is self.text:
            self.box.toggle()
            self.box.setFocus(Qt.FocusReason.MouseFocusReason)
            return True
        return False




def matches_key(event: QKeyEvent, seq: QKeySequence) -> bool:
    return QKeySequence(event.keyCombination()) == seq
