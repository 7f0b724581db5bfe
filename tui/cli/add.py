"""`factscope add FILE...`: ingest the user's own articles into the corpus DB, incrementally.

All files are read first; if any is refused, nothing is added (the DB stays
byte-identical) and each refusal is named. Files whose text is already in the
DB (same article id) are reported and skipped, so re-running an add is safe.
Only the new articles are extracted and cross-referenced (``corpus.pipeline.extend``
via ``store.build.add_articles``), in one locked update of the DB file. The DB is read as
its catalogue alone: the stored claims an add links to come from the link index
(``store/link_index.py``), so an add costs the article, not the corpus.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from corpus.display import counted
from corpus.errors import FactscopeError

if TYPE_CHECKING:
    from collections.abc import Container

    from corpus.model import Article
    from store.corpus_db import AddResult, CorpusDB


class AddRefused(FactscopeError):
    """One or more input files could not be read as articles; nothing was added."""


def expand_paths(paths: tuple[Path, ...]) -> list[Path]:
    """Files as given; a directory stands for the article files directly inside it.

    Symbolic links inside a directory are skipped (with a notice): a link planted
    there must not turn a private file into an article.
    """
    from corpus.loader import ARTICLE_SUFFIXES
    from corpus.sanitize import escape_unsafe
    from tui.cli.output import warn

    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            try:
                candidates = sorted(
                    p for p in path.iterdir() if not p.name.startswith(".") and p.suffix.lower() in ARTICLE_SUFFIXES
                )
                links = [p for p in candidates if p.is_symlink()]
                found = [p for p in candidates if not p.is_symlink() and p.is_file()]
            except OSError as exc:
                raise AddRefused(
                    f"{escape_unsafe(str(path))}: cannot list this directory ({exc.strerror or exc})"
                ) from None
            for link in links:
                warn(f"skipped {escape_unsafe(str(link))}: a symbolic link (add the file it points to by name)")
            if not found:
                raise AddRefused(
                    f"{escape_unsafe(str(path))}: no article files ({', '.join(ARTICLE_SUFFIXES)}) in this directory"
                )
            files.extend(found)
        else:
            files.append(path)
    return files


def load_articles(files: list[Path]) -> list[tuple[Path, Article]]:
    """Read every file; report every refusal, then refuse the whole batch if there was one."""
    from corpus.loader import read_article
    from tui.cli.output import warn

    loaded, refused = [], 0
    for path in files:
        try:
            result = read_article(path)
        except FactscopeError as exc:
            refused += 1
            warn(str(exc))
            continue
        for notice in result.warnings:
            warn(f"warning: {notice}")
        loaded.append((path, result.article))
    if refused:
        raise AddRefused(f"nothing added: {refused} of {counted(len(files), 'file')} refused (see above)")
    return loaded


def split_new(loaded: list[tuple[Path, Article]], known_ids: Container[str]) -> list[Article]:
    """The articles not yet in the DB; reports the others as skipped."""
    from corpus.display import one_line
    from corpus.sanitize import escape_unsafe

    new: list[Article] = []
    seen: dict[str, Path] = {}
    for path, article in loaded:
        if article.id in known_ids:
            click.echo(f"skipped {escape_unsafe(str(path))}: already in the corpus as {article.id}")
        elif article.id in seen:
            click.echo(f"skipped {escape_unsafe(str(path))}: same text as {escape_unsafe(str(seen[article.id]))}")
        else:
            seen[article.id] = path
            new.append(article)
            click.echo(f"reading {escape_unsafe(str(path))}: {one_line(article.title or '(untitled)', 70)}", err=True)
    return new


def summary(db: CorpusDB, result: AddResult, new: list[Article]) -> list[str]:
    """One line per added article, then the totals with the new links by relation."""
    from corpus.display import one_line
    from corpus.sanitize import escape_unsafe

    added = set(result.articles)
    lines = []
    for article in new:
        if article.id in added:
            count = db.claim_count(article.id)
            lines.append(
                f"added {article.id}: {counted(count, 'claim')} — {one_line(article.title or article.source_file, 70)}"
            )
        else:  # another process added the same text meanwhile
            lines.append(f"skipped {article.id}: added by another process meanwhile")
    detail = ", ".join(f"{n} {rel}" for rel, n in sorted(result.relations.items()))
    lines.append(
        f"added {counted(len(result.articles), 'article')}, {counted(len(result.claims), 'claim')}, "
        f"{counted(result.xrefs, 'new link')}{f' ({detail})' if detail else ''} to {escape_unsafe(str(db.path))}"
    )
    return lines


@click.command("add", short_help="Add your own article files to the corpus DB.")
@click.argument(
    "files", nargs=-1, required=True, type=click.Path(path_type=Path)
)  # a missing file is refused by the loader, in one line
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Corpus DB to add to (overrides the global --db / FACTSCOPE_DB).",
)
def add(files: tuple[Path, ...], db_path: Path | None) -> None:
    """Add your own articles (text, Markdown or HTML files, or directories of them).

    Claims and cross-references are extracted for the new articles only and
    linked to what the corpus already holds. If any file is refused, nothing
    is added.
    """
    import gc

    from corpus.gcpause import paused_gc

    # A short process: the cyclic collector's passes over what its imports, the catalogue and the
    # derived files make (~70 of them, 0.03-0.04 s CPU of an add at 100k claims) free nothing it
    # needs freed (extraction and linking pause it already, and free their own cycles); what is
    # alive at the end is frozen before the collector is on again, so its first pass scans none of it.
    with paused_gc():
        try:
            _add(files, db_path)
        finally:
            gc.freeze()


def _add(files: tuple[Path, ...], db_path: Path | None) -> None:
    from corpus.sanitize import escape_unsafe
    from store.build import add_articles, ensure_corpus_db
    from tui.cli.build import write_derived
    from tui.cli.db import as_build_rebuilds, db_path_option
    from tui.cli.output import warn
    from tui.cli.progress import progress_reporter

    loaded = load_articles(expand_paths(files))
    with progress_reporter() as progress:  # the catalogue alone: an add reads no claim but those it links to
        db = ensure_corpus_db(
            db_path_option(db_path), progress=progress, warn=warn, catalogue_only=True, **as_build_rebuilds()
        )
    if db.readonly:
        raise AddRefused(f"{db.path}: the corpus DB is read-only; nothing added")
    new = split_new(loaded, db.article_ids())  # from the catalogue: no article file read
    if not new:
        click.echo("nothing new to add")
        return
    # claims are extracted first; linking runs under the DB lock on the latest file,
    # so concurrent adds link up too; the user is told if another writer holds it
    db.storage.on_wait = lambda: warn(f"waiting for another factscope process writing {escape_unsafe(db.path.name)} …")
    with progress_reporter() as progress:  # drawn only if the link index is made again (minutes at 1M claims)
        result = add_articles(db, new, progress=progress)
    behind: list[str] = []  # the tails that fall due are folded after the add, by another process
    write_derived(db, behind)
    for notice in result.notices:
        warn(f"note: {notice}")
    for line in summary(db, result, new):
        click.echo(line)
    if behind:
        from store.fold import start_fold_behind

        start_fold_behind(db.path, behind)
