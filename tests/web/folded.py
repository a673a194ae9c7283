"""Records for the pages over the fold (our own Korean text): two stories, copies and rewrites.

Story ``ga`` (가람시 공공자전거): the outlet's page, a portal copy (paragraphs reflowed:
an exact copy), a board copy cut short (a near copy), and two rewrites by other dailies
(a wire family) whose quotes are shortened and reworded; one rewrite's headline puts in
marks words nobody said. Story ``hb`` (미세먼지): another 박서준 (a professor, not the
mayor) and another anonymous ``한 관계자``. The pages fold these with the real
``fold_store``; nothing here writes a ``dedup_*`` row by hand.
"""

from __future__ import annotations

from typing import Any

Q = tuple[str, str, str, str | None, str | None]  # text, speaker, type, title, org

GA_BODY = [
    "가람시는 5일 시청 브리핑실에서 공공자전거 '가람바퀴'를 다음 달부터 1,200대로 늘리고 대여소 80곳을 새로 연다고 발표했다.",
    "박서준 가람시장은 \"출퇴근길 10분을 시민에게 돌려드리겠다\"며 \"자전거 도로가 끊긴 구간부터 차례로 잇겠다\"고 말했다.",
    "시는 올해 예산 46억 원을 들여 강변과 역세권을 잇는 자전거 전용도로 14킬로미터를 새로 깔 계획이다.",
    "대여 요금은 1시간에 1,000원으로 그대로 두고, 정기권 이용자에게는 첫 30분을 무료로 하기로 했다.",
    "시 교통정책과 한 관계자는 \"고장 신고가 들어오면 하루 안에 수리하는 체계를 만들겠다\"고 설명했다.",
    "지난해 가람바퀴 이용 건수는 41만 건으로 전년보다 18% 늘었지만, 오후 6시 무렵에는 빈 대여소가 많아 불만이 잇따랐다.",
    "시는 이용이 몰리는 시간대에 트럭으로 자전거를 옮겨 놓는 재배치 인력도 두 배로 늘린다.",
    "자전거 단체들은 환영하면서도 헬멧 대여와 야간 조명 설치가 함께 이뤄져야 한다고 지적했다.",
]
GA_QUOTES: list[Q] = [
    ("출퇴근길 10분을 시민에게 돌려드리겠다", "박서준", "person", "시장", "가람시"),
    ("자전거 도로가 끊긴 구간부터 차례로 잇겠다", "박서준", "person", "시장", "가람시"),
    ("고장 신고가 들어오면 하루 안에 수리하는 체계를 만들겠다", "한 관계자", "anonymous", None, None),
]
MAYOR = {"name": "박서준", "aliases": ["박서준 가람시장", "박 시장"], "titles": ["시장"], "orgs": ["가람시"]}

GA_REWRITE = [
    "가람시가 출퇴근 시간의 교통난을 덜기 위해 공공자전거와 전용도로를 한꺼번에 늘리기로 했다.",
    "박서준 가람시장은 5일 \"출퇴근길 10분을 시민 여러분께 꼭 돌려드리겠다\"며 \"끊긴 구간부터 차례로 잇겠다\"고 말했다.",
    *GA_BODY[2:4],
    "시 교통정책과 한 관계자는 \"고장 신고가 들어오면 하루 안에 고치는 체계를 갖추겠다\"고 설명했다.",
    *GA_BODY[5:7],
]
GA_REWRITE_QUOTES: list[Q] = [
    ("출퇴근길 10분을 시민 여러분께 꼭 돌려드리겠다", "박서준", "person", "시장", "가람시"),
    ("끊긴 구간부터 차례로 잇겠다", "박서준", "person", "시장", "가람시"),
    ("고장 신고가 들어오면 하루 안에 고치는 체계를 갖추겠다", "한 관계자", "anonymous", None, None),
]
GA_SECOND = [
    "공공자전거 가람바퀴가 다음 달부터 크게 늘어나 출퇴근길 시민들의 선택지가 넓어질 전망이다.",
    *GA_REWRITE[1:4],
    *GA_BODY[5:8],
]

HB_BODY = [
    "한결대학교 연구진은 12일 봄철 수도권 미세먼지의 성분을 3년 동안 분석한 결과를 학회에서 내놓았다.",
    "연구를 이끈 박서준 한결대 환경공학과 교수는 \"봄철 미세먼지의 절반가량은 바람을 타고 국외에서 들어온다\"고 말했다.",
    "연구진은 측정소 스물네 곳의 시간별 자료와 기상 관측값을 함께 놓고 바람길을 거슬러 추적했다.",
    "국내 배출은 겨울철 난방과 경유차에서 가장 많았고, 여름에는 사업장 배출의 비중이 커졌다.",
    "환경부 한 관계자는 \"측정소를 더 늘려 지역별 차이를 살피겠다\"고 밝혔다.",
    "연구진은 내년에는 남부 지방까지 분석 범위를 넓힐 계획이라고 덧붙였다.",
]
HB_QUOTES: list[Q] = [
    ("봄철 미세먼지의 절반가량은 바람을 타고 국외에서 들어온다", "박서준", "person", "교수", "한결대학교 환경공학과"),
    ("측정소를 더 늘려 지역별 차이를 살피겠다", "한 관계자", "anonymous", None, None),
]
PROFESSOR = {"name": "박서준", "aliases": ["박서준 교수"], "titles": ["교수"], "orgs": ["한결대학교 환경공학과"]}


