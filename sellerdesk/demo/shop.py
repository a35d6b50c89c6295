"""Bottega Rossi, a believable Tuscan sofa workshop with a leather bottega, as plain data.

Pure data and Pillow drawing, no app imports: the local demo seeds its database from it and the
sandbox marketplace seeds its own store from it, so both show the same shop. Deterministic: the
same seed (and the same `now`) gives the same shop.
"""

from __future__ import annotations

import io
import random
from datetime import UTC, datetime, timedelta
from typing import Any

SHOP_NAME = "Bottega Rossi — Divani e Pelletteria"
LANGUAGES: tuple[str, ...] = ("it", "en", "fr", "de", "es")

_PLACES = [
    "Chianti", "Montalcino", "Pienza", "Volterra", "San Gimignano", "Cortona",
    "Lucca", "Siena", "Fiesole", "Bolgheri", "Maremma", "Montepulciano",
]
_LEATHER_NAMES = ["Arno", "Ombrone", "Serchio", "Elsa", "Orcia", "Cecina", "Bisenzio", "Sieve"]

# kind -> (category, base price in cents, weight g, dims mm, titles per language, description)
_FURNITURE: dict[str, dict[str, Any]] = {
    "sofa3": {
        "code": "DIV3",
        "category": "Divani",
        "price": 189000,
        "weight": 68000,
        "dims": [2200, 950, 850],
        "titles": {
            "it": "Divano {name} 3 posti",
            "en": "{name} 3-seater sofa",
            "fr": "Canapé {name} 3 places",
            "de": "Sofa {name} 3-Sitzer",
            "es": "Sofá {name} de 3 plazas",
        },
    },
    "sofa2": {
        "code": "DIV2",
        "category": "Divani",
        "price": 149000,
        "weight": 52000,
        "dims": [1700, 950, 850],
        "titles": {
            "it": "Divano {name} 2 posti",
            "en": "{name} 2-seater sofa",
            "fr": "Canapé {name} 2 places",
            "de": "Sofa {name} 2-Sitzer",
            "es": "Sofá {name} de 2 plazas",
        },
    },
    "armchair": {
        "code": "POL",
        "category": "Poltrone",
        "price": 69000,
        "weight": 24000,
        "dims": [850, 900, 880],
        "titles": {
            "it": "Poltrona {name}",
            "en": "{name} armchair",
            "fr": "Fauteuil {name}",
            "de": "Sessel {name}",
            "es": "Sillón {name}",
        },
    },
}
_LEATHER: dict[str, dict[str, Any]] = {
    "bag": {
        "code": "BOR",
        "category": "Borse",
        "price": 29000,
        "weight": 900,
        "dims": [360, 140, 280],
        "titles": {
            "it": "Borsa a mano {name} in pelle",
            "en": "{name} leather handbag",
            "fr": "Sac à main {name} en cuir",
            "de": "Lederhandtasche {name}",
            "es": "Bolso de mano {name} de piel",
        },
    },
    "backpack": {
        "code": "ZAI",
        "category": "Zaini",
        "price": 26000,
        "weight": 1100,
        "dims": [300, 130, 420],
        "titles": {
            "it": "Zaino {name} in cuoio",
            "en": "{name} leather backpack",
            "fr": "Sac à dos {name} en cuir",
            "de": "Lederrucksack {name}",
            "es": "Mochila {name} de cuero",
        },
    },
    "wallet": {
        "code": "POR",
        "category": "Portafogli",
        "price": 7500,
        "weight": 120,
        "dims": [115, 20, 95],
        "titles": {
            "it": "Portafoglio {name} fatto a mano",
            "en": "{name} handmade wallet",
            "fr": "Portefeuille {name} fait main",
            "de": "Handgemachte Geldbörse {name}",
            "es": "Cartera {name} hecha a mano",
        },
    },
}

