"""Paging through the change feed: pages are downloaded in the fetch thread and parsed where
they are applied (`engine.pull_steps`; the worker process of a big pull is off here, see
test_sync_page_parser.py); a page that does not parse ends the pass after the
pages before it were stored with their cursor, and the next pass goes on from there."""

from __future__ import annotations

from typing import Any

import pytest
from sync_helpers import Client, Server, figure

from sellerdesk.marketplaces import rest
from sellerdesk.marketplaces.base import ErrorKind


def _local_skus(client: Client) -> list[str]:
    from sqlalchemy import select

    from sellerdesk.store.models import Variant

    with client.db.read() as session:
        return sorted(session.scalars(select(Variant.sku).where(Variant.deleted_at.is_(None))))


def test_a_page_that_does_not_parse_keeps_the_pages_before_it(
        client: Client, server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    skus = [f"PAGE-{n}" for n in range(6)]
    for sku in skus:
        server.create_product(sku, f"Tazza {sku}")
    monkeypatch.setattr(rest, "FEED_PAGE", 2)  # a page per two feed entries
    real = client.market.parse_changes
    pages: list[bytes] = []

    def parse(page: bytes) -> Any:
        if not any(page is seen for seen in pages):
            pages.append(page)
        if len(pages) >= 3 and page is pages[2]:
            # the third page arrived cut short, yet as a whole reply: it never parses
            return real(page[: len(page) // 2])
        return real(page)

    monkeypatch.setattr(client.market, "parse_changes", parse)
    monkeypatch.setattr(client.market, "page_parser", None)  # each page through `parse`
    report = client.sync()
    kept = _local_skus(client)
    figure(f"a page that does not parse: {report.pages} pages taken, error "
           f"{report.error and report.error.kind}, {len(kept)} products kept before it")
    assert report.error is not None and report.error.kind == ErrorKind.RETRYABLE
    assert "incomplete" in report.error.message
    assert report.pages == 2 and len(kept) == 2  # the pages before it stayed, with their cursor

    monkeypatch.setattr(client.market, "parse_changes", real)  # the page comes whole again
    again = client.sync()
    total = -(-len(server.feed()) // 2)  # pages of two in the whole feed
    assert again.ok and again.pages == total - 2  # from the third page on, not from the start
    assert _local_skus(client) == sorted(skus)  # every product once
