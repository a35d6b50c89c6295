"""The curl examples in docs/sandbox.md work: run in order against a fresh demo sandbox."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from sellerdesk.sandbox.embedded import start_sandbox

DOC = Path(__file__).resolve().parents[2] / "docs" / "sandbox.md"


@pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("bash", "curl", "jq")), reason="needs bash, curl, jq"
)
def test_curl_examples_run_and_show_what_the_text_says(tmp_path):
    blocks = re.findall(r"```sh\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    assert len(blocks) >= 8
    script = "set -euo pipefail\n" + "\n".join(blocks)
    with start_sandbox(seed="demo") as sandbox:
        done = subprocess.run(
            ["bash", "-c", script],
            capture_output=True,
            text=True,
            timeout=60,
            cwd=tmp_path,
            env={**os.environ, "SANDBOX": sandbox.url},
        )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    expected_in_order = [
        '"token_type": "Bearer"',
        "Bottega Rossi",
        '"status": "auditing"',
        "HTTP 409",  # editing during the audit
        'etag: "1"',
        "HTTP 428",  # PATCH without If-Match
        '"version": 2',
        "/problems/precondition-failed",
        "HTTP 200",  # the same photo bytes give the same media
        '[null,"/problems/stock-mismatch","/problems/not-found"]',
        '{"ok":true,"price":{"amount_minor":159000,"currency":"EUR"},"version":2}',
        '"poste-italiane"',
        '"status": "shipped"',
        "/problems/invalid-order-state",
        '"has_more":true',
    ]
    position = 0
    for text in expected_in_order:
        found = out.find(text, position)
        assert found >= 0, f"{text!r} missing after position {position} in:\n{out}"
        position = found + len(text)
