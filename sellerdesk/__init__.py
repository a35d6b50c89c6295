"""SellerDesk: offline-first desktop app for marketplace sellers."""

__version__ = "0.1.0"
