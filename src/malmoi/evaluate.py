"""Score malmoi against annotated pages: NAME.txt (or .html) beside NAME.expected.json.

Quotes are matched one to one, best text similarity first (white space and
punctuation ignored, a small difference at the edges accepted); a matched
quote is correct end to end when its speaker is right too.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from malmoi.model import Article, Rejection
from malmoi.pipeline import build_article
from malmoi.read import iter_documents

_FOLD = re.compile(r"[\s\W_]+", re.UNICODE)
_LEGAL_FORM = re.compile(r"㈜|\(주\)|주식회사")
PAGE_SUFFIXES = (".txt", ".html", ".htm", ".html.gz")
EDGE_CHARS = 10  # letters (white space and punctuation left out) that may differ at a quote's edges


def norm(s: str | None) -> str:
    return _FOLD.sub("", unicodedata.normalize("NFKC", s or "")).lower()


def similarity(a: str, b: str) -> float:
    a, b = norm(a), norm(b)
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    short, long_ = sorted((a, b), key=len)
    if short in long_:
        r = len(short) / len(long_)
        if r >= 0.8:
            return r
        # a small difference at the edges (a few words) is accepted, whatever the length
        return 0.8 if len(long_) - len(short) <= EDGE_CHARS else 0.8 * r
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def match(gold: list[dict[str, Any]], pred: list[dict[str, Any]], threshold: float = 0.8) -> list[tuple[int, int]]:
    """Greedy best-first pairs by text similarity; a headline quote pairs with a headline quote first."""
    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            s = similarity(g.get("text", ""), p.get("text", ""))
            if s >= threshold:
                pairs.append(((g.get("in") or "body") == (p.get("in") or "body"), s, i, j))
    pairs.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, _, i, j in pairs:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        out.append((i, j))
    return out


def gold_speaker(q: dict[str, Any]) -> tuple[str, str]:
    sp = q.get("speaker")
    if isinstance(sp, dict):
        return sp.get("name") or "", sp.get("type") or ""
    return sp or "", q.get("speaker_type") or ""


def speaker_right(g: dict[str, Any], p: dict[str, Any]) -> bool:
    gname, gtype = gold_speaker(g)
    pname, ptype = gold_speaker(p)
    gname, pname = _LEGAL_FORM.sub("", gname), _LEGAL_FORM.sub("", pname)
    if norm(gname) and norm(gname) == norm(pname):
        return True
    if gtype == "anonymous" and ptype == "anonymous":
        return True
    return gtype == "unknown" and ptype in ("unknown", "") and not norm(pname)


@dataclass(slots=True)
class Report:
    counts: Counter[str] = field(default_factory=Counter)
    misses: dict[str, list[str]] = field(default_factory=dict)
    scores: dict[str, Any] = field(default_factory=dict)


def find_pages(gold_dir: Path) -> list[tuple[Path, Path]]:
    pairs = []
    for exp in sorted(gold_dir.glob("*.json")):
        name = exp.name.removesuffix(".expected.json").removesuffix(".json")
        for suf in PAGE_SUFFIXES:
            page = gold_dir / (name + suf)
            if page.exists():
                pairs.append((page, exp))
                break
    return pairs


def group_of(name: str) -> str:
    """The part of the set a page belongs to: 'r101' -> 'r1' (numbered by hundreds), 'a01' -> 'a'."""
    m = re.match(r"([A-Za-z_]+)(\d*)", name)
    if not m:
        return ""
    letters, digits = m.groups()
    return letters + digits[0] if len(digits) >= 3 else letters


def evaluate(gold_dir: Path) -> Report:
    rep = Report()
    groups: dict[str, Counter[str]] = {}
    for page, exp in find_pages(gold_dir):
        gold = json.loads(exp.read_text(encoding="utf-8"))
        art = _article(page, _gold_url(gold))
        rec = art.to_dict() if art else {}
        per_group = groups.setdefault(group_of(page.name), Counter())
        before = Counter(rep.counts)
        rep.misses[page.name] = _score_page(gold, rec, rep.counts)
        per_group.update(rep.counts - before)
    rep.scores = _scores(rep.counts)
    if len(groups) > 1:
        rep.scores["groups"] = {g: _scores(c) for g, c in sorted(groups.items())}
    return rep


def _gold_url(gold: dict[str, Any]) -> str | None:
    """The page's address, as a crawler's record would carry it."""
    about = gold.get("_about")
    url = gold.get("url") or (about.get("url") if isinstance(about, dict) else None)
    return url if isinstance(url, str) and url else None


def _article(page: Path, url: str | None = None) -> Article | None:
    for doc in iter_documents([str(page)]):
        if isinstance(doc, Rejection):
            return None
        if url and not doc.source.url:
            doc.source.url = url
        out = build_article(doc)
        return out if isinstance(out, Article) else None
    return None


def _score_page(gold: dict[str, Any], rec: dict[str, Any], c: Counter[str]) -> list[str]:
    misses: list[str] = []
    c["pages"] += 1
    if not rec:
        c["no_record"] += 1
        misses.append("no record")
    gq, pq = gold.get("quotes") or [], rec.get("quotes") or []
    c["gold"] += len(gq)
    c["pred"] += len(pq)
    pairs = match(gq, pq)
    for i, j in pairs:
        kind = gq[i].get("kind", "direct")
        ok = speaker_right(gq[i], pq[j])
        c["matched"] += 1
        c[f"matched_{kind}"] += 1
        c["correct"] += ok
        c[f"correct_{kind}"] += ok
        c["kind_ok"] += pq[j].get("kind") == kind
        if not ok:
            misses.append(f"speaker {gold_speaker(pq[j])[0]!r} should be {gold_speaker(gq[i])[0]!r}: {gq[i]['text'][:50]}")
    for q in gq:
        c[f"gold_{q.get('kind', 'direct')}"] += 1
    for q in pq:
        c[f"pred_{q.get('kind', 'direct')}"] += 1
    for _, j in pairs:
        c[f"pred_matched_{pq[j].get('kind', 'direct')}"] += 1
    got_g = {i for i, _ in pairs}
    got_p = {j for _, j in pairs}
    misses += [f"missed [{q.get('kind')}] {gold_speaker(q)[0]}: {q['text'][:60]}" for i, q in enumerate(gq) if i not in got_g]
    misses += [f"extra [{q.get('kind')}] {gold_speaker(q)[0]}: {q.get('text', '')[:60]}" for j, q in enumerate(pq) if j not in got_p]
    for nq in gold.get("not_quotes") or []:
        c["not_quotes"] += 1
        if any(similarity(nq.strip("'\"‘’“”「」『』"), q.get("text", "")) >= 0.9 for q in pq):
            c["not_quote_fp"] += 1
            misses.append(f"not a quote, but reported: {nq}")
    _score_fields(gold, rec, c, misses)
    return misses


def _score_fields(gold: dict[str, Any], rec: dict[str, Any], c: Counter[str], misses: list[str]) -> None:
    if gold.get("title"):
        c["title_n"] += 1
        ok = similarity(gold["title"], rec.get("title") or "") >= 0.9
        c["title_ok"] += ok
        if not ok:
            misses.append(f"title {rec.get('title')!r} should be {gold['title']!r}")
    if gold.get("outlet"):
        c["outlet_n"] += 1
        ok = norm(gold["outlet"]) == norm(rec.get("outlet"))
        c["outlet_ok"] += ok
        if not ok:
            misses.append(f"outlet {rec.get('outlet')!r} should be {gold['outlet']!r}")
    if "reporters" in gold:
        c["reporters_n"] += 1
        g = sorted(norm(r["name"] if isinstance(r, dict) else r) for r in gold["reporters"] or [])
        p = sorted(norm(r["name"]) for r in rec.get("reporters") or [])
        c["reporters_ok"] += g == p
        if g != p:
            misses.append(f"reporters {p} should be {g}")
    for key in ("published", "modified"):
        if gold.get(key):
            c[f"{key}_n"] += 1
            want = gold[key][:16]
            ok = (rec.get(key) or "")[: len(want)] == want
            c[f"{key}_ok"] += ok
            if not ok:
                misses.append(f"{key} {rec.get(key)!r} should be {gold[key]!r}")
    if gold.get("body"):
        c["body_n"] += 1
        ok = [norm(x) for x in gold["body"]] == [norm(x) for x in rec.get("body") or []]
        c["body_ok"] += ok
        if not ok:
            misses.append(f"body differs: {len(rec.get('body') or [])} paragraphs, expected {len(gold['body'])}")


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 3) if b else None


def _scores(c: Counter[str]) -> dict[str, Any]:
    p, r = _ratio(c["correct"], c["pred"]), _ratio(c["correct"], c["gold"])
    s: dict[str, Any] = {
        "pages": c["pages"],
        "gold_quotes": c["gold"],
        "predicted_quotes": c["pred"],
        "detect_precision": _ratio(c["matched"], c["pred"]),
        "detect_recall": _ratio(c["matched"], c["gold"]),
        "speaker_accuracy": _ratio(c["correct"], c["matched"]),
        "e2e_precision": p,
        "e2e_recall": r,
        "e2e_f1": round(2 * p * r / (p + r), 3) if p and r else 0.0,
    }
    for kind in ("direct", "indirect"):
        kp = _ratio(c[f"correct_{kind}"], c[f"pred_{kind}"])
        kr = _ratio(c[f"correct_{kind}"], c[f"gold_{kind}"])
        s[f"{kind}_detect_precision"] = _ratio(c[f"pred_matched_{kind}"], c[f"pred_{kind}"])
        s[f"{kind}_detect_recall"] = _ratio(c[f"matched_{kind}"], c[f"gold_{kind}"])
        s[f"{kind}_e2e_f1"] = round(2 * kp * kr / (kp + kr), 3) if kp and kr else 0.0
    s["not_quote_false_positives"] = f"{c['not_quote_fp']}/{c['not_quotes']}"
    for f in ("title", "outlet", "reporters", "published", "modified", "body"):
        s[f"{f}_accuracy"] = _ratio(c[f"{f}_ok"], c[f"{f}_n"])
    return s


def format_report(rep: Report, verbose: bool = False) -> str:
    lines = []
    if verbose:
        for page, misses in rep.misses.items():
            for m in misses:
                lines.append(f"{page}: {m}")
    flat = {k: v for k, v in rep.scores.items() if k != "groups"}
    width = max(len(k) for k in flat)
    lines += [f"{k.ljust(width)}  {'n/a' if v is None else v}" for k, v in flat.items()]  # n/a: nothing to score
    for g, sc in (rep.scores.get("groups") or {}).items():
        lines.append(
            f"group {g}: pages {sc['pages']}, quotes {sc['gold_quotes']}, e2e F1 {sc['e2e_f1']}"
            f" (direct {sc['direct_e2e_f1']}, indirect {sc['indirect_e2e_f1']}),"
            f" detect P/R {sc['detect_precision']}/{sc['detect_recall']}, speaker {sc['speaker_accuracy']};"
            f" title {sc['title_accuracy']}, outlet {sc['outlet_accuracy']},"
            f" reporters {sc['reporters_accuracy']}, published {sc['published_accuracy']}"
        )
    return "\n".join(lines)
