"""Read article files (bundled or the user's own) into ``Article`` objects.

Files are ``.txt``/``.md``/``.markdown`` text or ``.html``/``.htm`` pages, in
any encoding (UTF-8 expected; others detected and reported). Metadata comes
from a YAML front-matter block at the top, a sidecar ``NAME.meta.toml`` beside
the file, or an HTML page's head; without any, the title is the first
non-empty line and the date is unknown. The body is sanitised here, before any
offset exists, so every offset points into the stored body.

Refusals raise an ``ArticleError`` subclass whose one-line message names the
file; things the user should know but that do not stop ingest (an encoding
guess, removed escape sequences, a broken front-matter block) are returned as
``LoadWarning``s. Nothing here writes anywhere.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from corpus.article_errors import (
    ArticleError,
    ArticleTooLarge,
    BadLimitSetting,
    BinaryFile,
    EmptyArticle,
    MalformedFrontMatter,
    UndecodableFile,
    UnsupportedFileType,
)
from corpus.decode import UnknownEncoding, decode_bytes, sniff_binary
from corpus.frontmatter import split_front_matter
from corpus.htmltext import TooDeeplyNested, html_to_text, looks_like_html
from corpus.metadata import MAX_LINE_FIELD, clean_metadata
from corpus.model import Article
from corpus.sanitize import escape_unsafe, sanitize_line, sanitize_with_report

__all__ = [
    "ARTICLE_SUFFIXES",
    "ArticleError",
    "LoadResult",
    "LoadWarning",
    "article_id",
    "bundled_articles",
    "bundled_files",
    "load_dir",
    "load_file",
    "max_article_bytes",
    "read_article",
]

MARKDOWN_SUFFIXES = (".md", ".markdown")
TEXT_SUFFIXES = (".txt", *MARKDOWN_SUFFIXES)
_MARKDOWN_HEADING = re.compile(r"^#{1,6}[ \t]+|[ \t]+#+[ \t]*$")  # ATX marks, opening and closing
HTML_SUFFIXES = (".html", ".htm")
ARTICLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES
SIDECAR_SUFFIX = ".meta.toml"
MAX_ARTICLE_BYTES_ENV = "FACTSCOPE_MAX_ARTICLE_BYTES"
DEFAULT_MAX_ARTICLE_BYTES = 5 * 1024 * 1024
MAX_SIDECAR_BYTES = 64 * 1024
MAX_REPLACED_SHARE = 0.10  # more undecodable bytes than this: not text in any encoding we know
_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?\s*", re.IGNORECASE)
_NON_SPACE = re.compile(r"\S")
_UNITS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}


@dataclass(slots=True, frozen=True)
class LoadWarning:
    """Something the user should know about a file that was still ingested."""

    path: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


@dataclass(slots=True)
class LoadResult:
    article: Article
    warnings: list[LoadWarning]


def article_id(body: str) -> str:
    """Stable id: the same body always gets the same id, across rebuilds."""
    return "a" + hashlib.sha256(body.encode("utf-8")).hexdigest()[:12]


def bundled_dir() -> Path:
    return Path(str(resources.files("corpus") / "articles"))


def _is_article_file(path: Path) -> bool:
    return path.suffix.lower() in ARTICLE_SUFFIXES and not path.name.startswith(".")


def bundled_files() -> list[Path]:
    return sorted(p for p in bundled_dir().iterdir() if _is_article_file(p))


def bundled_articles() -> list[Article]:
    return [load_file(p, bundled=True) for p in bundled_files()]


def _human(size: int) -> str:
    for unit, factor in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if size >= factor:
            return f"{size / factor:.1f} {unit}"
    return f"{size} bytes"


def max_article_bytes(explicit: int | None = None) -> int:
    """The size limit for one article file: ``explicit``, else the env var, else 5 MB."""
    if explicit is not None:
        if explicit <= 0:
            raise BadLimitSetting(f"article size limit must be positive, not {explicit}")
        return explicit
    setting = os.environ.get(MAX_ARTICLE_BYTES_ENV)
    if not setting:
        return DEFAULT_MAX_ARTICLE_BYTES
    match = _SIZE.fullmatch(setting)
    size = int(float(match.group(1)) * _UNITS[match.group(2).lower()]) if match else 0
    if size <= 0:
        raise BadLimitSetting(f"{MAX_ARTICLE_BYTES_ENV}={setting!r} is not a size (try 5000000 or 20MB)")
    return size


def _read_bounded(path: Path, limit: int) -> bytes:
    """The file's bytes, refusing anything over ``limit`` before reading it."""
    name = escape_unsafe(str(path))
    try:
        # no symlinks (a planted link must not make a private file an article),
        # non-blocking (a FIFO must not hang us); the checks below use this very file
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise ArticleError(f"{name}: is a symbolic link; give the file it points to") from None
        if exc.errno == errno.EISDIR:
            raise ArticleError(f"{name}: is a directory, not an article file") from None
        raise ArticleError(f"{name}: cannot read ({exc.strerror or exc})") from None
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        what = "is a directory, not an article file" if stat.S_ISDIR(info.st_mode) else "not a regular file"
        raise ArticleError(f"{name}: {what}")
    with os.fdopen(fd, "rb") as fh:
        if info.st_size > limit:
            raise ArticleTooLarge(
                f"{name}: {_human(info.st_size)} is over the {_human(limit)} limit for one article"
                f" (set {MAX_ARTICLE_BYTES_ENV} to raise it)"
            )
        try:
            raw = fh.read(limit + 1)  # the file may have grown since stat
        except OSError as exc:
            raise ArticleError(f"{name}: cannot read ({exc.strerror or exc})") from None
    if len(raw) > limit:
        raise ArticleTooLarge(f"{name}: over the {_human(limit)} limit for one article (it grew while read)")
    return raw


