"""Where the app writes (paths.py, no Qt) and what it keeps (settings.py: preferences only)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.paths import Paths, default_dir, ensure_dir

ROOT = Path(__file__).resolve().parents[2]


# -- paths -------------------------------------------------------------------------------------

def test_basedir_holds_everything(tmp_path):
    p = Paths.from_args(tmp_path / "b")
    assert p.mode == "basedir"
    assert p.config_dir == (tmp_path / "b").resolve()
    assert p.settings_file == p.config_dir / "settings.ini"
    assert not hasattr(p, "cache_dir")  # the index is never written to disk: no cache folder
    assert not (tmp_path / "b").exists()  # nothing created just by deciding


def test_portable_mode_when_the_marker_sits_beside_the_frozen_executable(tmp_path):
    exe = tmp_path / "app" / "ipv-guide.exe"
    exe.parent.mkdir()
    exe.write_bytes(b"")
    assert Paths.from_args(None, frozen=True, executable=str(exe), platform="win32",
                           env={"LOCALAPPDATA": str(tmp_path / "local")}).mode == "default"
    (exe.parent / "portable.txt").write_text("", encoding="utf-8")
    p = Paths.from_args(None, frozen=True, executable=str(exe), platform="win32", env={})
    assert p.mode == "portable"
    assert p.settings_file == exe.parent.resolve() / "settings.ini"
    # not frozen: the marker beside the Python interpreter means nothing
    assert Paths.from_args(None, frozen=False, executable=str(exe), platform="linux",
                           env={"HOME": str(tmp_path)}).mode == "default"


def test_basedir_wins_over_portable(tmp_path):
    exe = tmp_path / "ipv-guide"
    (tmp_path / "portable.txt").write_text("", encoding="utf-8")
    p = Paths.from_args(tmp_path / "b", frozen=True, executable=str(exe))
    assert p.mode == "basedir"


@pytest.mark.parametrize("platform, env, config", [
    ("win32", {"LOCALAPPDATA": "C:/Users/x/AppData/Local", "HOME": "C:/Users/x"},
     "C:/Users/x/AppData/Local/IPVGuide"),
    ("darwin", {"HOME": "/Users/x"}, "/Users/x/Library/Application Support/IPVGuide"),
    ("linux", {"HOME": "/home/x"}, "/home/x/.config/IPVGuide"),
    ("linux", {"HOME": "/home/x", "XDG_CONFIG_HOME": "/cfg", "XDG_CACHE_HOME": "/cch"},
     "/cfg/IPVGuide"),
])
def test_default_dir_per_os(platform, env, config):
    assert default_dir(platform, env) == Path(config)


def test_the_table_names_each_place_once_for_every_mode(tmp_path):
    from desktop_app import paths as P

    exe = tmp_path / "app" / "InfoSharingGuide.exe"
    exe.parent.mkdir()
    program = exe.parent.resolve()
    default = Paths.from_args(None, frozen=True, executable=str(exe), platform="win32",
                              env={"LOCALAPPDATA": str(tmp_path / "local")})
    assert default.config_dir == tmp_path / "local" / "IPVGuide"
    assert default.program_dir == program
    assert default.packs_dir == default.config_dir / "content-packs"
    assert default.key_folders() == [P.SHIPPED_KEYS, program / "trusted-keys",
                                     default.config_dir / "trusted-keys"]
    assert default.update_folder_files() == [program / "update-folder.txt",
                                             default.config_dir / "update-folder.txt"]
    # from source: no program folder, so nothing is read beside the Python interpreter
    source = Paths.from_args(tmp_path / "b", frozen=False, executable=str(exe))
    assert source.program_dir is None
    assert source.key_folders() == [P.SHIPPED_KEYS, source.config_dir / "trusted-keys"]
    assert source.update_folder_files() == [source.config_dir / "update-folder.txt"]
    # portable: the settings folder is the program's folder
    (exe.parent / "portable.txt").write_text("", encoding="utf-8")
    portable = Paths.from_args(None, frozen=True, executable=str(exe), platform="darwin",
                               env={"HOME": str(tmp_path)})
    assert portable.config_dir == portable.program_dir == program
    assert portable.packs_dir == program / "content-packs"


def test_every_os_has_a_settings_home_and_unknown_systems_get_the_xdg_one():
    from desktop_app.paths import SETTINGS_HOME

    assert set(SETTINGS_HOME) == {"win", "darwin", ""}
    assert default_dir("freebsd14", {"HOME": "/h"}) == Path("/h/.config/IPVGuide")
    assert default_dir("cygwin", {"HOME": "/h"}) == Path("/h/.config/IPVGuide")


def test_locations_are_decided_only_in_paths_py():
    """One table: no other module names a per-OS folder or the frozen executable's folder."""
    offenders = []
    for path in sorted((ROOT / "desktop_app").rglob("*.py")):
        if path.name == "paths.py":
            continue
        text = path.read_text(encoding="utf-8")
        for needle in ("LOCALAPPDATA", "XDG_CONFIG_HOME", "Application Support",
                       '"content-packs"', '"trusted-keys"', 'resources.files("index")',
                       "sys.executable).resolve().parent"):
            if needle in text:
                offenders.append(f"{path.relative_to(ROOT)}: {needle}")
    assert offenders == []


