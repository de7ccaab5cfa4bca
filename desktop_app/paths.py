"""Where the app keeps its two things on disk: the settings file and the search index cache.

No Qt here: the command line uses this module too (for the default index cache).

Three modes, decided once by :meth:`Paths.from_args`:

* ``--basedir DIR``: everything under DIR (``DIR/settings.ini`` and ``DIR/cache/``);
  nothing is written anywhere else.
* portable: a file ``portable.txt`` beside the frozen executable puts everything beside it
  (``settings.ini`` and ``cache/``), for a USB stick or a locked-down agency PC.
* default, per operating system, without Qt:

  - Windows: ``%LOCALAPPDATA%\\IPVGuide`` (local, never roaming to a server) and ``...\\cache``
  - macOS: ``~/Library/Application Support/IPVGuide`` and ``~/Library/Caches/IPVGuide``
  - Linux and others: ``$XDG_CONFIG_HOME/IPVGuide`` and ``$XDG_CACHE_HOME/IPVGuide``

Folders are created only when something is written (:func:`ensure_dir`).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

APP_DIR_NAME = "IPVGuide"
SETTINGS_FILE = "settings.ini"
PORTABLE_MARKER = "portable.txt"


@dataclass(frozen=True)
class Paths:
    """The settings folder and the cache folder.

    Attributes:
        config_dir: holds ``settings.ini``.
        cache_dir: holds the search index (``index.open_or_build`` keeps it in
            ``cache_dir / "search-index"``); safe to delete.
        mode: ``"basedir"``, ``"portable"`` or ``"default"``.
    """

    config_dir: Path
    cache_dir: Path
    mode: str = "default"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / SETTINGS_FILE

    @property
    def index_dir(self) -> Path:
        """Where ``index.open_or_build(library, cache_dir)`` keeps the index."""
        return self.cache_dir / "search-index"

    @classmethod
    def from_args(
        cls,
        basedir: str | os.PathLike[str] | None = None,
        *,
        frozen: bool | None = None,
        executable: str | None = None,
        platform: str | None = None,
        env: Mapping[str, str] | None = None,
    ) -> Paths:
        """Decide the folders from ``--basedir`` (or portable mode, or the OS default).

        The keyword arguments exist for tests; normally they come from :mod:`sys` and
        :data:`os.environ`.
        """
        if basedir:
            base = Path(basedir).expanduser().resolve()
            return cls(base, base / "cache", "basedir")
        frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
        executable = sys.executable if executable is None else executable
        if frozen and executable:
            exe_dir = Path(executable).resolve().parent
            if (exe_dir / PORTABLE_MARKER).is_file():
                return cls(exe_dir, exe_dir / "cache", "portable")
        config, cache = default_dirs(platform or sys.platform, os.environ if env is None else env)
        return cls(config, cache, "default")


def default_dirs(platform: str, env: Mapping[str, str]) -> tuple[Path, Path]:
    """The per-OS default (config_dir, cache_dir), computed without Qt."""
    home = Path(env.get("HOME") or env.get("USERPROFILE") or Path.home())
    if platform.startswith("win"):
        local = env.get("LOCALAPPDATA") or str(home / "AppData" / "Local")
        base = Path(local) / APP_DIR_NAME
        return base, base / "cache"
    if platform == "darwin":
        lib = home / "Library"
        return lib / "Application Support" / APP_DIR_NAME, lib / "Caches" / APP_DIR_NAME
    config = Path(env.get("XDG_CONFIG_HOME") or home / ".config")
    cache = Path(env.get("XDG_CACHE_HOME") or home / ".cache")
    return config / APP_DIR_NAME, cache / APP_DIR_NAME


def ensure_dir(path: Path) -> Path:
    """Create ``path`` (and parents) when about to write into it; return it.

    Under pytest, refuses to create anything inside the real home folder, so a test that
    forgot ``--basedir`` fails loudly instead of touching someone's profile.
    """
    _guard_real_home(path)
    path.mkdir(parents=True, exist_ok=True)
    return path


def _real_home() -> Path | None:
    try:
        import pwd  # POSIX only

        return Path(pwd.getpwuid(os.getuid()).pw_dir).resolve()
    except (ImportError, KeyError, OSError):
        return None


def _guard_real_home(path: Path) -> None:
    if "PYTEST_CURRENT_TEST" not in os.environ:
        return
    home = _real_home()
    if home is None or home == Path("/"):
        return
    target = Path(path).resolve()
    if target.is_relative_to(home):
        raise AssertionError(f"a test tried to create {target} inside the real home folder")
