"""`sellerdesk photos import PATH... [--sku SKU] [--dry-run]` and `sellerdesk photos list SKU`.

Folders are matched to products by file name (`SOFA-001_2.jpg` is photo 2 of SOFA-001); with
`--sku` every file goes to that product. `--dry-run` prints the matches and imports nothing.
While importing, a progress bar is drawn on stderr when stderr is a terminal. The exit code is 1
when any file was refused, after a list of those files and why; files that are not photos at all
(`notes.txt` in a folder) are only mentioned.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sellerdesk.cli import Context
    from sellerdesk.photos import ImportPlan, ImportReport, PhotoLibrary, Progress


def register(sub: Callable[..., argparse.ArgumentParser]) -> None:
    photos = sub("photos", help="import product photos and list them")
    actions = photos.add_subparsers(dest="action", metavar="ACTION", required=True)

    def action(name: str, func: Callable[[Context], int], **kwargs: Any) -> argparse.ArgumentParser:
        parser = actions.add_parser(name, **kwargs)
        for option, spec in (("--json", {"action": "store_true"}),
                             ("--data-dir", {"metavar": "DIR"}),
                             ("--lang", {"metavar": "LANG"})):
            parser.add_argument(option, default=argparse.SUPPRESS, **spec)  # type: ignore[arg-type]
        parser.set_defaults(func=func)
        return parser

    importing = action("import", import_photos,
                       help="import photo files and folders (matched to SKUs by file name)")
    importing.add_argument("paths", nargs="+", metavar="PATH", type=Path)
    importing.add_argument("--sku", help="put every photo on the product with this SKU")
    importing.add_argument("--dry-run", action="store_true",
                           help="show which file would go to which product, import nothing")
    listing = action("list", list_photos, help="list a product's photos and their problems")
    listing.add_argument("sku")


class ProgressBar:
    """A one-line bar, redrawn at most ten times a second; silent when not on a terminal."""

    def __init__(self, stream: IO[str], total: int, *, enabled: bool | None = None) -> None:
        self.stream = stream
        self.total = total
        self.enabled = stream.isatty() if enabled is None else enabled
        self._drawn = 0.0
        self._width = 0

    def update(self, progress: Progress, *, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and now - self._drawn < 0.1 and progress.done < progress.total:
            return
        self._drawn = now
        columns = shutil.get_terminal_size((80, 20)).columns
        cells = 30
        filled = cells * progress.done // max(1, progress.total)
        counter = f"{progress.done}/{progress.total}"
        room = max(0, columns - cells - len(counter) - 6)
        name = progress.name if len(progress.name) <= room else "…" + progress.name[-room + 1:]
        line = f"[{'#' * filled}{'.' * (cells - filled)}] {counter}  {name if room else ''}"
        self.stream.write("\r" + line.ljust(self._width))
        self._width = len(line)
        self.stream.flush()

    def close(self) -> None:
        if self.enabled and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()


def _library(ctx: Context) -> PhotoLibrary:
    from sellerdesk.photos import PhotoLibrary

    # Full CPU priority: unlike the window, the command line has no event loop to keep smooth.
    return PhotoLibrary(ctx.database(), ctx.data.photos, low_priority=False)


def _preview(plan: ImportPlan) -> str:
    lines = []
    for photo in plan.photos:
        assert photo.target is not None
        where = photo.target.sku or photo.target.title
        number = f" #{photo.number}" if photo.number is not None else ""
        lines.append(f"{photo.name:<40} -> {where}{number}  {photo.target.title[:40]}")
    for photo in plan.unmatched:
        lines.append(f"{photo.name:<40} -> (no product) {photo.problem}")
    for skipped in plan.skipped:
        lines.append(f"{skipped.name:<40} -- {skipped.message}")
    lines.append(f"{len(plan.photos)} photo(s) for {plan.products} product(s), "
                 f"{len(plan.unmatched)} without a product.")
    return "\n".join(lines)


def _plan_json(plan: ImportPlan) -> dict[str, Any]:
    return {
        "photos": [{"file": str(p.source), "name": p.name, "sku": p.target.sku if p.target
                    else None, "product_id": p.target.product_id if p.target else None,
                    "variant_id": p.target.variant_id if p.target else None,
                    "number": p.number} for p in plan.photos],
        "unmatched": [{"file": str(p.source), "reason": str(p.problem)} for p in plan.unmatched],
        "skipped": [{"file": s.source, "reason": str(s.message)} for s in plan.skipped],
    }


def _report_json(report: ImportReport) -> dict[str, Any]:
    return {
        "imported": [{"photo_id": p.photo_id, "product_id": p.product_id, "name": p.name,
                      "content_hash": p.content_hash, "notes": [str(n) for n in p.notes]}
                     for p in report.imported],
        "duplicates": report.duplicates,
        "refused": [{"file": r.source or r.name, "code": r.message.code,
                     "reason": str(r.message)} for r in report.refused],
        "skipped": [{"file": s.source, "reason": str(s.message)} for s in report.skipped],
        "cancelled": report.cancelled,
        "seconds": round(report.seconds, 2),
    }


def _summary(report: ImportReport) -> str:
    lines = [f"Imported {len(report.imported)} photo(s) for {len(report.products)} product(s) "
             f"in {report.seconds:.1f} s."]
    for photo in report.imported:
        lines.extend(f"  {photo.name}: {note}" for note in photo.notes)
    if report.duplicates:
        lines.append(f"  {len(report.duplicates)} already in their gallery: "
                     + ", ".join(report.duplicates[:10])
                     + (" …" if len(report.duplicates) > 10 else ""))
    for skipped in report.skipped:
        lines.append(f"  left out {skipped.name}: {skipped.message}")
    return "\n".join(lines)


def import_photos(ctx: Context) -> int:
    args = ctx.args
    library = _library(ctx)
    try:
        plan = library.plan(args.paths, sku=args.sku)
        if args.dry_run:
            ctx.emit(_plan_json(plan), _preview(plan))
            return 0
        bar = ProgressBar(sys.stderr, len(plan.photos))
        try:
            report = library.import_plan(plan, progress=bar.update)
        finally:
            bar.close()
    finally:
        library.close()
    ctx.emit(_report_json(report), _summary(report))
    if report.refused:
        print(f"sellerdesk: {len(report.refused)} file(s) not imported:", file=sys.stderr)
        for refusal in report.refused:
            print(f"  {refusal.source or refusal.name}: {refusal.message}", file=sys.stderr)
        return 1
    return 0


def list_photos(ctx: Context) -> int:
    from sellerdesk.catalogue import Catalogue
    from sellerdesk.photos.errors import PhotoRefused

    library = _library(ctx)
    product = Catalogue(ctx.database()).get_by_sku(ctx.args.sku)
    rows: list[dict[str, Any]] = []
    lines: list[str] = []
    for photo in library.photos(product.id):
        try:
            problems = [str(p.message) for p in library.problems(photo.content_hash)]
        except PhotoRefused as exc:
            problems = [str(exc)]
        rows.append({"id": photo.id, "name": photo.file_name, "position": photo.position,
                     "main": photo.is_main, "variant_id": photo.variant_id,
                     "width": photo.width, "height": photo.height,
                     "content_hash": photo.content_hash, "media_id": photo.media_id,
                     "problems": problems})
        flag = "*" if photo.is_main else " "
        lines.append(f"{flag}{photo.position + 1:>3}  {photo.file_name:<40} "
                     f"{photo.width}×{photo.height}  {'uploaded' if photo.media_id else ''}")
        lines.extend(f"       ! {problem}" for problem in problems)
    ctx.emit(rows, "\n".join(lines) or "No photos.")
    return 0
