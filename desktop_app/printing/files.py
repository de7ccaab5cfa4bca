"""Writing an export to disk: atomically (a temporary file in the target folder, then a
rename; never a half-written file at the target), and never over a folder, a device, a
pipe or a socket. Errors come back as :class:`~desktop_app.printing.errors.PrintError` with
words (:func:`~desktop_app.printing.errors.describe_os_error`)."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop_app.printing.errors import PrintError, describe_os_error


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then
    rename it into place. On any error the target is untouched and the temporary file
    is removed.

    Raises:
        PrintError: with words saying what went wrong.
    """
    path = Path(path)
    refuse_special_target(path)
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)  # an existing file keeps its mode
    except OSError:
        mode = 0o600  # a new export is the user's alone: it may hold a decision record
    try:
        if path.is_dir():
            raise OSError(errno.EISDIR, "Is a directory")
        if not path.parent.is_dir():
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise PrintError(describe_os_error(exc, path, creating_folder=True)) from exc
    except OSError as exc:
        raise PrintError(describe_os_error(exc, path)) from exc
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem[:40]}.",
                                   suffix=".part")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        with contextlib.suppress(OSError):  # some file systems have no permissions
            os.chmod(tmp, mode)
        try:
            os.replace(tmp, path)
        except PermissionError as exc:
            if not path.exists():
                raise
            # the folder let us write the temporary file, so it is the file itself: on
            # Windows, a PDF open in a reader cannot be replaced
            raise PrintError(QCoreApplication.translate(
                "Printing", "\u201c{name}\u201d could not be replaced: it may be open in "
                "another program, such as a PDF reader. Close it there and try again, or "
                "save under another name. Nothing was saved.").format(name=path.name)) from exc
        tmp = None
    except OSError as exc:
        raise PrintError(describe_os_error(exc, path)) from exc
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def refuse_special_target(path: Path) -> None:
    """Refuse an existing folder, FIFO, device or socket as an export target.

    Writing "beside" a folder (``FOLDER.pdf``) is not what was asked for, opening a FIFO
    blocks, and renaming over a device (as an administrator: ``/dev/null``) replaces it.

    Raises:
        PrintError: the path exists and is not a regular file (or a link to one).
    """
    try:
        st = os.stat(path)
    except OSError:
        return  # nothing there (or unreachable): write_atomic says why if it matters
    if stat.S_ISDIR(st.st_mode):
        raise PrintError(QCoreApplication.translate(
            "Printing", "{path} is a folder. Give a file name, for example {example}. "
            "Nothing was saved.").format(path=path, example=Path(path) / "guide.pdf"))
    if not stat.S_ISREG(st.st_mode):
        raise PrintError(QCoreApplication.translate(
            "Printing", "{path} is not a regular file (it is a device, pipe or socket). "
            "Choose a file name. Nothing was saved.").format(path=path))
