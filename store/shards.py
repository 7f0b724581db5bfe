"""The corpus DB's layout on disk: a catalogue file plus immutable shard files.

The DB path names the catalogue, a TinyDB file holding ``meta``, ``articles``,
``entities`` and a ``shards`` table that lists the shard files (in
``<db>.shards/``) holding the ``claims`` and ``xrefs``. A shard is written once
under a fresh name and never changed, so:

- a write stores its new shard files first (atomic, fsynced), then replaces the
  catalogue in one atomic step: the catalogue is the commit point, and a crash
  leaves the old catalogue (with at most an unreferenced new shard) or the new;
- adding an article writes one small shard and a catalogue, not the corpus;
- the catalogue's file stamp versions the whole DB, backups of the catalogue
  still find their shards, and shards nothing refers to are removed by builds.

A file without a ``shards`` table is the older single-file layout: read as it
is, and converted (after the usual backup of the replaced file) on its first
write. See docs/storage.md for the figures behind the choice.
"""

from __future__ import annotations

import os
import re
import stat
import zlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import orjson

from corpus.sanitize import escape_unsafe
from store.atomic import atomic_write_bytes, parse_tables, read_regular
from store.errors import CorruptDatabase, DamagedShard

Tables = dict[str, dict[str, Any]]
SHARD_TABLES = ("claims", "xrefs")
CLAIMS_PER_SHARD = 1000  # a build's shard size: a first screen reads one (~15 ms), a whole load reads them all
_NAME = re.compile(r"[0-9a-f]{16}\.json")  # names we write
# a catalogue's entry: "<dir>/<name>", relative to the catalogue's directory, so its backups and
# copies set aside find the same files; anything else (a path out of there) is refused
_ENTRY = re.compile(r"(?!\.\.?/)[^/\\\x00]+\.shards/[0-9a-f]{16}\.json")


def shard_dir(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".shards")


def is_catalogue(data: Tables) -> bool:
    return "shards" in data


# The catalogue's articles, once there are many, in immutable files of their own (article files,
# in the shard directory, under the same name pattern): the catalogue itself, the file every write
# replaces, is then a small head (meta, entities, the shard and article-file entries, and the
# articles added since the last article file). An add rewrites the head, not every article.
ARTICLE_FILES = "article_files"
HEAD_ARTICLES = 256  # articles the head holds before a write moves them into an article file
ARTICLES_PER_FILE = 1000  # a build's article files (~2 MB each)


def article_entries(path: Path, data: Tables) -> list[dict[str, Any]]:
    """The catalogue's article-file entries, each checked to name a file we could have written
    (and, when it lists them, the ids of as many articles as it counts, each of an id's shape)."""
    from store.validate import ids_sound

    entries = _docs(data, ARTICLE_FILES)
    for entry in entries:
        if not isinstance(entry.get("file"), str) or not _ENTRY.fullmatch(entry["file"]):
            raise CorruptDatabase(path, "the article files table names a file that is not an article file")
        if type(entry.get("articles")) is not int or entry["articles"] < 0:
            raise CorruptDatabase(path, f"the article files table's entry for {entry['file']} has no article count")
        ids = entry.get("ids")
        if ids is not None and not (isinstance(ids, list) and len(ids) == entry["articles"] and ids_sound(ids)):
            raise CorruptDatabase(path, f"the article files table's entry for {entry['file']} has malformed ids")
        spans = entry.get("spans")
        if spans is not None and not (ids is not None and _spans_sound(spans, entry["articles"])):
            raise CorruptDatabase(path, f"the article files table's entry for {entry['file']} has malformed spans")
        sums = entry.get(CHECKSUMS)
        if sums is not None and not (
            isinstance(sums, str) and len(sums) == 8 * entry["articles"] and _HEX.fullmatch(sums)
        ):
            raise CorruptDatabase(path, f"the article files table's entry for {entry['file']} has malformed checksums")
    return entries


