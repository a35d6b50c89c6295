"""Product photos: import, content-addressed storage, thumbnails, marketplace checks, uploads.

No Qt and no HTTP here: the window (`sellerdesk.ui.photos`), the command line
(`sellerdesk.commands.photos`) and the sync engine all work through `PhotoLibrary`.
"""

from sellerdesk.photos.checks import DEFAULT_RULES, Problem, Rules
from sellerdesk.photos.errors import PhotoRefused
from sellerdesk.photos.gallery import PhotoView
from sellerdesk.photos.importer import Imported, ImportReport, Progress
from sellerdesk.photos.library import THUMB_SIZES, PhotoLibrary, VariantChoice
from sellerdesk.photos.messages import Message
from sellerdesk.photos.planning import ImportPlan, PlannedPhoto, Target
from sellerdesk.photos.prepare import Refusal

__all__ = [
    "DEFAULT_RULES",
    "THUMB_SIZES",
    "ImportPlan",
    "ImportReport",
    "Imported",
    "Message",
    "PhotoLibrary",
    "PhotoRefused",
    "PhotoView",
    "PlannedPhoto",
    "Problem",
    "Progress",
    "Refusal",
    "Rules",
    "Target",
    "VariantChoice",
]