_DESCRIPTIONS = {
    "it": "Realizzato a mano nel nostro laboratorio di Poggibonsi con {material}. "
    "Ogni pezzo è unico: piccole differenze di colore sono il segno del lavoro artigianale. "
    "Perché scegliere {name}? Struttura in legno massello, garanzia 5 anni.",
    "en": "Handmade in our Poggibonsi workshop with {material}. Every piece is unique: small "
    "differences in colour are the mark of craftsmanship. Solid wood frame, 5-year warranty.",
    "fr": "Fabriqué à la main dans notre atelier de Poggibonsi avec {material}. Chaque pièce est "
    "unique. Structure en bois massif, garantie 5 ans.",
    "de": "Handgefertigt in unserer Werkstatt in Poggibonsi aus {material}. Jedes Stück ist ein "
    "Unikat. Massivholzrahmen, 5 Jahre Garantie.",
    "es": "Hecho a mano en nuestro taller de Poggibonsi con {material}. Cada pieza es única. "
    "Estructura de madera maciza, garantía de 5 años.",
}
_MATERIAL_WORDS = {
    "it": "tessuti e pelli toscane",
    "en": "Tuscan fabrics and leathers",
    "fr": "tissus et cuirs toscans",
    "de": "toskanischen Stoffen und Ledern",
    "es": "telas y pieles toscanas",
}

_FABRICS = {"Velluto": 0, "Lino": -8, "Pelle": 35}  # price change in percent
_SOFA_COLOURS = ["Grigio perla", "Blu notte", "Verde salvia", "Terracotta", "Sabbia"]
_LEATHER_COLOURS = ["Cuoio", "Nero", "Testa di moro", "Cognac"]
_COLOUR_RGB = {
    "Grigio perla": (170, 170, 168), "Blu notte": (40, 52, 88), "Verde salvia": (140, 160, 130),
    "Terracotta": (186, 98, 64), "Sabbia": (212, 190, 150), "Cuoio": (150, 90, 45),
    "Nero": (35, 32, 30), "Testa di moro": (80, 50, 35), "Cognac": (160, 82, 38),
}


def _slug(name: str) -> str:
    return name.upper().replace(" ", "")[:6]


def _texts(titles: dict[str, str], name: str, rng: random.Random) -> dict[str, dict[str, str]]:
    languages = list(LANGUAGES)
    if rng.random() < 0.25:  # most, not all, products are translated into every language
        languages = languages[: rng.randint(2, 4)]
    return {
        lang: {
            "title": titles[lang].format(name=name),
            "description": _DESCRIPTIONS[lang].format(material=_MATERIAL_WORDS[lang], name=name),
        }
        for lang in languages
    }


def products() -> list[dict[str, Any]]:
    """About 60 products: sofas and armchairs in fabric × colour, leather goods in colours."""
    rng = random.Random(20261124)
    result: list[dict[str, Any]] = []
    for name in _PLACES:
        for kind, spec in _FURNITURE.items():
            key = f"{spec['code']}-{_slug(name)}"
            colours = rng.sample(_SOFA_COLOURS, 2)
            fabrics = list(_FABRICS) if kind != "armchair" else ["Velluto", "Pelle"]
            base = spec["price"] + rng.randrange(0, 6) * 10000
            variants = []
            for fabric in fabrics:
                for colour in colours:
                    price = base * (100 + _FABRICS[fabric]) // 100 // 1000 * 1000
                    variants.append(
                        {
                            "sku": f"{key}-{fabric[:3].upper()}-{colour[:3].upper()}",
                            "options": {"Tessuto": fabric, "Colore": colour},
                            "price_minor": price,
                            "currency": "EUR",
                            "stock": rng.choice([0, 1, 2, 3, 4, 6, 8]),
                        }
                    )
            result.append(_product(key, kind, spec, name, variants, colours[0], rng))
    for name in _LEATHER_NAMES:
        for kind, spec in _LEATHER.items():
            key = f"{spec['code']}-{_slug(name)}"
            colours = rng.sample(_LEATHER_COLOURS, 3)
            base = spec["price"] + rng.randrange(0, 5) * 1000
            variants = [
                {
                    "sku": f"{key}-{colour[:3].upper()}",
                    "options": {"Colore": colour},
                    "price_minor": base,
                    "currency": "EUR",
                    "stock": rng.choice([0, 2, 5, 8, 12, 20]),
                }
                for colour in colours
            ]
            result.append(_product(key, kind, spec, name, variants, colours[0], rng))
    return result


