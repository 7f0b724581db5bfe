"""`factscope build`: placeholder until its issue lands (see the module owner)."""

from __future__ import annotations

import click

from corpus.errors import FactscopeError


@click.command("build")
def build() -> None:
    """(not built yet)"""
    raise FactscopeError("'build' is not built yet")
