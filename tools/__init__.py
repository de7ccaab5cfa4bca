"""Developer tools: benchmarks, the query fuzzer and content writers' helpers.

Never part of the app: nothing in ``content``, ``index`` or ``desktop_app`` imports them, and
the bundle leaves them out (``tests/project/test_bundle.py`` lists the frozen modules). Each runs as
``python -m tools.NAME`` from the repository root.
"""
