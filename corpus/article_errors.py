"""Why a file was refused as an article; every message is one line naming the file."""

from __future__ import annotations

from corpus.errors import FactscopeError


class ArticleError(FactscopeError):
    """A file that cannot be read as an article; the message names the file."""


class UnsupportedFileType(ArticleError):
    """The file's suffix is not one factscope reads."""


class BinaryFile(ArticleError):
    """The file holds binary data (an image, a PDF, NUL bytes, ...), not text."""


class EmptyArticle(ArticleError):
    """The file is empty, or holds only whitespace once cleaned."""


class ArticleTooLarge(ArticleError):
    """The file is bigger than the configured limit."""


class UndecodableFile(ArticleError):
    """The file's text encoding cannot be worked out or is unknown."""


class MalformedFrontMatter(ArticleError):
    """The file opens a front-matter block (``---``) that is broken: never closed, invalid YAML,
    not ``key: value`` lines or too long. Refused rather than guessed at (its metadata would be
    lost and the block read as the article's title and text); the message names the line."""


class BadLimitSetting(FactscopeError):
    """FACTSCOPE_MAX_ARTICLE_BYTES (or the limit passed in) is not a size."""
