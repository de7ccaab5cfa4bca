"""The error the no-network guard (tests/conftest.py) raises."""

from __future__ import annotations


class NetworkAccessError(AssertionError):
    """Raised when code under test tries to reach the network."""
