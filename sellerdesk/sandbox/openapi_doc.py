"""The OpenAPI document as committed in docs/openapi.json, and the way to regenerate it.

    .venv/bin/python -c "from sellerdesk.sandbox.openapi_doc import write; write()"

A test checks that the committed file equals what a running sandbox serves at /openapi.json.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .app import create_sandbox
from .config import SandboxConfig

DEFAULT_PATH = Path(__file__).resolve().parents[2] / "docs" / "openapi.json"


def document() -> dict[str, Any]:
    sandbox = create_sandbox(SandboxConfig(seed="empty"))
    try:
        return sandbox.api.openapi()
    finally:
        sandbox.close()


def render(doc: dict[str, Any]) -> str:
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def write(path: Path | str = DEFAULT_PATH) -> Path:
    path = Path(path)
    path.write_text(render(document()), encoding="utf-8")
    return path
