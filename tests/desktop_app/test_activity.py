"""One activity monitor feeds both idle timers (the screen's and the decision record's).

Touch, a pen on a tablet and input-method (IME) typing count as use of the app for both:
before, only the record's timer counted touch and IME input, so the record stayed while
the screen cleared around it.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import (
    QEventPoint,
    QInputDevice,
    QInputMethodEvent,
    QKeyEvent,
    QMouseEvent,
    QPointingDevice,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from desktop_app.activity import USER_INPUT, ActivityMonitor, activity_monitor

pytestmark = pytest.mark.gui

_DEVICES: list[QPointingDevice] = []  # kept alive for the whole session


def _device(kind: QInputDevice.DeviceType, pointer: QPointingDevice.PointerType) -> QPointingDevice:
    dev = QPointingDevice(f"test {kind.name}", 1000 + len(_DEVICES), kind, pointer,
                          QInputDevice.Capability.Position | QInputDevice.Capability.Pressure,
                          10, 3)
    _DEVICES.append(dev)
    return dev


def touch(target: QWidget) -> None:
    # Qt delivers touch events to widgets that take them (scroll areas do, for flicking);
    # on the others a touch arrives as a synthesized mouse press
    target.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
    dev = _device(QInputDevice.DeviceType.TouchScreen, QPointingDevice.PointerType.Finger)
    point = QEventPoint(1, QEventPoint.State.Pressed, QPointF(5, 5), QPointF(5, 5))
    QApplication.sendEvent(target, QTouchEvent(QEvent.Type.TouchBegin, dev,
                                               Qt.KeyboardModifier.NoModifier, [point]))


def pen(target: QWidget) -> None:
    dev = _device(QInputDevice.DeviceType.Stylus, QPointingDevice.PointerType.Pen)
    QApplication.sendEvent(target, QTabletEvent(
        QEvent.Type.TabletPress, dev, QPointF(5, 5), QPointF(5, 5), 0.5, 0.0, 0.0, 0.0, 0.0,
        0.0, Qt.KeyboardModifier.NoModifier, Qt.MouseButton.LeftButton,
        Qt.MouseButton.LeftButton))


def ime(target: QWidget) -> None:
    event = QInputMethodEvent()
    event.setCommitString("你好")  # typed with a Chinese input method: no KeyPress at all
    QApplication.sendEvent(target, event)


def key(target: QWidget) -> None:
    QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A,
                                             Qt.KeyboardModifier.NoModifier, "a"))


def click(target: QWidget) -> None:
    QApplication.sendEvent(target, QMouseEvent(
        QEvent.Type.MouseButtonPress, QPointF(5, 5), QPointF(5, 5), Qt.MouseButton.LeftButton,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))


INPUTS: dict[str, Callable[[QWidget], None]] = {
    "touch": touch, "pen": pen, "ime": ime, "key": key, "click": click}


def test_there_is_one_monitor_per_app(qapp):
    assert activity_monitor() is activity_monitor()
    assert activity_monitor().parent() is qapp


@pytest.mark.parametrize("kind", sorted(INPUTS))
def test_the_monitor_sees_each_kind_of_input(qtbot, kind):
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, True)
    seen: list[bool] = []
    activity_monitor().activity.connect(lambda: seen.append(True))
    INPUTS[kind](edit)
    assert seen, f"{kind} input did not count as activity"


def test_moving_the_pointer_or_painting_is_not_activity(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    monitor = ActivityMonitor()
    seen: list[bool] = []
    monitor.activity.connect(lambda: seen.append(True))
    move = QMouseEvent(QEvent.Type.MouseMove, QPointF(5, 5), QPointF(5, 5),
                       Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    for event in (move, QEvent(QEvent.Type.Paint), QEvent(QEvent.Type.Timer)):
        assert monitor.eventFilter(widget, event) is False  # it never eats an event
    assert seen == []
    assert QEvent.Type.MouseMove not in USER_INPUT


@pytest.fixture
def window(make_window):  # noqa: F811
    return make_window(None, index=False, wait=False)


@pytest.mark.parametrize("kind", ["touch", "pen", "ime"])
def test_touch_pen_and_ime_keep_both_the_screen_and_the_record(qtbot, window, kind):
    panel = window.decision_panel
    first = next(iter(panel.choice_buttons))
    panel.choose(first)  # an answer: now there is a record to keep
    assert panel.has_state()
    window.idle.set_idle_timeout(5)  # the preference: clear the screen after 5 minutes idle
    window.idle.set_interval(60_000)
    panel.set_idle_timeout(60_000)
    assert window.idle.timer.isActive() and panel._idle.isActive()
    # let both countdowns run 1.5 s (start-up work may restart the screen's once more): a
    # countdown not started again is then below 58.5 s, one started again near 60 s, and
    # 59 s between them leaves a busy computer a second to get from the input to the check
    qtbot.waitUntil(lambda: window.idle.timer.remainingTime() < 58_500
                    and panel._idle.remainingTime() < 58_500, timeout=10_000)
    INPUTS[kind](window.search_panel.box)
    # both countdowns started again from the full minute
    assert window.idle.timer.remainingTime() > 59_000, "the screen would still clear"
    assert panel._idle.remainingTime() > 59_000, "the record would still clear"
