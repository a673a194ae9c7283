"""A generated corpus with known copy clusters, wire families and quote origins.

Stories are recombined from the sentences of the bundled example pages (our own
writing): each story draws sentences (with the quotes inside them) from all the
pages, and its narrative digits are permuted, so two stories share little text.
Each story is published by one outlet, then copied (portal and board copies with
chrome lines, cut, reflowed, re-encoded) and rewritten by other outlets (a new
lead and headline, quotes shortened or reworded, a paragraph dropped), and the
rewrites are copied too. Every quote keeps ``text == paragraph[start:end]``.

The truth travels beside the records, never inside them:
``cluster`` (story, version), ``family`` (story) and, per body quote, its origin.
"""

from __future__ import annotations

import copy
import hashlib
import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Record = dict[str, Any]
REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples" / "pages"

OUTLETS = (
    "한빛일보", "새벽뉴스", "누리경제", "바른방송", "동녘신문", "가람일보", "하늬통신", "솔빛경제",
    "너울뉴스", "마루일보", "다온방송", "미리내신문",
)
PORTALS = ("네이버 뉴스", "다음 뉴스", "줌 뉴스")
BOARDS = ("자유게시판", "정치 게시판", "경제 뉴스 게시판", "유머 게시판", "생활정보 게시판")
CHROME_HEAD = ("기사 요약 보기", "글자 크기 변경", "본문 듣기 시작", "공유하기 스크랩")
CHROME_MID = ("▶ 관련기사 보기", "광고", "AD 구독 이벤트", "사진 확대")
CHROME_TAIL = (
    "좋아요 12 댓글 3", "무단전재 및 재배포 금지", "구독하고 소식 받기", "추천 0 비추천 0",
    "이 기사를 추천합니다", "출처 바로가기",
)
INTROS = (
    "{d}일 {o} 취재를 종합하면 이번 사안을 두고 안팎의 관심이 커지고 있다. 관계 기관도 대응책 마련에 나섰다.",
    "{o}가 {d}일 전한 바로는 관련 논의가 다시 불붙었다. 안팎에서 여러 목소리가 이어졌고, 당분간 논란은 이어질 것으로 보인다.",
    "지난 {d}일 나온 발언이 {o} 보도 이후 하루 만에 파장을 낳고 있다. 현장에서는 구체적인 후속 조치가 필요하다는 요구가 나온다.",
    "이번 주 들어 이 문제를 바라보는 시선이 엇갈리고 있다는 분석이 {o} 안팎에서 나온다. 쟁점은 크게 두 가지다.",
    "{d}일 오후 {o}가 지켜본 자리에서 주요 인사들이 잇따라 입장을 내놨다. 참석자들은 저마다 다른 해법을 제시했다.",
)
INVENTED = (
    "전면 재검토 불가피", "이대로는 다 무너진다", "책임지고 물러나겠다", "끝까지 싸우겠다",
    "국민께 사과드린다", "더는 못 참는다", "판을 새로 짜겠다", "결단만 남았다",
)
RECODE = {'"': "“", "'": "‘", "·": "ㆍ", "…": "...", "%": "％", "~": "∼", "(": "（", ")": "）"}
SYNONYMS = (
    ("반드시", "꼭"), ("매우", "아주"), ("지금", "현재"), ("많이", "크게"), ("우리", "저희"),
    ("정부", "당국"), ("올해", "금년"), ("문제", "사안"), ("필요하다", "시급하다"), ("것이다", "것"),
    ("하겠다", "할 계획이다"), ("있다", "있는 상황"), ("없다", "없는 형편"), ("이번", "이번에"),
)
ENDINGS = (
    ("하겠다", "할 것"), ("있다", "있습니다"), ("없다", "없습니다"), ("이다", "입니다"),
    ("했다", "했습니다"), ("한다", "합니다"), ("된다", "됩니다"), ("하다", "합니다"),
)


