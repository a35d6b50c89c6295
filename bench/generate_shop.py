"""Generate a large, believable synthetic shop for the benchmarks.

    python -m bench.generate_shop --out bench/data [--products 100000] [--orders 50000] [--seed 1]

The database is created through `Database.open`, so the schema is the real migrated one and the
benchmarks measure what a shop owner's file would look like. Rows are then bulk-inserted with
`executemany` on the writer connection, inside one write transaction: a crash leaves either the
whole shop or the freshly migrated empty file, never a file without its triggers.

Speed: the per-row FTS and summary triggers of migration 0002 would re-index a product once per
text and per variant inserted (about seven times per product). They are dropped for the load and
recreated afterwards from the migration's own `TRIGGERS` (checked to be byte-identical in
`sqlite_master`), then the search documents are rebuilt with the store's `search.rebuild` and the
summaries with the migration's `_summarise`, so no SQL is copied here and the result is exactly
what the triggers would have produced.

Deterministic: the same `--seed` (and `--now`) gives the same shop, row for row. Each section
(products, orders) has its own random stream, so changing `--orders` does not change the products.
No `ANALYZE` is run: a file written by the app has no `sqlite_stat1` either, and the benchmarks must
see the query plans the owner's file would get.
"""

from __future__ import annotations

import argparse
import importlib
import json
import random
import sys
import time
import unicodedata
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from sellerdesk.store import Database
from sellerdesk.store import search as store_search

MIGRATION_0002 = "sellerdesk.store.migrations.versions.0002_search_and_summaries"
DEFAULT_NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
DB_NAME = "sellerdesk.db"
CHUNK = 5_000  # products generated and inserted per batch: bounded memory, large executemany
LANGS = ("it", "en", "de")

# --------------------------------------------------------------------------------------------
# Vocabulary. Titles are built from a kind (what it is), a collection name (often a town) and a
# material, in each language, the way Italian artisan shops title their listings.
# --------------------------------------------------------------------------------------------

Tri = tuple[str, str, str]  # the same words in it, en, de


@dataclass(frozen=True)
class Axis:
    """An option axis of a kind's variants: its Italian name and (value, SKU code) pairs."""

    name: str
    values: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Kind:
    code: str
    family: str
    category: str
    titles: Tri  # templates with {name}, {mat} and {size}
    materials: tuple[Tri, ...]
    axes: tuple[Axis, ...]
    price: tuple[int, int]  # euro range
    weight: tuple[int, int]  # grams range
    dims: tuple[int, int, int]  # typical mm
    sizes: tuple[int, ...] = (0,)


_FABRIC_COLOUR = Axis(
    "Colore",
    (
        ("Grigio perla", "GRP"), ("Blu notte", "BLN"), ("Verde salvia", "VSA"),
        ("Terracotta", "TER"), ("Sabbia", "SAB"), ("Écru", "ECR"), ("Tortora", "TOR"),
        ("Bordeaux", "BDX"), ("Giallo ocra", "GOC"),
    ),
)
_FEET = Axis("Piedini", (("Noce", "PNO"), ("Ottone", "POT"), ("Metallo nero", "PMN")))
_FINISH = Axis(
    "Finitura",
    (
        ("Naturale", "NAT"), ("Cerato", "CER"), ("Laccato bianco", "LBI"), ("Anticato", "ANT"),
        ("Sbiancato", "SBI"), ("Tinto noce", "TNO"),
    ),
)
_PACK = Axis("Confezione", (("1 pezzo", "X1"), ("2 pezzi", "X2"), ("4 pezzi", "X4")))
_LEATHER_COLOUR = Axis(
    "Colore",
    (
        ("Cuoio", "CUO"), ("Nero", "NER"), ("Testa di moro", "TDM"), ("Cognac", "COG"),
        ("Blu navy", "BNA"), ("Rosso", "RSS"), ("Verde bosco", "VBO"), ("Tabacco", "TAB"),
    ),
)
_BELT_SIZE = Axis("Taglia", tuple((str(n), f"T{n}") for n in range(85, 115, 5)))
_DECOR = Axis(
    "Decoro",
    (
        ("Raffaellesco", "RAF"), ("Ricco Deruta", "RDE"), ("Limoni", "LIM"),
        ("Blu antico", "BLA"), ("Girasoli", "GIR"), ("Arabesco", "ARA"), ("Fiordaliso", "FIO"),
        ("Melograno", "MEL"), ("Bianco puro", "BPU"),
    ),
)
_SIZE = Axis("Misura", (("Piccolo", "S"), ("Medio", "M"), ("Grande", "L")))

_UPHOLSTERY: tuple[Tri, ...] = (
    ("velluto", "velvet", "Samt"),
    ("lino lavato", "washed linen", "gewaschenem Leinen"),
    ("pelle pieno fiore", "full-grain leather", "Vollnarbenleder"),
    ("bouclé", "bouclé", "Bouclé"),
    ("cotone sfoderabile", "removable cotton", "abziehbarer Baumwolle"),
)
_WOODS: tuple[Tri, ...] = (
    ("noce massello", "solid walnut", "massivem Nussbaum"),
    ("rovere", "oak", "Eiche"),
    ("ciliegio", "cherry wood", "Kirschholz"),
    ("castagno", "chestnut", "Kastanienholz"),
    ("olivo", "olive wood", "Olivenholz"),
    ("abete spazzolato", "brushed fir", "gebürsteter Tanne"),
    ("legno di recupero", "reclaimed wood", "Altholz"),
)
_LEATHERS: tuple[Tri, ...] = (
    ("pelle pieno fiore", "full-grain leather", "Vollnarbenleder"),
    ("cuoio conciato al vegetale", "vegetable-tanned leather", "pflanzlich gegerbtem Leder"),
    ("pelle martellata", "pebbled leather", "genarbtem Leder"),
    ("camoscio", "suede", "Wildleder"),
    ("nappa", "nappa leather", "Nappaleder"),
)
_CERAMICS: tuple[Tri, ...] = (
    ("maiolica di Deruta", "Deruta majolica", "Deruta-Majolika"),
    ("terracotta dell'Impruneta", "Impruneta terracotta", "Impruneta-Terrakotta"),
    ("ceramica di Vietri", "Vietri ceramic", "Vietri-Keramik"),
    ("gres smaltato", "glazed stoneware", "glasiertem Steinzeug"),
    ("ceramica di Caltagirone", "Caltagirone ceramic", "Caltagirone-Keramik"),
    ("porcellana", "porcelain", "Porzellan"),
    ("ceramica di Faenza", "Faenza ceramic", "Faenza-Keramik"),
)

