"""What the figures, timeline and entities views need of every claim, as columns beside the DB.

Those views need every claim of the corpus: reading them all (a whole read, a
``Claim`` per claim) and working out each figure's role cost 15 s of CPU at
100k claims, and 5 KB of memory a claim. ``<db>.views.npz`` holds, per claim,
what the views sort, group and count by (article, date as placed, kind,
background, speaker and entity keys, figure count) and, per reported figure,
its series (label, unit family, role), size, low end and whether it is a bound
or words with no number, all worked out when the claim is stored: the views are
made from these columns with numpy, and a ``Claim`` is made only for a row shown
(``claim_at``: its light fields from the columns, the rest from its stored
document on first use).

Derived like the claims' documents (``store/claim_docs.py``): keyed by the DB
version it was made from, made again from the shards when missing or stale,
extended by a tail file (``store/tails.py``) after an add, never the record. A base and its tail
are read together with their strings left where they lie (``with_tail``).
Names are grouped by a 64-bit hash of their folded form (``name_key``): the
entities view finds a name's claims by binary search over those keys.
"""

from __future__ import annotations

import hashlib
import zipfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import orjson

from corpus.display import claim_when
from corpus.model import Article, Claim, Quantity, is_background
from store import tails
from store.columns import IdColumn, IdLayers, StringColumn, StringLayers, fixed_bytes
from store.errors import CorruptDatabase
from store.mapped import appended, map_npz, mapped_or_made, release, save_npz

if TYPE_CHECKING:
    from store.corpus_db import CorpusDB

FORMAT = 6  # bump when the saved layout or what a column holds changes (6: each figure's period)
SUFFIX = ".views.npz"
SEPARATOR = "\x1f"  # unit separator: never in a name or a word
NO_KEY = 0

# columns by what they are indexed by: a claim (row), a mention (an entity a claim names), a figure
FIXED = ("article", "date")  # fixed-width bytes, sortable
# per figure, fixed-width bytes: the time it is for (``Quantity.period``: "2026-07", "2026-Q3"), "" when the
# text names none; the figures view orders a series by it when known, else by the claim's date
FIGURE_FIXED = ("figure_period",)
CLAIM_ARRAYS = ("estimated", "background", "start", "speaker_key", "suggest_key", "figure_count")
CLAIM_STRINGS = ("quantities", "haystack", "entities", "suggest")
# a few values each: a code per row, and the values
CLAIM_CATEGORIES = ("kind", "certainty")
FIGURE_CATEGORIES = ("figure_family", "figure_series", "figure_role", "figure_measure", "figure_named")
CATEGORIES = (*CLAIM_CATEGORIES, *FIGURE_CATEGORIES)
MENTION_ARRAYS = ("mention_row", "mention_key")
FIGURE_ARRAYS = (
    "figure_row",
    "figure_quantity",
    "figure_group",
    "figure_name",
    "figure_size",
    "figure_start",
    # what the figures' model reads of every figure (``figure_ends``): none of its stored quantity read
    "figure_low",
    "figure_bound",
    "figure_vague",
)
FIGURE_STRINGS = ("figure_label", "figure_quantity_doc")
STRINGS = (*CLAIM_STRINGS, *FIGURE_STRINGS)
_DTYPES = {
    "estimated": bool,
    "background": bool,
    "start": np.int64,
    "speaker_key": np.uint64,
    "suggest_key": np.uint64,
    "figure_count": np.int32,
    "mention_row": np.int64,
    "mention_key": np.uint64,
    "figure_row": np.int64,
    "figure_quantity": np.int32,
    "figure_group": np.uint64,
    "figure_name": np.uint64,
    "figure_size": np.float64,
    "figure_start": np.int64,
    "figure_low": np.float64,
    "figure_bound": bool,
    "figure_vague": bool,
}


def views_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + SUFFIX)


def fold(name: str | None) -> str:
    """A name as the views match it: case and spacing folded."""
    return " ".join((name or "").casefold().split())


@lru_cache(maxsize=65_536)  # a build asks again for most: names and series repeat across claims
def name_key(text: str) -> int:
    """A stable 64-bit key of ``text`` (never ``NO_KEY``): names and groups are compared by it."""
    key = int.from_bytes(hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "little")
    return key or 1


