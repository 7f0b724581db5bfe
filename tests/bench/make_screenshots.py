"""The README's screenshots, one per main view, drawn from the bundled corpus.

    python tests/bench/make_screenshots.py [--size 120x40] [--out docs/screenshots]

Run it after a change in looks and commit the SVGs with the change: the README
shows what the browser shows, never a hand-made picture that drifts.
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
            path = out / f"{name}.svg"
            path.write_text(app.export_screenshot(title=title), encoding="utf-8")
            written.append(path)
            if keys:
                await pilot.press("escape", "escape")  # a search box first clears its query
                await pilot.pause(0.3)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", default="120x40")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    # a throw-away data dir: the bundled corpus built fresh, no bookmarks, no search history
    os.environ["FACTSCOPE_DATA_DIR"] = tempfile.mkdtemp(prefix="factscope-screenshots-")
    os.environ.pop("FACTSCOPE_DB", None)
    for path in asyncio.run(draw(args.out, (width, height))):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


if __name__ == "__main__":
    main()
