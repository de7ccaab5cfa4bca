"""Info-Sharing Guide desktop app: the only package that imports PySide6."""

import time as _time

#: When the package was first imported (clock and processor time): the start-up trace's
#: first mark (:mod:`desktop_app.startup_trace`, ``tools/startup_bench.py``).
IMPORTED_AT = (_time.time(), _time.process_time())

__version__ = "0.1.0"
APP_NAME = "Info-Sharing Guide"
