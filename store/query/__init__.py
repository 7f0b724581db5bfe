"""The typed query layer: what the app, the CLI and the exports ask of a corpus.

It reads the corpus only through ``reader.CorpusReader`` (the read side of
``CorpusDB``), whatever the layout on disk, and answers with frozen
dataclasses; ``queries.CorpusQueries`` computes each answer once per corpus
version and is shared by the app, the CLI and the exports:

    conflicts.py   which claims conflict (the one definition)
    search.py      search: the engine, or a scan of the same parsed query while it loads
    filtering.py   the search grammar's filters over claims (search scan, timeline)
    figures.py     figure series by measure
    timeline.py    dated claims in order, and the timeline's filter
    entities.py    entities with the claims they made and those about them
    sources.py     short, distinct source labels

Submodules are imported where used (nothing here), so importing one costs only
what it needs.
"""