KINDS: tuple[Kind, ...] = (
    Kind("DIV", "furniture", "Arredamento > Divani",
         ("Divano {name} {size} posti in {mat}", "{name} {size}-seater sofa in {mat}",
          "{size}-Sitzer-Sofa {name} aus {mat}"),
         _UPHOLSTERY, (_FABRIC_COLOUR, _FEET), (890, 3290), (38000, 90000), (2200, 950, 850),
         (2, 3, 4)),
    Kind("POL", "furniture", "Arredamento > Poltrone",
         ("Poltrona {name} in {mat}", "{name} armchair in {mat}", "Sessel {name} aus {mat}"),
         _UPHOLSTERY, (_FABRIC_COLOUR, _FEET), (390, 1490), (15000, 30000), (850, 900, 880)),
    Kind("TAV", "furniture", "Arredamento > Tavoli",
         ("Tavolo da pranzo {name} in {mat}, {size} cm", "{name} dining table in {mat}, {size} cm",
          "Esstisch {name} aus {mat}, {size} cm"),
         _WOODS, (_FINISH,), (690, 2890), (30000, 80000), (1800, 900, 760),
         (140, 160, 180, 200, 240)),
    Kind("SED", "furniture", "Arredamento > Sedie",
         ("Sedia {name} in {mat} con seduta impagliata", "{name} {mat} chair with rush seat",
          "Stuhl {name} aus {mat} mit Binsengeflecht"),
         _WOODS, (_FINISH, _PACK), (90, 390), (4000, 7000), (450, 500, 900)),
    Kind("CRE", "furniture", "Arredamento > Credenze",
         ("Credenza {name} in {mat} a {size} ante", "{name} {size}-door sideboard in {mat}",
          "Sideboard {name} aus {mat} mit {size} Türen"),
         _WOODS, (_FINISH,), (790, 2490), (45000, 95000), (1800, 500, 900), (2, 3, 4)),
    Kind("LIB", "furniture", "Arredamento > Librerie",
         ("Libreria {name} in {mat}, altezza {size} cm", "{name} bookcase in {mat}, {size} cm high",
          "Bücherregal {name} aus {mat}, {size} cm hoch"),
         _WOODS, (_FINISH,), (490, 1890), (35000, 70000), (1000, 350, 2000), (180, 200, 220)),
    Kind("MAD", "furniture", "Arredamento > Madie",
         ("Madia toscana {name} in {mat}", "{name} Tuscan kneading chest in {mat}",
          "Toskanische Anrichte {name} aus {mat}"),
         _WOODS, (_FINISH,), (590, 1690), (30000, 60000), (1300, 550, 950)),
    Kind("COM", "furniture", "Arredamento > Comodini",
         ("Comodino {name} in {mat} con cassetto", "{name} bedside table in {mat} with drawer",
          "Nachttisch {name} aus {mat} mit Schublade"),
         _WOODS, (_FINISH,), (190, 590), (9000, 16000), (500, 400, 600)),
    Kind("BOR", "leather", "Pelletteria > Borse",
         ("Borsa a mano {name} in {mat}", "{name} handbag in {mat}", "Handtasche {name} aus {mat}"),
         _LEATHERS, (_LEATHER_COLOUR,), (140, 490), (700, 1400), (360, 140, 280)),
    Kind("ZAI", "leather", "Pelletteria > Zaini",
         ("Zaino {name} in {mat}", "{name} backpack in {mat}", "Rucksack {name} aus {mat}"),
         _LEATHERS, (_LEATHER_COLOUR,), (160, 420), (900, 1500), (300, 130, 420)),
    Kind("POR", "leather", "Pelletteria > Portafogli",
         ("Portafoglio {name} in {mat} fatto a mano", "{name} handmade wallet in {mat}",
          "Handgemachte Geldbörse {name} aus {mat}"),
         _LEATHERS, (_LEATHER_COLOUR,), (45, 140), (90, 180), (115, 20, 95)),
    Kind("CIN", "leather", "Pelletteria > Cinture",
         ("Cintura {name} in {mat}, altezza {size} mm", "{name} belt in {mat}, {size} mm wide",
          "Gürtel {name} aus {mat}, {size} mm breit"),
         _LEATHERS, (_LEATHER_COLOUR, _BELT_SIZE), (49, 129), (150, 250), (1100, 35, 5),
         (30, 35, 40)),
    Kind("CAR", "leather", "Pelletteria > Cartelle",
         ("Cartella portadocumenti {name} in {mat}", "{name} briefcase in {mat}",
          "Aktentasche {name} aus {mat}"),
         _LEATHERS, (_LEATHER_COLOUR,), (190, 590), (1200, 1900), (400, 100, 300)),
    Kind("BRS", "leather", "Pelletteria > Borse da viaggio",
         ("Borsone da viaggio {name} in {mat}", "{name} weekender bag in {mat}",
          "Reisetasche {name} aus {mat}"),
         _LEATHERS, (_LEATHER_COLOUR,), (240, 690), (1500, 2600), (550, 250, 300)),
    Kind("VAS", "ceramics", "Ceramica > Vasi",
         ("Vaso {name} in {mat}, {size} cm", "{name} vase in {mat}, {size} cm",
          "Vase {name} aus {mat}, {size} cm"),
         _CERAMICS, (_DECOR, _SIZE), (39, 390), (800, 6000), (250, 250, 400),
         (20, 25, 30, 40, 50)),
    Kind("PIA", "ceramics", "Ceramica > Piatti",
         ("Piatto da portata {name} in {mat}, Ø {size} cm",
          "{name} serving plate in {mat}, Ø {size} cm",
          "Servierplatte {name} aus {mat}, Ø {size} cm"),
         _CERAMICS, (_DECOR,), (29, 149), (600, 1800), (360, 360, 40), (28, 32, 36, 40)),
    Kind("SRV", "ceramics", "Ceramica > Servizi da tavola",
         ("Servizio di piatti {name} in {mat}, {size} pezzi",
          "{name} {size}-piece dinner set in {mat}",
          "{size}-teiliges Tafelservice {name} aus {mat}"),
         _CERAMICS, (_DECOR,), (190, 890), (8000, 22000), (450, 450, 350), (18, 24, 36)),
    Kind("TAZ", "ceramics", "Ceramica > Tazze",
         ("Tazzine da caffè {name} in {mat}, set da {size}",
          "{name} espresso cups in {mat}, set of {size}",
          "Espressotassen {name} aus {mat}, {size}er-Set"),
         _CERAMICS, (_DECOR,), (24, 119), (400, 1500), (250, 250, 120), (2, 4, 6)),
    Kind("TEI", "ceramics", "Ceramica > Teiere",
         ("Teiera per tè {name} in {mat}", "{name} teapot in {mat}", "Teekanne {name} aus {mat}"),
         _CERAMICS, (_DECOR,), (39, 159), (700, 1400), (250, 160, 180)),
    Kind("CIO", "ceramics", "Ceramica > Ciotole",
         ("Ciotola {name} in {mat}, Ø {size} cm", "{name} bowl in {mat}, Ø {size} cm",
          "Schüssel {name} aus {mat}, Ø {size} cm"),
         _CERAMICS, (_DECOR, _SIZE), (19, 129), (300, 2500), (250, 250, 110), (14, 20, 26, 32)),
    Kind("BRO", "ceramics", "Ceramica > Brocche",
         ("Brocca {name} in {mat}", "{name} jug in {mat}", "Krug {name} aus {mat}"),
         _CERAMICS, (_DECOR,), (35, 140), (700, 1600), (180, 150, 250)),
    Kind("LAM", "ceramics", "Ceramica > Lampade",
         ("Lampada da tavolo {name} in {mat}", "{name} table lamp in {mat}",
          "Tischlampe {name} aus {mat}"),
         _CERAMICS, (_DECOR,), (89, 390), (1500, 4000), (300, 300, 550)),
)