@dataclass(slots=True)
class Unit:
    """A sentence (or sentences a quote spans) and the quotes inside it, offsets local."""

    text: str
    quotes: list[tuple[int, int, Record]]  # start, end, quote without its place
    origin: str  # seed page and sentence


@dataclass(slots=True)
class Truth:
    cluster: dict[str, str] = field(default_factory=dict)  # article id -> true cluster
    family: dict[str, str] = field(default_factory=dict)  # article id -> story
    quote: dict[tuple[str, int], str] = field(default_factory=dict)  # body quote -> origin
    invented: set[tuple[str, int]] = field(default_factory=set)  # headline quotes nobody said
    headline: dict[tuple[str, int], str] = field(default_factory=dict)  # headline quote -> origin


def seed_records() -> list[Record]:
    """The records malmoi builds for the bundled example text pages."""
    from malmoi.model import Rejection
    from malmoi.pipeline import build_article
    from malmoi.read import iter_documents

    out = []
    for doc in iter_documents(sorted(str(p) for p in EXAMPLES.glob("*.txt"))):
        if isinstance(doc, Rejection):
            continue
        art = build_article(doc)
        if not isinstance(art, Rejection):
            out.append(art.to_dict())
    return out


def _cuts(par: str, spans: list[tuple[int, int]]) -> list[int]:
    """Sentence ends of a paragraph that fall outside every quote span."""
    ends = [m.end() for m in re.finditer(r"[.?!][\"'”’]?\s+", par)]
    return [e for e in ends if not any(s <= e - 1 < t + 2 for s, t in spans)]


def units_of(record: Record, n: int) -> list[Unit]:
    """The sentences of one record's body with the body quotes that lie inside them."""
    by_par: dict[int, list[Record]] = {}
    for q in record.get("quotes") or []:
        if q.get("in") == "body" and "paragraph_end" not in q and q.get("paragraph") is not None:
            by_par.setdefault(q["paragraph"], []).append(q)
    units = []
    for i, par in enumerate(record.get("body") or []):
        qs = by_par.get(i, [])
        cuts = [0, *_cuts(par, [(q["start"], q["end"]) for q in qs]), len(par)]
        for a, b in zip(cuts, cuts[1:], strict=False):
            text = par[a:b].rstrip()
            if len(text) < 15:
                continue
            inside = [(q["start"] - a, q["end"] - a, _bare(q)) for q in qs if a <= q["start"] and q["end"] <= a + len(text)]
            units.append(Unit(text, inside, f"s{n}.{i}.{a}"))
    return units


def _bare(q: Record) -> Record:
    return {k: copy.deepcopy(v) for k, v in q.items() if k not in ("paragraph", "start", "end", "in", "fidelity")}


def _mk_id(*parts: object) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:16]


