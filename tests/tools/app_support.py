"""Helpers for the tests that open the app's window: the test content, files on disk, typing
a query. The window fixtures themselves (``make_window``, ``app_library``,
``prebuilt_index``) are in tests/conftest.py."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APP_CONTENT = ROOT / "tests" / "data" / "app_content"
INDEX_TIMEOUT_MS = 30_000


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (relative path -> content)."""
    return {str(p.relative_to(folder)): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def type_query(qtbot, window, text: str) -> None:
    """Type ``text`` into the search box and wait for its results."""
    box = window.search_panel.box
    box.setFocus()
    box.setText("")
    with qtbot.waitSignal(window.search_panel.searched, timeout=5000):
        qtbot.keyClicks(box, text)
