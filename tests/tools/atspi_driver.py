"""Driven by tests/desktop_app/test_accessibility_atspi.py, run by the *system* Python (Debian's
python3-pyatspi): reads the app's accessibility tree over AT-SPI, the way Orca does, and
acts on it. Prints one JSON object on the last line.

    /usr/bin/python3 tests/tools/atspi_driver.py PLAN.json

PLAN: {"app": name, "answers": [[question text, answer label], ...]}
"""

from __future__ import annotations

import json
import sys
import time

import pyatspi  # noqa: I001 - Debian's package, not in the project's venv
from gi.repository import GLib

INTERACTIVE = {"push button", "toggle button", "check box", "radio button", "menu item",
               "page tab", "text", "combo box", "list item", "link", "spin button",
               "entry", "password text", "check menu item", "radio menu item", "slider",
               "tree item", "table cell"}

focus_log: list[dict] = []
_X_ERRORS = None


def pump(seconds: float) -> None:
    ctx = GLib.MainContext.default()
    end = time.time() + seconds
    while time.time() < end:
        while ctx.iteration(False):
            pass
        time.sleep(0.02)


def info(obj) -> dict:
    try:
        states = obj.getState()
        d = {"role": obj.getRoleName(), "name": obj.name or "",
             "description": obj.description or "",
             "showing": states.contains(pyatspi.STATE_SHOWING),
             "focusable": states.contains(pyatspi.STATE_FOCUSABLE),
             "focused": states.contains(pyatspi.STATE_FOCUSED)}
        parent = obj.parent
        d["parent"] = (parent.name or "") if parent is not None else ""
        try:
            t = obj.queryText()
            d["text"] = t.getText(0, t.characterCount)
        except NotImplementedError:
            d["text"] = None
        return d
    except Exception as exc:  # noqa: BLE001 - the tree changes under us
        return {"role": "gone", "name": "", "description": "", "parent": "", "text": None,
                "showing": False, "focusable": False, "focused": False, "error": str(exc)}


def walk(obj, depth=0, out=None, path=""):
    out = [] if out is None else out
    if obj is None or depth > 40:
        return out
    d = info(obj)
    d["path"] = path
    out.append((obj, d))
    try:
        n = obj.childCount
    except Exception:  # noqa: BLE001
        return out
    for i in range(min(n, 400)):
        try:
            child = obj.getChildAtIndex(i)
        except Exception:  # noqa: BLE001
            continue
        walk(child, depth + 1, out, f"{path} > {d['role']}:{d['name'][:30]}")
    return out


def find_app(name: str, timeout: float = 40.0):
    end = time.time() + timeout
    while time.time() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name and name.lower() in app.name.lower():
                return app
        pump(0.3)
    return None


def showing(app, role=None, name=None):
    for obj, d in walk(app):
        if not d.get("showing"):
            continue
        if role and d["role"] != role:
            continue
        if name is not None and d["name"] != name:
            continue
        yield obj, d


def act(obj, names=("press", "toggle", "click", "activate", "jump")) -> bool:
    a = obj.queryAction()
    for i in range(a.nActions):
        if a.getName(i).lower() in names:
            return a.doAction(i)
    return a.doAction(0) if a.nActions else False


