"""Keyboard focus across the window: the Tab order (it follows the layout), F6 and
Shift+F6 between the panes, and the side panel's show/hide toggle."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QPushButton, QTabWidget, QToolBar, QToolButton, QWidget

from desktop_app.page_outline import PageOutline
from desktop_app.reader import Reader
from desktop_app.reader_bars import HitBar
from desktop_app.search_panel import SearchPanel
from desktop_app.toc_tree import TocTree

if TYPE_CHECKING:
    from desktop_app.decision.panel import DecisionPanel


class Focus:
    """Collaborators: the panes (``search_panel``, ``toc``, ``outline``, ``hit_bar``,
    ``reader``, ``side_tabs``), the ``toolbar`` and the Quick exit button on it, the
    buttons of the message bars (in the order shown), the side panel's toggle action and
    the ``decision_panel`` once it has joined the window."""

    def __init__(self, search_panel: SearchPanel, toc: TocTree, outline: PageOutline,
                 hit_bar: HitBar, reader: Reader, side_tabs: QTabWidget, *,
                 toolbar: QToolBar, quick_exit_button: QPushButton,
                 bar_buttons: Callable[[], Sequence[QPushButton]],
                 side_panel_action: QAction,
                 decision_panel: Callable[[], DecisionPanel | None]):
        self.search_panel, self.toc, self.outline = search_panel, toc, outline
        self.hit_bar, self.reader, self.side_tabs = hit_bar, reader, side_tabs
        self.toolbar, self.quick_exit_button = toolbar, quick_exit_button
        self.bar_buttons = bar_buttons
        self.side_panel_action = side_panel_action
        self.decision_panel = decision_panel

    def update_tab_order(self) -> None:
        """Tab follows the layout: toolbar (every button, then Quick exit), the message
        bars, search, contents or results, the reader, then the side panel; every toolbar
        button is a Tab stop. Called again when panels or actions are added."""
        chain: list[QWidget] = []
        for a in self.toolbar.actions():
            w = self.toolbar.widgetForAction(a)
            if isinstance(w, QToolButton):
                w.setFocusPolicy(Qt.FocusPolicy.TabFocus)
                w.setAccessibleName(a.text().replace("&", "").rstrip("\u2026"))
                if a.toolTip():
                    w.setAccessibleDescription(a.toolTip())
                chain.append(w)
        chain.append(self.quick_exit_button)
        chain += self.bar_buttons()
        sp = self.search_panel
        chain += [sp.box, sp.tabs.tabBar(), sp.filters_toggle, self.toc, sp.list_view,
                  self.outline, self.hit_bar.prev_button, self.hit_bar.next_button,
                  self.hit_bar.clear_button, self.reader, self.side_tabs.tabBar()]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)
        panel = self.decision_panel()
        if panel is not None:
            panel.tab_before = self.side_tabs.tabBar()
            panel.tab_after = chain[0]
            panel.update_tab_order()

    def cycle_focus(self, step: int) -> None:
        """F6 (``step`` 1) and Shift+F6 (-1): search box, contents or results, reader, the
        side panel when it shows."""
        left = self.search_panel.tabs.currentWidget()
        left_target = left if left in (self.toc, self.outline) else self.search_panel.list_view
        panes: list[QWidget] = [self.search_panel.box, left_target, self.reader]
        side = self.side_tabs.currentWidget()
        if self.side_tabs.isVisible() and side is not None:
            panes.append(side)
        focus = QApplication.focusWidget()
        idx = 0
        for i, p in enumerate(panes):
            if focus is not None and (focus is p or p.isAncestorOf(focus)):
                idx = i
                break
        else:
            idx = -1 if step > 0 else 0
        target = panes[(idx + step) % len(panes)]
        panel = self.decision_panel()
        if panel is not None and target is panel:  # the helper: its current step
            panel.focus_step()
            return
        if target.focusPolicy() == Qt.FocusPolicy.NoFocus:  # a panel: its first control
            target = first_tab_stop(target) or target
        target.setFocus(Qt.FocusReason.TabFocusReason)

    def toggle_side_panel(self, on: bool) -> None:
        if self.side_tabs.count():
            self.side_tabs.setVisible(on)

    def sync_side_panel_action(self) -> None:
        has = self.side_tabs.count() > 0
        self.side_panel_action.setEnabled(has)
        self.side_panel_action.blockSignals(True)
        self.side_panel_action.setChecked(has and self.side_tabs.isVisible())
        self.side_panel_action.blockSignals(False)


def first_tab_stop(panel: QWidget) -> QWidget | None:
    """The first control inside ``panel`` that Tab would stop on, by Qt's focus chain."""
    w = panel.nextInFocusChain()
    for _ in range(10_000):  # the chain is a ring through the window; this only bounds it
        if w is None or w is panel:
            break
        if panel.isAncestorOf(w) and w.isVisible() and w.isEnabled() \
                and w.focusPolicy() & Qt.FocusPolicy.TabFocus:
            return w
        w = w.nextInFocusChain()
    return None
