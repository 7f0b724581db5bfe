"""Search (`/`): results narrow as you type; Enter opens the highlighted claim.

Typing never waits for a search: each query runs in a thread worker, and
results are only shown if they belong to what is in the box right now. One
search runs at a time: a key typed with none running searches at once; keys
typed while one runs wait for it, and only what the box holds when it ends is
searched then (a burst, typed or pasted, runs the search of its first key and
of its last). No timer: a burst's last key waited 60 ms for one, and `/ku`
typed at once settled in 94-134 ms on the bundled corpus for 2 searches of
1-7 ms.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static
from textual.worker import get_current_worker

from corpus.display import one_line
from corpus.errors import FactscopeError
from store.query.search import ClaimSearch, filter_text
from store.search.query import parse_query
from tui.commands.bindings import bindings
from tui.commands.views import SEARCH_COMMANDS
from tui.data import queries_of, user_marks
from tui.screens.one_frame import DrawsInOneFrame
from tui.widgets.footer import KeyBar
from tui.widgets.glyphs import ALERT_STYLE
from tui.widgets.search_history import SearchHistory
from tui.widgets.view_format import shorten
from tui.widgets.view_result_list import ResultList

STYLES = Path(__file__).parent.parent / "styles" / "views.tcss"
SYNTAX_HINT = "speaker: source: kind: entity: date:>2024-06 is:conflict  -kind:x"


@dataclass
class SearchReport:
    """What one search found, handed from the worker thread to the screen."""

    query: str
    hits: list[Any] = field(default_factory=list)
    empty_filters: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    error: str | None = None


class SearchScreen(ModalScreen[str | None], DrawsInOneFrame):
    """Fuzzy search over claims; dismisses with the chosen claim id or None."""

    BINDINGS = bindings(SEARCH_COMMANDS)
    CSS_PATH = STYLES
    LIMIT = 50

    def __init__(self, data: Any, query: str = "") -> None:
        super().__init__()
        self.data = data
        self.backend = ClaimSearch(
            lambda: getattr(data, "index", None),
            lambda: queries_of(data).scan,
            lambda: user_marks(getattr(data, "user", None)),
        )
        self.history = SearchHistory(getattr(data, "user", None))
        self._initial_query = query
        self._search_running: int | None = None  # the search running (its number), if one is
        self._query_waiting: str | None = None  # the query typed while it runs: searched when it ends
        self._shown_query: str | None = None  # the query the listed results belong to
        self.searches_started = 0  # for tests and diagnostics: how many searches ran ...
        self.latest_search: str | None = None  # ... the last one started ...
        self.shown_queries: list[str] = []  # ... and whose results were shown, in order

    def compose(self) -> ComposeResult:
        with Vertical(id="search-box"):
            yield Input(
                value=self._initial_query,
                placeholder="Search claims, speakers, sources, entities…",
                id="search-input",
                select_on_focus=False,
            )
            yield Static(Text("Type to search", style="dim"), id="search-status", markup=False)
            yield ResultList(id="search-results")
            yield Static(Text(SYNTAX_HINT, style="dim"), id="search-syntax", markup=False)
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#search-input", Input).focus()
        if self._initial_query:
            self._schedule(self._initial_query)

    def reopened(self) -> None:
        """Shown again (the app keeps this screen per corpus): an empty box, as a new one opens,
        and the history as saved now (another browser may have added to it)."""
        if not self.is_mounted:  # not shown yet: compose makes it empty
            return
        self._stop_searching()
        self.history = SearchHistory(getattr(self.data, "user", None))
        self._set_query("")
        self._show(SearchReport(""))  # now, not on the Changed message: no frame of old results

    @property
    def query_text(self) -> str:
        return self.query_one("#search-input", Input).value

    @property
    def results_current(self) -> bool:
        """True once the listed results belong to the query in the box."""
        return self._shown_query == self.query_text

    @property
    def results(self) -> ResultList:
        return self.query_one("#search-results", ResultList)

    # -- typing -> one search at a time, in a worker -----------------------------------------

    @on(Input.Changed, "#search-input")
    def _query_changed(self, event: Input.Changed) -> None:
        self.history.typed(event.value)
        self._schedule(event.value)

    def _schedule(self, query: str) -> None:
        if not query.strip():  # an emptied box is no search (one running is not shown, it ends)
            self._query_waiting = None
            if query != self._shown_query:  # (reopened: shown already, before its first frame)
                self._show(SearchReport(query))
            return
        if self._search_running is not None:
            self._query_waiting = query  # the engine is busy: this waits, and replaces any key before it
            return
        self._start_search(query)

    def _start_search(self, query: str) -> None:
        self._query_waiting = None
        self.searches_started += 1
        self._search_running = self.searches_started
        self._search(query, self.searches_started)

    def _finished(self, number: int, report: SearchReport | None) -> None:
        """A search ended (on the UI thread): its results shown if still wanted, and the query
        typed meanwhile searched now."""
        if report is not None:
            self._show(report)
        if number != self._search_running:  # one stopped already (closed, emptied): nothing waits on it
            return
        self._search_running = None
        waiting = self._query_waiting
        if waiting is not None and waiting == self.query_text and waiting != self._shown_query:
            self._start_search(waiting)
        else:
            self._query_waiting = None

    # exit_on_error=False: a bug in a search must not close the browser; the app
    # reports the failed worker in one line and keeps its traceback.
    @work(group="search", thread=True, exit_on_error=False, name="search")
    def _search(self, query: str, number: int) -> None:
        # A thread: the engine's work is CPU-bound and must not stall the event loop.
        worker = get_current_worker()
        self.latest_search = query
        report = SearchReport(query)
        try:
            report.problems = self.backend.problems(query)
            report.hits = self.backend.search(query, limit=self.LIMIT, cancelled=lambda: worker.is_cancelled)
            if not report.hits and not worker.is_cancelled:
                report.empty_filters = self.backend.filters_matching_nothing(query)
        except FactscopeError as exc:  # a query the engine refuses: say so, keep typing
            report.error = str(exc)
        except Exception as exc:
            report.error = f"internal error in search: {type(exc).__name__}: {exc}"
            raise
        finally:
            with suppress(RuntimeError):  # the app closed meanwhile: nothing to show it in
                shown = None if worker.is_cancelled else report
                self.app.call_from_thread(self._finished, number, shown)

    def _show(self, report: SearchReport) -> None:
        if not self.is_attached:  # dismissed while the search ran
            return
        if report.query != self.query_text:  # a stale search finished late: never show it
            return
        self._shown_query = report.query
        self.shown_queries.append(report.query)
        shown = self.results.show_hits(self.data.corpus, report.hits)
        self._set_status(self._status(report, shown))

    def _status(self, report: SearchReport, shown: int) -> Text:
        query = report.query
        if report.error:
            return Text(one_line(report.error), style=ALERT_STYLE, end="")
        if not query.strip():
            return Text("Type to search", style="dim", end="")
        status = Text(end="")
        source = "" if self.backend.using_index else "  (plain scan while the index loads)"
        if shown:
            more = "+" if shown >= self.LIMIT else ""
            status.append(f"{shown}{more} claim{'s' if shown != 1 else ''}{source}", style="dim")
        elif report.empty_filters:
            status.append(f"No claim has {one_line(', '.join(report.empty_filters))}", style="bold")
        else:
            parsed = parse_query(query)
            status.append(f"No claim matches “{shorten(one_line(query), 40)}”", style="bold")
            if parsed.filters and parsed.terms:
                status.append(f": try without {one_line(filter_text(parsed.filters[-1]))}")
            else:
                status.append(source)
        for problem in report.problems:  # they quote what was typed: pasted text is untrusted too
            status.append(f"  · {one_line(problem)}", style="yellow")
        if self.history.error:
            status.append(f"  · history not saved: {self.history.error}", style="yellow")
        return status

    def _set_status(self, text: Text) -> None:
        self.query_one("#search-status", Static).update(text)

    # -- actions ---------------------------------------------------------------------------

    def action_accept(self) -> None:
        query = self.query_text
        if query.strip() and self._shown_query != query:
            # Enter pressed before the search of what is typed ended: search now, don't guess.
            self.workers.cancel_group(self, "search")
            self._show(SearchReport(query, self.backend.search(query, limit=self.LIMIT)))
        claim_id = self.results.highlighted_claim_id
        if claim_id is None:
            self.app.bell()
            return
        self.history.remember(query)
        self._stop_searching()
        self.dismiss(claim_id)

    def action_close(self) -> None:
        if self.query_text.strip():  # a query looked at but not opened is worth recalling too
            self.history.remember(self.query_text)
        self._stop_searching()
        self.dismiss(None)

    def _stop_searching(self) -> None:
        """No search wanted any more: the one running is let go (its results not shown; the
        engine's lock keeps the next from sharing the engine with it)."""
        self._search_running = self._query_waiting = None
        self.workers.cancel_group(self, "search")

    def action_next_result(self) -> None:
        recalled = self.history.newer(self.query_text)
        if recalled is not None:
            self._set_query(recalled)
        elif self.results.option_count:
            self.results.action_cursor_down()

    def action_prev_result(self) -> None:
        if not self.query_text or self.history.browsing(self.query_text):
            self.action_recall_older()
        elif self.results.option_count:
            self.results.action_cursor_up()

    def action_page_results(self, direction: int) -> None:
        if direction > 0:
            self.results.action_page_down()
        else:
            self.results.action_page_up()

    def action_recall_older(self) -> None:
        recalled = self.history.older(self.query_text)
        if recalled is None:
            self.app.bell()
            return
        self._set_query(recalled)

    def _set_query(self, query: str) -> None:
        box = self.query_one("#search-input", Input)
        box.value = query
        box.cursor_position = len(query)
