"""`sellerdesk products list|show|add|set|delete` and `products variant add|delete`."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from sellerdesk.commands.words import fill
from sellerdesk.errors import ValidationError
from sellerdesk.ui.labels import product_status

if TYPE_CHECKING:
    from sellerdesk.catalogue.editing import ProductDraft
    from sellerdesk.cli import Context

translate = QCoreApplication.translate

def _language_text(value: str) -> tuple[str, str]:
    language, equals, text = value.partition("=")
    if not equals or not language.strip():
        raise argparse.ArgumentTypeError(f"expected LANG=TEXT, got {value!r}")
    return language.strip(), text


def add_action_parser(actions: Any, name: str, func: Callable[[Context], int],
                      **kwargs: Any) -> argparse.ArgumentParser:
    """A sub-sub-command (`products list`) that also takes the options valid everywhere."""
    parser: argparse.ArgumentParser = actions.add_parser(name, **kwargs)
    for option, spec in (("--json", {"action": "store_true"}),
                         ("--data-dir", {"metavar": "DIR"}),
                         ("--lang", {"metavar": "LANG"})):
        parser.add_argument(option, default=argparse.SUPPRESS, **spec)  # type: ignore[arg-type]
    parser.set_defaults(func=func)
    return parser


def register(sub: Callable[..., argparse.ArgumentParser]) -> None:
    products = sub("products", help="list, show, add and change products")
    actions = products.add_subparsers(dest="action", metavar="ACTION", required=True)

    def action(name: str, func: Callable[[Context], int], **kwargs: Any) -> argparse.ArgumentParser:
        return add_action_parser(actions, name, func, **kwargs)

    listing = action("list", list_products, help="list products")
    listing.add_argument("--search", default="", help="words or SKU prefixes to look for")
    listing.add_argument("--status", choices=["draft", "auditing", "active", "inactive"])
    listing.add_argument("--limit", type=int, default=0, help="at most this many (0: all)")

    show = action("show", show_product, help="show one product by SKU")
    show.add_argument("sku")

    add = action("add", add_product, help="add a product with one variant")
    add.add_argument("--sku", required=True)
    add.add_argument("--title", type=_language_text, action="append", required=True,
                     metavar="LANG=TEXT", help="title in a language; the first is the main one")
    add.add_argument("--description", type=_language_text, action="append", default=[],
                     metavar="LANG=TEXT")
    add.add_argument("--price", required=True, help="e.g. 12.50 or 1.234,50")
    add.add_argument("--free", action="store_true",
                     help="confirm a --price of 0 (the item is given away)")
    add.add_argument("--currency", default="EUR")
    add.add_argument("--stock", type=int, default=0)
    add.add_argument("--status", default="draft",
                     choices=["draft", "auditing", "active", "inactive"])
    add.add_argument("--category", default="")
    add.add_argument("--brand", default="")
    add.add_argument("--tag", action="append", default=[], dest="tags")
    add.add_argument("--option", type=_language_text, action="append", default=[],
                     metavar="NAME=VALUE", help="variant option, e.g. Colore=Blu")

    change = action("set", set_product, help="change a product by SKU")
    change.add_argument("sku")
    change.add_argument("--price")
    change.add_argument("--free", action="store_true",
                        help="confirm a --price of 0 (the item is given away)")
    change.add_argument("--stock", help="N sets the stock, +N or -N moves it")
    change.add_argument("--title", type=_language_text, action="append", default=[],
                        metavar="LANG=TEXT")
    change.add_argument("--description", type=_language_text, action="append", default=[],
                        metavar="LANG=TEXT")
    change.add_argument("--status", choices=["draft", "auditing", "active", "inactive"])
    change.add_argument("--category")
    change.add_argument("--brand")

    delete = action("delete", delete_product, help="delete a product by SKU (kept as tombstone)")
    delete.add_argument("sku")

    _register_variant(actions)


def _register_variant(actions: Any) -> None:
    """`products variant add|delete`: a product's variants, one undoable step each."""
    variant = actions.add_parser("variant", help="add or delete a variant of a product")
    variant_actions = variant.add_subparsers(dest="variant_action", metavar="ACTION",
                                             required=True)
    add = add_action_parser(variant_actions, "add", add_variant,
                            help="add a variant to the product that has PRODUCT_SKU")
    add.add_argument("product_sku", metavar="PRODUCT_SKU",
                     help="the SKU of any variant of the product")
    add.add_argument("--sku", required=True, help="the new variant's SKU")
    add.add_argument("--option", type=_language_text, action="append", default=[],
                     metavar="NAME=VALUE", help="variant option, e.g. Colore=Nero")
    add.add_argument("--price", help="e.g. 12.50 or 1.234,50 (default: the first variant's)")
    add.add_argument("--stock", type=int, default=0)
    delete = add_action_parser(variant_actions, "delete", delete_variant,
                               help="delete one variant by SKU (not the product's last one)")
    delete.add_argument("sku")