def test_ensure_dir_creates_when_writing(tmp_path):
    target = tmp_path / "a" / "b"
    assert ensure_dir(target) == target and target.is_dir()


def test_ensure_dir_refuses_the_real_home_during_tests():
    import pwd

    real_home = Path(pwd.getpwuid(__import__("os").getuid()).pw_dir)
    if real_home == Path("/"):
        pytest.skip("no real home folder")
    with pytest.raises(AssertionError, match="real home"):
        ensure_dir(real_home / ".config" / "IPVGuide-test-should-not-exist")
    assert not (real_home / ".config" / "IPVGuide-test-should-not-exist").exists()


def test_paths_does_not_import_qt():
    code = "import sys, desktop_app.paths; print(any(m.startswith('PySide6') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                         check=True)
    assert out.stdout.strip() == "False"


# -- settings -----------------------------------------------------------------------------------

@pytest.fixture
def settings_path(tmp_path):
    return tmp_path / "conf" / "settings.ini"


@pytest.mark.gui
def test_settings_defaults_without_a_file(qapp, settings_path):
    from desktop_app.settings import Settings

    s = Settings(settings_path).load()
    assert (s.zoom, s.theme, s.high_contrast) == (100, "system", False)
    assert s.first_run_shown is False and s.idle_timeout_minutes == 0
    assert not settings_path.exists() and not settings_path.parent.exists()


@pytest.mark.gui
def test_settings_round_trip_in_ini_format(qapp, qtbot, settings_path):
    from desktop_app.settings import Settings

    s = Settings(settings_path).load()
    with qtbot.waitSignal(s.updated) as blocker:
        s.zoom = 130
    assert blocker.args == ["zoom"]
    s.theme = "dark"
    s.high_contrast = True
    s.geometry = b"\x00\x01geo"
    s.first_run_shown = True
    s.idle_timeout_minutes = 10
    text = settings_path.read_text(encoding="utf-8")
    assert "[view]" in text and "zoom=130" in text and "version=1" in text
    again = Settings(settings_path).load()
    assert again.prefs == s.prefs


@pytest.mark.gui
def test_unchanged_values_do_not_write(qapp, settings_path):
    from desktop_app.settings import Settings

    s = Settings(settings_path).load()
    s.zoom = 100
    assert not settings_path.exists()


def test_settings_fields_are_exactly_the_preferences():
    """One typed field per preference, nothing read or written by a string key, and no
    field that could hold what someone typed or read (a search, a section, a session)."""
    from dataclasses import fields

    from desktop_app import settings as S

    names = {f.name for f in fields(S.Prefs)}
    typed = {n for n, v in vars(S.Settings).items() if isinstance(v, property)}
    assert typed == names == set(S._KEYS)  # noqa: SLF001
    assert not hasattr(S.Settings, "get") and not hasattr(S.Settings, "set")
    assert not any(w in n for n in names for w in ("search", "query", "history", "recent",
                                                   "section", "session", "answer"))


@pytest.mark.gui
def test_bad_values_fall_back_to_defaults(qapp, settings_path):
    from desktop_app.settings import Settings

    settings_path.parent.mkdir(parents=True)
    settings_path.write_text("[internal]\nversion=1\n[view]\nzoom=banana\ntheme=purple\n"
                             "high_contrast=yes\n[privacy]\nidle_timeout_minutes=7\n",
                             encoding="utf-8")
    s = Settings(settings_path).load()
    assert (s.zoom, s.theme, s.high_contrast) == (100, "system", True)
    assert s.idle_timeout_minutes == 0
    settings_path.write_text("[view]\nzoom=9000\n", encoding="utf-8")
    assert Settings(settings_path).load().zoom == 300


@pytest.mark.gui
def test_migrate_drops_unknown_keys_and_sets_the_version(qapp, settings_path):
    from desktop_app.settings import SETTINGS_VERSION, Settings, qsettings

    settings_path.parent.mkdir(parents=True)
    settings_path.write_text("[view]\nzoom=120\n[history]\nlast_search=police\n",
                             encoding="utf-8")
    s = Settings(settings_path).load()
    assert s.zoom == 120
    s.save()
    qs = qsettings(settings_path)
    assert int(qs.value("internal/version")) == SETTINGS_VERSION
    assert "history/last_search" not in qs.allKeys()
    assert "police" not in settings_path.read_text(encoding="utf-8")


# -- migration: from every older version ----------------------------------------------------

#: A settings file as each older version wrote it (with a key no version knows, which
#: migration must drop). A new SETTINGS_VERSION needs a sample of the version before it.
OLD_FILES = {
    0: "[view]\nzoom=120\ntheme=dark\nhigh_contrast=true\n"
       "[privacy]\nfirst_run_note_shown=true\nidle_timeout_minutes=15\n"
       "record_idle_minutes=30\n[history]\nlast_search=police\n",
}


