"""Adding articles one by one (`factscope add`) stores exactly the links a build of them all makes
(issue 12 item 6): the per-claim caps are worked out again where an add changes them, and the
stored links a build would not make are taken back (docs/storage.md, "Add and build")."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from corpus.loader import bundled_articles, load_dir
from corpus.model import Article, Extraction
from corpus.pipeline import extend, extract
from corpus.xref.link import FIGURE_REFERENCE_RULE
from store.build import add_articles, build_corpus_db
from store.corpus_db import CorpusDB
from store.derived import write_derived_indexes
from store.link_index import index_path
from store.links import LinkColumns

from .conftest import DATA

Link = tuple[str, str, str, float, str]


@pytest.fixture(scope="module")
def every() -> list[Article]:
    found = bundled_articles() + load_dir(DATA / "clusters")
    assert len(found) >= 30
    return found


def _small_shards(monkeypatch: pytest.MonkeyPatch) -> None:
    """Builds write several shards, so that an add reads the catalogue alone, through the link index."""
    from store import shards

    monkeypatch.setattr(shards, "CLAIMS_PER_SHARD", 8)


@pytest.fixture(autouse=True)
def small_shards(monkeypatch: pytest.MonkeyPatch) -> None:
    _small_shards(monkeypatch)


def _links(xrefs) -> set[Link]:
    return {(x.source, x.target, x.relation, x.score, x.reason) for x in xrefs}


def _in_time_order(articles: list[Article]) -> list[Article]:
    return sorted(articles, key=lambda a: (a.published or "", a.id))


def _shuffled(articles: list[Article], seed: int) -> list[Article]:
    found = list(articles)
    random.Random(seed).shuffle(found)
    return found


def _left_out_kept(path: Path) -> tuple[set[tuple], set[str]]:
    """The link index's left-out candidates, and the claims it holds all of them for."""
    with sqlite3.connect(index_path(path)) as index:
        rows = set(index.execute("SELECT a, b, relation, score, forward FROM left_out"))
        return rows, {claim for (claim,) in index.execute("SELECT claim FROM weighed")}


def _added_one_by_one(path: Path, articles: list[Article], *, derived: bool = True) -> CorpusDB:
    """``articles`` added one by one after a build of the first, each as `factscope add` adds it; with
    ``derived``, the derived files are brought up to date after each add, as that command does (no add
    reads them: a test of the links alone leaves them out)."""
    build_corpus_db(path, articles[:1], keep_added=False)
    for article in articles[1:]:
        db = CorpusDB.open_part(path, lambda _articles: None)  # as `factscope add` does
        add_articles(db, [article])
        if derived:
            write_derived_indexes(db)
    return CorpusDB.open(path)


