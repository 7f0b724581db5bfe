"""Print how well factscope's cross-references join what an analyst would join.

Run: .venv/bin/python tests/bench/eval_links.py [--misses] [--only ecb|clusters|bundled] [--topics 1-35]
     [--story PREFIX]  (one story of the clusters alone, e.g. --story dock: how a fresh story scores)
     [--clusters DIR]  (the stories of another folder with its own gold.json, alone in their DB)

Three measurements:
1. ECB+ (shared/peer-eval/ecbplus/ beside the repo, skipped with a notice when absent): each topic's articles are
   rebuilt from their tokens and run through the real pipeline. Two annotated sentences in different
   articles of a topic that share a cross-document event chain should be linked (any relation): pair
   recall and precision over cross-article links among annotated sentences; the share of
   ``corroborates`` joining sentences about the topic's two *different* events (an ``ecb`` file against
   an ``ecbplus`` file); and a TF-IDF cosine baseline given the same number of pairs.
2. Our own development clusters (tests/data/clusters/): every link an analyst wants, with its relation,
   and pairs that must not be linked.
3. The bundled gold (tests/data/gold_sample.json + gold_extended.json) via corpus/evaluation.py.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from corpus.evaluation import evaluate, file_map, fold, load_gold
from corpus.loader import article_id, bundled_articles, load_dir
from corpus.model import Article, is_background
from corpus.pipeline import PIPELINE_VERSION, extract


def _peer_eval() -> Path:
    """FACTSCOPE_PEER_EVAL (or its old name PEER_EVAL) names the folder; else shared/peer-eval beside the
    repo, or beside the folder holding it (a worktree such as /work/wt/NAME)."""
    named = os.environ.get("FACTSCOPE_PEER_EVAL") or os.environ.get("PEER_EVAL")
    if named:
        return Path(named)
    beside = [parent / "shared" / "peer-eval" for parent in (ROOT.parent, ROOT.parent.parent)]
    return next((p for p in beside if p.is_dir()), beside[0])


PEER = _peer_eval() / "ecbplus"
DATA = ROOT / "tests" / "data"
CLUSTERS = DATA / "clusters"


# ---------------------------------------------------------------- ECB+ ----------------------------------------------


def _detokenise(tokens: list[str]) -> str:
    text = " ".join(tokens)
    text = re.sub(r" ([,.;:!?%)\]}]|'s|n't|'re|'ve|'ll|'d|'m)\b", r"\1", text)
    text = re.sub(r" ([,.;:!?%)\]}])", r"\1", text)
    text = re.sub(r"([(\[{$]) ", r"\1", text)
    text = text.replace("`` ", "\u201c").replace(" ''", "\u201d").replace("``", "\u201c").replace("''", "\u201d")
    text = re.sub(r"(\d), (\d{3})\b", r"\1,\2", text)  # "2 , 000" was one number
    return re.sub(r"(\w) - (\w)", r"\1-\2", text)  # "36 - year - old"


class EcbDoc:
    """One ECB+ file: its article (sentences one per line), sentence spans and event chains per sentence."""

    def __init__(self, path: Path) -> None:
        root = ET.parse(path).getroot()
        self.name = path.stem  # "1_10ecbplus"
        self.plus = self.name.endswith("ecbplus")
        sentences: dict[int, list[str]] = defaultdict(list)
        sentence_of: dict[str, int] = {}
        for token in root.iter("token"):
            number = int(token.get("sentence"))
            sentences[number].append(token.text or "")
            sentence_of[token.get("t_id")] = number
        lines, self.spans, pos = [], {}, 0
        for number in sorted(sentences):
            line = _detokenise(sentences[number])
            lines.append(line)
            self.spans[number] = (pos, pos + len(line))
            pos += len(line) + 1
        body = "\n".join(lines) + "\n"
        title = next((line for line in lines if not line.startswith("http") and len(line.split()) >= 3), None)
        self.article = Article(
            id=article_id(body),
            title=title,
            outlet=None,
            authors=[],
            published=None,
            published_estimated=False,
            source_file=path.name,
            body=body,
        )
        mention_sentence: dict[str, int] = {}
        markables = root.find("Markables")
        for m in markables if markables is not None else []:
            if not (m.tag.startswith("ACTION") or m.tag.startswith("NEG_ACTION")):
                continue
            anchors = [a.get("t_id") for a in m.findall("token_anchor")]
            if anchors:
                mention_sentence[m.get("m_id")] = sentence_of[anchors[0]]
        self.chains: dict[int, set[str]] = defaultdict(set)
        relations = root.find("Relations")
        for r in relations if relations is not None else []:
            note = r.get("note") or ""
            if r.tag != "CROSS_DOC_COREF" or not (note.startswith(("ACT", "NEG"))):
                continue
            for s in r.findall("source"):
                if s.get("m_id") in mention_sentence:
                    self.chains[mention_sentence[s.get("m_id")]].add(note)

    def sentences_of(self, start: int, end: int) -> list[int]:
        return [n for n, (s, e) in self.spans.items() if s < end and start < e]


def _annotated() -> dict[str, set[int]]:
    out: dict[str, set[int]] = defaultdict(set)
    lines = (PEER / "coreference_sentences.csv").read_text(encoding="utf-8").splitlines()[1:]
    for line in lines:
        topic, name, number = line.split(",")
        out[f"{topic}_{name}"].add(int(number))
    return out


Pair = tuple[tuple[str, int], tuple[str, int]]


def _pair(x: tuple[str, int], y: tuple[str, int]) -> Pair:
    return (x, y) if x < y else (y, x)


def _tfidf_pairs(docs: list[EcbDoc], annotated: dict[str, set[int]]) -> list[tuple[float, Pair]]:
    """Every cross-article pair of annotated sentences in one topic, scored by TF-IDF cosine."""
    items = []
    for d in docs:
        for n in sorted(annotated.get(d.name, ())):
            if n in d.spans:
                s, e = d.spans[n]
                items.append(((d.name, n), re.findall(r"[a-z0-9]+", d.article.body[s:e].lower())))
    df = Counter(w for _, words in items for w in set(words))
    total = len(items)
    vectors = []
    for key, words in items:
        tf = Counter(words)
        vec = {w: (1 + math.log(c)) * math.log((1 + total) / (1 + df[w])) for w, c in tf.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        vectors.append((key, {w: v / norm for w, v in vec.items()}))
    scored = []
    for i, (k1, v1) in enumerate(vectors):
        for k2, v2 in vectors[i + 1 :]:
            if k1[0] == k2[0]:
                continue
            small, big = (v1, v2) if len(v1) < len(v2) else (v2, v1)
            scored.append((sum(v * big.get(w, 0.0) for w, v in small.items()), _pair(k1, k2)))
    return scored


def _ecb_missed(docs, by_article, extraction, gold_here, predicted, annotated, unclaimed, missed) -> None:
    """Tally the topic's missed gold pairs by how many of their sentences hold a claim to link, and keep
    examples of those where both do (for --misses)."""
    claimed: dict[tuple[str, int], str] = {}
    for claim in extraction.claims:
        if is_background(claim):
            continue
        d = by_article[claim.article_id]
        for n in d.sentences_of(claim.start, claim.end):
            if n in annotated.get(d.name, ()):
                claimed.setdefault((d.name, n), claim.text)
    names = {d.name for d in docs}
    for pair in sorted(gold_here):
        if pair[0][0] not in names or pair in predicted:
            continue
        both = [claimed.get(x) for x in pair]
        unclaimed[sum(t is not None for t in both)] += 1
        if all(both):
            missed.append(f"    {pair[0][0]} ~ {pair[1][0]}: {both[0][:80]!r} ~ {both[1][:80]!r}")


def _verdict(reason: str) -> str:
    """The rule that made a link, from its reason: the verdict after "—", else the words before "about"/"on"."""
    if "—" in reason:
        return reason.rsplit("—", 1)[1].strip()[:40]
    return re.split(r" (?:about|on|\(shared)\b", reason, maxsplit=1)[0][:40]


def _ecb_topics(spec: str) -> list[int]:
    low, _, high = spec.partition("-")
    return list(range(int(low), int(high or low) + 1))


def _figures(name: str, predicted: set[Pair], corroborating: set[Pair], gold: set[Pair], plus: dict[str, bool]) -> str:
    hit = len(predicted & gold)
    precision = hit / len(predicted) if predicted else 1.0
    recall = hit / len(gold) if gold else 1.0
    wrong = sum(1 for a, b in corroborating if plus[a[0]] != plus[b[0]])
    share = wrong / len(corroborating) if corroborating else 0.0
    return (
        f"  {name:<10} pairs {len(predicted):5d}  recall {recall:.3f}  precision {precision:.3f}  "
        f"wrong-event corroborates {wrong}/{len(corroborating)} ({share:.1%})"
    )


def eval_ecb(topics: str, misses: bool) -> None:
    if not PEER.is_dir():
        print("ECB+: skipped (shared/peer-eval/ecbplus not found beside the repo)")
        return
    annotated = _annotated()
    predicted: set[Pair] = set()
    corroborating: set[Pair] = set()
    gold: set[Pair] = set()
    baseline: list[tuple[float, Pair]] = []
    plus: dict[str, bool] = {}
    relations: Counter = Counter()
    by_rule: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    wrong_examples: list[str] = []
    wrong_strong: list[str] = []  # updates and conflicts joining sentences of no common event chain
    missed: list[str] = []  # gold pairs of two claims left unlinked (examples)
    unclaimed = Counter()  # gold pairs by how many of their two sentences hold a claim to link
    n_articles = 0
    began = time.perf_counter()
    for topic in _ecb_topics(topics):
        folder = PEER / "topics" / str(topic)
        if not folder.is_dir():
            continue
        docs = [EcbDoc(p) for p in sorted(folder.glob("*.xml"))]
        docs = list({d.article.id: d for d in docs}.values())
        n_articles += len(docs)
        by_article = {d.article.id: d for d in docs}
        for d in docs:
            plus[d.name] = d.plus
        marked = [(d.name, n) for d in docs for n in annotated.get(d.name, ()) if n in d.spans]
        chains = {(d.name, n): d.chains.get(n, set()) for d in docs for n in annotated.get(d.name, ())}
        for i, x in enumerate(marked):
            for y in marked[i + 1 :]:
                if x[0] != y[0] and chains[x] & chains[y]:
                    gold.add(_pair(x, y))
        gold_here = {p for p in gold if p[0][0] in plus and p[1][0] in plus}
        extraction = extract([d.article for d in docs])
        claims = {c.id: c for c in extraction.claims}
        for xref in extraction.xrefs:
            a, b = claims[xref.source], claims[xref.target]
            da, db = by_article[a.article_id], by_article[b.article_id]
            if da is db:
                continue
            sa = [n for n in da.sentences_of(a.start, a.end) if n in annotated.get(da.name, ())]
            sb = [n for n in db.sentences_of(b.start, b.end) if n in annotated.get(db.name, ())]
            for x in sa:
                for y in sb:
                    pair = _pair((da.name, x), (db.name, y))
                    predicted.add(pair)
                    relations[xref.relation] += 1
                    rule = f"{xref.relation}: {_verdict(xref.reason)}"
                    by_rule[rule][0] += 1
                    by_rule[rule][1] += pair in gold_here
                    if xref.relation in ("updates", "conflicts") and pair not in gold_here and len(wrong_strong) < 12:
                        wrong_strong.append(
                            f"    {xref.relation}: {a.text[:70]!r} ~ {b.text[:70]!r} ({xref.reason[:80]})"
                        )
                    if xref.relation == "corroborates":
                        corroborating.add(pair)
                        if da.plus != db.plus and len(wrong_examples) < 12:
                            wrong_examples.append(f"    {a.text[:70]!r} ~ {b.text[:70]!r} ({xref.reason[:80]})")
        baseline.extend(_tfidf_pairs(docs, annotated))
        if misses:
            _ecb_missed(docs, by_article, extraction, gold_here, predicted, annotated, unclaimed, missed)
    seconds = time.perf_counter() - began
    baseline.sort(key=lambda item: -item[0])
    chosen = {pair for _, pair in baseline[: len(predicted)]}
    # The baseline's "corroborates": its links, as it names no relation.
    print(f"ECB+ topics {topics}: {n_articles} articles in {seconds:.1f} s, {len(gold)} gold cross-article pairs")
    print(_figures("factscope", predicted, corroborating, gold, plus))
    print(_figures("tf-idf", chosen, chosen, gold, plus))
    print(f"  relations of the pairs: {dict(relations)}")
    if misses:
        for rule, (n, right) in sorted(by_rule.items(), key=lambda kv: -kv[1][0]):
            print(f"    {n:5d} pairs, precision {right / n:.2f}: {rule}")
        print("  wrong-event corroborates (examples):")
        print("\n".join(wrong_examples) or "    none")
        print("  updates and conflicts between sentences of no common event (examples):")
        print("\n".join(wrong_strong) or "    none")
        print(
            f"  missed gold pairs by sentences holding a claim (2, 1, 0): {unclaimed[2]}, {unclaimed[1]}, {unclaimed[0]}"
        )
        print("  missed gold pairs of two claims (examples):")
        print("\n".join(missed[:: max(1, len(missed) // 40)][:40]) or "    none")


# ---------------------------------------------------------------- own clusters --------------------------------------


def _score_gold(name: str, articles: list[Article], gold: dict, misses: bool) -> None:
    extraction = extract(articles)
    scores = evaluate(gold, extraction, file_map(articles))
    any_relation = _any_relation_recall(gold, extraction, articles)
    print(
        f"{name}: {len(articles)} articles, {len(gold['claims'])} gold claims, {len(gold['xrefs'])} gold links, "
        f"{len(gold.get('not_xrefs', []))} must-not pairs"
    )
    precision = (
        "n/a" if scores.xref_precision is None else f"{scores.xref_precision:.3f} of {scores.strong_links} strong"
    )
    print(
        f"  recall relation-right {scores.xrefs:.3f}  any relation {any_relation[0]:.3f}  "
        f"strong-link precision {precision}  must-not linked {any_relation[1]}"
    )
    print(
        f"  claims found {scores.claims:.3f}  extracted {len(extraction.claims)} claims, {len(extraction.xrefs)} xrefs "
        f"{dict(Counter(x.relation for x in extraction.xrefs))}"
    )
    if misses:
        for miss in scores.misses:
            if miss.startswith(("xref", "wrong", "claim")):
                print(f"    {miss}")
        for miss in any_relation[2]:
            print(f"    {miss}")


def _any_relation_recall(gold: dict, extraction, articles: list[Article]) -> tuple[float, int, list[str]]:
    files = file_map(articles)
    by_file: dict[str, list] = defaultdict(list)
    for claim in extraction.claims:
        by_file[files.get(claim.article_id, "")].append(claim)
    found = {}
    for g in gold["claims"]:
        folded = fold(g["anchor"])
        claim = next((c for c in by_file.get(g["file"], []) if not is_background(c) and folded in fold(c.text)), None)
        if claim is not None:
            found[g["id"]] = claim
    links: dict[frozenset, list] = defaultdict(list)
    for x in extraction.xrefs:
        links[frozenset((x.source, x.target))].append(x)
    hits = 0
    for g in gold["xrefs"]:
        a, b = found.get(g["a"]), found.get(g["b"])
        hits += bool(a and b and links.get(frozenset((a.id, b.id))))
    bad, lines = 0, []
    for g in gold.get("not_xrefs", []):
        a, b = found.get(g["a"]), found.get(g["b"])
        for x in links.get(frozenset((a.id, b.id)), []) if a and b else []:
            bad += 1
            lines.append(f"must-not {g['a']}-{g['b']}: {x.relation} ({x.reason[:90]})")
    return hits / max(1, len(gold["xrefs"])), bad, lines


def eval_clusters(misses: bool, story: str | None = None, folder: Path = CLUSTERS) -> None:
    """All clusters built together, or with ``story`` only that story's articles, alone in their DB."""
    gold_path = folder / "gold.json"
    if not gold_path.exists():
        print(f"own clusters: none yet ({gold_path})")
        return
    gold = load_gold(gold_path)
    gold["not_xrefs"] = json.loads(gold_path.read_text(encoding="utf-8")).get("not_xrefs", [])
    articles = load_dir(folder)
    name = f"own clusters ({folder.name})"
    if story:
        articles = [a for a in articles if Path(a.source_file).name.startswith(f"{story}_")]
        ids = {g["id"] for g in gold["claims"] if g["file"].startswith(f"{story}_")}
        gold["claims"] = [g for g in gold["claims"] if g["id"] in ids]
        for key in ("xrefs", "not_xrefs"):
            gold[key] = [g for g in gold[key] if g["a"] in ids and g["b"] in ids]
        name = f"story {story!r} alone"
    _score_gold(name, articles, gold, misses)


