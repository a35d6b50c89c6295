"""Stock under random operations (Hypothesis, stateful): the sandbox agrees with a simple model.

Deltas, compare-and-set corrections, orders and cancellations in any order: the stock the API
shows always equals the model's, refusals change nothing, and replaying the change feed's stock
entries gives the same levels.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule
from sandbox_client import Api

from sellerdesk.sandbox.embedded import RunningSandbox, start_sandbox

_prefixes = itertools.count()


@pytest.fixture(scope="module")
def shared() -> Iterator[RunningSandbox]:
    with start_sandbox(seed="empty", admin=True, audit_delay=0.0) as sandbox:
        yield sandbox


class StockModel(RuleBasedStateMachine):
    sandbox: RunningSandbox

    @initialize()
    def create(self) -> None:
        self.api = Api(self.sandbox.url, self.sandbox.token())
        self.admin = Api(self.sandbox.url, None)
        self.prefix = f"HYP{next(_prefixes)}"
        product = self.api.create_product(self.prefix, variants=2, stock=5)
        self.skus = [v["sku"] for v in product["variants"]]
        self.model = dict.fromkeys(self.skus, 5)
        self.open_orders: list[dict] = []

    def _batch(self, item: dict) -> dict:
        answer = self.api.post("/v1/inventory/batch", json={"items": [item]})
        assert answer.status_code == 200, answer.text
        return answer.json()["results"][0]

    @rule(which=st.integers(0, 1), delta=st.integers(-6, 6).filter(bool))
    def adjust(self, which: int, delta: int) -> None:
        sku = self.skus[which]
        result = self._batch({"sku": sku, "adjust": delta})
        assert result["ok"] == (self.model[sku] + delta >= 0)
        if result["ok"]:
            self.model[sku] += delta

    @rule(which=st.integers(0, 1), level=st.integers(0, 10), stale=st.booleans())
    def correct(self, which: int, level: int, stale: bool) -> None:
        sku = self.skus[which]
        result = self._batch({"sku": sku, "set": level, "expected": self.model[sku] + stale})
        assert result["ok"] != stale
        if result["ok"]:
            self.model[sku] = level

    @rule(which=st.integers(0, 1), quantity=st.integers(1, 3))
    def order(self, which: int, quantity: int) -> None:
        sku = self.skus[which]
        answer = self.admin.post(
            "/admin/orders", json={"lines": [{"sku": sku, "quantity": quantity}]}
        )
        assert answer.status_code == (201 if self.model[sku] >= quantity else 409)
        if answer.status_code == 201:
            self.model[sku] -= quantity
            self.open_orders.append(answer.json())

    @precondition(lambda self: bool(self.open_orders))
    @rule(data=st.data())
    def cancel(self, data: st.DataObject) -> None:
        order = self.open_orders.pop(data.draw(st.integers(0, len(self.open_orders) - 1)))
        answer = self.api.post(f"/v1/orders/{order['id']}/cancel", json={})
        assert answer.status_code == 200
        for line in order["lines"]:
            self.model[line["sku"]] += line["quantity"]

    @invariant()
    def stock_matches(self) -> None:
        if not hasattr(self, "skus"):
            return
        product = self.api.get("/v1/products", params={"sku": self.skus[0]}).json()["items"][0]
        assert {v["sku"]: v["stock"] for v in product["variants"]} == self.model

    def teardown(self) -> None:
        if not hasattr(self, "skus"):
            return
        levels = dict.fromkeys(self.skus, 5)
        for entry in self.api.feed():
            data = entry["data"]
            if entry["entity"] == "stock" and data["sku"] in levels:
                levels[data["sku"]] += data["delta"]
                assert levels[data["sku"]] == data["stock"]
        assert levels == self.model


def test_stock_follows_the_model(shared: RunningSandbox) -> None:
    StockModel.sandbox = shared
    runner = StockModel.TestCase
    runner.settings = settings(
        max_examples=12,
        stateful_step_count=15,
        derandomize=True,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    runner().runTest()
