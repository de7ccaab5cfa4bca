"""What the take_*screenshots.py scripts beside this file share: waiting for the app
(``settle``, ``wait_for``), taking one shot of the window (checked for clipped text first
when asked, then made smaller by ``shrink.py``), where the PNGs go (``OUT``) and the path
through the decision helper the shots walk (``PHIPA_POLICE``)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from shrink import shrink  # beside this script

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(OUT.parents[1]))  # the repository: the clipping check is in tests/tools
# the path of tests/tools/decision_steps.py: a nurse, PHIPA, police asking, consent refused,
# a serious risk
PHIPA_POLICE = ("no", "no", "phipa", "police", "no", "refused", "serious", "no")


def settle(ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for(pred: Callable[[], object], timeout_ms: int = 30_000) -> None:
    waited = 0
    while not pred() and waited < timeout_ms:
        settle(50)
        waited += 50
    if not pred():
        raise SystemExit("timed out")


def shot(window, name: str, *, check_panel: bool = False,  # noqa: ANN001
         settle_ms: int = 300) -> None:
    settle(settle_ms)
    if check_panel:
        from tests.tools.layout_check import clipped

        bad = clipped(window.decision_panel)
        if bad:
            raise SystemExit(f"{name}: clipped text in the decision panel:\n  " +
                             "\n  ".join(bad))
    window.grab().save(str(OUT / name))
    print("wrote", OUT / name, shrink(OUT / name))
