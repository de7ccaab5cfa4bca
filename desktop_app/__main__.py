"""``python -m desktop_app`` behaves like ``ipv-guide``."""

from desktop_app.cli import main

raise SystemExit(main())