def list_products(ctx: Context) -> int:
    from sellerdesk.catalogue import queries
    from sellerdesk.i18n import Formatter, ui_language

    args = ctx.args
    language = ui_language(ctx.locale)
    fmt = Formatter(ctx.locale)
    with ctx.database().read() as session:
        ids = queries.product_ids(
            session, queries.ProductFilter(search=args.search, status=args.status),
            language=language,
        )
        if args.limit:
            ids = ids[: args.limit]
        found = queries.rows(session, ids, language=language)
    ordered = [found[i] for i in ids if i in found]
    lines = [
        f"{row.sku:<24} {row.title[:48]:<48} {fmt.money(row.price_minor, row.currency):>12} "
        f"{row.stock:>5}  {product_status(row.status)}"
        for row in ordered
    ]
    ctx.emit([row.to_json() for row in ordered],
             "\n".join(lines) or translate("ProductCommands", "No products."))
    return 0


def _describe(ctx: Context, product: Any) -> str:
    from sellerdesk.i18n import Formatter, ui_language
    from sellerdesk.ui.labels import language_name, sync_state

    fmt = Formatter(ctx.locale)
    out = [
        product.title(ui_language(ctx.locale)),
        "  " + fill(translate("ProductCommands", "status: %1   sync: %2   main language: %3"),
                    product_status(product.status), sync_state(product.sync_state),
                    language_name(product.main_language)),
    ]
    if product.category or product.brand:
        out.append("  " + fill(translate("ProductCommands", "category: %1   brand: %2"),
                               product.category, product.brand))
    if product.tags:
        out.append("  " + fill(translate("ProductCommands", "tags: %1"), ", ".join(product.tags)))
    out.append("  " + translate("ProductCommands", "texts:"))
    for language, text in sorted(product.texts.items()):
        out.append(f"    {language}: {text['title']}")
    out.append("  " + translate("ProductCommands", "variants:"))
    for variant in product.variants:
        options = ", ".join(f"{k}: {v}" for k, v in variant.options.items())
        stock = fill(translate("ProductCommands", "stock %1"), f"{variant.stock:>4}")
        out.append(
            f"    {variant.sku:<28} {fmt.money(variant.price_minor, variant.currency):>12} "
            f"{stock}  {options}"
        )
    return "\n".join(out)


def show_product(ctx: Context) -> int:
    from sellerdesk.catalogue import Catalogue

    product = Catalogue(ctx.database()).get_by_sku(ctx.args.sku)
    ctx.emit(product.to_json(), _describe(ctx, product))
    return 0


def _price(ctx: Context, text: str, currency: str) -> int:
    """The price typed, in minor units; 0 only with --free: a slip of the keyboard (`0`,
    `0,00`) would otherwise list the item for nothing."""
    from sellerdesk.cli_messages import CliMessage
    from sellerdesk.money import parse_money

    price = parse_money(text, currency, ctx.locale)
    if price == 0 and not getattr(ctx.args, "free", False):
        raise CliMessage("price_zero")
    return price


def add_product(ctx: Context) -> int:
    from sellerdesk.catalogue import Catalogue, ProductInput, VariantInput
    from sellerdesk.catalogue.editing import ProductDraft, VariantDraft

    args = ctx.args
    texts: dict[str, dict[str, str]] = {}
    for language, title in args.title:
        texts.setdefault(language, {})["title"] = title
    for language, description in args.description:
        texts.setdefault(language, {})["description"] = description
    catalogue = Catalogue(ctx.database())
    price = _price(ctx, args.price, args.currency)
    _within_limits(ctx, ProductDraft(
        fields={"status": args.status, "main_language": args.title[0][0]}, texts=texts,
        variants=(VariantDraft(None, args.sku, price, args.stock, args.currency,
                               dict(args.option)),)))
    product_id = catalogue.create_product(
        ProductInput(
            texts=texts,
            variants=[
                VariantInput(
                    sku=args.sku,
                    price_minor=price,
                    currency=args.currency,
                    stock=args.stock,
                    options=dict(args.option),
                )
            ],
            status=args.status,
            main_language=args.title[0][0],
            category=args.category,
            brand=args.brand,
            tags=args.tags,
        )
    )
    product = catalogue.get(product_id)
    ctx.emit(product.to_json(), fill(translate("ProductCommands", "Added %1: %2"), args.sku,
                                     product.title(product.main_language)))
    return 0


