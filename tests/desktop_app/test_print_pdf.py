"""PDFs of every kind, made offscreen and read back with poppler (pdftotext, pdfinfo)."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from tests.tools.print_support import (
    load_print_library,
    make_hit,
    make_results,
    needs_poppler,
    pdf_info,
    pdf_pages,
    pdf_text,
)

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def plib():
    return load_print_library()


@pytest.fixture
def meta(plib):
    from desktop_app.printouts import PrintMeta

    return PrintMeta.from_library(plib, printed=date(2026, 12, 1))


def assert_footers(path: Path, meta) -> int:
    """Every page has the full footer with the right "Page x of y"; returns y."""
    total = pdf_pages(path)
    for page in range(1, total + 1):
        text = " ".join(pdf_text(path, page).split())
        assert "Not legal advice. Based on: Sharing Information in Situations Involving " \
               "Intimate Partner Violence" in text, page
        assert f"Content {meta.content_version} of {meta.content_date}" in text
        assert f"Info-Sharing Guide {meta.app_version}" in text
        assert "Printed 2026-12-01" in text
        assert f"Page {page} of {total}" in text
    return total


@needs_poppler
def test_section_pdf(qapp, plib, meta, tmp_path):
    from desktop_app.printing.pdf import export_pdf
    from desktop_app.printouts import sections_job

    path = export_pdf(sections_job(plib, ["phipa-serious-harm"]), tmp_path / "s.pdf", meta)
    assert path.read_bytes().startswith(b"%PDF")
    text = " ".join(pdf_text(path).split())
    assert "PHIPA s. 40(1): sharing to prevent serious bodily harm" in text
    assert "Provisions cited • PHIPA s. 40(1) • CYFSA s. 125(1)" in text
    assert "•Notice" not in text.replace(" ", "_")  # bullets are spaced from their text
    assert "(see: The duty to report a child in need of protection)" in text
    assert assert_footers(path, meta) == 1
    info = pdf_info(path)
    assert info["Title"] == "PHIPA s. 40(1): sharing to prevent serious bodily harm"
    assert info["Page size"].startswith("612 x 792")  # letter


@needs_poppler
def test_many_sections_number_every_page(qapp, plib, meta, tmp_path):
    from desktop_app.printing.pdf import export_pdf
    from desktop_app.printouts import sections_job

    path = export_pdf(sections_job(plib, [s.id for s in plib.sections]), tmp_path / "all.pdf",
                      meta)
    total = assert_footers(path, meta)
    assert total >= 2
    text = " ".join(pdf_text(path).split())
    assert text.index(f"{len(plib.sections)} sections: summaries") < text.index(
        "About this guide", text.index("summaries") + 20)
    for s in plib.sections:
        assert s.title in text


@needs_poppler
def test_search_digest_pdf(qapp, plib, meta, tmp_path):
    from desktop_app.printing.pdf import export_pdf
    from desktop_app.printouts import search_job

    res = make_results("strangulation", (
        make_hit("section", "phipa-serious-harm", "PHIPA s. 40(1): sharing to prevent serious "
                "bodily harm", "Think of threats to kill, strangulation", ("PHIPA s. 40(1)",)),),
        total=1)
    path = export_pdf(search_job(res, statutes=("PHIPA",), library=plib), tmp_path / "q.pdf",
                      meta)
    text = " ".join(pdf_text(path).split())
    assert "Search results" in text and "“strangulation”" in text and "Laws: PHIPA" in text
    assert "1. PHIPA s. 40(1): sharing to prevent serious bodily harm" in text
    assert "Provisions: PHIPA s. 40(1)" in text
    assert "Think of threats to kill, strangulation" in text
    assert_footers(path, meta)


@needs_poppler
@pytest.mark.parametrize("record", [False, True])
def test_decision_pdfs(qapp, plib, meta, tmp_path, record):
    from desktop_app.printing.pdf import export_pdf
    from desktop_app.printouts import decision_doc_from_facts, decision_job

    doc = decision_doc_from_facts(plib, "danger=unsure,organization=health,consent=unsure")
    path = export_pdf(decision_job(doc, record=record), tmp_path / "d.pdf", meta)
    text = " ".join(pdf_text(path).split())
    assert ("Decision record" if record else "Decision summary") in text
    assert "You may share to reduce a significant risk of serious bodily harm" in text
    assert "PHIPA s. 40(1); CYFSA s. 125(1)" in text
    assert "You have reasonable grounds to believe sharing is needed" in text
    assert "Not required." in text and "PHIPA has no notice rule" in text
    assert "Which kind of organization do you work for?" in text
    assert ("Signature" in text and "Authority relied on" in text) is record
    total = assert_footers(path, meta)
    if record:  # no forced page break: the record follows on, its header row first
        last = " ".join(pdf_text(path, total).split())
        assert "Signature" in last and "Authority relied on" in text
        assert "Record Outcome: You may share to reduce" in text


@needs_poppler
def test_decision_map_pdf(qapp, plib, meta, tmp_path):
    from desktop_app.printing.pdf import export_pdf
    from desktop_app.printouts import decision_map_from_library

    path = export_pdf(decision_map_from_library(plib), tmp_path / "map.pdf", meta)
    text = " ".join(pdf_text(path).split())
    assert "Decision map: Can I share this information?" in text
    assert "1. Every path (15)" in text
    for o in plib.extras["decisions"]["share"].outcomes.values():
        assert o.title in text
    assert assert_footers(path, meta) >= 2


@needs_poppler
def test_the_running_header_reads_in_its_own_case(qapp, plib, meta, tmp_path):
    """The line over each printout's title ("Info-Sharing Guide: ...") was set in small
    capitals: Qt's print preview spaced them apart ("Info -Sharing Guide : ...") and the
    PDF's text was in shouted capitals. It is set as written, on every printout."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QFont, QPageSize, QPdfWriter

    from desktop_app.printing.layout import body_size, layout_html
    from desktop_app.printing.pdf import export_pdf
    from desktop_app.printouts import (
        decision_doc_from_facts,
        decision_job,
        decision_map_from_library,
        search_job,
        sections_job,
    )

    title = plib.manifest.title
    doc = decision_doc_from_facts(plib, "danger=unsure,organization=health,consent=unsure")
    jobs = {"record": decision_job(doc, record=True, manifest_title=title),
            "section": sections_job(plib, ["fippa"]),
            "search": search_job(make_results("consent", (make_hit(
                "section", "fippa", "FIPPA", "consent"),), 1), library=plib),
            "map": decision_map_from_library(plib)}
    assert "-" in title  # the hyphen is where the small capitals broke
    for name, job in jobs.items():
        path = export_pdf(job, tmp_path / f"{name}.pdf", meta)
        first = pdf_text(path, 2 if name == "map" else 1).strip().splitlines()[0]
        assert first.startswith(title), (name, first)  # not "INFO-SHARING GUIDE"
        if name == "record":
            assert first == f"{title}: {doc.flow_title}"
        buf = QBuffer(QByteArray())
        buf.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buf)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
        laid = layout_html(job.html, writer, body_size(writer, job, meta))
        block = laid.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                assert fragment.charFormat().fontCapitalization() \
                    != QFont.Capitalization.SmallCaps, (name, fragment.text())
                it += 1
            block = block.next()


