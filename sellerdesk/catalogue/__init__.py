"""Catalogue use cases on the local store: products, variants, translations and stock."""

from sellerdesk.catalogue.inputs import ProductInput, VariantInput
from sellerdesk.catalogue.service import Catalogue
from sellerdesk.catalogue.views import ProductView, VariantView

__all__ = ["Catalogue", "ProductInput", "ProductView", "VariantInput", "VariantView"]
