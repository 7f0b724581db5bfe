"""A saved web page -> readable article text plus what its head says about it.

Parsed with selectolax's lexbor HTML5 parser (entities decoded, broken markup
repaired the way browsers do), never with regexes. Page furniture that is
never article text (scripts, styles, navigation, footers, forms, embedded
frames) is dropped; every block element starts a new paragraph, ``<br>`` a new
line. The walk is iterative, so deeply nested hostile markup cannot exhaust
Python's recursion limit. The caller sanitises the result like any text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser, LexborNode

import re
from dataclasses import dataclass, field

DROPPED_TAGS = [
    "script", "style", "noscript", "template", "nav", "footer", "form", "iframe",
    "svg", "math", "canvas", "button", "select", "textarea", "object", "embed", "aside",
]  # fmt: skip
_BLOCK_TAGS = frozenset(
    "address article blockquote body caption center dd details dialog dir div dl dt fieldset "
    "figcaption figure h1 h2 h3 h4 h5 h6 header hgroup hr li main menu ol p pre section "
    "summary table tbody thead tfoot tr ul".split()
)
_LINE_TAGS = frozenset({"br", "td", "th"})  # a new line, not a new paragraph
_SPACE = re.compile(r"[ \t\n\r\f]+")  # HTML's whitespace; NBSP is content and stays
_HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.IGNORECASE | re.DOTALL)
_ISO_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
# Opening a block element makes an HTML5 parser scan its stack of open elements,
# so a page nested N blocks deep costs O(N^2) to parse: 40,000 <div>s take ~2 s,
# a 5 MB page of them would take minutes. Real pages stay below a few hundred.
MAX_BLOCK_DEPTH = 1000
_NESTING_TAG = re.compile(
    r"<(/?)(?:address|article|aside|blockquote|center|details|dialog|dir|div|dl|fieldset|figcaption"
    r"|figure|footer|form|header|hgroup|main|menu|nav|ol|section|summary|table|ul)[\s/>]",
    re.IGNORECASE,
)


# Formatting elements (b, i, font, a, ...) left open are "active": an HTML5 parser
# re-creates every one of them at each new paragraph and text run, so N unclosed
# tags with distinct attributes cost O(N^2) time and memory (20,000 of them: over
# 2 minutes and 18 GB); deep <span> nesting costs a tree node per level. These
# tags carry no text or structure we use, so past a depth no real page reaches
# they are all removed before parsing (the text stays; emphasis was never kept).
MAX_INLINE_DEPTH = 200
_INLINE_TAG = re.compile(
    r"</?(?:a|abbr|b|bdi|bdo|big|cite|code|del|dfn|em|font|i|ins|kbd|label|mark|nobr|q|s|samp|small|span"
    r"|strike|strong|sub|sup|tt|u|var)(?=[\s/>])[^>]*>",
    re.IGNORECASE,
)


def flatten_inline(html: str) -> str:
    """``html`` as it is, or without its inline formatting tags when they nest (or
    stay open) deeper than ``MAX_INLINE_DEPTH``: the parser's cost stays linear."""
    depth = 0
    for match in _INLINE_TAG.finditer(html):
        if match.group().startswith("</"):
            depth = max(depth - 1, 0)
        elif not match.group().endswith("/>"):
            depth += 1
            if depth > MAX_INLINE_DEPTH:
                return _INLINE_TAG.sub("", html)
    return html


class TooDeeplyNested(ValueError):
    """The page nests block elements deeper than any real article does."""


def _check_nesting(html: str) -> None:
    depth = deepest = 0
    for match in _NESTING_TAG.finditer(html):
        depth = max(depth - 1, 0) if match.group(1) else depth + 1
        deepest = max(deepest, depth)
        if deepest > MAX_BLOCK_DEPTH:
            raise TooDeeplyNested(f"HTML nested more than {MAX_BLOCK_DEPTH} blocks deep; refusing to parse it")


@dataclass(slots=True)
class HtmlText:
    text: str
    title: str | None = None
    outlet: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None  # ISO date (possibly partial) from the page's metadata
    notices: list[str] = field(default_factory=list)  # what was done to the page to parse it


def looks_like_html(text: str) -> bool:
    """True when a file's text is a whole HTML document (not prose with a tag in it)."""
    return _HTML_START.match(text[:4096]) is not None


