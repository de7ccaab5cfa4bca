"""Entry script for the frozen app: both executables run the ``ipv-guide`` command line.

With no subcommand that opens the window, exactly like ``python -m desktop_app``.
PyInstaller analyses this file; everything else is found by following its imports.
"""

from desktop_app.cli import main

raise SystemExit(main())
