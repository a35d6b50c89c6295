"""``ETag``/``If-Match``: optimistic concurrency on every versioned object.

An ETag is the object's ``version`` in quotes. ``PATCH`` and ``DELETE`` must say which version
they were based on (428 without it); a stale version gets 412 with the object as it is now, so
the client can merge without another round trip.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request

from .problems import Problem, field_error
from .schemas import INT64_MAX


def etag(version: int) -> str:
    return f'"{version}"'


def if_match(request: Request, *, required: bool = True) -> set[int] | None:
    """The versions the client accepts; None means any (``*``, or no header where optional)."""
    header = request.headers.get("if-match")
    if header is None or not header.strip():
        if required:
            raise Problem(428, "precondition-required")
        return None
    if header.strip() == "*":
        return None
    versions: set[int] = set()
    for part in header.split(","):
        tag = part.strip().removeprefix("W/").strip('"')
        try:
            version = int(tag)
        except ValueError:
            continue
        if not 0 <= version <= INT64_MAX:
            raise Problem(
                422,
                "validation",
                errors=[field_error("If-Match", f"a version is a whole number up to {INT64_MAX}")],
            )
        versions.add(version)
    return versions


def check(accepted: set[int] | None, version: int, current: dict[str, Any]) -> None:
    if accepted is not None and version not in accepted:
        raise Problem(
            412,
            "precondition-failed",
            f"You sent If-Match for another version; the current version is {version}.",
            headers={"ETag": etag(version)},
            extra={"current": current},
        )
