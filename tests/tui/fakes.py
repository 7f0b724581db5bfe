"""Stand-ins with the store's methods, used until the real store is importable."""

from __future__ import annotations

import json
from pathlib import Path

from corpus.model import Extraction
from corpus.errors import FactscopeError


class StoreWriteError(FactscopeError):
    def __init__(self, path, reason):
        super().__init__(f"{path}: could not save ({reason}); the previous version is intact")


class FakeCorpus:
    def __init__(self, extraction: Extraction) -> None:
        self._x = extraction
        self._articles = {a.id: a for a in extraction.articles}
        self._claims = {c.id: c for c in extraction.claims}

    def articles(self):
        return list(self._x.articles)

    def article(self, article_id):
        return self._articles[article_id]

    def claims(self):
        return list(self._x.claims)

    def claim(self, claim_id):
        return self._claims[claim_id]

    def claims_for_article(self, article_id):
        return sorted((c for c in self._x.claims if c.article_id == article_id), key=lambda c: c.start)

    def xrefs(self):
        return list(self._x.xrefs)

    def xrefs_for_claim(self, claim_id):
        return [x for x in self._x.xrefs if claim_id in (x.source, x.target)]

    def entities(self):
        return list(self._x.entities)

    def entity(self, name):
        return next(e for e in self._x.entities if e.name == name)

    def claims_for_entity(self, name):
        return [c for c in self._x.claims if name in c.entities]


class FakeUser:
    """Persists to a JSON file so 'survives restart' can be tested; can be told to fail writes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.fail_writes = False
        self._state = json.loads(path.read_text()) if path.exists() else {"bookmarks": [], "notes": {}}

    @classmethod
    def open(cls, path: Path) -> FakeUser:
        return cls(path)

    def _write(self) -> None:
        if self.fail_writes:
            raise StoreWriteError(self.path, "No space left on device")
        self.path.write_text(json.dumps(self._state))

    def bookmarks(self):
        return list(self._state["bookmarks"])

    def is_bookmarked(self, claim_id):
        return claim_id in self._state["bookmarks"]

    def add_bookmark(self, claim_id):
        if self.fail_writes:
            self._write()
        if claim_id not in self._state["bookmarks"]:
            self._state["bookmarks"].insert(0, claim_id)
            self._write()

    def remove_bookmark(self, claim_id):
        if self.fail_writes:
            self._write()
        if claim_id in self._state["bookmarks"]:
            self._state["bookmarks"].remove(claim_id)
            self._write()

    def note(self, claim_id):
        return self._state["notes"].get(claim_id)

    def set_note(self, claim_id, text):
        if self.fail_writes:
            self._write()
        self._state["notes"][claim_id] = text
        self._write()

    def delete_note(self, claim_id):
        self._state["notes"].pop(claim_id, None)
        self._write()
