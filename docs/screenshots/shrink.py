"""Make a screenshot PNG smaller before it is committed: pngquant (256 colours, only if the
result still looks the same: quality 85-100) then optipng (lossless), each only if it is
installed (Debian: ``apt-get install pngquant optipng``). Without them the file stays as Qt
wrote it. Used by the take_*screenshots.py scripts beside this file.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path


def shrink(path: Path) -> str:
    """Shrink ``path`` in place; return what was done, e.g. ``"312 KB -> 96 KB"``."""
    before = path.stat().st_size
    if shutil.which("pngquant"):
        # exit code 99: the quality floor was not met; the file is then left as it was
        subprocess.run(["pngquant", "--quality=85-100", "--speed=1", "--strip", "--force",
                        "--skip-if-larger", "--output", str(path), str(path)], check=False)
    if shutil.which("optipng"):
        subprocess.run(["optipng", "-quiet", "-o2", "-strip", "all", str(path)], check=False)
    return f"{before // 1000} KB -> {path.stat().st_size // 1000} KB"