class ViewRows:
    """The columns of ``<db>.views.npz``; rows are claims in ``corpus.claims()`` order."""

    def __init__(
        self,
        arrays: dict[str, np.ndarray],
        source: Path,
        strings: dict[str, StringColumn | StringLayers] | None = None,
        ids: IdColumn | None = None,
    ) -> None:
        self.arrays = arrays  # the string columns' and the ids' too, unless ``strings`` and ``ids`` give them
        self.source = source  # the file a malformed value is reported as
        self.ids = ids if ids is not None else IdColumn.from_arrays(arrays, "ids")
        self.strings = strings if strings is not None else {n: StringColumn.from_arrays(arrays, n) for n in STRINGS}
        self.categories = {name: list(StringColumn.from_arrays(arrays, f"{name}.names")) for name in CATEGORIES}
        count, figures = len(self.ids), len(arrays["figure_row"])
        claim_lengths = [len(arrays[n]) for n in (*FIXED, *CLAIM_ARRAYS)] + [
            len(self.strings[n]) for n in CLAIM_STRINGS
        ]
        claim_lengths += [len(arrays[f"{n}.code"]) for n in CLAIM_CATEGORIES]
        figure_lengths = [len(arrays[n]) for n in (*FIGURE_ARRAYS, *FIGURE_FIXED)]
        figure_lengths += [len(self.strings[n]) for n in FIGURE_STRINGS]
        figure_lengths += [len(arrays[f"{n}.code"]) for n in FIGURE_CATEGORIES]
        if any(n != count for n in claim_lengths) or any(n != figures for n in figure_lengths):
            raise ValueError("view columns of different lengths")
        if len(arrays["mention_row"]) != len(arrays["mention_key"]):
            raise ValueError("view columns of different lengths")
        for rows in (arrays["mention_row"], arrays["figure_row"]):
            if len(rows) and (int(rows.min()) < 0 or int(rows.max()) >= count):
                raise ValueError("view rows out of range")
        for name in CATEGORIES:
            codes = arrays[f"{name}.code"]
            if len(codes) and int(codes.max()) >= len(self.categories[name]):
                raise ValueError(f"{name} codes out of range")

    def __len__(self) -> int:
        return len(self.ids)

    def __getitem__(self, name: str) -> np.ndarray:
        return self.arrays[name]

    # -- making ------------------------------------------------------------------------
    @classmethod
    def of(cls, claims: Sequence[Claim], articles: Mapping[str, Article], source: Path) -> ViewRows:
        """The rows of ``claims`` (in this order); ``articles`` by id give dates and bodies."""
        from corpus.xref.frames import framed
        from store.query.figures import figure_ends, figure_facts  # the figures view's rules, kept with it

        columns: dict[str, list[Any]] = {n: [] for n in (*FIXED, *CLAIM_ARRAYS, *CLAIM_STRINGS, *CATEGORIES)}
        columns.update(
            {n: [] for n in (*MENTION_ARRAYS, *FIGURE_ARRAYS, *FIGURE_FIXED, *FIGURE_STRINGS, *FIGURE_CATEGORIES)}
        )
        labels: dict[str | None, str] = {}  # labels repeat across thousands of claims: sanitise each once
        for row, claim in enumerate(claims):
            article = articles.get(claim.article_id)
            date, estimated = claim_when(claim, article)
            background = is_background(claim)
            suggest = sorted({w for w in (claim.subject, *(q.measure for q in claim.quantities)) if w})
            joined = SEPARATOR.join(suggest)
            measures = [q.measure or "" for q in claim.quantities]
            words = [date or "", claim.kind, claim.certainty, claim.speaker or "", claim.subject or "", *measures]
            values = {
                "article": claim.article_id,
                "date": date or "",
                "estimated": estimated,
                "background": background,
                "start": claim.start,
                "speaker_key": name_key(fold(claim.speaker)) if claim.speaker and not background else NO_KEY,
                "suggest_key": name_key(joined) if joined else NO_KEY,
                "figure_count": len(claim.quantities),
                "kind": claim.kind,
                "certainty": claim.certainty,
                "quantities": orjson.dumps(claim.quantities).decode() if claim.quantities else "",
                # matched against, never shown: folding is enough (store/query/timeline.py)
                "haystack": "\n".join(" ".join(w.casefold().split()) for w in words if w),
                "entities": SEPARATOR.join(claim.entities),
                "suggest": joined,
            }
            for name, value in values.items():
                columns[name].append(value)
            if background:
                continue  # neither said nor about anyone, and no reported figure
            for name in dict.fromkeys(claim.entities):
                columns["mention_row"].append(row)
                columns["mention_key"].append(name_key(name))
            # each figure as the cross-references read what it counts (one claim's frames at once)
            frames = framed(claim).quantities if claim.quantities else []
            for number, quantity in enumerate(claim.quantities):
                facts = figure_facts(claim, quantity, article, labels, frames[number])
                if facts is None:
                    continue
                for name, value in zip(
                    ("figure_row", "figure_quantity", "figure_label", "figure_family", "figure_series"),
                    (row, number, facts.label, facts.family, facts.series),
                    strict=True,
                ):
                    columns[name].append(value)
                # a series: whose, what it counts, in what unit, in what role
                name = fold(SEPARATOR.join((facts.owner, facts.measure)) if facts.owner else facts.label)
                if not facts.owner and facts.measure and facts.label == facts.measure:
                    name = fold(SEPARATOR.join(("", facts.measure)))
                columns["figure_group"].append(name_key(SEPARATOR.join((name, facts.family, facts.series))))
                columns["figure_name"].append(name_key(name))
                columns["figure_role"].append(facts.role)
                columns["figure_measure"].append(facts.measure)
                columns["figure_named"].append(facts.named)
                columns["figure_quantity_doc"].append(orjson.dumps(quantity).decode())
                columns["figure_size"].append(facts.size)
                columns["figure_start"].append(quantity.start)
                columns["figure_period"].append(quantity.period or "")
                for name, value in zip(
                    ("figure_low", "figure_bound", "figure_vague"), figure_ends(quantity), strict=True
                ):
                    columns[name].append(value)
        arrays: dict[str, np.ndarray] = dict(IdColumn.of([c.id for c in claims]).arrays("ids"))
        for name in (*FIXED, *FIGURE_FIXED):
            arrays[name] = fixed_bytes(columns[name])
        for name in (*CLAIM_ARRAYS, *MENTION_ARRAYS, *FIGURE_ARRAYS):
            arrays[name] = np.asarray(columns[name], dtype=_DTYPES[name])
        for name in (*CLAIM_STRINGS, *FIGURE_STRINGS):
            arrays.update(StringColumn.of(columns[name]).arrays(name))
        for name in CATEGORIES:
            names = sorted(set(columns[name]))
            code = {value: i for i, value in enumerate(names)}
            arrays[f"{name}.code"] = np.fromiter((code[v] for v in columns[name]), np.uint16, len(columns[name]))
            arrays.update(StringColumn.of(names).arrays(f"{name}.names"))
        return cls(arrays, source)

    @classmethod
    def of_parts(cls, parts: Iterable[Sequence[Claim]], articles: Mapping[str, Article], source: Path) -> ViewRows:
        """``of`` the claims of every part, one part at a time, joined."""
        made = [cls.of(claims, articles, source) for claims in parts]
        return cls.concat(made, source) if made else cls.of([], articles, source)

    @staticmethod
    def concat(parts: Sequence[ViewRows], source: Path) -> ViewRows:
        """The rows of ``parts`` one after another, in one copy."""
        arrays = ViewRows._joined_arrays(parts)
        ids = parts[0].ids
        for part in parts[1:]:
            ids = ids.joined(part.ids)
        arrays.update(ids.arrays("ids"))
        for name in STRINGS:
            arrays.update(StringColumn.concat([p.strings[name] for p in parts]).arrays(name))
        return ViewRows(arrays, source)

    @staticmethod
    def _joined_arrays(parts: Sequence[ViewRows]) -> dict[str, np.ndarray]:
        """Every column but the ids and the strings, the rows of ``parts`` one after another (a copy;
        of a mapped base and its tail, the base's part stays mapped: ``store.mapped.appended``)."""

        def joined(pieces: list[np.ndarray]) -> np.ndarray:
            return appended(pieces[0], pieces[1]) if len(pieces) == 2 else np.concatenate(pieces)

        arrays: dict[str, np.ndarray] = {}
        for name in (*FIXED, *FIGURE_FIXED):
            width = max(p.arrays[name].dtype.itemsize for p in parts)
            arrays[name] = joined([p.arrays[name].astype(f"S{width}", copy=False) for p in parts])
        firsts = np.cumsum([0, *(len(p) for p in parts)]).tolist()
        for name in (*CLAIM_ARRAYS, *MENTION_ARRAYS, *FIGURE_ARRAYS):
            pieces = [p.arrays[name].astype(_DTYPES[name], copy=False) for p in parts]
            if name in ("mention_row", "figure_row"):  # claim rows: each part's shifted by the rows before it
                pieces = [piece + first if first else piece for piece, first in zip(pieces, firsts, strict=False)]
            arrays[name] = joined(pieces)
        for name in CATEGORIES:
            names = sorted({value for p in parts for value in p.categories[name]})
            code = {value: i for i, value in enumerate(names)}
            recoded: list[np.ndarray] = []
            for p in parts:
                codes = p.arrays[f"{name}.code"]
                mapping = [code[v] for v in p.categories[name]]
                if len(codes) and mapping != list(range(len(mapping))):
                    codes = np.asarray(mapping, dtype=np.uint16)[codes]
                recoded.append(codes.astype(np.uint16, copy=False))  # its codes unchanged, or recoded
            arrays[f"{name}.code"] = joined(recoded)
            arrays.update(StringColumn.of(names).arrays(f"{name}.names"))
        return arrays

    # -- as a layered derived file (store/tails.py) ----------------------------------------
    def joined(self, more: ViewRows) -> ViewRows:
        return ViewRows.concat([self, more], self.source)

    def with_tail(self, tail: ViewRows) -> ViewRows:
        """These rows, then ``tail``'s. The views sort, count and group by the fixed-width columns
        over every row at once: those are joined (a copy of about a third of the file); the strings
        (the quantities' and figures' documents, the filter's words: the rest) and the ids are read
        where they lie, in the base's mapped file or the tail's (``StringLayers``, ``IdLayers``).
        Joining them too cost a copy of the whole file in the app's memory after any add: 729 MB
        at 1M claims."""
        strings: dict[str, StringColumn | StringLayers] = {
            name: StringLayers([self.strings[name], tail.strings[name]]) for name in STRINGS
        }
        rows = ViewRows(ViewRows._joined_arrays([self, tail]), self.source, strings, IdLayers([self.ids, tail.ids]))
        release(rows)  # the checks read whole columns (the base's part mapped: store.mapped.appended)
        return rows

    def columns(self) -> dict[str, np.ndarray]:
        """Every column as it is saved: a base's and its tail's strings and ids as one."""
        arrays = {**self.arrays, **self.ids.arrays("ids")}
        for name, column in self.strings.items():
            arrays.update((column if isinstance(column, StringColumn) else StringColumn.concat([column])).arrays(name))
        return arrays

    def save(self, path: Path, key: str, base: str | None = None) -> str | None:
        meta = {"key": key, "count": len(self), **({"base": base} if base is not None else {})}
        return save_npz(path, {**self.columns(), "meta": np.frombuffer(orjson.dumps(meta), dtype=np.uint8)})

    @classmethod
    def load(cls, path: Path, key: str) -> ViewRows | None:
        try:
            arrays = map_npz(path)
            if orjson.loads(arrays.pop("meta").tobytes()).get("key") != key:
                return None
            rows = cls(arrays, path)
        except (OSError, ValueError, KeyError, TypeError, AttributeError, zipfile.BadZipFile):
            return None
        release(rows)  # the checks above read whole columns: their pages need not stay
        return rows

    @classmethod
    def from_db(cls, db: CorpusDB) -> tuple[ViewRows, str | None]:
        """Mapped from ``<db>.views.npz`` when it is of this version, else made from the shards
        (a part at a time) and saved; and why it could not be saved, or None."""
        db_path = Path(db.path)
        path = views_path(db_path)
        articles = {a.id: a for a in db.articles()}
        return mapped_or_made(
            db,
            FORMAT,
            lambda key: tails.load(path, key, cls.load),
            lambda: cls.of_parts((claims for claims, _xrefs in db.stored_parts()), articles, path),
            lambda made, key: made.save(path, key),
        )

    # -- reading -----------------------------------------------------------------------
    def category(self, name: str, rows: np.ndarray) -> list[str]:
        """The values of a category column at ``rows``, at once."""
        names = self.categories[name]
        return [names[code] for code in self.arrays[f"{name}.code"][rows].tolist()]

    def figure_quantities(self, numbers: np.ndarray) -> list[Quantity]:
        """The quantities of figures ``numbers``, as stored."""
        try:
            return [Quantity(**orjson.loads(doc)) for doc in self.strings["figure_quantity_doc"].raw_many(numbers)]
        except (TypeError, ValueError) as exc:
            raise CorruptDatabase(self.source, f"a figure's quantity is unreadable ({exc})") from None

    def string(self, name: str, row: int) -> str:
        if name in self.categories:
            return self.categories[name][int(self.arrays[f"{name}.code"][row])]
        return self.strings[name][row]

    def quantities(self, row: int) -> list[Quantity]:
        """The quantities of the claim in ``row``, as stored."""
        if not int(self.arrays["figure_count"][row]):
            return []
        try:
            return [Quantity(**q) for q in orjson.loads(self.strings["quantities"].raw(row))]
        except (TypeError, ValueError) as exc:
            raise CorruptDatabase(self.source, f"claim row {row}: unreadable quantities ({exc})") from None

    def claim_at(self, row: int, load: Callable[[str], Claim | None]) -> Claim:
        """The claim in ``row``: what the views read of every row set from the columns, the
        rest made from its stored document (``load``) on first use."""
        return StoredClaim(self, row, load)

    def claims_at(self, rows: np.ndarray, load: Callable[[str], Claim | None]) -> list[Claim]:
        """``claim_at`` for each of ``rows``, their kind and certainty set at once (a view tests
        them on every row: the timeline's story arc)."""
        kinds, certainties = self.categories["kind"], self.categories["certainty"]
        made: list[Claim] = []
        for row, kind, certainty in zip(
            rows.tolist(), self.arrays["kind.code"][rows].tolist(), self.arrays["certainty.code"][rows].tolist()
        ):
            claim = StoredClaim(self, row, load)
            _set_once(claim, "kind", kinds[kind])
            _set_once(claim, "certainty", certainties[certainty])
            made.append(claim)
        return made


