"""Headline quotes against the body: the body quote(s) each stands for, and how
faithful it is (verbatim, shortened, paraphrased, or not found in the body)."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from malmoi.model import Article, Fidelity, Quote, Speaker
from malmoi.quotes.lexicon import is_group
from malmoi.quotes.mentions import People, _full_korean

_FOLD = re.compile(r"[\W_]+")


def fold(s: str) -> str:
    return _FOLD.sub("", s)


def stems(s: str) -> list[str]:
    """Word stems good enough to compare a headline with a body quote: the first two syllables."""
    return [w[:2] for w in re.findall(r"[가-힣A-Za-z0-9]+", s) if len(w) >= 1]


def compare(head: str, body: str) -> tuple[str, float]:
    h, b = fold(head), fold(body)
    if not h or not b:
        return "not_found", 0.0
    if h == b:
        return "verbatim", 1.0
    if h in b:
        return ("verbatim" if len(h) / len(b) >= 0.9 else "shortened"), len(h) / len(b)
    if len(h) >= 4 and len(h) / len(b) >= 0.6 and _subsequence(h, b):
        return "shortened", len(h) / len(b)  # '밥먹었다' for '밥을 먹었다': particles dropped
    hs, bs = stems(head), set(stems(body))
    if not hs:
        return "not_found", 0.0
    share = sum(1 for w in hs if w in bs) / len(hs)
    if share >= 0.75 and SequenceMatcher(None, h, b, autojunk=False).ratio() >= 0.3:
        return "shortened", share
    if share >= 0.4:
        return "paraphrased", share
    return "not_found", share


def _subsequence(short: str, long: str) -> bool:
    """Every character of ``short`` stands in ``long`` in order."""
    it = iter(long)
    return all(ch in it for ch in short)


def headline_fidelity(
    quotes: list[Quote], n_heads: int, art: Article, people: People, principal: Speaker | None = None
) -> None:
    """Fill each headline quote's fidelity, and its speaker where the headline does not say:
    the body's speaker of the same words, else the page's principal speaker (the one
    interviewee of an interview page), else a person a sub-headline names."""
    order = {"verbatim": 3, "shortened": 2, "paraphrased": 1, "not_found": 0}
    for hq in quotes[:n_heads]:
        scored = []
        head = fold(hq.text)
        for j in range(n_heads, len(quotes)):
            bq = quotes[j]
            level, score = compare(hq.text, bq.text)
            if level != "not_found":
                ratio = SequenceMatcher(None, head, fold(bq.text), autojunk=False).ratio()  # breaks ties
                scored.append((order[level], bq.kind == "direct", score, ratio, j, level))
        scored.sort(key=lambda s: s[:4], reverse=True)
        best = scored[0] if scored else None
        if best is not None:
            hq.fidelity = Fidelity(best[5], [s[4] for s in scored if s[0] == best[0]][:3])  # type: ignore[arg-type]
        else:
            hq.fidelity = Fidelity("not_found", [])
        if hq.speaker.name is not None and hq.speaker.type != "unknown":
            continue
        main = _title_quote_speaker(quotes[:n_heads], explicit=best is not None)
        if hq.subtitle is not None and main is not None and hq.speaker.mention is None:
            hq.speaker = main  # a sub-headline quote with no speaker of its own continues the title's subject
            continue
        close = best is not None and best[0] >= order["shortened"]
        subject = None if close else _title_subject(art, hq, people, own_only=True)
        if subject is not None and best is not None and not any(q.speaker.name == subject.name for q in quotes[n_heads:]):
            subject = None  # '최태원 등 총출동… "…"': a person the title names but the body never quotes; the body's speaker of like words
        if subject is not None:
            hq.speaker = subject
        elif best is not None:
            src = quotes[best[4]].speaker
            hq.speaker = Speaker(src.name, hq.speaker.mention, src.title, src.org, src.type)
        elif hq.speaker.org:
            group = is_group(hq.speaker.org)  # '공항 옆 주민들 "…"': the group
            hq.speaker = Speaker(hq.speaker.org, hq.speaker.mention, None, None, "anonymous" if group else "organization")
        elif principal is not None:
            hq.speaker = Speaker(principal.name, None, principal.title, principal.org, principal.type)
        elif (named := _title_subject(art, hq, people, own_only=False)) is not None:
            hq.speaker = named  # a sub-headline names the speaker: '더불어민주당 이재명 대선 후보'


_JOINT = re.compile(r"[^\s]{0,4}(?:·|ㆍ|,\s?[가-힣]{2,4}\s?등|\s?등\s)")


def _joint(text: str, at: int, n: int) -> bool:
    """The name stands in a list of people ('최태원·손경식', '김 회장 등')."""
    return text[max(0, at - 1) : at] in ("·", "ㆍ") or _JOINT.match(text, at + n) is not None


_MARKED = re.compile(r"[\"“”][^\"“”]*[\"“”]|[‘'][^‘’']*[’']")


def _unquoted(text: str) -> str:
    return _MARKED.sub(lambda m: " " * len(m.group(0)), text)


def _title_quote_speaker(heads: list[Quote], explicit: bool = False) -> Speaker | None:
    """The speaker of the title's quote; with ``explicit``, only one the title itself names
    (a speaker found through the body is no subject a sub-headline can continue)."""
    for q in heads:
        if q.subtitle is None and q.speaker.name and (q.speaker.mention or not explicit):
            return Speaker(q.speaker.name, None, q.speaker.title, q.speaker.org, q.speaker.type)
    return None


def _title_subject(art: Article, hq: Quote, people: People, own_only: bool = True) -> Speaker | None:
    """The headline's subject: the first person its words name before the quote ('샘 알트먼, …'),
    else the first person a sub-headline names ('더불어민주당 이재명 대선 후보')."""
    own = art.title if hq.subtitle is None else art.subtitles[hq.subtitle]
    texts = [(own or "")[: hq.start]]
    if not own_only:
        # a name inside another quote's marks is what was said, not who said it
        texts += [_unquoted(s) for k, s in enumerate(art.subtitles) if k != hq.subtitle]
    for text in texts:
        best = None
        for p in people.persons:
            if not _full_korean(p.name) and not any(a in para for a in [p.name, *p.aliases] for para in art.body):
                continue  # a word only the headline writes is no name ('데자뷰 "…"')
            for a in [p.name, *p.aliases]:
                i = text.find(a) if len(a) >= 2 else -1
                if i >= 0 and (best is None or i < best[0]):
                    best = (i, p, len(a))
        if best is not None and _joint(text, best[0], best[2]):
            return None  # '최태원·손경식 등 총출동… "…"': several people, no one speaker
        if best is not None:
            p = best[1]
            return Speaker(p.name, None, p.titles[0] if p.titles else None, p.orgs[0] if p.orgs else None, "person")
    return None
