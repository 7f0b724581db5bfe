"""`factscope serve`: placeholder until its issue lands (see the module owner)."""

from __future__ import annotations

import click

from corpus.errors import FactscopeError


@click.command("serve")
def serve() -> None:
    """(not built yet)"""
    raise FactscopeError("'serve' is not built yet")
