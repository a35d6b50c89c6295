"""What every page of the window shares: the shop's data, its services, locale and jobs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sellerdesk.catalogue import Catalogue
from sellerdesk.catalogue.queries import CatalogueBrowser
from sellerdesk.i18n import Formatter
from sellerdesk.orders.queries import OrderBrowser
from sellerdesk.paths import DataDir
from sellerdesk.settings import Settings
from sellerdesk.store import Database
from sellerdesk.sync.outbox import Outbox
from sellerdesk.ui.jobs import Jobs


@dataclass
class AppContext:
    data: DataDir
    database: Database
    settings: Settings
    locale: str  # Babel locale for formats, e.g. it_IT
    language: str  # UI language, e.g. it
    jobs: Jobs
    shop_name: str = "SellerDesk"
    demo: bool = False
    demo_marketplace: str = "rest"  # the demo syncs through "rest" or the "aliexpress" gateway
    # Run at quit, after background jobs are cancelled (stop the sync, the demo marketplace).
    closers: list[Callable[[], object]] = field(default_factory=list)
    formatter: Formatter = field(init=False)
    catalogue: Catalogue = field(init=False)
    products: CatalogueBrowser = field(init=False)
    orders: OrderBrowser = field(init=False)
    outbox: Outbox = field(init=False)

    def __post_init__(self) -> None:
        self.formatter = Formatter(self.locale)
        self.catalogue = Catalogue(self.database)
        self.products = CatalogueBrowser(self.database)
        self.orders = OrderBrowser(self.database)
        self.outbox = Outbox(self.database)

    def close(self) -> None:
        for closer in self.closers:
            try:
                closer()
            except Exception:  # quitting goes on; the log says what failed
                import logging

                logging.getLogger(__name__).exception("closing %r failed", closer)
        self.closers.clear()
        self.database.close()
