"""Bounded load on the sandbox marketplace: concurrent clients mixing reads and writes on loopback.

    .venv/bin/python bench/sandbox_load.py                      # 10 minutes, 8 clients
    .venv/bin/python bench/sandbox_load.py --duration 60
    .venv/bin/python bench/sandbox_load.py --duration 60 --faults "error_rate=0.05,truncate=0.02"

It starts a sandbox in a child process (so clients and server do not share one interpreter lock)
unless ``--url`` points at a running one, gives each client its own OAuth token, and lets every
client loop until the deadline over: product reads and listings, order listings, change-feed
pages, stock deltas in batches, compare-and-set corrections and product edits under If-Match.
Writes carry Idempotency-Keys and are retried with the same key after a lost reply, so each is
applied exactly once even under ``reset_after_commit``.

Checks, exit status 1 if any fails:
- no 5xx except the ones the sandbox marks as injected (``Sandbox-Fault`` header), and no broken
  connection unless faults that break connections are on;
- no lost update: for every SKU, initial stock + the deltas the server reported as applied equals
  the final stock, and equals the sum of the deltas in the change feed.
Prints throughput and latency per operation.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import requests

PRODUCTS = 10
VARIANTS = 2
INITIAL_STOCK = 500
MAX_ATTEMPTS = 30
TIMEOUT = 10.0

SERVER = """
import sys
from sellerdesk.sandbox.embedded import start_sandbox
options = dict(seed="empty", audit_delay=0.0, rate_limit={rate}, rate_burst={burst}, admin=True)
with start_sandbox(**options) as sandbox:
    print(sandbox.url, flush=True)
    sys.stdin.read()  # serve until the parent closes our stdin
"""


@dataclass
class Tally:
    """One client's results; merged after the run."""

    requests: Counter[str] = field(default_factory=Counter)
    latency: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    statuses: Counter[int] = field(default_factory=Counter)
    injected_5xx: int = 0
    unexpected_5xx: list[str] = field(default_factory=list)
    broken: int = 0
    applied: Counter[str] = field(default_factory=Counter)
    """SKU → sum of the deltas the server reported applied."""
    conflicts: int = 0
    gave_up: list[str] = field(default_factory=list)


