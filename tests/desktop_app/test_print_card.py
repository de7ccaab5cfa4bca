"""The quick reference card, read back from the PDF (pdftotext, pdfinfo, pdffonts): one
page in Letter and A4, with and without the agency's six contacts; the emergency line
first; nothing smaller than 10 pt; sans-serif; "Law checked to" next to the content
version; never cut short silently."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from content import load_library
from tests.tools.print_support import (
    PRINT_CONTENT,
    load_print_library,
    needs_poppler,
    pdf_info,
    pdf_text,
    with_agency,
)

pytestmark = pytest.mark.gui

PHONES = ("416-555-0100 ext. 21", "416-555-0199", "416-555-0140", "1-800-555-0111",
          "416-555-0122", "416-555-0150")


def norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).replace("\u00a0", " ").split())


def _meta(library):
    from desktop_app.printouts import PrintMeta

    return PrintMeta.from_library(library, printed=date(2026, 12, 1))


def layout_sizes(job, library, paper: str, tmp_path: Path) -> tuple[int, int, set[float]]:
    """(pages of the variant used, the variant, every font size in it) as laid out for
    the PDF."""
    from PySide6.QtGui import QPdfWriter

    from desktop_app.printing.pdf import PDF_DPI
    from desktop_app.printing.render import layout_job, setup_page

    writer = QPdfWriter(str(tmp_path / "layout.pdf"))
    writer.setResolution(PDF_DPI)
    setup_page(writer, job, paper=paper)
    doc, variant = layout_job(job, writer, _meta(library))
    sizes = set()
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            if frag.text().strip():
                sizes.add(frag.charFormat().font().pointSizeF())
            it += 1
        block = block.next()
    return doc.pageCount(), variant, sizes


def word_heights(path: Path) -> list[float]:
    bbox = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    return [float(b) - float(a) for a, b in
            re.findall(r'yMin="([0-9.]+)" xMax="[0-9.]+" yMax="([0-9.]+)"', bbox)]


def fonts(path: Path) -> list[str]:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                         check=True).stdout.splitlines()[2:]
    return [line.split()[0] for line in out if line.strip()]


@pytest.fixture(scope="module")
def shipped_agency(tmp_path_factory):
    from content import data_root

    return load_library(with_agency(data_root(), tmp_path_factory.mktemp("c") / "content"))


@pytest.fixture(scope="module")
def fixture_agency(tmp_path_factory):
    return load_library(with_agency(PRINT_CONTENT, tmp_path_factory.mktemp("f") / "content"))


@needs_poppler
@pytest.mark.parametrize("paper,size", [("letter", "612 x 792"), ("a4", "595 x 842")])
@pytest.mark.parametrize("which", ["shipped", "shipped+agency", "fixture", "fixture+agency"])
def test_card_is_one_page_action_first_and_legible(qapp, library, shipped_agency,
                                                   fixture_agency, which, paper, size,
                                                   tmp_path):
    from desktop_app.printing.pdf import export_pdf
    from desktop_app.printouts import MIN_CARD_PT, quick_reference_job

    lib = {"shipped": library, "shipped+agency": shipped_agency,
           "fixture": load_print_library(), "fixture+agency": fixture_agency}[which]
    agency = which.endswith("+agency")
    assert not [p for p in lib.problems if "agency" in p.path], lib.problems
    job = quick_reference_job(lib)
    path = export_pdf(job, tmp_path / "card.pdf", _meta(lib), paper=paper)
    info = pdf_info(path)
    assert info["Pages"] == "1"
    assert info["Page size"].startswith(size)
    raw = unicodedata.normalize("NFKC", pdf_text(path))
    lines = [line.strip() for line in raw.splitlines() if line.strip()]
    assert lines[0] == "Someone in danger now? Call 911."  # action first
    text = norm(raw)
    # then the contacts: the agency's, or boxes to write them in
    contacts_at = text.index("Your contacts")
    assert contacts_at < text.index("Risk test")
    if agency:
        assert "Your contacts at Riverside Women's Shelter" in text
        for phone in PHONES:
            assert phone in text
        assert "Our procedure: Tell the shift supervisor" in text
        assert "write them in" not in text
    else:
        assert "Your contacts: write them in" in text
        for role in ("Privacy officer", "Supervisor on call", "Children's aid society",
                     "VAW crisis line", "Police (non-emergency)", "Agency lawyer"):
            assert role in text[contacts_at:text.index("Risk test")]
    # every law, its risk test and the s. 125 duty; nothing lost off the foot of the page
    for st in lib.statutes:
        assert st.name in text
        assert norm(st.risk_test.provision) in text
    assert "You must report it: CYFSA s. 125." in text
    # true dates: what was checked and when, next to the content version and date
    m = lib.manifest
    assert re.search(rf"Content {re.escape(m.content_version)} of "
                     rf"{m.content_date.isoformat()} · Law checked to: .*"
                     rf"{m.statutes_current_to.isoformat()}", text)
    assert "Page 1 of 1" in text and "Not legal advice" in text
    # legible at arm's length: 10 pt or more, sans-serif, in the layout and in the PDF
    pages, _variant, sizes = layout_sizes(job, lib, paper, tmp_path)
    assert pages == 1 and min(sizes) >= MIN_CARD_PT == 10.0
    heights = word_heights(path)
    assert heights and min(heights) >= 11.5  # 10 pt DejaVu Sans gives 11.6-pt word boxes
    assert fonts(path) and not [f for f in fonts(path) if "Serif" in f or "Roman" in f]


@needs_poppler
def test_card_check_mark_and_footnote(qapp, library, tmp_path):
    from desktop_app.printing.pdf import export_pdf
    from desktop_app.printouts import CHECK_MARK, quick_reference_job

    flagged = [st for st in library.statutes if st.status == "check-official-text"]
    if not flagged:
        pytest.skip("no statute is flagged check-official-text")
    path = export_pdf(quick_reference_job(library), tmp_path / "c.pdf", _meta(library))
    text = norm(pdf_text(path))
    for st in flagged:
        assert f"{st.name} {CHECK_MARK}" in text  # a small mark by the law's name...
        assert f"{CHECK_MARK} {st.name}: check the official text." in text  # ...a footnote
    assert "[check the official text]" not in text  # not inline noise


@needs_poppler
@pytest.mark.parametrize("factor", [3, 12])
def test_card_with_long_entries_shrinks_but_stays_one_page_at_10pt(qapp, fixture_agency,
                                                                   tmp_path, factor):
    from desktop_app.printing.pdf import export_pdf
    from desktop_app.printouts import quick_reference_job

    def grow(text: str) -> str:
        return " ".join([text] * factor)

    lib = fixture_agency
    big = tuple(replace(st, binds=grow(st.binds), duty=grow(st.duty),
                        risk_test=replace(st.risk_test, plain=grow(st.risk_test.plain)),
                        notice=replace(st.notice, plain=grow(st.notice.plain)),
                        law_enforcement=replace(st.law_enforcement,
                                                plain=grow(st.law_enforcement.plain)))
                for st in lib.statutes)
    lib = replace(lib, statutes=big)
    job = quick_reference_job(lib)
    pages, variant, sizes = layout_sizes(job, lib, "letter", tmp_path)
    assert variant > 0 and pages == 1 and min(sizes) >= 10.0
    path = export_pdf(job, tmp_path / "big.pdf", _meta(lib))
    assert pdf_info(path)["Pages"] == "1"
    text = norm(pdf_text(path))
    assert text.startswith("Someone in danger now? Call 911.")
    for st in lib.statutes:
        assert norm(st.risk_test.provision) in text
    for phone in PHONES:
        assert phone in text
    assert "Some entries are shortened; the full text is in the app." in text


@needs_poppler
def test_a_card_that_cannot_fit_is_refused_not_cut(qapp, fixture_agency, tmp_path):
    from desktop_app.printing.errors import PrintError
    from desktop_app.printing.pdf import export_pdf
    from desktop_app.printouts import quick_reference_job

    many = tuple(replace(st, id=f"{st.id}{i}", name=f"{st.name} {i}")
                 for i in range(8) for st in fixture_agency.statutes)  # 40 laws
    job = quick_reference_job(replace(fixture_agency, statutes=many))
    with pytest.raises(PrintError, match="does not fit on one page"):
        export_pdf(job, tmp_path / "no.pdf", _meta(fixture_agency))
    assert not (tmp_path / "no.pdf").exists()


def _longest_valid_agency() -> str:
    """An agency.yaml at every length limit check-content allows."""
    from content.agency import (
        MAX_HOURS,
        MAX_NAME,
        MAX_PROCEDURE_CHARS,
        MAX_PROCEDURE_LINES,
        ROLES,
    )

    def fill(text: str, n: int) -> str:
        return (text * n)[:n].strip()

    lines = ["agency: " + fill("Riverside Women's Shelter and Family Services ", MAX_NAME),
             "contacts:"]
    for role in ROLES:
        lines += [f"  - role: {role}",
                  "    name: " + fill("Children's Aid Society of the Greater Region ", MAX_NAME),
                  "    phone: 1-800-555-0100 ext. 123456",
                  "    hours: " + fill("Monday to Friday 8:30 am to 4:30 pm, weekends ", MAX_HOURS)]
    lines.append("procedure:")
    lines += ["  - " + fill("Tell the shift supervisor before you call police. ",
                            MAX_PROCEDURE_CHARS)] * MAX_PROCEDURE_LINES
    return "\n".join(lines) + "\n"


@needs_poppler
@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_any_file_check_content_accepts_fits_on_the_card(qapp, tmp_path, paper):
    from content import data_root
    from content.agency import agency_of
    from desktop_app.printing.pdf import export_pdf
    from desktop_app.printouts import quick_reference_job

    lib = load_library(with_agency(data_root(), tmp_path / "content", _longest_valid_agency()))
    assert agency_of(lib) is not None, lib.problems
    path = export_pdf(quick_reference_job(lib), tmp_path / "card.pdf", _meta(lib), paper=paper)
    assert pdf_info(path)["Pages"] == "1"
    text = norm(pdf_text(path))
    assert text.startswith("Someone in danger now? Call 911.")
    assert text.count("1-800-555-0100 ext. 123456") == 6
    for st in lib.statutes:
        assert norm(st.risk_test.provision) in text
    assert "Some entries are shortened" in text


@needs_poppler
@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_french_card_is_one_page_and_keeps_the_emergency_parts(qapp, paper, tmp_path):
    """The French card (longer words, every law marked †) was refused as more than one
    page; it fits now, at 10 pt or more, with the 911 line first, the s. 125 duty box,
    every law, its risk test's provision and one note for the laws that share it."""
    from content import data_root
    from desktop_app import i18n
    from desktop_app.printing.pdf import export_pdf
    from desktop_app.printouts import MIN_CARD_PT, quick_reference_job

    assert i18n.set_language("fr") == []
    try:
        lib = load_library(data_root(), language="fr")
        job = quick_reference_job(lib)
        path = export_pdf(job, tmp_path / "carte.pdf", _meta(lib), paper=paper)
        assert pdf_info(path)["Pages"] == "1"
        raw = unicodedata.normalize("NFKC", pdf_text(path))
        text = norm(raw)
        # action first (on A4 "911." wraps to a second line)
        assert text.startswith("Quelqu'un est en danger maintenant ? Composez le 911.")
        assert "Vous devez en faire rapport : art. 125 de la LSEJF." in text
        for st in lib.statutes:
            assert norm(st.name) in text
        for cite in ("al. 42 (1) h) de la LAIPVP", "par. 40 (1) de la LPRPS",
                     "al. 7 (3) e) de la LPRPDE"):
            assert cite in text
        assert text.count("vérifiez le texte officiel") < len(lib.statutes)  # grouped
        pages, _variant, sizes = layout_sizes(job, lib, paper, tmp_path)
        assert pages == 1 and min(sizes) >= MIN_CARD_PT
    finally:
        i18n.set_language("en")


