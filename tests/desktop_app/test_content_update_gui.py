"""File > Update content..., Restore the previous content, What changed, and IT's update folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from content import load_library
from content.pack import build_pack, content_files, generate_key
from content.pack_diff import ContentDiff, OutcomeChange, ParagraphChange, SectionChange
from content.pack_store import active_folder
from desktop_app.content_update import ContentUpdateController, diff_html
from desktop_app.paths import Paths
from tests.tools.pack_support import content_copy as _content_copy

pytestmark = pytest.mark.gui


@pytest.fixture
def setup(tmp_path, basedir, qtbot, monkeypatch):
    key = tmp_path / "it.key"
    pub = generate_key(key, "IT")
    paths = Paths.from_args(str(basedir))
    (paths.config_dir / "trusted-keys").mkdir(parents=True)
    (paths.config_dir / "trusted-keys" / "it.pub").write_text(pub.line(), encoding="utf-8")
    boxes: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _p, title, text, *a, **k: boxes.append(("info", text)))
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _p, title, text, *a, **k: boxes.append(("warning", text)))
    parent = QWidget()
    qtbot.addWidget(parent)
    pages: list[str] = []
    statuses: list[str] = []
    library = load_library()
    ctl = ContentUpdateController(parent, paths, lambda: library, pages.append, statuses.append)

    def pack(version: str) -> Path:
        folder = _content_copy(tmp_path, version)
        out = tmp_path / f"guide-{version}.igpack"
        from datetime import date
        build_pack(content_files(folder), key, out, kind="content", content_version=version,
                   content_date=date(2026, 12, 6))
        return out

    return {"ctl": ctl, "paths": paths, "boxes": boxes, "pages": pages, "statuses": statuses,
            "pack": pack, "key": key}


def test_installing_a_pack_says_so_shows_what_changed_and_enables_restore(setup):
    ctl = setup["ctl"]
    assert not ctl.restore_action.isEnabled()
    result = ctl.install_file(setup["pack"]("2099.1.1"))
    assert result.ok and "2099.1.1" in result.message and "reopen" in result.message
    assert setup["boxes"][-1][0] == "info"
    assert setup["pages"] and "What changed in the content" in setup["pages"][-1]
    assert active_folder(setup["paths"].packs_dir) is not None
    ctl.install_file(setup["pack"]("2099.2.1"))
    assert ctl.restore_action.isEnabled()
    ctl.restore()
    assert "previous content" in setup["boxes"][-1][1]
    assert active_folder(setup["paths"].packs_dir).name.startswith("2099.1.1")


def test_a_bad_pack_changes_nothing_and_says_why(setup, tmp_path):
    bad = tmp_path / "bad.igpack"
    bad.write_bytes(b"not a zip")
    result = setup["ctl"].install_file(bad)
    assert not result.ok
    kind, text = setup["boxes"][-1]
    assert kind == "warning" and "not changed" in text and "not a content pack" in text
    assert active_folder(setup["paths"].packs_dir) is None


def test_the_file_dialog_is_asked_and_cancel_does_nothing(setup, monkeypatch):
    ctl = setup["ctl"]
    monkeypatch.setattr(ctl, "_ask_pack_path", lambda: "")
    assert ctl.choose_and_install() is None
    path = setup["pack"]("2099.1.1")
    monkeypatch.setattr(ctl, "_ask_pack_path", lambda: str(path))
    assert ctl.choose_and_install().ok


def test_it_update_folder_is_checked_in_the_background(setup, tmp_path, qtbot):
    share = tmp_path / "share"
    share.mkdir()
    shutil.copy(setup["pack"]("2099.1.1"), share)
    shutil.copy(setup["pack"]("2099.3.1"), share)
    (share / "junk.igpack").write_bytes(b"junk")
    (setup["paths"].config_dir / "update-folder.txt").write_text(str(share), encoding="utf-8")
    ctl = setup["ctl"]
    with qtbot.waitSignal(ctl.installed, timeout=20_000):
        ctl.check_update_folder()
    assert active_folder(setup["paths"].packs_dir).name.startswith("2099.3.1")
    assert not setup["boxes"]  # quiet: no dialog pops up over a client's session


def test_what_changed_without_an_update_says_so(setup):
    setup["ctl"].show_changes()
    assert "no update has been installed" in setup["pages"][-1]


def test_the_diff_page_escapes_every_piece_of_content():
    evil = '<img src="file:///etc/passwd">'
    diff = ContentDiff("1", "2", (SectionChange("x", evil, "changed",
                                                (ParagraphChange(evil, evil),)),),
                       (OutcomeChange("share", "o", evil, "changed", (evil,), (), evil, "b"),))
    page = diff_html(diff)
    assert "<img" not in page and "&lt;img" in page


def test_the_main_window_has_the_update_actions(qtbot, basedir):
    from desktop_app.app import create_app

    _app, window = create_app(["--basedir", str(basedir)])
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: any(a.text() == "&Update content…"
                                for a in window.file_menu.actions()), timeout=20_000)
    texts = [a.text() for a in window.file_menu.actions()]
    assert "&Restore the previous content" in texts
    assert any(a.text() == "What &changed in the content" for a in window.help_menu.actions())