def eval_bundled(misses: bool) -> None:
    _score_gold(
        "bundled gold (sample + extended)",
        bundled_articles(),
        load_gold(DATA / "gold_sample.json", DATA / "gold_extended.json"),
        misses,
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--misses", action="store_true", help="list the misses and the wrong links")
    parser.add_argument("--only", choices=("ecb", "clusters", "bundled"))
    parser.add_argument("--topics", default="1-35", help="ECB+ topics, e.g. 1-35 or 3")
    parser.add_argument("--story", help="score one story of the clusters alone (its file prefix, e.g. dock)")
    parser.add_argument(
        "--clusters",
        type=Path,
        help="score the stories of another folder (articles + gold.json), e.g. new stories kept out of "
        "tests/data/clusters until they have been scored once on the unchanged code",
    )
    args = parser.parse_args()
    print(f"factscope cross-reference evaluation (pipeline {PIPELINE_VERSION})")
    if args.clusters:
        eval_clusters(args.misses, args.story, args.clusters)
        return
    if args.story:
        eval_clusters(args.misses, args.story)
        return
    if args.only in (None, "ecb"):
        eval_ecb(args.topics, args.misses)
    if args.only in (None, "clusters"):
        eval_clusters(args.misses)
    if args.only in (None, "bundled"):
        eval_bundled(args.misses)


if __name__ == "__main__":
    main()
