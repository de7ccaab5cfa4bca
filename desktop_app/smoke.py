"""``ipv-guide --smoke-test``: check that the app works on this computer, then exit.

Runs the whole chain once, as the app does it, and prints one line per step::

    smoke: Info-Sharing Guide 0.1.0 (frozen), Python 3.11.7
    smoke: content ok (66 sections, 52 glossary terms from .../content/data) in 0.59 s
    smoke: index ok (opened the prebuilt index, 118 documents) in 0.09 s
    smoke: search ok (23 hits for 'About this guide'; top: about) in 0.00 s
    smoke: decision ok (share: danger=yes -> call-911) in 0.00 s
    smoke: pdf ok (41,008 bytes, 2 page(s), Qt 6.11.3 offscreen) in 0.10 s
    smoke: pack ok (signed, verified and installed 95 files) in 0.40 s
    smoke: french ok (opened the French prebuilt index, 159 documents; 'À propos' found) in 0.30 s
    smoke: all ok

Exit code 0 when every step worked, 1 at the first failure (the step prints
``smoke: <step> FAILED: <why>`` and the traceback goes to stderr). The frozen build is
checked this way by ``packaging/build.py`` and ``tests/project/test_bundle.py``.

Nothing is written to the user's profile: the search index is the prebuilt one or is built
in memory, and the PDF goes into a temporary folder that is removed at the end. The last
step does what a switch to French does to the search: load the French guide and open its
index (the bundle ships it prebuilt, so nothing is built; content without a French
translation says so and passes).

The module also holds the start-up probe used by ``tools/startup_bench.py``
(:func:`install_startup_probe`).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only named in annotations: each step imports what it runs
    from PySide6.QtWidgets import QWidget

    from content.model import Library
    from index.searcher import SearchIndex

PREFIX = "smoke:"
#: Environment variable read by :func:`install_startup_probe`.
STARTUP_PROBE_ENV = "IPV_GUIDE_STARTUP_PROBE"


class SmokeFailure(Exception):
    """A step did not do what it should; the message says what."""


def _say(text: str) -> None:
    # A windowed executable on Windows has no console: sys.stdout is None there.
    if sys.stdout is not None:
        print(f"{PREFIX} {text}", flush=True)


@contextlib.contextmanager
def _workdirs() -> Iterator[Path]:
    """A scratch folder for the PDF, removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="ipv-guide-smoke-") as tmp:
        yield Path(tmp) / "pdf"


def _header() -> str:
    from desktop_app import APP_NAME, __version__

    frozen = "frozen" if getattr(sys, "frozen", False) else "from source"
    utf8 = " (UTF-8 mode)" if sys.flags.utf8_mode else ""
    return f"{APP_NAME} {__version__} ({frozen}), Python {sys.version.split()[0]}{utf8}"


# -- the steps --------------------------------------------------------------------------
# Each takes the shared state and returns the words after "ok".

@dataclass
class SmokeState:
    """What the steps hand on: the content folder asked for, the PDF's scratch folder, and
    the library and index once the steps before have made them."""

    content_root: str | None
    pdf_dir: Path
    loaded: Library | None = None
    opened: SearchIndex | None = None

    @property
    def library(self) -> Library:
        if self.loaded is None:
            raise SmokeFailure("the content was not loaded")
        return self.loaded

    @property
    def index(self) -> SearchIndex:
        if self.opened is None:
            raise SmokeFailure("the search index was not opened")
        return self.opened


def _step_content(state: SmokeState) -> str:
    from content import data_root, load_library

    root = state.content_root or data_root()
    library = state.loaded = load_library(root)
    if library.problems:
        first = library.problems[0]
        raise SmokeFailure(f"{len(library.problems)} problem(s) in the content, first: "
                           f"{first.path}:{first.line}: {first.message}")
    if not library.sections:
        raise SmokeFailure("the content has no sections")
    return (f"{len(library.sections)} sections, {len(library.glossary)} glossary terms "
            f"from {root}")


