"""`factscope show`: placeholder until its issue lands (see the module owner)."""

from __future__ import annotations

import click

from corpus.errors import FactscopeError


@click.command("show")
def show() -> None:
    """(not built yet)"""
    raise FactscopeError("'show' is not built yet")
