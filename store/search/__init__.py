"""Indexed fuzzy search over claims (issue 6); see docs/ARCHITECTURE.md, How a query flows.

index = SearchIndex.build(db.claims(), db.articles(), db.xrefs(), db.entities())
hits = index.search('pentagon 10,000 date:>2024-06', limit=50)
session = index.session(); session.search("nis c"); session.search("nis ca")
"""

from store.search.index import SearchIndex
from store.search.query import ParsedQuery, parse_query
from store.search.rank import Hit
from store.search.session import SearchSession

__all__ = ["Hit", "ParsedQuery", "SearchIndex", "SearchSession", "parse_query"]
