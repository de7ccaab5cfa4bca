"""Export a PDF through the real Save dialog (accepted by a timer), for the traces test.

    python tests/scripts/file_dialog_export.py BASEDIR OUT_DIR
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog, QLineEdit


def main(basedir: str, out_dir: str) -> int:
    from desktop_app.app import create_app
    from desktop_app.printing.dialog import Selection

    app, w = create_app(["--basedir", basedir])
    while getattr(w, "print_controller", None) is None:
        app.processEvents()
    c = w.print_controller
    c._last_folder = Path(out_dir)

    def accept() -> None:
        for dlg in app.topLevelWidgets():
            if isinstance(dlg, QFileDialog) and dlg.isVisible():
                dlg.findChild(QLineEdit).setText(str(Path(out_dir) / "card.pdf"))
                dlg.accept()
                return
        QTimer.singleShot(100, accept)

    QTimer.singleShot(100, accept)
    saved = c.export_job(c.build_job(Selection("quick-reference")))
    print("saved", saved, flush=True)
    w.close()
    app.quit()
    return 0 if saved else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