# Collection names: towns famous for a craft, a few with accents, and given names.
NAMES: tuple[str, ...] = (
    "Forlì", "Cantù", "Cefalù", "Canicattì", "Città di Castello", "Città della Pieve", "Nardò",
    "Paternò", "Sant'Agata", "Deruta", "Gubbio", "Orvieto", "Todi", "Assisi", "Spello", "Cortona",
    "Montalcino", "Pienza", "Volterra", "Lucca", "Siena", "Arezzo", "Urbino", "Sorrento",
    "Taormina", "Noto", "Ragusa", "Modica", "Matera", "Lecce", "Otranto", "Gallipoli",
    "Alberobello", "Ostuni", "Bergamo", "Como", "Bellagio", "Varenna", "Portofino", "Camogli",
    "Lerici", "Chioggia", "Burano", "Murano", "Asolo", "Bassano", "Marostica", "Treviso",
    "Cividale", "Aquileia", "Merano", "Bolzano", "Brunico", "Aosta", "Cogne", "Saluzzo", "Alba",
    "Barolo", "Bra", "Mantova", "Sabbioneta", "Cremona", "Pavia", "Vigevano", "Parma", "Modena",
    "Ferrara", "Ravenna", "Cesena", "Rimini", "Pesaro", "Fano", "Ascoli", "Fermo", "Loreto",
    "Recanati", "Spoleto", "Narni", "Viterbo", "Tuscania", "Tarquinia", "Anagni", "Gaeta",
    "Sperlonga", "Ischia", "Procida", "Capri", "Ravello", "Positano", "Amalfi", "Vietri",
    "Maratea", "Tropea", "Scilla", "Erice", "Trapani", "Marsala", "Sciacca", "Alghero", "Bosa",
    "Orosei", "Nuoro", "Tempio", "Sassari", "Faenza", "Impruneta", "Montelupo", "Caltagirone",
    "Grottaglie", "Castelli", "Gualdo Tadino", "Santo Stefano", "San Gimignano", "Fiesole",
    "Bolgheri", "Maremma", "Montepulciano", "Chianti", "Lunigiana", "Garfagnana", "Casentino",
    "Mugello", "Valdorcia", "Niccolò", "Lucrezia", "Beatrice", "Matilde", "Ginevra", "Leonardo",
    "Raffaello", "Caterina", "Ludovico", "Bianca", "Eleonora", "Federico", "Isabella", "Lorenzo",
    "Costanza", "Tommaso", "Vittoria", "Giacomo", "Aurora", "Dante", "Petrarca", "Boccaccio",
)

# (brand, its workshop town, family)
BRANDS: tuple[tuple[str, str, str], ...] = (
    ("Bottega Rossi", "Poggibonsi", "furniture"),
    ("Mobilificio Cantù", "Cantù", "furniture"),
    ("Ebanisteria Lucchese", "Lucca", "furniture"),
    ("Falegnameria Nardò", "Nardò", "furniture"),
    ("Arredi Città di Castello", "Città di Castello", "furniture"),
    ("Mobili Bassano", "Bassano del Grappa", "furniture"),
    ("Design Brianza", "Meda", "furniture"),
    ("Arte Povera Veneta", "Treviso", "furniture"),
    ("Salotti Forlì", "Forlì", "furniture"),
    ("Divani Matera", "Matera", "furniture"),
    ("Fratelli Benedetti", "Santa Croce sull'Arno", "leather"),
    ("Cuoieria Fiorentina", "Firenze", "leather"),
    ("Pellami Santa Croce", "Santa Croce sull'Arno", "leather"),
    ("Il Cuoio di Tolentino", "Tolentino", "leather"),
    ("Pelletteria Scandicci", "Scandicci", "leather"),
    ("Borse Perché No", "Bologna", "leather"),
    ("Valigeria Cefalù", "Cefalù", "leather"),
    ("Conceria del Chienti", "Civitanova Marche", "leather"),
    ("Ceramiche Faentine Bucci", "Faenza", "ceramics"),
    ("Terrecotte Mariani", "Impruneta", "ceramics"),
    ("Vietri Arte", "Vietri sul Mare", "ceramics"),
    ("Maioliche Gualdo", "Gualdo Tadino", "ceramics"),
    ("Casa Caltagirone", "Caltagirone", "ceramics"),
    ("Laboratorio Sant'Anna", "Deruta", "ceramics"),
    ("Manifattura Perugina", "Perugia", "ceramics"),
    ("Bottega del Tè e del Caffè", "Montelupo Fiorentino", "ceramics"),
    ("Ceramiche Grottaglie", "Grottaglie", "ceramics"),
    ("Officina Fiesolana", "Fiesole", "ceramics"),
)

TAGS_COMMON = (
    "fatto a mano", "made in Italy", "artigianale", "idea regalo", "spedizione gratuita",
    "novità", "saldi", "bestseller", "eco", "vintage", "moderno", "rustico", "design", "lusso",
    "personalizzabile", "qualità", "pezzo unico",
)
TAGS_FAMILY = {
    "furniture": ("soggiorno", "sala da pranzo", "camera da letto", "legno massello",
                  "casa al mare", "shabby chic", "country", "arredamento", "montaggio incluso"),
    "leather": ("pelle", "cuoio", "regalo uomo", "regalo donna", "ufficio", "viaggio", "unisex",
                "accessori", "conciato al vegetale"),
    "ceramics": ("ceramica", "maiolica", "tavola", "cucina", "dipinto a mano", "lista nozze",
                 "lavastoviglie", "caffè", "tè", "terracotta"),
}