def _decode(path: Path, raw: bytes, encoding: str | None, html: bool, warn: Callable[[str], None]) -> str:
    name = escape_unsafe(str(path))
    if not raw or raw.isspace():
        raise EmptyArticle(f"{name}: empty file, nothing to ingest")
    what = sniff_binary(raw[:65536]) if encoding is None else None
    if what is not None:
        raise BinaryFile(f"{name}: looks like {what}, not a text article")
    try:
        decoded = decode_bytes(raw, encoding=encoding, html=html)
    except UnknownEncoding as exc:
        raise UndecodableFile(f"{name}: {exc}") from None
    if decoded.replaced > MAX_REPLACED_SHARE * len(raw):
        raise UndecodableFile(
            f"{name}: {decoded.replaced} of {len(raw)} bytes are not valid {decoded.encoding}; is it a text file?"
        )
    if decoded.guessed:
        warn(f"not valid UTF-8; read as {decoded.encoding} (a guess: check the text looks right)")
    if decoded.replaced:
        warn(f"{decoded.replaced} undecodable byte(s) replaced with U+FFFD")
    return decoded.text


def _sidecar(path: Path, warn: Callable[[str], None]) -> dict[str, Any]:
    sidecar = path.with_name(path.stem + SIDECAR_SUFFIX)
    if sidecar.is_symlink():
        warn(f"{escape_unsafe(sidecar.name)} is a symbolic link; ignored")
        return {}
    if not sidecar.is_file():
        return {}
    try:
        if sidecar.stat().st_size > MAX_SIDECAR_BYTES:
            warn(f"{escape_unsafe(sidecar.name)} is over {MAX_SIDECAR_BYTES // 1024} KB; ignored")
            return {}
        return tomllib.loads(sidecar.read_bytes().decode("utf-8"))
    except (OSError, ValueError, RecursionError, MemoryError) as exc:
        # ValueError covers TOMLDecodeError, UnicodeDecodeError and integers too long to convert
        reason = " ".join(str(getattr(exc, "strerror", None) or exc).split())[:200]
        warn(f"{escape_unsafe(sidecar.name)}: unreadable metadata ({reason}); ignored")
        return {}


def _first_line(body: str, *, markdown: bool = False) -> str | None:
    """The first non-empty line, cut to a title's length before any copying; in Markdown without
    its heading marks ("# Storm hits coast" is titled "Storm hits coast")."""
    found = _NON_SPACE.search(body)
    if found is None:
        return None
    end = body.find("\n", found.start(), found.start() + 4 * MAX_LINE_FIELD)
    line = body[found.start() : end if end != -1 else found.start() + 4 * MAX_LINE_FIELD]
    if markdown:
        line = _markdown_inline(_MARKDOWN_HEADING.sub("", line))
    return sanitize_line(line)[:MAX_LINE_FIELD] or None


# Markdown's inline marks in a heading: "**bold**", "__bold__", "*it*", "_it_", "`code`", "[text](url)".
_MARKDOWN_LINK = re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)")
_MARKDOWN_EMPHASIS = re.compile(r"(\*\*|__|\*|(?<!\w)_|`)(?=\S)(.+?)(?<=\S)\1(?!\w)")


def _markdown_inline(line: str) -> str:
    """A Markdown line as it reads: "Floods hit the **valley** town" is "Floods hit the valley town"."""
    if not any(mark in line for mark in "*_`["):
        return line
    line = _MARKDOWN_LINK.sub(r"\1", line)
    for _ in range(3):  # nested marks ("***both***", "**_both_**")
        line, n = _MARKDOWN_EMPHASIS.subn(r"\2", line)
        if not n:
            break
    return line


_CODE_FENCE = re.compile(r"[ \t]{0,3}(?:```|~~~)")
_ATX_HEADING = re.compile(r"#{1,6}[ \t]")


