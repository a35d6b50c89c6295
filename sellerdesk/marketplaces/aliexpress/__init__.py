"""The AliExpress adapter (aliexpress.solution.* over the IOP gateway). See docs/aliexpress.md."""

from sellerdesk.marketplaces.aliexpress.adapter import AliExpressMarketplace
from sellerdesk.marketplaces.aliexpress.client import AliExpressClient, AppCredentials

__all__ = ["AliExpressClient", "AliExpressMarketplace", "AppCredentials"]
