"""Read article files (bundled or the user's own) into ``Article`` objects.

A file is UTF-8 ``.txt`` or ``.md``; metadata comes from a YAML front-matter
block at its top (``---`` ... ``---``) or from a sidecar ``NAME.meta.toml``
beside it. Without either, the title is the first non-empty line and the date
is unknown. The body is sanitised once here; all offsets point into it.
"""

from __future__ import annotations

import hashlib
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

from corpus.errors import FactscopeError
from corpus.model import Article
from corpus.sanitize import sanitize_text

ARTICLE_SUFFIXES = (".txt", ".md")
SIDECAR_SUFFIX = ".meta.toml"


class ArticleError(FactscopeError):
    """A file that cannot be read as an article; the message names the file."""


def article_id(body: str) -> str:
    """Stable id: the same body always gets the same id, across rebuilds."""
    return "a" + hashlib.sha256(body.encode("utf-8")).hexdigest()[:12]


def bundled_dir() -> Path:
    return Path(str(resources.files("corpus") / "articles"))


def bundled_files() -> list[Path]:
    return sorted(p for p in bundled_dir().iterdir() if p.suffix in ARTICLE_SUFFIXES)


def bundled_articles() -> list[Article]:
    return [load_file(p, bundled=True) for p in bundled_files()]


def load_dir(directory: Path) -> list[Article]:
    files = sorted(p for p in directory.iterdir() if p.suffix in ARTICLE_SUFFIXES)
    return [load_file(p) for p in files]


def _split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    if not text.startswith("---\n"):
        return {}, text
    end = text.find("\n---\n", 4)
    if end == -1:
        return {}, text
    import yaml  # only files with front matter pay for the import

    try:
        meta = yaml.safe_load(text[4:end]) or {}
    except yaml.YAMLError:
        return {}, text
    if not isinstance(meta, dict):
        return {}, text
    return meta, text[end + 5 :]


def _sidecar(path: Path) -> dict[str, Any]:
    sidecar = path.with_name(path.stem + SIDECAR_SUFFIX)
    if not sidecar.exists():
        return {}
    with sidecar.open("rb") as fh:
        return tomllib.load(fh)


def _first_line(body: str) -> str | None:
    for line in body.splitlines():
        if line.strip():
            return line.strip()
    return None


def _authors(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


def load_file(path: Path, *, bundled: bool = False) -> Article:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ArticleError(f"{path}: cannot read ({exc.strerror})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(f"{path}: not UTF-8 (byte {exc.start})") from None
    meta, body = _split_front_matter(sanitize_text(text))
    meta = {**_sidecar(path), **meta}
    published = meta.get("published") or meta.get("date")
    return Article(
        id=article_id(body),
        title=str(meta["title"]) if meta.get("title") else _first_line(body),
        outlet=meta.get("outlet"),
        authors=_authors(meta.get("authors") or meta.get("author")),
        published=str(published) if published else None,
        published_estimated=bool(meta.get("published_estimated", False)),
        source_file=path.name if bundled else str(path.resolve()),
        body=body,
        note=meta.get("note"),
        bundled=bundled,
    )
