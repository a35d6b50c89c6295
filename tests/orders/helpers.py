"""Helpers shared by the order tests (plain module: importable by name from any test folder)."""

from __future__ import annotations

from tests.keyrings import MemoryKeyring

__all__ = ["MemoryKeyring"]
