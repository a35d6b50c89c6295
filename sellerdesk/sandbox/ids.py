"""Identifiers: a type prefix plus random hex, so a stray id in a log says what it names."""

from __future__ import annotations

import hashlib
import uuid


def new_id(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:20]}"


def stable_id(prefix: str, *parts: object) -> str:
    """A repeatable id for seeded rows, so two demo sandboxes name the same product alike."""
    digest = hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()
    return f"{prefix}_{digest[:20]}"
