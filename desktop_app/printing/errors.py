"""The printing package's one exception, and words for a file error met while saving."""

from __future__ import annotations

import errno
from pathlib import Path


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
        msg = (f"The folder \u201c{folder}\u201d could not be created: you do not have "
               "permission to add folders there. Choose another folder, such as your "
               "Documents folder.")
    elif code in (errno.EACCES, errno.EPERM):
        msg = (f"You do not have permission to save in the folder \u201c{folder}\u201d. "
               "Choose another folder, such as your Documents folder.")
    elif code == errno.EROFS:
        msg = (f"The folder \u201c{folder}\u201d is read-only (for example a locked USB stick "
               "or a network drive you cannot change). Choose another folder.")
    elif code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        msg = (f"There is not enough space on the disk to save \u201c{path.name}\u201d. "
               "Free some space or choose another drive.")
    elif code == errno.ENAMETOOLONG:
        msg = "The file name or folder path is too long. Choose a shorter name or folder."
    elif code == errno.EISDIR:
        msg = f"\u201c{path}\u201d is a folder. Type a file name ending in .pdf."
    elif code in (errno.ENOTDIR, errno.EEXIST):
        msg = (f"The folder \u201c{folder}\u201d cannot be used: part of its path is a file, "
               "not a folder.")
    else:
        reason = exc.strerror or str(exc)
        msg = f"The PDF could not be saved to \u201c{path}\u201d: {reason}."
    return msg + " Nothing was saved."
