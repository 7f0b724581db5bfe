"""A small hand-built corpus for the app tests: real Articles and Claims with
correct offsets, xrefs of every relation, and an article full of markup."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

from corpus.loader import article_id
from corpus.model import Article, Claim, Entity, Extraction, Quantity, XRef
from store.corpus_db import CorpusDB

BODIES = {
    "seoul": (
        "SEOUL — South Korea's spy agency said on Friday that North Korea has sent 1,500 special forces troops to Russia.\n"
        "\n"
        "The agency said the troops were moved on Russian navy ships between Oct. 8 and Oct. 13.\n"
        "Kyiv said it had not confirmed the deployment.\n"
    ),
    "kyiv": (
        "KYIV — Ukrainian intelligence said that about 3,000 North Korean troops are training in eastern Russia.\n"
        "Pyongyang denied sending any soldiers.\n"
    ),
    "markup": (
        "Odd page [bold]not bold[/bold] and [@click=app.quit]click me[/] and :warning: here.\n"
        "A spokesman said 12 [red]people[/red] were hurt.\n"
    ),
}
TITLES = {
    "seoul": "North Korea sends troops, Seoul says",
    "kyiv": "Kyiv counts 3,000 North Korean troops",
    "markup": "Scraped [b]page[/b] with :warning: markup",
}


def _article(key: str, published: str, estimated: bool, outlet: str | None) -> Article:
    body = BODIES[key]
    return Article(
        id=article_id(body),
        title=TITLES[key],
        outlet=outlet,
        authors=[],
        published=published,
        published_estimated=estimated,
        source_file=f"{key}.txt",
        body=body,
    )


def _claim(article: Article, text: str, kind: str, speaker: str | None, **extra) -> Claim:
    start = article.body.index(text)
    return Claim(
        id=f"c-{article.id[1:7]}-{start}",
        article_id=article.id,
        start=start,
        end=start + len(text),
        text=text,
        kind=kind,
        speaker=speaker,
        certainty=extra.pop("certainty", "asserted"),
        **extra,
    )


def build_extraction() -> Extraction:
    seoul = _article("seoul", "2024-10-18", False, "Seoul Daily")
    kyiv = _article("kyiv", "2024-10", True, "Kyiv Post")
    markup = _article("markup", "2025-01-02", False, None)
    s1 = _claim(
        seoul,
        "North Korea has sent 1,500 special forces troops to Russia",
        "quantity",
        "National Intelligence Service",
        quantities=[Quantity("1,500", 1500, 1500, 1500, "troops", "troops deployed")],
        date="2024-10-18",
        speaker_chain=["National Intelligence Service", "Seoul Daily"],
        entities=["North Korea", "Russia"],
    )
    s2 = _claim(
        seoul,
        "the troops were moved on Russian navy ships between Oct. 8 and Oct. 13",
        "event",
        "National Intelligence Service",
        date="2024-10",
        date_estimated=True,
    )
    s3 = _claim(seoul, "Kyiv said it had not confirmed the deployment", "statement", "Kyiv", certainty="hedged")
    k1 = _claim(
        kyiv,
        "about 3,000 North Korean troops are training in eastern Russia",
        "quantity",
        "Ukrainian intelligence",
        quantities=[Quantity("about 3,000", 3000, 2500, 3500, "troops", "troops deployed")],
        entities=["North Korea", "Russia"],
    )
    k2 = _claim(kyiv, "Pyongyang denied sending any soldiers", "denial", "Pyongyang", entities=["North Korea"])
    m1 = _claim(markup, "[bold]not bold[/bold]", "statement", None)
    m2 = _claim(markup, "12 [red]people[/red] were hurt", "quantity", "A spokesman")
    xrefs = [
        XRef(s1.id, k1.id, "conflicts", 0.9, "1,500 vs about 3,000 troops deployed"),
        XRef(s1.id, k2.id, "conflicts", 0.7, "sent troops vs denied sending"),
        XRef(k1.id, s2.id, "corroborates", 0.6, "both place troops in Russia"),
        XRef(s3.id, k1.id, "updates", 0.5, "later count from Kyiv"),
        XRef(m2.id, s1.id, "cites", 0.4, "[bold]cites[/bold] the agency"),
        XRef(s2.id, m1.id, "related", 0.3, "same week"),
    ]
    entities = [Entity("North Korea", "country", ["Pyongyang", "DPRK"]), Entity("Russia", "country", [])]
    return Extraction(
        articles=[seoul, kyiv, markup],
        claims=[s1, s2, s3, k1, k2, m1, m2],
        entities=entities,
        xrefs=xrefs,
    )


def write_corpus(path: Path, extraction: Extraction, *, current: bool = False) -> CorpusDB:
    """A real corpus DB file holding ``extraction``.

    ``current``: stamped with this pipeline's version and no bundled articles,
    so the app's background staleness check leaves it as it is.
    """
    db = CorpusDB.open(path, create=True)
    if current:
        from store.build import pipeline_version

        db.replace_all(extraction, None, pipeline_version=pipeline_version(), includes_bundled=False)
    else:
        db.replace_all(extraction, "test-fixture")
    return db


def copy_corpus_files(template: Path, path: Path) -> None:
    """The DB at ``template`` and every file beside it named after it, copied to ``path``'s name
    with their mtimes: the derived files name the DB's size and mtime, so they stay current."""
    for source in template.parent.glob(template.name + "*"):
        target = path.with_name(path.name + source.name[len(template.name) :])
        if source.is_dir():
            shutil.copytree(source, target, copy_function=shutil.copy2)
        else:
            shutil.copy2(source, target)


