"""`factscope keys`: placeholder until its issue lands (see the module owner)."""

from __future__ import annotations

import click

from corpus.errors import FactscopeError


@click.command("keys")
def keys() -> None:
    """(not built yet)"""
    raise FactscopeError("'keys' is not built yet")
