"""Preferences, and only preferences: one typed wrapper over an INI-format QSettings.

Nothing the user types or reads is ever stored here: no searches, no recently viewed
sections, no session to restore. The file is ``<config_dir>/settings.ini`` (never the
Windows registry) and is written only when a preference changes or the window closes.
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
from collections.abc import Callable
from dataclasses import MISSING, asdict, dataclass, fields, replace
from pathlib import Path
from typing import TypeVar, cast

from PySide6.QtCore import QByteArray, QCoreApplication, QObject, QSettings, Signal

from desktop_app.paths import ensure_dir

log = logging.getLogger(__name__)

SETTINGS_VERSION = 1
#: A real settings file is under a kilobyte. A bigger one is damage (or a prank): it is not
#: read (Qt would read all of it, several times, on the GUI thread) and the next save
#: replaces it with a fresh file. It only ever holds preferences.
MAX_SETTINGS_BYTES = 64 * 1024
THEMES = ("system", "light", "dark")
ZOOM_MIN, ZOOM_MAX, ZOOM_STEP, ZOOM_DEFAULT = 50, 300, 10, 100
IDLE_CHOICES = (0, 5, 10, 15, 30)  # minutes; 0 = never


@dataclass
class Prefs:
    """The preferences, with their defaults in one place."""

    zoom: int = ZOOM_DEFAULT  # reader text size, percent
    theme: str = "system"  # system | light | dark
    high_contrast: bool = False
    geometry: bytes = b""  # QMainWindow.saveGeometry()
    splitter: bytes = b""  # the sidebar width
    first_run_shown: bool = False
    idle_timeout_minutes: int = 0  # clear the screen after this many idle minutes; 0 = never
    record_idle_minutes: int = 10  # forget decision-helper answers and the record after this
    # "en" or "fr": the OS language at first start (desktop_app.language.os_language), then
    # whatever the user chose. French is offered in the app only once the translation is
    # complete (content.parity.translation_ready); until then only ``--lang fr`` shows it.
    language: str = ""


# key in the INI file for each field
_KEYS = {
    "zoom": "view/zoom",
    "theme": "view/theme",
    "high_contrast": "view/high_contrast",
    "geometry": "window/geometry",
    "splitter": "window/splitter",
    "first_run_shown": "privacy/first_run_note_shown",
    "idle_timeout_minutes": "privacy/idle_timeout_minutes",
    "record_idle_minutes": "privacy/record_idle_minutes",
    "language": "view/language",
}
_VERSION_KEY = "internal/version"


def qsettings(path: Path) -> QSettings:
    """The one place a QSettings is made: INI format at ``path``."""
    return QSettings(str(path), QSettings.Format.IniFormat)


def clamp_zoom(value: int) -> int:
    return max(ZOOM_MIN, min(ZOOM_MAX, int(value)))


class Settings(QObject):
    """Typed preferences backed by an INI file: ``settings.zoom``, ``settings.zoom = 120``.

    Each preference is a property of its own type. Assigning one writes the file at once
    (only if the value changed) and emits ``updated``; :meth:`save` writes everything (the
    window geometry, set directly on :attr:`prefs`, is written this way when the window
    closes).

    Signals:
        updated(str): a preference changed; the argument is the field name.
        save_failed(str): the file could not be written (said once per reason), in a
            sentence for the status bar.
    """

    updated = Signal(str)
    #: the preferences could not be written; the argument says so in a sentence
    save_failed = Signal(str)

    def __init__(self, path: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.path = Path(path)
        self.prefs = Prefs()
        #: why the preferences could not be written (None when the last save worked); the
        #: preferences still apply until the app closes
        self.save_problem: str | None = None
        self._replace_file = False  # a damaged file: the next save starts a fresh one
        self._first_language()

    def _change(self, prefs: Prefs, name: str) -> None:
        """Take ``prefs`` (the current ones with ``name`` changed): write, tell, or do
        nothing if nothing changed."""
        if prefs == self.prefs:
            return
        self.prefs = prefs
        self.save()  # never raises: a folder that cannot be written is logged, not fatal
        self.updated.emit(name)

    # -- the preferences: one typed property each -------------------------------------
    @property
    def zoom(self) -> int:
        return self.prefs.zoom

    @zoom.setter
    def zoom(self, value: int) -> None:
        self._change(replace(self.prefs, zoom=value), "zoom")

    @property
    def theme(self) -> str:
        return self.prefs.theme

    @theme.setter
    def theme(self, value: str) -> None:
        self._change(replace(self.prefs, theme=value), "theme")

    @property
    def high_contrast(self) -> bool:
        return self.prefs.high_contrast

    @high_contrast.setter
    def high_contrast(self, value: bool) -> None:
        self._change(replace(self.prefs, high_contrast=value), "high_contrast")

    @property
    def geometry(self) -> bytes:
        return self.prefs.geometry

    @geometry.setter
    def geometry(self, value: bytes) -> None:
        self._change(replace(self.prefs, geometry=value), "geometry")

    @property
    def splitter(self) -> bytes:
        return self.prefs.splitter

    @splitter.setter
    def splitter(self, value: bytes) -> None:
        self._change(replace(self.prefs, splitter=value), "splitter")

    @property
    def first_run_shown(self) -> bool:
        return self.prefs.first_run_shown

    @first_run_shown.setter
    def first_run_shown(self, value: bool) -> None:
        self._change(replace(self.prefs, first_run_shown=value), "first_run_shown")

    @property
    def idle_timeout_minutes(self) -> int:
        return self.prefs.idle_timeout_minutes

    @idle_timeout_minutes.setter
    def idle_timeout_minutes(self, value: int) -> None:
        self._change(replace(self.prefs, idle_timeout_minutes=value), "idle_timeout_minutes")

    @property
    def record_idle_minutes(self) -> int:
        return self.prefs.record_idle_minutes

    @record_idle_minutes.setter
    def record_idle_minutes(self, value: int) -> None:
        self._change(replace(self.prefs, record_idle_minutes=value), "record_idle_minutes")

    @property
    def language(self) -> str:
        """``"en"`` or ``"fr"``; assigning anything else raises ValueError."""
        return self.prefs.language

    @language.setter
    def language(self, value: str) -> None:
        from desktop_app.language import valid_language

        if valid_language(value) is None:
            raise ValueError(f"unknown language {value!r}")
        self._change(replace(self.prefs, language=value), "language")

    # -- reading and writing -------------------------------------------------------
    def load(self) -> Settings:
        """Read the file (if any), migrating older versions; bad values fall back to defaults.

        Never blocks and never raises: a folder, pipe or device named ``settings.ini`` is
        not opened, and a file too big to be ours or holding Qt's serialised ``@Variant``
        values (which this app never writes) is not read; the defaults apply.
        """
        if self._file_kind() != "file" or not self._looks_like_ours():
            self._first_language()
            return self
        qs = qsettings(self.path)
        version = _to_int(qs.value(_VERSION_KEY), 0)
        if version < SETTINGS_VERSION:
            migrate(qs, version)
        self.prefs = Prefs(**{f.name: _coerce(qs.value(_KEYS[f.name]), f.default)
                              for f in fields(Prefs) if f.default is not MISSING})
        self.prefs.zoom = clamp_zoom(self.prefs.zoom)
        if self.prefs.theme not in THEMES:
            self.prefs.theme = "system"
        if self.prefs.idle_timeout_minutes not in IDLE_CHOICES:
            self.prefs.idle_timeout_minutes = 0
        if not 1 <= self.prefs.record_idle_minutes <= 240:
            self.prefs.record_idle_minutes = Prefs.record_idle_minutes
        self._first_language()
        return self

    def _first_language(self) -> None:
        """No language chosen yet (a first start, an older file, a bad value): the OS's."""
        from desktop_app.language import os_language, valid_language

        if valid_language(self.prefs.language) is None:
            self.prefs.language = os_language()

    def _file_kind(self) -> str:
        """"missing", "file" (a regular file, or a link to one), or "other" (a folder, a
        pipe, a device, a socket, a link loop): never opened, since reading a pipe waits
        for a writer for ever."""
        try:
            st = os.stat(self.path)
        except FileNotFoundError:
            return "missing"
        except OSError:
            return "other"
        return "file" if stat.S_ISREG(st.st_mode) else "other"

    def _looks_like_ours(self) -> bool:
        """False for a file this app would never have written (see :meth:`load`); the next
        save replaces it."""
        try:
            with open(self.path, "rb") as fh:
                head = fh.read(MAX_SETTINGS_BYTES + 1)
        except OSError as exc:
            log.warning("settings not read (%s): %s", self.path, exc)
            return False
        if len(head) > MAX_SETTINGS_BYTES or b"@Variant(" in head:
            log.warning("settings not read (%s): not a settings file this app wrote; "
                        "the defaults apply and the next change replaces it", self.path)
            self._replace_file = True
            return False
        return True

    def save(self) -> None:
        """Write every preference (creating the folder only now). Never raises and never
        blocks: when the file cannot be written (the folder is a file or read-only, the
        disk is full, ``settings.ini`` is a folder or a pipe) the reason is logged and kept
        in :attr:`save_problem`, and the preferences still apply until the app closes."""
        try:
            self._save()
        except OSError as exc:
            self._failed(exc.strerror or str(exc))
            return
        self.save_problem = None

    def _failed(self, reason: str) -> None:
        problem = f"{self.path}: {reason}"
        if problem != self.save_problem:  # said once, not at every click
            log.warning("could not save settings: %s", problem)
            self.save_failed.emit(QCoreApplication.translate(
                "Settings", "Your preferences could not be saved ({problem}). They apply "
                "until you close the app.").format(problem=problem))
        self.save_problem = problem

    def _save(self) -> None:
        ensure_dir(self.path.parent)
        kind = self._file_kind()
        if kind == "other":
            raise OSError(0, "settings.ini there is not a file (a folder, pipe or device)")
        if kind == "file" and (self._replace_file or not self._small_enough()):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.path)  # damaged: a fresh file holding only preferences
        self._replace_file = False
        qs = qsettings(self.path)
        # a newer app's file keeps its version (and so its keys): it is not migrated twice
        qs.setValue(_VERSION_KEY, max(SETTINGS_VERSION, _to_int(qs.value(_VERSION_KEY), 0)))
        for name, value in asdict(self.prefs).items():
            qs.setValue(_KEYS[name], QByteArray(value) if isinstance(value, bytes) else value)
        qs.sync()
        if qs.status() == QSettings.Status.AccessError:  # read-only folder or file, disk full
            raise OSError(0, "the file could not be written (read-only, or the disk is full)")

    def _small_enough(self) -> bool:
        try:
            return os.stat(self.path).st_size <= MAX_SETTINGS_BYTES
        except OSError:
            return True


