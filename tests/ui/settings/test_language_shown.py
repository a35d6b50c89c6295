"""Settings shows the language actually in use (#16.3): started with `--lang it` on an English
system, the page said "Language: Same as the system" beside an Italian window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from sellerdesk.app import create_context
from sellerdesk.paths import DataDir
from sellerdesk.ui.settings.page import SettingsPage


@pytest.fixture
def english_system(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")


def _page(tmp_path: Path, qtbot: Any, lang: str | None) -> SettingsPage:
    ctx = create_context(DataDir(tmp_path / "shop").ensure(), lang=lang)
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.destroyed.connect(ctx.close)
    return page


def test_lang_option_is_said_beside_same_as_the_system(
        english_system: None, tmp_path: Path, qtbot: Any) -> None:
    page = _page(tmp_path, qtbot, "it")
    assert page.language.currentData() is None  # the saved choice is unchanged
    assert page.language.currentText() == "Same as the system (English)"
    assert page.restart_note.text() == ("In use now: Italian, chosen with --lang when "
                                        "SellerDesk started.")


def test_no_note_when_the_choice_is_in_use(english_system: None, tmp_path: Path,
                                           qtbot: Any) -> None:
    page = _page(tmp_path, qtbot, None)
    assert page.language.currentText() == "Same as the system (English)"
    assert page.restart_note.text() == ""