# A build's links and left-out candidates are those of its articles, whatever their order (the claims'
# ids and every comparison are the articles' own): each build below is made once, in time order, and
# the adds in other orders are held to it.
@pytest.fixture(scope="module")
def built(every: list[Article], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A build of every article (in time order), as the adds are made with: small shards."""
    path = tmp_path_factory.mktemp("built") / "built.json"
    with pytest.MonkeyPatch.context() as monkeypatch:
        _small_shards(monkeypatch)
        build_corpus_db(path, _in_time_order(every), keep_added=False)
    return path


@pytest.fixture(scope="module")
def built_in_small_windows(every: list[Article], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``built`` with the small windows of ``small_windows``."""
    path = tmp_path_factory.mktemp("built-small") / "built.json"
    with pytest.MonkeyPatch.context() as monkeypatch:
        _small_shards(monkeypatch)
        _small_windows(monkeypatch)
        build_corpus_db(path, _in_time_order(every), keep_added=False)
    return path


@pytest.fixture(scope="module")
def grown_in_time_order(every: list[Article], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The articles added one by one in time order: made once for the two tests that read it."""
    path = tmp_path_factory.mktemp("grown") / "grown.json"
    with pytest.MonkeyPatch.context() as monkeypatch:
        _small_shards(monkeypatch)
        _added_one_by_one(path, _in_time_order(every))
    return path


@pytest.mark.parametrize("order", ["time", "shuffled"])
def test_adding_one_by_one_stores_exactly_the_links_of_a_build(
    every: list[Article], order: str, tmp_path: Path, request: pytest.FixtureRequest, built: Path
) -> None:
    articles = _in_time_order(every) if order == "time" else _shuffled(every, 5)
    built_path, built = built, CorpusDB.open(built)
    if order == "time":
        path = request.getfixturevalue("grown_in_time_order")
        grown = CorpusDB.open(path)
    else:
        path = tmp_path / "grown.json"
        grown = _added_one_by_one(path, articles)
    assert index_path(path).is_file()  # the adds went through the link index
    assert _links(grown.xrefs()) == _links(built.xrefs())
    assert len(grown.xrefs()) == len(built.xrefs()) > 400
    assert grown.meta["counts"]["xrefs"] == len(built.xrefs())
    # the candidates the caps left out, kept add by add, are those of the build, all of them for every claim
    left_out, weighed = _left_out_kept(path)
    assert (left_out, weighed) == _left_out_kept(built_path)
    assert len(left_out) > 100 and len(weighed) == len({c.id for c in built.claims() if c.kind != "background"})
    # the derived link columns (extended add by add) and a DB read in part agree with the record
    part = CorpusDB.open_part(path, lambda found: found[-1])
    columns, _reason = LinkColumns.from_db(part)
    assert _links(columns.all()) == _links(built.xrefs())
    shown = part.claims_for_article(articles[-1].id)[0].id
    assert _links(part.xrefs_for_claim(shown)) <= _links(built.xrefs())


def test_some_adds_took_links_back(grown_in_time_order: Path) -> None:
    """The exactness above is not for want of anything to take back: with the caps, later articles
    push stored links out (which the shard entries name)."""
    grown = CorpusDB.open(grown_in_time_order)
    taken = [link for entry in grown._index.shards for link in entry.get("unlinked", ())]
    assert len(taken) >= 20


def test_extending_in_memory_gives_the_links_of_a_build(every: list[Article], built: Path) -> None:
    articles = _shuffled(every, 11)
    links = {(x.source, x.target, x.relation): x for x in extract(articles[:1]).xrefs}
    grown = extract(articles[:1])
    for article in articles[1:]:
        delta = extend(Extraction(grown.articles, grown.claims, grown.entities, list(links.values())), [article])
        for x in delta.unlinked:
            del links[(x.source, x.target, x.relation)]  # only links that are there are taken back
        for x in delta.xrefs:
            assert (x.source, x.target, x.relation) not in links
            links[(x.source, x.target, x.relation)] = x
        grown = Extraction(grown.articles + delta.articles, grown.claims + delta.claims, grown.entities)
    assert _links(links.values()) == _links(CorpusDB.open(built).xrefs())  # a build of them all, in another order


def test_the_rule_of_a_reference_back_to_a_figure_is_the_one_linking_leaves_uncapped(tmp_path: Path) -> None:
    """An add tells the links no cap counts by their rule: it must be the one anaphora gives."""
    (tmp_path / "strike.md").write_text(
        "---\ntitle: Dock strike grows\noutlet: Harbour Wire\npublished: 2026-03-02\n---\n"
        "The dockers' union said on Monday that 2,400 workers had walked out at the port of Velmar.\n\n"
        "The port authority said the union's figures were not credible.\n",
        encoding="utf-8",
    )
    found = extract(load_dir(tmp_path))
    assert {x.rule for x in found.xrefs if "refers back" in x.reason} == {FIGURE_REFERENCE_RULE}


def _small_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    """Blocks of more than 6 claims compare each with its 2 nearest, and skip a word 6 claims share:
    the bundled corpus and the clusters then have many large blocks, where adds part pairs."""
    from corpus.xref import blocking, link
    from store import link_index

    for module in (blocking, link, link_index):
        monkeypatch.setattr(module, "SMALL_BLOCK", 6)
        monkeypatch.setattr(module, "NEIGHBOURS", 2)


@pytest.fixture
def small_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    _small_windows(monkeypatch)


@pytest.mark.parametrize("seed", [3, 8])
def test_adds_that_part_pairs_in_large_blocks_take_their_links_back(
    every: list[Article], small_windows: None, seed: int, tmp_path: Path, built_in_small_windows: Path
) -> None:
    articles = _shuffled(every, seed)
    built = CorpusDB.open(built_in_small_windows)
    grown = _added_one_by_one(tmp_path / "grown.json", articles, derived=False)
    assert _links(grown.xrefs()) == _links(built.xrefs())
    assert len(built.xrefs()) > 200
    assert _left_out_kept(tmp_path / "grown.json") == _left_out_kept(built_in_small_windows)


def test_an_add_not_indexed_has_the_left_out_candidates_it_may_change_weighed_again(
    every: list[Article], tmp_path: Path, built: Path
) -> None:
    """An add killed after its commit, before indexing its shard: the next add indexes the shard
    without the add's changes to the left-out candidates, so it weighs again those of the claims the
    add may have changed (store/link_index.py ``_unweigh_around``), not trusting the stale ones nor
    dropping every claim's: the index then holds the candidates a build of the same articles leaves
    out, all of them for every claim, and the links stay those of a build."""
    from store import link_index, link_remake

    articles = _shuffled(every, 4)  # an order whose first half leaves candidates out
    half = len(articles) // 2
    path = tmp_path / "grown.json"
    build_corpus_db(path, articles[:half], keep_added=False)
    assert _left_out_kept(path)[1]
    first, *rest = articles[half:]
    indexing = link_index.index_new_shards
    link_index.index_new_shards = lambda *_args: None  # type: ignore[assignment]
    try:
        add_articles(CorpusDB.open_part(path, lambda _articles: None), [first])
    finally:
        link_index.index_new_shards = indexing  # type: ignore[assignment]
    link_index._kept.clear()  # the killed process's memory
    weighing = link_remake.left_out_of
    again: list[str] = []

    def counted(ids):
        again.extend(ids)
        return weighing(ids)

    link_remake.left_out_of = counted  # type: ignore[assignment]
    try:
        with link_index.opened(path, CorpusDB.open_part(path, lambda _articles: None)._index):
            pass  # the next add's catching up
    finally:
        link_remake.left_out_of = weighing  # type: ignore[assignment]
    once = tmp_path / "once.json"
    build_corpus_db(once, articles[: half + 1], keep_added=False)
    left_out, weighed = _left_out_kept(path)
    assert (left_out, weighed) == _left_out_kept(once)  # a build's, no stale row and none missing
    assert len(left_out) > 5
    assert first.id in {claim_id.split("-")[0] for claim_id in again}  # the new claims, and some around them
    assert 0 < len(set(again)) < len(weighed) // 2
    for article in rest:
        add_articles(CorpusDB.open_part(path, lambda _articles: None), [article])
    assert _links(CorpusDB.open(path).xrefs()) == _links(CorpusDB.open(built).xrefs())
    assert _left_out_kept(path) == _left_out_kept(built)


@pytest.mark.parametrize("windows", ["as built", "small"])
def test_extending_a_build_in_memory_reads_its_left_out_candidates_and_gives_its_links(
    every: list[Article], windows: str, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An extraction a build made carries the candidates its caps left out (and its claims' features):
    extending it in memory weighs a claim's candidates from them, relating no pair of two old claims,
    and still gives exactly the links of a build of everything."""
    from corpus.xref import link

    if windows == "small":
        request.getfixturevalue("small_windows")
    articles = _in_time_order(every)[:24]  # the last five take stored links back
    built, whole = extract(articles[:19]), extract(articles)
    related_old: list[frozenset[str]] = []
    relate = link.relate

    def counted(a, b, rarity):
        if a.claim.article_id in old and b.claim.article_id in old:
            related_old.append(frozenset((a.claim.id, b.claim.id)))
        return relate(a, b, rarity)

    old = {a.id for a in articles[:19]}
    monkeypatch.setattr(link, "relate", counted)
    delta = extend(built, articles[19:])
    # caps moved: stored claims lost links and weighed their candidates again
    assert delta.unlinked or windows == "small"
    taken = {(x.source, x.target, x.relation) for x in delta.unlinked}
    links = [x for x in built.xrefs if (x.source, x.target, x.relation) not in taken] + delta.xrefs
    assert _links(links) == _links(whole.xrefs)
    came_in = {frozenset((x.source, x.target)) for x in delta.xrefs}
    assert set(related_old) <= came_in  # only a left-out candidate that came in, for its reason


def test_a_digest_cites_the_same_report_of_an_outlet_with_two_articles_whatever_the_order(tmp_path: Path) -> None:
    """An undated digest's "Reuters reported" cites the Reuters claim a build chooses, whichever of the
    two Reuters articles and the digest came first (the order of adds once chose the first one)."""
    import itertools

    stories = {
        "first.md": (
            "Flooding in Dravec region kills 41",
            "Reuters",
            "2026-04-02",
            "Floods in the Dravec region "
            "have killed 41 people, the regional emergency office said on Thursday.\n\nRescue teams were "
            "searching for 12 people still missing near the town of Oskel, the office said.",
        ),
        "second.md": (
            "Dravec flood toll rises to 58",
            "Reuters",
            "2026-04-04",
            "The death toll from floods in the "
            "Dravec region rose to 58 on Saturday, the regional emergency office said.\n\nAbout 3,000 "
            "people have been moved out of their homes near Oskel, the office said.",
        ),
        "digest.md": (
            "World news in brief",
            "Coastal Times",
            None,
            "Floods in the Dravec region have killed 58 "
            "people, Reuters reported.\n\nOfficials said about 3,000 people had left their homes near "
            "Oskel, Reuters reported.",
        ),
    }
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, (title, outlet, published, body) in stories.items():
        dated = f"published: {published}\n" if published else ""
        (folder / name).write_text(f"---\ntitle: {title}\noutlet: {outlet}\n{dated}---\n{body}\n", encoding="utf-8")
    articles = load_dir(folder)

    def cites(xrefs) -> set[tuple[str, str]]:
        return {(x.source, x.target) for x in xrefs if x.relation == "cites"}

    built = cites(build_corpus_db(tmp_path / "built.json", articles, keep_added=False).xrefs())
    assert len(built) == 2
    for k, order in enumerate(itertools.permutations(articles)):
        grown = _added_one_by_one(tmp_path / f"grown{k}.json", list(order))
        assert cites(grown.xrefs()) == built


@pytest.mark.parametrize("where", ["here", "in processes"])
def test_an_index_made_again_holds_the_left_out_candidates_of_a_build(
    every: list[Article], where: str, tmp_path: Path, built: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A link index made again (dropped as of another pipeline) by the next add: its claims' rows, made
    in processes or here, and the candidates the caps leave out, weighed again for every claim, so that
    the add and those after it weigh a claim's candidates as after a build, relating no old pair again:
    the add stores the links of a build and leaves the index holding a build's left-out candidates."""
    from store import link_index, link_remake

    monkeypatch.setattr(link_remake, "CLAIMS_PER_TASK", 64)
    if where == "in processes":
        monkeypatch.setattr(link_remake, "MIN_CLAIMS", 0)
        monkeypatch.setattr(link_index, "BATCH_SHARDS", 5)
        monkeypatch.setattr(link_remake, "SHARDS_AT_ONCE", 2)
    articles = _in_time_order(every)
    path = tmp_path / "c.json"
    build_corpus_db(path, articles[:-1], keep_added=False)
    link_index.remove(path)
    told: list[tuple[int, int, str]] = []
    add_articles(CorpusDB.open_part(path, lambda _a: None), [articles[-1]], progress=lambda *args: told.append(args))
    assert _links(CorpusDB.open(path).xrefs()) == _links(CorpusDB.open(built).xrefs())
    left_out, weighed = _left_out_kept(path)
    assert (left_out, weighed) == _left_out_kept(built)
    assert len(left_out) > 100
    weighing = [t for t in told if "left-out" in t[2]]
    assert weighing[0][0] == 0 and weighing[-1][0] == weighing[-1][1] > 200
    assert _rows(path) == _rows(built)  # every claim's features, document and blocks as a build wrote them


def _rows(path: Path) -> tuple[list[tuple], list[tuple]]:
    with sqlite3.connect(index_path(path)) as index:
        claims = sorted(index.execute("SELECT id, article, features, doc FROM claims"))
        return claims, sorted(index.execute("SELECT key, position, claim FROM blocks"))


def test_weighing_the_left_out_candidates_again_goes_on_where_it_stopped(
    every: list[Article], tmp_path: Path, built: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An add stopped (as by ^C) while the left-out candidates of an index made again were weighed:
    the claims weighed are kept, marked; the next add weighs the rest before it links."""
    from store import link_index, link_remake

    monkeypatch.setattr(link_remake, "CLAIMS_PER_TASK", 32)
    monkeypatch.setattr(link_remake, "TASKS_PER_COMMIT", 1)
    articles = _in_time_order(every)
    path = tmp_path / "c.json"
    build_corpus_db(path, articles[:-1], keep_added=False)
    link_index.remove(path)

    def stop_at_the_third(done: int, total: int, label: str) -> None:
        if "left-out" in label and done >= 64:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        add_articles(CorpusDB.open_part(path, lambda _a: None), [articles[-1]], progress=stop_at_the_third)
    assert len(_left_out_kept(path)[1]) == 64  # two tasks committed, their claims marked
    add_articles(CorpusDB.open_part(path, lambda _a: None), [articles[-1]])
    assert _links(CorpusDB.open(path).xrefs()) == _links(CorpusDB.open(built).xrefs())
    assert _left_out_kept(path) == _left_out_kept(built)


def test_the_caps_read_the_stored_links_of_the_pairs_they_weigh_together(tmp_path: Path) -> None:
    """Weighing a pair for a cap reads both ends' stored links, and a pair it pushes out or lets in queues
    more: read a claim at a time, an add at 100k claims made ~700 queries of the link index. Every queued
    pair is weighed, so the links of all their ends are read together when one is missing."""
    import importlib.util

    from corpus.xref import link
    from store import link_index

    spec = importlib.util.spec_from_file_location("bench_build", Path(__file__).parents[1] / "bench" / "bench_build.py")
    assert spec is not None and spec.loader is not None
    bench_build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench_build)
    path = tmp_path / "corpus.json"
    build_corpus_db(path, [bench_build.synthetic_article(i) for i in range(30)], keep_added=False)
    reads: list[int] = []
    weighing = [False]
    stored_links, caps_run = link_index.LinkIndex.stored_links, link._Caps.run

    def counted(index: link_index.LinkIndex, claim_ids):
        if weighing[0]:
            reads.append(len(claim_ids))
        return stored_links(index, claim_ids)

    def in_caps(caps: link._Caps, *args) -> None:
        weighing[0] = True
        try:
            caps_run(caps, *args)
        finally:
            weighing[0] = False

    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setattr(link_index.LinkIndex, "stored_links", counted)
        monkeypatch.setattr(link._Caps, "run", in_caps)
        for k in range(3):
            reads.clear()
            add_articles(CorpusDB.open_part(path, lambda _articles: None), [bench_build.synthetic_article(10_000 + k)])
            assert sum(reads) > 100  # the caps weighed many stored claims
            assert len(reads) * 4 < sum(reads), reads  # in few queries (a claim at a time: one query each)
