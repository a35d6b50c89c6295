"""Descriptions shown safely: an allow-list HTML sanitiser with no Qt and no backtracking.

A description may come from the owner's keyboard, from a marketplace pull or from an import, so it
may hold anything: scripts, event handlers, remote images that report who looked, styles that
fetch, a megabyte of garbage. Whatever it holds, what this module returns contains only the
tags in `ALLOWED`, no attribute but a checked `href` (and table spans), and escaped text. The
window renders that, and only that, in a browser that also refuses every resource (defence in
depth).

The tokenizer is written for hostile input: every step consumes input, so time is linear in the
length (Python's html.parser goes quadratic on "<a <a <a ..." and froze on a megabyte of it).
Descriptions are edited as plain text with a few optional tags; plain text keeps its line breaks.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass, field

# Tags kept (without attributes, except those in ATTRIBUTES).
ALLOWED = frozenset({
    "a", "b", "blockquote", "br", "em", "h2", "h3", "h4", "hr", "i", "li", "ol", "p", "s",
    "small", "strong", "sub", "sup", "table", "tbody", "td", "th", "thead", "tr", "u", "ul",
})
VOID = frozenset({"br", "hr"})
# Kept under another name: headings start at h2 inside a listing, divisions become paragraphs.
RENAMED = {"h1": "h2", "h5": "h4", "h6": "h4", "div": "p", "strike": "s", "del": "s",
           "section": "p", "article": "p"}
# Dropped together with everything inside them: code, styles, embedded documents, forms.
DROP_WITH_CONTENT = frozenset({
    "script", "style", "template", "iframe", "frame", "frameset", "object", "embed", "applet",
    "noscript", "noembed", "noframes", "svg", "math", "select", "textarea", "title", "head",
    "audio", "video", "canvas", "button", "xmp", "plaintext",
})
# Their content is raw text up to the closing tag (no markup inside counts).
RAW_TEXT = frozenset({"script", "style", "textarea", "title", "xmp", "noembed", "noframes",
                      "iframe", "noscript"})
BLOCK = frozenset({"p", "ul", "ol", "li", "h2", "h3", "h4", "blockquote", "table", "tr", "td",
                   "th", "thead", "tbody", "br", "hr", "div", "h1", "h5", "h6", "section",
                   "article"})
ATTRIBUTES = {"a": ("href",), "td": ("colspan", "rowspan"), "th": ("colspan", "rowspan")}
SAFE_SCHEMES = ("http://", "https://", "mailto:")
MAX_DEPTH = 40
# What a preview shows at most: enough for any listing (marketplaces accept 20,000 characters),
# small enough that a browser lays it out in milliseconds.
PREVIEW_TEXT_LIMIT = 30_000
# Tags looked at before giving up: a real description has a few hundred; a flood of them is an
# attack on our time, and the rest of it is not worth showing.
TAG_LIMIT = 20_000

# `<` + optional `/` + a name, then attributes up to the first `>` outside quotes. The three
# alternatives start with different characters, so the regex cannot backtrack exponentially.
_TAG = re.compile(r"""<(/?)([A-Za-z][A-Za-z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>""")
# The next "<" that may start markup; other "<" are text ("prezzo < 100 €") and are skipped in
# one step, so a megabyte of "<" costs one search, not a million loop turns.
_MARKUP_START = re.compile(r"<(?:/?[A-Za-z]|!|\?)")
_ATTRIBUTE = re.compile(
    r"""([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?"""
)
_HANDLER = re.compile(r"\bon[a-z]+\s*=", re.IGNORECASE)
_STYLE = re.compile(r"\bstyle\s*=", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACE_IN_URL = re.compile(r"[\s\x00-\x1f]+")
_MARKUP_HINT = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)[\s>/]")


@dataclass
class SafeHtml:
    """A description made safe: `html` for a browser, and what was taken out, for the owner."""

    html: str
    truncated: bool = False
    removed: Counter[str] = field(default_factory=Counter)

    @property
    def blocked_anything(self) -> bool:
        return bool(self.removed)


def looks_like_html(text: str) -> bool:
    """True when `text` uses tags (any tag: hostile ones must be treated as markup too)."""
    return _MARKUP_HINT.search(text) is not None


def _safe_href(value: str) -> str | None:
    url = _SPACE_IN_URL.sub("", html.unescape(value))
    lowered = url.lower()
    if lowered.startswith(SAFE_SCHEMES) and len(url) <= 2000:
        return url
    return None


def _span(value: str) -> str | None:
    return value if value.isdigit() and 0 < int(value) <= 50 else None


class _Writer:
    """Builds well-formed output: a stack of open allowed tags, text escaped, a text budget."""

    def __init__(self, text_limit: int, line_breaks: bool) -> None:
        self.parts: list[str] = []
        self.open: list[str] = []
        self.budget = text_limit
        self.truncated = False
        self.line_breaks = line_breaks

    def text(self, raw: str) -> None:
        if self.truncated or not raw:
            return
        value = _CONTROL.sub("", html.unescape(raw))
        if len(value) > self.budget:
            value = value[: self.budget]
            self.truncated = True
        self.budget -= len(value)
        escaped = html.escape(value, quote=False)
        if self.line_breaks:
            escaped = escaped.replace("\r\n", "\n").replace("\n", "<br>")
        self.parts.append(escaped)

    def start(self, tag: str, attributes: str) -> None:
        if self.truncated:
            return
        kept = []
        for name, *values in _ATTRIBUTE.findall(attributes):
            name = name.lower()
            if name not in ATTRIBUTES.get(tag, ()):
                continue
            value = next((v for v in values if v), "")
            checked = _safe_href(value) if name == "href" else _span(value)
            if checked is not None:
                kept.append(f' {name}="{html.escape(checked, quote=True)}"')
        if tag == "a" and not kept:
            return  # a link to nowhere (or to javascript:) is plain text
        if tag in VOID:
            self.parts.append(f"<{tag}>")
            return
        if len(self.open) >= MAX_DEPTH:
            return
        self.open.append(tag)
        self.parts.append(f"<{tag}{''.join(kept)}>")

    def end(self, tag: str) -> None:
        if tag not in self.open:
            return  # stray end tags are ignored, as browsers do
        while self.open:
            closed = self.open.pop()
            self.parts.append(f"</{closed}>")
            if closed == tag:
                break

    def finish(self) -> str:
        while self.open:
            self.parts.append(f"</{self.open.pop()}>")
        return "".join(self.parts)


def _skip_raw(source: str, tag: str, position: int) -> int:
    """Position after the `</tag>` that ends a raw-text element (the end when there is none)."""
    closing = re.compile(rf"</{re.escape(tag)}[\s/>]", re.IGNORECASE).search(source, position)
    if closing is None:
        return len(source)
    end = source.find(">", closing.end() - 1)
    return len(source) if end == -1 else end + 1


def sanitize_html(source: str, *, text_limit: int = PREVIEW_TEXT_LIMIT) -> SafeHtml:
    """Keep the allowed formatting of `source`, drop everything else; plain text (no block
    tags) keeps its line breaks. At most `text_limit` characters of text are kept."""
    removed: Counter[str] = Counter()
    line_breaks = not any(
        match.group(2).lower() in BLOCK for match in _MARKUP_HINT.finditer(source)
    )
    out = _Writer(text_limit, line_breaks)
    dropping: list[str] = []  # open DROP_WITH_CONTENT elements: their content is not shown
    position, length, tags = 0, len(source), 0
    while position < length and not out.truncated:
        found = _MARKUP_START.search(source, position)
        lt = -1 if found is None else found.start()
        if lt == -1:
            if not dropping:
                out.text(source[position:])
            break
        if lt > position and not dropping:
            out.text(source[position:lt])
        if source.startswith("<!--", lt):
            end = source.find("-->", lt + 4)
            position = length if end == -1 else end + 3
            removed["comment"] += 1
            continue
        if source.startswith(("<!", "<?"), lt):  # doctype, CDATA, processing instruction
            end = source.find(">", lt + 2)
            position = length if end == -1 else end + 1
            continue
        match = _TAG.match(source, lt)
        if match is None:
            break  # a tag left open until the end: nothing after it can be trusted as text
        position = match.end()
        tags += 1
        if tags > TAG_LIMIT:
            out.truncated = True
            break
        closing, tag, attributes = match.group(1) == "/", match.group(2).lower(), match.group(3)
        if attributes.strip():
            if _HANDLER.search(attributes):
                removed["event handler"] += 1
            if _STYLE.search(attributes):
                removed["style"] += 1
        if tag in DROP_WITH_CONTENT:
            if closing:
                if tag in dropping:
                    while dropping and dropping.pop() != tag:
                        pass
                continue
            removed[tag] += 1
            if tag in RAW_TEXT:
                position = _skip_raw(source, tag, position)
            elif not attributes.rstrip().endswith("/"):
                dropping.append(tag)
            continue
        if dropping:
            continue
        tag = RENAMED.get(tag, tag)
        if tag not in ALLOWED:
            if tag in ("img", "image", "picture", "source", "link", "meta", "base", "input",
                       "form", "area", "map", "track", "portal"):
                removed[tag] += 1
            continue
        if closing:
            out.end(tag)
        else:
            out.start(tag, attributes)
    if position < length and not out.truncated and not dropping:
        # An unterminated tag ran to the end: its text is not shown, say so.
        removed["broken markup"] += 1
    return SafeHtml(out.finish(), truncated=out.truncated, removed=removed)


def plain_text(source: str, *, limit: int = 2_000) -> str:
    """The description's words without markup (a table tooltip, a search snippet)."""
    safe = sanitize_html(source, text_limit=limit)
    text = re.sub(r"<br>|</p>|</li>|</h[2-4]>|</tr>", "\n", safe.html)
    text = re.sub(r"<[^>]*>", "", text)
    return html.unescape(re.sub(r"\n{3,}", "\n\n", text)).strip()