# Description sentences per language; slots: name, mat, brand, town, years, days, dims, n.
SENTENCES: dict[str, tuple[str, ...]] = {
    "it": (
        "Realizzato a mano nel laboratorio {brand} a {town} con {mat} di prima scelta.",
        "Ogni pezzo è unico: piccole differenze di colore e di venatura sono il segno del lavoro "
        "artigianale.",
        "Perché scegliere {name}? Perché dura una vita e migliora con il tempo.",
        "Disponibile in {n} varianti, tutte pronte per la spedizione.",
        "Spedizione assicurata in tutta Europa, consegna in {days} giorni lavorativi.",
        "Dimensioni: {dims}.",
        "Garanzia di {years} anni su difetti di fabbricazione.",
        "Pulire con un panno morbido e asciutto; non usare detergenti aggressivi.",
        "Ideale come regalo di nozze o per arredare la casa in città o al mare.",
        "La collezione {name} nasce dalla tradizione di {town}, dove la nostra famiglia lavora "
        "da tre generazioni.",
        "Imballo curato e riciclabile, con istruzioni in italiano, inglese e tedesco.",
        "Su richiesta è possibile personalizzare il colore: scriveteci prima di ordinare.",
        "Le foto sono scattate alla luce naturale; il colore reale può variare leggermente.",
        "È disponibile anche il ritiro gratuito presso la nostra bottega.",
    ),
    "en": (
        "Handmade in the {brand} workshop in {town} from first-choice {mat}.",
        "Every piece is unique: small differences in colour and grain are the mark of "
        "craftsmanship.",
        "Why choose {name}? Because it lasts a lifetime and gets better with age.",
        "Available in {n} variants, all ready to ship.",
        "Insured shipping across Europe, delivered in {days} working days.",
        "Dimensions: {dims}.",
        "{years}-year warranty against manufacturing defects.",
        "Clean with a soft dry cloth; do not use harsh detergents.",
        "A perfect wedding gift, or for furnishing a city flat or a seaside home.",
        "The {name} collection comes from the tradition of {town}, where our family has worked "
        "for three generations.",
        "Careful, recyclable packaging with instructions in Italian, English and German.",
        "The colour can be customised on request: write to us before ordering.",
        "Photos taken in natural light; the actual colour may vary slightly.",
    ),
    "de": (
        "Handgefertigt in der Werkstatt {brand} in {town} aus erstklassigem {mat}.",
        "Jedes Stück ist ein Unikat: kleine Unterschiede in Farbe und Maserung sind das Zeichen "
        "echter Handarbeit.",
        "Warum {name}? Weil es ein Leben lang hält und mit der Zeit schöner wird.",
        "Erhältlich in {n} Varianten, alle sofort versandbereit.",
        "Versicherter Versand in ganz Europa, Lieferung in {days} Werktagen.",
        "Maße: {dims}.",
        "{years} Jahre Garantie auf Herstellungsfehler.",
        "Mit einem weichen, trockenen Tuch reinigen; keine scharfen Reinigungsmittel verwenden.",
        "Ideal als Hochzeitsgeschenk oder für die Wohnung in der Stadt und am Meer.",
        "Die Kollektion {name} stammt aus der Tradition von {town}, wo unsere Familie seit drei "
        "Generationen arbeitet.",
        "Sorgfältige, recycelbare Verpackung mit Anleitung auf Italienisch, Englisch und Deutsch.",
        "Die Farbe kann auf Wunsch angepasst werden: schreiben Sie uns vor der Bestellung.",
        "Fotos bei Tageslicht aufgenommen; die tatsächliche Farbe kann leicht abweichen.",
        "Größe und Gewicht können bei handgefertigten Stücken geringfügig abweichen.",
    ),
}