def give_x_focus(title: str) -> bool:
    """No window manager runs under Xvfb, so nothing activates the app's window and Qt
    reports no focus at all. Do what a window manager does: give it the X input focus."""
    import ctypes
    import ctypes.util

    x = ctypes.cdll.LoadLibrary(ctypes.util.find_library("X11"))
    x.XOpenDisplay.restype = ctypes.c_void_p
    x.XDefaultRootWindow.restype = ctypes.c_ulong
    x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    dpy = x.XOpenDisplay(None)
    if not dpy:
        return False
    # hidden windows share the title; focusing them is a BadMatch, which must not abort us
    handler_type = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
    global _X_ERRORS
    _X_ERRORS = handler_type(lambda _d, _e: 0)
    x.XSetErrorHandler(_X_ERRORS)
    root = x.XDefaultRootWindow(dpy)
    root_ret, parent_ret = ctypes.c_ulong(), ctypes.c_ulong()
    children, n = ctypes.POINTER(ctypes.c_ulong)(), ctypes.c_uint()
    x.XQueryTree.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong),
                             ctypes.POINTER(ctypes.c_ulong),
                             ctypes.POINTER(ctypes.POINTER(ctypes.c_ulong)),
                             ctypes.POINTER(ctypes.c_uint)]
    x.XFetchName.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(ctypes.c_char_p)]
    x.XSetInputFocus.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_ulong]
    x.XRaiseWindow.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
    x.XFlush.argtypes = [ctypes.c_void_p]
    x.XQueryTree(dpy, root, ctypes.byref(root_ret), ctypes.byref(parent_ret),
                 ctypes.byref(children), ctypes.byref(n))
    found = False
    for i in range(n.value):
        w = children[i]
        name = ctypes.c_char_p()
        if x.XFetchName(dpy, w, ctypes.byref(name)) and name.value and \
                title.lower() in name.value.decode("utf-8", "replace").lower():
            x.XRaiseWindow(dpy, w)
            x.XSetInputFocus(dpy, w, 2, 0)  # RevertToParent, CurrentTime
            found = True
    x.XFlush(dpy)
    return found


KEYSYM = {"Return": 0xFF0D, "Tab": 0xFF09, "Down": 0xFF54, "F6": 0xFFC3, "Escape": 0xFF1B,
          "space": 0x20, "ctrl": 0xFFE3, "shift": 0xFFE1, "alt": 0xFFE9}
_XT: dict = {}


def _xtest():
    """libX11 + libXtst through ctypes: real key events, as a keyboard makes them."""
    if not _XT:
        import ctypes
        import ctypes.util

        x = ctypes.cdll.LoadLibrary(ctypes.util.find_library("X11"))
        t = ctypes.cdll.LoadLibrary(ctypes.util.find_library("Xtst"))
        x.XOpenDisplay.restype = ctypes.c_void_p
        x.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
        x.XKeysymToKeycode.restype = ctypes.c_ubyte
        x.XFlush.argtypes = [ctypes.c_void_p]
        t.XTestFakeKeyEvent.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_int,
                                        ctypes.c_ulong]
        _XT.update(x=x, t=t, dpy=x.XOpenDisplay(None))
    return _XT


def _press(sym: int, down: bool) -> None:
    xt = _xtest()
    code = xt["x"].XKeysymToKeycode(xt["dpy"], sym)
    xt["t"].XTestFakeKeyEvent(xt["dpy"], code, 1 if down else 0, 0)
    xt["x"].XFlush(xt["dpy"])


def key(name: str, *mods: str, wait: float = 0.3) -> None:
    """Press a key (with modifiers) as a keyboard user does: XTest events to the focused
    window."""
    for m in mods:
        _press(KEYSYM[m], True)
    sym = KEYSYM.get(name, ord(name) if len(name) == 1 else 0)
    _press(sym, True)
    _press(sym, False)
    for m in reversed(mods):
        _press(KEYSYM[m], False)
    pump(wait)


def type_text(text: str) -> None:
    for ch in text:
        if ch.isupper():
            key(ch.lower(), "shift", wait=0.03)
        else:
            key("space" if ch == " " else ch, wait=0.03)
    pump(0.5)


def wait_focus(pred, timeout: float = 4.0) -> dict:
    """Pump events until the last focus event satisfies ``pred`` (a busy machine delivers
    them late), or the time is up; returns the last focus seen."""
    end = time.time() + timeout
    while time.time() < end:
        if focus_log and pred(focus_log[-1]):
            break
        pump(0.1)
    return focus_log[-1] if focus_log else {}


def focused(_app) -> dict:
    """The object that last took focus (from the focus events)."""
    return focus_log[-1] if focus_log else {}


