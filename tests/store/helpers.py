"""Store test helpers: hand-built extractions (real articles, claims with true
offsets) and child processes that import the repo (optionally without root's
permission bypass).

A stand-in for the pipeline (which other tests cover): one claim per sentence
that holds a digit, the sentence's first capitalised run as its entity, and a
"related" xref from each claim to the previous one.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from corpus.model import Article, Claim, Entity, Extraction, Quantity, XRef

REPO = Path(__file__).resolve().parents[2]
SENTENCE = re.compile(r"[^.\n]*\d[^.\n]*[.\n]?")
NAME = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)*")
NUMBER = re.compile(r"\d[\d,]*")


def claim_id(article_id: str, text: str) -> str:
    return "c" + hashlib.sha256(f"{article_id}\0{text}".encode()).hexdigest()[:12]


def make_article(body: str, *, title: str = "T", bundled: bool = False, source: str = "x.txt") -> Article:
    from corpus.loader import article_id

    return Article(article_id(body), title, "Outlet", ["A. Writer"], "2024-10", False, source, body, None, bundled)


def extract(articles: list[Article], progress=None, previous: list[Claim] | None = None) -> Extraction:
    claims: list[Claim] = []
    entities: dict[str, Entity] = {}
    for done, article in enumerate(articles, 1):
        for match in SENTENCE.finditer(article.body):
            text = match.group(0).strip()
            if not text:
                continue
            start = article.body.index(text, match.start())
            names = NAME.findall(text)[:1]
            for name in names:
                entities.setdefault(name, Entity(name, "other", [name.upper()]))
            number = NUMBER.search(text)
            quantities = []
            if number:
                q_start = start + number.start()
                quantities.append(
                    Quantity(
                        number.group(0),
                        float(number.group(0).replace(",", "")),
                        None,
                        None,
                        "people",
                        "killed",
                        q_start,
                        q_start + len(number.group(0)),
                    )
                )
            claims.append(
                Claim(
                    claim_id(article.id, text),
                    article.id,
                    start,
                    start + len(text),
                    text,
                    "quantity" if quantities else "statement",
                    None,
                    "asserted",
                    quantities,
                    names,
                )
            )
        if progress:
            progress(done, len(articles), article.source_file)
    ordered = (previous or []) + claims
    xrefs = [XRef(b.id, a.id, "related", 0.5, "adjacent") for a, b in itertools.pairwise(ordered) if b in claims]
    return Extraction(list(articles), claims, list(entities.values()), xrefs)


def extend(existing: Extraction, new_articles: list[Article]) -> Extraction:
    known = {a.id for a in existing.articles}
    fresh = [a for a in new_articles if a.id not in known]
    return extract(fresh, previous=existing.claims[-1:])


def run_python(code: str, *, unprivileged: bool = False, timeout: float = 30) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter at the repo root.

    ``unprivileged``: as root, drop the capabilities that bypass file
    permissions, so read-only files and directories really are read-only.
    """
    command = [sys.executable, "-c", code]
    if unprivileged and os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            import pytest  # not at the top: child processes import this module too

            pytest.skip("running as root without setpriv: cannot make a path truly read-only")
        command = [setpriv, "--bounding-set=-dac_override,-dac_read_search", *command]
    env = child_env()
    return subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=timeout)


def child_env() -> dict[str, str]:
    """The environment for a child Python process that imports the repo and these helpers."""
    return {**os.environ, "PYTHONPATH": str(REPO)}


def stored_tables(path: Path) -> dict:
    """Everything the corpus DB at ``path`` stores, in the single-file layout (catalogue and shards assembled)."""
    from store.atomic import read_tables
    from store.shards import assemble

    data, _stamp = read_tables(path)
    return assemble(path, data)


def as_single_file(path: Path) -> bytes:
    """Rewrite the corpus DB at ``path`` in the single-file layout (still read as it is); its bytes.

    For tests about one file's bytes (damage, repair, backups)."""
    import orjson

    raw = orjson.dumps(stored_tables(path))
    path.write_bytes(raw)
    return raw


def copy_db(source: Path, target: Path) -> None:
    """A copy of a corpus DB: its catalogue file and its shard directory."""
    from store.shards import shard_dir

    shutil.copy2(source, target)
    if shard_dir(source).is_dir():
        shutil.copytree(shard_dir(source), shard_dir(target))


def ferry_extraction(first: int, count: int) -> Extraction:
    """``count`` small articles of one ferry story (ids a{first}.., one claim each), of slightly different lengths."""
    articles, claims = [], []
    for a in range(first, first + count):
        text = f"The mayor said {a} ferries run each week."
        body = f"{text} The harbour board said it was {a % 9} minutes late. " + "x" * (a % 7)
        articles.append(Article(f"a{a}", f"Ferry {a}", "Gazette", ["Desk"], "2024-05-02", False, f"a{a}.txt", body))
        claims.append(Claim(f"c{a}", f"a{a}", 0, len(text), text, "statement", None, "asserted"))
    return Extraction(articles, claims, [], [])


def built_ferry_corpus(tmp_path: Path, count: int) -> tuple[Extraction, Path]:
    """A corpus DB at ``tmp_path``/corpus.json holding ``ferry_extraction(0, count)``."""
    from store.corpus_db import CorpusDB

    path = tmp_path / "corpus.json"
    extraction = ferry_extraction(0, count)
    CorpusDB.open(path, create=True).replace_all(extraction, None, includes_bundled=False)
    return extraction, path