def test_every_older_version_has_a_migration_step_and_a_sample_file():
    from desktop_app.settings import MIGRATIONS, SETTINGS_VERSION

    assert set(MIGRATIONS) == set(range(SETTINGS_VERSION))
    assert set(OLD_FILES) == set(range(SETTINGS_VERSION))


@pytest.mark.gui
@pytest.mark.parametrize("version", sorted(OLD_FILES))
def test_a_file_from_each_older_version_keeps_its_preferences(qapp, settings_path, version):
    from desktop_app.settings import SETTINGS_VERSION, Settings, qsettings

    settings_path.parent.mkdir(parents=True)
    head = f"[internal]\nversion={version}\n" if version else ""  # 0: no version key
    settings_path.write_text(head + OLD_FILES[version], encoding="utf-8")
    s = Settings(settings_path).load()
    assert (s.zoom, s.theme, s.high_contrast) == (120, "dark", True)
    assert (s.first_run_shown, s.idle_timeout_minutes, s.record_idle_minutes) == (True, 15, 30)
    qs = qsettings(settings_path)
    assert int(qs.value("internal/version")) == SETTINGS_VERSION
    assert "history/last_search" not in qs.allKeys()
    assert "police" not in settings_path.read_text(encoding="utf-8")


@pytest.mark.gui
@pytest.mark.parametrize("from_version", [0, 1, 2])
def test_migrate_runs_only_the_steps_from_its_version_on(qapp, settings_path, monkeypatch,
                                                          from_version):
    from desktop_app import settings as S

    ran: list[int] = []
    monkeypatch.setattr(S, "SETTINGS_VERSION", 3)
    monkeypatch.setattr(S, "MIGRATIONS", {v: (lambda qs, v=v: ran.append(v)) for v in range(3)})
    settings_path.parent.mkdir(parents=True)
    settings_path.write_text("[view]\nzoom=120\n", encoding="utf-8")
    qs = S.qsettings(settings_path)
    S.migrate(qs, from_version)
    assert ran == list(range(from_version, 3))
    assert int(qs.value("internal/version")) == 3


@pytest.mark.gui
def test_a_file_from_a_newer_app_is_not_migrated_down(qapp, settings_path):
    from desktop_app.settings import SETTINGS_VERSION, Settings, qsettings

    settings_path.parent.mkdir(parents=True)
    newer = SETTINGS_VERSION + 1
    settings_path.write_text(f"[internal]\nversion={newer}\n[view]\nzoom=140\n"
                             "[future]\nnew_thing=1\n", encoding="utf-8")
    s = Settings(settings_path).load()
    assert s.zoom == 140
    qs = qsettings(settings_path)
    assert int(qs.value("internal/version")) == newer and "future/new_thing" in qs.allKeys()
    # a preference changed here is written without lowering the version: the newer app
    # will not run its migrations again over a file already in its own format
    s.zoom = 150
    qs = qsettings(settings_path)
    assert int(qs.value("internal/version")) == newer and "future/new_thing" in qs.allKeys()
    assert Settings(settings_path).load().zoom == 150


#: settings.ini exactly as the app has written it since version 1 (every preference set):
#: existing users' files. The keys, sections and value forms must not change.
VERSION_1_FILE = """[internal]
version=1

[privacy]
first_run_note_shown=true
idle_timeout_minutes=15
record_idle_minutes=30

[view]
high_contrast=true
language=fr
theme=dark
zoom=130

[window]
geometry=@ByteArray(\\0\\x1geo\\xff)
splitter=@ByteArray(spl)
"""


@pytest.mark.gui
def test_an_existing_users_file_loads_and_is_written_back_unchanged(qapp, settings_path):
    from desktop_app.settings import Prefs, Settings

    settings_path.parent.mkdir(parents=True)
    settings_path.write_text(VERSION_1_FILE, encoding="utf-8")
    s = Settings(settings_path).load()
    assert s.prefs == Prefs(zoom=130, theme="dark", high_contrast=True,
                            geometry=b"\x00\x01geo\xff", splitter=b"spl", first_run_shown=True,
                            idle_timeout_minutes=15, record_idle_minutes=30, language="fr")
    settings_path.unlink()
    s.save()
    assert settings_path.read_text(encoding="utf-8") == VERSION_1_FILE


def test_no_preference_is_read_or_written_by_a_string_key():
    """Callers use the typed fields (``settings.first_run_shown``), never a key string
    (``settings.get("first_run_shown")``, ``settings.value("view/zoom")``)."""
    import re

    pattern = re.compile(r"settings\.(get|set|value|setValue)\(")
    offenders = [f"{p.relative_to(ROOT)}:{n}: {line.strip()}"
                 for p in sorted((ROOT / "desktop_app").rglob("*.py"))
                 for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
                 if pattern.search(line)]
    assert offenders == []
