"""`factscope browse`: placeholder until its issue lands (see the module owner)."""

from __future__ import annotations

import click

from corpus.errors import FactscopeError


@click.command("browse")
def browse() -> None:
    """(not built yet)"""
    raise FactscopeError("'browse' is not built yet")
