"""Fixtures for the desktop app tests (the window, search in the app, the decision panel,
printing, the command line, accessibility and the UX checks).

None of their own yet: the window fixtures (``make_window`` and the prebuilt index it opens)
are in tests/conftest.py because the content and hardening tests open the window too. A
fixture only these tests need goes here; a helper that is not a fixture goes in tests/tools/
(walking the decision panel: decision_steps.py; printouts and PDFs: print_support.py)."""