# Each article's body in an article file has its CRC-32 in the file's entry (8 hex digits an article, in
# order, one string), of the text (its UTF-8), not of the file's bytes: another writer's spacing or
# escaping leaves it as it is. A read checks the bodies it parses, so a body changed inside the file
# (still valid JSON) fails the read that meets it, naming the file, instead of being shown, searched
# and linked as the text the claims were extracted from. (Entries written before session 28 have none.)
CHECKSUMS = "body_crc32"
_HEX = re.compile(r"[0-9a-f]*")


def checksum(body: str) -> str:
    """An article body's checksum as its entry lists it."""
    return f"{zlib.crc32(body.encode('utf-8', 'surrogatepass')):08x}"


def check_body(db_path: Path, entry: Mapping[str, Any], at: int, doc: Any) -> None:
    """Fail closed (``CorruptDatabase`` naming the article file) when the body of ``doc``, the
    ``at``-th article's document of the article file of ``entry``, is not the text written there."""
    sums = entry.get(CHECKSUMS)
    body = doc.get("body") if isinstance(doc, dict) else None
    if sums is not None and isinstance(body, str) and checksum(body) != sums[8 * at : 8 * at + 8]:
        raise CorruptDatabase(
            db_path,
            f"its article file {entry['file']} was changed after it was written:"
            f" the body of article {escape_unsafe(str(doc.get('id')))[:80]} does not match its checksum",
        )


def _spans_sound(spans: Any, count: int) -> bool:
    """Byte spans of ``count`` documents, one after another in a file: [start, end] pairs of ints."""
    if not isinstance(spans, list) or len(spans) != count:
        return False
    last = 0
    for span in spans:
        if not (isinstance(span, list) and len(span) == 2 and type(span[0]) is int and type(span[1]) is int):
            return False
        if not last <= span[0] < span[1]:
            return False
        last = span[1]
    return True


def read_article_file(db_path: Path, entry: Mapping[str, Any], raw: bytes | None = None) -> list[Any]:
    """The article documents of one article file (``raw``: its bytes, already read), checked
    against the count its entry gives, and the ids when it lists them."""
    if raw is None:
        data = read_shard(db_path, entry["file"], "article file")
    else:
        data = parse_tables(db_path.parent / entry["file"], raw)
    docs = _docs(data, "articles")
    if len(docs) != entry["articles"]:
        raise CorruptDatabase(
            db_path, f"its article file {entry['file']} holds {len(docs)} articles, not {entry['articles']}"
        )
    ids = entry.get("ids")
    if ids is not None and [doc.get("id") if isinstance(doc, dict) else None for doc in docs] != ids:
        raise CorruptDatabase(db_path, f"its article file {entry['file']} does not hold the articles its entry names")
    if CHECKSUMS in entry:  # a body changed inside the file, still valid JSON
        for at, doc in enumerate(docs):
            check_body(db_path, entry, at, doc)
    return docs


def _id_of(article: Any) -> Any:
    return article.get("id") if isinstance(article, dict) else article.id


def listed(
    db_path: Path,
    entries: Sequence[dict[str, Any]],
    articles: Sequence[Any],
    mode: int | None = None,
    written: list[dict[str, Any]] | None = None,
) -> list[dict[str, Any]]:
    """``entries`` (article files holding the first of ``articles``, every article in stored order),
    each listing its articles' ids and where each lies in the file (``write_article_file``): an
    article file written before entries listed them is written again, once, as a new file (the old
    one is left to the copies of the catalogue that name it). An add then knows every stored
    article's id from the catalogue alone, and reads an article it needs, not its file."""
    out, at = [], 0
    for entry in entries:
        count = entry["articles"]
        if "spans" not in entry:
            entry = write_article_file(db_path, articles[at : at + count], mode, written)
        out.append(entry)
        at += count
    return out


