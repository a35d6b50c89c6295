"""The change feed: every mutation once, in commit order, across pages, with tombstones."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from sandbox_client import Api, problem_type


def _shape(entries):
    return [(e["entity"], e["id"], e["op"]) for e in entries]


def test_every_mutation_appears_once_in_commit_order_across_pages(api: Api, admin: Api):
    product = api.create_product("FEED", variants=2, stock=5)
    pid = product["id"]
    v0, v1 = (v["id"] for v in product["variants"])
    expected = [("product", pid, "create"), ("variant", v0, "create"), ("variant", v1, "create")]

    api.patch(f"/v1/products/{pid}", json={"brand": "Rossi"}, if_match=1)
    expected.append(("product", pid, "update"))
    api.patch(
        f"/v1/products/{pid}/variants/{v0}",
        json={"price": {"amount_minor": 99, "currency": "EUR"}},
        if_match=1,
    )
    expected.append(("variant", v0, "update"))
    api.post("/v1/inventory/batch", json={"items": [{"sku": "FEED-1", "adjust": -2}]})
    expected.append(("stock", v1, "update"))
    order = admin.post("/admin/orders", json={"lines": [{"sku": "FEED-0", "quantity": 1}]}).json()
    expected += [("stock", v0, "update"), ("order", order["id"], "create")]
    api.post(f"/v1/orders/{order['id']}/cancel", json={"reason": "buyer asked"})
    expected += [("order", order["id"], "update"), ("stock", v0, "update")]
    api.delete(f"/v1/products/{pid}/variants/{v1}", if_match=1)
    expected.append(("variant", v1, "delete"))
    api.delete(f"/v1/products/{pid}", if_match=2)
    expected += [("variant", v0, "delete"), ("product", pid, "delete")]

    for page_size in (1, 3, 500):
        entries = api.feed(limit=page_size)
        assert _shape(entries) == expected, page_size
        seqs = [e["seq"] for e in entries]
        assert seqs == sorted(set(seqs))

    entries = api.feed()
    tombstones = [e for e in entries if e["op"] == "delete"]
    assert all(e["deleted"] and e["data"] is None for e in tombstones)
    assert entries[-1]["version"] == 2
    assert [e["data"]["stock"] for e in entries if e["entity"] == "stock"] == [3, 4, 5]
    assert entries[0]["data"]["variants"][0]["sku"] == "FEED-0"
    creation = [e for e in entries if e["tx"] == entries[0]["tx"]]
    assert len(creation) == 3  # one transaction, three entries


def test_stock_entries_carry_the_reason_and_the_clients_ref(api: Api, admin: Api):
    api.create_product("REF", stock=5)
    api.post(
        "/v1/inventory/batch",
        json={
            "items": [
                {"sku": "REF-0", "adjust": -1, "ref": "outbox-17"},
                {"sku": "REF-0", "set": 9, "expected": 4, "ref": "outbox-18"},
            ]
        },
    )
    order = admin.post("/admin/orders", json={"lines": [{"sku": "REF-0", "quantity": 2}]}).json()
    stock = [e["data"] for e in api.feed() if e["entity"] == "stock"]
    assert [(s["reason"], s["ref"], s["delta"], s["stock"]) for s in stock] == [
        ("adjust", "outbox-17", -1, 4),
        ("set", "outbox-18", 5, 9),
        ("order", order["number"], -2, 7),
    ]


def test_paging_reports_next_and_has_more(api: Api):
    api.create_product("PAGE", variants=3)
    first = api.get("/v1/changes", params={"since": 0, "limit": 2}).json()
    assert len(first["changes"]) == 2 and first["has_more"] and first["next"] == 2
    assert first["last_seq"] == 4
    rest = api.get("/v1/changes", params={"since": first["next"], "limit": 2}).json()
    assert [c["seq"] for c in rest["changes"]] == [3, 4] and not rest["has_more"]
    empty = api.get("/v1/changes", params={"since": 4}).json()
    assert empty == {"changes": [], "next": 4, "has_more": False, "last_seq": 4}
    bad = api.get("/v1/changes", params={"since": -1})
    assert bad.status_code == 422 and problem_type(bad) == "validation"


def test_concurrent_writers_leave_a_feed_in_commit_order(api: Api):
    """Eight threads move one SKU's stock at once; read in seq order, the levels in the feed
    must be the running sum of the deltas, which holds only if seq order is commit order."""
    api.create_product("RACE", stock=1000)
    before = api.feed()[-1]["seq"]
    deltas = [d for d in range(1, 9) for _ in range(8)]

    def move(delta: int) -> None:
        answer = api.post(
            "/v1/inventory/batch", json={"items": [{"sku": "RACE-0", "adjust": -delta}]}
        )
        assert answer.status_code == 200 and answer.json()["results"][0]["ok"], answer.text

    with ThreadPoolExecutor(8) as pool:
        list(pool.map(move, deltas))
    entries = [e for e in api.feed(since=before) if e["entity"] == "stock"]
    assert len(entries) == len(deltas)
    level = 1000
    for entry in entries:
        level += entry["data"]["delta"]
        assert entry["data"]["stock"] == level
    assert level == 1000 - sum(deltas)
    assert (
        api.get("/v1/products", params={"sku": "RACE-0"}).json()["items"][0]["variants"][0]["stock"]
        == level
    )


def test_feed_from_zero_rebuilds_the_shop(api: Api):
    for name in ("A", "B", "C"):
        api.create_product(name, variants=2)
    doomed = api.get("/v1/products", params={"sku": "B-0"}).json()["items"][0]
    api.delete(f"/v1/products/{doomed['id']}", if_match=1)
    rebuilt: dict[str, dict] = {}
    for entry in api.feed():
        if entry["entity"] == "product":
            if entry["deleted"]:
                rebuilt.pop(entry["id"])
            else:
                rebuilt[entry["id"]] = entry["data"]
    live = {p["id"]: p for p in api.get("/v1/products").json()["items"]}
    assert rebuilt == live
