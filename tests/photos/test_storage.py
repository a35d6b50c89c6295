"""Content-addressed files: atomic writes, durable before the row, nothing outside the folder."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import select

from sellerdesk.crashpoints import ENV
from sellerdesk.paths import DataDir
from sellerdesk.photos import PhotoLibrary
from sellerdesk.photos.storage import ContentStore, check_hash
from sellerdesk.store import Database
from sellerdesk.store.models import HistoryEntry, OutboxEntry, Photo
from tests.photos import pictures

ROOT = Path(__file__).resolve().parents[2]


def test_hashes_from_outside_never_become_paths(tmp_path: Path) -> None:
    store = ContentStore(tmp_path)
    for bad in ("../../etc/passwd", "ab", "A" * 64, "0" * 63 + "/"):
        with pytest.raises(ValueError):
            check_hash(bad)
        with pytest.raises(ValueError):
            store.thumb_path(bad, 256)


def test_a_failed_rename_leaves_no_file_and_no_row(
    library: PhotoLibrary, make_product, data_dir: DataDir, monkeypatch: pytest.MonkeyPatch
) -> None:
    product = make_product("SOFA-001")

    def full_disk(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(Exception, match="No space left"):
        library.add_bytes(product, pictures.photo((900, 900), seed=1), "a.jpg")

    assert library.photos(product) == []
    assert not list((data_dir.photos / "incoming").iterdir())
    assert not (data_dir.photos / "objects").exists() or not any(
        p.is_file() for p in (data_dir.photos / "objects").rglob("*"))


def test_stale_temporaries_are_swept_recent_ones_kept(tmp_path: Path) -> None:
    store = ContentStore(tmp_path)
    store.incoming.mkdir(parents=True)
    old, new = store.incoming / "in-old.part", store.incoming / "in-new.part"
    old.write_bytes(b"x")
    new.write_bytes(b"x")
    os.utime(old, (1, 1))
    assert store.sweep_incoming() == 1
    assert not old.exists() and new.exists()


def test_a_crash_mid_commit_leaves_rows_whole_and_files_present(tmp_path: Path) -> None:
    """SIGKILL inside the import's transaction, after the rows, history and outbox entries were
    flushed but before the commit: afterwards there is no half of it, and a retry imports."""
    point = "journal.after_outbox"
    data = DataDir(tmp_path / "shop").ensure()
    folder = tmp_path / "camera"
    folder.mkdir()
    for n in (1, 2):
        (folder / f"SOFA-001_{n}.jpg").write_bytes(pictures.photo((900, 900), seed=300 + n))
    script = textwrap.dedent(f"""
        from pathlib import Path
        from sellerdesk.catalogue import Catalogue, ProductInput, VariantInput
        from sellerdesk.photos import PhotoLibrary
        from sellerdesk.store import Database
        db = Database.open(Path({str(data.database)!r}))
        Catalogue(db).create_product(ProductInput(texts={{"it": {{"title": "Divano"}}}},
            variants=[VariantInput(sku="SOFA-001", price_minor=1)]))
        import os
        os.environ["{ENV}"] = "{point}"
        PhotoLibrary(db, Path({str(data.photos)!r})).import_paths([Path({str(folder)!r})])
    """)
    child = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                           timeout=60)
    assert child.returncode == -9, child.stderr.decode()

    database = Database.open(data.database)
    try:
        with database.read() as session:
            photos = list(session.scalars(select(Photo)))
            history = {h.entity_id for h in session.scalars(
                select(HistoryEntry).where(HistoryEntry.entity == "photo"))}
            uploads = [o for o in session.scalars(select(OutboxEntry))
                       if o.operation == "photo_upload"]
        assert photos == [] and history == set() and uploads == []
        library = PhotoLibrary(database, data.photos)
        report = library.import_paths([folder])  # the retry imports everything
        assert len(report.imported) == 2
        for photo in library.photos(report.imported[0].product_id):
            assert library.file_path(photo.content_hash) is not None
        library.close()
    finally:
        database.close()