def with_articles(
    db_path: Path,
    data: Tables,
    read: Callable[[dict[str, Any]], bytes | None] | None = None,
    entries: Sequence[dict[str, Any]] | None = None,
) -> Tables:
    """The parsed catalogue ``data`` with every article in its ``articles`` table: those of its
    article files, in order, then the head's own (a catalogue without article files: as it is).
    ``read(entry)``: an article file's bytes, when the caller reads them itself; ``entries``:
    ``article_entries(db_path, data)``, when the caller has them already."""
    if entries is None:
        entries = article_entries(db_path, data)
    if not entries:
        return data
    docs: list[Any] = []
    for entry in entries:
        docs += read_article_file(db_path, entry, read(entry) if read is not None else None)
    return {**data, "articles": table([*docs, *_docs(data, "articles")])}


def write_article_file(
    db_path: Path, articles: Sequence[Any], mode: int | None = None, written: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    """Store one new article file (atomic, fsynced); its catalogue entry (also appended to ``written``),
    which lists the ids of its articles and the span of bytes each one's document takes in the file.
    The file is what ``orjson.dumps({"articles": table(articles)})`` gives, written a document at a
    time to know where each lies."""
    parts, spans = [b'{"articles":{'], []
    at = len(parts[0])
    for number, article in enumerate(articles, 1):
        key = b'%s"%d":' % (b"," if number > 1 else b"", number)
        doc = orjson.dumps(article)
        spans.append([at + len(key), at + len(key) + len(doc)])
        parts += (key, doc)
        at += len(key) + len(doc)
    parts.append(b"}}")
    file = _new_file(db_path, b"".join(parts), mode)
    entry = {"file": file, "articles": len(articles), "ids": [_id_of(a) for a in articles], "spans": spans}
    entry[CHECKSUMS] = "".join(checksum(a["body"] if isinstance(a, dict) else a.body) for a in articles)
    if written is not None:
        written.append(entry)
    return entry


def head_articles(
    db_path: Path,
    rest: Sequence[Any],
    entries: Sequence[dict[str, Any]],
    mode: int | None = None,
    written: list[dict[str, Any]] | None = None,
    per_file: int | None = None,
) -> tuple[list[dict[str, Any]], list[Any]]:
    """Where a write puts ``rest``, the articles past those of the article files ``entries`` (kept
    as they are), in stored order: the article files, and the head's own articles. When the head
    would hold more than ``HEAD_ARTICLES``, they go to new article files of up to ``per_file``
    articles each."""
    files, rest = list(entries), list(rest)
    per_file = per_file or ARTICLES_PER_FILE  # (read when called: tests set it)
    if len(rest) > HEAD_ARTICLES:
        for at in range(0, len(rest), per_file):
            files.append(write_article_file(db_path, rest[at : at + per_file], mode, written))
        rest = []
    return files, rest


def table(items: Iterable[Any]) -> dict[str, Any]:
    """TinyDB's table layout: documents by id from 1."""
    return {str(i): item for i, item in enumerate(items, 1)}


def _docs(data: Tables, name: str) -> list[Any]:
    found = data.get(name) or {}
    return [found[key] for key in sorted(found, key=int)]


def shard_docs(path: Path, data: Tables) -> list[dict[str, Any]]:
    """The catalogue's shard entries, each checked to name a shard file we could have written."""
    entries = _docs(data, "shards")
    for entry in entries:
        if not isinstance(entry.get("file"), str) or not _ENTRY.fullmatch(entry["file"]):
            raise CorruptDatabase(path, "the shards table names a file that is not a shard")
        articles = entry.get("articles", {})
        if not isinstance(articles, dict) or not all(type(n) is int and n >= 0 for n in articles.values()):
            raise CorruptDatabase(path, f"the shards table's entry for {entry['file']} has malformed article counts")
        taken = entry.get("unlinked", [])
        if not isinstance(taken, list) or not all(
            isinstance(link, list) and len(link) == 3 and all(isinstance(end, str) for end in link) for link in taken
        ):
            raise CorruptDatabase(path, f"the shards table's entry for {entry['file']} has malformed unlinked links")
        crc, size = entry.get(SHARD_CHECKSUM), entry.get(SHARD_SIZE)
        if (crc is not None or size is not None) and not (
            isinstance(crc, str) and len(crc) == 8 and _HEX.fullmatch(crc) and type(size) is int and size > 0
        ):
            raise CorruptDatabase(path, f"the shards table's entry for {entry['file']} has a malformed checksum")
    return entries


LinkKey = tuple[str, str, str]  # source, target, relation


def unlinked(entry: Mapping[str, Any]) -> set[LinkKey]:
    """The links stored in earlier shards that the add writing this shard took back."""
    return {(source, target, relation) for source, target, relation in entry.get("unlinked", ())}


def taken_back(entries: Sequence[Mapping[str, Any]]) -> dict[str, set[LinkKey]]:
    """For each shard file, the links stored in it that a later shard's add took back (an add
    that finds a better link for a claim at its cap, or a citation it makes again, cannot change
    the stored shard holding the old one: its own shard's catalogue entry names it instead)."""
    later: set[LinkKey] = set()
    out: dict[str, set[LinkKey]] = {}
    for entry in reversed(entries):
        out[entry["file"]] = set(later)
        later |= unlinked(entry)
    return out


def linked_docs(shard: Tables, taken: set[LinkKey]) -> list[Any]:
    """A shard's xref documents, less those taken back."""
    docs = _docs(shard, "xrefs")
    if not taken:
        return docs
    return [d for d in docs if (d.get("source"), d.get("target"), d.get("relation")) not in taken]


# A shard's entry gives the CRC-32 and the size of the file as written (entries written before
# session 29 have neither). Every read of a shard given its entry checks the CRC, so a claim or link
# changed inside a shard (still valid JSON) fails the read that meets it, in one line naming the
# file, instead of being shown, searched and linked; a file another writer wrote again with other
# spacing or escaping (the same documents) passes: its documents written as ours are is checked
# then. The size lets an add, which reads no shard, tell a shard cut short or lost from a stat.
SHARD_CHECKSUM = "crc32"
SHARD_SIZE = "size"


def read_shard(db_path: Path, entry: str | Mapping[str, Any], what: str = "shard") -> Tables:
    """A shard's tables; given its catalogue ``entry`` (not only its file name), checked against
    the checksum the entry lists. A shard missing, unparsable or changed is ``DamagedShard``.
    ``what``: what to call the file (an article file is read here too)."""
    file = entry if isinstance(entry, str) else entry["file"]
    path = db_path.parent / file
    try:
        raw, _stamp = read_regular(path)
    except FileNotFoundError:
        raise DamagedShard(db_path, f"its {what} {file} is missing") from None
    try:
        data = parse_tables(path, raw)
    except CorruptDatabase as exc:
        raise DamagedShard(db_path, f"its {what} {file} cannot be read: {exc.detail}") from None
    crc = None if isinstance(entry, str) else entry.get(SHARD_CHECKSUM)
    if crc is not None and _crc32(raw) != crc and _crc32(orjson.dumps(data)) != crc:
        raise DamagedShard(
            db_path, f"its {what} {file} was changed after it was written: it does not match its checksum"
        )
    return data


def _crc32(raw: bytes) -> str:
    return f"{zlib.crc32(raw):08x}"


def check_shard_sizes(db_path: Path, entries: Iterable[Mapping[str, Any]]) -> None:
    """Fail (``DamagedShard``, naming the file) when a shard listed in ``entries`` is gone, or is
    not of the size its entry lists and does not read as written (``read_shard``): a stat a shard,
    for a writer that reads none of them (an add), so that it stores nothing on a DB whose record is
    damaged but says so, for ``check --repair`` to mend. Entries without a size are not checked."""
    for entry in entries:
        size = entry.get(SHARD_SIZE)
        if size is None:
            continue
        try:
            found = os.stat(db_path.parent / entry["file"]).st_size
        except FileNotFoundError:
            raise DamagedShard(db_path, f"its shard {entry['file']} is missing") from None
        except OSError:
            continue  # the read that needs it says why
        if found != size:
            read_shard(db_path, entry)  # written again with other spacing: the same documents


def assemble(db_path: Path, data: Tables, entries: Sequence[dict[str, Any]] | None = None) -> Tables:
    """The whole DB in the single-file layout: the catalogue's tables plus its shards' claims and xrefs
    (``entries``: ``shard_docs(db_path, data)``, when the caller has them already).

    The older single-file layout comes back as it is.
    """
    if not is_catalogue(data):
        return data
    whole: Tables = {name: docs for name, docs in data.items() if name != "shards"}
    parts: dict[str, list[Any]] = {name: [] for name in SHARD_TABLES}
    if entries is None:
        entries = shard_docs(db_path, data)
    taken = taken_back(entries)
    for entry in entries:
        shard = read_shard(db_path, entry)
        parts["claims"].extend(_docs(shard, "claims"))
        parts["xrefs"].extend(linked_docs(shard, taken[entry["file"]]))
    for name in SHARD_TABLES:
        whole[name] = table(parts[name])
    return whole


def _make_shard_dir(db_path: Path) -> None:
    """The shard directory, as open to others as the DB's own directory (a shared DB stays shared)."""
    directory = shard_dir(db_path)
    if directory.is_dir():
        return
    try:
        mode = stat.S_IMODE(os.stat(db_path.parent).st_mode)
        os.mkdir(directory, mode)
        os.chmod(directory, mode)  # mkdir's mode is masked by the umask
    except FileExistsError:
        pass
    except OSError:
        return  # atomic_write_bytes reports it as the store error it is


def _file_mode(db_path: Path, mode: int | None) -> int | None:
    if mode is not None:
        return mode
    try:  # the catalogue's permissions, so a DB readable by others has readable shards
        return stat.S_IMODE(os.stat(db_path).st_mode)
    except OSError:
        return None


def _new_file(db_path: Path, payload: bytes, mode: int | None) -> str:
    """``payload`` as a new file of the shard directory (atomic, fsynced): its name as the catalogue gives it."""
    name = f"{os.urandom(8).hex()}.json"  # (as secrets.token_hex: no hashlib imported)
    _make_shard_dir(db_path)
    directory = shard_dir(db_path)
    atomic_write_bytes(directory / name, payload, mode=_file_mode(db_path, mode))
    return f"{directory.name}/{name}"


def write_shard(
    db_path: Path,
    claims: Sequence[Any],
    xrefs: Sequence[Any],
    mode: int | None = None,
    written: list[dict[str, Any]] | None = None,
    unlinked: Sequence[Any] = (),
) -> dict[str, Any]:
    """Store one new shard file (atomic, fsynced); its catalogue entry (also appended to ``written``),
    naming the ``unlinked`` xrefs of earlier shards that this one takes back."""
    payload = orjson.dumps({"claims": table(claims), "xrefs": table(xrefs)})
    file = _new_file(db_path, payload, mode)
    per_article: dict[str, int] = {}
    for claim in claims:
        per_article[claim.article_id] = per_article.get(claim.article_id, 0) + 1
    # which articles' claims it holds, and how many: a reader can find one article's claims,
    # and count every article's, from the catalogue alone
    entry = {"file": file, "claims": len(claims), "xrefs": len(xrefs), "articles": per_article}
    entry[SHARD_CHECKSUM], entry[SHARD_SIZE] = _crc32(payload), len(payload)
    if unlinked:
        entry["unlinked"] = [list(key) for key in sorted({(x.source, x.target, x.relation) for x in unlinked})]
    if written is not None:
        written.append(entry)
    return entry


def write_shards(
    db_path: Path,
    claims: Sequence[Any],
    xrefs: Sequence[Any],
    mode: int | None = None,
    written: list[dict[str, Any]] | None = None,
) -> list[dict[str, Any]]:
    """A build's claims in shards of about ``CLAIMS_PER_SHARD``, an article never split;
    each xref goes with its source claim."""
    groups: list[list[Any]] = [[]]
    last_article = None
    for claim in claims:
        if len(groups[-1]) >= CLAIMS_PER_SHARD and claim.article_id != last_article:
            groups.append([])
        groups[-1].append(claim)
        last_article = claim.article_id
    group_of = {claim.id: i for i, group in enumerate(groups) for claim in group}
    links: list[list[Any]] = [[] for _ in groups]
    for xref in xrefs:
        links[group_of.get(xref.source, len(groups) - 1)].append(xref)
    return [write_shard(db_path, group, link, mode, written) for group, link in zip(groups, links) if group or link]


def catalogue(
    meta: dict[str, Any],
    articles: Iterable[Any],
    entities: Iterable[Any],
    shards: Iterable[dict[str, Any]],
    article_files: Sequence[dict[str, Any]] = (),
) -> Tables:
    """The catalogue's tables; ``articles`` the head's own (those not in ``article_files``)."""
    data = {"meta": table([meta]), "articles": table(articles), "entities": table(entities), "shards": table(shards)}
    if article_files:
        data[ARTICLE_FILES] = table(article_files)
    return data


# files beside the catalogue that are not copies of it: shards, locks, temp files, derived indexes
_DERIVED = (".shards", ".npz", ".lock", ".tmp", ".sqlite", ".sqlite-journal", ".sqlite-wal", ".sqlite-shm")


def kept_copies(db_path: Path) -> Iterable[bytes]:
    """The bytes of every copy of the catalogue kept beside it: backups (``<db>.bak.N``) and
    files set aside by a repair or restore (``<db>.<label>-<time>``), which may be restored."""
    prefix = db_path.name + "."
    try:
        siblings = [entry for entry in os.scandir(db_path.parent) if entry.name.startswith(prefix)]
    except OSError:
        return
    for entry in siblings:
        if entry.name.endswith(_DERIVED) or not entry.is_file(follow_symlinks=False):
            continue
        try:
            with open(entry.path, "rb") as fh:
                yield fh.read()
        except OSError:
            continue


def referenced(payloads: Iterable[bytes]) -> set[str]:
    """The shard and article-file names the catalogues in ``payloads`` refer to (unparsable ones: none)."""
    names: set[str] = set()
    for raw in payloads:
        if b'"shards"' not in raw:
            continue
        try:
            data = orjson.loads(raw)
            names.update(entry["file"] for entry in (data.get("shards") or {}).values())
            names.update(entry["file"] for entry in (data.get(ARTICLE_FILES) or {}).values())
        except (orjson.JSONDecodeError, AttributeError, KeyError, TypeError):
            continue
    return names


def remove_unreferenced(db_path: Path, keep: set[str]) -> None:
    """Delete shard files (and a crashed writer's temp files) that no catalogue refers to."""
    directory = shard_dir(db_path)
    try:
        found = list(os.scandir(directory))
    except OSError:
        return
    for entry in found:
        if f"{directory.name}/{entry.name}" not in keep and (
            _NAME.fullmatch(entry.name) or entry.name.endswith(".tmp")
        ):
            try:
                os.unlink(entry.path)
            except OSError:
                pass  # another time


def discard(db_path: Path, entries: Iterable[dict[str, Any]]) -> None:
    """A write that failed before its catalogue was replaced: its new shards are referred to by
    nothing, so they go now (a full disk must not fill up further with each retry)."""
    for entry in entries:
        if _ENTRY.fullmatch(entry["file"]):
            try:
                os.unlink(db_path.parent / entry["file"])
            except OSError:
                pass  # a build's remove_unreferenced gets it later
