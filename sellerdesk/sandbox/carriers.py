"""The carriers an Italian shop ships with, under stable codes the API and clients share."""

from __future__ import annotations

from typing import Any

CARRIERS: list[dict[str, Any]] = [
    {
        "code": "poste-italiane",
        "name": "Poste Italiane",
        "scope": "domestic",
        "tracking_url_template": "https://www.poste.it/cerca/#/risultati-spedizioni/{tracking}",
    },
    {
        "code": "brt",
        "name": "BRT Bartolini",
        "scope": "domestic",
        "tracking_url_template": "https://vas.brt.it/vas/sped_det_show.hsm?referer=sped_numspe_par.htm&Nspediz={tracking}",
    },
    {
        "code": "sda",
        "name": "SDA Express Courier",
        "scope": "domestic",
        "tracking_url_template": "https://www.sda.it/wps/portal/Servizi_online/dettaglio-spedizione?locale=it&tracing.letteraVettura={tracking}",
    },
    {
        "code": "gls",
        "name": "GLS",
        "scope": "both",
        "tracking_url_template": "https://gls-group.com/track/{tracking}",
    },
    {
        "code": "dhl",
        "name": "DHL Express",
        "scope": "international",
        "tracking_url_template": "https://www.dhl.com/it-it/home/tracking.html?tracking-id={tracking}",
    },
    {
        "code": "ups",
        "name": "UPS",
        "scope": "international",
        "tracking_url_template": "https://www.ups.com/track?tracknum={tracking}",
    },
    {
        "code": "fedex",
        "name": "FedEx",
        "scope": "international",
        "tracking_url_template": "https://www.fedex.com/fedextrack/?trknbr={tracking}",
    },
    {
        "code": "cainiao",
        "name": "Cainiao",
        "scope": "international",
        "tracking_url_template": "https://global.cainiao.com/detail.htm?mailNoList={tracking}",
    },
]

BY_CODE = {carrier["code"]: carrier for carrier in CARRIERS}


def tracking_url(code: str, tracking: str) -> str:
    return BY_CODE[code]["tracking_url_template"].format(tracking=tracking)
