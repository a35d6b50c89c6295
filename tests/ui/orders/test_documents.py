"""The pick list and packing slips as print-ready PDFs: in the user's language and formats,
paginated with the table header repeated and "page x of y", rendered to PNG to be looked at."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage

from sellerdesk.i18n import Formatter
from sellerdesk.orders.picking import PackingSlip, PickItem, PickList, SlipLine
from sellerdesk.ui.orders.documents import (
    DocumentInfo,
    packing_slips_renderer,
    pick_list_renderer,
    write_pdf,
)
from tests.ui.orders.translations import silence, speak

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None
                                or shutil.which("pdftoppm") is None,
                                reason="needs poppler-utils")
WHEN = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)


@pytest.fixture
def italian(qapp: Any) -> Iterator[None]:
    installed = speak("it")
    yield
    silence(installed)


def text(pdf: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(["pdftotext", "-layout", *pages, str(pdf), "-"], check=True,
                          capture_output=True, text=True, timeout=30).stdout


def png(pdf: Path, out: Path) -> list[Path]:
    subprocess.run(["pdftoppm", "-r", "50", "-png", str(pdf), str(out / pdf.stem)], check=True,
                   timeout=60)
    return sorted(out.glob(f"{pdf.stem}*.png"))


def items(count: int) -> list[PickItem]:
    return [PickItem(sku=f"DIV3-CHIANT-VEL-{n:03d}", title=f"Divano Chianti {n} posti",
                     options={"Tessuto": "Velluto", "Colore": "Blu notte"}, quantity=n % 3 + 1,
                     orders=((f"BR-{1000 + n}", n % 3 + 1),)) for n in range(count)]


def test_pick_list_in_italian_paginates_with_headers_and_page_numbers(
        italian: None, tmp_path: Path) -> None:
    photo = QImage(64, 64, QImage.Format.Format_RGB32)
    photo.fill(0x8A5A2B)
    info = DocumentInfo("Bottega Rossi", Formatter("it_IT"), now=WHEN,
                        photo=lambda _hash: photo)
    data = PickList(items=items(45), order_numbers=[f"BR-{1000 + n}" for n in range(45)],
                    created_at=WHEN)
    pdf = tmp_path / "lista.pdf"
    pages = write_pdf(pdf, pick_list_renderer(data, info), title="Lista", locale="it_IT")
    assert pages >= 2
    first, last = text(pdf, 1), text(pdf, pages)
    assert "Bottega Rossi" in first and "Lista di prelievo" in first
    assert "45 ordini · 90 articoli" in first
    assert "Stampata il 24 nov 2026" in first
    assert f"Pagina 1 di {pages}" in first and f"Pagina {pages} di {pages}" in last
    for page in range(1, pages + 1):  # the column header on every page
        assert "ARTICOLO" in text(pdf, page) and "QTÀ" in text(pdf, page)
    assert "DIV3-CHIANT-VEL-044" in last and "Prelevato da" in last
    assert "Tessuto: Velluto · Colore: Blu notte" in first
    images = png(pdf, tmp_path)
    assert len(images) == pages
    sheet = QImage(str(images[0]))
    assert sheet.width() < sheet.height()  # portrait A4 (595 × 842 pt)
    assert abs(sheet.width() / sheet.height() - 210 / 297) < 0.01


def test_packing_slips_one_section_per_order_in_the_buyers_label_format(
        italian: None, tmp_path: Path) -> None:
    info = DocumentInfo("Bottega Rossi", Formatter("it_IT"), now=WHEN,
                        carrier_name={"dhl": "DHL Express"}.get)
    line = SlipLine(sku="POR-ARN-CUO", title="Portafoglio Arno", options={"Colore": "Cuoio"},
                    ordered=2, in_parcel=2)
    slips = [
        PackingSlip(number="BR-1", placed_at=WHEN, ship_by=WHEN, buyer_name="Oliver Smith",
                    buyer_email="oliver@example.com",
                    address={"name": "Oliver Smith", "street": "221 Baker Street",
                             "city": "London", "postal_code": "NW1 6XE", "country": "GB"},
                    lines=[line] * 30),  # long enough for two pages
        PackingSlip(number="BR-2", placed_at=WHEN, ship_by=None, buyer_name="Giulia Bianchi",
                    buyer_email="", address={"name": "Giulia Bianchi", "city": "Firenze",
                                             "street": "Via dei Servi 12", "region": "FI",
                                             "postal_code": "50122", "country": "IT"},
                    lines=[line], carrier="dhl", tracking_number="1234567890", reprint=True),
    ]
    pdf = tmp_path / "distinte.pdf"
    pages = write_pdf(pdf, packing_slips_renderer(slips, info), title="Distinte",
                      locale="it_IT")
    texts = [text(pdf, page) for page in range(1, pages + 1)]
    first_order = [t for t in texts if "Ordine BR-1" in t]
    k = len(first_order)
    assert k >= 2 and texts[-1] not in first_order  # BR-2 starts a page of its own
    first, last = texts[0], texts[-1]
    assert "Distinta di imballaggio" in first
    assert "LONDON" in first and "NW1 6XE" in first and "REGNO UNITO" in first
    assert f"Pagina 1 di {k}" in first and f"Pagina {k} di {k}" in first_order[-1]
    assert "Ordine BR-2" in last and "Pagina 1 di 1" in last  # numbered per order
    assert "50122 FIRENZE FI" in last and "ITALIA" not in last  # a domestic parcel
    assert "DHL Express · 1234567890" in last  # a slip printed again names its parcel
    assert "Grazie per il tuo ordine" in last
    assert len(png(pdf, tmp_path)) == pages


def test_letter_paper_where_it_is_the_norm(tmp_path: Path, qapp: Any) -> None:
    info = DocumentInfo("Shop", Formatter("en_US"), now=WHEN)
    pdf = tmp_path / "us.pdf"
    write_pdf(pdf, pick_list_renderer(PickList(items(3), ["BR-1"], WHEN), info), title="x",
              locale="en_US")
    sheet = QImage(str(png(pdf, tmp_path)[0]))
    assert abs(sheet.width() / sheet.height() - 8.5 / 11) < 0.01
    assert "Nov 24, 2026" in text(pdf)
