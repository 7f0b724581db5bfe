"""The factscope browser: composition, data loading and navigation glue.

The main screen appears at once; the corpus and user DBs load in a thread
worker and are handed to it when ready, then the search index builds in a
second worker. Worker failures are reported in one place
(``on_worker_state_changed``) as one line, never a traceback.
"""

from __future__ import annotations

import gc

# The cyclic collector is paused while this module imports Textual and the first screen's modules,
# and what they made is frozen out of its way before it is on again (below): the classes,
# functions and tables made there live as long as the process, and the ~85 collections of the
# youngest generations that their allocations set off scanned them again and again for nothing.
_COLLECTING = gc.isenabled()
gc.disable()

from tui import dataclass_cache

dataclass_cache.install()  # before Textual and our modules make their dataclasses

import threading
from functools import cache
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import events, work
from textual.actions import SkipAction
from textual.app import App
from textual.message import Message
from textual.screen import Screen
from textual.worker import Worker, WorkerState

from corpus.display import one_line
from corpus.errors import FactscopeError
from tui.commands.app import APP_COMMANDS
from tui.commands.bindings import bindings
from tui.data import (
    AppData,
    Reloaded,
    build_index,
    check_fresh,
    first_screen_saved,
    import_store,
    load_app_data,
    open_existing,
    open_first_screen,
    queries_of,
    reload_changed,
)
from tui.keys.in_order import KeysInOrder
from tui.navigation import Location
from tui.providers import PROVIDERS
from tui.screens.main import MainScreen
from tui.strip_caches import install as install_strip_caches

install_strip_caches()  # before any line is drawn: the strips' caches made in C

if TYPE_CHECKING:
    from store.search import SearchIndex
    from tui.idle_gc import IdleCollector
    from tui.keys.apply import KeymapState

gc.freeze()  # what the imports made, out of the collector's way before it is on again
if _COLLECTING:
    gc.enable()

_STYLES = Path(__file__).parent / "styles"
_VIEW_STYLES = _STYLES / "views.tcss"  # the views' CSS_PATH
HANG_UP_EXIT_CODE = 129  # 128 + SIGHUP, as a shell reports it
HANG_UP_GRACE_SECONDS = 2.0
HANG_UP_CHECK_SECONDS = 1.0
FIRST_SCREEN_WAIT_SECONDS = 1.0  # at most: a screen that cannot draw must not hold the data back
RELOAD_CHECK_SECONDS = 3.0  # a stat of two files: cheap enough to notice other processes' writes soon
# The view screens, imported when first opened (they are not needed for the first screen).
_VIEWS = {
    "search": ("tui.screens.search", "SearchScreen"),
    "figures": ("tui.screens.figures", "FiguresScreen"),
    "timeline": ("tui.screens.timeline", "TimelineScreen"),
    "entities": ("tui.screens.entities", "EntitiesScreen"),
}

_VIEW_MODELS = ("figures", "timeline", "entities")  # views whose model is built before they open
_KEPT_VIEWS = ("search", *_VIEW_MODELS)  # screens made once per corpus, shown again on their key
# The screens that take a view's place ("one view at a time"): the views and a view being prepared.
_VIEW_CLASS_NAMES = frozenset([*(class_name for _module, class_name in _VIEWS.values()), "PreparingViewScreen"])


def on_sixteen_colour_terminal(app: App) -> bool:
    """A real terminal (not a test, not the web page) that shows only 16 colours."""
    return not app.is_headless and not app.is_web and app.console.color_system == "standard"


# On 16 colours the highlighted row of an unfocused list, the pane titles and the footer
# came out bright black, and dim text on them (a source's outlet and date, a claim's
# speaker, a key not available here) light grey on it: hard to read. Blue and black
# keep it legible.
SIXTEEN_COLOUR_VARIABLES = {
    "block-cursor-blurred-background": "#000080",  # ANSI blue
    "footer-background": "#000000",
}


