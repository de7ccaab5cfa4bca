"""Fixtures for the repository-wide checks (architecture, lint, types, the workflow, the
bundle, the developer tools, the test layout itself).

None of their own yet. A fixture only these tests need goes here; a helper that is not a
fixture goes in tests/tools/."""