def _step_sections(state: SmokeState) -> str:
    """The sections read once when the app was bundled (:mod:`content.prebuilt`): the app's
    start takes each from there only when its file is unchanged, and shows the same."""
    from content import data_root, load_library
    from content.prebuilt import PrebuiltSections

    prebuilt = PrebuiltSections.read()
    if prebuilt is None:
        return "no prebuilt sections: each start reads every section"
    library = load_library(state.content_root or data_root(), extras=False, prebuilt=prebuilt)
    if library.sections != state.library.sections or library.problems:
        raise SmokeFailure("the sections from the prebuilt file differ from those read")
    return f"{prebuilt.hits} of {len(library.sections)} taken from the prebuilt file"


def _step_index(state: SmokeState) -> str:
    import index
    from desktop_app.paths import prebuilt_index_dir

    prebuilt = prebuilt_index_dir()
    idx = state.opened = index.open_or_build(state.library, prebuilt_dir=prebuilt)
    if prebuilt is not None and Path(idx.location) == prebuilt:
        where = "opened the prebuilt index"
    else:
        where = "built in memory"
        if prebuilt is not None:
            where += " (the prebuilt index does not match this content)"
    return f"{where}, {idx.doc_count} documents"


def _step_search(state: SmokeState) -> str:
    target = state.library.sections[0]
    query = target.title
    res = state.index.search(query, limit=20)
    if not res.hits:
        raise SmokeFailure(f"no hits for {query!r}")
    found = [h.section_id for h in res.hits]
    if target.id not in found:
        raise SmokeFailure(f"searching for the title {query!r} did not find section "
                           f"{target.id!r} (found: {', '.join(found[:5])})")
    return f"{res.total} hits for {query!r}; top: {res.hits[0].section_id}"


def _step_decision(state: SmokeState) -> str:
    from content.decision import MAIN_FLOW, DecisionSession, Outcome, Question, evaluate_facts

    flows = state.library.flows
    if MAIN_FLOW not in flows:
        raise SmokeFailure(f"the content has no '{MAIN_FLOW}' decision flow")
    flow = flows[MAIN_FLOW]
    # Walk the first choice of every question to an outcome, then ask scripted mode for the
    # same facts: both must land on the same outcome.
    session = DecisionSession(flow)
    step = session.start()
    for _ in range(200):
        if isinstance(step, Outcome):
            break
        if isinstance(step, Question):
            step = session.answer(step.choices[0].value)
        else:  # the review screen
            step = session.confirm()
    else:
        raise SmokeFailure("the first-choice path never reached an outcome")
    facts = {a.question.fact: a.choice.value for a in session.answers}
    result = evaluate_facts(flow, facts)
    if result.outcome is None or result.outcome.id != step.id:
        got = result.outcome.id if result.outcome else "no outcome"
        raise SmokeFailure(f"scripted mode gave {got} for {facts}, the session {step.id}")
    shown = ", ".join(f"{k}={v}" for k, v in facts.items())
    return f"{MAIN_FLOW}: {shown} -> {step.id}"


def _step_pdf(state: SmokeState) -> str:
    from desktop_app.printing.pdf import ensure_gui_app, export_pdf
    from desktop_app.printouts import PrintMeta, sections_job

    library = state.library
    ensure_gui_app()
    job = sections_job(library, [library.sections[0].id])
    target = export_pdf(job, state.pdf_dir / "smoke.pdf", PrintMeta.from_library(library))
    data = target.read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise SmokeFailure(f"{target} is not a complete PDF")
    pages = len(re.findall(rb"/Type\s*/Page\b", data))
    from PySide6.QtCore import qVersion
    from PySide6.QtGui import QGuiApplication

    return (f"{len(data):,} bytes, {pages} page(s), Qt {qVersion()} "
            f"{QGuiApplication.platformName()}")


def _step_pack(state: SmokeState) -> str:
    """Sign the content into a pack with a throwaway key, verify it and install it (temp)."""
    from datetime import date

    from content import data_root, load_library
    from content.pack import build_pack, content_files, generate_key, open_pack
    from content.pack_store import install
    from desktop_app import __version__

    root = Path(state.content_root or data_root())
    with tempfile.TemporaryDirectory(prefix="ipv-guide-smoke-pack-") as tmp:
        key = generate_key(Path(tmp) / "smoke.key")
        pack = Path(tmp) / "smoke.igpack"
        m = build_pack(content_files(root), Path(tmp) / "smoke.key", pack, kind="content",
                       content_version="9999.1.1", content_date=date.today())
        folder = install(open_pack(pack, [key], __version__), Path(tmp) / "store")
        sections = len(load_library(folder).sections)
    if sections != len(state.library.sections):
        raise SmokeFailure(f"the installed pack has {sections} sections, the content "
                           f"{len(state.library.sections)}")
    return f"signed, verified and installed {len(m.files)} files"


