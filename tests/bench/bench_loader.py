"""Benchmark: loading big and hostile files (time, then peak traced memory in a second run).

python tests/bench/bench_loader.py
"""

from __future__ import annotations

import tempfile
import time
import tracemalloc
from pathlib import Path

MB = 1024 * 1024
SENTENCE = "The ministry said 300 troops arrived near Kursk on Monday, officials confirmed. "


def cases() -> dict[str, bytes]:
    escaped = SENTENCE.replace("Kursk", "\x1b[31mKursk\x1b[0m").replace("Monday", "\x1b]52;c;cHduZWQ=\x07Monday")
    paragraph = "<p>" + SENTENCE * 5 + "</p>\n"
    return {
        "10 MB plain text, one line": (SENTENCE * (10 * MB // len(SENTENCE))).encode(),
        "10 MB text, 3 escape sequences a sentence": (escaped * (10 * MB // len(escaped))).encode(),
        "10 MB Windows-1252 text": ("Le président a dit « non » à Zürich. " * (10 * MB // 38)).encode("cp1252"),
        "5 MB HTML page": (
            "<html><body><nav>menu</nav>" + paragraph * (5 * MB // len(paragraph)) + "</body></html>"
        ).encode(),
        "50 MB file (refused)": b"",
    }


def main() -> None:
    from corpus.errors import FactscopeError
    from corpus.loader import read_article

    with tempfile.TemporaryDirectory() as tmp:
        for label, content in cases().items():
            suffix = ".html" if "HTML" in label else ".txt"
            path = Path(tmp) / f"case{suffix}"
            path.write_bytes(content)
            if not content:
                with path.open("wb") as fh:
                    fh.truncate(50 * MB)
            size = path.stat().st_size
            limit = 16 * MB if size <= 16 * MB else None

            def load(path=path, limit=limit) -> str:
                try:
                    result = read_article(path, max_bytes=limit)
                    return f"{len(result.article.body) / MB:.1f} M chars, {len(result.warnings)} warning(s)"
                except FactscopeError as exc:
                    return f"refused: {str(exc).split(': ', 1)[1][:50]}"

            start = time.perf_counter()
            outcome = load()
            elapsed = time.perf_counter() - start
            tracemalloc.start()  # a second run: tracing slows the first one down
            load()
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
            print(f"{label:<44} {elapsed:6.2f} s  peak {peak / MB:6.1f} MB ({peak / size:4.1f}x)  {outcome}")


if __name__ == "__main__":
    main()
