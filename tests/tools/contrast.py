"""WCAG 2.1 contrast ratios for the app's themes, read from the live palette and the live
style sheet.

:func:`ratio` is the WCAG formula. :func:`theme_pairs` lists what must contrast with what
in a theme (text on its background at 4.5:1; large text, focus rings, control borders and
indicators at 3:1), from the ``QPalette`` the app is using, the app style sheet's rules and
the reader's colours. :func:`failures` returns the pairs below their minimum. The tests run
it for every theme (light, dark, high contrast on light and dark); Qt is needed only for
:func:`live_pairs`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

TEXT = 4.5    # WCAG 2.1 AA 1.4.3, normal text
LARGE = 3.0   # 1.4.3 large text; 1.4.11 non-text contrast (UI components, focus, states)


def _channel(c: float) -> float:
    c /= 255.0
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """Relative luminance of ``#rrggbb``."""
    h = colour.lstrip("#")
    if len(h) == 3:
        h = "".join(ch * 2 for ch in h)
    r, g, b = (int(h[i:i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def ratio(fg: str, bg: str) -> float:
    """The WCAG contrast ratio of two colours, 1.0 to 21.0."""
    a, b = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (a + 0.05) / (b + 0.05)


@dataclass(frozen=True)
class Pair:
    what: str
    fg: str
    bg: str
    minimum: float

    @property
    def ratio(self) -> float:
        return ratio(self.fg, self.bg)

    def __str__(self) -> str:
        return f"{self.what}: {self.fg} on {self.bg} = {self.ratio:.2f}:1 (needs {self.minimum})"


_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}", re.S)
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b")


def stylesheet_rules(qss: str) -> list[tuple[str, dict[str, str]]]:
    """(selector, {property: value}) for each rule of a style sheet (comments removed)."""
    qss = re.sub(r"/\*.*?\*/", "", qss, flags=re.S)
    out = []
    for sel, body in _RULE.findall(qss):
        props = {}
        for decl in body.split(";"):
            if ":" in decl:
                k, v = decl.split(":", 1)
                props[k.strip().lower()] = v.strip()
        out.append((" ".join(sel.split()), props))
    return out


def _first_colour(value: str) -> str | None:
    m = _COLOUR.search(value or "")
    return m.group(0) if m else None


def stylesheet_pairs(qss: str, window: str, base: str) -> list[Pair]:
    """Text on background and borders on background for every rule that sets them.
    A rule without a background sits on the window colour (``base`` for fields)."""
    pairs: list[Pair] = []
    for sel, props in stylesheet_rules(qss):
        if ":disabled" in sel:
            continue  # WCAG 1.4.3 and 1.4.11 exempt inactive controls
        field = any(k in sel for k in ("QLineEdit", "indicator", "QTextEdit"))
        bg = _first_colour(props.get("background-color", "") or props.get("background", ""))
        under = bg or (base if field else window)
        fg = _first_colour(props.get("color", ""))
        if fg:
            pairs.append(Pair(f"{sel} text", fg, under, TEXT))
        for key in ("border", "border-color"):
            border = _first_colour(props.get(key, ""))
            if border and ("none" not in props.get(key, "")):
                # a control's outline must stand out from what is around it
                pairs.append(Pair(f"{sel} border", border, window, LARGE))
        if bg and ":checked" in sel:
            pairs.append(Pair(f"{sel} fill", bg, base if "indicator" in sel else window,
                              LARGE))
    return pairs


def palette_pairs(c: dict[str, str]) -> list[Pair]:
    """``c``: colour role names (``window``, ``text``...) to ``#rrggbb``."""
    P = Pair
    return [
        P("window text", c["window_text"], c["window"], TEXT),
        P("field text", c["text"], c["base"], TEXT),
        P("alternate rows", c["text"], c["alt_base"], TEXT),
        P("button text", c["button_text"], c["button"], TEXT),
        P("selected text", c["highlighted_text"], c["highlight"], TEXT),
        P("link on window", c["link"], c["window"], TEXT),
        P("link on field", c["link"], c["base"], TEXT),
        P("placeholder text", c["placeholder"], c["base"], TEXT),
        P("tooltip", c["tooltip_fg"], c["tooltip_bg"], TEXT),
        P("highlight (selection, frame around a choice) on window", c["highlight"],
          c["window"], LARGE),
        P("control border on window", c["border"], c["window"], LARGE),
        P("control border on field", c["border"], c["base"], LARGE),
        P("button edge against window", c["border"], c["button"], LARGE),
        P("focus ring on window", c["focus"], c["window"], LARGE),
        P("focus ring on field", c["focus"], c["base"], LARGE),
        P("checked fill in a check box or radio", c["accent"], c["base"], LARGE),
        P("message bar text", c["bar_fg"], c["bar_bg"], TEXT),
        P("quick exit text", c["danger_fg"], c["danger_bg"], TEXT),
    ]


def reader_pairs(r: object) -> list[Pair]:
    """The reader's colours (a ``ReaderColors``)."""
    g = lambda k: getattr(r, k)  # noqa: E731
    P = Pair
    return [
        P("reader text", g("text"), g("background"), TEXT),
        P("reader link", g("link"), g("background"), TEXT),
        P("reader muted text", g("muted"), g("background"), TEXT),
        P("reader notice text", g("text"), g("notice_bg"), TEXT),
        P("reader notice border", g("notice_border"), g("background"), LARGE),
        P("search hit", g("hit_fg"), g("hit_bg"), TEXT),
        P("current hit", g("current_fg"), g("current_bg"), TEXT),
        P("find match", g("find_fg"), g("find_bg"), TEXT),
    ]


def failures(pairs: list[Pair]) -> list[Pair]:
    return [p for p in pairs if p.ratio + 1e-9 < p.minimum]


def live_pairs(app: object, reader_colors: object | None = None) -> list[Pair]:
    """Every pair from what ``app`` (a QApplication) is using now: its palette and its
    style sheet (and the reader's colours when given)."""
    from PySide6.QtGui import QPalette

    pal = app.palette()  # type: ignore[attr-defined]
    R = QPalette.ColorRole

    def col(role: QPalette.ColorRole) -> str:
        return pal.color(QPalette.ColorGroup.Active, role).name()

    roles = {"window": R.Window, "window_text": R.WindowText, "base": R.Base,
             "alt_base": R.AlternateBase, "text": R.Text, "button": R.Button,
             "button_text": R.ButtonText, "highlight": R.Highlight,
             "highlighted_text": R.HighlightedText, "link": R.Link,
             "placeholder": R.PlaceholderText, "tooltip_bg": R.ToolTipBase,
             "tooltip_fg": R.ToolTipText}
    c = {k: col(v) for k, v in roles.items()}
    qss = app.styleSheet()  # type: ignore[attr-defined]
    # the colours only the style sheet knows (focus, borders, bars): read from its rules
    named = _stylesheet_named_colours(qss)
    c.update({k: v for k, v in named.items() if k not in c})
    pairs = palette_pairs(c) + stylesheet_pairs(qss, c["window"], c["base"])
    if reader_colors is not None:
        pairs += reader_pairs(reader_colors)
    return pairs


def _stylesheet_named_colours(qss: str) -> dict[str, str]:
    """The theme colours the style sheet carries, found by the rule that uses them."""
    out: dict[str, str] = {}
    rules = dict(stylesheet_rules(qss))

    def get(sel: str, prop: str) -> str | None:
        return _first_colour(rules.get(sel, {}).get(prop, ""))

    out["focus"] = get("QLineEdit#searchBox:focus", "border") or "#000000"
    out["border"] = get("QLineEdit#searchBox", "border") or "#000000"
    out["accent"] = get("QToolButton[chip=\"true\"]:checked", "background-color") or "#000000"
    out["bar_bg"] = get('QFrame[messageBar="true"]', "background-color") or "#ffffff"
    out["bar_fg"] = get('QFrame[messageBar="true"] QLabel', "color") or "#000000"
    out["danger_bg"] = get("QPushButton#quickExit", "background-color") or "#ffffff"
    out["danger_fg"] = get("QPushButton#quickExit", "color") or "#000000"
    return out