_CLAIM_FIELDS = tuple(Claim.__dataclass_fields__)
# A StoredClaim's field is set once, when first read (Claim is frozen: its fields are set as its __init__ sets them)
_set_once = object.__setattr__


class StoredClaim(Claim):
    """A ``Claim`` made of its row of the view columns: what the views read of every claim (id,
    article, start, kind, certainty, quantities) is taken from the columns when first asked for,
    the other fields from its stored document (``load``). A view lists thousands of claims and
    shows a screenful: making each whole cost ~40 us, 4 s for a timeline of 100k claims."""

    __slots__ = ("_load", "_row", "_rows")

    def __init__(self, rows: ViewRows, row: int, load: Callable[[str], Claim | None]) -> None:
        _set_once(self, "_rows", rows)
        _set_once(self, "_row", row)
        _set_once(self, "_load", load)

    def __getattr__(self, name: str) -> Any:
        # called only for a field not set yet (an empty slot)
        light = _LIGHT.get(name)
        if light is not None:
            _set_once(self, name, light(self._rows, self._row))
        elif name in _CLAIM_FIELDS:
            self._fill()
        else:
            raise AttributeError(name)
        return object.__getattribute__(self, name)

    def _fill(self) -> None:
        """Every field not set yet, from the stored document."""
        full = self._load(self.id)
        if full is None:
            raise CorruptDatabase(self._rows.source, f"claim {self.id!r} is not in the corpus DB")
        for field in _CLAIM_FIELDS:
            try:
                object.__getattribute__(self, field)
            except AttributeError:
                _set_once(self, field, getattr(full, field))


_LIGHT: dict[str, Callable[[ViewRows, int], Any]] = {
    "id": lambda rows, row: rows.ids[row],
    "article_id": lambda rows, row: rows.arrays["article"][row].decode("utf-8", "surrogatepass"),
    "start": lambda rows, row: int(rows.arrays["start"][row]),
    "kind": lambda rows, row: rows.string("kind", row),
    "certainty": lambda rows, row: rows.string("certainty", row),
    "quantities": lambda rows, row: rows.quantities(row),
}
