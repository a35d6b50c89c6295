"""A folder walked for photos never reaches outside itself through a symbolic link: a folder from
someone else (a USB stick, an unpacked archive) cannot bring in a picture from elsewhere on this
computer and have it uploaded to the marketplace."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from sellerdesk.photos import PhotoLibrary
from tests.photos import pictures

pytestmark = pytest.mark.skipif(os.name == "nt", reason="symbolic links need privileges there")


def test_links_in_a_walked_folder_are_left_out(library: PhotoLibrary, make_product,
                                               write_files, tmp_path: Path) -> None:
    make_product("SOFA-001")
    private = write_files({"holiday.jpg": pictures.photo((1200, 900), seed=7)}, "private")
    elsewhere = write_files({"SOFA-001_3.jpg": pictures.photo((1200, 900), seed=8)}, "other")
    folder = write_files({"SOFA-001_1.jpg": pictures.photo((1200, 900), seed=1)}, "stick")
    (folder / "SOFA-001_2.jpg").symlink_to(private / "holiday.jpg")
    (folder / "more").symlink_to(elsewhere, target_is_directory=True)

    preview = library.plan([folder])
    report = library.import_paths([folder])

    assert [p.name for p in preview.photos] == ["SOFA-001_1.jpg"]
    assert [p.name for p in report.imported] == ["SOFA-001_1.jpg"]
    assert not preview.unmatched and not report.refused


def test_a_link_named_explicitly_is_imported_as_named(library: PhotoLibrary, make_product,
                                                      write_files, tmp_path: Path) -> None:
    make_product("SOFA-001")
    folder = write_files({"original.jpg": pictures.photo((1200, 900), seed=2)})
    link = tmp_path / "SOFA-001.jpg"
    link.symlink_to(folder / "original.jpg")

    assert [p.name for p in library.import_paths([link]).imported] == ["SOFA-001.jpg"]
