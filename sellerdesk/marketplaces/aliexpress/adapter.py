"""A seller account on AliExpress, behind the engine's Marketplace protocol.

What AliExpress lacks, the adapter makes up for without weakening the engine's guarantees:
- no change feed: `changes` scans products and windows orders (see `cursor`);
- no If-Match: an update first reads the product and refuses (CONFLICT, with the current
  object) when its digest differs from the version the engine agreed on;
- no idempotency keys: a create is looked up by its SKU codes before it is repeated (and when
  the platform says a SKU exists), a shipment by the order's logistics before it is declared
  again;
- stock is absolute on AliExpress: `prepare_stock` turns each delta into a compare-and-set on
  the level read just before (expected -> new), which the engine persists with the batch before
  sending it. A form that may already have gone out is never judged by the level alone (any
  level is reachable by other moves, the expected and the new one included): unless this
  process knows how it ended, it is surfaced as a stock conflict, so a retry, after a restart
  too, never adds a delta twice and never drops one.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from sellerdesk.marketplaces.base import (
    Carrier,
    Change,
    ChangeBatch,
    Deleted,
    ErrorKind,
    ItemResult,
    Limits,
    MarketplaceError,
    NotFound,
    PriceChange,
    RemoteMedia,
    RemoteOrder,
    RemoteProduct,
    RemoteVariant,
    StockChange,
)

from . import mapping
from .client import REPLY_LOST, AliExpressClient, error_of
from .cursor import STATUSES, Cursor, Scan

PAGE_SIZE = 99  # product.list.get needs page_size < 100
ORDER_PAGE = 50
SCAN_INTERVAL = 15 * 60.0
ORDER_OVERLAP = 300.0
SETTLE = 2.0
"""gmt_modified has one-second resolution: a product read within this many seconds of its last
change is read again at the next scan, in case a second change shared that second."""
LOOKUP_PAGES = 3


class AliExpressMarketplace:
    limits = Limits(batch_products=20, batch_skus=200, page_size=PAGE_SIZE)

    def __init__(self, client: AliExpressClient, *, scan_interval: float = SCAN_INTERVAL,
                 order_overlap: float = ORDER_OVERLAP,
                 clock: Callable[[], float] = time.time) -> None:
        self.client = client
        self.scan_interval = scan_interval
        self.order_overlap = order_overlap
        self.clock = clock
        self._skus: dict[str, str] = {}
        self._sent_creates: set[str] = set()
        self._clean: dict[str, set[str]] = {}
        """Batch key -> SKUs whose current compare-and-set is known not to have landed."""
        self._landed: dict[str, set[str]] = {}
        """Batch key -> SKUs whose compare-and-set a read-back right after a lost reply showed
        landed: a retry acknowledges them without sending or judging them again."""
        self._read: dict[str, dict[str, int]] = {}
        """Batch key -> the levels `prepare_stock` just read, for the send that follows it."""
        self._lock = threading.Lock()
        self._last: tuple[str, Cursor] | None = None
        """The cursor last handed out, decoded: the engine passes it straight back, and decoding
        a 10,000-product cursor per page cost more than the page itself."""

    @property
    def requests_made(self) -> int:
        return self.client.requests_made

    @property
    def http(self) -> Any:
        return self.client.http

    # -- reading ----------------------------------------------------------------------------

    def _remember(self, product: RemoteProduct) -> RemoteProduct:
        with self._lock:
            for variant in product.variants:
                self._skus[variant.sku] = product.id
        return product

    def _info(self, product_id: str) -> dict[str, Any]:
        return self.client.call("aliexpress.solution.product.info.get",
                                {"product_id": product_id})

    def get_product(self, product_id: str) -> RemoteProduct:
        return self._remember(mapping.product_of(self._info(product_id)))

    def get_order(self, order_id: str) -> RemoteOrder:
        return mapping.order_of(self.client.call("aliexpress.solution.order.info.get",
                                                 {"param1": {"order_id": order_id}}))

    def _list(self, status: str, page: int, subject: str | None = None) -> dict[str, Any]:
        query: dict[str, Any] = {"product_status_type": status, "current_page": page,
                                 "page_size": PAGE_SIZE}
        if subject:
            query["subject"] = subject
        return self.client.call("aliexpress.solution.product.list.get",
                                {"aeop_a_e_product_list_query": query})

    # -- pull -------------------------------------------------------------------------------

    def changes(self, cursor: str | None) -> ChangeBatch:
        last, self._last = self._last, None  # a failed call below must not leave it reusable
        try:
            state = last[1] if last is not None and last[0] == cursor else Cursor.decode(cursor)
        except (ValueError, TypeError, KeyError):
            state = Cursor()  # not ours (another marketplace's): start over, all is re-read
        with self._lock:
            self._skus.update({k: v for k, v in state.skus.items() if k not in self._skus})
        now = self.clock()
        changes: list[Change] = []
        if state.scan_due(now, self.scan_interval):
            state.scan = Scan(started=now)
        if state.scan is not None:
            self._scan_step(state, changes, now)
            more = True
        else:
            more = self._orders_step(state, changes, now)
        with self._lock:
            state.skus = dict(self._skus)
        encoded = state.encode()
        self._last = (encoded, state)
        return ChangeBatch(cursor=encoded, has_more=more, changes=changes)

    def _read_product(self, state: Cursor, product_id: str, now: float,
                      changes: list[Change]) -> None:
        info = self._info(product_id)
        product = self._remember(mapping.product_of(info))
        modified = str(info.get("gmt_modified") or "")
        settled = modified and mapping.pacific_to_ts(modified) < now - SETTLE
        state.known[product_id] = modified if settled else ""
        changes.append(product)

    def _scan_step(self, state: Cursor, changes: list[Change], now: float) -> None:
        scan = state.scan
        assert scan is not None
        page = self._list(STATUSES[scan.status], scan.page)
        for item in page.get("aeop_a_e_product_display_d_t_o_list") or []:
            product_id = str(item["product_id"])
            scan.seen.append(product_id)
            if state.known.get(product_id) == item.get("gmt_modified"):
                continue
            try:
                self._read_product(state, product_id, now, changes)
            except NotFound:
                continue  # deleted since the page was listed
        if scan.page < int(page.get("total_page") or 1):
            scan.page += 1
            return
        scan.status += 1
        scan.page = 1
        if scan.status < len(STATUSES):
            return
        seen = set(scan.seen)
        for product_id in [p for p in state.known if p not in seen]:
            try:
                self._read_product(state, product_id, now, changes)
            except NotFound:
                del state.known[product_id]
                changes.append(Deleted("product", product_id))
        state.last_scan = scan.started
        state.scan = None
        state.open_window(now, self.order_overlap)  # the pass goes on with the orders

    def _orders_step(self, state: Cursor, changes: list[Change], now: float) -> bool:
        window = state.window or state.open_window(now, self.order_overlap)
        if window.pages is None:
            page_no = 1
        elif window.pages:
            page_no = window.pages.pop(0)
        else:
            page_no = 0
        if page_no:
            query = {"modified_date_start": mapping.ts_to_pacific(window.start),
                     "modified_date_end": mapping.ts_to_pacific(window.end),
                     "page_size": ORDER_PAGE, "current_page": page_no}
            page = self.client.call("aliexpress.solution.order.get", {"param0": query})
            if window.pages is None:
                total = int(page.get("total_page") or 1)
                window.pages = [*range(total, 1, -1), 1] if total > 1 else []
            for item in page.get("target_list") or []:
                order_id, modified = str(item["order_id"]), str(item.get("gmt_modified"))
                if not state.fresh(order_id, modified):
                    continue
                order = self.get_order(order_id)
                changes.append(order)
                # a second change within the same second would keep this time: not settled yet,
                # so the next window reads the order again
                settled = mapping.pacific_to_ts(modified) < now - SETTLE
                state.orders_seen[order_id] = modified if settled else ""
        if window.pages:
            return True
        horizon = window.end - self.order_overlap
        state.orders_seen = {k: v for k, v in state.orders_seen.items()
                             if v and mapping.pacific_to_ts(v) >= horizon}
        state.close_window(self.order_overlap)
        return False

    # -- products ---------------------------------------------------------------------------

    def _photo_url(self, media_id: str) -> str:
        return media_id if "/" in media_id else f"{self.client.base_url}/photobank/{media_id}"

    def find_by_skus(self, title: str, skus: set[str]) -> RemoteProduct | None:
        """The product holding exactly these SKU codes, searched by title in every status list
        (bounded: the newest create is what a lost reply leaves behind)."""
        for status in STATUSES:
            for page_no in range(1, LOOKUP_PAGES + 1):
                page = self._list(status, page_no, subject=title)
                for item in page.get("aeop_a_e_product_display_d_t_o_list") or []:
                    try:
                        product = self.get_product(str(item["product_id"]))
                    except NotFound:
                        continue
                    if {v.sku for v in product.variants} == skus:
                        return product
                if page_no >= int(page.get("total_page") or 1):
                    break
        return None

    def create_product(self, body: dict[str, Any], key: str) -> RemoteProduct:
        skus = {v["sku"] for v in body.get("variants") or []}
        title = (body.get("texts") or {}).get(body.get("main_language"), {}).get("title", "")
        if key in self._sent_creates:  # tried before: did it land although the reply did not?
            found = self.find_by_skus(title, skus)
            if found is not None:
                return found
        self._sent_creates.add(key)
        try:
            result = self.client.call(
                "aliexpress.solution.product.post",
                {"post_product_request": mapping.post_request(body, self._photo_url)})
        except MarketplaceError as error:
            if error.code.endswith("duplicate-sku"):  # a crash lost our memory of the attempt
                found = self.find_by_skus(title, skus)
                if found is not None:
                    return found
            raise
        return self.get_product(str(result["product_id"]))

    def _checked(self, product_id: str, version: str) -> RemoteProduct:
        current = self.get_product(product_id)
        if current.version != version:
            raise MarketplaceError(ErrorKind.CONFLICT, "The product changed on AliExpress.",
                                   status=412, current=current, code="precondition-failed")
        return current

    def _edit(self, request: dict[str, Any]) -> None:
        self.client.call("aliexpress.solution.product.edit", {"edit_product_request": request})

    def update_product(self, product_id: str, patch: dict[str, Any],
                       version: str) -> RemoteProduct:
        self._checked(product_id, version)
        request = mapping.edit_request(product_id, patch, self._photo_url)
        if len(request) > 1:
            self._edit(request)
        return self.get_product(product_id)

    def delete_product(self, product_id: str, version: str) -> None:
        try:
            self._checked(product_id, version)
        except NotFound:
            return  # already gone (a retry after a lost reply)
        answer = self.client.call("aliexpress.solution.batch.product.delete",
                                  {"product_ids": product_id})
        for failed in answer.get("failed_list") or []:
            error = error_of({"error_response": {"code": "15", "msg": "Delete failed",
                                                 "sub_code": failed.get("error_code", ""),
                                                 "sub_msg": failed.get("error_message", "")}})
            if error is not None:
                raise error

    def _variant(self, product: RemoteProduct, variant_id: str) -> RemoteVariant:
        for variant in product.variants:
            if variant.id == variant_id:
                return variant
        raise NotFound(f"No variant {variant_id} in product {product.id}.")

    def add_variant(self, product_id: str, body: dict[str, Any], key: str) -> RemoteVariant:
        current = self.get_product(product_id)
        existing = next((v for v in current.variants if v.sku == body["sku"]), None)
        if existing is not None:  # the earlier attempt landed
            return existing
        new = {"sku_code": body["sku"], "price": mapping.price_text(body["price"]
                                                                    ["amount_minor"]),
               "inventory": int(body.get("stock", 0)),
               "sku_attributes": dict(body.get("options") or {})}
        self._edit({"product_id": product_id,
                    "sku_info_list": [*mapping.sku_list(current), new]})
        return next(v for v in self.get_product(product_id).variants if v.sku == body["sku"])

    def update_variant(self, product_id: str, variant_id: str, patch: dict[str, Any],
                       version: str) -> RemoteVariant:
        current = self.get_product(product_id)
        variant = self._variant(current, variant_id)
        if variant.version != version:
            raise MarketplaceError(ErrorKind.CONFLICT, "The variant changed on AliExpress.",
                                   status=412, current=variant, code="precondition-failed")
        skus = mapping.sku_list(current)
        for sku in skus:
            if sku["id"] == variant_id:
                if patch.get("sku"):
                    sku["sku_code"] = patch["sku"]
                if patch.get("options") is not None:
                    sku["sku_attributes"] = dict(patch["options"])
                if patch.get("price"):
                    sku["price"] = mapping.price_text(patch["price"]["amount_minor"])
        self._edit({"product_id": product_id, "sku_info_list": skus})
        return self._variant(self.get_product(product_id), variant_id)

    def delete_variant(self, product_id: str, variant_id: str, version: str) -> None:
        current = self.get_product(product_id)
        if all(v.id != variant_id for v in current.variants):
            return
        self._edit({"product_id": product_id, "sku_info_list": [
            s for s in mapping.sku_list(current) if s["id"] != variant_id]})

    # -- batches ----------------------------------------------------------------------------

    def _by_product(self, skus: list[str]) -> tuple[dict[str, list[str]], dict[str, str]]:
        grouped: dict[str, list[str]] = {}
        unknown: dict[str, str] = {}
        with self._lock:
            for sku in skus:
                product_id = self._skus.get(sku)
                if product_id is None:
                    unknown[sku] = "not seen on AliExpress yet"
                else:
                    grouped.setdefault(product_id, []).append(sku)
        return grouped, unknown

    def _results(self, skus: list[str], grouped: dict[str, list[str]], unknown: dict[str, str],
                 answer: dict[str, Any], stock: dict[str, int] | None = None
                 ) -> list[ItemResult]:
        failed = {str(f["product_id"]): f for f in answer.get("update_failed_list") or []}
        results = []
        for sku in skus:
            if sku in unknown:
                results.append(ItemResult(ok=False, sku=sku, error=MarketplaceError(
                    ErrorKind.RETRYABLE, f"SKU {sku} {unknown[sku]}.", retry_after=60)))
                continue
            product_id = next(p for p, members in grouped.items() if sku in members)
            if product_id in failed:
                f = failed[product_id]
                error = error_of({"error_response": {
                    "code": "15", "msg": "Update failed", "sub_code": f.get("error_code", ""),
                    "sub_msg": f.get("error_message", "")}})
                results.append(ItemResult(ok=False, sku=sku, error=error))
            else:
                results.append(ItemResult(ok=True, sku=sku,
                                          stock=None if stock is None else stock[sku]))
        return results

    def update_prices(self, items: list[PriceChange], key: str) -> list[ItemResult]:
        skus = [i.sku for i in items]
        grouped, unknown = self._by_product(skus)
        price = {i.sku: i.price_minor for i in items}
        if not grouped:
            return self._results(skus, grouped, unknown, {})
        answer = self.client.call("aliexpress.solution.batch.product.price.update", {
            "mutiple_product_update_list": [
                {"product_id": pid, "multiple_sku_update_list": [
                    {"sku_code": s, "price": mapping.price_text(price[s])} for s in members]}
                for pid, members in grouped.items()]})
        return self._results(skus, grouped, unknown, answer)

    def _levels(self, product_ids: list[str] | dict[str, list[str]]) -> dict[str, int]:
        """SKU -> stock now, one product.info.get per product (a deleted one is left out)."""
        levels: dict[str, int] = {}
        for product_id in product_ids:
            try:
                for variant in self.get_product(product_id).variants:
                    levels[variant.sku] = variant.stock
            except NotFound:
                continue
        return levels

    def prepare_stock(self, items: list[StockChange], key: str, *,
                      sent: bool) -> list[StockChange]:
        """Turns each delta into a compare-and-set on the level read now (expected -> new; a
        SKU's later deltas in the batch chain on from its earlier ones). The engine persists the
        result before sending it, so a retry, after a restart too, sends the same levels.

        When this form may already have been sent (`sent`), it is kept, except for SKUs this
        process knows it has not landed (an answer refused it, or a read-back after a lost reply
        showed the expected level): those are planned again on the current level, since another
        change may have come in meanwhile. Only the SKUs planned here count as unsent for
        `update_stock`; the kept ones stay "may have landed". Absolute sets (with `expected`)
        are already a compare-and-set and pass as they are."""
        clean = self._clean.get(key, set()) if sent else {i.sku for i in items}
        if not clean:
            return items
        grouped, unknown = self._by_product([i.sku for i in items])
        levels = self._levels(grouped)
        self._read[key] = dict(levels)
        level = dict(levels)
        prepared: list[StockChange] = []
        for item in items:
            if item.sku not in clean:
                prepared.append(item)
                if item.set is not None:
                    level[item.sku] = item.set
                continue
            if item.adjust is None:  # an absolute set: its own compare-and-set
                prepared.append(item)
                if item.set is not None:
                    level[item.sku] = item.set
                continue
            now = level.get(item.sku)
            if item.sku in unknown or now is None or now + item.adjust < 0:
                # unknown here, gone there, or more than is left: sent as nothing (refused or
                # retried under a new batch by `update_stock`)
                prepared.append(replace(item, set=None, expected=None))
                continue
            prepared.append(replace(item, expected=now, set=now + item.adjust))
            level[item.sku] = now + item.adjust
        # Only what was planned here is known unsent: a kept form may have landed (an earlier
        # process's attempt), and calling it unsent would let `update_stock` judge it by level.
        self._clean[key] = set(clean)
        return prepared

    def update_stock(self, items: list[StockChange], key: str) -> list[ItemResult]:
        """Sends the compare-and-sets `prepare_stock` made. AliExpress's inventory call only
        takes levels, so what is sent depends on what this process knows of each SKU's chain:

        - planned by this process and not sent since (`_clean`): at the expected level it is
          written (the level was read just before; a move landing in between is the same one
          round-trip window as any read-then-write here);
        - shown landed by a read-back right after its lost reply (`_landed`): acknowledged;
        - otherwise this form may have gone out in an earlier attempt (a process killed after
          counting it, or a lost reply whose read-back failed) and its outcome is unknown. The
          level cannot tell: other moves can bring the SKU to exactly the new level although
          the attempt never landed (acknowledging it would lose the move), or back to the
          expected one after it landed (writing it again would apply it twice). So, unless the
          chain nets to nothing (either outcome leaves the level as it is: acknowledged), the
          items are refused as `stock-mismatch` and the engine surfaces a stock conflict:
          theirs the level there (it landed), mine that level plus the chain's moves (it did
          not); the owner, who can count the shelf, decides. (An absolute set the owner counted,
          never sent and finding neither its expected level nor its own, is refused the same
          way, as the canonical API's compare-and-set refuses it.)

        A reply lost after sending (reset, timeout, cut body) is checked at once by reading the
        levels back: landed means success, the expected level means not applied (and known to
        be so, for `prepare_stock`); unreadable, the outcome stays unknown (see above)."""
        skus = [i.sku for i in items]
        grouped, unknown = self._by_product(skus)
        levels = self._read.pop(key, None)
        if levels is None:
            levels = self._levels(grouped)
        outcome: dict[int, ItemResult] = {}
        chains: dict[str, list[int]] = {}
        for index, item in enumerate(items):
            if item.sku in unknown:
                continue
            if item.sku not in levels:  # its product is gone there: refused, as by the
                # canonical API (the engine drops a move of a listing deleted here too, and
                # holds one deleted only there with the listing's `_deleted` conflict)
                outcome[index] = ItemResult(ok=False, sku=item.sku, error=NotFound(
                    f"SKU {item.sku} is no longer on AliExpress."))
                continue
            if item.set is None:
                if item.adjust is not None and levels[item.sku] + item.adjust < 0:
                    outcome[index] = ItemResult(ok=False, sku=item.sku, error=MarketplaceError(
                        ErrorKind.REJECTED, f"SKU {item.sku} has {levels[item.sku]} in stock;"
                        f" cannot take {-item.adjust}.", code="insufficient-stock"))
                else:  # never planned (unknown when prepared): a new batch plans it
                    outcome[index] = ItemResult(ok=False, sku=item.sku, error=MarketplaceError(
                        ErrorKind.RETRYABLE, f"SKU {item.sku} is to be planned again.",
                        retry_after=1))
                continue
            chains.setdefault(item.sku, []).append(index)
        writes: dict[str, int] = {}
        expected: dict[str, int | None] = {}
        unsent = self._clean.get(key, set())
        landed = self._landed.get(key, set())
        counts: dict[int, int] = {}
        """Index -> the level after that item, where it is not simply the item's `set`."""
        for sku, chain in chains.items():
            first, last, now = items[chain[0]], items[chain[-1]], levels[sku]
            expected[sku] = first.expected
            if sku in landed:
                continue  # a read-back right after its lost reply showed it there
            if first.expected is None:  # a bare absolute set: writing it twice is writing once
                writes[sku] = int(last.set or 0)
                continue
            if sku in unsent:  # never sent: the level says where it stands
                if now == first.expected:
                    if now != last.set:
                        writes[sku] = int(last.set or 0)
                    continue
                if now == last.set:
                    continue  # an absolute set whose level is there already
            mine, after = now, []
            for index in chain:
                item = items[index]
                mine = mine + item.adjust if item.adjust is not None else int(item.set or 0)
                after.append(mine)
            if sku not in unsent and mine == now:
                # landed or not, the level is right as it is (moves netting to nothing, or
                # ending in an absolute set already there): nothing to send, nothing to ask
                counts.update(zip(chain, after, strict=True))
                continue
            message = (f"Stock of {sku} is {now}, not {first.expected} as counted."
                       if sku in unsent else
                       f"Stock of {sku} is {now} (planned {first.expected} -> {last.set}): an"
                       f" earlier attempt may or may not have landed, and AliExpress cannot"
                       f" say which.")
            for index in chain:
                outcome[index] = ItemResult(ok=False, sku=sku, stock=now, error=MarketplaceError(
                    ErrorKind.REJECTED, message, code="stock-mismatch", current=mine))
        sending = {pid: [s for s in members if s in writes] for pid, members in grouped.items()}
        sending = {pid: members for pid, members in sending.items() if members}
        answer: dict[str, Any] = {}
        if sending:
            self._clean.get(key, set()).difference_update(writes)
            try:
                answer = self.client.call(
                    "aliexpress.solution.batch.product.inventory.update", {
                        "mutiple_product_update_list": [
                            {"product_id": pid, "multiple_sku_update_list": [
                                {"sku_code": s, "inventory": str(writes[s])} for s in members]}
                            for pid, members in sending.items()]})
            except MarketplaceError as error:
                if error.code != REPLY_LOST:  # an answer, or no connection: it did not run
                    self._clean.setdefault(key, set()).update(writes)
                    raise
                try:
                    after = self._levels(list(sending))
                except MarketplaceError:
                    raise error from None
                missed = {s for s in writes if after.get(s) == expected[s]}
                self._clean.setdefault(key, set()).update(missed)
                self._landed.setdefault(key, set()).update(
                    s for s in writes if after.get(s) == writes[s])
                if any(after.get(s) != writes[s] for s in writes):
                    raise error from None
        results = self._results(skus, grouped, unknown, answer,
                                {i.sku: int(i.set or 0) for i in items})
        final = [outcome.get(index) or ItemResult(
            ok=r.ok, sku=r.sku, error=r.error,
            stock=counts.get(index, items[index].set) if r.ok else None)
            for index, r in enumerate(results)]
        if all(r.ok or (r.error and r.error.kind != ErrorKind.RETRYABLE) for r in final):
            self._clean.pop(key, None)
            self._landed.pop(key, None)
        return final

    # -- orders -----------------------------------------------------------------------------

    def fulfil(self, order_id: str, body: dict[str, Any], key: str) -> RemoteOrder:
        """Declares a shipment unless the order already shows it (a retry after a lost reply
        finds it in the logistics list and declares nothing)."""
        order = self.get_order(order_id)
        carrier, tracking = str(body["carrier"]), str(body["tracking_number"])
        if any(f.tracking_number == tracking and f.carrier == carrier
               for f in order.fulfilments):
            return order
        left = {line.id: line.quantity - line.shipped_quantity for line in order.lines}
        package: list[dict[str, Any]] = []
        for wanted in body.get("lines") or []:
            quantity = int(wanted["quantity"])
            line = next((ln for ln in order.lines if (ln.id == wanted.get("line_id") or
                                                      ln.sku == wanted.get("sku"))
                         and left[ln.id] >= quantity), None)
            if line is None:
                raise MarketplaceError(ErrorKind.REJECTED,
                                       f"Nothing left to ship for {wanted.get('sku')}.")
            left[line.id] -= quantity
            package.append({"child_order_id": line.id, "quantity": quantity})
        part = bool(package) and any(v > 0 for v in left.values())
        params: dict[str, Any] = {
            "service_name": carrier, "logistics_no": tracking, "out_ref": order_id,
            "send_type": "part" if part else "all",
            "tracking_website": body.get("tracking_url") or None,
            "description": f"SellerDesk {key}"}
        if part:
            params["package_lines"] = package
        self.client.call("aliexpress.solution.order.fulfill", params)
        return self.get_order(order_id)

    def carriers(self) -> list[Carrier]:
        answer = self.client.call("aliexpress.logistics.redefining.listlogisticsservice")
        return [Carrier(code=str(s["service_name"]), name=str(s.get("display_name") or
                                                               s["service_name"]))
                for s in answer.get("result_list") or []]

    def cancel_order(self, order_id: str, reason: str, key: str) -> RemoteOrder:
        raise MarketplaceError(ErrorKind.REJECTED, "On AliExpress the buyer cancels an order;"
                               " sellers cannot cancel one through the API.",
                               code="not-supported")

    # -- photos -----------------------------------------------------------------------------

    def upload_media(self, data: bytes, filename: str, content_type: str,
                     key: str) -> RemoteMedia:
        """Puts a photo in the photobank (≤ 3 MB; listings may only use photobank URLs).

        The photobank reports no digest, so `sha256` stays empty (the engine then skips its
        check). It has no idempotency key either: a retry after a lost reply may leave a second
        copy in the photobank, never a second photo on a listing (listings name one URL)."""
        answer = self.client.call("aliexpress.photobank.redefining.uploadimageforsdk",
                                  {"file_name": filename, "group_id": "0"},
                                  files={"image_bytes": (filename, data, content_type)})
        try:
            url = str(answer["photobank_url"])
        except (KeyError, TypeError) as exc:
            raise MarketplaceError(ErrorKind.RETRYABLE,
                                   "AliExpress sent an incomplete reply.") from exc
        return RemoteMedia(id=mapping.photo_id(url), sha256="", content_type=content_type,
                           size=len(data), url=url)

    def close(self) -> None:
        self.client.close()
