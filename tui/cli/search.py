"""`factscope search`: placeholder until its issue lands (see the module owner)."""

from __future__ import annotations

import click

from corpus.errors import FactscopeError


@click.command("search")
def search() -> None:
    """(not built yet)"""
    raise FactscopeError("'search' is not built yet")
