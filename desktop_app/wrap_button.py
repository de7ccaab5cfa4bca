"""A push button whose label wraps onto more lines instead of being cut off.

A QPushButton's text never wraps: a long label ("Everyone is safe now: continue with the
other questions") makes the button, and everything around it, wider than a narrow panel,
and the end of every line is cut off. :class:`WrapButton` draws its text with a
word-wrapping QLabel and tells the layout how tall it must be for a given width.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

_H_PAD = 14
_V_PAD = 8


class WrapButton(QPushButton):
    """A QPushButton with a wrapping label. ``text()`` / ``setText()`` work as usual."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *, min_height: int = 0):
        super().__init__(parent)
        self._min_height = min_height
        self.label = QLabel(self)
        self.label.setObjectName("wrapButton.label")  # the button's own words, drawn
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(_H_PAD, _V_PAD, _H_PAD, _V_PAD)
        lay.addWidget(self.label)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        if min_height:
            # layouts ask the button's layout for its height, then bound it by this
            self.setMinimumHeight(min_height)
        self.setText(text)

    # -- text -------------------------------------------------------------------------------
    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        self._text = text
        self.label.setText(text)
        if not self.accessibleName():
            self.setAccessibleName(text)
        self.updateGeometry()

    def text(self) -> str:
        return self._text

    def setFont(self, font: QFont | str | Sequence[str]) -> None:  # noqa: N802 - Qt API
        super().setFont(font)
        self.label.setFont(self.font())
        self.updateGeometry()

    # -- size -------------------------------------------------------------------------------
    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        inner = max(1, width - 2 * _H_PAD)
        return max(self._min_height, self.label.heightForWidth(inner) + 2 * _V_PAD)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        natural = self.label.sizeHint().width() + 2 * _H_PAD
        return QSize(natural, self.heightForWidth(natural))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        # the longest word, not the whole label: the rest wraps
        width = self.label.minimumSizeHint().width() + 2 * _H_PAD
        return QSize(width, self.heightForWidth(width))