# Buyers across Europe: country -> (weight, first names, last names, cities, street template,
# street names, postcode pattern where 9 is a digit and A a letter, mail domains)
COUNTRIES: dict[str, tuple[int, Sequence[str], Sequence[str], Sequence[str], str, Sequence[str],
                           str, Sequence[str]]] = {
    "IT": (40, ("Giulia", "Marco", "Chiara", "Francesco", "Sofia", "Alessandro", "Martina",
                "Niccolò", "Beatrice", "Lorenzo", "Aurora", "Matteo"),
           ("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci",
            "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa"),
           ("Roma", "Milano", "Napoli", "Torino", "Palermo", "Genova", "Bologna", "Firenze",
            "Bari", "Catania", "Verona", "Forlì", "Cantù", "Città di Castello"),
           "{street} {n}", ("Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele",
                            "Via dei Servi", "Piazza della Libertà", "Via Mazzini",
                            "Viale Europa"), "99999", ("gmail.com", "libero.it", "virgilio.it")),
    "DE": (15, ("Anna", "Jonas", "Lena", "Lukas", "Mia", "Felix", "Hannah", "Jürgen", "Sören"),
           ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
            "Schäfer", "Köhler"),
           ("Berlin", "München", "Köln", "Düsseldorf", "Nürnberg", "Frankfurt am Main",
            "Hamburg"), "{street} {n}", ("Bergmannstraße", "Leopoldstraße", "Hauptstraße",
                                          "Schillerstraße", "Goethestraße"), "99999",
           ("gmx.de", "web.de", "t-online.de")),
    "FR": (10, ("Camille", "Lucas", "Léa", "Hugo", "Chloé", "Théo", "Manon", "Gaël"),
           ("Dubois", "Moreau", "Lefèvre", "Martin", "Bernard", "Durand", "Girard", "Lemaître"),
           ("Paris", "Lyon", "Marseille", "Nice", "Bordeaux", "Nantes", "Besançon"),
           "{n} {street}", ("rue de la Roquette", "quai Saint-Antoine", "avenue Jean-Jaurès",
                            "rue Victor-Hugo", "boulevard de la République"), "99999",
           ("orange.fr", "free.fr", "laposte.net")),
    "ES": (6, ("Lucía", "Hugo", "Martina", "Mateo", "Sofía", "Álvaro", "Paula"),
           ("García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Pérez"),
           ("Madrid", "Barcelona", "Valencia", "Sevilla", "Málaga", "Córdoba"),
           "{street} {n}", ("Calle de Fuencarral", "Calle Mayor", "Avenida de la Constitución",
                            "Carrer de Balmes"), "99999", ("gmail.com", "hotmail.es")),
    "AT": (5, ("Lena", "Lukas", "Sophie", "Maximilian", "Anna", "Florian"),
           ("Gruber", "Huber", "Bauer", "Wagner", "Pichler", "Steiner", "Moser"),
           ("Wien", "Graz", "Linz", "Salzburg", "Innsbruck"), "{street} {n}",
           ("Mariahilfer Straße", "Getreidegasse", "Herrengasse", "Landstraßer Hauptstraße"),
           "9999", ("gmx.at", "aon.at")),
    "NL": (5, ("Sanne", "Daan", "Emma", "Sem", "Julia", "Lieke"),
           ("de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "de Jong"),
           ("Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Eindhoven"), "{street} {n}",
           ("Prinsengracht", "Keizersgracht", "Kalverstraat", "Oudegracht"), "9999 AA",
           ("ziggo.nl", "kpnmail.nl")),
    "BE": (4, ("Emma", "Louis", "Olivia", "Arthur", "Elise"),
           ("Peeters", "Janssens", "Maes", "Dubois", "Lambert"),
           ("Bruxelles", "Antwerpen", "Gent", "Liège", "Brugge"), "{street} {n}",
           ("Rue Neuve", "Meir", "Veldstraat", "Rue de la Loi"), "9999", ("skynet.be",)),
    "CH": (3, ("Noah", "Mia", "Luca", "Elena", "Leon"),
           ("Keller", "Meier", "Brunner", "Gerber", "Bernasconi"),
           ("Zürich", "Genève", "Basel", "Lugano", "Bern"), "{street} {n}",
           ("Bahnhofstrasse", "Rue du Rhône", "Via Nassa", "Marktgasse"), "9999",
           ("bluewin.ch",)),
    "PL": (3, ("Zofia", "Jakub", "Julia", "Antoni", "Małgorzata", "Łukasz"),
           ("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamińska"),
           ("Kraków", "Warszawa", "Wrocław", "Gdańsk", "Łódź"), "{street} {n}",
           ("ul. Floriańska", "ul. Marszałkowska", "ul. Długa", "ul. Świdnicka"), "99-999",
           ("wp.pl", "onet.pl")),
    "PT": (2, ("Maria", "João", "Inês", "Tomás", "Beatriz"),
           ("Silva", "Santos", "Ferreira", "Pereira", "Gonçalves"),
           ("Lisboa", "Porto", "Braga", "Coimbra"), "{street} {n}",
           ("Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina"), "9999-999",
           ("sapo.pt",)),
    "SE": (2, ("Elsa", "William", "Astrid", "Oskar", "Maja"),
           ("Andersson", "Johansson", "Karlsson", "Nilsson", "Öberg"),
           ("Stockholm", "Göteborg", "Malmö", "Uppsala"), "{street} {n}",
           ("Drottninggatan", "Kungsgatan", "Götgatan"), "999 99", ("telia.com",)),
    "DK": (1, ("Freja", "Magnus", "Ida", "Søren"), ("Jensen", "Nielsen", "Hansen", "Sørensen"),
           ("København", "Aarhus", "Odense"), "{street} {n}", ("Strøget", "Nørregade"), "9999",
           ("mail.dk",)),
    "IE": (1, ("Aoife", "Seán", "Niamh", "Ciarán"), ("Murphy", "Kelly", "O'Brien", "Ó Briain"),
           ("Dublin", "Cork", "Galway"), "{n} {street}", ("Grafton Street", "Shop Street"),
           "A99 A999", ("eircom.net",)),
    "CZ": (1, ("Tereza", "Jakub", "Eliška", "Tomáš"), ("Novák", "Dvořák", "Svoboda", "Černý"),
           ("Praha", "Brno", "Olomouc"), "{street} {n}", ("Národní", "Václavské náměstí"),
           "999 99", ("seznam.cz",)),
    "GR": (1, ("Eleni", "Giorgos", "Maria", "Dimitris"),
           ("Papadopoulos", "Georgiou", "Nikolaou"), ("Athína", "Thessaloníki", "Pátra"),
           "{street} {n}", ("Ermou", "Tsimiski"), "999 99", ("otenet.gr",)),
    "LU": (1, ("Léa", "Luca", "Emma"), ("Schmit", "Muller", "Weber"), ("Luxembourg", "Esch"),
           "{n}, {street}", ("Grand-Rue", "Avenue de la Liberté"), "L-9999", ("pt.lu",)),
}
CARRIERS = {
    "IT": ("BRT", "Poste Italiane", "SDA", "GLS"),
    "default": ("DHL", "UPS", "GLS", "DPD"),
}
TRACKING_URL = {
    "BRT": "https://vas.brt.it/vas/sped_det_show.hsm?referer=sped_numspe_par.htm&Nspediz={t}",
    "Poste Italiane": "https://www.poste.it/cerca/#/risultati-spedizioni/{t}",
    "SDA": "https://www.sda.it/wps/portal/Servizi_online/ricerca_spedizioni?tracing.letteraVettura={t}",
    "GLS": "https://gls-group.com/track/{t}",
    "DHL": "https://www.dhl.com/it-en/home/tracking.html?tracking-id={t}",
    "UPS": "https://www.ups.com/track?tracknum={t}",
    "DPD": "https://tracking.dpd.de/status/en_US/parcel/{t}",
}
NOTES = (
    "", "", "", "", "", "", "", "", "Citofonare {last}", "Consegna al piano, grazie",
    "Regalo: non inserire la fattura nel pacco", "Lasciare al portiere", "Bitte beim Nachbarn "
    "abgeben", "Merci de livrer le matin", "Chiamare prima della consegna",
)


def _weighted(pairs: Sequence[tuple[Any, int]]) -> list[Any]:
    """A flat list in which each value appears `weight` times: `rng.choice` on it is a weighted
    pick at the cost of one call (random.choices is several times slower per draw)."""
    return [value for value, weight in pairs for _ in range(weight)]


STATUS_POOL = _weighted([("active", 80), ("draft", 8), ("inactive", 7), ("auditing", 5)])
SYNC_POOL = _weighted([("synced", 90), ("pending", 7), ("rejected", 2), ("conflict", 1)])
VARIANT_COUNT_POOL = _weighted([(1, 25), (2, 20), (3, 20), (4, 15), (5, 10), (6, 10)])
PHOTO_COUNT_POOL = _weighted([(1, 30), (2, 30), (3, 25), (4, 15)])
LINE_COUNT_POOL = _weighted([(1, 60), (2, 25), (3, 10), (4, 5)])
QUANTITY_POOL = _weighted([(1, 80), (2, 15), (3, 3), (4, 2)])
COUNTRY_POOL = _weighted([(code, spec[0]) for code, spec in COUNTRIES.items()])
BRANDS_BY_FAMILY = {
    family: [b for b in BRANDS if b[2] == family] for family in ("furniture", "leather", "ceramics")
}
UNFOLDABLE = str.maketrans({"ß": "ss", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae",
                            "'": "", " ": ""})