# The card itself (one page in Letter and A4, with and without agency contacts, type
# sizes, first line) is tested in tests/desktop_app/test_print_card.py.


# -- page ranges, resolution and the painter -------------------------------------------------

@needs_poppler
def test_page_range_keeps_total(qapp, plib, meta, tmp_path):
    from PySide6.QtGui import QPdfWriter

    from desktop_app.printing.errors import PrintError
    from desktop_app.printing.render import render, setup_page
    from desktop_app.printouts import sections_job

    job = sections_job(plib, [s.id for s in plib.sections])
    path = tmp_path / "range.pdf"
    writer = QPdfWriter(str(path))
    setup_page(writer, job)
    result = render(job, writer, meta, from_page=2, to_page=2)
    del writer
    assert result.pages == 1 and result.total >= 2
    assert pdf_pages(path) == 1
    assert f"Page 2 of {result.total}" in pdf_text(path)
    writer = QPdfWriter(str(tmp_path / "bad.pdf"))
    with pytest.raises(PrintError, match="outside this document"):
        render(job, writer, meta, from_page=50, to_page=60)


@needs_poppler
def test_no_hidden_text_where_paragraphs_cross_pages(qapp, plib, meta, tmp_path):
    """A paragraph that continues on the next page must not leave its next-page lines,
    clipped but still present, in this page's text (PDF search, screen readers)."""
    from PySide6.QtGui import QPdfWriter

    from desktop_app.printing.layout import footer_height
    from desktop_app.printing.pdf import export_pdf
    from desktop_app.printing.render import layout_job, setup_page
    from desktop_app.printouts import decision_map_from_library, sections_job

    jobs = [decision_map_from_library(plib), sections_job(plib, [s.id for s in plib.sections])]
    crossing = 0
    for n, job in enumerate(jobs):
        writer = QPdfWriter(str(tmp_path / f"layout{n}.pdf"))
        writer.setResolution(72)  # device pixels are points
        setup_page(writer, job)
        doc, _ = layout_job(job, writer, meta)
        height = doc.pageSize().height()
        block = doc.begin()
        while block.isValid():  # the test is only meaningful if some block crosses
            r = doc.documentLayout().blockBoundingRect(block)
            crossing += int(r.top() // height) != int(r.bottom() // height)
            block = block.next()
        path = export_pdf(job, tmp_path / f"doc{n}.pdf", meta)
        # the band between the page body and the paper's bottom edge holds only the footer
        band_top = 792 - job.margins_in[3] * 72 - footer_height(writer, job, meta)
        for page in range(1, pdf_pages(path) + 1):
            out = subprocess.run(
                ["pdftotext", "-f", str(page), "-l", str(page), "-x", "0",
                 "-y", str(int(band_top) - 2), "-W", "612", "-H", "200", str(path), "-"],
                capture_output=True, text=True, check=True).stdout
            lines = [" ".join(x.split()) for x in out.splitlines() if x.strip()]
            # a long guidance title wraps (never cut short with an ellipsis)
            assert len(lines) in (2, 3) and lines[0].startswith("Not legal advice"), \
                (page, lines)
            assert "\u2026" not in " ".join(lines)
            assert lines[-1].endswith(f"Page {page} of {pdf_pages(path)}")
    assert crossing > 0


def test_pyside_does_not_drop_references_to_none(qapp):
    # PySide6 6.12.0 on Python < 3.12 released a reference to None on every call of a
    # method returning None, so the interpreter aborted after a few thousand calls
    # (typically in the middle of printing). pyproject.toml keeps it out.
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    size = QSizeF(1, 1)
    before = sys.getrefcount(None)
    for _ in range(200):
        doc.setPageSize(size)
        doc.setDocumentMargin(0)
    assert sys.getrefcount(None) - before > -100


# -- export: atomic, folders, errors in words ------------------------------------------------

def test_export_creates_folders_and_adds_extension(qapp, plib, meta, tmp_path):
    from desktop_app.printing.pdf import export_pdf
    from desktop_app.printouts import sections_job

    path = export_pdf(sections_job(plib, ["fippa"]), tmp_path / "a" / "b" / "fippa", meta)
    assert path == tmp_path / "a" / "b" / "fippa.pdf"
    assert path.read_bytes().startswith(b"%PDF")
    assert [p.name for p in path.parent.iterdir()] == ["fippa.pdf"]  # no temp file left


def test_export_replaces_an_existing_file_whole(qapp, plib, meta, tmp_path):
    from desktop_app.printing.pdf import export_pdf
    from desktop_app.printouts import sections_job

    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    export_pdf(sections_job(plib, ["fippa"]), target, meta)
    assert target.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("code,words", [
    (errno.ENOSPC, "not enough space on the disk"),
    (errno.EACCES, "do not have permission"),
    (errno.EROFS, "is read-only"),
    (errno.EIO, "could not be saved"),
])
def test_export_error_mid_write_leaves_no_file(qapp, plib, meta, tmp_path, monkeypatch,
                                               code, words):
    from desktop_app.printing import files
    from desktop_app.printing.errors import PrintError
    from desktop_app.printing.pdf import export_pdf
    from desktop_app.printouts import sections_job

    target = tmp_path / "out.pdf"
    target.write_bytes(b"the previous export")

    def fail(_fd):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(files.os, "fsync", fail)  # after the bytes went to the temp file
    with pytest.raises(PrintError) as err:
        export_pdf(sections_job(plib, ["fippa"]), target, meta)
    assert words in err.value.message
    assert err.value.message.endswith("Nothing was saved.")
    assert target.read_bytes() == b"the previous export"  # untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.pdf"]  # temp file removed


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0,
                    reason="needs POSIX permissions and a user they apply to (root ignores "
                    "them; tests/desktop_app/test_print_cli.py covers root with setpriv)")
def test_export_to_read_only_folder(qapp, plib, meta, tmp_path):
    from desktop_app.printing.errors import PrintError
    from desktop_app.printing.pdf import export_pdf
    from desktop_app.printouts import sections_job

    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(PrintError, match="permission"):
            export_pdf(sections_job(plib, ["fippa"]), folder / "x.pdf", meta)
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_export_path_problems_in_words(qapp, plib, meta, tmp_path):
    from desktop_app.printing.errors import PrintError
    from desktop_app.printing.pdf import export_pdf
    from desktop_app.printouts import sections_job

    job = sections_job(plib, ["fippa"])
    (tmp_path / "a-file").write_text("x")
    with pytest.raises(PrintError, match="part of its path is a file"):
        export_pdf(job, tmp_path / "a-file" / "x.pdf", meta)
    (tmp_path / "folder.pdf").mkdir()
    with pytest.raises(PrintError, match="is a folder"):
        export_pdf(job, tmp_path / "folder.pdf", meta)
    with pytest.raises(PrintError, match="too long"):
        export_pdf(job, tmp_path / ("x" * 300 + ".pdf"), meta)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file", "folder.pdf"]
