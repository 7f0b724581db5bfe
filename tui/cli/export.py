"""`factscope export`: placeholder until its issue lands (see the module owner)."""

from __future__ import annotations

import click

from corpus.errors import FactscopeError


@click.command("export")
def export() -> None:
    """(not built yet)"""
    raise FactscopeError("'export' is not built yet")