def _step_french(state: SmokeState) -> str:
    """What View > Language > Français does to the search: the French guide and its index
    (the prebuilt one when the bundle ships it and it matches), then a search in French."""
    import index
    from content import data_root, load_library
    from desktop_app.paths import prebuilt_index_for

    root = Path(state.content_root or data_root())
    if not (root / "fr").is_dir():
        return "this content has no French translation"
    library = load_library(root, language="fr")
    if library.problems:
        first = library.problems[0]
        raise SmokeFailure(f"{len(library.problems)} problem(s) in the French content, "
                           f"first: {first.path}:{first.line}: {first.message}")
    prebuilt = prebuilt_index_for("fr")
    with index.open_or_build(library, prebuilt_dir=prebuilt) as idx:
        if prebuilt is not None and Path(idx.location) == prebuilt:
            where = "opened the French prebuilt index"
        else:
            where = "built the French index in memory"
            if prebuilt is not None:
                where += " (the prebuilt one does not match this content)"
        target = library.sections[0]
        found = [h.section_id for h in idx.search(target.title, limit=20).hits]
        if target.id not in found:
            raise SmokeFailure(f"searching for the French title {target.title!r} did not "
                               f"find section {target.id!r} (found: {', '.join(found[:5])})")
        return f"{where}, {idx.doc_count} documents; {target.title!r} found"


STEPS: tuple[tuple[str, Callable[[SmokeState], str]], ...] = (
    ("content", _step_content),
    ("sections", _step_sections),
    ("index", _step_index),
    ("search", _step_search),
    ("decision", _step_decision),
    ("pdf", _step_pdf),
    ("pack", _step_pack),
    ("french", _step_french),
)


def run_smoke_test(args: argparse.Namespace) -> int:
    """Run every step in order; print one line each; return 0 if all worked, else 1."""
    _say(_header())
    with _workdirs() as pdf_dir:
        state = SmokeState(content_root=getattr(args, "content", None), pdf_dir=pdf_dir)
        try:
            for name, step in STEPS:
                started = time.perf_counter()
                try:
                    detail = step(state)
                except Exception as exc:  # every failure is reported the same way
                    reason = getattr(exc, "message", None) or exc
                    _say(f"{name} FAILED: {type(exc).__name__}: {reason}")
                    traceback.print_exc()
                    return 1
                _say(f"{name} ok ({detail}) in {time.perf_counter() - started:.2f} s")
        finally:
            # Close the index before its temporary folder goes (Windows keeps open files).
            if state.opened is not None:
                state.opened.close()
    _say("all ok")
    return 0


# -- start-up probe -----------------------------------------------------------------------

def install_startup_probe(window: QWidget) -> bool:
    """If ``IPV_GUIDE_STARTUP_PROBE`` is set, quit as soon as ``window`` has been painted.

    When the first paint of the window (or any widget in it) has been handled, the probe
    writes ``startup-probe: shown at <time.time()>`` and quits the event loop;
    ``tools/startup_bench.py`` measures "process start -> window shown" from that. The line goes
    to stdout when the variable is ``1``, else it is appended to the file the variable names
    (a windowed executable on Windows has no stdout). Returns whether the probe was
    installed. Call it right after ``window.show()``, before ``exec()``.
    """
    target = os.environ.get(STARTUP_PROBE_ENV)
    if not target:
        return False
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    instance = QApplication.instance()
    if instance is None:
        return False
    app = instance  # never reassigned: the closures below see a QCoreApplication

    def shown() -> None:
        from desktop_app.startup_trace import probe_shown

        probe_shown()  # the line, written as the app's own start writes it, then quit

    class _Probe(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
            if (event.type() == QEvent.Type.Paint and isinstance(obj, QWidget)
                    and obj.window() is window):
                app.removeEventFilter(self)
                # After this paint and the rest of the frame have been handled.
                QTimer.singleShot(0, shown)
            return False

    probe = _Probe(window)
    app.installEventFilter(probe)
    return True
