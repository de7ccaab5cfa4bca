"""The what-to-print dialog: the current section, chosen sections (checkboxes over the
table of contents), the search results, the decision summary or record, the quick
reference card, or the decision map; what can be printed right now is an
:class:`Available`, the user's choice a :class:`Selection`."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, Qt
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

    ``verb`` ("Print", "Preview" or "Export PDF") says which words it uses (its title,
    question and button), in the current language. Tests replace :meth:`ask`.
    """

    #: The buttons of the all-actions form (opened from the decision helper's button).
    #: Printing always goes through the preview (it has the Print button).
    ACTIONS = ("preview", "export", "copy")
    #: What "Copy as text" can copy.
    COPYABLE = ("decision-summary", "decision-record")

    def __init__(self, parent: QWidget | None, library: Library, available: Available,
                 verb: str, *, default: str | None = None, all_actions: bool = False):
        super().__init__(parent)
        self.action = ""
        self._verb = verb.lower()
        self._available = available
        self._library = library
        layout = QVBoxLayout(self)
        self.question = QLabel()
        self.question.setObjectName("question")
        layout.addWidget(self.question)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        #: the all-actions form's buttons, by action (empty in the one-verb form)
        self.action_buttons: dict[str, QPushButton] = {}
        enabled = {"section": available.section_id is not None, "sections": True,
                   "search": bool(available.search_query), "decision-summary":
                   available.decision, "decision-record": available.decision,
                   "quick-reference": available.quick_reference,
                   "decision-map": available.decision_map}
        for kind, on in enabled.items():
            b = QRadioButton()
            b.setObjectName(f"print:{kind}")
            b.setEnabled(on)
            self.group.addButton(b)
            self.buttons[kind] = b
            layout.addWidget(b)
            if kind == "sections":  # the sections to tick, under their option
                layout.addLayout(self._tree_row(available.section_id))
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
            for action in self.ACTIONS:
                button = box.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
                button.setObjectName(f"action:{action}")
                button.clicked.connect(lambda _=False, a=action: self._choose_action(a))
                self.action_buttons[action] = button
            self.group.buttonToggled.connect(lambda *_: self._sync())
            self._sync()
            box.rejected.connect(self.reject)
        else:
            box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
            box.accepted.connect(self.accept)
            box.rejected.connect(self.reject)
        self.button_box = box
        layout.addWidget(box)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Every word of the dialog in the current language."""
        verb, available = self._verb, self._available
        if "pdf" in verb:
            self.setWindowTitle(self.tr("Export PDF: what to include"))
            self.question.setText(self.tr("What do you want to save as a PDF?"))
        elif "preview" in verb:
            self.setWindowTitle(self.tr("Preview: what to include"))
            self.question.setText(self.tr("What do you want to preview?"))
        else:
            self.setWindowTitle(self.tr("Print: what to include"))
            self.question.setText(self.tr("What do you want to print?"))
        self.setAccessibleName(self.tr("What to print"))
        q = available.search_query
        texts = {
            "section": self.tr("This section: {title}").format(title=available.section_title)
            if available.section_id else self.tr("This section (no section is open)"),
            "sections": self.tr("Several sections, with their summaries first\u2026"),
            "search": self.tr("Search results for \u201c{query}\u201d").format(query=q)
            if q else self.tr("Search results (no search yet)"),
            "decision-summary": self.tr("Decision summary") if available.decision
            else self.tr("Decision summary (no decision yet)"),
            "decision-record": self.tr("Decision record, with signature and date lines")
            if available.decision else self.tr("Decision record (no decision yet)"),
            "quick-reference": self.tr("Quick reference card (one page)"),
            "decision-map": self.tr("Decision map: every question, path and outcome, "
                                    "for review"),
        }
        for kind, text in texts.items():
            self.buttons[kind].setText(text)
        self.tree.setAccessibleName(self.tr("Sections to print"))
        self.select_all_button.setText(self.tr("Select all"))
        self.clear_button.setText(self.tr("Clear"))
        labels = {"preview": self.tr("Preview and print\u2026"),
                  "export": self.tr("Save as PDF\u2026"), "copy": self.tr("Copy as text")}
        for action, button in self.action_buttons.items():
            button.setText(labels[action])
        if "copy" in self.action_buttons:
            self.action_buttons["copy"].setToolTip(self.tr(
                "Copy the decision as plain text, to paste into an electronic case file. "
                "Quick exit clears it from the clipboard."))
        ok = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            # Print and Preview both open the preview first (it has the Print button)
            ok.setText(self.tr("Export PDF") if "pdf" in verb else self.tr("Preview\u2026"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _tree_row(self, current: str | None) -> QHBoxLayout:
        """The table of contents with a checkbox per section, and Select all / Clear."""
        self.tree = QTreeWidget()
        self.tree.setObjectName("sections")
        self.tree.setHeaderHidden(True)
        self.tree.setMinimumHeight(220)
        self._fill_tree(current)
        row = QHBoxLayout()
        row.addWidget(self.tree, 1)
        column = QVBoxLayout()
        self.select_all_button = QPushButton()
        self.select_all_button.setObjectName("selectAll")
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("selectNone")
        self.select_all_button.clicked.connect(lambda: self._check_all(True))
        self.clear_button.clicked.connect(lambda: self._check_all(False))
        column.addWidget(self.select_all_button)
        column.addWidget(self.clear_button)
        column.addStretch(1)
        row.addLayout(column)
        return row

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
            *, default: str | None = None, all_actions: bool = False) -> Selection | None:
        """Show the dialog; the user's choice, or None if cancelled.

        Args:
            default: the printout chosen at first (if it is available).
            all_actions: offer "Preview and print...", "Save as PDF..." and "Copy as text"
                buttons instead of one ``verb`` button; the choice is in
                ``Selection.action``.
        """
        dialog = cls(parent, library, available, verb, default=default,
                     all_actions=all_actions)
        try:
            while dialog.exec() == QDialog.DialogCode.Accepted:
                sel = dialog.selection()
                if sel is not None and (sel.kind != "sections" or sel.section_ids):
                    return sel
                QMessageBox.information(
                    dialog, QCoreApplication.translate("WhatToPrintDialog", "Nothing chosen"),
                    QCoreApplication.translate("WhatToPrintDialog",
                                               "Tick at least one section in the list."))
            return None
        finally:
            dialog.deleteLater()
