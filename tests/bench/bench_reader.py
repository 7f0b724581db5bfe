"""How long a large article takes to lay out and to open in the reader.

Prints the wrap time at several widths (pure layout), and, in a headless
app, the time from asking for the article to its first painted screen and
to a jump to its last claim. Figures are medians over ``--runs``.

    python tests/bench/bench_reader.py [--kb 500] [--runs 5] [--json]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import tempfile
import time
from pathlib import Path

from corpus.loader import article_id
from corpus.model import Article, Claim, Extraction
from tui.widgets.layout import wrap_text

PARAGRAPHS = [
    "South Korea's spy agency said on Friday that North Korea had sent 1,500 special forces troops to Russia, "
    "and that more were expected in the coming weeks.",
    "“We cannot confirm the figure,” a Pentagon spokesman said, adding that about 3,000 soldiers were training in the east.",
    "Analysts in Seoul — and in Kyiv — doubted the claim; some put the number at 10,000 or more, citing satellite images.",
    "日本の報道によると、約2,000人が派遣された。",
]


def large_article(kilobytes: int) -> tuple[Article, list[Claim]]:
    parts, size, index = [], 0, 0
    while size < kilobytes * 1000:
        paragraph = PARAGRAPHS[index % len(PARAGRAPHS)]
        parts.append(paragraph)
        size += len(paragraph.encode()) + 1
        index += 1
    body = "\n".join(parts) + "\n"
    article = Article(article_id(body), "Large", "Bench", [], "2025-01", False, "large.txt", body)
    claims, offset = [], 0
    for paragraph in parts:
        if "1,500" in paragraph:
            start = offset + paragraph.index("North Korea had sent")
            text = body[start : offset + paragraph.index(" to Russia")]
            claims.append(Claim(f"c{start}", article.id, start, start + len(text), text, "quantity", "NIS", "asserted"))
        offset += len(paragraph) + 1
    return article, claims


async def open_in_app(article: Article, claims: list[Claim], home: Path) -> tuple[float, float]:
    from store.corpus_db import CorpusDB
    from store.user_db import UserDB
    from tui.app import FactscopeApp
    from tui.data import AppData
    from tui.widgets.reader import ArticleReader

    small_body = "A short first article.\n"
    small = Article(article_id(small_body), "Short", "Bench", [], "2024-01", False, "s.txt", small_body)
    db = CorpusDB.open(home / "corpus.json", create=True)
    db.replace_all(Extraction([small, article], claims, [], []), "bench")
    app = FactscopeApp(data=AppData(db, UserDB.open(home / "user.json")))
    async with app.run_test(size=(160, 50)) as pilot:
        await pilot.pause()
        start = time.perf_counter()
        app.open_article(article.id)
        await pilot.pause()
        opened = time.perf_counter() - start
        start = time.perf_counter()
        await pilot.press("greater_than_sign")
        await pilot.pause()
        jumped = time.perf_counter() - start
        assert app.main_screen.query_one(ArticleReader).line_count() > 1000
    return opened * 1000, jumped * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", type=int, default=500)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    article, claims = large_article(args.kb)
    result: dict[str, float | int] = {"kb": len(article.body.encode()) // 1000, "claims": len(claims)}
    for width in (76, 116, 196):
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            layout = wrap_text(article.body, width)
            times.append((time.perf_counter() - start) * 1000)
        result[f"wrap_{width}_ms"] = round(statistics.median(times), 1)
        result[f"lines_{width}"] = len(layout)
    opened, jumped = [], []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as home:
            first, last = asyncio.run(open_in_app(article, claims, Path(home)))
        opened.append(first)
        jumped.append(last)
    result["open_article_ms"] = round(statistics.median(opened), 1)
    result["jump_to_last_claim_ms"] = round(statistics.median(jumped), 1)
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>22}: {value}")


if __name__ == "__main__":
    main()
