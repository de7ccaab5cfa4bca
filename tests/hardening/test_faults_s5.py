"""Fault cases, round five: a hostile tester's bad day, tried on the real app.

Each test here failed on the code before its fix (see the report of the ``revfault`` branch).
The rules every fault is held to: the app never stops (no traceback, no crash, no hang),
bad input gets a clear message, nothing the user had is lost, nothing typed is written to
disk, no network is opened.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from desktop_app.printing.dialog import Selection
from desktop_app.settings import Settings
from tests.tools.decision_steps import to_outcome

ROOT = Path(__file__).resolve().parents[2]


# -- settings.ini on a bad day -----------------------------------------------------------
def _settings_in(folder: Path) -> Settings:
    return Settings(folder / "settings.ini").load()


def test_a_settings_folder_that_is_a_file_never_raises_from_a_preference(tmp_path, caplog):
    """``--basedir`` names a file: changing the text size must not raise (it reached the
    error dialog with a traceback on every zoom click); the preference still applies for
    this session, and the problem is said once in the log."""
    afile = tmp_path / "not-a-folder"
    afile.write_text("someone's file\n")
    settings = _settings_in(afile)
    with caplog.at_level(logging.WARNING):
        settings.zoom = 150  # raised FileExistsError
        settings.theme = "dark"
    assert settings.zoom == 150 and settings.theme == "dark"
    assert afile.read_text() == "someone's file\n"  # nothing the user had is lost
    assert settings.save_problem is not None and str(afile) in settings.save_problem
    assert any("settings" in r.getMessage() for r in caplog.records)


def test_settings_ini_as_a_fifo_never_blocks(tmp_path):
    """A FIFO named settings.ini: QSettings opened it and waited for a writer for ever
    (the window could not close). Run in a subprocess with a timeout: a hang is a fail."""
    base = tmp_path / "base"
    base.mkdir()
    os.mkfifo(base / "settings.ini")
    code = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from desktop_app.settings import Settings\n"
        f"s = Settings(__import__('pathlib').Path({str(base / 'settings.ini')!r})).load()\n"
        "s.zoom = 140\n"
        "s.save()\n"
        "print('ok', s.zoom, bool(s.save_problem))\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["ok", "140", "True"]
    assert (base / "settings.ini").is_fifo()  # left as it was


def test_settings_ini_as_a_folder_is_left_alone(tmp_path):
    base = tmp_path / "base"
    (base / "settings.ini").mkdir(parents=True)
    (base / "settings.ini" / "keep.txt").write_text("mine")
    settings = _settings_in(base)
    settings.zoom = 130
    settings.save()
    assert settings.zoom == 130 and settings.save_problem
    assert (base / "settings.ini" / "keep.txt").read_text() == "mine"


def test_a_huge_settings_file_is_not_read_and_is_replaced_by_a_small_one(tmp_path):
    """100 MB of junk in settings.ini took about ten seconds and a gigabyte of memory on
    each read (start, every preference change, closing). Now it is not read (defaults),
    and the next save writes a fresh file holding only preferences."""
    base = tmp_path / "base"
    base.mkdir()
    ini = base / "settings.ini"
    with ini.open("w") as fh:
        fh.write("[view]\nzoom=120\n[junk]\n")
        fh.truncate(20 * 1024 * 1024)  # sparse: 20 MB of NULs, written in no time
    settings = _settings_in(base)
    assert settings.zoom == 100  # not read: the defaults
    settings.zoom = 110
    assert ini.stat().st_size < 4096
    assert Settings(ini).load().zoom == 110


def test_a_settings_file_with_wrong_types_loads_defaults_quietly(tmp_path, qtlog):
    """Qt's own value syntax planted in the file (a byte array for the zoom, a rectangle for
    a boolean, an unknown variant type): defaults, no Qt warning printed, nothing raised."""
    base = tmp_path / "base"
    base.mkdir()
    (base / "settings.ini").write_text(
        "[view]\nzoom=@ByteArray(\\xff\\0)\ntheme=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x18)\n"
        "high_contrast=@Rect(1 2 3 4)\nlanguage=@Invalid()\n[window]\ngeometry=12345\n"
        "[privacy]\nidle_timeout_minutes=1e309\nrecord_idle_minutes=99999999999999999999\n"
        "first_run_note_shown=maybe\n[internal]\nversion=-5\n")
    settings = _settings_in(base)
    assert (settings.zoom, settings.theme, settings.high_contrast) == (100, "system", False)
    assert settings.idle_timeout_minutes == 0 and settings.record_idle_minutes == 10
    assert settings.language in ("en", "fr")


# -- idle clear and quick exit while a modal dialog is open -----------------------------
SECRET = "Wombat night nurse idlesecret"


@pytest.fixture
def record_window(make_window, qtbot):
    window = make_window(None, index=False, wait=False)
    qtbot.waitUntil(lambda: getattr(window, "decision_panel", None) is not None)
    panel = window.decision_panel
    to_outcome(qtbot, panel)
    panel.record_fields["role"].setText(SECRET)
    return window


def _visible_dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QDialog) and w.isVisible()]


@pytest.mark.gui
@pytest.mark.parametrize("clear", ["screen idle", "record idle"])
def test_an_idle_clear_closes_a_print_preview_of_the_record(record_window, qtbot, clear):
    """The decision record open in Print preview (a modal dialog), the worker gone for
    lunch: the idle clear wiped the window behind it but left the preview, the record in
    full, on screen. Now the preview is closed too."""
    window = record_window
    controller = window.print_controller
    job = controller.build_job(Selection("decision-record"))
    seen: dict[str, object] = {}

    def idle_now() -> None:
        seen["before"] = [d.windowTitle() for d in _visible_dialogs()]
        if clear == "screen idle":
            window.idle.set_idle_timeout(5)
            window.idle.timer.timeout.emit()
        else:
            window.decision_panel._idle.timeout.emit()
        QApplication.processEvents()
        seen["after"] = [d.windowTitle() for d in _visible_dialogs()]
        for dlg in _visible_dialogs():  # never leave the test stuck in exec()
            dlg.reject()

    QTimer.singleShot(300, idle_now)
    controller.preview_job(job)
    assert seen["before"], "the preview must be open when the idle clear comes"
    assert seen["after"] == []
    assert window.decision_panel.current_record() == {}


# -- a --basedir the file system refuses ------------------------------------------------
def _too_long(tmp_path: Path) -> Path:
    return tmp_path / ("x" * 300)  # one name longer than any file system allows (255)


def test_a_basedir_name_too_long_still_opens_the_guide(tmp_path):
    """``--basedir`` with a 300-letter folder name: asking whether a content pack was
    installed there raised ENAMETOOLONG, and the app did not start ("could not start",
    with a traceback)."""
    from desktop_app.content_source import content_root
    from desktop_app.paths import Paths

    assert content_root(None, Paths(_too_long(tmp_path), "basedir")) is None


def test_the_cli_with_a_basedir_name_too_long_answers(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--basedir", str(_too_long(tmp_path)),
         "search", "serious harm"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert "Traceback" not in done.stderr
    assert done.returncode == 0, done.stderr
    assert "PHIPA" in done.stdout


# -- IT's update folder on a bad day ----------------------------------------------------
_OPEN_AND_CLOSE = (
    "import os, sys, time\n"
    "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
    "from PySide6.QtCore import QTimer\n"
    "from desktop_app.app import create_app\n"
    "app, window = create_app(['--basedir', sys.argv[1]])\n"
    "t0 = time.monotonic()\n"
    "def close():\n"
    "    if not window.started and time.monotonic() - t0 < 60:\n"
    "        QTimer.singleShot(100, close)  # a busy machine: wait for the first paint's work\n"
    "        return\n"
    "    print('started', window.started, flush=True)\n"
    "    window.close()\n"
    "    app.quit()\n"
    "QTimer.singleShot(1000, close)\n"
    "app.exec()\n"
    "print('closed', flush=True)\n")


def _open_and_close(base: Path) -> subprocess.CompletedProcess[str]:
    """The app opened on ``base`` and closed once its after-first-paint work is done, in a
    subprocess: a hang (during start-up or at exit) is a TimeoutExpired, never a stuck
    test run."""
    return subprocess.run([sys.executable, "-c", _OPEN_AND_CLOSE, str(base)], cwd=ROOT,
                          capture_output=True, text=True, timeout=90)


def test_update_folder_txt_as_a_fifo_never_freezes_the_window(tmp_path):
    """``update-folder.txt`` in the settings folder is a pipe: the window read it on the
    GUI thread right after the first paint and froze for good."""
    base = tmp_path / "base"
    base.mkdir()
    os.mkfifo(base / "update-folder.txt")
    done = _open_and_close(base)
    assert done.stdout.split() == ["started", "True", "closed"], done.stderr
    assert "Traceback" not in done.stderr


def test_a_pipe_in_the_update_folder_never_keeps_the_app_from_closing(tmp_path):
    """IT's shared folder holds a pipe named ``new.igpack`` (or is a share that stopped
    answering): the check ran in the thread pool, which the app waits for when it closes,
    so the app never ended."""
    base, share = tmp_path / "base", tmp_path / "share"
    base.mkdir()
    share.mkdir()
    (base / "update-folder.txt").write_text(str(share), encoding="utf-8")
    os.mkfifo(share / "new.igpack")
    done = _open_and_close(base)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["started", "True", "closed"]


def test_a_manifest_bomb_in_the_update_folder_is_skipped(tmp_path):
    """A pack whose manifest.json expands to 200 MB: the folder check read all of it into
    memory before looking. It is skipped after a megabyte; a good pack beside it wins."""
    import zipfile

    from desktop_app.update_folder import newest_pack_in

    share = tmp_path / "share"
    share.mkdir()
    with zipfile.ZipFile(share / "bomb.igpack", "w", zipfile.ZIP_DEFLATED) as z, \
            z.open("manifest.json", "w", force_zip64=True) as fh:
        chunk = b" " * (1024 * 1024)
        for _ in range(200):
            fh.write(chunk)
    with zipfile.ZipFile(share / "secret.igpack", "w") as z:
        z.setpassword(b"x")
        z.writestr("manifest.json", b"{}")
    (share / "folder.igpack").mkdir()
    import tracemalloc

    tracemalloc.start()
    try:
        assert newest_pack_in(share) is None
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 20 * 1024 * 1024


# -- the installed-pack store and trusted keys: pipes and junk ---------------------------
def test_a_pipe_as_the_pack_state_file_never_blocks_start_up(tmp_path):
    """``content-packs/content/state.json`` is a pipe: every start (GUI and CLI) read it
    to find the installed content and waited for ever."""
    base = tmp_path / "base"
    (base / "content-packs" / "content").mkdir(parents=True)
    os.mkfifo(base / "content-packs" / "content" / "state.json")
    done = subprocess.run([sys.executable, "-m", "desktop_app", "--basedir", str(base), "list"],
                          cwd=ROOT, capture_output=True, text=True, timeout=90,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("junk", ["fifo", "binary"])
def test_a_bad_trusted_key_file_is_a_clear_refusal(tmp_path, junk):
    """A ``*.pub`` in the settings folder's trusted-keys that is a pipe (installing a pack
    hung; the IT folder's quiet install does it on the GUI thread) or not UTF-8 (raised
    UnicodeDecodeError past the install's error handling): now the pack is refused with
    the key file named."""
    from desktop_app.paths import Paths

    paths = Paths(tmp_path / "base", "basedir")
    keys = paths.config_dir / "trusted-keys"
    keys.mkdir(parents=True)
    bad = keys / "it.pub"
    if junk == "fifo":
        os.mkfifo(bad)
    else:
        bad.write_bytes(b"\xff\xfe\x00ipv-guide-ed25519 \xc3(")
    pack = tmp_path / "guide.igpack"
    pack.write_bytes(b"PK\x05\x06" + b"\x00" * 18)  # an empty zip: refused anyway
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from desktop_app.content_update import install_pack_file\n"
        "from desktop_app.paths import Paths\n"
        "r = install_pack_file(Path(sys.argv[2]), Paths(Path(sys.argv[1]), 'basedir'))\n"
        "print(r.ok)\n"
        "print(r.message)\n")
    done = subprocess.run([sys.executable, "-c", code, str(paths.config_dir), str(pack)],
                          cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    ok, message = done.stdout.split("\n", 1)
    assert ok == "False" and "it.pub" in message


# -- an 800x600 screen ---------------------------------------------------------------------
@pytest.mark.gui
def test_at_the_smallest_window_the_decision_helper_is_not_cut_off(make_window, qtbot):
    """On an 800x600 screen the window is at its minimum width (760): the three panes'
    own minimum widths (240 + 360 + 360) did not fit, so the decision helper was drawn
    wider than the room left for it and cut off at the window's right edge ("May I share
    this without" and half of every line gone)."""
    window = make_window(None, index=False, wait=False)
    qtbot.waitUntil(lambda: getattr(window, "decision_panel", None) is not None)
    window.resize(window.minimumWidth(), window.minimumHeight())
    qtbot.waitUntil(lambda: window.width() == window.minimumWidth())
    QApplication.processEvents()
    splitter = window.splitter
    assert window.side_tabs.isVisible()
    for i in range(splitter.count()):
        pane = splitter.widget(i)
        assert pane.geometry().right() < splitter.width(), (i, type(pane).__name__)
        assert pane.width() >= pane.minimumSizeHint().width(), (i, type(pane).__name__)
    panel = window.decision_panel
    assert panel.mapTo(window, panel.rect().topRight()).x() < window.width()


