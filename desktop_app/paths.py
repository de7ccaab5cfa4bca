"""Where the app keeps what, on each operating system: the one table of locations.

No Qt here. The search index is never written to disk (it ships prebuilt with the app or is
built in memory, see :mod:`index.store`), so there is no cache folder.

==========================  ==========================================================
what                        where
==========================  ==========================================================
settings folder             ``--basedir DIR``: ``DIR``.
                            Portable (a file ``portable.txt`` beside the frozen
                            executable, for a USB stick or a locked-down agency PC):
                            the executable's folder. Otherwise, per OS
                            (:data:`SETTINGS_HOME`):

                            - Windows: ``%LOCALAPPDATA%\\IPVGuide`` (local, never
                              roaming to a server)
                            - macOS: ``~/Library/Application Support/IPVGuide``
                            - Linux and others: ``$XDG_CONFIG_HOME/IPVGuide``
                              (``~/.config/IPVGuide``)
``settings.ini``            the settings folder: the only file the app writes on its
                            own (:attr:`Paths.settings_file`)
installed content packs     ``<settings folder>/content-packs/`` (a deliberate update;
                            :attr:`Paths.packs_dir`)
trusted public keys         shipped in the app (``desktop_app/resources/trusted-keys``),
                            beside the frozen executable, and
                            ``<settings folder>/trusted-keys/`` (:meth:`Paths.key_folders`)
``update-folder.txt``       beside the frozen executable, then in the settings folder
                            (:meth:`Paths.update_folder_files`)
the guide's content         inside the app: ``content/data`` (:func:`content.data_root`)
sections read ahead         inside the app: ``content/prebuilt-sections.bin``, made by
                            ``dev.py`` and the bundle build, never by the app
                            (:mod:`content.prebuilt`)
prebuilt search index       inside the app: ``index/prebuilt``, only in the packaged app
                            (:func:`prebuilt_index_dir`); the French one ``index/prebuilt-fr``
interface translations      inside the app: ``desktop_app/translations`` (``*_fr.ts``
                            sources; ``*_fr.qm`` built from them, and Qt's ``qtbase_fr.qm``
                            in the packaged app; :func:`translations_dir`)
==========================  ==========================================================

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
PACKS_DIR = "content-packs"
KEYS_DIR = "trusted-keys"
UPDATE_FOLDER_FILE = "update-folder.txt"
#: The interface's translations: ``.ts`` sources, the ``.qm`` built from them.
TRANSLATIONS = Path(__file__).resolve().parent / "translations"
#: The project's own public key(s), shipped with the app.
SHIPPED_KEYS = Path(__file__).resolve().parent / "resources" / KEYS_DIR

#: The settings folder's parent on each OS (``sys.platform`` prefix): the environment
#: variable that names it, and the fallback under the home folder when it is not set.
SETTINGS_HOME: dict[str, tuple[str | None, tuple[str, ...]]] = {
    "win": ("LOCALAPPDATA", ("AppData", "Local")),
    "darwin": (None, ("Library", "Application Support")),
    "": ("XDG_CONFIG_HOME", (".config",)),  # Linux and every other OS
}


@dataclass(frozen=True)
class Paths:
    """Where this run keeps its files (see the table above).

    Attributes:
        config_dir: the settings folder: ``settings.ini``, and ``content-packs/`` when
            someone deliberately installs a content pack.
        mode: ``"basedir"``, ``"portable"`` or ``"default"``.
        program_dir: the frozen executable's folder (None when run from source): trusted
            keys and ``update-folder.txt`` an administrator put beside the program.
    """

    config_dir: Path
    mode: str = "default"
    program_dir: Path | None = None

    @property
    def settings_file(self) -> Path:
        return self.config_dir / SETTINGS_FILE

    @property
    def packs_dir(self) -> Path:
        """Installed content packs (``content-packs/``)."""
        return self.config_dir / PACKS_DIR

    def key_folders(self) -> list[Path]:
        """Where trusted public keys are read from: shipped, beside the program, the
        settings folder."""
        folders = [SHIPPED_KEYS]
        if self.program_dir is not None:
            folders.append(self.program_dir / KEYS_DIR)
        folders.append(self.config_dir / KEYS_DIR)
        return folders

    def update_folder_files(self) -> list[Path]:
        """Where IT may name a shared update folder: beside the program first."""
        bases = [self.program_dir, self.config_dir]
        return [b / UPDATE_FOLDER_FILE for b in bases if b is not None]

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
        frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
        executable = sys.executable if executable is None else executable
        program = Path(executable).resolve().parent if frozen and executable else None
        if basedir:
            base = Path(basedir).expanduser().resolve()
            return cls(base, "basedir", program)
        if program is not None and (program / PORTABLE_MARKER).is_file():
            return cls(program, "portable", program)
        config = default_dir(platform or sys.platform, os.environ if env is None else env)
        return cls(config, "default", program)


def default_dir(platform: str, env: Mapping[str, str]) -> Path:
    """The per-OS default settings folder (:data:`SETTINGS_HOME`), computed without Qt."""
    home = Path(env.get("HOME") or env.get("USERPROFILE") or Path.home())
    key = next(k for k in SETTINGS_HOME if platform.startswith(k))  # "" matches any
    var, fallback = SETTINGS_HOME[key]
    parent = env.get(var) if var else None
    return Path(parent or home.joinpath(*fallback)) / APP_DIR_NAME


def translations_dir() -> Path:
    """The interface translations' folder (see :mod:`desktop_app.i18n`)."""
    return TRANSLATIONS


def prebuilt_index_for(language: str) -> Path | None:
    """The prebuilt index of the guide in ``language``: :func:`prebuilt_index_dir` for
    English, ``index/prebuilt-<language>`` for a translation (when the bundle ships one)."""
    return prebuilt_index_dir() if language == "en" else _bundled_index(f"prebuilt-{language}")


def prebuilt_index_dir(language: str = "en") -> Path | None:
    """The index built at packaging time and shipped in the bundle (``index/prebuilt``;
    the French guide's in ``index/prebuilt-fr``, see :func:`prebuilt_index_for`).

    Found the same way as the content (:func:`importlib.resources.files`), so there is no
    frozen-only code path: a source checkout simply has no such folder.
    """
    return _bundled_index("prebuilt" if language == "en" else f"prebuilt-{language}")


def _bundled_index(folder: str) -> Path | None:
    from importlib import resources  # after the first paint only (the index opens then)

    try:
        path = Path(str(resources.files("index") / folder))
    except (OSError, TypeError):  # e.g. a stale editable install that sees no package
        return None
    return path if path.is_dir() else None


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
