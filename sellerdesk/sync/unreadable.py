"""The pull's answers to replies it cannot use: unreadable items, set-aside items fetched again,
and a saved cursor the marketplace refuses. None of them may stop a shop from syncing for good.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from sellerdesk.marketplaces.base import (
    ErrorKind,
    Marketplace,
    MarketplaceError,
    NotFound,
    RemoteProduct,
)
from sellerdesk.store import Database
from sellerdesk.store.models import Variant
from sellerdesk.sync import pull, quarantine
from sellerdesk.sync.messages import english

log = logging.getLogger(__name__)
MAX_ROUNDS = 10  # set-aside rounds for one group of pages: bounded, like every loop here


def unreadable_error(bad: quarantine.UnreadableItems) -> MarketplaceError:
    first = bad.items[0]
    return MarketplaceError(  # the reason names the item ("order ord_7: …"), for the log
        ErrorKind.RETRYABLE, english("unreadable_item", first.reason, quarantine.LIMIT),
        status=200, code="unreadable_item")


def write_pages(database: Database, account_id: str, apply: Callable[[Session], int]) -> int:
    """`database.run_write(apply)` for a group of feed pages. A page holding unreadable items
    fails the pass and counts a failure for each; once every one of them has failed
    `quarantine.LIMIT` passes they are set aside and the group is applied without them."""
    for _round in range(MAX_ROUNDS):
        try:
            return database.run_write(apply)
        except quarantine.UnreadableItems as bad:
            def note(session: Session, items: quarantine.UnreadableItems = bad) -> bool:
                return all([quarantine.note_failure(
                    session, account_id, item.entity, item.id, code="unreadable_item",
                    reason=item.reason) for item in items.items])

            if not database.run_write(note):
                raise unreadable_error(bad) from None
    raise MarketplaceError(ErrorKind.RETRYABLE, english(
        "unreadable_item", "too many unreadable items in one pull", quarantine.LIMIT),
        status=200, code="unreadable_item")


def refused_cursor(error: MarketplaceError) -> bool:
    """Did the marketplace (or our own check) refuse the saved feed position itself?"""
    return error.code == "cursor_refused" or (
        error.kind == ErrorKind.REJECTED and error.status in (400, 422))


def fetch_set_aside(database: Database, market: Marketplace, account_id: str) -> None:
    """Fetch every set-aside item again by id: applied and forgotten when it reads, forgotten
    when the marketplace no longer has it, kept (with the new reason) when it still fails."""
    with database.read() as session:
        todo = quarantine.to_fetch_again(session, account_id)
        products = {remote_id: _product_of(session, entity, remote_id)
                    for entity, remote_id in todo}
    for entity, remote_id in todo:
        product_id = products[remote_id]
        if product_id is None:
            continue  # an order or an unknown variant: its next state in the feed reads it
        try:
            remote = market.get_product(product_id)
        except NotFound:
            log.info("%s %s is gone from the marketplace: no longer set aside", entity,
                     remote_id)
            database.run_write(lambda s, e=entity, r=remote_id: quarantine.forget(
                s, account_id, e, r))
            continue
        except MarketplaceError as error:
            if error.code != "malformed_reply":
                raise
            database.run_write(lambda s, e=entity, r=remote_id, m=error.message:
                               quarantine.note_failure(s, account_id, e, r,
                                                       code="unreadable_item", reason=m))
            continue

        def apply(session: Session, e: str = entity, r: str = remote_id,
                  product: RemoteProduct = remote) -> None:
            pull.apply_product(session, product, pull.Pending(session))
            quarantine.forget(session, account_id, e, r)

        database.run_write(apply)


def _product_of(session: Session, entity: str, remote_id: str) -> str | None:
    if entity == "product":
        return remote_id
    if entity == "variant":
        variant = session.scalar(select(Variant).where(Variant.remote_id == remote_id))
        return variant.product.remote_id if variant is not None else None
    return None
