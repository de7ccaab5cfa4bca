"""Hostile YAML shared by the content hardening tests."""

from __future__ import annotations

#: "Billion laughs": under 708 bytes of YAML whose aliases expand to 10**9 items.
ALIAS_BOMB = "".join(
    ["lol0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"]
    + [f"lol{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]\n" for i in range(1, 9)])
