"""Preferences, and only preferences: one typed wrapper over an INI-format QSettings.

Nothing the user types or reads is ever stored here: no searches, no recently viewed
sections, no session to restore. The file is ``<config_dir>/settings.ini`` (never the
Windows registry) and is written only when a preference changes or the window closes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Generic, TypeVar, overload

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

from desktop_app.paths import ensure_dir

SETTINGS_VERSION = 1
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
T = TypeVar("T")


def qsettings(path: Path) -> QSettings:
    """The one place a QSettings is made: INI format at ``path``."""
    return QSettings(str(path), QSettings.Format.IniFormat)


def clamp_zoom(value: int) -> int:
    return max(ZOOM_MIN, min(ZOOM_MAX, int(value)))


class _Pref(Generic[T]):
    """A typed preference on :class:`Settings`: reading gives the value, assigning changes
    it (writing the file and emitting ``updated`` if it changed)."""

    def __set_name__(self, owner: type, name: str) -> None:
        if name not in _KEYS:
            raise TypeError(f"{name} is not a field of Prefs")
        self.name = name

    @overload
    def __get__(self, obj: None, owner: type) -> _Pref[T]: ...
    @overload
    def __get__(self, obj: Settings, owner: type) -> T: ...

    def __get__(self, obj: Settings | None, owner: type) -> T | _Pref[T]:
        if obj is None:
            return self
        value: T = getattr(obj.prefs, self.name)
        return value

    def __set__(self, obj: Settings, value: T) -> None:
        if getattr(obj.prefs, self.name) == value:
            return  # unchanged: nothing written, nothing emitted
        setattr(obj.prefs, self.name, value)
        obj.save()
        obj.updated.emit(self.name)


class _LanguagePref(_Pref[str]):
    """The language: ``"en"`` or ``"fr"``; anything else is refused (ValueError)."""

    def __set__(self, obj: Settings, value: str) -> None:
        from desktop_app.language import valid_language

        if valid_language(value) is None:
            raise ValueError(f"unknown language {value!r}")
        super().__set__(obj, value)


class Settings(QObject):
    """Typed preferences backed by an INI file: ``settings.zoom``, ``settings.zoom = 120``.

    Assigning a field writes the file at once (only if the value changed) and emits
    ``updated``; :meth:`save` writes everything (the window geometry, set directly on
    :attr:`prefs`, is written this way when the window closes).

    Signals:
        updated(str): a preference changed; the argument is the field name.
    """

    updated = Signal(str)

    zoom = _Pref[int]()
    theme = _Pref[str]()
    high_contrast = _Pref[bool]()
    geometry = _Pref[bytes]()
    splitter = _Pref[bytes]()
    first_run_shown = _Pref[bool]()
    idle_timeout_minutes = _Pref[int]()
    record_idle_minutes = _Pref[int]()
    language = _LanguagePref()

    def __init__(self, path: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.path = Path(path)
        self.prefs = Prefs()
        self._first_language()

    # -- reading and writing -------------------------------------------------------
    def load(self) -> Settings:
        """Read the file (if any), migrating older versions; bad values fall back to defaults."""
        if not self.path.is_file():
            return self
        qs = qsettings(self.path)
        version = _to_int(qs.value(_VERSION_KEY), 0)
        if version < SETTINGS_VERSION:
            migrate(qs, version)
        defaults = Prefs()
        for f in fields(Prefs):
            raw = qs.value(_KEYS[f.name])
            default = getattr(defaults, f.name)
            setattr(self.prefs, f.name, _coerce(raw, default))
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

    def save(self) -> None:
        """Write every preference (creating the folder only now)."""
        ensure_dir(self.path.parent)
        qs = qsettings(self.path)
        qs.setValue(_VERSION_KEY, SETTINGS_VERSION)
        for f in fields(Prefs):
            value = getattr(self.prefs, f.name)
            if isinstance(value, bytes):
                value = QByteArray(value)
            qs.setValue(_KEYS[f.name], value)
        qs.sync()


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


def _to_int(raw, default: int) -> int:  # noqa: ANN001
    try:
        return int(raw)
    except (TypeError, ValueError):
        return default


def _coerce(raw, default):  # noqa: ANN001, ANN202
    """Turn an INI value back into the default's type; fall back to the default."""
    if raw is None:
        return default
    if isinstance(default, bool):
        if isinstance(raw, bool):
            return raw
        return str(raw).strip().lower() in ("true", "1", "yes")
    if isinstance(default, int):
        return _to_int(raw, default)
    if isinstance(default, bytes):
        if isinstance(raw, QByteArray):
            return bytes(raw.data())
        if isinstance(raw, bytes):
            return raw
        return default
    if isinstance(default, str):
        return str(raw)
    return default