def _fold(value: str) -> str:
    """ASCII-fold a name for an e-mail address: `Nicolò Wiśniewski` -> `nicolo.wisniewski`."""
    decomposed = unicodedata.normalize("NFKD", value.translate(UNFOLDABLE))
    return decomposed.encode("ascii", "ignore").decode("ascii").lower()


def _ts(moment: datetime) -> str:
    """A UTC datetime in SQLAlchemy's SQLite storage format, so the ORM reads it back as-is."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _dumps(value: Any) -> str:
    """JSON as SQLAlchemy's JSON type writes it (json.dumps defaults), so the ORM can read it."""
    return json.dumps(value)


@dataclass
class Rows:
    """Rows of one batch, in insert order (parents before children)."""

    products: list[tuple[Any, ...]] = field(default_factory=list)
    texts: list[tuple[Any, ...]] = field(default_factory=list)
    variants: list[tuple[Any, ...]] = field(default_factory=list)
    photos: list[tuple[Any, ...]] = field(default_factory=list)


@dataclass(frozen=True)
class SoldVariant:
    """What an order line needs to know of a variant (kept for all variants, so compact)."""

    id: str
    sku: str
    title: str
    options: str
    price_minor: int


class ShopGenerator:
    """Produces the rows of the synthetic shop; pure Python, no database."""

    def __init__(self, seed: int, now: datetime, *, photos: bool = True) -> None:
        self.seed = seed
        self.now = now
        self.photos = photos
        self.sold: list[SoldVariant] = []  # live variants, for order lines

    # -- products ---------------------------------------------------------------------------

    def products(self, count: int) -> Iterator[Rows]:
        """Batches of `CHUNK` products with their texts, variants and photos."""
        rng = random.Random(f"products-{self.seed}")
        rows = Rows()
        for serial in range(1, count + 1):
            self._product(rng, serial, rows)
            if serial % CHUNK == 0:
                yield rows
                rows = Rows()
        if rows.products:
            yield rows

    def _product(self, rng: random.Random, serial: int, rows: Rows) -> None:
        kind = rng.choice(KINDS)
        name = rng.choice(NAMES)
        mat = rng.choice(kind.materials)
        size = rng.choice(kind.sizes)
        brand, town, _family = rng.choice(BRANDS_BY_FAMILY[kind.family])
        pid = _uuid(rng)
        created = self.now - timedelta(seconds=rng.randrange(3 * 365 * 86400))
        age = int((self.now - created).total_seconds())
        updated = created + timedelta(seconds=rng.randrange(age + 1))
        deleted = rng.random() < 0.004
        status = rng.choice(STATUS_POOL)
        sync_state = "pending" if deleted else rng.choice(SYNC_POOL)
        synced = sync_state != "pending" and status != "draft"
        weight = rng.randint(*kind.weight)
        dims = [round(d * rng.uniform(0.8, 1.25)) for d in kind.dims]
        tags = sorted(
            set(rng.sample(TAGS_COMMON, rng.randint(1, 3)))
            | set(rng.sample(TAGS_FAMILY[kind.family], rng.randint(1, 3)))
        )

        # Variants: distinct option combinations, 1-6 of them.
        combos: list[list[tuple[str, str]]] = [[]]
        for axis in kind.axes:
            combos = [[*c, v] for c in combos for v in rng.sample(axis.values, len(axis.values))]
        n_variants = min(rng.choice(VARIANT_COUNT_POOL), len(combos))
        chosen = sorted(rng.sample(range(len(combos)), n_variants))
        base_price = rng.randint(*kind.price) * 100 - rng.choice((0, 0, 0, 100, 1000, 1100))
        base_price = max(base_price, 990)

        languages = ["it"]
        if rng.random() < 0.92:
            languages.append("en")
        if rng.random() < 0.80:
            languages.append("de")
        words = dict(zip(LANGS, mat, strict=True))
        dims_text = f"{dims[0] // 10} × {dims[1] // 10} × {dims[2] // 10} cm"
        slots = {
            "name": name, "brand": brand, "town": town, "n": n_variants,
            "days": rng.choice((2, 3, 5, 7, 10, 15)), "years": rng.choice((2, 3, 5, 10)),
            "dims": dims_text,
        }
        texts: dict[str, tuple[str, str]] = {}
        for lang in languages:
            template = kind.titles[LANGS.index(lang)]
            title = template.format(name=name, mat=words[lang], size=size)
            pool = SENTENCES[lang]
            picked = sorted(rng.sample(range(len(pool)), rng.randint(4, 7)))
            description = " ".join(pool[i].format(mat=words[lang], **slots) for i in picked)
            texts[lang] = (title, description)
            rows.texts.append((pid, lang, title, description))

        deleted_at = _ts(updated) if deleted else None
        for position, index in enumerate(chosen):
            options = combos[index]
            sku = f"{kind.code}-{serial:06d}" + "".join(f"-{code}" for _v, code in options)
            price = base_price + rng.choice((0, 0, 0, 1000, 2000, 5000, 10000)) * (
                1 if base_price > 30000 else 0
            )
            option_map = {axis.name: value for axis, (value, _c) in zip(kind.axes, options,
                                                                        strict=True)}
            options_json = _dumps(option_map)
            stock = rng.choice((0, 0, 1, 1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 40))
            vid = _uuid(rng)
            v_deleted = deleted_at or (
                _ts(updated) if position and rng.random() < 0.01 else None
            )
            v_base = (
                _dumps({"sku": sku, "options": option_map, "price_minor": price,
                        "currency": "EUR", "product_id": pid, "stock": stock})
                if synced else None
            )
            rows.variants.append((
                vid, pid, sku, options_json, price, "EUR", stock, position, _ts(created),
                _ts(updated), v_deleted, f"V{serial}{position}" if synced else None,
                str(rng.randint(1, 9)) if synced else None, v_base,
            ))
            if v_deleted is None:
                self.sold.append(SoldVariant(vid, sku, texts["it"][0], options_json, price))

        base = None
        if synced:
            snapshot: dict[str, Any] = {
                "status": status, "main_language": "it", "category": kind.category,
                "brand": brand, "tags": tags, "weight_grams": weight, "length_mm": dims[0],
                "width_mm": dims[1], "height_mm": dims[2],
            }
            for lang, (title, description) in texts.items():
                snapshot[f"title.{lang}"] = title
                snapshot[f"description.{lang}"] = description
            base = _dumps(snapshot)
        rows.products.append((
            pid, status, "it", kind.category, brand, _dumps(tags), weight, dims[0], dims[1],
            dims[2], sync_state, _ts(created), _ts(updated), deleted_at,
            f"P{serial}" if synced else None, str(rng.randint(1, 12)) if synced else None, base,
        ))

        if self.photos:
            for position in range(rng.choice(PHOTO_COUNT_POOL)):
                landscape = rng.random() < 0.6
                rows.photos.append((
                    _uuid(rng), pid, None, f"{rng.getrandbits(256):064x}", position,
                    position == 0, 1600 if landscape else 1200, 1200 if landscape else 1600,
                    f"{kind.code.lower()}-{serial:06d}-{position + 1}.jpg",
                    f"M{serial}-{position}" if synced else None, _ts(created),
                ))

    # -- orders -----------------------------------------------------------------------------

    def orders(self, count: int) -> Iterator[dict[str, list[tuple[Any, ...]]]]:
        """Batches of orders with their lines, fulfilments and fulfilment lines."""
        if count and not self.sold:
            raise ValueError("orders need products to sell")
        rng = random.Random(f"orders-{self.seed}")
        batch: dict[str, list[tuple[Any, ...]]] = {
            "orders": [], "lines": [], "fulfilments": [], "fulfilment_lines": []
        }
        for index in range(count):
            self._order(rng, index, batch)
            if (index + 1) % CHUNK == 0:
                yield batch
                batch = {key: [] for key in batch}
        if batch["orders"]:
            yield batch

    def _status(self, rng: random.Random, age_days: float) -> str:
        roll = rng.random()
        if age_days < 2:
            return "placed" if roll < 0.4 else ("awaiting_shipment" if roll < 0.92 else "cancelled")
        if age_days < 7:
            if roll < 0.30:
                return "awaiting_shipment"
            if roll < 0.40:
                return "partially_shipped"
            return "shipped" if roll < 0.95 else "cancelled"
        if age_days < 30:
            return "shipped" if roll < 0.70 else ("completed" if roll < 0.95 else "cancelled")
        return "completed" if roll < 0.92 else ("cancelled" if roll < 0.97 else "shipped")

    def _order(self, rng: random.Random, index: int, batch: dict[str, list[tuple[Any, ...]]]
               ) -> None:
        country = rng.choice(COUNTRY_POOL)
        _w, firsts, lasts, cities, street_tpl, streets, postcode_tpl, domains = COUNTRIES[country]
        first, last = rng.choice(firsts), rng.choice(lasts)
        buyer = f"{first} {last}"
        email = f"{_fold(first)}.{_fold(last)}{rng.randint(1, 99)}@{rng.choice(domains)}"
        postcode = "".join(
            str(rng.randint(0, 9)) if ch == "9" else (chr(65 + rng.randrange(26)) if ch == "A"
                                                     else ch)
            for ch in postcode_tpl
        )
        address = {
            "name": buyer,
            "line1": street_tpl.format(street=rng.choice(streets), n=rng.randint(1, 240)),
            "city": rng.choice(cities),
            "postal_code": postcode,
            "country": country,
            "phone": f"+{rng.randint(30, 49)} {rng.randint(300, 399)} "
            f"{rng.randint(1000000, 9999999)}",
        }
        age = timedelta(seconds=rng.randrange(2 * 365 * 86400))
        placed = self.now - age
        status = self._status(rng, age.total_seconds() / 86400)
        oid = _uuid(rng)

        lines: list[tuple[Any, ...]] = []
        subtotal = 0
        picked: set[int] = set()
        for position in range(rng.choice(LINE_COUNT_POOL)):
            # Popular products sell more: a square skews picks towards the low indexes.
            which = int(len(self.sold) * rng.random() ** 2)
            if which in picked:
                continue
            picked.add(which)
            sold = self.sold[which]
            quantity = rng.choice(QUANTITY_POOL)
            subtotal += quantity * sold.price_minor
            lines.append((
                _uuid(rng), oid, f"L{index + 1}-{position + 1}", sold.id, sold.sku, sold.title,
                sold.options, quantity, sold.price_minor, position,
            ))
        shipping = 0 if subtotal >= 15000 else (990 if country == "IT" else 1990)
        ship_by = placed + timedelta(days=rng.randint(2, 5))
        seen = None if status == "placed" else _ts(placed + timedelta(minutes=rng.randint(5, 900)))
        note = rng.choice(NOTES).format(last=last)
        number = f"SD-{placed.year}-{index + 1:06d}"
        base = _dumps({"status": status, "ship_by": ship_by.isoformat(), "notes": note})
        batch["orders"].append((
            oid, number, status, buyer, email, country, _dumps(address), "EUR", subtotal,
            shipping, subtotal + shipping, _ts(placed), _ts(ship_by), note, seen,
            _ts(placed + timedelta(hours=rng.randint(1, 72))), f"O{index + 1}",
            str(rng.randint(1, 6)), base,
        ))
        batch["lines"].extend(lines)

        if status in ("shipped", "completed", "partially_shipped"):
            shipped_lines = lines[:1] if status == "partially_shipped" else lines
            split = status != "partially_shipped" and len(lines) > 1 and rng.random() < 0.1
            groups = [shipped_lines[:1], shipped_lines[1:]] if split else [shipped_lines]
            carriers = CARRIERS.get(country, CARRIERS["default"])
            for number_in_order, group in enumerate(groups):
                carrier = rng.choice(carriers)
                tracking = "".join(str(rng.randint(0, 9)) for _ in range(rng.choice((12, 14, 18))))
                shipped = placed + timedelta(hours=rng.randint(4, 96))
                fid = _uuid(rng)
                batch["fulfilments"].append((
                    fid, oid, carrier, tracking, TRACKING_URL[carrier].format(t=tracking),
                    _ts(shipped), _ts(shipped), f"F{index + 1}-{number_in_order + 1}", "1", None,
                ))
                batch["fulfilment_lines"].extend((fid, line[0], line[7]) for line in group)


