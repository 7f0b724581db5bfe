"""`factscope check`: placeholder until its issue lands (see the module owner)."""

from __future__ import annotations

import click

from corpus.errors import FactscopeError


@click.command("check")
def check() -> None:
    """(not built yet)"""
    raise FactscopeError("'check' is not built yet")
