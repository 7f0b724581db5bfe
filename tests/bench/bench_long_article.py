"""Benchmark: adding one long article (5,000 sentences, many of them alike).

Cross-reference candidates must be blocked (by measure, entity, time), never
compared all-pairs: 5,000 near-identical quantity claims would otherwise mean
12.5 million comparisons. Prints the time of each stage; run it with
    python tests/bench/bench_long_article.py [SENTENCES]
"""

from __future__ import annotations

import random
import resource
import sys
import tempfile
import time
from pathlib import Path

TEMPLATES = [
    "Officials in {place} said {n} {unit} were {measure} on {day}.",
    "The ministry said at least {n} {unit} had been {measure} near {place}.",
    "According to {who}, about {n} {unit} were {measure} in {place} in {month}.",
    "{who} denied that {n} {unit} had been {measure}.",
    "{who} confirmed on {day} that troops had arrived in {place}.",
    "Analysts expect that as many as {n} {unit} could be {measure} by {month}.",
    "Residents of {place} described the scene as chaotic.",
]
FILL = {
    "place": ["Kursk", "Donbas", "Pyongyang", "Seoul", "Kyiv", "Moscow", "Vladivostok", "Kharkiv"],
    "unit": ["soldiers", "troops", "civilians", "workers", "officers"],
    "measure": ["killed", "wounded", "deployed", "evacuated", "captured"],
    "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "month": ["January", "March", "June", "October", "December"],
    "who": ["the Kremlin", "Ukrainian intelligence", "South Korea's spy agency", "the Pentagon", "KCNA"],
}


def long_article_text(sentences: int, seed: int = 8) -> str:
    rng = random.Random(seed)
    lines = ["A long live blog: North Korean troops in Russia's war"]
    paragraph: list[str] = []
    for _ in range(sentences):
        template = rng.choice(TEMPLATES)
        values = {key: rng.choice(options) for key, options in FILL.items()}
        values["n"] = f"{rng.choice([100, 300, 1000, 1500, 3000, 6000, 10000, 12000]):,}"
        paragraph.append(template.format(**values))
        if len(paragraph) == 5:
            lines.append(" ".join(paragraph))
            paragraph = []
    lines.append(" ".join(paragraph))
    return "\n".join(line for line in lines if line) + "\n"


def timed(label: str, action):
    start = time.perf_counter()
    result = action()
    print(f"{label:<44} {time.perf_counter() - start:8.2f} s")
    return result


def main(sentences: int = 5000) -> None:
    from corpus import pipeline
    from corpus.loader import bundled_articles, load_file

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long.txt"
        path.write_text(long_article_text(sentences), encoding="utf-8")
        print(f"article: {sentences} sentences, {path.stat().st_size / 1024:.0f} KB, "
              f"{len(set(path.read_text().replace(chr(10), ' ').split('. ')))} distinct sentences")  # fmt: skip
        article = timed("load + sanitise", lambda: load_file(path))
    existing = timed("extract the bundled corpus", lambda: pipeline.extract(bundled_articles()))
    delta = timed("extend: add the long article (claims + xrefs)", lambda: pipeline.extend(existing, [article]))
    print(f"  -> {len(delta.claims)} claims, {len(delta.xrefs)} new xrefs")
    alone = timed("extract the long article alone", lambda: pipeline.extract([article]))
    print(f"  -> {len(alone.claims)} claims, {len(alone.xrefs)} xrefs")
    print(f"peak resident memory of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000)
