"""The what-to-print dialog: the current section, chosen sections (checkboxes over the
table of contents), the search results, the decision summary or record, the quick
reference card, or the decision map; what can be printed right now is an
:class:`Available`, the user's choice a :class:`Selection`."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from content.model import Library, TocNode


@dataclass(frozen=True)
class Selection:
    """What the user chose to print.

    Attributes:
        kind: "section", "sections", "search", "decision-summary", "decision-record",
            "quick-reference" or "decision-map".
        section_ids: the sections, for "section" and "sections".
        action: "print", "preview" or "export" when the dialog offered all three
            (opened from the decision helper), else "".
    """

    kind: str
    section_ids: tuple[str, ...] = ()
    action: str = ""


@dataclass(frozen=True)
class Available:
    """What can be printed right now (offered by :class:`WhatToPrintDialog`)."""

    section_id: str | None = None
    section_title: str = ""
    search_query: str | None = None
    decision: bool = False
    decision_map: bool = False
    quick_reference: bool = True


class WhatToPrintDialog(QDialog):
    """Choose what to print: the current section, chosen sections (checkboxes over the
    table of contents), the search results, the decision summary or record, the quick
    reference card, or the decision map.

    Tests replace :meth:`ask`.
    """

    #: The buttons of the all-actions form (opened from the decision helper's button).
    #: Printing always goes through the preview (it has the Print button).
    ACTIONS = (("preview", "Preview and print\u2026"), ("export", "Save as PDF\u2026"),
               ("copy", "Copy as text"))
    #: What "Copy as text" can copy.
    COPYABLE = ("decision-summary", "decision-record")

    def __init__(self, parent: QWidget | None, library: Library, available: Available,
                 verb: str,
                 *, default: str | None = None, all_actions: bool = False):
        super().__init__(parent)
        self.action = ""
        self.setWindowTitle(f"{verb}: what to include")
        self.setAccessibleName("What to print")
        self._library = library
        layout = QVBoxLayout(self)
        question = ("What do you want to save as a PDF?" if "pdf" in verb.lower() else
                    "What do you want to preview?" if "preview" in verb.lower() else
                    "What do you want to print?")
        layout.addWidget(QLabel(question))
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        #: the all-actions form's buttons, by action (empty in the one-verb form)
        self.action_buttons: dict[str, QPushButton] = {}

        def option(kind: str, text: str, enabled: bool) -> QRadioButton:
            b = QRadioButton(text)
            b.setEnabled(enabled)
            self.group.addButton(b)
            self.buttons[kind] = b
            layout.addWidget(b)
            return b

        current = (f"This section: {available.section_title}" if available.section_id
                   else "This section (no section is open)")
        option("section", current, available.section_id is not None)
        option("sections", "Several sections, with their summaries first\u2026", True)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName("Sections to print")
        self.tree.setMinimumHeight(220)
        self._fill_tree(available.section_id)
        tree_row = QHBoxLayout()
        tree_row.addWidget(self.tree, 1)
        tree_buttons = QVBoxLayout()
        all_b = QPushButton("Select all")
        none_b = QPushButton("Clear")
        all_b.clicked.connect(lambda: self._check_all(True))
        none_b.clicked.connect(lambda: self._check_all(False))
        tree_buttons.addWidget(all_b)
        tree_buttons.addWidget(none_b)
        tree_buttons.addStretch(1)
        tree_row.addLayout(tree_buttons)
        layout.addLayout(tree_row)
        q = available.search_query
        option("search", f"Search results for \u201c{q}\u201d" if q
               else "Search results (no search yet)", bool(q))
        option("decision-summary", "Decision summary" if available.decision
               else "Decision summary (no decision yet)", available.decision)
        option("decision-record", "Decision record, with signature and date lines"
               if available.decision else "Decision record (no decision yet)",
               available.decision)
        option("quick-reference", "Quick reference card (one page)", available.quick_reference)
        option("decision-map", "Decision map: every question, path and outcome, for review",
               available.decision_map)
        self.buttons["sections"].toggled.connect(self._sync)
        if default in self.buttons and self.buttons[default].isEnabled():
            first = default
        else:
            # what is on screen: the open section, else the decision on screen, else the
            # search results, else the quick reference card; "several sections" (nothing
            # ticked yet) only when nothing else can be printed
            first = next(k for k in ("section", "decision-summary", "search",
                                     "quick-reference", "sections")
                         if self.buttons[k].isEnabled())
        self.buttons[first].setChecked(True)
        self._sync()
        if all_actions:
            box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
            for action, label in self.ACTIONS:
                b = box.addButton(label, QDialogButtonBox.ButtonRole.AcceptRole)
                b.clicked.connect(lambda _=False, a=action: self._choose_action(a))
                self.action_buttons[action] = b
            self.action_buttons["copy"].setToolTip(
                "Copy the decision as plain text, to paste into an electronic case file. "
                "Quick exit clears it from the clipboard.")
            self.group.buttonToggled.connect(lambda *_: self._sync())
            self._sync()
            box.rejected.connect(self.reject)
        else:
            box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
            # Print and Preview both open the preview first (it has the Print button)
            box.button(QDialogButtonBox.StandardButton.Ok).setText(
                "Preview\u2026" if verb.lower() in ("print", "preview") else verb)
            box.accepted.connect(self.accept)
            box.rejected.connect(self.reject)
        self.button_box = box
        layout.addWidget(box)

    def _choose_action(self, action: str) -> None:
        self.action = action
        self.accept()

    def _fill_tree(self, current: str | None) -> None:
        def add(parent: QTreeWidget | QTreeWidgetItem, node: TocNode) -> None:
            s = node.section
            item = QTreeWidgetItem(parent, [s.title])
            item.setData(0, Qt.ItemDataRole.UserRole, s.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked if s.id == current
                               else Qt.CheckState.Unchecked)
            for child in node.children:
                add(item, child)
        for node in self._library.toc():
            add(self.tree, node)
        self.tree.expandToDepth(0)

    def _check_all(self, on: bool) -> None:
        it = QTreeWidgetItemIterator(self.tree)
        while it.value():
            it.value().setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            it += 1
        self.buttons["sections"].setChecked(True)

    def _sync(self) -> None:
        self.tree.setEnabled(self.buttons["sections"].isChecked())
        copy = self.action_buttons.get("copy")
        if copy is not None:
            copy.setEnabled(any(self.buttons[k].isChecked() for k in self.COPYABLE
                                if k in self.buttons))

    def checked_sections(self) -> tuple[str, ...]:
        out = []
        it = QTreeWidgetItemIterator(self.tree)
        while it.value():
            item = it.value()
            if item.checkState(0) == Qt.CheckState.Checked:
                out.append(item.data(0, Qt.ItemDataRole.UserRole))
            it += 1
        return tuple(out)

    def selection(self) -> Selection | None:
        kind = next((k for k, b in self.buttons.items() if b.isChecked()), None)
        if kind is None:
            return None
        if kind == "sections":
            return Selection("sections", self.checked_sections(), self.action)
        return Selection(kind, action=self.action)

    @classmethod
    def ask(cls, parent: QWidget | None, library: Library, available: Available, verb: str,
            *,
            default: str | None = None, all_actions: bool = False) -> Selection | None:
        """Show the dialog; the user's choice, or None if cancelled.

        Args:
            default: the printout chosen at first (if it is available).
            all_actions: offer Print..., Preview... and Save as PDF... buttons instead of
                one ``verb`` button; the choice is in ``Selection.action``.
        """
        dialog = cls(parent, library, available, verb, default=default,
                     all_actions=all_actions)
        try:
            while dialog.exec() == QDialog.DialogCode.Accepted:
                sel = dialog.selection()
                if sel is not None and (sel.kind != "sections" or sel.section_ids):
                    return sel
                QMessageBox.information(dialog, "Nothing chosen",
                                        "Tick at least one section in the list.")
            return None
        finally:
            dialog.deleteLater()
