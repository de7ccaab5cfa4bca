"""Issue 15: accessibility proven with the real Linux stack (what Orca reads).

Starts the app under Xvfb with its own D-Bus session and the AT-SPI bus (Debian's
``at-spi2-core``), then reads and drives it through AT-SPI with Debian's
``python3-pyatspi`` (``tests/tools/atspi_driver.py``, run by the system Python). Asserts that
every interactive control that is showing has a role and a name; that a new step puts focus
on something that names the question (never on "Back" first); and that the result's full
text (conditions, notice, what to record, disclaimer) is readable, in the helper and in
the reader's full page; and that search, open, decide, record, print preview and quick exit
can all be done with the keyboard alone (keys sent through AT-SPI, as XTest events).

On Linux this always runs: ``python3 dev.py test`` installs the packages (or stops with the
one ``apt-get`` line to run). It skips only on other systems, and says why.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SYSTEM_PY = "/usr/bin/python3"
DEBIAN = ["at-spi2-core", "python3-pyatspi", "xvfb", "dbus"]

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(not sys.platform.startswith("linux"),
                       reason="AT-SPI is the Linux accessibility stack; Windows (UIA) and "
                       "macOS (NSAccessibility) are not driven by this test"),
]

from tests.tools.decision_steps import PHIPA_POLICE as PATH  # noqa: E402 - the same path


def _require_stack() -> None:
    missing = []
    if not shutil.which("Xvfb"):
        missing.append("xvfb")
    if not shutil.which("dbus-daemon"):
        missing.append("dbus")
    if not Path("/usr/libexec/at-spi-bus-launcher").exists():
        missing.append("at-spi2-core")
    ok = Path(SYSTEM_PY).exists() and subprocess.run(
        [SYSTEM_PY, "-c", "import pyatspi"], capture_output=True).returncode == 0
    if not ok:
        missing.append("python3-pyatspi")
    if missing:
        pytest.fail("the accessibility test needs Debian packages; run:\n  sudo apt-get "
                    "install " + " ".join(missing) + "\n(python3 dev.py test installs them "
                    "when it can)")


def _free_display() -> int:
    for n in range(90, 200):
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
            return n
    raise RuntimeError("no free X display number")


@pytest.fixture
def stack(tmp_path):
    """Xvfb + a private D-Bus session; yields the environment for the app and the driver."""
    _require_stack()
    procs: list[subprocess.Popen] = []
    n = _free_display()
    xvfb = subprocess.Popen(["Xvfb", f":{n}", "-screen", "0", "1366x768x24", "-nolisten",
                             "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    procs.append(xvfb)
    for _ in range(100):
        if Path(f"/tmp/.X11-unix/X{n}").exists():
            break
        time.sleep(0.05)
    bus = subprocess.run(["dbus-daemon", "--session", "--fork", "--print-address=1",
                          "--print-pid=1"], capture_output=True, text=True, check=True)
    address, pid = bus.stdout.split()[:2]
    home = tmp_path / "home"
    home.mkdir()
    env = dict(os.environ, DISPLAY=f":{n}", DBUS_SESSION_BUS_ADDRESS=address,
               QT_QPA_PLATFORM="xcb", QT_ACCESSIBILITY="1",
               QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", NO_AT_BRIDGE="0", HOME=str(home),
               XDG_CONFIG_HOME=str(home / ".config"), XDG_CACHE_HOME=str(home / ".cache"),
               XDG_DATA_HOME=str(home / ".local"), XDG_RUNTIME_DIR=str(tmp_path))
    env.pop("QT_LOGGING_RULES", None)
    try:
        yield env, procs
    finally:
        for p in reversed(procs):
            if p.poll() is None:
                p.terminate()
                try:
                    p.wait(10)
                except subprocess.TimeoutExpired:
                    p.kill()
        with contextlib.suppress(OSError, ValueError):
            os.kill(int(pid), signal.SIGTERM)


def _plan(library) -> tuple[dict, object]:
    from content.decision import DecisionSession

    s = DecisionSession(library.extras["decisions"]["share"])
    answers, indexes = [], []
    first_answer = s.current.choices[0].label
    for v in PATH:
        q = s.current
        answers.append([q.text, q.choice(v).label])
        indexes.append([c.value for c in q.choices].index(v))
        s.answer(v)
    s.confirm()
    plan = {"app": "Info-Sharing", "answers": answers, "indexes": indexes,
            "query": "police", "record_field": "Your role (no names needed)",
            "record_text": "Case worker", "first_answer": first_answer}
    return plan, s.summary()


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_screen_reader_hears_every_control_the_questions_and_the_whole_result(
        stack, tmp_path, library):
    env, procs = stack
    plan, summary = _plan(library)
    plan_file = tmp_path / "plan.json"
    plan_file.write_text(json.dumps(plan), encoding="utf-8")
    with open(tmp_path / "app.log", "wb") as app_log:  # the app's output, if it fails
        app = subprocess.Popen([sys.executable, "-m", "desktop_app", "--basedir",
                                str(tmp_path / "basedir")], cwd=ROOT, env=env,
                               stdout=app_log, stderr=subprocess.STDOUT)
        procs.append(app)
        driver = subprocess.run([SYSTEM_PY, str(ROOT / "tests" / "tools" / "atspi_driver.py"),
                                 str(plan_file)], env=env, capture_output=True, text=True,
                                timeout=300, cwd=ROOT)
    assert driver.stdout.strip(), driver.stderr[-3000:]
    result = json.loads(driver.stdout.strip().splitlines()[-1])
    assert result["errors"] == [], result["errors"]

    # every interactive control that is showing has a name
    assert len(result["interactive"]) > 40
    assert result["unnamed"] == []
    roles = {d["role"] for d in result["interactive"]}
    assert {"push button", "radio button", "menu item", "page tab"} <= roles

    # each step puts focus on something that names the question, never "Back" first
    steps = result["steps"]
    assert len(steps) == len(PATH) + 1
    for (question, _label), step in zip(plan["answers"][1:], steps, strict=False):
        assert step["focus"], f"no focus event after answering: {step['question']}"
        first = step["focus"][0]
        assert first["name"] != "Back", step
        said = " ".join((first["name"], first["description"], first["parent"]))
        assert question in said, (question, first)
    result_focus = steps[-1]["focus"]
    assert result_focus and result_focus[0]["name"].startswith("Result: "), result_focus

    # every word of the result reaches the screen reader
    heard = _flat(result["all_text"])
    for item in (summary.title, summary.disclaimer, summary.notice.text, *summary.conditions,
                 *summary.record_points, *summary.provisions):
        assert _flat(item) in heard, item
    if summary.notice.safety:
        assert _flat(summary.notice.safety) in heard
    # the reader shows the result as a full page, readable as text
    reader = result["reader"]
    assert reader and reader[0]["text"] and summary.title in reader[0]["text"]

    # the whole flow with the keyboard alone
    kb = result["keyboard"]
    print(json.dumps({k: v for k, v in kb.items() if k != "opened"}))  # shown when it fails
    assert kb["search_focus"] == "Search the guide", result.get("after_cover")
    assert kb["open_focus"] == "Reader" and "police" in kb["opened"].lower()
    assert not kb["opened"].startswith(library.manifest.title)  # not the start page
    # the page's headings and links: listed with what they are ("On this page",
    # Ctrl+Shift+O), reachable with arrows, Enter follows a link; Tab in the reader says
    # which link Enter opens, and Enter opens it
    assert "structure_error" not in kb, kb.get("structure_error")
    opened = _flat(kb["opened"])
    # focus on the heading of the part being read (the result's paragraph)
    assert kb["outline_focus"] and kb["outline_focus"].startswith("Heading level "), \
        kb.get("outline_focus_events")
    assert kb["outline_focus"].split(": ", 1)[1] in opened
    heads = [n for n in kb["outline"] if n.startswith("Heading level ")]
    links = [n for n in kb["outline"] if not n.startswith("Heading level ")]
    assert len(heads) >= 2 and len(links) >= 3, kb["outline"]
    for n in heads + links:
        assert _flat(n.split(": ", 1)[1]) in opened, n
    assert kb["outline_link"].startswith("Link to a section: "), kb["outline_link"]
    assert kb["outline_opened_focus"] == "Reader"
    target = kb["outline_link"].split(": ", 1)[1]
    assert _flat(target) in _flat(kb["outline_opened"]) and kb["outline_opened"] != kb["opened"]
    assert kb["reader_tab"].startswith("Link selected: "), kb["reader_tab"]
    assert kb["reader_tab_opened"] and kb["reader_tab_opened"] != kb["outline_opened"]
    assert kb["helper_focus"] == plan["first_answer"]
    assert kb["result_focus"] == f"Result: {summary.title}"
    assert kb["record_text"] == "Case worker"
    assert kb["preview"], "the print preview opened"
    assert kb["preview_closed"]
    assert kb["after_exit_search"] == "" and kb["after_exit_first_question"]
