"""The README's screenshots, one per main view, drawn from the bundled corpus.

    python tests/bench/make_screenshots.py [--size 120x40] [--out docs/screenshots]

Run it after a change in looks (or in what the bundled corpus yields) and commit the SVGs
with the change: the README shows what the browser shows, never a hand-made picture that
drifts. ``--check`` (run by .ci/checks) draws them afresh and fails naming any that differ.
``tests/tui/test_readme_screenshots.py`` checks that the README shows each one.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

# (file name, title, keys from the main view); each view is closed with Escape after
VIEWS = [
    ("main", "factscope: sources, an article with its claims marked, the claims and their links", ()),
    ("search", "factscope: search (/)", ("slash", *"troops", "down")),
    ("figures", "factscope: figures (f)", ("f",)),
    ("timeline", "factscope: timeline (t)", ("t",)),
    ("entities", "factscope: entities (e)", ("e",)),
]


def steady_cursors(app) -> None:
    """A text box's cursor shown steadily: blinking, it was drawn or not depending on when the
    picture was taken (the search picture changed from one run to the next)."""
    from textual.widgets import Input, TextArea

    for box in app.screen.query(Input):
        box.cursor_blink = False
    for area in app.screen.query(TextArea):
        area.cursor_blink = False


async def settled_picture(app, pilot, title: str) -> str:
    """The screen once two pictures 0.3 s apart are the same: on a loaded machine (a landing's
    checks beside other work) a view's model, a search's results or a layout may still be on
    their way when a fixed pause ends, and --check would fail on a picture taken half-drawn."""
    picture = app.export_screenshot(title=title)
    for _ in range(100):  # 30 s at most: then the last picture, which --check shows as differing
        await pilot.pause(0.3)
        again = app.export_screenshot(title=title)
        if again == picture:
            break
        picture = again
    return picture


async def draw(out: Path, size: tuple[int, int]) -> list[Path]:
    from tui.app import FactscopeApp

    written = []
    app = FactscopeApp()
    async with app.run_test(size=size) as pilot:
        while app.data is None or app.data.index is None:  # the bundled corpus, its index
            await pilot.pause(0.1)
        await app.workers.wait_for_complete()
        await pilot.pause(0.5)
        for name, title, keys in VIEWS:
            await pilot.press(*keys)
            await app.workers.wait_for_complete()
            await pilot.pause(0.5)
            steady_cursors(app)
            path = out / f"{name}.svg"
            path.write_text(await settled_picture(app, pilot, title), encoding="utf-8")
            written.append(path)
            if keys:
                await pilot.press("escape", "escape")  # a search box first clears its query
                await pilot.pause(0.3)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", default="120x40")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument(
        "--check",
        action="store_true",
        help="draw into a temporary folder and exit 1 naming each picture in --out that differs (.ci/checks)",
    )
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.split("x"))
    committed = args.out
    if args.check:
        args.out = Path(tempfile.mkdtemp(prefix="factscope-screenshots-check-"))
    args.out.mkdir(parents=True, exist_ok=True)
    # a throw-away data dir: the bundled corpus built fresh, no bookmarks, no search history
    # and no config of the user's (a keymap changes the footer) or colour setting of theirs
    home = Path(tempfile.mkdtemp(prefix="factscope-screenshots-"))
    os.environ["FACTSCOPE_DATA_DIR"] = str(home / "data")
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    for name in ("FACTSCOPE_DB", "FACTSCOPE_CONFIG", "FACTSCOPE_USER_DB", "NO_COLOR"):
        os.environ.pop(name, None)
    drawn = asyncio.run(draw(args.out, (width, height)))
    if not args.check:
        for path in drawn:
            print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
        return
    stale = [
        path.name
        for path in drawn
        if not (committed / path.name).is_file() or (committed / path.name).read_bytes() != path.read_bytes()
    ]
    if stale:
        shown = committed.relative_to(ROOT) if committed.is_relative_to(ROOT) else committed
        print(
            f"make_screenshots: {', '.join(stale)} in {shown} {'differs' if len(stale) == 1 else 'differ'} from what"
            " the browser draws now:"
            " run `python tests/bench/make_screenshots.py` and commit them",
            file=sys.stderr,
        )
        sys.exit(1)
    print(f"make_screenshots: the {len(drawn)} pictures are what the browser draws")


if __name__ == "__main__":
    main()
