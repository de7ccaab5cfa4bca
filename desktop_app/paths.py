"""Where the app keeps the one thing it writes on its own: the settings file.

No Qt here. The search index is never written to disk (it ships prebuilt with the app or is
built in memory, see :mod:`index.store`), so there is no cache folder.

Three modes, decided once by :meth:`Paths.from_args`:

* ``--basedir DIR``: ``DIR/settings.ini``; nothing is written anywhere else.
* portable: a file ``portable.txt`` beside the frozen executable puts ``settings.ini``
  beside it, for a USB stick or a locked-down agency PC.
* default, per operating system, without Qt:

  - Windows: ``%LOCALAPPDATA%\\IPVGuide`` (local, never roaming to a server)
  - macOS: ``~/Library/Application Support/IPVGuide``
  - Linux and others: ``$XDG_CONFIG_HOME/IPVGuide``

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
    """The settings folder.

    Attributes:
        config_dir: holds ``settings.ini``, the only file the app writes on its own (and
            ``content-packs/`` when someone deliberately installs a content pack).
        mode: ``"basedir"``, ``"portable"`` or ``"default"``.
    """

    config_dir: Path
    mode: str = "default"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / SETTINGS_FILE

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
            return cls(base, "basedir")
        frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
        executable = sys.executable if executable is None else executable
        if frozen and executable:
            exe_dir = Path(executable).resolve().parent
            if (exe_dir / PORTABLE_MARKER).is_file():
                return cls(exe_dir, "portable")
        config = default_dir(platform or sys.platform, os.environ if env is None else env)
        return cls(config, "default")


def default_dir(platform: str, env: Mapping[str, str]) -> Path:
    """The per-OS default settings folder, computed without Qt."""
    home = Path(env.get("HOME") or env.get("USERPROFILE") or Path.home())
    if platform.startswith("win"):
        local = env.get("LOCALAPPDATA") or str(home / "AppData" / "Local")
        return Path(local) / APP_DIR_NAME
    if platform == "darwin":
        return home / "Library" / "Application Support" / APP_DIR_NAME
    config = Path(env.get("XDG_CONFIG_HOME") or home / ".config")
    return config / APP_DIR_NAME


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