class _Paragraphs:
    """Collects text into lines and paragraphs as the walk meets block edges."""

    def __init__(self) -> None:
        self.paragraphs: list[list[str]] = []
        self.lines: list[str] = []
        self.words: list[str] = []

    def add(self, text: str) -> None:
        self.words.append(text)

    def add_preformatted(self, text: str) -> None:
        self.end_line()
        self.lines.extend(text.strip("\n").split("\n"))

    def end_line(self) -> None:
        line = _SPACE.sub(" ", "".join(self.words)).strip(" ")
        self.words = []
        if line:
            self.lines.append(line)

    def end_paragraph(self) -> None:
        self.end_line()
        if self.lines:
            self.paragraphs.append(self.lines)
            self.lines = []

    def text(self) -> str:
        self.end_paragraph()
        return "\n\n".join("\n".join(lines) for lines in self.paragraphs)


def _body_text(root: LexborNode) -> str:
    out = _Paragraphs()
    stack = [(root, False)]
    in_pre = 0
    while stack:
        node, leaving = stack.pop()
        tag = node.tag
        if leaving:
            if tag == "pre":
                in_pre -= 1
            if tag in _BLOCK_TAGS:
                out.end_paragraph()
            elif tag in _LINE_TAGS:
                out.end_line()
            continue
        if node.is_text_node:
            text = node.text(deep=False) or ""
            out.add_preformatted(text) if in_pre else out.add(text)
            continue
        if not node.is_element_node:  # comments, doctype
            continue
        if tag in _BLOCK_TAGS:
            out.end_paragraph()
        if tag == "br":
            out.end_line()
        if tag == "pre":
            in_pre += 1
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(list(node.iter(include_text=True))))
    return out.text()


def _meta(tree: LexborHTMLParser, *selectors: str) -> list[str]:
    values = []
    for selector in selectors:
        for node in tree.css(selector):
            content = (node.attributes.get("content") or node.attributes.get("datetime") or "").strip()
            if content:
                values.append(_SPACE.sub(" ", content))
    return values


def _first_text(tree: LexborHTMLParser, selector: str) -> str | None:
    node = tree.css_first(selector)
    text = _SPACE.sub(" ", node.text(deep=True)).strip() if node is not None else ""
    return text or None


_SITE_AFTER = re.compile(r"\s+[|–—-]\s+(?P<site>[^|–—]{2,60}?)\s*$")


def _headline_and_site(title: str) -> tuple[str, str | None]:
    """A page title's headline and, after a bar or a dash, the site's name ("... | Iberia Post"), when that
    name is short (a few capitalised words); else the title whole."""
    m = _SITE_AFTER.search(title)
    if m is None:
        return title, None
    site = m.group("site").strip()
    words = site.split()
    if len(words) > 5 or not all(w[:1].isupper() or w[:1].isdigit() or w in ("of", "the", "and", "&") for w in words):
        return title, None  # "Floods - what we know so far": part of the headline
    return title[: m.start()].strip(), site


def html_to_text(html: str) -> HtmlText:
    """Readable text of ``html`` and the title/outlet/authors/date its head declares."""
    from selectolax.lexbor import LexborHTMLParser  # only HTML files pay for the import

    _check_nesting(html)
    flat = flatten_inline(html)
    notices = (
        []
        if flat is html
        else [f"inline formatting tags nested or left open more than {MAX_INLINE_DEPTH} deep; removed before parsing"]
    )
    tree = LexborHTMLParser(flat)
    titles = _meta(tree, 'meta[property="og:title"]', 'meta[name="twitter:title"]')
    title = titles[0] if titles else _first_text(tree, "title") or _first_text(tree, "h1")
    outlets = _meta(tree, 'meta[property="og:site_name"]')
    if not titles and title:
        # "Wildfire forces 12,000 to flee | Iberia Post": the page's title is the headline and the site's name
        headline, site = _headline_and_site(title)
        title = headline
        outlets = outlets or ([site] if site else [])
    authors = [a for a in _meta(tree, 'meta[name="author"]', 'meta[property="article:author"]') if "://" not in a]
    dates = _meta(
        tree,
        'meta[property="article:published_time"]',
        'meta[itemprop="datePublished"]',
        'meta[name="date"]',
        "time[datetime]",
    )
    published = next((m.group() for d in dates if (m := _ISO_DATE.match(d))), None)
    tree.strip_tags(DROPPED_TAGS, recursive=True)
    root = tree.body or tree.root
    text = _body_text(root) if root is not None else ""
    return HtmlText(
        text=text,
        title=title,
        outlet=outlets[0] if outlets else None,
        authors=list(dict.fromkeys(authors)),
        published=published,
        notices=notices,
    )
