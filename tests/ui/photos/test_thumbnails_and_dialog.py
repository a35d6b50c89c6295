"""The thumbnail provider for the product table, and the folder import dialog."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sellerdesk.catalogue import Catalogue, ProductInput, VariantInput
from sellerdesk.photos import PhotoLibrary
from sellerdesk.ui.jobs import Jobs
from sellerdesk.ui.photos import ImportPhotosDialog, ThumbnailProvider
from tests.photos import pictures
from tests.ui.conftest import wait_until


def test_product_thumbnails_arrive_after_a_placeholder(
    run: Any, provider: ThumbnailProvider, sofa: str, catalogue: Catalogue,
    decoding_threads: list[bool]
) -> None:
    bare = catalogue.create_product(ProductInput(
        texts={"it": {"title": "Senza foto"}}, variants=[VariantInput(sku="NOPH-1",
                                                                      price_minor=1)]))
    ready: list[str] = []
    provider.product_ready.connect(ready.append)

    async def scenario() -> None:
        first = provider.product_thumbnail(sofa, 32)
        assert first is provider.placeholder(32)  # at once, without touching the disk
        assert provider.product_thumbnail(bare, 32) is provider.placeholder(32)
        await wait_until(lambda: sofa in ready and bare in ready)
        await wait_until(lambda: provider.product_thumbnail(sofa, 32) is not
                         provider.placeholder(32))

    run(scenario())
    pixmap = provider.product_thumbnail(sofa, 32)
    assert pixmap is not None
    assert max(pixmap.width(), pixmap.height()) == round(32 * pixmap.devicePixelRatio())
    assert provider.product_thumbnail(bare, 32) is None  # no photo: no icon
    assert not any(decoding_threads)


def test_the_cache_is_bounded(run: Any, library: PhotoLibrary, jobs: Jobs, sofa: str) -> None:
    provider = ThumbnailProvider(library, jobs, capacity=2)
    hashes = [p.content_hash for p in library.photos(sofa)]

    async def scenario() -> None:
        for content_hash in hashes:
            provider.thumbnail(content_hash, 64)
        await wait_until(lambda: not provider._queued and not provider._busy)

    run(scenario())
    assert sum(provider.cached(h, 64) is not None for h in hashes) == 2


def test_folder_import_dialog_previews_then_imports(
    run: Any, qtbot: Any, library: PhotoLibrary, jobs: Jobs, sofa: str, tmp_path: Path
) -> None:
    folder = tmp_path / "photos"
    folder.mkdir()
    (folder / "SOFA-RED_1.jpg").write_bytes(pictures.photo((1000, 800), seed=800))
    (folder / "SOFA-BLU_1.jpg").write_bytes(pictures.photo((1000, 800), seed=801))
    (folder / "LAMP-9_1.jpg").write_bytes(pictures.photo((1000, 800), seed=802))
    dialog = ImportPhotosDialog(library, jobs, [folder])
    qtbot.addWidget(dialog)
    reports: list[Any] = []
    dialog.imported.connect(reports.append)

    async def scenario() -> None:
        dialog.show()
        await wait_until(lambda: dialog.plan is not None)
        rows = [dialog.tree.topLevelItem(n) for n in range(dialog.tree.topLevelItemCount())]
        assert [(r.text(0), r.text(2)) for r in rows] == [
            ("SOFA-BLU_1.jpg", "SOFA-BLU"), ("SOFA-RED_1.jpg", "SOFA-RED"),
            ("LAMP-9_1.jpg", "")]
        assert dialog.summary.text() == ("2 photo(s) to import for 1 product(s). 1 file(s) "
                                         "match no product and will be left out.")
        assert library.photos(sofa)[-1].file_name == "sofa-2.jpg"  # nothing written yet
        dialog.import_button.click()
        await wait_until(lambda: bool(reports))

    run(scenario())
    [report] = reports
    assert len(report.imported) == 2
    variants = {v.sku: v.id for v in library.variants(sofa)}
    added = {p.file_name: p.variant_id for p in library.photos(sofa)[3:]}
    assert added == {"SOFA-BLU_1.jpg": variants["SOFA-BLU"],
                     "SOFA-RED_1.jpg": variants["SOFA-RED"]}
    assert dialog.close_button.text() == "Close"
