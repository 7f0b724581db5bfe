"""`factscope add`: placeholder until its issue lands (see the module owner)."""

from __future__ import annotations

import click

from corpus.errors import FactscopeError


@click.command("add")
def add() -> None:
    """(not built yet)"""
    raise FactscopeError("'add' is not built yet")
