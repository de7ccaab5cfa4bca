"""The quick reference card: one page, one row per Act, the routes to share without
consent when someone is at risk of serious harm, with a ladder of ever more compact
variants that :mod:`desktop_app.printing` tries until one fits on one page."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from content.agency import Agency, agency_of
from content.cite_fr import ACTS_FR, cite_fr, cite_in
from content.cite_fr import _of as of_act
from content.model import Library, Statute, provision_re
from desktop_app import agency_view
from desktop_app.i18n import current_language, translate
from desktop_app.printouts.job import PrintJob, esc, nobreak, page_html, provisions_text

#: Smallest font size on the quick reference card (its footer too), in points: legible
#: at arm's length.
MIN_CARD_PT = 10.0
#: (font size, cell padding in px, compactness) the card tries in order, roomiest first.
CARD_LADDER = ((10.5, 4, 0), (10.0, 4, 0), (10.0, 3, 1), (10.0, 2, 2), (10.0, 3, 3),
               (10.0, 2, 3))
#: Character limits per card cell for the last-resort shortened variants.
CARD_CELL_LIMITS = (420, 320, 240, 180, 130, 90, 60)

# -- quick reference card ------------------------------------------------------------------

_CARD_ORDER = ("FIPPA", "MFIPPA", "PHIPA", "CYFSA", "PIPEDA")
#: A tint per law: light enough that black text on it reads in greyscale, different
#: enough in hue (and a little in lightness) to tell the laws apart in colour.
CARD_LAW_COLOURS = {"FIPPA": "#cfe0f5", "MFIPPA": "#d3ecd0", "PHIPA": "#fde1c4",
                    "CYFSA": "#ecd5f0", "PIPEDA": "#e6e6e6"}
CARD_EMERGENCY = "Someone in danger now? Call 911."
CARD_FONTS = ('Arial, "Liberation Sans", "DejaVu Sans Condensed", "DejaVu Sans", Helvetica, '
              "sans-serif")
#: The mark after a law that has something to check in the official text.
CHECK_MARK = "\u2020"


def _cut(text: str, limit: int | None) -> str:
    text = " ".join(text.split())
    if limit is None or len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:.")
    return cut + "\u2026"


#: A sentence's end: a letter (accented too: "sécurité."), a digit, ")", "”" or "»" and
#: its stop, then the next sentence's capital (French ones too: "À", "É") or "(".
_SENTENCE_END = re.compile(
    r"(?<=[^\W_)\u201d\u00bb][.!?]|[)\u201d\u00bb][.!?])\s+(?=[A-Z\u00c0-\u00de(])")
#: Abbreviations whose full stop ends no sentence: English "s. 40", "e.g."; French "art. 40",
#: "par. 16 (2)", "al. 42 (1) h)", "sous-al.", "p. ex.", "chap.".
_NOT_AN_END = re.compile(r"(?:\bs|\bss|\be\.g|\bi\.e|\bc|\bpara|\bNo|\bart|\bpar|\bal"
                         r"|\bp\. ex|\bex|\bchap|\bch|\bM|\bMme)\.$")


def _first_sentence(text: str) -> str:
    """The first sentence of ``text`` ("s. 40." and "e.g.", "art. 40." and "p. ex." do not
    end one)."""
    text = " ".join(text.split())
    for m in _SENTENCE_END.finditer(text):
        before = text[: m.start()]
        if _NOT_AN_END.search(before):
            continue
        return before
    return text


def _card_css(pt: float, pad: int, line: int = 94) -> str:
    """The card's style: ``pt`` the text size, ``pad`` the cell padding (px), ``line``
    the line height (% of the font's own)."""
    return (
        f"body {{ font-family: {CARD_FONTS}; font-size: {pt}pt; color: #000000; }}"
        # DejaVu and Arial have loose line spacing (1.15 em): a little tighter still reads
        # easily and keeps the laws on one page with six contacts.
        f"p, td, th {{ line-height: {line}%; }}"
        "table { border-collapse: collapse; }"
        "th { font-weight: bold; text-align: left; border: 1px solid #000000; }"
        "td { border: 1px solid #000000; vertical-align: top; }"
        f"p {{ margin-top: 0px; margin-bottom: {pad}px; }}"
        "p.card-title { font-size: 14pt; font-weight: bold; margin-top: 2px; "
        "margin-bottom: 2px; }"
        "p.block-title { font-size: 12pt; font-weight: bold; margin-bottom: 2px; }"
        f"td, th {{ padding: {pad}px; font-size: {pt}pt; }}"
        "th { font-size: 10.5pt; background-color: #404040; color: #ffffff; "
        "vertical-align: top; }"
        "td.law { font-size: 10pt; padding-top: 3px; }"
        "span.law { font-size: 12.5pt; font-weight: bold; }"
        "table { margin-top: 2px; margin-bottom: 5px; }"
        "table.sos td { border: none; padding: 4px; background-color: #b3261e; "
        "color: #ffffff; }"
        "span.sos { font-size: 19pt; font-weight: bold; color: #ffffff; }"
        "table.contacts td { border: 1px solid #000000; padding: 4px; }"
        "table.duty td { border: 2px solid #000000; background-color: #fff2b3; }"
        "span.phone { font-size: 12pt; font-weight: bold; }"
        ".meta { font-size: 10pt; }"
    )


def _short_citations(provisions: Sequence[str]) -> str:
    """"PHIPA s. 18(3); s. 43(1)(g)": the Act named once when every citation is in it."""
    acts = {p.split(" s. ")[0] for p in provisions if " s. " in p}
    if len(acts) != 1 or not all(" s. " in p for p in provisions):
        return provisions_text(provisions)
    act = acts.pop()
    rest = [nobreak("s. " + p.split(" s. ", 1)[1]) for p in provisions]
    return nobreak(act) + "\u00a0" + "; ".join(rest)


def _short_citations_fr(provisions: Sequence[str]) -> str:
    """"par. 18 (3), al. 43 (1) g) et al. 41 (1) d) de la LPRPS": in French the Act
    named once, at the end, when every citation is in it (as Ontario's French texts list
    provisions); each citation in full otherwise."""
    acts = {m.group("act") if (m := provision_re().match(p)) else None for p in provisions}
    act = next(iter(acts)) if len(acts) == 1 else None
    if act not in ACTS_FR or len(provisions) < 2:
        return provisions_text(provisions)
    of = " " + of_act(ACTS_FR[act])
    cites = [cite_fr(p) for p in provisions]
    if not all(c.endswith(of) for c in cites):
        return provisions_text(provisions)
    # "al. 42 (1) g) et f)": a citation that shares all but its last part with the one
    # before it says only that part
    parts: list[str] = []
    last = ""
    for c in cites:
        c = c[: -len(of)]
        head, _, tail = c.rpartition(" ")
        parts.append(nobreak(tail if head and head == last else c))
        last = head
    return ", ".join(parts[:-1]) + " et " + parts[-1] + nobreak(of)


def _statute_rows(st: Statute, *, compact: int, limit: int | None) -> str:
    """Two table rows for one statute: a band across the table in the law's tint (the
    law, who it covers, and whether it makes reporting a duty), then its risk test,
    notice and police cells. ``compact``: 0 full; 1 without the law's full title; 2 also
    without the plain-language gloss of the risk test; 3 also only the first sentence of
    each plain-language field; 4 (the last resort) only the provisions and the quoted
    tests, with who the law covers and the duty cut short."""
    if compact >= 4:
        def limit_text(text: str) -> str:
            return _cut(_first_sentence(text), 60)
    elif compact >= 3:
        limit_text = _first_sentence
    else:
        def limit_text(text: str) -> str:
            return text
    colour = CARD_LAW_COLOURS.get(st.id, "#eeeeee")
    mark = f" {CHECK_MARK}" if st.status == "check-official-text" else ""
    band = f'<span class="law">{esc(st.name)}{mark}</span>'
    if compact < 1:
        band += f" \u2014 <i>{esc(st.full_title)}</i>"
    colon = translate("Printouts", "{label}:")
    band += (" \u00b7 <b>" + esc(colon.format(label=translate("Printouts", "Covers")))
             + f"</b> {esc(_cut(limit_text(st.binds), limit))}")
    if st.id == "CYFSA":  # its duty is the s. 125 box above the table; not said twice
        duty = esc(translate("Printouts", "yes, s. 125 (the yellow box above)."))
    else:
        duty = esc(_cut(limit_text(st.duty), limit))
    band += (" \u00b7 <b>" + esc(colon.format(label=translate("Printouts", "Duty to report")))
             + f"</b> {duty}")
    rt = st.risk_test
    risk = f"<b>{esc(nobreak(cite_in(current_language(), rt.provision)))}</b>"
    if rt.quote:
        # French states the test in its own words: its translation drops the quotation marks
        risk = translate("Printouts", "{provision}: \u201c{quote}\u201d").format(
            provision=risk, quote=esc(_cut(rt.quote, limit)))
    if compact < 2 and rt.plain:
        risk += f"<br>{esc(_cut(rt.plain, limit))}"
    nt = st.notice
    notice = f"<b>{esc(_notice_word(nt.required))}.</b> "
    if compact < 4:
        notice += esc(_cut(limit_text(nt.plain), limit))
    extra = [p for p in nt.provisions if p != rt.provision]  # the risk test's: not twice
    # the short forms: "PHIPA s. 40(1); s. 43(1)(h)", "par. 40 (1) et al. 43 (1) h) de la
    # LPRPS"
    cites = provisions_text if compact < 3 else \
        _short_citations_fr if current_language() == "fr" else _short_citations
    if extra:
        notice += f" ({esc(cites(extra))})"
    le = st.law_enforcement
    police = f"<b>{esc(cites(le.provisions))}</b>" if le.provisions else ""
    if compact < 4 or not le.provisions:
        colon = "\u00a0: " if current_language() == "fr" else ": "  # French: "LPRPS : …"
        police += (colon if le.provisions else "") + esc(_cut(limit_text(le.plain), limit))
    return (f'<tr><td class="law" colspan="3" bgcolor="{colour}">{band}</td></tr>'
            + "<tr>" + "".join(f"<td>{c}</td>" for c in (risk, notice, police)) + "</tr>")


CARD_TITLE = "Sharing without consent when someone is at risk of serious harm"


def card_title() -> str:
    """The card's title in the current language (:data:`CARD_TITLE` is the English)."""
    return translate("Printouts", "Sharing without consent when someone is at risk of "
                     "serious harm")


def card_emergency() -> str:
    """The card's first line in the current language (:data:`CARD_EMERGENCY`)."""
    return translate("Printouts", "Someone in danger now? Call 911.")


def blank_contact_roles() -> tuple[str, ...]:
    """The boxes the card leaves for contacts without agency.yaml, in the current language."""
    from content.agency import ROLES

    return tuple(agency_view.role_words(role) for role in ROLES)


def _notice_word(required: str) -> str:
    words = {"yes": translate("Printouts", "Yes"), "no": translate("Printouts", "No"),
             "conditional": translate("Printouts", "Sometimes")}
    return words.get(required, required)


def _contacts_block(agency: Agency | None, compact: int = 0) -> str:
    """The agency's contacts, three to a row, or boxes to write them in by hand. In the
    last-resort variants (``compact`` 4 and 5) names are left out and hours and the
    procedure are cut short (5: the procedure is only pointed to), so that any file
    check-content accepts still fits on the card."""
    if agency is not None and agency.contacts:
        title = esc(translate("Printouts", "Your contacts at {agency}").format(
            agency=agency.name))
        cells = []
        for c in agency.contacts:
            who = f"<b>{esc(agency_view.role_words(c.role))}</b>"
            if c.name and compact < 4:
                who += f" \u00b7 {esc(c.name)}"
            line = f'<span class="phone">{esc(agency_view.unbreakable(c.phone))}</span>'
            if c.hours:
                line += f" \u00b7 {esc(c.hours if compact < 4 else _cut(c.hours, 30))}"
            cells.append(f'<td width="33%">{who}<br>{line}</td>')
    else:
        title = esc(translate("Printouts", "Your contacts: write them in"))
        cells = [f'<td width="33%"><b>{esc(label)}</b><br>&nbsp;<br>&nbsp;</td>'
                 for label in blank_contact_roles()]
    per_row = 3 if len(cells) > 4 else 2
    while len(cells) % per_row:
        cells.append('<td></td>')
    rows = "".join("<tr>" + "".join(cells[i:i + per_row]) + "</tr>"
                   for i in range(0, len(cells), per_row))
    out = (f'<p class="block-title">{title}</p>'
           f'<table class="contacts" width="100%" cellspacing="0">{rows}</table>')
    if agency is not None and agency.procedure:
        procedure = " ".join(agency.procedure)
        if compact >= 5:
            procedure = translate("Printouts", "in the app, Help > Your agency's contacts.")
        elif compact >= 4:
            procedure = _cut(procedure, 200)
        out += ("<p><b>" + esc(translate("Printouts", "{label}:").format(
            label=translate("Printouts", "Our procedure"))) + f"</b> {esc(procedure)}</p>")
    return out


#: The roles the card leaves boxes for when there is no agency.yaml.
BLANK_CONTACT_ROLES = ("Privacy officer", "Supervisor on call", "Children's aid society",
                       "VAW crisis line", "Police (non-emergency)", "Agency lawyer")


def law_checked_line(library: Library) -> str:
    """What "Law checked to" means: which Acts' text every provision was read in, and
    the date that text is in force to (the card prints it next to the content version
    and date, so a card printed years later does not look stale without saying why)."""
    m = library.manifest
    acts = _acts_checked(library)
    if acts:
        groups: dict[date, list[str]] = {}
        for act, current_to in acts:
            groups.setdefault(current_to, []).append(act)
        law = "; ".join(translate("Printouts", "{acts} as in force on {date}").format(
            acts=", ".join(names), date=day.isoformat())
            for day, names in sorted(groups.items()))
    elif m.statutes_current_to:
        law = translate("Printouts", "the Acts as in force on {date}").format(
            date=m.statutes_current_to.isoformat())
    else:
        return translate("Printouts", "Law checked to: not stated; check the official text")
    return translate("Printouts", "Law checked to: {law} (later changes: e-Laws, Justice "
                     "Laws)").format(law=law)


def _acts_checked(library: Library) -> list[tuple[str, date]]:
    """(Act, the date its text read is current to) for the laws on the card, from the
    content's verified-provisions list; [] when there is none."""
    from content.provisions import load_verified

    try:
        verified = load_verified(library.root)
    except Exception:  # noqa: BLE001 - the card must print even if the list is broken
        return []
    if verified.problems and not verified.acts:
        return []
    # the Act's short name: "CYFSA" of "CYFSA Part X", "LSEJF" of "partie X de la LSEJF"
    names = {st.id: next((w for w in st.name.split() if len(w) > 2 and w.isupper()),
                         st.name.split()[0]) for st in library.statutes}
    return [(names.get(a, a), verified.acts[a].current_to)
            for a in _CARD_ORDER if a in verified.acts and a in names]


def _card_html(library: Library, statutes: Sequence[Statute], agency: Agency | None,
               pt: float, pad: int, compact: int, limit: int | None, *,
               whole_citations: bool = True, contacts: int | None = None) -> str:
    """One variant of the card. ``contacts``: how compact the contact block is (see
    :func:`_contacts_block`; default: as compact as the rest)."""
    body = ['<table class="sos" width="100%" cellspacing="0"><tr><td>'
            f'<span class="sos">{esc(card_emergency())}</span></td></tr></table>']
    body.append(_contacts_block(agency, compact if contacts is None else contacts))
    # Not <h1>: Qt gives h1 a fixed size of its own.
    body.append(f'<p class="card-title">{esc(card_title())}</p>')
    body.append("<p>" + translate(
        "Printouts", "<b>Ask for consent first when it is safe.</b> Without it, <b>share "
        "only what is needed</b>, with someone who can act on it, and <b>record your "
        "decision</b> and why. <b>Before telling the person, think of safety:</b> it may be "
        "the abusive partner.") + "</p>")
    cyfsa = next((s for s in statutes if s.id == "CYFSA"), None)
    duty_text = (" ".join(cyfsa.duty.split()) if cyfsa else  # shortened only as a last resort
                 translate("Printouts", "Anyone with reasonable grounds to suspect a child is "
                           "or may be in need of protection must report it to a children's "
                           "aid society at once."))
    if compact >= 4:
        duty_text = _cut(duty_text, 300)
    body.append('<table width="100%" class="duty" cellspacing="0"><tr><td>'
                "<b>" + esc(translate("Printouts", "A child may need protection? You must "
                                      "report it: CYFSA s. 125.")) + "</b> "
                f"{esc(duty_text)}</td></tr></table>")
    head = [translate("Printouts", "1. Risk test: share without consent if\u2026"),
            translate("Printouts", "2. Tell the person afterwards?"),
            translate("Printouts", "3. Police and law enforcement")]
    widths = ["31%", "31%", "38%"]
    rows = ["<tr>" + "".join(f'<th width="{w}">{esc(h)}</th>'
                             for h, w in zip(head, widths, strict=True)) + "</tr>"]
    rows += [_statute_rows(st, compact=compact, limit=limit) for st in statutes]
    body.append('<table width="100%" cellspacing="0">' + "".join(rows) + "</table>")
    # one note for the laws that say the same thing (the French card's "critère
    # reformulé" notes), in the order of the table
    same: dict[str, list[str]] = {}
    for st in statutes:
        if st.status == "check-official-text":
            note = _cut(st.check_note, limit) if st.check_note else \
                translate("Printouts", "this law has changed since it was checked.")
            same.setdefault(" ".join(note.split()), []).append(st.name)
    notes = [f"{CHECK_MARK} <b>" + esc(translate(
        "Printouts", "{law}: check the official text.").format(law=", ".join(names)))
        + f"</b> {esc(note)}" for note, names in same.items()]
    if limit is not None or compact >= 3:  # said, never hidden
        notes.append(esc(translate("Printouts", "Some entries are shortened; the full text "
                                   "is in the app.")))
    if len(notes) > 2:  # several (the French card's): one paragraph, no half-empty lines
        notes = [" ".join(notes)]
    body.append("".join(f'<p class="meta">{n}</p>' for n in notes))
    # the shortened variants set lines closer (84 %, still clear at 10 pt) so that they cut
    # less: the French card fits with every cell whole this way
    css = _card_css(pt, pad, 94 if limit is None else 84)
    page = page_html(card_title(), "".join(body), extra_css=css, base_css=False)
    return page if whole_citations else page.replace("\u2060", "")


def quick_reference_job(library: Library, agency: Agency | None = None) -> PrintJob:
    """The one-page quick reference card, from ``statutes.yaml`` and, when there is one,
    the agency's ``agency.yaml`` (``agency``; default: the library's own).

    The first line is the emergency line; then the agency's contacts (or boxes to write
    them in); then the laws. ``html`` is the roomiest version; ``fallbacks`` get tighter,
    then more compact, then shortened (never below :data:`MIN_CARD_PT`), so the printer
    can pick the first that fits on one page. ValueError if the content has no statutes.
    """
    if not library.statutes:
        raise ValueError(translate("Printouts", "The quick reference needs statutes.yaml, and "
                                   "this content has no statutes."))
    if agency is None:
        agency = agency_of(library)
    order = {sid: i for i, sid in enumerate(_CARD_ORDER)}
    statutes = sorted(library.statutes, key=lambda s: order.get(s.id, 99))
    variants = [_card_html(library, statutes, agency, pt, pad, c, None)
                for pt, pad, c in CARD_LADDER]
    # then citations may break between their parts ("42(1)" / "(f)"), then cells shorten
    variants += [_card_html(library, statutes, agency, MIN_CARD_PT, 2, 3, None,
                            whole_citations=False)]
    variants += [_card_html(library, statutes, agency, MIN_CARD_PT, 2, 3, n,
                            whole_citations=False) for n in CARD_CELL_LIMITS]
    # last resorts: the contacts without names, and the procedure cut short...
    variants += [_card_html(library, statutes, agency, MIN_CARD_PT, 2, 3, n,
                            whole_citations=False, contacts=4) for n in (180, 130, 90)]
    # ...then only the provisions and quoted tests, and the procedure only pointed to
    variants += [_card_html(library, statutes, agency, MIN_CARD_PT, 1, c, 60,
                            whole_citations=False) for c in (4, 5)]
    title = translate("Printouts", "Quick reference card")
    return PrintJob("quick-reference", title, variants[0], "quick-reference.pdf",
                    one_page=True, fallbacks=tuple(variants[1:]),
                    margins_in=(0.35, 0.3, 0.35, 0.3), footer_pt=MIN_CARD_PT,
                    footer_sans=True, footer_note=law_checked_line(library))
