"""The installed app finds the owner's language on every desktop (#16.3).

Apps started from the Windows Start menu or the macOS Finder get no `LANG`; Windows' own
`locale.getlocale()` says `Italian_Italy` (Babel rejects it) and macOS's says None. The inputs
of each system are injected: no real Windows or Mac is needed.
"""

from __future__ import annotations

import pytest

from sellerdesk.i18n import babel_name, resolve_locale, system_locale, ui_language


def _qt(name: str, languages: list[str]):  # type: ignore[no-untyped-def]
    return lambda: (name, languages)


def _no_os_locale() -> None:
    return None


def test_windows_start_menu_italian_owner_gets_italian() -> None:
    """No LANG; Qt reads the Windows user locale; getlocale() would say Italian_Italy."""
    found = system_locale({}, _qt("it_IT", ["it-IT"]), lambda: "Italian_Italy")
    assert found == "it_IT"
    assert ui_language(resolve_locale(found)) == "it"


def test_windows_names_from_getlocale_are_understood() -> None:
    """Where Qt says nothing useful, Windows' own spelling is mapped, not rejected."""
    assert system_locale({}, _qt("C", ["C"]), lambda: "Italian_Italy") == "it_IT"
    assert system_locale({}, _qt("", []), lambda: "Italian_Switzerland") == "it_CH"


@pytest.mark.parametrize(("windows", "babel"), [
    ("Italian_Italy", "it_IT"), ("Italian_Italy.1252", "it_IT"),
    ("English_United Kingdom", "en_GB"), ("German_Switzerland", "de_CH"),
    ("Spanish_Spain", "es_ES"), ("Italian", "it"),
])
def test_windows_locale_names(windows: str, babel: str) -> None:
    assert babel_name(windows) == babel


def test_macos_finder_italian_owner_gets_italian() -> None:
    """macOS: no LANG, getlocale() None; the preferred languages list Italian first, while the
    formats region may be another language's."""
    assert system_locale({}, _qt("en_IT", ["it-IT", "en-US"]), _no_os_locale) == "it_IT"
    assert system_locale({}, _qt("it_CH", ["it-CH", "en"]), _no_os_locale) == "it_CH"


def test_terminal_lang_still_wins() -> None:
    found = system_locale({"LANG": "it_IT.UTF-8"}, _qt("en_US", ["en-US"]), _no_os_locale)
    assert found == "it_IT"


def test_c_locale_is_not_a_language() -> None:
    """LANG=C (a bare container) says nothing: the next source is asked, then en_GB."""
    assert system_locale({"LANG": "C.UTF-8"}, _qt("C", ["C"]), _no_os_locale) == "en_GB"
    assert system_locale({"LANG": "C"}, _qt("C", ["C"]), lambda: "it_IT") == "it_IT"


def test_unknown_names_fall_back_to_english() -> None:
    assert system_locale({}, _qt("xx_YY", ["xx"]), lambda: "Klingon_Qonos") == "en_GB"
