"""Every message the owner reads is a code plus a template, translated in Italian and English.

The families are found from `sellerdesk.messages.Message`'s subclasses, so a new family is
covered without editing this file. The translations checked are the shipped ones
(`sellerdesk/translations/*.qm` and `i18n/*.ts`); `SELLERDESK_TEST_QM_DIR` points at another
folder holding both, e.g. one built with strings not yet applied to the .ts files.
"""

from __future__ import annotations

import ast
import importlib
import os
import pickle
import pkgutil
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from sellerdesk.errors import ValidationError
from sellerdesk.messages import Message, families
from sellerdesk.ui.translators import TRANSLATIONS_DIR

ROOT = Path(__file__).resolve().parent.parent
FOLDER = Path(os.environ.get("SELLERDESK_TEST_QM_DIR", TRANSLATIONS_DIR))
TS_FOLDER = Path(os.environ.get("SELLERDESK_TEST_QM_DIR", ROOT / "i18n"))
MODULES = ("sellerdesk.photos.messages", "sellerdesk.catalogue.messages", "sellerdesk.money",
           "sellerdesk.catalogue.history_messages",
           "sellerdesk.orders.messages", "sellerdesk.sync.messages", "sellerdesk.safe_files")
# Where refusals must be messages, never English sentences (DESIGN §13).
CONVERTED = [*sorted((ROOT / "sellerdesk" / "catalogue").glob("*.py")),
             ROOT / "sellerdesk" / "money.py", ROOT / "sellerdesk" / "orders" / "service.py",
             ROOT / "sellerdesk" / "orders" / "details.py"]
SKIPPED = ("sellerdesk.ui", "sellerdesk.sandbox", "sellerdesk.store.migrations",
           "sellerdesk.__main__")
PLACEHOLDER = re.compile(r"%\d+")

for module in MODULES:
    importlib.import_module(module)
for found in pkgutil.walk_packages([str(ROOT / "sellerdesk")], "sellerdesk."):
    # Every service module, so a family added anywhere is checked too (not the window's
    # modules, nor the sandbox, which is a developer tool with no translations).
    if not found.name.startswith(SKIPPED):
        importlib.import_module(found.name)


def all_templates() -> list[tuple[type[Message], str]]:
    return [(family, code) for family in families() for code in family.TEMPLATES]


def sample(family: type[Message], code: str) -> Message:
    count = len(set(PLACEHOLDER.findall(family.TEMPLATES[code])))
    return family(code, *(f"<{n}>" for n in range(1, count + 1)))


def sources_in_ts(language: str) -> set[tuple[str, str]]:
    tree = ET.parse(TS_FOLDER / f"sellerdesk_{language}.ts")
    return {(context.findtext("name") or "", message.findtext("source") or "")
            for context in tree.getroot().iter("context")
            for message in context.iter("message")}


@pytest.fixture(scope="module")
def italian() -> QTranslator:
    translator = QTranslator()
    assert translator.load("sellerdesk_it", str(FOLDER)), FOLDER
    return translator


def test_every_family_is_found() -> None:
    contexts = {family.CONTEXT for family in families()}
    assert {"PhotoMessages", "CatalogueMessages", "MoneyMessages", "OrderMessages",
            "OrderProblems", "SyncMessages", "HistoryMessages"} <= contexts


@pytest.mark.parametrize(("family", "code"), all_templates(),
                         ids=lambda item: getattr(item, "CONTEXT", item))
def test_every_template_reads_in_italian_and_in_english(
        family: type[Message], code: str, italian: QTranslator) -> None:
    message = sample(family, code)
    template = family.TEMPLATES[code]
    # Extracted by lupdate from the QT_TRANSLATE_NOOP marking, for both languages.
    for language in ("it", "en"):
        assert (family.CONTEXT, template) in sources_in_ts(language), (language, template)
    english = message.text(lambda _c, source: source)
    assert english == str(message) and "%" not in re.sub(r"\d+ %", "", english)

    def into_italian(context: str, source: str) -> str:
        return italian.translate(context, source) or source

    words = message.text(into_italian)
    assert words != english, f"untranslated in Italian: {family.CONTEXT} {template!r}"
    assert sorted(PLACEHOLDER.findall(italian.translate(family.CONTEXT, template))) \
        == sorted(PLACEHOLDER.findall(template)), "the Italian drops or adds an argument"
    for argument in message.args:
        assert str(argument) in words


def test_a_message_crosses_processes_with_its_field() -> None:
    from sellerdesk.catalogue.messages import CatalogueMessage

    message = CatalogueMessage("bad_sku_row", 2, "bad sku!", field="variants.1.sku")
    assert pickle.loads(pickle.dumps(message)) == message
    error = ValidationError(message)
    assert (error.code, error.field) == ("bad_sku_row", "variants.1.sku")
    assert str(error) == ("The SKU in row 2 (“bad sku!”) is not valid: use up to 64 letters, "
                          "digits, '-', '_', '.' or '/'.")


@pytest.mark.parametrize("path", CONVERTED, ids=lambda p: p.name)
def test_refusals_are_messages_not_english_sentences(path: Path) -> None:
    """A `raise XError("…")` with a literal or f-string would reach the owner untranslated."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            name = getattr(node.exc.func, "id", getattr(node.exc.func, "attr", ""))
            first = node.exc.args[0] if node.exc.args else None
            sentence = isinstance(first, ast.JoinedStr) or (
                isinstance(first, ast.Constant) and " " in str(first.value))  # not a code
            if name.endswith("Error") and sentence \
                    and name not in ("ValueError", "KeyError", "RuntimeError", "TypeError"):
                found.append(f"{path.name}:{node.lineno}")
    assert not found
