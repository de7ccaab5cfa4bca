"""A switch to French opens the French search index the bundle ships (``index/prebuilt-fr``,
built by ``packaging/build.py``): nothing is built, in memory or anywhere else.

The bundle's layout is imitated in a temporary folder (the packaged ``index`` folder with
``prebuilt`` and ``prebuilt-fr``); ``tests/project/test_bundle.py`` checks the real bundle
(its frozen smoke test does what a switch does to the search).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from desktop_app import paths as app_paths

ROOT = Path(__file__).resolve().parents[2]
SWITCH_TIMEOUT_MS = 60_000

pytestmark = pytest.mark.gui


def _build_module():
    spec = importlib.util.spec_from_file_location("ipv_packaging_build_for_switch",
                                                  ROOT / "packaging" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def packaged_index(tmp_path_factory) -> Path:
    """The ``index`` folder as the bundle has it: both prebuilt indexes, made by build.py."""
    build = _build_module()
    folder = tmp_path_factory.mktemp("bundle-internal") / "index"
    build.build_prebuilt_index(folder / "prebuilt", "en")
    build.build_prebuilt_index(folder / "prebuilt-fr", "fr")
    return folder


@pytest.fixture
def builds(monkeypatch) -> list[str]:
    """Every search index built in memory from now on (its language)."""
    from index import builder

    built: list[str] = []
    real = builder.build_in_memory

    def spy(library, **kwargs):
        built.append(library.language)
        return real(library, **kwargs)

    monkeypatch.setattr(builder, "build_in_memory", spy)
    return built


def _ship(monkeypatch, folder: Path | None) -> None:
    """The app finds its prebuilt indexes in ``folder``, as in the bundle."""
    def bundled(name: str) -> Path | None:
        path = folder / name if folder is not None else None
        return path if path is not None and path.is_dir() else None

    monkeypatch.setattr(app_paths, "_bundled_index", bundled)
    monkeypatch.setattr(app_paths, "prebuilt_index_dir",
                        lambda language="en": bundled("prebuilt" if language == "en"
                                                      else f"prebuilt-{language}"))


def _switch(window, language: str, qtbot) -> None:
    from desktop_app.language_switch import switch_language

    assert switch_language(window, language)
    qtbot.waitUntil(lambda: window.search_ready, timeout=SWITCH_TIMEOUT_MS)


def test_a_switch_to_french_opens_the_shipped_french_index(make_window, qtbot, monkeypatch,
                                                          packaged_index, builds):
    window = make_window(None, index=False)  # the shipped guide, in English
    _ship(monkeypatch, packaged_index)  # after make_window, which sets its own
    builds.clear()  # the start's
    _switch(window, "fr", qtbot)
    assert window.library.language == "fr"
    assert window.search_index.location == str(packaged_index / "prebuilt-fr")
    assert window.search_index.search("violence conjugale", limit=5).hits
    _switch(window, "en", qtbot)  # and back: the English one, built nowhere either
    assert window.search_index.location == str(packaged_index / "prebuilt")
    assert builds == []


def test_without_the_french_index_a_switch_builds_it_in_memory(make_window, qtbot,
                                                              monkeypatch, builds):
    """The fallback (a source checkout, or a bundle built without it) still works."""
    window = make_window(None, index=False)
    _ship(monkeypatch, None)
    _switch(window, "fr", qtbot)
    assert window.search_index.location == ":memory:"
    assert builds[-1] == "fr"
