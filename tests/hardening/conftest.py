"""Fixtures for the hardening tests (fault cases: bad content, hostile YAML, a damaged index,
the command line on a bad day, privacy under pressure, fuzzing).

None of their own yet: they use the window and the shipped index from tests/conftest.py. A
fixture only these tests need goes here; a helper that is not a fixture goes in tests/tools/."""
