"""A validator for the ``factscope.export/3`` interchange format (docs/export-format.md).

Returns a list of problems (empty when the document is valid) so a failing test
says exactly which field is wrong.
"""

from __future__ import annotations

from corpus.model import CERTAINTIES, CLAIM_KINDS, RELATIONS

NUMBER = (int, float)
OPT_STR = (str, type(None))
OPT_NUM = (int, float, type(None))

ARTICLE = {
    "id": str,
    "title": OPT_STR,
    "outlet": OPT_STR,
    "authors": list,
    "published": OPT_STR,
    "published_estimated": bool,
    "source_file": str,
}
CLAIM = {
    "id": str,
    "article_id": str,
    "start": int,
    "end": int,
    "text": str,
    "kind": str,
    "speaker": OPT_STR,
    "certainty": str,
    "quantities": list,
    "entities": list,
    "date": OPT_STR,
    "attributions": list,
    "credibility": dict,
}
CREDIBILITY = {"reports": int, "origins": int, "against": int, "grade": int, "grade_label": str}
OPT_INT = (int, type(None))
ATTRIBUTION = {
    "speaker": OPT_STR,
    "chain": list,
    "how": str,
    "source_start": OPT_INT,
    "source_end": OPT_INT,
    "cue_start": OPT_INT,
    "cue_end": OPT_INT,
    "content_start": int,
    "content_end": int,
    "source_text": OPT_STR,
    "cue_text": OPT_STR,
    "cue_kind": OPT_STR,
}
QUANTITY = {
    "text": str,
    "value": OPT_NUM,
    "low": OPT_NUM,
    "high": OPT_NUM,
    "unit": OPT_STR,
    "measure": OPT_STR,
    "change": str,
    "from_value": OPT_NUM,
    "pair": (list, type(None)),
    "counted": OPT_STR,
    "counted_lemma": OPT_STR,
    "period": OPT_STR,
}
XREF = {"source": str, "target": str, "relation": str, "score": NUMBER, "reason": str, "rule": OPT_STR, "matched": list}


def _shape(where: str, obj: object, shape: dict) -> list[str]:
    if not isinstance(obj, dict):
        return [f"{where}: not an object"]
    problems = [f"{where}: missing key {key!r}" for key in shape if key not in obj]
    problems += [f"{where}: unexpected key {key!r}" for key in obj if key not in shape]
    for key, types in shape.items():
        value = obj.get(key)
        if key in obj and (not isinstance(value, types) or (isinstance(value, bool) and bool not in _tuple(types))):
            problems.append(f"{where}.{key}: {type(value).__name__} is not {types}")
    return problems


def _attribution(where: str, span: object, body: str) -> list[str]:
    problems = _shape(where, span, ATTRIBUTION)
    if problems:
        return problems
    if not 0 <= span["content_start"] <= span["content_end"] <= len(body):
        problems.append(f"{where}: content offsets outside the body")
    for part in ("source", "cue"):
        start, end, text = span[f"{part}_start"], span[f"{part}_end"], span[f"{part}_text"]
        if (start is None) != (text is None) or (start is not None and body[start:end] != text):
            problems.append(f"{where}: body[{part}_start:{part}_end] != {part}_text")
    return problems


def _tuple(types) -> tuple:
    return types if isinstance(types, tuple) else (types,)


def validate_export(doc: object, bodies: dict[str, str]) -> list[str]:
    """Problems with ``doc``; ``bodies`` maps article id -> stored body for the offset check."""
    if not isinstance(doc, dict):
        return ["document: not an object"]
    problems = _shape("document", doc, {"schema": str, "articles": list, "claims": list, "xrefs": list})
    if problems:
        return problems
    if doc["schema"] != "factscope.export/3":
        problems.append(f"schema: {doc['schema']!r}")
    article_ids = set()
    for i, article in enumerate(doc["articles"]):
        problems += _shape(f"articles[{i}]", article, ARTICLE)
        article_ids.add(article.get("id"))
        if not all(isinstance(a, str) for a in article.get("authors", [])):
            problems.append(f"articles[{i}].authors: not all strings")
    claim_ids = set()
    for i, claim in enumerate(doc["claims"]):
        where = f"claims[{i}]"
        found = _shape(where, claim, CLAIM)
        problems += found
        if found:
            continue
        claim_ids.add(claim["id"])
        if claim["article_id"] not in article_ids:
            problems.append(f"{where}: article {claim['article_id']} not exported")
        body = bodies.get(claim["article_id"])
        if body is None or body[claim["start"] : claim["end"]] != claim["text"]:
            problems.append(f"{where}: body[start:end] != text")
        if claim["kind"] not in CLAIM_KINDS:
            problems.append(f"{where}.kind: {claim['kind']!r}")
        if claim["certainty"] not in CERTAINTIES:
            problems.append(f"{where}.certainty: {claim['certainty']!r}")
        if not all(isinstance(e, str) for e in claim["entities"]):
            problems.append(f"{where}.entities: not all strings")
        for j, quantity in enumerate(claim["quantities"]):
            problems += _shape(f"{where}.quantities[{j}]", quantity, QUANTITY)
        problems += _shape(f"{where}.credibility", claim["credibility"], CREDIBILITY)
        if not 1 <= claim["credibility"].get("grade", 0) <= 6:
            problems.append(f"{where}.credibility.grade: outside 1..6")
        for j, span in enumerate(claim["attributions"]):
            problems += _attribution(f"{where}.attributions[{j}]", span, body or "")
    for i, xref in enumerate(doc["xrefs"]):
        found = _shape(f"xrefs[{i}]", xref, XREF)
        problems += found
        if found:
            continue
        if xref["relation"] not in RELATIONS:
            problems.append(f"xrefs[{i}].relation: {xref['relation']!r}")
        if not 0 <= xref["score"] <= 1:
            problems.append(f"xrefs[{i}].score: {xref['score']} outside 0..1")
        for end in ("source", "target"):
            if xref[end] not in claim_ids:
                problems.append(f"xrefs[{i}].{end}: claim {xref[end]} not exported")
    return problems