def body_quote(body: list[str], q: Q) -> dict[str, Any]:
    text, name, kind, title, org = q
    para = next(i for i, p in enumerate(body) if text in p)
    start = body[para].find(text)
    return {
        "text": text, "kind": "direct", "in": "body", "paragraph": para, "start": start,
        "end": start + len(text), "verb": "말했다",
        "speaker": {"name": name, "mention": name, "title": title, "org": org, "type": kind},
        "addressee": None, "via": None,
    }


def headline_quote(title: str, text: str, level: str, body_quotes: list[int]) -> dict[str, Any]:
    start = title.find(text)
    assert start >= 0, text
    return {
        "text": text, "kind": "direct", "in": "headline", "paragraph": None, "start": start,
        "end": start + len(text), "verb": None,
        "speaker": {"name": "박서준", "mention": "박서준", "title": "시장", "org": "가람시", "type": "person"},
        "addressee": None, "via": None, "fidelity": {"level": level, "body_quotes": body_quotes},
    }


def record(rid: str, outlet: str, title: str, body: list[str], quotes: list[Q], published: str,
           people: list[dict[str, Any]], repost: dict[str, Any] | None = None,
           headline: tuple[str, str, list[int]] | None = None) -> dict[str, Any]:
    qs = [body_quote(body, q) for q in quotes if any(q[0] in p for p in body)]
    if headline:
        qs.insert(0, headline_quote(title, *headline))
    return {
        "id": rid, "source": {"path": f"folded/{rid}.txt", "format": "text"}, "repost": repost,
        "outlet": outlet, "title": title, "subtitles": [], "section": "사회",
        "reporters": [{"name": "나기자", "email": None}], "published": published, "modified": None,
        "body": body, "captions": [], "related": [], "quotes": qs, "people": people,
        "language": "ko", "warnings": [],
    }


GA_TITLE = "가람시 공공자전거 1,200대로…박서준 \"출퇴근길 10분 돌려드리겠다\""
REFLOWED = [GA_BODY[0] + " " + GA_BODY[1], *GA_BODY[2:]]


def folded_records() -> list[dict[str, Any]]:
    """The stories' records, in the order they are stored (and folded)."""
    return [
        record("ga-hanbit", "한빛일보", GA_TITLE, GA_BODY, GA_QUOTES, "2025-05-05T09:30:00+09:00",
               [MAYOR], headline=("출퇴근길 10분 돌려드리겠다", "shortened", [1])),
        record("ga-naver", "한빛일보", GA_TITLE, REFLOWED, GA_QUOTES, "2025-05-05T09:30:00+09:00",
               [MAYOR], repost={"site": "네이버 뉴스", "author": None, "posted": "2025-05-05T09:41:00+09:00",
                                "title": None, "kind": "portal"},
               headline=("출퇴근길 10분 돌려드리겠다", "shortened", [1])),
        record("ga-board", "한빛일보", GA_TITLE, GA_BODY[:6], GA_QUOTES, "2025-05-05T09:30:00+09:00",
               [MAYOR], repost={"site": "가람맘카페", "author": "두바퀴", "posted": "2025-05-05T13:02:00+09:00",
                                "title": "자전거 늘린대요", "kind": "board"}),
        record("ga-saebyeok", "새벽뉴스", "가람시장 \"출퇴근 10분 돌려준다\"…공공자전거 확대", GA_REWRITE,
               GA_REWRITE_QUOTES, "2025-05-05T11:10:00+09:00", [MAYOR],
               headline=("출퇴근 10분 돌려준다", "paraphrased", [1])),
        record("ga-nuri", "누리신문", "가람시장 \"자동차 없는 거리 만들 것\"", GA_SECOND, GA_REWRITE_QUOTES,
               "2025-05-06T07:00:00+09:00", [MAYOR], headline=("자동차 없는 거리 만들 것", "not_found", [])),
        record("hb-hangyeol", "한결일보", "\"봄철 미세먼지 절반은 국외에서\"…한결대 연구진", HB_BODY, HB_QUOTES,
               "2025-05-12T15:00:00+09:00", [PROFESSOR]),
    ]


def unfolded_records() -> list[dict[str, Any]]:
    """An article stored after the fold: the pages say it is not folded yet."""
    late = record("hb-late", "한결일보", "미세먼지 연구 후속", HB_BODY[2:], HB_QUOTES[1:], "2025-05-20T09:00:00+09:00", [])
    return [late]