def _product(
    key: str,
    kind: str,
    spec: dict[str, Any],
    name: str,
    variants: list[dict[str, Any]],
    colour: str,
    rng: random.Random,
) -> dict[str, Any]:
    roll = rng.random()
    status = "active" if roll < 0.85 else ("draft" if roll < 0.95 else "inactive")
    return {
        "key": key,
        "status": status,
        "main_language": "it",
        "category": spec["category"],
        "brand": "Bottega Rossi",
        "tags": ["artigianale", "made in Italy", spec["category"].lower()],
        "weight_grams": spec["weight"],
        "dimensions_mm": list(spec["dims"]),
        "texts": _texts(spec["titles"], name, rng),
        "variants": variants,
        "photo": {"kind": kind, "color": list(_COLOUR_RGB[colour])},
    }


_BUYERS = [
    ("IT", "Giulia Bianchi", "Via dei Servi 12", "Firenze", "50122", "FI"),
    ("IT", "Marco Esposito", "Via Toledo 256", "Napoli", "80134", "NA"),
    ("IT", "Chiara Romano", "Corso Buenos Aires 33", "Milano", "20124", "MI"),
    ("DE", "Anna Müller", "Bergmannstraße 5", "Berlin", "10961", ""),
    ("DE", "Jonas Schmidt", "Leopoldstraße 77", "München", "80802", "BY"),
    ("FR", "Camille Dubois", "12 rue de la Roquette", "Paris", "75011", ""),
    ("FR", "Lucas Moreau", "8 quai Saint-Antoine", "Lyon", "69002", ""),
    ("ES", "Lucía García", "Calle de Fuencarral 45", "Madrid", "28004", "M"),
    ("NL", "Sanne de Vries", "Prinsengracht 263", "Amsterdam", "1016 GV", ""),
    ("AT", "Lena Gruber", "Mariahilfer Straße 20", "Wien", "1070", ""),
    ("BE", "Emma Peeters", "Rue Neuve 3", "Bruxelles", "1000", ""),
    ("CH", "Noah Keller", "Bahnhofstrasse 10", "Zürich", "8001", "ZH"),
    ("GB", "Oliver Smith", "221 Baker Street", "London", "NW1 6XE", ""),
    ("US", "Emily Johnson", "350 Fifth Avenue", "New York", "10118", "NY"),
    ("CA", "Liam Tremblay", "1 Rue Sherbrooke O", "Montréal", "H3A 0G4", "QC"),
    ("JP", "Yui Tanaka", "1-1 Marunouchi", "Chiyoda-ku, Tokyo", "100-0005", ""),
    ("AU", "Jack Wilson", "12 George Street", "Sydney", "2000", "NSW"),
    ("BR", "Ana Souza", "Avenida Paulista 1578", "São Paulo", "01310-200", "SP"),
    ("SE", "Elsa Andersson", "Drottninggatan 50", "Stockholm", "111 21", ""),
    ("PL", "Zofia Nowak", "ul. Floriańska 15", "Kraków", "31-019", ""),
]
_STATUS_WEIGHTS = [
    ("placed", 8),
    ("awaiting_shipment", 30),
    ("partially_shipped", 6),
    ("shipped", 30),
    ("completed", 18),
    ("cancelled", 8),
]


