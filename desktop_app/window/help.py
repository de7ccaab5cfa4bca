"""The Help menu's pages (shortcuts, privacy, the agency's contacts, About, content
problems) and Copy citation."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from content.model import Library, Section
from desktop_app import APP_NAME, clipboard_guard
from desktop_app.agency_view import agency_block_html
from desktop_app.content_words import format_date

translate = QCoreApplication.translate


class HelpPages:
    """Opens the Help menu's dialogs over ``window``."""

    def __init__(self, window: QWidget, library: Callable[[], Library],
                 shortcut_rows: Callable[[], list[tuple[str, str]]]):
        self.window, self.library, self.shortcut_rows = window, library, shortcut_rows

    def show_shortcuts(self) -> None:
        from desktop_app import dialogs  # when first asked for (issue 15)

        dialogs.ShortcutsDialog.show_for(self.window, self.shortcut_rows())

    def show_privacy(self) -> None:
        from desktop_app import dialogs  # when first asked for (issue 15)

        dialogs.TextDialog.show_for(self.window, *dialogs.privacy_page())

    def show_agency(self) -> None:
        from desktop_app import dialogs  # when first asked for (issue 15)

        agency = self.library().agency
        if agency is not None:
            dialogs.TextDialog.show_for(self.window, translate(
                "WindowHelp", "Contacts at {agency}").format(agency=agency.name),
                                        agency_block_html(agency))

    def show_about(self) -> None:
        from desktop_app import dialogs  # when first asked for (issue 15)

        dialogs.TextDialog.show_for(self.window, translate(
            "WindowHelp", "About {app}").format(app=APP_NAME),
                                    dialogs.about_html(self.library()))

    def show_problems(self) -> None:
        from desktop_app import dialogs  # when first asked for (issue 15)

        dialogs.ProblemsDialog.show_for(self.window, self.library().problems)


class Citation:
    """Copy citation: the open section's title, provisions, the guidance and the content
    version, as text on the clipboard (taken off it again on quick exit)."""

    def __init__(self, library: Callable[[], Library],
                 current_section: Callable[[], Section | None],
                 tell: Callable[[str, int], None]):
        self.library, self.current_section, self.tell = library, current_section, tell
        self.copied_text: str | None = None

    def text(self, section: Section | None = None) -> str:
        s = section or self.current_section()
        if s is None:
            return ""
        m = self.library().manifest
        lines = [s.title]
        if s.provisions:
            lines.append(translate("WindowHelp", "Provisions: {list}").format(
                list="; ".join(s.provisions)))
        if m.guidance_title:
            lines.append((translate("WindowHelp", "Guidance: {publisher}, “{title}” ({date}).")
                          if m.guidance_date else
                          translate("WindowHelp", "Guidance: {publisher}, “{title}”.")).format(
                publisher=m.guidance_publisher, title=m.guidance_title,
                date=format_date(m.guidance_date) if m.guidance_date else ""))
        source = {
            (True, True): translate("WindowHelp", "Source: {title}, content version {version} "
                                    "({date}), section “{id}”; statutes current to {statutes}. "
                                    "Not legal advice."),
            (True, False): translate("WindowHelp", "Source: {title}, content version {version} "
                                     "({date}), section “{id}”. Not legal advice."),
            (False, True): translate("WindowHelp", "Source: {title}, content version {version}, "
                                     "section “{id}”; statutes current to {statutes}. Not legal "
                                     "advice."),
            (False, False): translate("WindowHelp", "Source: {title}, content version "
                                      "{version}, section “{id}”. Not legal advice."),
        }[(bool(m.content_date), bool(m.statutes_current_to))]
        lines.append(source.format(
            title=m.title, version=m.content_version, id=s.id,
            date=format_date(m.content_date) if m.content_date else "",
            statutes=format_date(m.statutes_current_to) if m.statutes_current_to else ""))
        return "\n".join(lines)

    def copy(self) -> bool:
        text = self.text()
        if not text:
            self.tell(translate("WindowHelp", "Open a section to copy its citation."), 5000)
            return False
        clipboard_guard.copy_text(text)
        self.copied_text = text
        self.tell(translate("WindowHelp", "Citation copied."), 5000)
        return True

    def forget(self) -> None:
        clipboard_guard.forget(self.copied_text)  # every mode the app set, incl. X11 PRIMARY
        self.copied_text = None
