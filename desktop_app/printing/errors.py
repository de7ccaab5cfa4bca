"""The printing package's one exception, and words for a file error met while saving."""

from __future__ import annotations

import errno
from pathlib import Path

from PySide6.QtCore import QCoreApplication


class PrintError(Exception):
    """A printing or export problem, with a message meant for the user."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def describe_os_error(exc: OSError, path: Path, *, creating_folder: bool = False) -> str:
    """Words for an ``OSError`` met while saving ``path`` (or creating its folder)."""
    folder = path.parent
    code = exc.errno
    if code in (errno.EACCES, errno.EPERM) and creating_folder:
        msg = QCoreApplication.translate(
            "Printing",
            "The folder \u201c{folder}\u201d could not be created: you do not have permission "
            "to add folders there. Choose another folder, such as your Documents "
            "folder. Nothing was saved.")
    elif code in (errno.EACCES, errno.EPERM):
        msg = QCoreApplication.translate(
            "Printing",
            "You do not have permission to save in the folder \u201c{folder}\u201d. Choose "
            "another folder, such as your Documents folder. Nothing was saved.")
    elif code == errno.EROFS:
        msg = QCoreApplication.translate(
            "Printing",
            "The folder \u201c{folder}\u201d is read-only (for example a locked USB stick or "
            "a network drive you cannot change). Choose another folder. Nothing was "
            "saved.")
    elif code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        msg = QCoreApplication.translate(
            "Printing",
            "There is not enough space on the disk to save \u201c{name}\u201d. Free some "
            "space or choose another drive. Nothing was saved.")
    elif code == errno.ENAMETOOLONG:
        msg = QCoreApplication.translate(
            "Printing",
            "The file name or folder path is too long. Choose a shorter name or "
            "folder. Nothing was saved.")
    elif code == errno.EISDIR:
        msg = QCoreApplication.translate(
            "Printing",
            "\u201c{path}\u201d is a folder. Type a file name ending in .pdf. Nothing was "
            "saved.")
    elif code in (errno.ENOTDIR, errno.EEXIST):
        msg = QCoreApplication.translate(
            "Printing",
            "The folder \u201c{folder}\u201d cannot be used: part of its path is a file, not "
            "a folder. Nothing was saved.")
    else:
        msg = QCoreApplication.translate(
            "Printing",
            "The PDF could not be saved to \u201c{path}\u201d: {reason}. Nothing was saved.")
    return msg.format(folder=folder, path=path, name=path.name,
                      reason=exc.strerror or str(exc))

