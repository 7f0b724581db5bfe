"""Print the extraction quality figures and the claims/xrefs counts.

Run: /work/venv/bin/python tests/bench/eval_extraction.py [--misses]

Scores the pipeline on three gold sets (tests/data/): the owner's sample of
the bundled articles, the sample plus the extended annotation, and the
engine's own test articles (and the probes written to find gaps on unseen styles), and the
round-3 clusters whose gold lists every expected link, so that cross-reference
precision is printed too ("precision P of N strong"). Also prints how the claims, kinds, relations and
speakers are distributed, and how well our sentence splitter and pysbd keep
the gold anchors inside one sentence.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from corpus.evaluation import evaluate, file_map, fold, load_gold
from corpus.loader import bundled_articles, load_dir
from corpus.pipeline import PIPELINE_VERSION, extract

DATA = ROOT / "tests" / "data"


def _splitter_agreement(articles, gold) -> str:
    """Share of gold anchors that fall inside one sentence, for each splitter."""
    from corpus.extract.sentences import split_sentences

    by_file = {Path(a.source_file).name: a.body for a in articles}
    anchors = [(by_file[g["file"]], fold(g["anchor"])) for g in gold["claims"] if g["file"] in by_file]

    def kept(spans_of) -> float:
        ok = 0
        for body, anchor in anchors:
            ok += any(anchor in fold(body[s:e]) for s, e in spans_of(body))
        return ok / max(1, len(anchors))

    ours = kept(lambda body: [sp for line in _lines(body) for sp in split_sentences(*line)])
    try:
        import pysbd

        seg = pysbd.Segmenter(language="en", clean=False, char_span=True)
        theirs = kept(
            lambda body: [(s.start + off, s.end + off) for text, off in _lines(body) for s in seg.segment(text)]
        )
        return f"anchors kept whole: ours {ours:.3f}, pysbd {theirs:.3f}"
    except ImportError:
        return f"anchors kept whole: ours {ours:.3f} (pysbd not installed)"


def _hard_cases() -> list[tuple[str, list[str]]]:
    """Hard cases for a news sentence splitter (shared with tests/engine/test_sentences.py)."""
    data = json.loads((DATA / "sentence_cases.json").read_text(encoding="utf-8"))
    return [(case["text"], case["sentences"]) for case in data["cases"]]


def _splitter_accuracy() -> str:
    from corpus.extract.sentences import split_sentences

    tricky = _hard_cases()
    ours = sum([t[s:e] for s, e in split_sentences(t)] == want for t, want in tricky)
    try:
        import pysbd

        seg = pysbd.Segmenter(language="en", clean=False)
        theirs = sum([x.strip() for x in seg.segment(t)] == want for t, want in tricky)
        return f"hard news cases split right: ours {ours}/{len(tricky)}, pysbd {theirs}/{len(tricky)}"
    except ImportError:
        return f"hard news cases split right: ours {ours}/{len(tricky)} (pysbd not installed)"


def _lines(body: str):
    pos = 0
    for line in body.split("\n"):
        yield line, pos
        pos += len(line) + 1


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--misses", action="store_true", help="list every miss")
    args = parser.parse_args()
    bundled = bundled_articles()
    own = load_dir(DATA / "articles")
    began = time.perf_counter()
    bundled_x = extract(bundled)
    own_x = extract(own)
    seconds = time.perf_counter() - began
    sets = [
        ("bundled, owner's sample", bundled, bundled_x, load_gold(DATA / "gold_sample.json")),
        (
            "bundled, sample + extended",
            bundled,
            bundled_x,
            load_gold(DATA / "gold_sample.json", DATA / "gold_extended.json"),
        ),
        ("own test articles", own, own_x, load_gold(DATA / "gold_own.json")),
        ("probe articles (unseen styles)", own, own_x, load_gold(DATA / "gold_probe.json")),
        ("held-out probes (written after the fixes)", own, own_x, load_gold(DATA / "gold_heldout.json")),
        ("unseen clusters (round 3, written before its changes)", own, own_x, load_gold(DATA / "gold_unseen.json")),
        ("later clusters (round 3, written after its changes)", own, own_x, load_gold(DATA / "gold_later.json")),
    ]
    print(
        f"factscope extraction quality (pipeline {PIPELINE_VERSION}; {len(bundled) + len(own)} articles in {seconds:.2f} s)"
    )
    print("targets: claims >= 0.95, numbers >= 0.95, speakers >= 0.90, xrefs >= 0.85, furniture 0, garbage 0")
    for name, articles, extraction, gold in sets:
        scores = evaluate(gold, extraction, file_map(articles))
        c = scores.counts
        print(f"\n{name}: {c['gold_claims']} gold claims, {c['gold_xrefs']} gold xrefs")
        print(f"  {scores.as_row()}")
        print(f"  extracted: {c['claims']} claims, {c['xrefs']} xrefs")
        print(f"  {_splitter_agreement(articles, gold)}")
        if args.misses:
            for miss in scores.misses:
                print(f"    {miss}")
    print(f"\n{_splitter_accuracy()}")
    for name, extraction in (("bundled", bundled_x), ("own", own_x)):
        kinds = Counter(c.kind for c in extraction.claims)
        relations = Counter(x.relation for x in extraction.xrefs)
        attributed = sum(1 for c in extraction.claims if c.speaker)
        with_figures = sum(1 for c in extraction.claims if c.quantities)
        dated = sum(1 for c in extraction.claims if c.date)
        print(f"\n{name}: kinds {dict(kinds)}")
        print(f"  relations {dict(relations)}")
        print(
            f"  {attributed}/{len(extraction.claims)} claims attributed, {with_figures} with figures, {dated} dated, "
            f"{len(extraction.entities)} entities"
        )


if __name__ == "__main__":
    main()
