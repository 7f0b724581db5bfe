"""What gets imported, at run time: the headless core and CLI load no Textual or Rich, and the first
screen loads only the modules listed here (function-level imports keep start-up fast; this keeps them
function-level). import-linter checks the same borders statically (pyproject.toml)."""

from __future__ import annotations

import importlib.util
import json
import pkgutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import corpus
import keymaps
import store

FIRST_PARTY = ("corpus", "store", "keymaps", "tui")

# Modules `import tui.app` loads. A test failing here means a module-level import now runs before the
# first screen is up: move it into the function that needs it, or add it here if start-up needs it.
FIRST_SCREEN_MODULES = {
    "corpus", "corpus.display", "corpus.errors", "corpus.model", "corpus.sanitize",
    "store", "store.query", "store.query.conflicts",
    "tui", "tui.app", "tui.dataclass_cache", "tui.commands", "tui.commands.app", "tui.commands.base", "tui.commands.bindings",
    "tui.commands.main", "tui.commands.views", "tui.data", "tui.keys", "tui.keys.in_order", "tui.navigation", "tui.providers", "tui.screens",
    "tui.screens.breakpoints", "tui.screens.main", "tui.screens.main_marks", "tui.screens.one_frame", "tui.widgets",
    "tui.widgets.claim_detail",
    "tui.widgets.claims", "tui.widgets.footer", "tui.widgets.glyphs", "tui.widgets.hanging",
    "tui.widgets.heading", "tui.widgets.layout", "tui.widgets.pane_tabs", "tui.widgets.reader",
    "tui.widgets.sources", "tui.widgets.wrapped", "tui.strip_caches",
}  # fmt: skip
FIRST_SCREEN_THIRD_PARTY = {"platformdirs", "rich", "textual", "typing_extensions"}


def _modules(package: ModuleType) -> list[str]:
    return [package.__name__] + [
        info.name for info in pkgutil.walk_packages(package.__path__, prefix=package.__name__ + ".")
    ]


def _loaded_by(code: str) -> set[str]:
    """The modules a fresh interpreter loads running ``code`` (beyond its own start-up)."""
    script = (
        f"import json, sys\nbefore = set(sys.modules)\n{code}\nprint(json.dumps(sorted(set(sys.modules) - before)))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return set(json.loads(result.stdout.splitlines()[-1]))


def _cli(*args: str) -> str:
    return f"from tui.cli import main\ntry:\n    main({list(args)!r})\nexcept SystemExit:\n    pass"


def _ui_libraries(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if m.split(".")[0] in ("textual", "rich"))


def test_core_modules_do_not_import_textual_or_rich() -> None:
    modules = _modules(corpus) + _modules(store) + _modules(keymaps)
    assert len(modules) > 3
    loaded = _loaded_by(f"import importlib\nfor name in {modules!r}:\n    importlib.import_module(name)")
    assert _ui_libraries(loaded) == []


def test_headless_commands_do_not_import_textual_or_rich() -> None:
    for args in (["--help"], ["keys"], ["keys", "--json"]):
        assert _ui_libraries(_loaded_by(_cli(*args))) == [], args


def test_the_first_screen_imports_only_what_it_needs() -> None:
    gone = sorted(name for name in FIRST_SCREEN_MODULES if importlib.util.find_spec(name) is None)
    assert gone == [], "FIRST_SCREEN_MODULES names modules that no longer exist"
    loaded = _loaded_by("import tui.app")
    ours = {m for m in loaded if m.split(".")[0] in FIRST_PARTY}
    assert ours - FIRST_SCREEN_MODULES == set(), "new module-level imports on the start-up path"
    theirs = {m.split(".")[0] for m in loaded} - set(FIRST_PARTY) - set(sys.stdlib_module_names)
    assert theirs - FIRST_SCREEN_THIRD_PARTY == set(), "new third-party packages on the start-up path"


def test_a_search_on_the_command_line_loads_no_extraction_rules_and_no_package_metadata(tmp_path: Path) -> None:
    """`factscope search` answers from the index: the extraction rules (which the views' answers
    import) and the installed version (importlib.metadata) would add ~0.2 s of CPU to each search."""
    from corpus.loader import load_file
    from store.build import build_corpus_db
    from store.derived import write_derived_indexes

    article = tmp_path / "harbour.txt"
    article.write_text("Harbour report\nThe port authority said 40 ships were delayed on Monday.\n", encoding="utf-8")
    db = tmp_path / "corpus.json"
    assert write_derived_indexes(build_corpus_db(db, [load_file(article)], keep_added=False)) == []
    code = _cli("--db", str(db), "search", "ships") + "\nassert 'search' in sys.modules['tui.cli'].SUBCOMMANDS"
    loaded = _loaded_by(code)
    assert "tui.cli.search" in loaded and "store.search.index" in loaded  # it did search
    rules = sorted(
        m
        for m in loaded
        if m.startswith(("corpus.extract", "corpus.pipeline", "store.query.figures", "store.query.entities"))
    )
    assert rules == []
    assert "importlib.metadata" not in loaded


def test_the_version_is_looked_up_when_asked() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tui", "--version"], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.startswith("factscope, version ") and result.stdout.split()[-1][0].isdigit()


def test_the_views_made_from_stored_columns_import_no_extraction_pipeline() -> None:
    """The figures, timeline and entities views (their models and screens, which the browser
    prepares at every start) are made from the stored view columns: the extraction pipeline and the
    cross-references' rules that made those columns stay out of the browser."""
    from tui.app import _VIEWS

    screens = [module for module, _class in _VIEWS.values()]
    loaded = _loaded_by(f"import tui.app, store.query.queries\nfor name in {screens!r}:\n    __import__(name)")
    assert sorted(m for m in loaded if m.startswith(("corpus.extract", "corpus.xref.features"))) == []


def test_the_figure_roles_the_figures_view_names_are_those_the_rules_give() -> None:
    from corpus.xref import figure_roles
    from store.query import figures

    for name in ("INCIDENT", "FORECAST", "INCREMENT", "LIMIT", "PART", "PRIOR"):
        assert getattr(figures, name) == getattr(figure_roles, name), name


def test_an_add_loads_no_search_matcher_no_process_pool_and_no_platform_dirs(tmp_path: Path) -> None:
    """`factscope add` extends the search index (no search: no rapidfuzz), finds its link index current (no
    processes to make it again: no multiprocessing) and is given its DB (no data dir looked up): each was ~5-15 ms
    of every add's imports."""
    from corpus.loader import load_file
    from store.build import build_corpus_db
    from store.derived import write_derived_indexes

    first, second = tmp_path / "harbour.txt", tmp_path / "harbour-later.txt"
    first.write_text("Harbour report\nThe port authority said 40 ships were delayed on Monday.\n", encoding="utf-8")
    second.write_text("Harbour update\nThe port authority said 55 ships were delayed on Tuesday.\n", encoding="utf-8")
    db = tmp_path / "corpus.json"
    assert write_derived_indexes(build_corpus_db(db, [load_file(first)], keep_added=False)) == []
    loaded = _loaded_by(_cli("--db", str(db), "add", str(second)))
    assert "store.derived" in loaded and "corpus.pipeline" in loaded  # it did add
    assert sorted(m for m in loaded if m.split(".")[0] in ("rapidfuzz", "multiprocessing", "platformdirs")) == []