class Generator:
    """``Generator(seed).corpus(n)`` → (records, truth)."""

    def __init__(self, seeds: list[Record], seed: int = 7) -> None:
        self.rng = random.Random(seed)
        self.units = [u for n, r in enumerate(seeds) for u in units_of(r, n)]
        self.quoted = [u for u in self.units if any(q["speaker"].get("type") == "person" for *_, q in u.quotes)]
        self.plain = [u for u in self.units if not u.quotes and len(u.text) >= 40]
        self.records: list[Record] = []
        self.truth = Truth()

    # one story

    def _digits(self) -> dict[str, str]:
        d = list("0123456789")
        self.rng.shuffle(d)
        return dict(zip("0123456789", d, strict=True))

    def _localise(self, u: Unit, digits: dict[str, str]) -> Unit:
        """Permute the digits outside the quotes, so stories differ; offsets stay."""
        chars = list(u.text)
        inside = {i for s, e, _ in u.quotes for i in range(s, e)}
        for i, ch in enumerate(chars):
            if i not in inside and ch in digits:
                chars[i] = digits[ch]
        quotes = [(st, e, {**q, "_origin": f"{u.origin}:{st}"}) for st, e, q in u.quotes]
        return Unit("".join(chars), quotes, u.origin)

    def _figures(self) -> Unit:
        """A sentence of the story's own figures: no two stories (or rewrites) lead alike."""
        n, m, d = self.rng.randint(100, 99_999), self.rng.randint(10, 9_999), self.rng.randint(1, 28)
        return Unit(f"{d}일 집계로는 관련 건수가 {n:,}건, 예산은 {m:,}억원 규모다.", [], "figures")

    def _story_units(self) -> list[Unit]:
        target = self.rng.randint(450, 1100)
        first = self.rng.choice(self.quoted)
        picked, size, seen = [first], len(first.text), {first.origin}
        who = {q["speaker"].get("name"): q["speaker"].get("org") for *_, q in first.quotes}
        while size < target:
            u = self.rng.choice(self.units)
            names = {q["speaker"].get("name"): q["speaker"].get("org") for *_, q in u.quotes}
            if u.origin in seen or any(n in who and who[n] != o for n, o in names.items()):
                continue  # one name, two people: not in one story
            seen.add(u.origin)
            who.update(names)
            picked.append(u)
            size += len(u.text)
        digits = self._digits()
        return [self._figures(), *(self._localise(u, digits) for u in picked)]

    def _paragraphs(self, units: list[Unit]) -> list[list[Unit]]:
        pars, i = [], 0
        while i < len(units):
            k = self.rng.choice((1, 1, 2, 2, 3))
            pars.append(units[i : i + k])
            i += k
        return pars

    def _record(self, rid: str, outlet: str, published: str, title: str, pars: list[list[Unit]]) -> tuple[Record, list[str]]:
        body, quotes, origins = [], [], []
        for p, units in enumerate(pars):
            text = ""
            for u in units:
                off = len(text) + (1 if text else 0)
                text = f"{text} {u.text}" if text else u.text
                for s, e, q in u.quotes:
                    quotes.append({**copy.deepcopy(q), "in": "body", "paragraph": p, "start": off + s, "end": off + e})
                    origins.append(q["_origin"])
            body.append(text)
        rec = {
            "id": rid, "source": {"path": f"gen/{rid}.txt", "format": "text", "encoding": "utf-8"},
            "repost": None, "outlet": outlet, "title": title, "subtitles": [], "section": None,
            "reporters": [], "published": published, "modified": None, "body": body, "captions": [],
            "related": [], "quotes": quotes, "people": [], "language": "ko", "warnings": [],
        }
        for q in quotes:
            q.pop("_origin", None)
        return rec, origins

    def _people(self, rec: Record) -> None:
        people: dict[str, Record] = {}
        for q in rec["quotes"]:
            s = q["speaker"]
            if s.get("type") != "person" or not s.get("name"):
                continue
            p = people.setdefault(s["name"], {"name": s["name"], "aliases": [], "titles": [], "orgs": []})
            for key, val in (("aliases", s.get("mention")), ("titles", s.get("title")), ("orgs", s.get("org"))):
                if val and val not in p[key]:
                    p[key].append(val)
        rec["people"] = list(people.values())

    def _headline(self, rec: Record, invented: bool) -> tuple[int, str | None]:
        """Put a quote in the title: a body quote shortened, or words nobody said."""
        persons = [i for i, q in enumerate(rec["quotes"]) if q["speaker"].get("type") == "person" and q["in"] == "body"]
        if not persons:
            rec["title"] = rec["body"][0][:30]
            return -1, None
        i = self.rng.choice(persons)
        q = rec["quotes"][i]
        words = q["text"].split()
        if invented:
            said, level = self.rng.choice(INVENTED), "not_found"
        else:
            said = " ".join(words[: max(2, (len(words) + 1) // 2)])
            level = "verbatim" if said == q["text"] else "shortened"
        head = q["speaker"]["name"]
        rec["title"] = f'{head} "{said}"'
        hq = {**copy.deepcopy(q), "text": said, "in": "headline", "paragraph": None,
              "start": len(head) + 2, "end": len(head) + 2 + len(said), "verb": None,
              "fidelity": {"level": level, "body_quotes": [] if invented else [i + 1]}}
        rec["quotes"].insert(0, hq)
        return 0, None if invented else str(i)

    # transformations of a copy

    def _recode(self, rec: Record) -> None:
        """Characters as another site's encoding or font gives them; offsets follow."""
        table = {k: v for k, v in RECODE.items() if self.rng.random() < 0.6}
        conv = lambda s: "".join(table.get(c, c) for c in s)  # noqa: E731
        for q in rec["quotes"]:
            if q["in"] == "body":
                par = rec["body"][q["paragraph"]]
                q["start"], q["end"] = len(conv(par[: q["start"]])), len(conv(par[: q["end"]]))
                q["text"] = conv(q["text"])
        rec["body"] = [conv(p) for p in rec["body"]]

    def _reflow(self, rec: Record) -> None:
        """Merge two paragraphs, or break lines and spaces differently."""
        body = rec["body"]
        if len(body) > 2 and self.rng.random() < 0.6:
            i = self.rng.randrange(len(body) - 1)
            shift = len(body[i]) + 1
            for q in rec["quotes"]:
                if q["in"] == "body" and q["paragraph"] == i + 1:
                    q["paragraph"], q["start"], q["end"] = i, q["start"] + shift, q["end"] + shift
                elif q["in"] == "body" and q["paragraph"] > i + 1:
                    q["paragraph"] -= 1
            rec["body"] = [*body[:i], body[i] + " " + body[i + 1], *body[i + 2 :]]
        else:
            rec["body"] = [p.replace(". ", ".  ", 1) for p in body]
            for q in rec["quotes"]:
                if q["in"] == "body":
                    par = body[q["paragraph"]]
                    pos = par.find(". ")
                    if 0 <= pos < q["start"]:
                        q["start"], q["end"] = q["start"] + 1, q["end"] + 1
                    elif 0 <= pos < q["end"]:
                        q["text"] = q["text"].replace(". ", ".  ", 1)
                        q["end"] += 1

    def _cut(self, rec: Record) -> None:
        """Keep the first part of the body (a portal teaser, a board excerpt)."""
        body = rec["body"]
        total = sum(map(len, body))
        keep = int(total * self.rng.uniform(0.35, 0.9))
        out, size = [], 0
        for p in body:
            if size + len(p) <= keep:
                out.append(p)
                size += len(p)
                continue
            room = keep - size
            if room > 20:
                out.append(p[:room])
            break
        rec["body"] = out
        rec["quotes"] = [
            q for q in rec["quotes"]
            if q["in"] != "body" or (q["paragraph"] < len(out) and q["end"] <= len(out[q["paragraph"]]))
        ]

    def _chrome(self, rec: Record) -> None:
        """A line of portal or board chrome that the body reader let through."""
        r = self.rng.random()
        if r < 0.4:
            rec["body"] = [*rec["body"], self.rng.choice(CHROME_TAIL)]
            return
        at = 0 if r < 0.8 or len(rec["body"]) < 3 else self.rng.randrange(1, len(rec["body"]))
        line = self.rng.choice(CHROME_HEAD if at == 0 else CHROME_MID)
        rec["body"] = [*rec["body"][:at], line, *rec["body"][at:]]
        for q in rec["quotes"]:
            if q["in"] == "body" and q["paragraph"] >= at:
                q["paragraph"] += 1

    def _copy(self, src: Record, n: int) -> tuple[Record, list[int]]:
        """One copy of ``src``; returns it and, for each of its quotes, the source quote's index."""
        rec = copy.deepcopy(src)
        for i, q in enumerate(rec["quotes"]):
            q["_i"] = i
        rec["id"] = _mk_id(src["id"], "copy", n)
        rec["source"] = {"path": f"gen/{rec['id']}.txt", "format": "text", "encoding": "utf-8"}
        kind = self.rng.choice(("portal", "board", "board", "mirror"))
        if kind == "board":
            rec["repost"] = {"site": self.rng.choice(BOARDS), "author": f"nick{self.rng.randrange(999)}",
                             "posted": (src["published"] or "")[:10], "title": f"[{src['outlet']}] {src['title']}"}
        elif kind == "mirror":
            rec["repost"] = {"site": None, "author": None, "posted": None, "title": None}
        for step, p in ((self._cut, 0.4), (self._reflow, 0.6), (self._recode, 0.5), (self._chrome, 0.5)):
            if self.rng.random() < p:
                step(rec)
        order = [q.pop("_i") for q in rec["quotes"]]
        return rec, order

    # a rewrite by another outlet

    def _reword(self, text: str) -> str:
        """One to three edits a copy desk makes: an ending, a synonym, a word dropped or moved."""
        for _ in range(self.rng.randint(1, 3)):
            op = self.rng.randrange(4)
            words = text.split()
            if op == 0:
                for old, new in ENDINGS:
                    if text.endswith(old):
                        text = text[: -len(old)] + new
                        break
            elif op == 1:
                pairs = [(a, b) for a, b in SYNONYMS if a in text]
                if pairs:
                    a, b = self.rng.choice(pairs)
                    text = text.replace(a, b, 1)
            elif op == 2 and len(words) >= 5:
                del words[self.rng.randrange(1, len(words) - 1)]
                text = " ".join(words)
            elif op == 3 and len(words) >= 4:
                i = self.rng.randrange(len(words) - 2)
                words[i], words[i + 1] = words[i + 1], words[i]
                text = " ".join(words)
        return text

    def _shorten(self, text: str) -> str:
        words = text.split()
        if len(words) < 4:
            return text
        k = self.rng.randint((len(words) + 1) // 2, len(words) - 1)
        return " ".join(words[:k]) if self.rng.random() < 0.5 else " ".join(words[-k:])

    def _rewrite_units(self, pars: list[list[Unit]], outlet: str) -> list[list[Unit]]:
        """A new lead around the lead's quotes, quotes edited, one paragraph dropped."""
        lead_quotes = [q for u in pars[0] for _, _, q in u.quotes]
        intro = self.rng.choice(INTROS).format(d=self.rng.randint(1, 28), o=outlet)
        digits = self._digits()
        other = " ".join(self._localise(u, digits).text for u in self.rng.sample(self.plain, 1))
        lead = [Unit(f"{self._figures().text} {other} {intro}", [], "intro")]  # its own words first
        for q in lead_quotes:
            said = self._variant(q["text"])
            name = q["speaker"].get("name") or "관계자"
            pre = f'{name}{"" if q["speaker"].get("type") != "person" else " " + (q["speaker"].get("title") or "")}은 "'
            lead.append(Unit(f'{pre}{said}"라고 말했다.', [(len(pre), len(pre) + len(said), {**q, "text": said})], "lead"))
        rest = [list(p) for p in pars[1:]]
        if len(rest) > 3:
            del rest[self.rng.randrange(1, len(rest) - 1)]
        out = [lead]
        for p in rest:
            out.append([self._edit_unit(u) for u in p])
        return out

    def _variant(self, text: str) -> str:
        r = self.rng.random()
        if r < 0.3:
            return self._reword(text)
        if r < 0.5:
            return self._shorten(text)
        return text

    def _edit_unit(self, u: Unit) -> Unit:
        if not u.quotes or self.rng.random() < 0.5:
            return u
        text, quotes, shift = u.text, [], 0
        for s, e, q in u.quotes:
            said = self._variant(q["text"])
            s2 = s + shift
            text = text[:s2] + said + text[s2 + (e - s) :]
            quotes.append((s2, s2 + len(said), {**q, "text": said}))
            shift += len(said) - (e - s)
        return Unit(text, quotes, u.origin)

    # the corpus

    def _publish(self, rec: Record, origins: list[str], cluster: str, story: str) -> None:
        self.records.append(rec)
        self.truth.cluster[rec["id"]] = cluster
        self.truth.family[rec["id"]] = story
        for i, q in enumerate(rec["quotes"]):
            if q["in"] == "body":
                origin = origins[i]
                scope = "" if q["speaker"].get("type") in ("person", "organization") else story
                self.truth.quote[(rec["id"], i)] = f"{scope}|{origin}"

    def _version(self, story: str, v: int, pars: list[list[Unit]], outlet: str, when: str, invented: bool) -> None:
        rid = _mk_id(story, v)
        rec, origins = self._record(rid, outlet, when, "", pars)
        head, body_i = self._headline(rec, invented)
        if head == 0:
            origins.insert(0, "")
        self._people(rec)
        cluster = f"{story}/{v}"
        self._publish(rec, origins, cluster, story)
        if head == 0:
            key = (rid, 0)
            if invented:
                self.truth.invented.add(key)
            elif body_i is not None:
                self.truth.headline[key] = self.truth.quote[(rid, int(body_i) + 1)]
        for n in range(self.rng.choice((0, 1, 1, 2, 3, 4))):
            dup, order = self._copy(rec, n)
            self._publish(dup, [origins[i] for i in order], cluster, story)
            if head == 0 and invented:
                self.truth.invented.add((dup["id"], 0))
            elif head == 0 and (rid, 0) in self.truth.headline:
                self.truth.headline[(dup["id"], 0)] = self.truth.headline[(rid, 0)]

    def story(self, s: int) -> None:
        story = f"st{s}"
        pars = self._paragraphs(self._story_units())
        outlets = self.rng.sample(OUTLETS, 4)
        day = self.rng.randint(1, 28)
        when = f"2025-03-{day:02d}T{self.rng.randint(6, 20):02d}:00:00+09:00"
        self._version(story, 0, pars, outlets[0], when, False)
        for v in range(1, self.rng.choice((0, 0, 1, 1, 2)) + 1):
            later = f"2025-03-{day:02d}T{21 + v:02d}:{self.rng.randint(0, 59):02d}:00+09:00"
            self._version(story, v, self._rewrite_units(pars, outlets[v]), outlets[v], later, self.rng.random() < 0.3)

    def corpus(self, n: int) -> tuple[list[Record], Truth]:
        s = 0
        while len(self.records) < n:
            self.story(s)
            s += 1
        order = list(range(len(self.records)))
        self.rng.shuffle(order)
        return [self.records[i] for i in order], self.truth


def stream(n: int, seed: int = 7, seeds: list[Record] | None = None) -> Iterator[Record]:
    """``n`` records story by story, truth dropped as it goes (for memory measurements)."""
    gen = Generator(seeds if seeds is not None else seed_records(), seed)
    made, s = 0, 0
    while made < n:
        gen.story(s)
        s += 1
        made += len(gen.records)
        yield from gen.records
        gen.records = []
        gen.truth = Truth()


def generate(n: int, seed: int = 7, seeds: list[Record] | None = None) -> tuple[list[Record], Truth]:
    return Generator(seeds if seeds is not None else seed_records(), seed).corpus(n)


def main() -> None:  # pragma: no cover - a helper for looking at the corpus
    import sys

    recs, truth = generate(int(sys.argv[1]) if len(sys.argv) > 1 else 50)
    for r in recs:
        print(json.dumps({**r, "_truth": truth.cluster[r["id"]]}, ensure_ascii=False))


if __name__ == "__main__":  # pragma: no cover
    main()
