"""Fault switches: off unless asked for, each one doing what it says, reproducible under a seed."""

from __future__ import annotations

import time
from typing import Any

import pytest
import requests
from sandbox_client import Api, StartSandbox, problem_type, product_body

from sellerdesk.sandbox.faults import FaultSpec

HOSTILE = "error_rate=0.25,reset_after_commit=0.3,truncate=0.2"


def _outcome(call) -> str:
    try:
        answer = call()
    except requests.exceptions.ChunkedEncodingError:
        return "truncated"
    except requests.exceptions.ConnectionError:
        return "reset"
    return f"{answer.status_code}:{answer.headers.get('sandbox-fault', '-')}"


def _script(sandbox) -> list[str]:
    """The same 40 requests, in the same order, whatever the sandbox."""
    api = Api(sandbox.url, sandbox.token())
    body = {"items": [{"sku": "NONE", "adjust": 1}]}
    outcomes = []
    for step in range(40):
        if step % 2:
            outcomes.append(_outcome(lambda: api.get("/v1/carriers")))
        else:
            outcomes.append(_outcome(lambda: api.post("/v1/inventory/batch", json=body)))
    return outcomes


def test_fault_plan_is_reproducible_under_a_seed(start: StartSandbox):
    first = _script(start(faults=HOSTILE, fault_seed=42))
    second = _script(start(faults=HOSTILE, fault_seed=42))
    other = _script(start(faults=HOSTILE, fault_seed=43))
    assert first == second
    assert first != other
    assert {"truncated", "reset", "500:error-500", "503:error-503", "200:-"} <= set(first)


def test_faults_are_off_unless_asked_for(start: StartSandbox):
    sandbox = start(admin=False)
    api = Api(sandbox.url, sandbox.token())
    answers = [api.get("/v1/carriers") for _ in range(20)]
    assert all(a.status_code == 200 and "sandbox-fault" not in a.headers for a in answers)
    assert requests.get(f"{sandbox.url}/admin/faults", timeout=10).status_code == 404


def test_reset_after_commit_commits_and_a_keyed_retry_gets_the_original(
    start: StartSandbox,
):
    sandbox = start(faults="reset_after_commit=1")
    api, admin = Api(sandbox.url, sandbox.token()), Api(sandbox.url, None)
    with pytest.raises(requests.exceptions.ConnectionError):
        api.post("/v1/products", json=product_body("LOST"), key="lost-reply")
    assert api.get("/v1/products").json()["items"][0]["variants"][0]["sku"] == "LOST-0"
    admin.put("/admin/faults", json={"spec": ""})
    retry = api.post("/v1/products", json=product_body("LOST"), key="lost-reply")
    assert retry.status_code == 201 and retry.headers["idempotent-replayed"] == "true"
    assert len(api.get("/v1/products").json()["items"]) == 1


def test_reads_are_not_reset(start: StartSandbox):
    sandbox = start(faults="reset_after_commit=1")
    api = Api(sandbox.url, sandbox.token())
    assert api.get("/v1/carriers").status_code == 200


def test_injected_errors_change_nothing(start: StartSandbox):
    sandbox = start(faults="error_rate=1")
    api = Api(sandbox.url, sandbox.token())
    answers = [api.post("/v1/products", json=product_body(f"E{i}")) for i in range(6)]
    assert {a.status_code for a in answers} <= {500, 503}
    assert all(problem_type(a) == "injected-fault" and a.json()["retryable"] for a in answers)
    assert all(a.headers["sandbox-fault"].startswith("error-") for a in answers)
    assert all(a.headers["retry-after"] == "1" for a in answers if a.status_code == 503)
    Api(sandbox.url, None).put("/admin/faults", json={"spec": ""})
    assert api.get("/v1/products").json()["items"] == []


def test_truncated_bodies_break_the_read(start: StartSandbox):
    sandbox = start(faults="truncate=1")
    api = Api(sandbox.url, sandbox.token())
    with pytest.raises(requests.exceptions.ChunkedEncodingError):
        api.get("/v1/carriers")


