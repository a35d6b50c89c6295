"""The photo gallery of a product, the thumbnail provider and the folder import dialog.

Wiring (see each module for details):

    library = PhotoLibrary(ctx.database, ctx.data.photos)         # sellerdesk.photos
    thumbnails = ThumbnailProvider(library, ctx.jobs, parent=window)
    gallery = PhotoGallery(library, ctx.jobs, ctx.formatter, thumbnails, parent)
    gallery.set_product(product_id)
    dialog = ImportPhotosDialog(library, ctx.jobs, [folder], parent)  # SKU-matched preview
"""

from sellerdesk.ui.photos.gallery import PhotoGallery
from sellerdesk.ui.photos.import_dialog import ImportPhotosDialog
from sellerdesk.ui.photos.thumbnails import ThumbnailProvider

__all__ = ["ImportPhotosDialog", "PhotoGallery", "ThumbnailProvider"]
