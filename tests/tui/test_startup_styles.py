"""The first screen is styled once before its first frame: Textual restyles every node of a
screen when it resumes, and the main screen's first resume comes right after each node was
styled as it was registered. Later resumes restyle it as Textual does."""

from __future__ import annotations

from textual import events
from textual.css.stylesheet import Stylesheet

from tui.app import FactscopeApp


async def test_the_first_screen_is_not_restyled_whole_before_its_first_frame(make_data, monkeypatch) -> None:
    restyled: list[int] = []  # how many nodes each restyle covered
    update_nodes = Stylesheet.update_nodes

    def recording(self, nodes, animate=False):
        nodes = list(nodes)
        restyled.append(len(nodes))
        return update_nodes(self, nodes, animate)

    monkeypatch.setattr(Stylesheet, "update_nodes", recording)
    before_first_frame: list[int] = []

    class Recorded(FactscopeApp):
        def on_ready(self) -> None:
            before_first_frame.extend(restyled)
            super().on_ready()

    app = Recorded(data=make_data())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        whole = len(list(app.main_screen.walk_children(with_self=True)))
        assert before_first_frame and max(before_first_frame) < whole  # a widget and its parents at most
        restyled.clear()
        app.main_screen.post_message(events.ScreenResume())  # as Textual resumes it over a closed screen
        await pilot.pause()
        assert max(restyled) >= whole  # a later resume restyles every node, as Textual does
