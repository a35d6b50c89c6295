"""`write_new`: a file the owner named never replaces another by surprise, never writes through a
link, never creates folders where a typo pointed, and is never seen half-written."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from sellerdesk.safe_files import FileRefused, write_new


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def test_a_new_file_is_written(tmp_path: Path) -> None:
    assert write_new(tmp_path / "list.pdf", b"%PDF-1") == tmp_path / "list.pdf"
    assert (tmp_path / "list.pdf").read_bytes() == b"%PDF-1" and not leftovers(tmp_path)


def test_an_existing_file_is_refused_unless_forced(tmp_path: Path) -> None:
    target = tmp_path / "list.pdf"
    target.write_bytes(b"yesterday's")
    with pytest.raises(FileRefused, match=r"already exists.*--force") as refused:
        write_new(target, b"today's")
    assert refused.value.code == "exists" and target.read_bytes() == b"yesterday's"
    write_new(target, b"today's", force=True)
    assert target.read_bytes() == b"today's" and not leftovers(tmp_path)


@pytest.mark.skipif(os.name == "nt", reason="symbolic links need privileges there")
def test_a_link_is_never_written_through(tmp_path: Path) -> None:
    precious = tmp_path / "precious.txt"
    precious.write_bytes(b"keep me")
    link = tmp_path / "out.pdf"
    link.symlink_to(precious)
    dangling = tmp_path / "dangling.pdf"
    dangling.symlink_to(tmp_path / "nowhere" / "created.txt")

    with pytest.raises(FileRefused, match="already exists"):
        write_new(link, b"pdf")
    with pytest.raises(FileRefused, match="already exists"):
        write_new(dangling, b"pdf")
    write_new(link, b"pdf", force=True)  # replaces the link itself

    assert precious.read_bytes() == b"keep me"
    assert not link.is_symlink() and link.read_bytes() == b"pdf"
    assert not (tmp_path / "nowhere").exists()


def test_a_missing_folder_is_not_created(tmp_path: Path) -> None:
    with pytest.raises(FileRefused, match="does not exist") as refused:
        write_new(tmp_path / "typo" / "list.pdf", b"pdf", force=True)
    assert refused.value.code == "no_folder" and not (tmp_path / "typo").exists()


def test_a_folder_is_not_a_file_name(tmp_path: Path) -> None:
    with pytest.raises(FileRefused, match="is a folder"):
        write_new(tmp_path, b"pdf", force=True)


def test_a_writer_that_fails_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "list.pdf"
    target.write_bytes(b"old")

    def fail(path: Path) -> None:
        path.write_bytes(b"half")
        raise OSError(28, "No space left on device")

    with pytest.raises(FileRefused, match="No space left"):
        write_new(target, fail, force=True)
    assert target.read_bytes() == b"old" and not leftovers(tmp_path)


def test_the_writer_is_given_a_temporary_beside_the_target(tmp_path: Path) -> None:
    seen: list[Path] = []

    def write(path: Path) -> None:
        seen.append(path)
        assert not (tmp_path / "list.pdf").exists()  # nobody sees it half-written
        path.write_bytes(b"%PDF")

    write_new(tmp_path / "list.pdf", write)
    assert seen[0].parent == tmp_path and seen[0] != tmp_path / "list.pdf"
    assert (tmp_path / "list.pdf").read_bytes() == b"%PDF"
