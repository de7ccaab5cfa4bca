"""``python -m desktop_app`` behaves like ``ipv-guide``."""

from desktop_app.plain_first import pause_collection

pause_collection()  # until the window's first paint, or at once for a command (plain_first)

from desktop_app.cli import main  # noqa: E402 - after the pause, which covers its imports

raise SystemExit(main())
