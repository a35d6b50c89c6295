"""What the photo library tells the owner, as codes with arguments that either side can word.

The photo library has no Qt (layers point one way), yet its messages must reach the window in the
user's language. Each message is a code, an English template and its arguments, built on the
shared `sellerdesk.messages.Message`; the templates are marked with `QT_TRANSLATE_NOOP`, which
`pyside6-lupdate` extracts like Qt's own, so they land in the `.ts` files under the
`PhotoMessages` context; the window passes `translate` and a number formatter to
`Message.text`, the command line prints the same template in its `--lang` language.
"""

from __future__ import annotations

from sellerdesk.messages import QT_TRANSLATE_NOOP, Arg
from sellerdesk.messages import Message as BaseMessage

__all__ = ["CONTEXT", "TEMPLATES", "Arg", "Message", "megabytes"]
CONTEXT = "PhotoMessages"


TEMPLATES: dict[str, str] = {
    # -- refusals: the file was not imported
    "missing": QT_TRANSLATE_NOOP("PhotoMessages", "The file does not exist (any more)."),
    "not_a_file": QT_TRANSLATE_NOOP(
        "PhotoMessages", "This is a folder or a device, not a photo file."),
    "no_permission": QT_TRANSLATE_NOOP(
        "PhotoMessages", "SellerDesk is not allowed to read this file."),
    "unreadable": QT_TRANSLATE_NOOP("PhotoMessages", "The file cannot be read (%1)."),
    "empty": QT_TRANSLATE_NOOP(
        "PhotoMessages",
        "The file is empty (0 bytes): it was probably not copied completely."),
    "file_too_big": QT_TRANSLATE_NOOP(
        "PhotoMessages", "The file is %1 MB; files over %2 MB are not accepted."),
    "not_image": QT_TRANSLATE_NOOP(
        "PhotoMessages",
        "This is not a photo: the file's content is not an image, whatever its name says."),
    "heic": QT_TRANSLATE_NOOP(
        "PhotoMessages",
        "This is a HEIC photo (the iPhone's own format), which SellerDesk cannot read. Export "
        "it as JPEG, or set the iPhone to “Most Compatible” under Settings › Camera › Formats."),
    "unsupported": QT_TRANSLATE_NOOP(
        "PhotoMessages", "%1 files are not supported: save the photo as JPEG or PNG."),
    "damaged": QT_TRANSLATE_NOOP(
        "PhotoMessages",
        "The photo is damaged or incomplete (perhaps cut off while copying): copy it again "
        "from the camera or phone."),
    "bomb": QT_TRANSLATE_NOOP(
        "PhotoMessages",
        "The image claims %1 × %2 pixels, more than the %3 megapixels SellerDesk opens: "
        "decoding it could exhaust the computer's memory."),
    "out_of_memory": QT_TRANSLATE_NOOP(
        "PhotoMessages", "The photo is too large to process with the memory available."),
    "failed": QT_TRANSLATE_NOOP(
        "PhotoMessages", "SellerDesk could not process this photo (%1)."),
    "cancelled": QT_TRANSLATE_NOOP("PhotoMessages", "Not imported: the import was cancelled."),
    "no_match": QT_TRANSLATE_NOOP(
        "PhotoMessages",
        "No product's SKU matches this file name: name it like SKU_1.jpg, or add it from the "
        "product's photos."),
    "ambiguous": QT_TRANSLATE_NOOP(
        "PhotoMessages",
        "The file name matches several SKUs that differ only in upper and lower case (%1)."),
    "unknown_sku": QT_TRANSLATE_NOOP("PhotoMessages", "No product has the SKU “%1”."),
    "product_gone": QT_TRANSLATE_NOOP(
        "PhotoMessages", "The product was deleted while its photos were being imported."),
    "not_saved": QT_TRANSLATE_NOOP("PhotoMessages", "The photo could not be saved: %1"),
    # -- notes: imported, with something worth knowing
    "unsafe_name": QT_TRANSLATE_NOOP(
        "PhotoMessages",
        "The name “%1” is not safe as a file name on every computer; the photo is called "
        "“%2”."),
    "duplicate": QT_TRANSLATE_NOOP(
        "PhotoMessages",
        "This photo is already in the product's gallery, so it was not added a second time."),
    "rotated": QT_TRANSLATE_NOOP(
        "PhotoMessages", "Turned upright as the camera recorded it; the original is kept."),
    "ignored": QT_TRANSLATE_NOOP("PhotoMessages", "Not a photo (%1): left out."),
    # -- checks against the marketplace's rules
    "format": QT_TRANSLATE_NOOP(
        "PhotoMessages", "The marketplace does not accept %1 files, only JPEG, PNG and WebP."),
    "too_small": QT_TRANSLATE_NOOP(
        "PhotoMessages",
        "%1 × %2 pixels is too small: the marketplace needs at least %3 pixels on the short "
        "side. Use a larger photo."),
    "too_heavy": QT_TRANSLATE_NOOP(
        "PhotoMessages", "The file is %1 MB; the marketplace accepts at most %2 MB."),
    "aspect": QT_TRANSLATE_NOOP(
        "PhotoMessages",
        "The photo is too long and narrow (%1 : 1); the marketplace accepts up to %2 : 1."),
    "cmyk": QT_TRANSLATE_NOOP(
        "PhotoMessages",
        "The photo uses print colours (CMYK): browsers may show them wrongly."),
    "deep_colour": QT_TRANSLATE_NOOP(
        "PhotoMessages",
        "The photo has 16 bits per colour: the marketplace shows 8, and the file is larger "
        "than it needs to be."),
    # -- one-click fixes
    "fix_convert": QT_TRANSLATE_NOOP("PhotoMessages", "Convert to JPEG"),
    "fix_shrink": QT_TRANSLATE_NOOP("PhotoMessages", "Make the file smaller"),
    "fix_pad": QT_TRANSLATE_NOOP("PhotoMessages", "Add white margins"),
}


class Message(BaseMessage):
    """A photo message: `Message("bomb", w, h, 89)`; see `sellerdesk.messages.Message`."""

    CONTEXT = CONTEXT
    TEMPLATES = TEMPLATES
    __slots__ = ()


def megabytes(size: int) -> float:
    """Bytes as the MB (MiB) figure shown to owners, with one decimal."""
    return round(size / (1024 * 1024), 1)
