"""What the photo library tells the owner, as codes with arguments that either side can word.

The photo library has no Qt (layers point one way), yet its messages must reach the window in the
user's language. Each message is a code, an English template and its arguments. The templates are
marked with a local `QT_TRANSLATE_NOOP`, which `pyside6-lupdate` extracts like Qt's own, so they
land in the `.ts` files under the `PhotoMessages` context; the window passes `translate` and a
number formatter to `Message.text`, the command line uses the English as it is.
"""

from __future__ import annotations

from collections.abc import Callable

CONTEXT = "PhotoMessages"
Arg = str | int | float


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Marks `text` for translation in `context` and returns it unchanged."""
    return text


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


def _plain_number(value: int | float) -> str:
    if isinstance(value, float) and not value.is_integer():
        return f"{value:.1f}"
    return str(int(value))


class Message:
    """A message code and its arguments; `%1`, `%2`… in the template take the arguments.

    Immutable and picklable, so it crosses thread and process pools: `Message("bomb", w, h, 89)`.
    """

    __slots__ = ("args", "code")

    def __init__(self, code: str, *args: Arg) -> None:
        if code not in TEMPLATES:
            raise KeyError(f"no message {code!r}")
        object.__setattr__(self, "code", code)
        object.__setattr__(self, "args", tuple(args))

    code: str
    args: tuple[Arg, ...]

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Message is immutable")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Message) and (self.code, self.args) == (other.code, other.args)

    def __hash__(self) -> int:
        return hash((self.code, self.args))

    def __repr__(self) -> str:
        return f"Message({', '.join(repr(x) for x in (self.code, *self.args))})"

    def __reduce__(self) -> tuple[type[Message], tuple[Arg, ...]]:
        return (Message, (self.code, *self.args))

    def text(
        self,
        translate: Callable[[str, str], str] | None = None,
        number: Callable[[int | float], str] = _plain_number,
    ) -> str:
        template = TEMPLATES[self.code]
        if translate is not None:
            template = translate(CONTEXT, template)
        # Highest index first, so %1 never eats the start of %10.
        for index in range(len(self.args), 0, -1):
            value = self.args[index - 1]
            shown = value if isinstance(value, str) else number(value)
            template = template.replace(f"%{index}", shown)
        return template

    def __str__(self) -> str:
        return self.text()


def megabytes(size: int) -> float:
    """Bytes as the MB (MiB) figure shown to owners, with one decimal."""
    return round(size / (1024 * 1024), 1)
