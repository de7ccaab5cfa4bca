"""What the parts of the decision panel share, declared once.

:class:`~.panel.DecisionPanel` is put together from parts, each in its own module:
:class:`~.step_view.StepView` (with :class:`~.result_view.ResultView`),
:class:`~.record_form.RecordForm`, :class:`~.record_idle.RecordIdle` and
:class:`~.panel_language.PanelLanguage`. Each part derives from :class:`PanelParts`, which
declares the state the panel keeps (set in ``DecisionPanel.__init__``) and, for the type
checker only, the methods one part calls on another. At run time it adds nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from content.decision import DecisionFlow, DecisionSession, DecisionSummary, Outcome
from content.model import Library
from desktop_app.undo_bar import InlineBar

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from desktop_app.decision.controls import LinkLabel

    _Widget = QWidget  # to the type checker every part is the panel's QWidget
else:
    _Widget = object


class PanelParts(_Widget):
    """The decision panel's shared state (see the module docstring)."""

    # the content and the engine
    library: Library
    _flow_id: str
    flow: DecisionFlow | None
    session: DecisionSession | None
    _now: Callable[[], datetime]
    # what the user did: record fields edited, risk factors ticked; the copy kept for Undo
    _typed: dict[str, str]
    _risk_factors: list[str]
    _undo_session: DecisionSession | None
    _undo_typed: dict[str, str]
    _undo_factors: list[str]
    # the frame
    _scale: float
    _disclaimer: str
    _print_available: bool
    _rendering: bool
    title_label: QLabel
    progress_label: QLabel
    disclaimer_label: QLabel | None
    notice_bar: InlineBar
    scroll: QScrollArea  # type: ignore[assignment]  # hides QWidget.scroll(dx, dy)
    page: QWidget | None
    back_button: QPushButton
    restart_button: QPushButton
    #: set by the main window: the widget before the panel in the Tab order, and after it
    tab_before: QWidget | None = None
    tab_after: QWidget | None = None
    # the widgets of the current page, for keyboard handling and tests
    choice_group: QButtonGroup | None
    choice_buttons: dict[str, QRadioButton]
    checklist_boxes: dict[str, QCheckBox]
    checklist_toggle: QPushButton | None
    section_buttons: dict[str, LinkLabel]
    edit_buttons: list[QPushButton]
    record_fields: dict[str, QWidget]
    next_button: QPushButton | None
    confirm_button: QPushButton | None
    continue_button: QPushButton | None
    result_title: QLabel | None
    full_result_button: LinkLabel | None
    name_warning_label: QLabel | None
    print_button: QPushButton | None
    clear_record_button: QPushButton | None
    # the record's idle clear
    _idle: QTimer
    _idle_warn: QTimer
    _idle_ms: int
    _warning_up: bool = False

    if TYPE_CHECKING:
        # signals (DecisionPanel's)
        section_requested: SignalInstance
        record_changed: SignalInstance
        print_requested: SignalInstance
        full_result_requested: SignalInstance

        # methods one part calls on another
        def summary(self) -> DecisionSummary | None: ...
        def clear(self) -> None: ...
        def back(self) -> None: ...
        def discard_undo(self) -> None: ...
        def _render(self) -> None: ...
        def _render_in_place(self) -> None: ...
        def _render_outcome(self, o: Outcome, lay: QVBoxLayout) -> None: ...
        def _primary(self, text: str, name: str, description: str = "", *,
                     default: bool = True) -> QPushButton: ...
        def _link_button(self, section_id: str) -> LinkLabel: ...
        def retranslate_ui(self) -> None: ...
        def _record_form(self, summary: DecisionSummary) -> QWidget: ...
        def _touch(self) -> None: ...
        def _has_state(self) -> bool: ...
        def _on_next(self) -> None: ...
        def _on_edit(self, index: int) -> None: ...
        def _on_confirm(self) -> None: ...
        def _on_continue(self) -> None: ...
        def _on_factor(self, item: str, on: bool) -> None: ...
        def _on_choice_toggled(self, button: QAbstractButton, checked: bool) -> None: ...