def _from_version_0(qs: QSettings) -> None:
    """Version 0 is a file without a version key (hand-made, or from a pre-release). It
    has the same keys as version 1, so no value moves."""


#: ``MIGRATIONS[v]`` turns a version ``v`` file into a version ``v + 1`` one. Every version
#: below :data:`SETTINGS_VERSION` has one
#: (``tests/desktop_app/test_app_paths_settings.py`` checks it, with a sample file of each version).
MIGRATIONS: dict[int, Callable[[QSettings], None]] = {0: _from_version_0}


def migrate(qs: QSettings, from_version: int) -> None:
    """Bring a settings file of version ``from_version`` up to :data:`SETTINGS_VERSION`.

    Runs the steps from ``from_version`` on, in order (a version 0 file gets every step, a
    version 1 file none of the first), then removes unknown keys, so nothing but preferences
    ever stays in the file. A version newer than this app's is left as it is.
    """
    if from_version >= SETTINGS_VERSION:
        return
    for version in range(max(0, from_version), SETTINGS_VERSION):
        MIGRATIONS[version](qs)
    known = set(_KEYS.values()) | {_VERSION_KEY}
    for key in qs.allKeys():
        if key not in known:
            qs.remove(key)
    qs.setValue(_VERSION_KEY, SETTINGS_VERSION)


def _to_int(raw: object, default: int) -> int:
    try:
        return int(str(raw).strip()) if not isinstance(raw, int) else raw
    except ValueError:
        return default


T = TypeVar("T")


def _coerce(raw: object, default: T) -> T:
    """Turn an INI value back into the default's type; fall back to the default."""
    value: object = default
    if raw is None:
        pass
    elif isinstance(default, bool):
        value = raw if isinstance(raw, bool) else str(raw).strip().lower() in ("true", "1", "yes")
    elif isinstance(default, int):
        value = _to_int(raw, default)
    elif isinstance(default, bytes):
        if isinstance(raw, QByteArray):
            value = bytes(raw.data())
        elif isinstance(raw, bytes):
            value = raw
    elif isinstance(default, str):
        value = str(raw)
    return cast(T, value)  # the same type as ``default``: the checks above made sure
