"""Invented Korean records for tests, demos and benchmarks (no text from any outlet).

Every quote's offsets are right: ``text == paragraph[start:end]``.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from typing import Any

from malmoi.store.records import Record


@dataclass(slots=True, frozen=True)
class Who:
    name: str
    title: str
    org: str
    short: str  # how later sentences name them, e.g. "이 의원"


PEOPLE = (
    Who("이영", "의원", "미래당", "이 의원"),
    Who("김철", "장관", "산업부", "김 장관"),
    Who("박서연", "대표", "한빛전자", "박 대표"),
    Who("최민준", "교수", "누리대학교", "최 교수"),
    Who("정하늘", "위원장", "기후위원회", "정 위원장"),
    Who("이영호", "시장", "새솔시", "이 시장"),
    Who("한도윤", "대변인", "국민당", "한 대변인"),
    Who("윤지아", "연구원", "바다연구소", "윤 연구원"),
)
OUTLETS = ("한빛일보", "새벽뉴스", "누리경제", "바른방송")
TOPICS = (
    "반도체",
    "수출",
    "국회",
    "예산",
    "기후",
    "일자리",
    "교육",
    "금리",
    "주택",
    "의료",
    "인공지능",
    "전기차",
    "배터리",
    "물가",
)
CLAIMS = (
    "{t} 문제는 더 미룰 수 없다",
    "올해 안에 {t} 대책을 내놓겠다",
    "{t} 분야에 투자를 늘려야 한다",
    "{t} 정책은 현장의 목소리를 들어야 한다",
    "{t}에 대한 논의가 부족했다",
    "{t} 경쟁력이 곧 나라의 힘이다",
)
ORG_CLAIM = "{t} 계획을 다시 검토하겠다"
VERBS = ("말했다", "밝혔다", "강조했다", "덧붙였다", "설명했다")


def josa(word: str, pair: str) -> str:
    """``word`` with the particle of ``pair`` ("은는", "이가", "과와") its last syllable takes."""
    last = ord(word[-1]) - 0xAC00
    closed = 0 <= last < 11172 and last % 28 != 0
    return word + (pair[0] if closed else pair[1])


def make_id(seed: str) -> str:
    return hashlib.sha1(seed.encode("utf-8")).hexdigest()[:16]


def speaker(who: Who, mention: str) -> dict[str, Any]:
    return {
        "name": who.name,
        "mention": mention,
        "title": who.title,
        "org": who.org,
        "type": "person",
    }


def quote(
    text: str,
    para: str,
    index: int,
    who: Who,
    mention: str,
    verb: str,
    *,
    place: str = "body",
    kind: str = "direct",
    addressee: str | None = None,
    after: int = 0,
) -> dict[str, Any]:
    """A quote whose offsets are found in ``para`` (searching from ``after``)."""
    start = para.index(text, after)
    q: dict[str, Any] = {
        "text": text,
        "kind": kind,
        "in": place,
        "paragraph": None if place == "headline" else index,
        "start": start,
        "end": start + len(text),
        "verb": verb,
        "speaker": speaker(who, mention),
        "addressee": addressee,
        "via": None,
    }
    return q


def person(who: Who) -> dict[str, Any]:
    return {
        "name": who.name,
        "aliases": [f"{who.name} {who.title}", who.short],
        "titles": [who.title],
        "orgs": [who.org],
    }


def record(
    key: str,
    *,
    title: str,
    body: list[str],
    quotes: list[dict[str, Any]],
    people: list[Who],
    outlet: str,
    published: str,
    captions: list[dict[str, Any]] | None = None,
) -> Record:
    return {
        "id": make_id(key),
        "source": {"path": f"synth/{key}.txt", "format": "text"},
        "repost": None,
        "outlet": outlet,
        "title": title,
        "subtitles": [],
        "section": "정치",
        "reporters": [{"name": "홍기자", "email": "hong@example.com"}],
        "published": published,
        "modified": None,
        "body": body,
        "captions": captions or [],
        "related": [{"title": "관련 기사 제목", "date": published[:10]}],
        "quotes": quotes,
        "people": [person(w) for w in people],
        "language": "ko",
        "warnings": [],
    }


def article(rng: random.Random, i: int) -> Record:
    """One templated article: three to five paragraphs, a quote or two in each."""
    a, b = rng.sample(PEOPLE, 2)
    topic = rng.choice(TOPICS)
    body: list[str] = []
    quotes: list[dict[str, Any]] = []
    for p in range(rng.randint(3, 5)):
        who = a if p % 2 == 0 else b
        claim = rng.choice(CLAIMS).format(t=rng.choice(TOPICS) if p else topic)
        verb = rng.choice(VERBS)
        mention = f"{who.name} {who.org} {who.title}" if p < 2 else who.short
        to = (b if who is a else a).name if rng.random() < 0.2 else None
        lead = f"{b.short if who is a else a.short}에게 " if to else ""
        para = f'{josa(mention, "은는")} {lead}"{claim}"라고 {verb}. 이날 {rng.choice(TOPICS)} 관련 회의가 열렸다.'
        body.append(para)
        quotes.append(quote(claim, para, p, who, mention, verb, addressee=to))
    day = 1 + i % 28
    return record(
        f"bench-{i}",
        title=f"{a.name} {a.title}, {topic} 두고 {b.name} {josa(b.title, '과와')} 논의",
        body=body,
        quotes=quotes,
        people=[a, b],
        outlet=OUTLETS[i % len(OUTLETS)],
        published=f"2024-{1 + i % 12:02d}-{day:02d}T{9 + i % 9:02d}:00:00+09:00",
    )


def articles(n: int, seed: int = 5) -> list[Record]:
    rng = random.Random(seed)
    return [article(rng, i) for i in range(n)]


def sample() -> list[Record]:
    """Six small hand-made records covering what the store and the UI must show."""
    lee, kim, park, choi, lee2, han = (PEOPLE[i] for i in (0, 1, 2, 3, 5, 6))
    t1 = '이영 의원 "반도체 지원 서둘러야"'
    b1 = [
        '이영 미래당 의원은 15일 국회에서 "반도체 지원을 서둘러야 한다"고 말했다.',
        '이 의원은 김 장관에게 "예산은 언제 나오느냐"고 물었다.',
        '김철 산업부 장관은 "다음 달에 발표하겠다"고 답했다.',
    ]
    q1 = [
        quote("반도체 지원 서둘러야", t1, 0, lee, "이영", "말했다", place="headline")
        | {"fidelity": {"level": "shortened", "body_quotes": [1]}},
        quote("반도체 지원을 서둘러야 한다", b1[0], 0, lee, "이영 미래당 의원", "말했다"),
        quote("예산은 언제 나오느냐", b1[1], 1, lee, "이 의원", "물었다", addressee="김철"),
        quote(
            "다음 달에 발표하겠다", b1[2], 2, kim, "김철 산업부 장관", "답했다", addressee="이영"
        ),
    ]
    b2 = [
        '박서연 한빛전자 대표는 "<script>alert(1)</script> 같은 공격을 막겠다"고 밝혔다.',
        '그는 "\'; DROP TABLE quotes; -- 같은 문자열도 안전하다"고 덧붙였다.',
    ]
    q2 = [
        quote(
            "<script>alert(1)</script> 같은 공격을 막겠다",
            b2[0],
            0,
            park,
            "박서연 한빛전자 대표",
            "밝혔다",
        ),
        quote(
            "'; DROP TABLE quotes; -- 같은 문자열도 안전하다", b2[1], 1, park, "그는", "덧붙였다"
        ),
    ]
    b3 = ['최민준 누리대학교 교수는 "국회가 기후 법안을 먼저 처리해야 한다"고 강조했다.']
    cap3 = [{"text": '최 교수는 "연구 예산이 부족하다"고 말했다.', "credit": "한빛일보"}]
    q3 = [
        quote(
            "국회가 기후 법안을 먼저 처리해야 한다",
            b3[0],
            0,
            choi,
            "최민준 누리대학교 교수",
            "강조했다",
        ),
        quote(
            "연구 예산이 부족하다", cap3[0]["text"], 0, choi, "최 교수", "말했다", place="caption"
        ),
    ]
    b4 = [
        '이영호 새솔시 시장은 "주택 공급을 늘리겠다"고 말했다.',
        '업계 관계자는 "시장 반응은 아직 조용하다"고 전했다.',
    ]
    anonymous = quote("시장 반응은 아직 조용하다", b4[1], 1, lee2, "업계 관계자", "전했다")
    anonymous["speaker"] = {
        "name": None,
        "mention": "업계 관계자",
        "title": None,
        "org": None,
        "type": "anonymous",
    }
    q4 = [quote("주택 공급을 늘리겠다", b4[0], 0, lee2, "이영호 새솔시 시장", "말했다"), anonymous]
    b5 = [
        '한도윤 국민당 대변인은 "이영 의원의 제안을 검토하겠다"고 밝혔다.',
        "회의는 한 시간 동안 이어졌다.",
    ]
    q5 = [quote("이영 의원의 제안을 검토하겠다", b5[0], 0, han, "한도윤 국민당 대변인", "밝혔다")]
    b6 = ['이 의원은 "반도체 인력 양성이 시급하다"며 "교육 예산도 늘려야 한다"고 말했다.']
    q6 = [
        quote("반도체 인력 양성이 시급하다", b6[0], 0, lee, "이 의원", "말했다"),
        quote("교육 예산도 늘려야 한다", b6[0], 0, lee, "이 의원", "말했다"),
    ]
    return [
        record(
            "s1",
            title=t1,
            body=b1,
            quotes=q1,
            people=[lee, kim],
            outlet="한빛일보",
            published="2024-03-15T10:00:00+09:00",
        ),
        record(
            "s2",
            title="<script>alert('제목')</script> 보안 대책",
            body=b2,
            quotes=q2,
            people=[park],
            outlet="새벽뉴스",
            published="2024-03-16T11:30:00+09:00",
        ),
        record(
            "s3",
            title="기후 법안 처리 촉구",
            body=b3,
            quotes=q3,
            people=[choi],
            outlet="누리경제",
            published="2024-04-01T09:00:00+09:00",
            captions=cap3,
        ),
        record(
            "s4",
            title="새솔시 주택 공급 확대",
            body=b4,
            quotes=q4,
            people=[lee2],
            outlet="한빛일보",
            published="2024-04-20T15:00:00+09:00",
        ),
        record(
            "s5",
            title="국민당, 제안 검토",
            body=b5,
            quotes=q5,
            people=[han, lee],
            outlet="바른방송",
            published="2024-05-02T08:00:00+09:00",
        ),
        record(
            "s6",
            title="반도체 인력 양성",
            body=b6,
            quotes=q6,
            people=[lee],
            outlet="새벽뉴스",
            published="2024-05-10T17:45:00+09:00",
        ),
    ]


# A larger invented corpus for benchmarks: hundreds of speakers and outlets, a vocabulary
# drawn with a long tail (few words are everywhere, most are rare), two years of dates.

SURNAMES = "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용"
GIVEN = "민서준영지현수호연우진하윤재성희은도아태경상혜동미정석훈유채인나라명철규빈주"
TITLES = (
    "의원",
    "장관",
    "대표",
    "교수",
    "위원장",
    "시장",
    "대변인",
    "연구원",
    "사장",
    "회장",
    "청장",
    "지사",
    "원장",
    "소장",
    "이사",
)
ORG_HEADS = [
    "한빛",
    "새솔",
    "누리",
    "바른",
    "미래",
    "가람",
    "하늘",
    "푸른",
    "온누리",
    "다솜",
    "빛가람",
    "아라",
    "마루",
    "여울",
    "은하",
    "해솔",
    "별빛",
    "나래",
    "송화",
    "청람",
]
ORG_TAILS = (
    "당",
    "전자",
    "대학교",
    "연구소",
    "위원회",
    "시",
    "부",
    "은행",
    "재단",
    "협회",
    "노조",
    "병원",
)
OUTLET_TAILS = (
    "일보",
    "뉴스",
    "경제",
    "방송",
    "신문",
    "타임스",
    "투데이",
    "저널",
    "미디어",
    "데일리",
)
SYLLABLES = "가각간강개거건경계고공과관교구국군권규금기김나남내노누다단대도동두라려력로록료류리마만명모목무문미민바박반방배백법변보복본부북분비사산상생서석선설성세소속손수순시신실심아안애야양어업여역연영예오온완왕외요용우운원위유윤은음의이인일임자장재전정제조종주준중지진차창채책처천청체초최추충치카타탐태토통투파판패평포표품하학한할함해행향허현협형호홍화환활황회효후훈휘흥희"
STEMS = [
    "가온",
    "나래",
    "다온",
    "라온",
    "마중",
    "바람",
    "사랑",
    "아름",
    "자람",
    "차오",
    "타래",
    "파랑",
    "하람",
    "고운",
    "누비",
    "두리",
    "모아",
    "보라",
    "소리",
    "슬기",
    "어울",
    "온새",
    "이음",
    "조아",
    "초롱",
    "포근",
    "한결",
    "해맑",
    "흰돌",
    "꽃잎",
    "물결",
]


def names(rng: random.Random, n: int) -> list[str]:
    out: dict[str, None] = {}
    while len(out) < n:
        out[rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)] = None
    return list(out)


def vocabulary(rng: random.Random, n: int) -> list[str]:
    """``n`` invented words of two to four syllables, the first ones the topics of ``TOPICS``."""
    words: dict[str, None] = dict.fromkeys(TOPICS)
    while len(words) < n:
        k = rng.choice((2, 2, 3, 3, 3, 4))
        words["".join(rng.choice(SYLLABLES) for _ in range(k))] = None
    return list(words)


@dataclass(slots=True, frozen=True)
class World:
    people: tuple[Who, ...]
    outlets: tuple[str, ...]
    words: tuple[str, ...]
    orgs: tuple[str, ...]


def world(rng: random.Random, people: int = 400, outlets: int = 150, words: int = 3000) -> World:
    orgs = [h + t for h in ORG_HEADS for t in ORG_TAILS]
    rng.shuffle(orgs)
    who = []
    for name in names(rng, people):
        title, org = rng.choice(TITLES), rng.choice(orgs[:120])
        who.append(Who(name, title, org, f"{name[0]} {title}"))
    heads = [s + t for s in STEMS for t in OUTLET_TAILS]
    rng.shuffle(heads)
    return World(tuple(who), tuple(heads[:outlets]), tuple(vocabulary(rng, words)), tuple(orgs))


def pick(rng: random.Random, items: tuple[Any, ...], skew: float = 1.1) -> Any:
    """An item drawn with a Zipf-like skew: the first items are drawn far more often."""
    i = int(len(items) * rng.random() ** (skew * 3))
    return items[min(i, len(items) - 1)]


def realistic_article(rng: random.Random, w: World, i: int) -> Record:
    """One article of the larger corpus: 3–6 paragraphs, direct and indirect quotes, an
    organisation or an anonymous source now and then, a headline quote with its fidelity."""
    a, b = pick(rng, w.people), pick(rng, w.people)
    if a == b:
        b = w.people[(w.people.index(a) + 1) % len(w.people)]
    topic = pick(rng, w.words, 1.4)
    body: list[str] = []
    quotes: list[dict[str, Any]] = []
    for p in range(rng.randint(3, 6)):
        who = a if p % 2 == 0 else b
        t = topic if p == 0 else pick(rng, w.words, 1.4)
        claim = rng.choice(CLAIMS).format(t=t) + f" {pick(rng, w.words)} {pick(rng, w.words)}"
        verb = rng.choice(VERBS)
        mention = f"{who.name} {who.org} {who.title}" if p < 2 else who.short
        tail = f" 이날 {pick(rng, w.words)} {pick(rng, w.words)} 관련 회의가 열렸다."
        if rng.random() < 0.3:
            para = f"{josa(mention, '은는')} {claim}다고 {verb}.{tail}"
            quotes.append(quote(claim, para, p, who, mention, verb, kind="indirect"))
        else:
            para = f'{josa(mention, "은는")} "{claim}"라고 {verb}.{tail}'
            quotes.append(quote(claim, para, p, who, mention, verb))
        if rng.random() < 0.15:
            org = rng.choice(w.orgs)
            extra = ORG_CLAIM.format(t=pick(rng, w.words))
            para += f' {josa(org, "은는")} "{extra}"고 밝혔다.'
            q = quote(extra, para, p, who, org, "밝혔다")
            q["speaker"] = {
                "name": org,
                "mention": org,
                "title": None,
                "org": None,
                "type": "organization",
            }
            quotes.append(q)
        body.append(para)
    first = quotes[0]["text"]
    title = f'{a.name} {a.title} "{first[:12]}"'
    head = quote(first[:12], title, 0, a, a.name, "말했다", place="headline")
    level = rng.choice(("verbatim", "shortened", "shortened", "paraphrased", "not_found"))
    head["fidelity"] = {"level": level, "body_quotes": [] if level == "not_found" else [1]}
    day = 1 + rng.randrange(730)
    published = f"{date_of(day)}T{8 + i % 12:02d}:{i % 60:02d}:00+09:00"
    return record(
        f"real-{i}",
        title=title,
        body=body,
        quotes=[head, *quotes],
        people=[a, b],
        outlet=pick(rng, w.outlets, 0.7),
        published=published,
    )


def date_of(day: int) -> str:
    from datetime import date, timedelta

    return (date(2023, 1, 1) + timedelta(days=day)).isoformat()


def realistic(n: int, seed: int = 5) -> list[Record]:
    """``n`` articles of the larger corpus (see ``realistic_article``)."""
    rng = random.Random(seed)
    w = world(rng)
    return [realistic_article(rng, w, i) for i in range(n)]


def crowd(n: int = 12) -> Record:
    """One article where ``n`` different people speak, one paragraph each."""
    rng = random.Random(n)
    people = [Who(name, "의원", "미래당", f"{name[0]} 의원") for name in names(rng, n)]
    body, quotes = [], []
    for i, who in enumerate(people):
        claim = CLAIMS[i % len(CLAIMS)].format(t=TOPICS[i % len(TOPICS)])
        para = f'{josa(who.name + " 의원", "은는")} "{claim}"고 말했다.'
        body.append(para)
        quotes.append(quote(claim, para, i, who, f"{who.name} 의원", "말했다"))
    return record(
        f"crowd-{n}",
        title=f"{n}명이 말한 토론회",
        body=body,
        quotes=quotes,
        people=people,
        outlet="한빛일보",
        published="2024-06-01T10:00:00+09:00",
    )