def test_latency_is_added(start: StartSandbox):
    sandbox = start(faults="latency_ms=150")
    api = Api(sandbox.url, sandbox.token())
    answer = api.get("/v1/carriers")
    assert answer.status_code == 200 and answer.elapsed.total_seconds() >= 0.15


def test_a_429_storm(start: StartSandbox):
    sandbox = start(faults="rate=0.1/s,burst=2")
    api = Api(sandbox.url, sandbox.token())
    codes = [api.get("/v1/carriers").status_code for _ in range(4)]
    assert codes[:2] == [200, 200] and codes[2] == 429


def test_faults_can_be_switched_at_run_time(sandbox, api: Api, admin: Api):
    assert admin.get("/admin/faults").json() == {"spec": "", "seed": 0, "active": False}
    switched = admin.put("/admin/faults", json={"spec": "error_rate=1", "seed": 9})
    assert switched.json() == {"spec": "error_rate=1", "seed": 9, "active": True}
    assert api.get("/v1/carriers").status_code in (500, 503)
    bad = admin.put("/admin/faults", json={"spec": "meteor_strike=1"})
    assert bad.status_code == 422 and problem_type(bad) == "validation"
    admin.put("/admin/faults", json={"spec": ""})
    assert api.get("/v1/carriers").status_code == 200


def _world(entries: list[dict[str, Any]]) -> list[tuple]:
    """What the simulation did, without the random ids of new orders."""
    shape = []
    for e in entries:
        data = e["data"] or {}
        if e["entity"] == "order":
            detail = (
                data["status"],
                tuple(line["sku"] for line in data["lines"]),
                data["buyer"]["email"],
            )
        elif e["entity"] == "stock":
            detail = (data["sku"], data["stock"])
        elif e["entity"] == "variant":
            detail = (data["sku"], data["price"]["amount_minor"])
        else:
            detail = (
                e["id"],
                data.get("status"),
                tuple(data.get("tags", ())),
                str(data.get("texts", {}).get("it")),
            )
        shape.append((e["entity"], e["op"], detail))
    return shape


def _simulate(start: StartSandbox, seed: int) -> list[tuple]:
    sandbox = start(seed="demo", fault_seed=seed)
    api, admin = Api(sandbox.url, sandbox.token()), Api(sandbox.url, None)
    since = api.get("/v1/changes", params={"limit": 1}).json()["last_seq"]
    steps = admin.post("/admin/simulate", json={"edits": 20, "orders": 12}).json()
    assert len(steps["edits"]) == 20 and len(steps["orders"]) == 12
    return _world(api.feed(since=since))


def test_simulated_edits_and_buyers_are_reproducible_under_a_seed(start: StartSandbox):
    first, second, other = _simulate(start, 5), _simulate(start, 5), _simulate(start, 6)
    assert first == second
    assert first != other
    entities = {entity for entity, _, _ in first}
    assert {"product", "variant", "order", "stock"} <= entities


def test_timed_simulation_runs_on_its_own(start: StartSandbox):
    sandbox = start(seed="demo", faults="orders=20/s,edits=20/s")
    api = Api(sandbox.url, sandbox.token())
    since = api.get("/v1/changes", params={"limit": 1}).json()["last_seq"]
    deadline = time.monotonic() + 10
    while not {"order", "product"} <= {e["entity"] for e in api.feed(since=since)}:
        assert time.monotonic() < deadline, "the simulation never acted"
        time.sleep(0.05)


def test_spec_parsing():
    spec = FaultSpec.parse(
        "latency_ms=50,error_rate=0.1,reset_after_commit=0.2,truncate=0.05,rate=10/s"
    )
    assert spec.latency_ms == (50, 50) and spec.rate == 10 and spec.truncate == 0.05
    assert FaultSpec.parse(spec.describe()) == spec
    assert FaultSpec.parse("edits=6/min,orders=2/h,latency_ms=10-30").edits == 0.1
    assert not FaultSpec.parse("").active
    for bad in ("error_rate=2", "nonsense", "rate=fast", "boom=1", "rate=0/s"):
        with pytest.raises(ValueError):
            FaultSpec.parse(bad)