class Client:
    def __init__(self, url: str, token: str, tally: Tally, rng: random.Random) -> None:
        self.url = url
        self.http = requests.Session()
        self.http.headers["Authorization"] = f"Bearer {token}"
        self.tally = tally
        self.rng = rng
        self.since = 0

    def call(self, op: str, method: str, path: str, **kwargs: Any) -> requests.Response | None:
        """One attempt; None when the connection broke or the reply was cut."""
        self.tally.requests[op] += 1
        started = time.perf_counter()
        try:
            answer = self.http.request(method, self.url + path, timeout=TIMEOUT, **kwargs)
        except requests.exceptions.RequestException:
            self.tally.broken += 1
            return None
        self.tally.latency[op].append(time.perf_counter() - started)
        self.tally.statuses[answer.status_code] += 1
        if answer.status_code >= 500:
            if answer.headers.get("Sandbox-Fault"):
                self.tally.injected_5xx += 1
            else:
                self.tally.unexpected_5xx.append(f"{method} {path}: {answer.status_code}")
        return answer

    def until_final(
        self, op: str, method: str, path: str, **kwargs: Any
    ) -> requests.Response | None:
        """Retries a keyed write until it has a definitive answer (bounded, with backoff)."""
        for attempt in range(MAX_ATTEMPTS):
            answer = self.call(op, method, path, **kwargs)
            if _definitive(answer):
                return answer
            pause = float(answer.headers.get("Retry-After", 0)) if answer is not None else 0
            time.sleep(min(max(pause, 0.005 * 2**attempt), 1.0))
        self.tally.gave_up.append(f"{method} {path}")
        return None

    def adjust_stock(self, skus: list[str]) -> None:
        items = [
            {"sku": sku, "adjust": self.rng.choice([-5, -3, -2, -1, 1, 2, 3, 5])}
            for sku in self.rng.sample(skus, self.rng.randint(1, 4))
        ]
        headers = {"Idempotency-Key": str(uuid.uuid4())}
        answer = self.until_final(
            "inventory.adjust",
            "POST",
            "/v1/inventory/batch",
            json={"items": items},
            headers=headers,
        )
        self._count_applied(answer)

    def correct_stock(self, skus: list[str]) -> None:
        sku = self.rng.choice(skus)
        page = self.call("products.by_sku", "GET", "/v1/products", params={"sku": sku})
        if page is None or page.status_code != 200:
            return
        variant = next(v for v in page.json()["items"][0]["variants"] if v["sku"] == sku)
        target = max(0, variant["stock"] + self.rng.randint(-3, 3))
        item = {"sku": sku, "set": target, "expected": variant["stock"]}
        answer = self.until_final(
            "inventory.set",
            "POST",
            "/v1/inventory/batch",
            json={"items": [item]},
            headers={"Idempotency-Key": str(uuid.uuid4())},
        )
        self._count_applied(answer)

    def _count_applied(self, answer: requests.Response | None) -> None:
        if answer is None or answer.status_code != 200:
            return
        for result in answer.json()["results"]:
            if result["ok"]:
                self.tally.applied[result["sku"]] += result["applied_delta"]

    def edit_product(self, product_ids: list[str]) -> None:
        product_id = self.rng.choice(product_ids)
        for _ in range(10):
            current = self.call("products.get", "GET", f"/v1/products/{product_id}")
            if current is None or current.status_code != 200:
                continue
            tags = ["bench", f"t{self.rng.randrange(1000)}"]
            answer = self.until_final(
                "products.patch",
                "PATCH",
                f"/v1/products/{product_id}",
                json={"tags": tags},
                headers={"If-Match": current.headers["ETag"], "Idempotency-Key": str(uuid.uuid4())},
            )
            if answer is not None and answer.status_code == 412:
                self.tally.conflicts += 1
                continue
            return

    def read_feed(self) -> None:
        answer = self.call(
            "changes", "GET", "/v1/changes", params={"since": self.since, "limit": 100}
        )
        if answer is not None and answer.status_code == 200:
            self.since = answer.json()["next"]

    def run(self, deadline: float, skus: list[str], product_ids: list[str]) -> None:
        operations: list[tuple[float, Callable[[], Any]]] = [
            (
                0.25,
                lambda: self.call(
                    "products.get", "GET", f"/v1/products/{self.rng.choice(product_ids)}"
                ),
            ),
            (0.10, lambda: self.call("products.list", "GET", "/v1/products", params={"limit": 10})),
            (0.10, lambda: self.call("orders.list", "GET", "/v1/orders", params={"limit": 20})),
            (0.10, self.read_feed),
            (0.30, lambda: self.adjust_stock(skus)),
            (0.05, lambda: self.correct_stock(skus)),
            (0.10, lambda: self.edit_product(product_ids)),
        ]
        weights = [weight for weight, _ in operations]
        while time.monotonic() < deadline:
            self.rng.choices(operations, weights)[0][1]()


def _definitive(answer: requests.Response | None) -> bool:
    """Whether a write's outcome is known: not lost, not failed in passing, not still running."""
    if answer is None or answer.status_code >= 500 or answer.status_code == 429:
        return False
    return not (
        answer.status_code == 409 and answer.json().get("type") == "/problems/idempotency-in-flight"
    )


def token(url: str, client_id: str) -> str:
    code = requests.get(f"{url}/oauth/authorize", params={"client_id": client_id}, timeout=TIMEOUT)
    granted = requests.post(
        f"{url}/oauth/token",
        data={
            "grant_type": "authorization_code",
            "code": code.json()["code"],
            "client_id": client_id,
        },
        timeout=TIMEOUT,
    )
    granted.raise_for_status()
    return str(granted.json()["access_token"])


