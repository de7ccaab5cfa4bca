"""Fixtures for the content tests (the loader, rendering, fields, packs, the French content,
the verified provisions and the decision engine in content/decision/).

None of their own yet: they use the shipped content (``library``), a ``basedir`` and, for the
French content in the window, ``make_window`` from tests/conftest.py. A fixture only these
tests need goes here; a helper that is not a fixture goes in tests/tools/."""