INSERTS = {
    "products": "INSERT INTO products (id, status, main_language, category, brand, tags, "
    "weight_grams, length_mm, width_mm, height_mm, sync_state, created_at, updated_at, "
    "deleted_at, remote_id, remote_version, base) VALUES (" + ", ".join("?" * 17) + ")",
    "texts": "INSERT INTO product_texts (product_id, language, title, description) "
    "VALUES (?, ?, ?, ?)",
    "variants": "INSERT INTO variants (id, product_id, sku, options, price_minor, currency, stock, "
    "position, created_at, updated_at, deleted_at, remote_id, remote_version, base) VALUES ("
    + ", ".join("?" * 14) + ")",
    "photos": "INSERT INTO photos (id, product_id, variant_id, content_hash, position, is_main, "
    "width, height, file_name, media_id, created_at) VALUES (" + ", ".join("?" * 11) + ")",
    "orders": "INSERT INTO orders (id, number, status, buyer_name, buyer_email, buyer_country, "
    "shipping_address, currency, subtotal_minor, shipping_minor, total_minor, placed_at, ship_by, "
    "notes, seen_at, updated_at, remote_id, remote_version, base) VALUES ("
    + ", ".join("?" * 19) + ")",
    "lines": "INSERT INTO order_lines (id, order_id, remote_id, variant_id, sku, title, options, "
    "quantity, unit_price_minor, position) VALUES (" + ", ".join("?" * 10) + ")",
    "fulfilments": "INSERT INTO fulfilments (id, order_id, carrier, tracking_number, tracking_url, "
    "shipped_at, created_at, remote_id, remote_version, base) VALUES (" + ", ".join("?" * 10) + ")",
    "fulfilment_lines": "INSERT INTO fulfilment_lines (fulfilment_id, order_line_id, quantity) "
    "VALUES (?, ?, ?)",
}

