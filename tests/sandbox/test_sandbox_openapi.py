"""docs/openapi.json is what the sandbox serves; regenerate it with the command in its module."""

from __future__ import annotations

import json
from pathlib import Path

import requests

from sellerdesk.sandbox import openapi_doc

COMMITTED = Path(__file__).resolve().parents[2] / "docs" / "openapi.json"


def test_committed_openapi_equals_the_live_document(sandbox):
    live = requests.get(f"{sandbox.url}/openapi.json", timeout=10).json()
    committed = json.loads(COMMITTED.read_text(encoding="utf-8"))
    assert committed == live, (
        "docs/openapi.json is stale; regenerate it with: .venv/bin/python -c "
        '"from sellerdesk.sandbox.openapi_doc import write; write()"'
    )
    assert COMMITTED.read_text(encoding="utf-8") == openapi_doc.render(live)


def test_every_api_route_is_documented_with_problem_errors(sandbox):
    doc = requests.get(f"{sandbox.url}/openapi.json", timeout=10).json()
    for path, operations in doc["paths"].items():
        for method, operation in operations.items():
            errors = operation["responses"]["4XX"]["content"]
            assert list(errors) == ["application/problem+json"], (method, path)
            assert operation.get("summary"), (method, path)
    assert "/admin/faults" not in doc["paths"]
