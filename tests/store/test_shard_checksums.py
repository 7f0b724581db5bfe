"""Shard checksums (store/shards.py): each shard's entry gives its file's CRC-32 and size; a read
checks the CRC, an add (which reads no shard) the size; a damaged shard is one error naming it,
and nothing of the DB, the link index included, is dropped for it."""

from __future__ import annotations

import zlib
from pathlib import Path

import orjson
import pytest

from store import shards
from store.corpus_db import CorpusDB
from store.errors import CorruptDatabase, DamagedShard
from tests.store import helpers


def article(n: int):
    return helpers.make_article(
        f"Harbour report {n}.\nDivers found {n} wrecks near the pier.\nThe port said 3 cranes stopped.\n"
    )


@pytest.fixture
def sharded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A DB of six articles in shards of about two claims (an article never split)."""
    monkeypatch.setattr(shards, "CLAIMS_PER_SHARD", 2)
    path = tmp_path / "corpus.json"
    CorpusDB.open(path, create=True).replace_all(helpers.extract([article(n) for n in range(20, 26)]), None)
    return path


def entries(path: Path) -> list[dict]:
    return list(orjson.loads(path.read_bytes())["shards"].values())


def test_each_shard_entry_gives_the_crc32_and_size_of_its_file(sharded: Path) -> None:
    found = entries(sharded)
    assert len(found) >= 3
    for entry in found:
        raw = (sharded.parent / entry["file"]).read_bytes()
        assert entry["crc32"] == f"{zlib.crc32(raw):08x}" and entry["size"] == len(raw)


def _changed_in_place(path: Path, entry: dict) -> None:
    """One claim's text changed inside the shard, the file still valid JSON of the same size."""
    file = path.parent / entry["file"]
    raw = file.read_bytes()
    at = raw.index(b"wrecks")
    file.write_bytes(raw[:at] + b"wracks" + raw[at + 6 :])
    orjson.loads(file.read_bytes())


def test_a_claim_changed_inside_a_shard_fails_the_read_in_one_line_naming_the_file(sharded: Path) -> None:
    entry = entries(sharded)[1]
    _changed_in_place(sharded, entry)
    with pytest.raises(DamagedShard) as caught:
        shards.read_shard(sharded, entry)
    message = str(caught.value)
    assert "\n" not in message
    assert f"its shard {entry['file']} was changed after it was written" in message
    with pytest.raises(CorruptDatabase, match="was changed after it was written"):
        CorpusDB.open(sharded).claims()  # a whole read
    part = CorpusDB.open_part(sharded, lambda found: found[0])
    with pytest.raises(CorruptDatabase, match=entry["file"]):
        list(part.stored_parts())  # what derived files are made from


def test_a_shard_written_again_with_other_spacing_reads_as_before(sharded: Path) -> None:
    """Another writer's spacing (the same documents) is not damage: the CRC of the documents
    written as ours are is checked when the file's own bytes do not match."""
    entry = entries(sharded)[0]
    before = shards.read_shard(sharded, entry)
    file = sharded.parent / entry["file"]
    file.write_bytes(orjson.dumps(orjson.loads(file.read_bytes()), option=orjson.OPT_INDENT_2))
    assert shards.read_shard(sharded, entry) == before
    shards.check_shard_sizes(sharded, entries(sharded))  # a size that differs, but the documents are the same


def test_an_entry_without_a_checksum_reads_as_before(sharded: Path) -> None:
    """Entries written before session 29 have none: their shards are read unchecked."""
    entry = {k: v for k, v in entries(sharded)[1].items() if k not in ("crc32", "size")}
    _changed_in_place(sharded, entry)
    assert b"wracks" in orjson.dumps(shards.read_shard(sharded, entry))
    shards.check_shard_sizes(sharded, [entry])


@pytest.mark.parametrize("entry_fields", [{"crc32": "zz"}, {"crc32": "0000000g", "size": 3}, {"size": 10}])
def test_a_malformed_checksum_in_the_catalogue_fails_closed(sharded: Path, entry_fields: dict) -> None:
    data = orjson.loads(sharded.read_bytes())
    entry = data["shards"]["1"]
    entry.pop("crc32")
    entry.pop("size")
    entry.update(entry_fields)
    sharded.write_bytes(orjson.dumps(data))
    with pytest.raises(CorruptDatabase, match="malformed checksum"):
        CorpusDB.open(sharded)


def test_the_size_check_finds_a_shard_cut_short_or_gone_without_reading_the_others(
    sharded: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = entries(sharded)
    read: list[str] = []
    real = shards.read_shard
    monkeypatch.setattr(shards, "read_shard", lambda p, e, *more: read.append(e["file"]) or real(p, e, *more))
    shards.check_shard_sizes(sharded, found)
    assert read == []  # sound: a stat each, nothing read
    file = sharded.parent / found[2]["file"]
    raw = file.read_bytes()
    file.write_bytes(raw[: len(raw) // 2])
    with pytest.raises(DamagedShard, match=f"its shard {found[2]['file']} cannot be read: truncated"):
        shards.check_shard_sizes(sharded, found)
    assert read == [found[2]["file"]]
    file.unlink()
    with pytest.raises(DamagedShard, match=f"its shard {found[2]['file']} is missing"):
        shards.check_shard_sizes(sharded, found)


def test_loading_an_index_reads_the_article_file_entries_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from store.corpus_db import load_index

    monkeypatch.setattr(shards, "HEAD_ARTICLES", 2)
    monkeypatch.setattr(shards, "ARTICLES_PER_FILE", 2)
    monkeypatch.setattr(shards, "CLAIMS_PER_SHARD", 2)
    path = tmp_path / "corpus.json"
    CorpusDB.open(path, create=True).replace_all(helpers.extract([article(n) for n in range(30, 37)]), None)
    data = orjson.loads(path.read_bytes())
    assert data.get("article_files")
    calls = {"article_entries": 0, "shard_docs": 0}
    for name in calls:
        real = getattr(shards, name)

        def counted(*args, _real=real, _name=name, **kwargs):
            calls[_name] += 1
            return _real(*args, **kwargs)

        monkeypatch.setattr(shards, name, counted)
    index = load_index(path, data)
    assert len(index.articles) == 7 and index.claims
    assert calls == {"article_entries": 1, "shard_docs": 1}