COUNTED_TABLES = (
    "products", "product_texts", "variants", "photos", "orders", "order_lines", "fulfilments",
    "fulfilment_lines", "search_keys", "product_search",
)


def _migration() -> Any:
    """Migration 0002 as a module (its file name starts with a digit, hence importlib)."""
    return importlib.import_module(MIGRATION_0002)


def _trigger_sql(session: Session) -> dict[str, str]:
    rows = session.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))
    return {name: sql for name, sql in rows}


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def generate(
    out: Path,
    *,
    products: int = 100_000,
    orders: int = 50_000,
    seed: int = 1,
    now: datetime = DEFAULT_NOW,
    photos: bool = True,
    force: bool = False,
    through_triggers: bool = False,
    log: Any = print,
) -> dict[str, int]:
    """Create `out/sellerdesk.db` holding the synthetic shop; returns the row counts.

    `through_triggers` keeps the triggers during the load (slow): the way to check that the fast
    path builds exactly the search documents and summaries the triggers would have built.
    """
    path = out / DB_NAME
    if path.exists():
        if not force:
            raise FileExistsError(f"{path} exists; pass --force to replace it")
        _remove_database(path)
    out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    migration = _migration()
    database = Database.open(path)
    log(f"migrated empty database in {time.perf_counter() - started:.1f} s")
    generator = ShopGenerator(seed, now, photos=photos)
    try:
        with database.write() as session:
            raw = session.connection().connection.driver_connection
            assert raw is not None
            previous_cache = raw.execute("PRAGMA cache_size").fetchone()[0]
            # Random UUID keys scatter inserts over every index page: a large cache keeps the
            # whole working set in memory for the load (connection-local, restored below).
            raw.execute("PRAGMA cache_size = -524288")
            triggers_before = _trigger_sql(session)
            missing = set(migration.TRIGGERS) - set(triggers_before)
            if missing:
                raise RuntimeError(f"schema lacks the triggers {sorted(missing)}")
            if not through_triggers:
                for name in migration.TRIGGERS:
                    raw.execute(f"DROP TRIGGER {name}")

            phase = time.perf_counter()
            made = 0
            for rows in generator.products(products):
                raw.executemany(INSERTS["products"], rows.products)
                raw.executemany(INSERTS["texts"], rows.texts)
                raw.executemany(INSERTS["variants"], rows.variants)
                raw.executemany(INSERTS["photos"], rows.photos)
                made += len(rows.products)
                if made % 25_000 == 0 or made == products:
                    log(f"  products: {made:,} ({time.perf_counter() - phase:.1f} s)")
            phase = time.perf_counter()
            for batch in generator.orders(orders):
                for table in ("orders", "lines", "fulfilments", "fulfilment_lines"):
                    raw.executemany(INSERTS[table], batch[table])
            log(f"  orders: {orders:,} ({time.perf_counter() - phase:.1f} s)")

            if not through_triggers:
                phase = time.perf_counter()
                for name, body in migration.TRIGGERS.items():
                    raw.execute(f"CREATE TRIGGER {name} {body}")
                if _trigger_sql(session) != triggers_before:
                    raise RuntimeError("recreated triggers differ from the migrated schema")
                store_search.rebuild(session)
                log(f"  search index rebuilt ({time.perf_counter() - phase:.1f} s)")
                phase = time.perf_counter()
                session.execute(text(migration._summarise("products.id")))
                log(f"  product summaries ({time.perf_counter() - phase:.1f} s)")
            raw.execute(f"PRAGMA cache_size = {previous_cache}")
        with database.write() as session:
            counts = {
                table: int(session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())
                for table in COUNTED_TABLES
            }
            problems = session.execute(text("PRAGMA foreign_key_check")).fetchall()
            if problems:
                raise RuntimeError(f"broken references after the load: {problems[:3]}")
    except BaseException:
        database.close()
        _remove_database(path)
        raise
    database.close()
    counts["seconds"] = round(time.perf_counter() - started)
    return counts


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="folder for sellerdesk.db")
    parser.add_argument("--products", type=int, default=100_000)
    parser.add_argument("--orders", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--now", type=datetime.fromisoformat, default=DEFAULT_NOW,
        help="anchor for dates (ISO 8601, default %(default)s) - fixed, for determinism",
    )
    parser.add_argument("--no-photos", dest="photos", action="store_false",
                        help="no photo rows (there are never photo files)")
    parser.add_argument("--force", action="store_true", help="replace an existing database")
    parser.add_argument("--through-triggers", action="store_true",
                        help="keep the triggers during the load (slow; to check the fast path)")
    args = parser.parse_args(argv)
    now = args.now if args.now.tzinfo else args.now.replace(tzinfo=UTC)
    try:
        counts = generate(
            args.out, products=args.products, orders=args.orders, seed=args.seed, now=now,
            photos=args.photos, force=args.force, through_triggers=args.through_triggers,
        )
    except FileExistsError as exc:
        print(exc, file=sys.stderr)
        return 2
    seconds = counts.pop("seconds")
    size = (args.out / DB_NAME).stat().st_size
    print(f"generated {args.out / DB_NAME} in {seconds} s ({size / 2**20:.0f} MiB):")
    for table, count in counts.items():
        print(f"  {table:17} {count:>10,}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