def test_french_sentences_and_citations_on_the_card(qapp):
    """The compact card's first sentence ends after an accented letter ("sécurité.") and
    not at "art." or "par."; French citations name their Act once ("al. 42 (1) g) et f)
    de la LAIPVP")."""
    from desktop_app import i18n
    from desktop_app.printouts.quick_card import _first_sentence, _short_citations_fr

    assert _first_sentence("Sans exception pour la sécurité. Demandez conseil.") == \
        "Sans exception pour la sécurité."
    assert _first_sentence("L'art. 40 n'exige aucun avis. Si la divulgation…") == \
        "L'art. 40 n'exige aucun avis."
    assert _first_sentence("Voir le par. 16 (2). Ensuite.") == "Voir le par. 16 (2)."
    assert _first_sentence("See s. 40. Then more.") == "See s. 40."
    assert i18n.set_language("fr") == []
    try:
        nb = lambda t: t.replace("\u00a0", " ").replace("\u2060", "")  # noqa: E731
        assert nb(_short_citations_fr(["FIPPA s. 42(1)(g)", "FIPPA s. 42(1)(f)"])) == \
            "al. 42 (1) g) et f) de la LAIPVP"
        assert nb(_short_citations_fr(["PHIPA s. 18(3)", "PHIPA s. 43(1)(g)"])) == \
            "par. 18 (3) et al. 43 (1) g) de la LPRPS"
        assert nb(_short_citations_fr(["PHIPA s. 18(3)", "FIPPA s. 42(1)(g)"])) == \
            "par. 18 (3) de la LPRPS; al. 42 (1) g) de la LAIPVP"
    finally:
        i18n.set_language("en")
