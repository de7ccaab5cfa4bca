"""The frame both message bars are made of (desktop_app/bar_frame.py): the window's
MessageBar and the decision helper's InlineBar set up their look, names, close button and
language switch in one place, and each keeps its own words, layout and Tab order."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QVBoxLayout, QWidget

from desktop_app import i18n
from desktop_app.bar_frame import BarFrame
from desktop_app.undo_bar import InlineBar
from desktop_app.window_bars import MessageBar

tr = QCoreApplication.translate


def _switch(language: str) -> None:
    i18n.set_language(language)
    QApplication.processEvents()


@pytest.fixture
def host(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    yield widget
    _switch("en")
    widget.close()


def _chain(bar: QWidget) -> list[str]:
    """The bar's parts in Tab order (Qt's focus chain, from the bar)."""
    names, w = [], bar.nextInFocusChain()
    while w is not bar and len(names) < 50:
        if bar.isAncestorOf(w):
            names.append(w.objectName())
        w = w.nextInFocusChain()
    return names


def test_both_bars_share_the_frame_look_names_and_plain_text_message(host):
    bars = [MessageBar("Idle clear", host, object_name="idleBar"),
            InlineBar("Answers", host, object_name="noticeBar")]
    for bar in bars:
        assert isinstance(bar, BarFrame) and bar.isHidden()
        prefix = bar.objectName()
        assert bar.property("messageBar") is True  # the style sheet's look, in every theme
        assert bar.frameShape() == QFrame.Shape.StyledPanel
        assert bar.label.objectName() == f"{prefix}.message"
        assert bar.label.textFormat() == Qt.TextFormat.PlainText and bar.label.wordWrap()
        assert bar.close_button.objectName() == f"{prefix}.close"
        assert not bar.close_button.autoDefault()  # Enter never closes a bar by surprise
    message, inline = bars
    assert message.accessibleName() == "Idle clear"
    assert (message.close_button.text(), message.close_button.accessibleName(),
            message.close_button.accessibleDescription()) == (
        "Dismiss", "Dismiss: Idle clear", "Hide this message")
    assert inline.accessibleName() == "Answers"
    assert (inline.close_button.text(), inline.close_button.accessibleName(),
            inline.close_button.accessibleDescription()) == ("Close", "Close: Answers", "")


def test_each_bar_keeps_its_own_layout_and_tab_order(host):
    message = MessageBar("Idle clear", host, object_name="idleBar")
    message.add_action("Keep working", "Keep working", lambda: None, object_name="keep")
    inline = InlineBar("Answers", host, object_name="noticeBar")
    assert isinstance(message.layout(), QHBoxLayout)
    assert message.label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert isinstance(inline.layout(), QVBoxLayout)  # the message over its buttons
    # the window sets its bars' Tab order itself (window/focus.py); the undo bar's action
    # comes before its close button
    assert _chain(inline)[-2:] == ["noticeBar.action", "noticeBar.close"]
    assert _chain(message)[-2:] == ["idleBar.close", "idleBar.keep"]


def test_a_new_name_names_the_close_button_too(host):
    message = MessageBar("Idle clear", host, object_name="idleBar")
    inline = InlineBar("", host, object_name="noticeBar")
    message.set_name("Search problem")
    inline.set_name("Decision helper")
    assert message.accessibleName() == "Search problem"
    assert message.close_button.accessibleName() == "Dismiss: Search problem"
    assert inline.accessibleName() == "Decision helper"
    assert inline.close_button.accessibleName() == "Close: Decision helper"


def test_a_language_switch_says_each_bar_again_in_its_own_words(host, qtbot):
    message = MessageBar("Idle clear", host, object_name="idleBar")
    inline = InlineBar("Answers", host, object_name="noticeBar")
    host.show()
    message.set_message(lambda: tr("WindowBars", "Idle clear"))
    message.show()
    inline.show_message(lambda: tr("WindowBars", "Privacy note"), lambda: "Undo",
                        lambda: None, timeout_ms=60_000)
    _switch("fr")
    # each bar's words come from its own translation context (MessageBar, InlineBar)
    assert message.close_button.text() == tr("MessageBar", "Dismiss") != "Dismiss"
    assert inline.close_button.text() == tr("InlineBar", "Close") != "Close"
    assert message.close_button.accessibleName() == tr(
        "MessageBar", "Dismiss: {name}").format(name="Idle clear")
    assert message.close_button.accessibleDescription() == tr("MessageBar",
                                                              "Hide this message")
    # and the messages given with their keys are said again, the undo kept
    assert message.label.text() == tr("WindowBars", "Idle clear") != "Idle clear"
    assert message.label.accessibleName() == message.accessibleDescription() \
        == message.label.text()
    assert inline.text() == tr("WindowBars", "Privacy note") == inline.accessibleDescription()
    assert inline.has_action
    plain = InlineBar("Other", host, object_name="otherBar")
    plain.show_message("Plain words", lambda: "Undo", lambda: None)
    _switch("en")
    assert plain.isHidden() and not plain.has_action  # plain text is closed, not left in French
    assert (message.close_button.text(), inline.close_button.text()) == ("Dismiss", "Close")
    assert (message.label.text(), inline.text()) == ("Idle clear", "Privacy note")


def test_closing_each_bar_runs_its_own_close(host, qtbot):
    message = MessageBar("Idle clear", host, object_name="idleBar")
    inline = InlineBar("Answers", host, object_name="noticeBar")
    host.show()
    message.set_message("Plain")
    message.show()
    inline.show_message("Answers cleared.", "Undo", lambda: None)
    with qtbot.waitSignal(message.dismissed), qtbot.waitSignal(inline.discarded):
        message.close_button.click()
        inline.close_button.click()
    assert message.isHidden() and inline.isHidden() and not inline.has_action
    assert inline.label.text() == ""  # the undo bar forgets what it said


def test_the_message_bar_is_announced_when_it_appears_and_when_its_message_changes(
        host, qtbot, monkeypatch):
    """A warning such as the idle clear's must reach a screen-reader user, who cannot see
    the bar appear: the window's message bar asks screen readers to read it, as the
    helper's undo bar always did."""
    import desktop_app.window_bars as window_bars

    heard: list[str] = []
    monkeypatch.setattr(window_bars, "announce", lambda widget, text: heard.append(text))
    layout = QVBoxLayout(host)
    bar = MessageBar("Notice", host, object_name="testBar")
    layout.addWidget(bar)
    host.show()
    bar.set_message("The screen will clear in a minute.")
    assert heard == []  # not in view yet: nothing to read
    bar.show()
    assert heard == ["The screen will clear in a minute."]
    bar.set_message("The record was cleared.")
    assert heard[-1] == "The record was cleared."
    bar.hide()
    bar.set_message("Hidden message")
    assert heard[-1] == "The record was cleared."  # a hidden bar is not read out
