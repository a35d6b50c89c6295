"""Shipping labels follow the destination country's convention; the country line only when the
parcel leaves the sender's country, in the sender's language."""

from __future__ import annotations

import pytest

from sellerdesk.orders.addresses import format_address, one_line

IT = {"name": "Giulia Bianchi", "street": "Via dei Servi 12", "city": "Firenze",
      "postal_code": "50122", "region": "FI", "country": "IT"}
DE = {"name": "Anna Müller", "street": "Bergmannstraße 5", "city": "Berlin",
      "postal_code": "10961", "region": "", "country": "DE"}
FR = {"name": "Camille Dubois", "street": "12 rue de la Roquette", "city": "Paris",
      "postal_code": "75011", "region": "", "country": "FR"}
GB = {"name": "Oliver Smith", "street": "221 Baker Street", "city": "London",
      "postal_code": "NW1 6XE", "region": "", "country": "GB"}
US = {"name": "Emily Johnson", "street": "350 Fifth Avenue", "city": "New York",
      "postal_code": "10118", "region": "NY", "country": "US"}
JP = {"name": "Yui Tanaka", "street": "1-1 Marunouchi", "city": "Chiyoda-ku, Tokyo",
      "postal_code": "100-0005", "region": "", "country": "JP"}
JP_NATIVE = {"name": "田中 結衣", "street": "丸の内1-1", "city": "千代田区", "region": "東京都",
             "postal_code": "100-0005", "country": "JP"}


@pytest.mark.parametrize(("address", "expected"), [
    (IT, ["Giulia Bianchi", "Via dei Servi 12", "50122 FIRENZE FI"]),
    (DE, ["Anna Müller", "Bergmannstraße 5", "10961 Berlin", "GERMANIA"]),
    (FR, ["Camille Dubois", "12 rue de la Roquette", "75011 PARIS", "FRANCIA"]),
    (GB, ["Oliver Smith", "221 Baker Street", "LONDON", "NW1 6XE", "REGNO UNITO"]),
    (US, ["Emily Johnson", "350 Fifth Avenue", "NEW YORK, NY 10118", "STATI UNITI"]),
    (JP, ["Yui Tanaka", "1-1 Marunouchi, Chiyoda-ku, Tokyo", "100-0005", "GIAPPONE"]),
    (JP_NATIVE, ["〒100-0005", "東京都千代田区", "丸の内1-1", "田中 結衣 様", "GIAPPONE"]),
], ids=["IT", "DE", "FR", "GB", "US", "JP", "JP-native"])
def test_each_country_reads_as_its_post_expects(address: dict[str, str],
                                                expected: list[str]) -> None:
    assert format_address(address, locale="it_IT") == expected


def test_the_country_line_follows_the_sender_and_the_readers_language() -> None:
    assert format_address(DE, locale="en_GB")[-1] == "GERMANY"
    assert format_address(DE, locale="de_DE") == ["Anna Müller", "Bergmannstraße 5",
                                                  "10961 Berlin"]  # a domestic parcel
    assert format_address(IT, locale="en_GB")[-1] == "ITALY"
    assert format_address(IT, locale="en_GB", origin="IT")[-1] == "50122 FIRENZE FI"


def test_missing_fields_leave_no_gaps_or_dangling_commas() -> None:
    sparse = {"name": "Emily Johnson", "street": "350 Fifth Avenue\nSuite 3", "city": "Austin",
              "postal_code": "", "region": "TX", "country": "US", "company": ""}
    assert format_address(sparse, locale="it_IT") == [
        "Emily Johnson", "350 Fifth Avenue", "Suite 3", "AUSTIN, TX", "STATI UNITI"]
    unknown = {"name": "Ana Souza", "street": "Rua X 1", "city": "Luanda", "postal_code": "",
               "country": "AO"}
    assert format_address(unknown, locale="it_IT") == ["Ana Souza", "Rua X 1", "Luanda",
                                                       "ANGOLA"]


def test_one_line_for_lists() -> None:
    assert one_line(DE, locale="it_IT") == "Berlin, Germania"
