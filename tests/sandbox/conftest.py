"""Fixtures for the sandbox conformance suite: real servers on 127.0.0.1, spoken to over HTTP.

Each test gets a fresh, empty sandbox (they start in well under 100 ms) with the admin switches
on and no audit delay unless it asks otherwise; the demo shop is started once per session.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sandbox_client import Api, StartSandbox

from sellerdesk.sandbox.embedded import RunningSandbox, start_sandbox
from tests.sandboxes import TEST_DEFAULTS, sandboxes


@pytest.fixture
def start() -> Iterator[StartSandbox]:
    """Starts sandboxes (empty, admin on, no audit delay by default) and stops them afterwards."""
    with sandboxes(TEST_DEFAULTS) as start_one:
        yield start_one


@pytest.fixture
def sandbox(start: StartSandbox) -> RunningSandbox:
    return start()


@pytest.fixture
def api(sandbox: RunningSandbox) -> Api:
    return Api(sandbox.url, sandbox.token())


@pytest.fixture
def admin(sandbox: RunningSandbox) -> Api:
    """Speaks to /admin (no token needed)."""
    return Api(sandbox.url, None)


@pytest.fixture(scope="session")
def demo() -> Iterator[Api]:
    """The demo shop, shared read-only by the tests that look at the seed."""
    with start_sandbox(seed="demo") as running:
        yield Api(running.url, running.token())