class BuiltCorpora:
    """Corpus DBs as the app finds them on every start after its first: with the derived files
    beside them (every claim's document, every link, the search index, the view columns).
    Each extraction is written and its files derived once per test process, then copied: the
    app tests made them afresh each time, and the full collection that ends an index build
    (``SearchIndex.from_db``) was a fifth of their CPU."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._made: dict[str, Path] = {}

    def write(self, path: Path, extraction: Extraction, fingerprint: str = "test-fixture") -> None:
        key = f"{fingerprint}\n{extraction!r}"
        template = self._made.get(key)
        if template is None:
            template = self._folder / str(len(self._made)) / "corpus.json"
            template.parent.mkdir(parents=True)
            CorpusDB.open(template, create=True).replace_all(extraction, fingerprint)
            derive_files(template)
            self._made[key] = template
        copy_corpus_files(template, path)


_BUILT: list[BuiltCorpora] = []


def built_corpora() -> BuiltCorpora:
    """This process's ``BuiltCorpora``, in a folder removed when it exits."""
    if not _BUILT:
        folder = Path(tempfile.mkdtemp(prefix="factscope-built-corpora-"))
        atexit.register(shutil.rmtree, folder, True)
        _BUILT.append(BuiltCorpora(folder))
    return _BUILT[0]


def derive_files(path: Path) -> None:
    """What the app derives from the DB at ``path`` and keeps beside it."""
    from store.user_db import UserDB
    from tui.data import AppData, build_index, queries_of

    data = AppData(corpus=CorpusDB.open(path), user=UserDB.open(path.with_name("user.json")))
    data.derived.index, problems = build_index(data)
    assert not problems, problems
    queries_of(data).build_all()


def sentence_claim(claim_id: str, article: Article, text: str, kind: str = "quantity") -> Claim:
    """A claim covering ``text`` where it first occurs in ``article``'s body."""
    start = article.body.index(text)
    return Claim(claim_id, article.id, start, start + len(text), text, kind, None, "asserted")


def claims_article(
    key: str, sentences: list[str], *, title: str, outlet: str = "Outlet"
) -> tuple[Article, list[Claim]]:
    """An article of one-sentence paragraphs, each a claim with id ``{key}{n:02d}``."""
    body = "\n\n".join(sentences) + "\n"
    article = Article(article_id(body), title, outlet, [], "2024-10-11", False, f"{key}.txt", body)
    return article, [sentence_claim(f"{key}{n:02d}", article, text) for n, text in enumerate(sentences)]


def app_data(path: Path, articles: list[Article], claims: list[Claim], xrefs: list[XRef] | None = None):
    """The app's data over a corpus DB at ``path`` (and a user DB beside it)."""
    from store.user_db import UserDB
    from tui.data import AppData

    built_corpora().write(path, Extraction(articles, claims, [], list(xrefs or [])))
    return AppData(corpus=CorpusDB.open(path), user=UserDB.open(path.parent / "user.json"))
