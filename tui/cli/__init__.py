"""The ``factscope`` command: a click group whose subcommands load lazily.

``factscope --help`` must stay fast, so each subcommand lives in its own
module and is imported only when it runs; Textual is imported only by the
commands that open the app.
"""

from __future__ import annotations

import errno
import importlib
import sys
from pathlib import Path

import click

from tui.cli.context import CliContext, existing_dir_db

# command name -> "module:function" inside tui.cli
SUBCOMMANDS: dict[str, str] = {
    "browse": "tui.cli.browse:browse",
    "build": "tui.cli.build:build",
    "add": "tui.cli.add:add",
    "search": "tui.cli.search:search",
    "show": "tui.cli.show:show",
    "export": "tui.cli.export:export",
    "keys": "tui.cli.keys:keys",
    "check": "tui.cli.check:check",
    "serve": "tui.cli.serve:serve",
}


class LazyGroup(click.Group):
    """A group that imports a subcommand's module only when it is used."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(SUBCOMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = SUBCOMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, _, attr = target.partition(":")
        return getattr(importlib.import_module(module_name), attr)


# The commands that run the browser: it keeps its own table of dataclass methods (tui/app.py).
_APP_COMMANDS = frozenset({"browse", "serve"})


class _CachedGroup(LazyGroup):
    """``LazyGroup`` whose command, once chosen to run, has the methods ``dataclasses`` writes for
    its classes compiled once and kept (``tui.dataclass_cache``): ~260 of them for an add, ~0.02 s
    of CPU on every run before."""

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        name = args[0] if args else None
        if name in SUBCOMMANDS and name not in _APP_COMMANDS:
            from tui import dataclass_cache

            dataclass_cache.install(name)  # before the command's modules make their classes
        return super().resolve_command(ctx, args)


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("factscope")
    except PackageNotFoundError:
        return "unknown"


def _show_version(ctx: click.Context, _param: click.Parameter, wanted: bool) -> None:
    """``--version``: the installed version, looked up only when asked (importlib.metadata
    costs every other command ~30 ms of start-up)."""
    if wanted and not ctx.resilient_parsing:
        click.echo(f"factscope, version {_version()}")
        ctx.exit()


@click.group(cls=_CachedGroup, invoke_without_command=True)
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    envvar="FACTSCOPE_DB",
    callback=existing_dir_db,
    help="Corpus DB to use (default: the bundled corpus in your data dir). Env: FACTSCOPE_DB.",
)
@click.option("--keymap", "keymap", default=None, help="Keymap to use: default, vim or emacs.")
@click.option("--debug", is_flag=True, help="Show tracebacks for errors.")
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_show_version,
    help="Show the version and exit.",
)
@click.pass_context
def cli(ctx: click.Context, db_path: Path | None, keymap: str | None, debug: bool) -> None:
    """factscope: browse the facts in news articles from the keyboard.

    With no command, opens the browser.
    """
    ctx.obj = CliContext(db_path=db_path, keymap=keymap, debug=debug)
    if ctx.invoked_subcommand is None:
        browse = LazyGroup.get_command(cli, ctx, "browse")
        assert browse is not None  # a name in SUBCOMMANDS
        ctx.invoke(browse)


def main(argv: list[str] | None = None) -> int:
    """Entry point: run the CLI, turning user-facing errors into one line."""
    from corpus.errors import FactscopeError

    debug = "--debug" in (argv if argv is not None else sys.argv[1:])
    try:
        # without standalone mode, click *returns* the code of a ctx.exit(N)
        result = cli.main(args=argv, prog_name="factscope", standalone_mode=False)
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except click.Abort:
        click.echo("Aborted.", err=True)
        return 130
    except FactscopeError as exc:
        if debug:
            raise
        from corpus.sanitize import escape_unsafe

        click.echo(f"factscope: {escape_unsafe(str(exc))}", err=True)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except OSError as exc:
        # Store and loader errors are FactscopeErrors naming their file; an OSError
        # naming none, of the kinds a stream gives, is the output failing.
        if exc.filename is not None or exc.errno not in _STREAM_ERRNOS:
            raise
        return _report_output_error(exc)
    try:
        sys.stdout.flush()  # a full disk shows here for buffered output, not at exit
    except OSError as exc:
        return _report_output_error(exc)
    return result if type(result) is int else 0


_STREAM_ERRNOS = (errno.EPIPE, errno.ENOSPC, errno.EIO, errno.EDQUOT, errno.EFBIG)


def _report_output_error(exc: OSError) -> int:
    """Standard output failed (a full disk, a closed pipe): one line, non-zero exit."""
    import os

    try:  # nothing more may reach the failed stream, not even Python's flush at exit
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass
    if isinstance(exc, BrokenPipeError):  # the reader went away (`| head`): nothing to say
        return 141  # as if killed by SIGPIPE, like other command-line tools
    try:
        click.echo(f"factscope: cannot write the output ({exc.strerror or exc})", err=True)
    except OSError:
        pass  # stderr is gone too: the exit status says it

    return 1