# -- a whole case file pasted into the decision record ---------------------------------
@pytest.mark.gui
def test_a_huge_paste_into_the_record_is_bounded_and_said(record_window, qtbot):
    """200,000 characters pasted into "What was shared": every key typed after it took
    about a second (the name check reads every field at each key) and exporting the
    record took minutes (hundreds of pages). A field now keeps 5,000 characters, and the
    panel says the rest was not kept."""
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

    from desktop_app.decision.record_form import MAX_LINE_CHARS, MAX_TEXT_CHARS

    panel = record_window.decision_panel
    what = panel.record_fields["what"]
    assert isinstance(what, QPlainTextEdit)
    what.setFocus()
    what.insertPlainText("Ordinary words about what was shared. " * 5300)  # a paste
    assert len(what.toPlainText()) == MAX_TEXT_CHARS
    assert len(panel.current_record()["what"]) == MAX_TEXT_CHARS
    notice = panel.notice_bar
    assert notice.isVisibleTo(panel) and "5,000" in notice.label.text()
    role = panel.record_fields["role"]
    assert isinstance(role, QLineEdit) and role.maxLength() == MAX_LINE_CHARS
    assert panel.record_fields["role"].text() == SECRET  # the short field is untouched


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc is Linux's")
def test_a_settings_folder_nobody_can_write_is_said_not_silent():
    """A folder where the file cannot be written (read-only share, full disk; here /proc,
    which refuses files even to root): Qt's QSettings failed silently and the app believed
    the preference was kept. Now the failure is known (and logged) and the app goes on."""
    settings = Settings(Path("/proc/self/settings.ini")).load()
    settings.zoom = 130
    assert settings.zoom == 130
    assert settings.save_problem and "could not be written" in settings.save_problem