def register_sixteen_colour_theme(app: App) -> str:
    """The default theme with a white accent, for terminals with 16 colours.

    There the default orange accent (the focused pane, the selected claim's mark)
    comes out bright red: the colour of conflicts. White is no kind's or relation's.
    """
    from dataclasses import replace

    from textual.theme import BUILTIN_THEMES

    default = BUILTIN_THEMES["textual-dark"]
    theme = replace(
        default,
        name="factscope-16",
        accent="#ffffff",
        panel="#000080",  # ANSI blue: the pane titles
        variables={**default.variables, **SIXTEEN_COLOUR_VARIABLES},
    )
    app.register_theme(theme)
    return theme.name


@cache  # once per process
def freeze_long_lived_objects() -> None:
    """Take what start-up created (modules, classes, Textual's tables) out of the collector's way.

    They live as long as the process. Left in, they made the first full collection
    cost 20-30 ms, and it tended to land on the first frames; every later one
    would walk them again.
    """
    gc.freeze()


class FactscopeApp(App[None]):
    TITLE = "factscope"
    # The views bring views.tcss themselves (their CSS_PATH) when first opened: not parsed at start-up.
    CSS_PATH = [_STYLES / "app.tcss", _STYLES / "main.tcss"]
    BINDINGS = bindings(APP_COMMANDS)
    COMMANDS = App.COMMANDS | set(PROVIDERS)
    ENABLE_COMMAND_PALETTE = True

    def __init__(self, db_path: Path | None = None, keymap: str | None = None, data: AppData | None = None) -> None:
        super().__init__()
        self.db_path = db_path
        self.keymap_name = keymap
        self.data: AppData | None = data
        self.main_screen = MainScreen()
        self._watching = False  # the reload timer runs once data is there
        self.failure: str | None = None  # why the data could not be loaded (one line)
        self._said: set[str] = set()  # notices given once per run (_say_once)
        self.keymap_state: KeymapState | None = None  # set by tui.keys.apply when a keymap is applied
        # The model views' screens, kept once made for the corpus they show (see _kept_view).
        self._kept_views: dict[str, Screen[Any]] = {}
        self._kept_for: object | None = None
        self._stale_views: list[Screen[Any]] = []
        self._preparing: set[str] = set()  # views whose model a worker is building
        self._useful_shown = False  # the first useful screen has been drawn
        self._first_screen_drawn = threading.Event()  # the saved first screen is drawn (the loader waits)
        self.collector: IdleCollector | None = None  # full collections when no key is being answered
        self._keys_in_order = KeysInOrder(self, super().on_event)

    # -- startup ------------------------------------------------------------------
    def get_default_screen(self) -> MainScreen:
        return self.main_screen  # the first screen is the browser itself, not a blank one

    def get_driver_class(self):
        from textual.drivers.linux_driver import LinuxDriver

        driver_class = super().get_driver_class()
        if driver_class is LinuxDriver:  # not Windows, nor a driver named in TEXTUAL_DRIVER (the web page)
            from tui.driver import PromptEscapeDriver

            return PromptEscapeDriver
        return driver_class

    def get_key_display(self, binding):
        # user-defined multi-key sequences ("ctrl+x ctrl+s") need their own display
        from tui.keys.display import sequence_key_display

        return sequence_key_display(self, binding) or super().get_key_display(binding)

    def on_load(self) -> None:
        freeze_long_lived_objects()
        if self.collector is None:
            from tui.idle_gc import IdleCollector

            self.collector = IdleCollector()
            self.collector.start(starting=True)  # young collections rare until the first useful screen
        if self.data is None:  # in a thread, started before the screen is composed, so the
            if not first_screen_saved(self.db_path):  # DB is often read by the time of the first frame
                import_store()  # (a saved first screen is drawn first, the DB read after it)
            self.load_data()

    def on_ready(self) -> None:  # Textual's event: the first layout is done and shown
        self.main_screen.laid_out()

    def on_unmount(self) -> None:
        self._first_screen_drawn.set()  # a loader waiting for it goes on (and ends) at once
        if self.collector is not None:
            self.collector.stop()

    async def on_event(self, event: events.Event) -> None:
        if self.collector is not None and isinstance(event, events.InputEvent):
            self.collector.input_seen()
        if isinstance(event, events.Key) and not event.is_forwarded:
            await self._keys_in_order.key(event)  # each after the one before it is handled
        else:
            await super().on_event(event)

    def resume_keys(self) -> None:
        """A screen that held the keys typed after it is gone (tui/keys/in_order.py)."""
        self._keys_in_order.resume()

    def on_mount(self) -> None:
        from tui.idle_gc import CHECK_SECONDS

        if self.collector is not None:
            self.set_interval(CHECK_SECONDS, self.collector.tick)
        self._exit_on_hang_up()
        if on_sixteen_colour_terminal(self):
            self.theme = register_sixteen_colour_theme(self)
        self._apply_keymap()
        if self.data is not None:
            self._data_ready(self.data)

    def _exit_on_hang_up(self) -> None:
        """Exit when the terminal goes away (an SSH connection dropped): Textual's input thread
        then reads end-of-file in a loop, and the app ran on at 30-60% CPU for ever."""
        if self.is_headless or self.is_web:
            return
        import sys

        stdin = sys.__stdin__
        if stdin is None:
            return
        self._terminal_fd = stdin.fileno()
        self.set_interval(HANG_UP_CHECK_SECONDS, self._check_terminal)

    def _check_terminal(self) -> None:
        import select

        poller = select.poll()  # asks, reads nothing: the keys stay for Textual's input thread
        poller.register(self._terminal_fd, select.POLLIN)
        if any(events & (select.POLLHUP | select.POLLERR | select.POLLNVAL) for _, events in poller.poll(0)):
            import os
            import threading

            # Restoring a terminal that is gone can block on the write: end regardless, soon.
            backstop = threading.Timer(HANG_UP_GRACE_SECONDS, os._exit, (HANG_UP_EXIT_CODE,))
            backstop.daemon = True
            backstop.start()
            self.exit(return_code=HANG_UP_EXIT_CODE)

    def _apply_keymap(self) -> None:
        """Apply the keymap named by ``self.keymap_name`` and the user's overrides (keymaps wiring)."""
        from keymaps.paths import user_key_settings_exist

        if self.keymap_name is None and not user_key_settings_exist():
            return  # the default keymap is the bindings' own keys: ~15 ms of parsing saved at start-up
        from tui.keys.apply import apply_keymap

        apply_keymap(self, self.keymap_name)

    # -- workers: each hands its result back as a typed message; failures go to one handler
    class DataLoaded(Message):
        """The corpus and user DBs are open; ``checked``: already checked for staleness."""

        def __init__(self, data: AppData, checked: bool) -> None:
            super().__init__()
            self.data, self.checked = data, checked

    class FirstScreenRead(Message):
        """The first screen saved beside the DB (``tui/first_screen.py``): one article's data."""

        def __init__(self, data: AppData) -> None:
            super().__init__()
            self.data = data

    class CorpusChecked(Message):
        """The corpus DB as it is after the staleness check (rebuilt if it was stale)."""

        def __init__(self, data: AppData) -> None:
            super().__init__()
            self.data = data

    class IndexBuilt(Message):
        """The search index for ``data`` (None: no search engine installed)."""

        def __init__(self, data: AppData, index: SearchIndex | None, problems: list[str]) -> None:
            super().__init__()
            self.data, self.index, self.problems = data, index, problems

    class ViewsPrepared(Message):
        """Every view's model is built for ``data``."""

        def __init__(self, data: AppData) -> None:
            super().__init__()
            self.data = data

    class ChangesFound(Message):
        """What other processes saved since ``base`` was read."""

        def __init__(self, base: AppData, reloaded: Reloaded) -> None:
            super().__init__()
            self.base, self.reloaded = base, reloaded

    @work(thread=True, exclusive=True, exit_on_error=False, group="load", name="load_data")
    def load_data(self) -> None:
        self.post_message(self.open_data())

    def open_data(self) -> DataLoaded:
        """In the loading worker: the first screen saved for the DB, shown while the worker reads
        the DB as it is on disk when there is one (checked after)."""
        first = open_first_screen(self.db_path)
        if first is not None:
            self.post_message(self.FirstScreenRead(first.data))
            # Reading the DB holds the GIL for long stretches (a 100 MB catalogue is parsed in one
            # call): the first screen is drawn before, not during, that read.
            self._first_screen_drawn.wait(FIRST_SCREEN_WAIT_SECONDS)
        quick = open_existing(self.db_path, first.user.opened(), first.order) if first else open_existing(self.db_path)
        if quick is not None:
            return self.DataLoaded(quick, checked=False)
        return self.DataLoaded(load_app_data(self.db_path, self._progress), checked=True)

    @work(thread=True, exclusive=True, exit_on_error=False, group="check", name="check_corpus")
    def check_corpus(self, data: AppData) -> None:
        """Rebuild the corpus DB if it is stale (new pipeline or bundled articles)."""
        self.post_message(self.CorpusChecked(check_fresh(data, self._progress)))

    def _progress(self, done: int, total: int, label: str) -> None:
        self.call_from_thread(self.main_screen.show_progress, done, total, label)

    @work(thread=True, exclusive=True, exit_on_error=False, group="index", name="build_index")
    def build_search_index(self, data: AppData) -> None:
        from tui.heap import give_back

        give_back()  # what reading the catalogue freed, in the loading worker's heap
        index, problems = build_index(data)
        self.post_message(self.IndexBuilt(data, index, problems))  # search works now
        from tui.first_screen import save

        save(data)  # for the next start
        self.prepare_views(data)

    def prepare_views(self, data: AppData) -> None:
        """In the index worker, once search works: every view's model and its screen's code, so
        a view opened later opens at once (at 100k claims the models are ~0.5 s of CPU, a view's
        module ~20 ms). The models read the view columns, not every claim (the timeline asks for
        the search index only when a filter is applied); a view opened sooner waits for its own
        model on the preparing screen (the two builds share one, ``CorpusQueries``)."""
        for module_name, _class_name in _VIEWS.values():
            import_module(module_name)
        queries_of(data).build_all()
        from tui.providers.articles import entries

        entries(data.corpus)  # the palette's article labels: its first opening made them (5,000: ~60 ms)
        from tui.heap import give_back

        give_back()  # what making the models freed
        self.post_message(self.ViewsPrepared(data))

    def on_factscope_app_views_prepared(self, message: ViewsPrepared) -> None:
        self._compose_views_ahead(message.data, list(_VIEW_MODELS))

    def _compose_views_ahead(self, data: AppData, names: list[str]) -> None:
        """The views' screens made and composed off screen, one per idle moment, so that their
        first key only shows them, as every later key does (at 100k claims a cold f cost
        ~100 ms of CPU, ~50 of it composing)."""
        if not names or data is not self.data:
            return
        self._read_view_styles()  # their stylesheet in force before they are styled
        module_name, class_name = _VIEWS[names[0]]
        screen = self._kept_view(names[0], getattr(import_module(module_name), class_name))
        if not screen.is_running:
            # What push_screen does first (Textual 8.2.8's App._get_screen): the screen starts,
            # composes and mounts its widgets; it is laid out and drawn when pushed.
            self._register(self, screen)
        self.call_after_refresh(self._compose_views_ahead, data, names[1:])

    def poll_changes(self) -> None:
        """On a timer: look for what other processes saved, unless a look is under way."""
        if self.data is not None and not any(
            worker.group == "reload" and not worker.is_finished for worker in self.workers
        ):
            self.reload_changed(self.data)

    @work(thread=True, exit_on_error=False, group="reload", name="reload_changed")
    def reload_changed(self, base: AppData) -> None:
        """Read what other processes saved (new articles, bookmarks), in a thread: a changed
        corpus is read whole, which held the UI thread for hundreds of ms."""
        self.post_message(self.ChangesFound(base, reload_changed(base)))

    @work(thread=True, exit_on_error=False, group="views", name="prepare_view")
    def prepare_view(self, name: str, options: dict[str, Any]) -> None:
        """A view opened before its model was built: build it here, then show the view
        if its preparing screen is still the one shown."""
        try:
            if self.data is not None:
                queries_of(self.data).build(name)
        except BaseException:  # reported by on_worker_state_changed; a later key tries again
            self.call_from_thread(self._preparing.discard, name)
            raise
        self.call_from_thread(self._view_prepared, name, options)

    def _view_prepared(self, name: str, options: dict[str, Any]) -> None:
        from tui.screens.preparing import PreparingViewScreen

        self._preparing.discard(name)
        screen = self.screen
        if isinstance(screen, PreparingViewScreen) and screen.view == name:
            self.open_view(name, **options)  # in the preparing screen's place

    def on_factscope_app_first_screen_read(self, message: FirstScreenRead) -> None:
        if self.data is None:  # else the DB was read first
            self.main_screen.set_data(message.data)  # the app holds no data: the rest waits for the DB
            self._first_useful_screen()
        self.call_after_refresh(self._first_screen_drawn.set)

    def _first_useful_screen(self) -> None:
        if not self._useful_shown:
            self._useful_shown = True
            self.call_after_refresh(self._useful_screen_drawn)  # after the frame that shows the data

    def _useful_screen_drawn(self) -> None:
        self.useful_screen_shown()
        self.main_screen.first_frame_drawn()  # the selected claim's facts and links, next frame
        self._started()  # the young collection it put off falls after this frame, not before it

    def _started(self) -> None:
        if self.collector is not None:
            self.collector.started()  # young collections as often as before the start

    def useful_screen_shown(self) -> None:
        """The first useful screen is drawn: the sources, an article and its claims (the
        benchmarks time start-up to here)."""

    def _data_ready(self, data: AppData) -> None:
        self.data = data
        self._first_useful_screen()
        if self.main_screen.is_mounted:  # else its on_mount picks the data up
            self.main_screen.set_data(data)
        if data.index is None:  # after the paint: the index (and links) must not delay the first useful screen
            self.call_after_refresh(self.build_search_index, data)
        self._open_loaded()  # a view asked for before the DB was read (a small one is whole: it answers now)
        if not self._watching:
            self._watching = True
            self.set_interval(RELOAD_CHECK_SECONDS, self.poll_changes)

    def _show_warnings(self, data: AppData) -> None:
        for warning in data.warnings:
            self.notify(one_line(warning), severity="warning", markup=False, timeout=8)

    def on_factscope_app_data_loaded(self, message: DataLoaded) -> None:
        self._data_ready(message.data)
        if message.checked:
            self._show_warnings(message.data)
        else:
            self.call_after_refresh(self.check_corpus, message.data)

    def _read_view_styles(self) -> None:
        """Once start-up is over: the views' stylesheet, and the default CSS of the widgets
        they bring, read and applied now. Read when the first view opened, each new source
        made Textual parse all ~50 again and restyle the whole browser under the view, on
        that key (f: 75 -> ~45 ms CPU)."""
        if self.stylesheet.has_source(str(_VIEW_STYLES), ""):
            return
        from textual.containers import Container
        from textual.dom import DOMNode
        from textual.screen import ModalScreen
        from textual.widgets import Input

        from tui.widgets.view_table import ViewTable

        self.stylesheet.read(_VIEW_STYLES)
        brought: tuple[DOMNode, ...] = (Container(), Input(), ViewTable(), ModalScreen())
        for widget in brought:
            for read_from, css, tie_breaker, scope in widget._get_default_css():  # as Textual adds them
                self.stylesheet.add_source(
                    css, read_from=read_from, is_default_css=True, tie_breaker=tie_breaker, scope=scope
                )
        self.stylesheet.reparse()
        self.stylesheet.update(self)

    def on_factscope_app_corpus_checked(self, message: CorpusChecked) -> None:
        fresh = message.data
        self._show_warnings(fresh)
        if self.data is None or fresh.corpus is not self.data.corpus:
            self._data_ready(fresh)  # it was rebuilt: show the new claims
            self.notify("The corpus was rebuilt for this version of factscope.", markup=False, timeout=4)

    def on_factscope_app_index_built(self, message: IndexBuilt) -> None:
        if message.data is self.data:  # else built for a corpus since replaced: its own build follows
            self.data.derived.index = message.index
            self.main_screen.links_known()  # every link is known now: the panes show them all
            self.call_after_refresh(self._read_view_styles)
            self._open_loaded()
        for problem in message.problems:
            self._say_once(problem)

    def on_factscope_app_changes_found(self, message: ChangesFound) -> None:
        reloaded = message.reloaded
        if reloaded.data is not None and message.base is self.data:  # else superseded meanwhile
            self._data_ready(reloaded.data)
        elif reloaded.user_changed:
            self.main_screen.refresh_user_marks()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR:
            self._report_failure(event.worker.name, event.worker.error)

    def _say_once(self, message: str | None) -> None:
        """A notice worth one notification per run, however often its cause recurs."""
        if message and message not in self._said:
            self._said.add(message)
            self.notify(one_line(message), severity="warning", markup=False, timeout=8)

    def _report_failure(self, task: str, error: BaseException | None) -> None:
        if isinstance(error, FactscopeError):
            message = str(error)
        else:  # a bug, not bad input: still one line for the user
            message = f"internal error while {task.replace('_', ' ')}: {type(error).__name__}: {error}"
        message = one_line(message)  # messages can quote file names and text: sanitised, one line
        if task == "reload_changed":  # e.g. the file is now corrupt: what we have stays shown
            self._say_once(f"Not reloaded: {message}")
            return
        if task == "load_data":
            self._started()  # no useful screen will come
            if not self.is_web:  # a terminal: one line once the screen is gone, and the exit code
                self.failure = message  # scripts know (3: a corrupt DB); `browse` prints it
                self.exit(return_code=getattr(error, "exit_code", 1))
                return
            from tui.screens.loading import LoadFailedScreen  # the web page has no terminal after

            self.push_screen(LoadFailedScreen(message))
        else:
            self.notify(message, title="factscope", severity="error", markup=False)
            from tui.screens.preparing import PreparingViewScreen

            # a view waiting for the index is told there too (not another screen's "failed": a note's is a flag)
            if task == "build_index" and isinstance(self.screen, PreparingViewScreen):
                self.screen.failed(message)

    # -- navigation ------------------------------------------------------------------
    def open_claim(self, claim_id: str | None, via: Location | None = None) -> None:
        """Show ``claim_id`` in its article in the main view (the old place goes on the back
        stack, and ``via``, the view it was chosen in)."""
        if not claim_id or self.data is None:
            return
        if self.screen is not self.main_screen and self.main_screen in self.screen_stack:
            # a view opened from another view: close them all, or the claim stays hidden
            self.main_screen.pop_until_active()
        try:
            self.main_screen.go_to_claim(claim_id, via)
        except FactscopeError as exc:  # its shard damaged (read on demand): said, and the app stays where it was
            self._unreadable(exc)
        except (KeyError, LookupError):
            self.notify(f"No claim with id {claim_id!r} in this corpus.", severity="warning", markup=False)

    def open_article(self, article_id: str) -> None:
        if self.data is None:
            return
        try:
            self.main_screen.go_to(Location(article_id, None))
        except FactscopeError as exc:
            self._unreadable(exc)
        except LookupError:
            self.notify(f"No article with id {article_id!r} in this corpus.", severity="warning", markup=False)

    def _unreadable(self, error: FactscopeError) -> None:
        """A part of the DB read on demand failed (a damaged shard): one line, naming the file."""
        self.notify(one_line(str(error)), title="factscope", severity="error", markup=False, timeout=10)

    def _handle_exception(self, error: Exception) -> None:
        """A store or input error no screen caught: the one line `browse` prints after the app, and its
        exit code (3: a corrupt DB), not a traceback of the app's locals. A bug still shows its traceback."""
        if not isinstance(error, FactscopeError):
            super()._handle_exception(error)
            return
        self.failure = one_line(str(error))
        self.exit(return_code=getattr(error, "exit_code", 1))

    def _claims_reachable(self) -> bool:
        """Any claim, and every claim's links, can be had: all are read, or the search index
        says where each lives (``tui.data.build_index``)."""
        data = self.data
        return data is not None and (data.corpus.complete or data.index is not None)

    def open_view(self, name: str, **options: Any) -> None:
        """Push the search/figures/timeline/entities screen; the claim it returns is opened."""
        if self.data is None or not self._claims_reachable():
            self._show_loading(name, options)  # opened in its place once the corpus is read
            return
        if name in _VIEW_MODELS and not queries_of(self.data).ready(name):
            self._show_preparing(name, options)
            return
        module_name, class_name = _VIEWS[name]
        screen_class = getattr(import_module(module_name), class_name)
        if type(self.screen) is screen_class and not options:
            return  # already there: a second copy would only make Escape land on the first
        if type(self.screen).__name__ in _VIEW_CLASS_NAMES:
            self.pop_screen()  # one view at a time over the browser: Escape goes back to it
        kept = self._kept_views.get(name) if self._kept_for is queries_of(self.data) else None
        # A screen still being composed ahead was left nowhere, and view_state reads its widgets:
        # asked before they are there (a key pressed as it composes), it raised NoMatches.
        left_there = kept is not None and kept.is_mounted and getattr(kept, "view_state", dict)() == options
        if name in _KEPT_VIEWS and (not options or left_there):
            screen = self._kept_view(name, screen_class)  # Back to a view: as it was left, its row too
            reopened = getattr(screen, "reopened", None)
            if reopened is not None:  # search starts over with an empty box
                reopened()
        else:  # a view opened at another place: made afresh there
            screen = screen_class(self.data, **options)

        def chosen(claim_id: str | None) -> None:
            state = getattr(screen, "view_state", None)
            via = None
            if claim_id and state is not None and self.main_screen.location is not None:
                options = tuple(sorted(state().items()))
                via = Location(self.main_screen.location.article_id, None, name, options)
            self.open_claim(claim_id, via)

        self.push_screen(screen, chosen)

    def _show_preparing(self, name: str, options: dict[str, Any]) -> None:
        """The view's place held at once while its model is built in a worker (keys stay live)."""
        from tui.screens.preparing import PreparingViewScreen

        screen = self.screen
        if not (isinstance(screen, PreparingViewScreen) and screen.view == name and not screen.corpus_loading):
            if type(screen).__name__ in _VIEW_CLASS_NAMES:
                self.pop_screen()
            assert self.data is not None
            self.push_screen(PreparingViewScreen(name, self.data.corpus.claim_total()))
        if name not in self._preparing:  # one build per view, however often its key is pressed
            self._preparing.add(name)
            self.prepare_view(name, options)

    def _show_loading(self, name: str, options: dict[str, Any]) -> None:
        """A view's key before the corpus can answer it (its search index still loading): the
        view's place held, saying so, and the keys typed after it kept for it (``_open_loaded``)."""
        from tui.screens.preparing import PreparingViewScreen

        screen = self.screen
        if isinstance(screen, PreparingViewScreen) and screen.view == name:
            return
        if type(screen).__name__ in _VIEW_CLASS_NAMES:
            self.pop_screen()
        # (no claim count: a screen waiting for the corpus shows none)
        self.push_screen(PreparingViewScreen(name, 0, corpus_loading=True, options=options))

    def _open_loaded(self) -> None:
        """The corpus can answer the views now: the one whose place is held, if still shown, opens there."""
        from tui.screens.preparing import PreparingViewScreen

        if not self.screen_stack:  # the data came as the app was starting or ending: no view asked for
            return
        screen = self.screen
        if isinstance(screen, PreparingViewScreen) and screen.corpus_loading and self._claims_reachable():
            self.open_view(screen.view, **screen.options)

    def _kept_view(self, name: str, screen_class: Any) -> Screen[Any]:
        """The view's screen, made once per corpus and kept (installed) after it closes: made
        afresh on every key, composing it cost about as much again as showing it, and it
        opens where it was left."""
        models = queries_of(self.data)
        if self._kept_for is not models:  # a new corpus: new screens (an old one still open goes later)
            self._stale_views += self._kept_views.values()
            self._kept_views, self._kept_for = {}, models
        for stale in [stale for stale in self._stale_views if stale not in self.screen_stack]:
            self.uninstall_screen(stale)
            self._stale_views.remove(stale)
            if stale.is_running:  # shown before, or composed ahead: its widgets let go too
                stale.remove()
        screen = self._kept_views.get(name)
        if screen is None:
            screen = screen_class(self.data)
            self.install_screen(screen, name=f"view-{name}-{id(screen)}")
            self._kept_views[name] = screen
        return screen

    def action_open_search(self) -> None:
        # A priority binding (tui/commands/app.py), so it skips where the plain one was not in
        # force, and the key goes on as before: over a modal screen (the palette, help, a note),
        # on a view with a `/` of its own, and in a text box. (Skipped here, not in check_action,
        # which would also take it out of the footer under the palette.)
        screen = self.screen
        focused = screen.focused
        if (
            screen.is_modal
            or hasattr(screen, "focus_filter_box")
            or (focused is not None and focused.check_consume_key("slash", "/"))
        ):
            raise SkipAction()
        self.open_view("search")

    def action_view_figures(self) -> None:
        self.open_view("figures")

    def action_view_timeline(self) -> None:
        self.open_view("timeline")

    def action_view_entities(self) -> None:
        self.open_view("entities")

    def action_view_bookmarks(self) -> None:
        if self.data is None or not self._claims_reachable():
            self.notify("Still loading the corpus…", markup=False, timeout=2)
            return
        from tui.screens.bookmarks import BookmarksScreen

        # Kept like the views: made afresh, composing it and removing it after took ~50 ms a key.
        screen = self._kept_view("bookmarks", BookmarksScreen)
        assert isinstance(screen, BookmarksScreen)
        if screen in self.screen_stack:
            return
        screen.reopened(self.data)

        def closed(claim_id: str | None) -> None:
            if screen.marks_changed:  # else redrawing the panes only delayed the way back
                self.main_screen.refresh_user_marks()
            self.open_claim(claim_id)

        self.push_screen(screen, closed)

    def action_command_palette(self) -> None:
        from tui.screens.palette import FactscopePalette

        if self.use_command_palette and not FactscopePalette.is_open(self):  # type: ignore[arg-type]  # typed for App[object]
            self.push_screen(FactscopePalette(id="--command-palette"))

    def get_system_commands(self, screen):
        # Textual's Screenshot saves to a downloads folder a server seldom has, and fails there.
        for command in super().get_system_commands(screen):
            if command.title != "Screenshot":
                yield command

    def action_show_help(self) -> None:
        from tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))