def setup_shop(url: str, bearer: str) -> tuple[list[str], list[str], dict[str, int]]:
    """Creates the products under load; done before any fault is switched on."""
    product_ids, skus = [], []
    for index in range(PRODUCTS):
        body = {
            "main_language": "it",
            "texts": {"it": {"title": f"Divano bench {index}", "description": "Carico."}},
            "variants": [
                {
                    "sku": f"BENCH-{index}-{variant}",
                    "options": {"Colore": f"c{variant}"},
                    "price": {"amount_minor": 100000, "currency": "EUR"},
                    "stock": INITIAL_STOCK,
                }
                for variant in range(VARIANTS)
            ],
        }
        answer = requests.post(
            f"{url}/v1/products",
            json=body,
            headers={"Authorization": f"Bearer {bearer}", "Idempotency-Key": str(uuid.uuid4())},
            timeout=TIMEOUT,
        )
        answer.raise_for_status()
        product_ids.append(answer.json()["id"])
        skus += [variant["sku"] for variant in answer.json()["variants"]]
    return product_ids, skus, dict.fromkeys(skus, INITIAL_STOCK)


def final_stock(url: str, bearer: str) -> tuple[dict[str, int], Counter[str]]:
    """Stock per SKU now, and the sum of stock deltas per SKU in the change feed."""
    headers = {"Authorization": f"Bearer {bearer}"}
    products = requests.get(
        f"{url}/v1/products", params={"limit": 200}, headers=headers, timeout=TIMEOUT
    ).json()["items"]
    stock = {v["sku"]: v["stock"] for p in products for v in p["variants"]}
    feed: Counter[str] = Counter()
    since = 0
    for _ in range(1_000_000):
        page = requests.get(
            f"{url}/v1/changes",
            params={"since": since, "limit": 500},
            headers=headers,
            timeout=TIMEOUT,
        ).json()
        for change in page["changes"]:
            if change["entity"] == "stock":
                feed[change["data"]["sku"]] += change["data"]["delta"]
        since = page["next"]
        if not page["has_more"]:
            break
    return stock, feed


def start_server(args: argparse.Namespace) -> tuple[subprocess.Popen[str], str]:
    code = SERVER.format(rate=args.rate_limit, burst=args.rate_burst)
    process = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    url = process.stdout.readline().strip()
    if not url.startswith("http://"):
        process.kill()
        raise SystemExit("the sandbox did not start")
    return process, url


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=float, default=600.0, help="seconds of load (600)")
    parser.add_argument("--clients", type=int, default=8, help="concurrent clients (8)")
    parser.add_argument("--url", help="use this running sandbox (it needs /admin for --faults)")
    parser.add_argument("--faults", default="", help="fault SPEC switched on after setup")
    parser.add_argument("--fault-seed", type=int, default=1)
    parser.add_argument(
        "--rate-limit",
        type=float,
        default=10_000.0,
        help="per-token requests/s of the spawned sandbox (10000: not the limit)",
    )
    parser.add_argument("--rate-burst", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7, help="seed of the clients' choices")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    args = parser.parse_args(argv)

    process, url = (None, args.url.rstrip("/")) if args.url else start_server(args)
    try:
        return run(args, url)
    finally:
        if process is not None:
            assert process.stdin is not None
            process.stdin.close()
            process.wait(timeout=30)


