"""The message bars over the panes: the privacy note on first run, the idle warning and
notice, the content problems, and search that could not start."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from content.model import Library
from desktop_app.accessible import name
from desktop_app.settings import Settings
from desktop_app.window_bars import MessageBar

translate = QCoreApplication.translate


class MessageBars:
    """The four bars, top to bottom, added to ``layout``; each button calls what it says
    (``show_problems``, ``retry_index``, ``keep_working``)."""

    def __init__(self, parent: QWidget, layout: QVBoxLayout, *,
                 show_problems: Callable[[], None], retry_index: Callable[[], None],
                 keep_working: Callable[[], None]):
        self.first_run_bar = MessageBar("Privacy note", parent, object_name="firstRunBar")
        self.problems_bar = MessageBar("Content problems", parent, object_name="problemsBar")
        self.problems_show_button = self.problems_bar.add_action("", "", show_problems,
                                                                 object_name="show")
        self.index_bar = MessageBar("Search problem", parent, object_name="indexBar")
        self.index_retry_button = self.index_bar.add_action("", "", retry_index,
                                                            object_name="retry")
        # the warning a minute before the idle clear, and the notice after it
        self.idle_bar = MessageBar("Idle clear", parent, object_name="idleBar")
        self.idle_keep_button = self.idle_bar.add_action("", "", keep_working,
                                                         object_name="keepWorking")
        for bar in (self.first_run_bar, self.idle_bar, self.problems_bar, self.index_bar):
            layout.addWidget(bar)
        self.problems = 0
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """The bars' names, their buttons, and the messages that do not change with state
        (the search and idle messages are said by their controllers)."""
        for bar, bar_name in ((self.first_run_bar, translate("WindowBars", "Privacy note")),
                              (self.problems_bar, translate("WindowBars", "Content problems")),
                              (self.index_bar, translate("WindowBars", "Search problem")),
                              (self.idle_bar, translate("WindowBars", "Idle clear"))):
            bar.set_name(bar_name)  # and its Dismiss button's spoken name
        if not self.first_run_bar.isHidden():
            self._say_privacy_note()
        self.first_run_bar.close_button.setText(translate("WindowBars", "OK"))
        for button, text, spoken in (
                (self.problems_show_button, translate("WindowBars", "Show"),
                 translate("WindowBars", "Show content problems")),
                (self.index_retry_button, translate("WindowBars", "Try again"),
                 translate("WindowBars", "Try preparing search again")),
                (self.idle_keep_button, translate("WindowBars", "Keep working"),
                 translate("WindowBars", "Keep working: do not clear the screen"))):
            button.setText(text)
            name(button, spoken)
        if self.problems == 1:
            self.problems_bar.set_message(translate(
                "WindowBars", "1 content problem was found. The rest of the guide is shown as "
                "usual."))
        elif self.problems:
            self.problems_bar.set_message(translate(
                "WindowBars", "{n} content problems were found. The rest of the guide is shown "
                "as usual.").format(n=self.problems))

    def buttons(self) -> list[QPushButton]:
        """Every bar's buttons, in the order they show (its actions, then Dismiss)."""
        return [self.first_run_bar.close_button,
                self.idle_keep_button, self.idle_bar.close_button,
                self.problems_show_button, self.problems_bar.close_button,
                self.index_retry_button, self.index_bar.close_button]

    def _say_privacy_note(self) -> None:
        """The first start's privacy note, in the current language (the dialogs' module,
        which words it, is read only then: issue 15)."""
        from desktop_app import dialogs

        self.first_run_bar.set_message(dialogs.privacy_note())

    def show_first_run(self, settings: Settings, then: Callable[[], None]) -> None:
        """The privacy note until the user has acknowledged it once."""
        if settings.first_run_shown:
            return
        self._say_privacy_note()
        self.first_run_bar.show()

        def dismissed() -> None:
            # counted as shown once the user has acknowledged it, not when it appears
            settings.first_run_shown = True
            then()

        self.first_run_bar.dismissed.connect(dismissed)

    def show_problems(self, library: Library) -> None:
        """Say how many content problems were found (the rest of the guide is shown)."""
        self.problems = len(library.problems)
        if self.problems:
            self.retranslate_ui()
            self.problems_bar.show()