# -- exporting over a PDF that another program holds open -------------------------------
def test_exporting_over_a_pdf_open_in_a_reader_says_so(tmp_path, monkeypatch, qapp):
    """On Windows a PDF open in a reader cannot be replaced (PermissionError on the
    rename). The message blamed the folder's permissions ("You do not have permission
    to save in the folder"), which sends the user the wrong way; now it names the file
    and the likely reason. The old PDF and the folder are left as they were."""
    from desktop_app.printing import files
    from desktop_app.printing.errors import PrintError

    target = tmp_path / "record.pdf"
    target.write_bytes(b"%PDF-1.4 the one the reader has open")
    real_replace = os.replace

    def locked(src, dst):  # noqa: ANN001 - os.replace's own arguments
        if Path(dst) == target:
            raise PermissionError(13, "The process cannot access the file because it is "
                                      "being used by another process", str(dst))
        return real_replace(src, dst)

    monkeypatch.setattr(files.os, "replace", locked)
    with pytest.raises(PrintError) as caught:
        files.write_atomic(target, b"%PDF-1.4 new")
    assert "record.pdf" in caught.value.message and "open in another program" in \
        caught.value.message
    assert target.read_bytes() == b"%PDF-1.4 the one the reader has open"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["record.pdf"]


# -- no printer installed -----------------------------------------------------------------
@pytest.mark.gui
def test_printing_with_no_printer_says_what_to_do_instead(make_window, monkeypatch):
    """A computer with no printer: the print dialog offers none, and printing ended in
    "The printer or file could not be opened... Check that the printer is connected".
    Now it says no printer is set up, and to use Export PDF."""
    window = make_window(None, index=False, wait=False)
    controller = window.print_controller
    errors: list[str] = []
    monkeypatch.setattr(controller, "_error", lambda _t, m: errors.append(m))

    def no_printer_chosen(dialog):  # noqa: ANN001 - the print dialog, accepted as it is
        controller._printer.setPrinterName("")  # what Qt leaves when there is none
        controller._printer.setOutputFileName("")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(controller, "_exec", no_printer_chosen)
    assert controller.print_job(controller.build_job(Selection("quick-reference"))) is False
    assert len(errors) == 1 and "No printer is set up" in errors[0] \
        and "Export PDF" in errors[0]


@pytest.mark.gui
def test_the_window_says_when_preferences_cannot_be_saved(make_window, tmp_path):
    """--basedir is a file: a new text size applies, and the status bar says it could not
    be kept (it was silent, after a traceback)."""
    afile = tmp_path / "a-file"
    afile.write_text("x")
    window = make_window(None, index=False, wait=False, base=afile)
    window.appearance.set_zoom(140)
    assert window.settings.zoom == 140
    assert "could not be saved" in window.statusBar().currentMessage()
    assert str(afile) in window.statusBar().currentMessage()