def log(msg: str) -> None:
    print(f"[driver {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


OUTLINE_PREFIXES = ("Heading level ", "Link to ", "Link: ", "Web address: ", "Email address: ")


def reader_info(app) -> dict:
    found = [d for _o, d in walk(app) if d["name"] == "Reader"]
    return found[0] if found else {}


def page_structure(app) -> dict:
    """The open page's headings and links, as Orca would get them: "On this page"
    (Ctrl+Shift+O), arrows to a link to a section, Enter; then Tab in the reader onto a
    link (what the reader says it is) and Enter."""
    out: dict = {}
    focus_log.clear()
    key("o", "ctrl", "shift", wait=1.0)
    log("outline_focus")
    wait_focus(lambda d: d["name"].startswith("Heading level"), 4.0)
    out["outline_focus_events"] = [d["name"] for d in focus_log]
    out["outline_focus"] = focused(app).get("name")
    out["outline"] = [d["name"] for _o, d in walk(app)
                      if d.get("showing") and d["name"].startswith(OUTLINE_PREFIXES)]
    for _ in range(80):
        if (focused(app).get("name") or "").startswith("Link to a section: "):
            break
        focus_log.clear()
        key("Down", wait=0.1)
        wait_focus(lambda _d: True, 1.5)
    out["outline_link"] = focused(app).get("name")
    focus_log.clear()
    key("Return", wait=1.0)
    wait_focus(lambda d: d["name"] == "Reader")
    log("outline_opened")
    out["outline_opened"] = reader_info(app).get("text") or ""
    out["outline_opened_focus"] = focused(app).get("name")
    key("Tab", wait=1.0)
    for _ in range(20):
        if reader_info(app).get("description", "").startswith("Link selected: "):
            break
        pump(0.2)
    out["reader_tab"] = reader_info(app).get("description")
    key("Return", wait=1.5)
    log("reader_tab_opened")
    out["reader_tab_opened"] = reader_info(app).get("text") or ""
    return out


def keyboard_flow(app, plan: dict) -> dict:
    """Search, open, decide, record, print preview, quick exit: keys only."""
    out: dict = {}
    focus_log.clear()
    key("k", "ctrl")
    log("search_focus")
    out["search_focus"] = wait_focus(lambda d: d["name"] == "Search the guide").get("name")
    type_text(plan["query"])
    pump(1.0)
    focus_log.clear()
    key("Return", wait=1.0)
    wait_focus(lambda d: d["name"] == "Reader")
    reader = [d for _o, d in walk(app) if d["name"] == "Reader"]
    log("opened")
    out["opened"] = (reader[0].get("text") or "") if reader else ""
    out["open_focus"] = focused(app).get("name")
    try:
        out.update(page_structure(app))
    except Exception as exc:  # noqa: BLE001 - reported, not raised
        out["structure_error"] = repr(exc)
    # decide: F6 moves between panes until the helper's first answer has focus
    for _ in range(6):
        focus_log.clear()
        key("F6")
        if wait_focus(lambda d: d["role"] == "radio button", 1.5).get("role") == \
                "radio button":
            break
    log("helper_focus")
    out["helper_focus"] = focused(app).get("name")
    for index in plan["indexes"]:
        for _ in range(index):
            key("Down", wait=0.15)
        focus_log.clear()
        key("Return", wait=0.8)
    focus_log.clear()
    key("Return", wait=1.2)  # "See the result" has focus on the review screen
    log("result_focus")
    out["result_focus"] = wait_focus(lambda d: d["name"].startswith("Result: ")).get("name")
    # record: Tab to the role field, type
    for _ in range(60):
        focus_log.clear()
        key("Tab", wait=0.1)
        if wait_focus(lambda _d: True, 1.5).get("name") == plan["record_field"]:
            break
    type_text(plan["record_text"])
    field = [d for _o, d in walk(app) if d["name"] == plan["record_field"]
             and d.get("text") is not None]
    log("record_text")
    out["record_text"] = field[0]["text"] if field else None
    # print preview: Tab on to the helper's "Print or save as PDF" button, Space; in the
    # dialog that opens, Tab to "Preview", Space: the preview window opens; Escape closes it
    for _ in range(30):
        focus_log.clear()
        key("Tab", wait=0.1)
        if wait_focus(lambda _d: True, 1.5).get("name") == "Print or save as PDF":
            break
    out["print_button_focus"] = focused(app).get("name")
    key("space", wait=1.5)
    for _ in range(30):
        if "preview" in (focused(app).get("name") or "").lower():
            break
        focus_log.clear()
        key("Tab", wait=0.1)
        wait_focus(lambda _d: True, 1.5)
    out["chooser_focus"] = focused(app).get("name")
    key("space", wait=3.0)
    log("preview")
    out["preview"] = sorted({d["name"] for _o, d in walk(find_app(plan["app"]))
                             if d["role"] in ("dialog", "frame", "window")
                             and "preview" in d["name"].lower()})
    key("Escape", wait=1.0)
    out["preview_closed"] = not any(
        "preview" in (app.getChildAtIndex(i).name or "").lower() for i in range(app.childCount))
    # quick exit (the window manager gives focus back to the window after a dialog
    # closes; there is none under Xvfb, so do it as it would)
    give_x_focus(plan["app"])
    pump(0.5)
    key("q", "ctrl", "shift", wait=1.5)
    texts = {d["name"]: d.get("text") for _o, d in walk(app) if d.get("showing")}
    log("after_exit_search")
    out["after_exit_search"] = texts.get("Search the guide")
    out["after_exit_first_question"] = plan["first_answer"] in texts
    return out


def on_focus(event) -> None:
    if event.detail1:
        d = info(event.source)
        if d["role"] != "gone":
            focus_log.append(d)


def main() -> int:
    with open(sys.argv[1], encoding="utf-8") as fh:
        plan = json.load(fh)
    result: dict = {"errors": []}
    app = find_app(plan["app"])
    if app is None:
        print(json.dumps({"errors": ["the app never appeared on the AT-SPI bus"]}))
        return 1
    pyatspi.Registry.registerEventListener(on_focus, "object:state-changed:focused")
    pump(1.0)
    result["x_focus"] = give_x_focus(plan["app"])
    pump(1.0)

    # 1. every interactive control that is showing has a role and a name
    items = [d for _o, d in walk(app)]
    result["count"] = len(items)
    result["interactive"] = [d for d in items if d["role"] in INTERACTIVE and d["showing"]]
    result["unnamed"] = [d for d in result["interactive"] if not d["name"].strip()
                         and d["role"] not in ("table cell", "tree item")]

    # 2. decide through AT-SPI actions; the focus after each step
    steps = []
    for question, label in plan["answers"]:
        radios = [o for o, _d in showing(app, "radio button", label)]
        if not radios:
            result["errors"].append(f"no radio button named {label!r} for {question!r}")
            break
        act(radios[0])
        pump(0.3)
        nxt = [o for o, _d in showing(app, "push button", "Next")]
        if not nxt:
            result["errors"].append(f"no Next button at {question!r}")
            break
        focus_log.clear()
        act(nxt[0])
        wait_focus(lambda _d: True, 5.0)
        pump(0.5)
        steps.append({"question": question, "focus": list(focus_log)})
    see = [o for o, _d in showing(app, "push button", "See the result")]
    if see:
        focus_log.clear()
        act(see[0])
        wait_focus(lambda d: d["name"].startswith("Result: "), 5.0)
        pump(0.5)
        steps.append({"question": "(result)", "focus": list(focus_log)})
    else:
        result["errors"].append("no 'See the result' button")
    result["steps"] = steps

    # 3. everything a screen reader can read once the result is shown
    texts = []
    for _o, d in walk(app):
        if d.get("showing") or d["role"] in ("label", "text", "paragraph"):
            texts += [d["name"], d["description"], d.get("text") or ""]
    result["all_text"] = "\n".join(t for t in texts if t)
    result["reader"] = [d for _o, d in walk(app) if d["name"] == "Reader"][:1]

    # 4. the whole flow with the keyboard alone (quick exit first: a clean start)
    key("q", "ctrl", "shift", wait=1.5)
    give_x_focus(plan["app"])
    pump(1.0)
    focus_log.clear()
    key("space", wait=1.0)  # back at the desk: a key takes the blank cover away
    result["after_cover"] = list(focus_log)
    try:
        result["keyboard"] = keyboard_flow(app, plan)
    except Exception as exc:  # noqa: BLE001 - reported, not raised
        result["errors"].append(f"keyboard flow: {exc!r}")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