def _markdown_body(body: str) -> str:
    """A Markdown article's text as a reader sees it: each line without its heading marks and its
    inline marks ("**Tom Park** said" reads "Tom Park said"); fenced code is left as written."""
    if not any(mark in body for mark in "#*_`["):
        return body
    lines = body.split("\n")
    fenced = False
    for n, line in enumerate(lines):
        if _CODE_FENCE.match(line):
            fenced = not fenced
        elif not fenced:
            lines[n] = _markdown_inline(_MARKDOWN_HEADING.sub("", line) if _ATX_HEADING.match(line) else line)
    return "\n".join(lines)


def read_article(
    path: Path | str, *, bundled: bool = False, max_bytes: int | None = None, encoding: str | None = None
) -> LoadResult:
    """Load one file as an article, with the warnings the user should see."""
    path = Path(path)
    name = escape_unsafe(str(path))  # file names are untrusted too
    shown = escape_unsafe(path.name) if bundled else name
    warnings: list[LoadWarning] = []

    def warn(message: str, line: int | None = None) -> None:
        warnings.append(LoadWarning(shown, message, line))

    suffix = path.suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        kind = f"'{escape_unsafe(path.suffix)}' files" if path.suffix else "files without a suffix"
        raise UnsupportedFileType(f"{name}: cannot read {kind} (factscope reads {', '.join(ARTICLE_SUFFIXES)})")
    raw = _read_bounded(path, max_article_bytes(max_bytes))
    is_html = suffix in HTML_SUFFIXES or looks_like_html(raw[:4096].removeprefix(b"\xef\xbb\xbf").decode("latin-1"))
    text = _decode(path, raw, encoding, is_html, warn)
    del raw
    meta: dict[str, Any] = {}
    if is_html:
        if suffix not in HTML_SUFFIXES:
            warn("looks like an HTML page; converted to text")
        try:
            page = html_to_text(text)
        except TooDeeplyNested as exc:
            raise ArticleError(f"{name}: {exc}") from None
        for notice in page.notices:
            warn(notice)
        text = page.text
        meta = {k: v for k, v in (("title", page.title), ("outlet", page.outlet),
                                  ("authors", page.authors or None), ("published", page.published)) if v}  # fmt: skip
    text, report = sanitize_with_report(text)
    if report.changed():
        warn("; ".join(report.describe()))
    front = split_front_matter(text)
    if front.problem:
        raise MalformedFrontMatter(f"{name}:{front.line}: {front.problem}; fix or remove the '---' block")
    body = front.body
    if suffix in MARKDOWN_SUFFIXES and not is_html:
        body = _markdown_body(body)
    if not body.strip():
        raise EmptyArticle(f"{name}: no article text (empty or whitespace only once cleaned)")
    checked, problems = clean_metadata({**meta, **_sidecar(path, warn), **front.meta})
    for problem in problems:
        warn(problem)
    article = Article(
        id=article_id(body),
        title=checked.title or _first_line(body, markdown=suffix in MARKDOWN_SUFFIXES),
        outlet=checked.outlet,
        authors=checked.authors,
        published=checked.published,
        published_estimated=checked.published_estimated,
        source_file=path.name if bundled else escape_unsafe(str(path.resolve())),
        body=body,
        note=checked.note,
        bundled=bundled,
    )
    return LoadResult(article, warnings)


def load_file(
    path: Path | str,
    *,
    bundled: bool = False,
    warnings: list[LoadWarning] | None = None,
    max_bytes: int | None = None,
    encoding: str | None = None,
) -> Article:
    """Load one file as an article; its warnings are appended to ``warnings`` if given."""
    result = read_article(path, bundled=bundled, max_bytes=max_bytes, encoding=encoding)
    if warnings is not None:
        warnings.extend(result.warnings)
    return result.article


def load_dir(
    directory: Path | str,
    *,
    warnings: list[LoadWarning] | None = None,
    skip_refused: bool = False,
    max_bytes: int | None = None,
) -> list[Article]:
    """Every article file directly in ``directory``, by name.

    A refused file raises, unless ``skip_refused``: then it becomes a warning.
    """
    directory = Path(directory)
    try:
        files = sorted(p for p in directory.iterdir() if _is_article_file(p))
    except OSError as exc:
        raise ArticleError(f"{escape_unsafe(str(directory))}: cannot list ({exc.strerror or exc})") from None
    articles = []
    for path in files:
        try:
            articles.append(load_file(path, warnings=warnings, max_bytes=max_bytes))
        except ArticleError as exc:
            if not skip_refused:
                raise
            if warnings is not None:
                name = escape_unsafe(str(path))
                reason = str(exc).removeprefix(f"{name}: ")
                warnings.append(LoadWarning(name, f"skipped: {reason}"))
    return articles