def orders(seed: int = 7, *, now: datetime | None = None) -> list[dict[str, Any]]:
    """About 200 orders over the last 60 days from buyers in Europe and beyond, every state.

    `now` anchors the dates (default: the current hour), so recent orders are due soon.
    """
    rng = random.Random(seed)
    anchor = (now or datetime.now(UTC)).replace(minute=0, second=0, microsecond=0)
    catalogue = products()
    statuses = [s for s, w in _STATUS_WEIGHTS for _ in range(w)]
    result: list[dict[str, Any]] = []
    for index in range(200):
        country, name, street, city, postal, region = rng.choice(_BUYERS)
        status = rng.choice(statuses)
        age = timedelta(hours=rng.randint(1, 60 * 24))
        if status in ("placed", "awaiting_shipment", "partially_shipped"):
            age = timedelta(hours=rng.randint(1, 96))
        placed_at = anchor - age
        lines = []
        for product in rng.sample(catalogue, rng.choice([1, 1, 1, 2, 3])):
            variant = rng.choice(product["variants"])
            lines.append(
                {
                    "sku": variant["sku"],
                    "title": product["texts"]["it"]["title"],
                    "quantity": 1 if product["photo"]["kind"].startswith("sofa")
                    else rng.choice([1, 1, 2]),
                    "unit_price_minor": variant["price_minor"],
                }
            )
        europe = {"DE", "FR", "ES", "NL", "AT", "BE", "PL", "SE"}
        shipping = 0 if country == "IT" else (2900 if country in europe else 7900)
        result.append(
            {
                "number": f"BR-{2026_0000 + 1000 + index}",
                "status": status,
                "buyer": {
                    "name": name,
                    "email": name.lower().replace(" ", ".").replace("ü", "u") + "@example.com",
                    "country": country,
                },
                "shipping_address": {
                    "name": name,
                    "street": street,
                    "city": city,
                    "postal_code": postal,
                    "region": region,
                    "country": country,
                },
                "currency": "EUR",
                "lines": lines,
                "shipping_minor": shipping,
                "placed_at": placed_at.isoformat(),
                "ship_by": (placed_at + timedelta(hours=72)).isoformat(),
            }
        )
    return result


def draw_photo(product: dict[str, Any], size: int = 1200) -> bytes:
    """A clean studio-style JPEG of the product's silhouette in its colour (no downloads)."""
    from PIL import Image, ImageDraw, ImageFilter

    colour = tuple(product["photo"]["color"])
    kind = product["photo"]["kind"]
    image = Image.new("RGB", (size, size), (244, 240, 233))
    draw = ImageDraw.Draw(image)
    s = size / 100
    shade = tuple(max(0, c - 35) for c in colour)
    draw.ellipse([18 * s, 78 * s, 82 * s, 86 * s], fill=(222, 216, 206))  # floor shadow
    if kind in ("sofa3", "sofa2", "armchair"):
        width = {"sofa3": 70, "sofa2": 56, "armchair": 40}[kind]
        left, right = 50 - width / 2, 50 + width / 2
        draw.rounded_rectangle([left * s, 38 * s, right * s, 62 * s], 4 * s, fill=shade)
        draw.rounded_rectangle([left * s, 55 * s, right * s, 74 * s], 3 * s, fill=colour)
        draw.rounded_rectangle([(left - 5) * s, 46 * s, (left + 4) * s, 76 * s], 3 * s, fill=shade)
        draw.rounded_rectangle([(right - 4) * s, 46 * s, (right + 5) * s, 76 * s], 3 * s,
                               fill=shade)
        seats = {"sofa3": 3, "sofa2": 2, "armchair": 1}[kind]
        step = width / seats
        for seat in range(1, seats):
            x = (left + seat * step) * s
            draw.line([x, 56 * s, x, 73 * s], fill=shade, width=max(1, int(s / 2)))
        for x in (left + 2, right - 3):
            draw.rectangle([x * s, 76 * s, (x + 1.5) * s, 81 * s], fill=(90, 60, 40))
    elif kind == "wallet":
        draw.rounded_rectangle([28 * s, 40 * s, 72 * s, 72 * s], 3 * s, fill=colour)
        draw.line([30 * s, 56 * s, 70 * s, 56 * s], fill=shade, width=int(s))
    else:  # bags and backpacks
        top = 34 if kind == "bag" else 26
        draw.arc([36 * s, (top - 14) * s, 64 * s, (top + 10) * s], 180, 360, fill=shade,
                 width=int(2 * s))
        draw.rounded_rectangle([26 * s, top * s, 74 * s, 78 * s], 6 * s, fill=colour)
        draw.rounded_rectangle([34 * s, (top + 8) * s, 66 * s, (top + 20) * s], 2 * s, fill=shade)
    image = image.filter(ImageFilter.SMOOTH)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=88)
    return buffer.getvalue()