def run(args: argparse.Namespace, url: str) -> int:
    setup_token = token(url, "bench-setup")
    product_ids, skus, initial = setup_shop(url, setup_token)
    if args.faults:
        # Switched on over /admin once the shop is set up, so the setup runs without them.
        answer = requests.put(
            f"{url}/admin/faults",
            json={"spec": args.faults, "seed": args.fault_seed},
            timeout=TIMEOUT,
        )
        answer.raise_for_status()
    tallies = [Tally() for _ in range(args.clients)]
    clients = [
        Client(
            url,
            token(url, f"bench-{index}"),
            tallies[index],
            random.Random(args.seed * 100 + index),
        )
        for index in range(args.clients)
    ]
    started = time.monotonic()
    deadline = started + args.duration
    threads = [
        threading.Thread(target=client.run, args=(deadline, skus, product_ids), daemon=True)
        for client in clients
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(args.duration + 120)
    elapsed = time.monotonic() - started
    if args.faults:
        requests.put(f"{url}/admin/faults", json={"spec": ""}, timeout=TIMEOUT)
    stock, feed = final_stock(url, setup_token)
    return report(args, tallies, elapsed, initial, stock, feed)


def report(
    args: argparse.Namespace,
    tallies: list[Tally],
    elapsed: float,
    initial: dict[str, int],
    stock: dict[str, int],
    feed: Counter[str],
) -> int:
    total = Tally()
    for tally in tallies:
        total.requests.update(tally.requests)
        total.statuses.update(tally.statuses)
        for op, values in tally.latency.items():
            total.latency[op] += values
        total.injected_5xx += tally.injected_5xx
        total.unexpected_5xx += tally.unexpected_5xx
        total.broken += tally.broken
        total.applied.update(tally.applied)
        total.conflicts += tally.conflicts
        total.gave_up += tally.gave_up
    lost = {
        sku: {"initial": initial[sku], "applied": total.applied[sku], "final": stock.get(sku)}
        for sku in initial
        if initial[sku] + total.applied[sku] != stock.get(sku)
    }
    feed_mismatch = {
        sku: (feed[sku], total.applied[sku]) for sku in initial if feed[sku] != total.applied[sku]
    }
    breaking = any(word in args.faults for word in ("reset_after_commit", "truncate"))
    failures = []
    if total.unexpected_5xx:
        failures.append(f"{len(total.unexpected_5xx)} 5xx not injected: {total.unexpected_5xx[:3]}")
    if total.broken and not breaking:
        failures.append(f"{total.broken} broken connections without connection faults")
    if lost:
        failures.append(f"lost updates: {lost}")
    if feed_mismatch:
        failures.append(f"feed deltas differ from applied deltas: {feed_mismatch}")
    if total.gave_up:
        failures.append(f"{len(total.gave_up)} writes never got a definitive answer")
    requests_made = sum(total.requests.values())
    summary = {
        "duration_s": round(elapsed, 1),
        "clients": args.clients,
        "faults": args.faults or None,
        "requests": requests_made,
        "throughput_rps": round(requests_made / elapsed, 1),
        "statuses": dict(sorted(total.statuses.items())),
        "injected_5xx": total.injected_5xx,
        "broken_connections": total.broken,
        "if_match_conflicts": total.conflicts,
        "applied_delta_total": sum(total.applied.values()),
        "latency_ms": {
            op: {
                "n": len(values),
                "p50": round(statistics.median(values) * 1000, 1),
                "p95": round(statistics.quantiles(values, n=20)[-1] * 1000, 1)
                if len(values) >= 20
                else None,
            }
            for op, values in sorted(total.latency.items())
        },
        "ok": not failures,
        "failures": failures,
    }
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        print(
            f"{requests_made} requests in {elapsed:.1f} s from {args.clients} clients: "
            f"{summary['throughput_rps']} requests/s"
        )
        print(
            f"statuses {summary['statuses']}, injected 5xx {total.injected_5xx}, broken "
            f"connections {total.broken}, If-Match conflicts {total.conflicts}"
        )
        for op, figures in summary["latency_ms"].items():
            print(
                f"  {op:18} n={figures['n']:7}  p50={figures['p50']:6} ms  p95={figures['p95']} ms"
            )
        print(
            "no lost update: initial + applied deltas = final stock = feed deltas, for every SKU"
            if not lost and not feed_mismatch
            else "LOST UPDATES"
        )
        for failure in failures:
            print("FAIL:", failure)
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main())