def _within_limits(ctx: Context, draft: ProductDraft) -> None:
    """What the editor refuses, the shell refuses too: a product that breaks a marketplace's
    limit (a 324-character title) is kept only as a draft (#16 item 6)."""
    from sellerdesk.catalogue.editing import check_limits
    from sellerdesk.catalogue.limits import effective_limits
    from sellerdesk.catalogue.lookups import lookups
    from sellerdesk.store.models import ProductStatus

    if draft.fields.get("status") == ProductStatus.DRAFT.value:
        return
    with ctx.database().read() as session:
        marketplaces = lookups(session).marketplaces
    check_limits(draft, effective_limits(marketplaces))


def _changed_draft(product: Any, changes: dict[str, Any]) -> ProductDraft:
    """The product as it would be after `changes` (title.LANG, description.LANG, fields)."""
    from sellerdesk.catalogue.editing import ProductDraft

    draft = ProductDraft.of(product)
    texts = {lang: dict(text) for lang, text in draft.texts.items()}
    fields = dict(draft.fields)
    for name, value in changes.items():
        kind, _, language = name.partition(".")
        if language:
            texts.setdefault(language, {"title": "", "description": ""})[kind] = value
        else:
            fields[name] = value
    return ProductDraft(fields=fields, texts=texts, variants=draft.variants)


def set_product(ctx: Context) -> int:
    from sellerdesk.catalogue import Catalogue
    from sellerdesk.store.models import new_id

    args = ctx.args
    catalogue = Catalogue(ctx.database())
    variant = catalogue.variant(args.sku)
    product = catalogue.get_by_sku(args.sku)
    step = new_id()  # one undoable step for the whole command
    changes: dict[str, Any] = {}
    for language, title in args.title:
        changes[f"title.{language}"] = title
    for language, description in args.description:
        changes[f"description.{language}"] = description
    for name in ("status", "category", "brand"):
        if getattr(args, name) is not None:
            changes[name] = getattr(args, name)
    if not changes and args.price is None and args.stock is None:
        raise ValidationError("Nothing to change: give --price, --stock, --title, --status, ...")
    if changes:
        _within_limits(ctx, _changed_draft(product, changes))
        catalogue.update_product(product.id, changes, group_id=step)
    if args.price is not None:
        price = _price(ctx, args.price, variant.currency)
        catalogue.update_variant(args.sku, {"price_minor": price}, group_id=step)
    if args.stock is not None:
        stock = args.stock.strip()
        try:
            amount = int(stock)
        except ValueError as exc:
            raise ValidationError(f"--stock takes N, +N or -N, not {stock!r}.") from exc
        if stock[0] in "+-":
            if amount:
                catalogue.adjust_stock(args.sku, amount, group_id=step)
        else:
            catalogue.set_stock(args.sku, amount, group_id=step)
    updated = catalogue.get(product.id)
    ctx.emit(updated.to_json(), _describe(ctx, updated))
    return 0


def delete_product(ctx: Context) -> int:
    from sellerdesk.catalogue import Catalogue

    catalogue = Catalogue(ctx.database())
    product = catalogue.get_by_sku(ctx.args.sku)
    catalogue.delete_product(product.id)
    ctx.emit({"deleted": product.id}, fill(translate(
        "ProductCommands",
        "Deleted %1 (it will be removed from the marketplace at the next sync)."),
        ctx.args.sku))
    return 0


def add_variant(ctx: Context) -> int:
    from sellerdesk.catalogue import Catalogue, VariantInput
    from sellerdesk.money import parse_money

    args = ctx.args
    catalogue = Catalogue(ctx.database())
    product = catalogue.get_by_sku(args.product_sku)
    first = product.variants[0]
    price = (first.price_minor if args.price is None
             else parse_money(args.price, first.currency, ctx.locale))
    catalogue.add_variant(product.id, VariantInput(
        sku=args.sku, price_minor=price, currency=first.currency, stock=args.stock,
        options=dict(args.option)))
    updated = catalogue.get(product.id)
    ctx.emit(updated.to_json(), fill(translate("ProductCommands", "Added variant %1 to %2."),
                                     args.sku.strip(), updated.title(updated.main_language))
             + f"\n{_describe(ctx, updated)}")
    return 0


def delete_variant(ctx: Context) -> int:
    from sellerdesk.catalogue import Catalogue

    catalogue = Catalogue(ctx.database())
    product = catalogue.get_by_sku(ctx.args.sku)
    catalogue.delete_variant(ctx.args.sku)
    updated = catalogue.get(product.id)
    ctx.emit(updated.to_json(), fill(translate(
        "ProductCommands",
        "Deleted variant %1 (it will be removed from the marketplace at the next sync)."),
        ctx.args.sku))
    return 0
