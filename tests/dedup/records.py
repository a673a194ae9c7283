"""Small hand-made records for the fold's unit tests (our own Korean text)."""

from __future__ import annotations

from typing import Any

BODY = [
    "새솔시는 3일 시청에서 기자회견을 열고 내년부터 시내버스 첫차 시간을 30분 앞당긴다고 밝혔다.",
    "이영호 새솔시장은 \"새벽에 일터로 나가는 시민들의 발이 되겠다\"며 \"노선 조정도 함께 검토하겠다\"고 말했다.",
    "시는 이를 위해 기사 40명을 새로 뽑고, 차고지 두 곳의 운영 시간을 늘리기로 했다.",
    "한 운수업체 관계자는 \"기사 구하기가 쉽지 않아 인건비 지원이 뒤따라야 한다\"고 말했다.",
    "시민단체들은 대체로 환영하면서도 심야 노선 확충이 더 급하다는 입장을 냈다.",
    "시는 다음 달 시민 공청회를 열어 의견을 더 듣기로 했다.",
    "첫차가 당겨지는 노선은 모두 12개로, 대부분 산업단지와 도매시장을 지나는 노선이다.",
    "새벽 시간대 승객은 지난해보다 15% 늘었지만 배차 간격은 그대로여서 불만이 이어져 왔다.",
    "시는 시범 운행 결과를 보고 내년 하반기에는 막차 시간도 조정할 계획이다.",
]


def quote(text: str, paragraph: int, body: list[str], name: str, kind: str = "person",
          org: str | None = None, title: str | None = None, place: str = "body") -> dict[str, Any]:
    where = body[paragraph] if place == "body" else ""
    start = where.find(text) if place == "body" else 0
    assert place != "body" or start >= 0, text
    return {"text": text, "kind": "direct", "in": place, "paragraph": paragraph if place == "body" else None,
            "start": start, "end": start + len(text), "verb": "말했다",
            "speaker": {"name": name, "mention": name, "title": title, "org": org, "type": kind},
            "addressee": None, "via": None}


def record(rid: str, body: list[str] | None = None, *, title: str = "새솔시 첫차 30분 앞당긴다",
           outlet: str = "한빛일보", published: str = "2025-03-03T10:00:00+09:00",
           repost: dict[str, Any] | None = None, quotes: list[dict[str, Any]] | None = None,
           people: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"id": rid, "source": {"path": f"{rid}.txt", "format": "text"}, "repost": repost,
            "outlet": outlet, "title": title, "subtitles": [], "section": None, "reporters": [],
            "published": published, "modified": None, "body": list(body if body is not None else BODY),
            "captions": [], "related": [], "quotes": quotes or [], "people": people or [],
            "language": "ko", "warnings": []}


OTHER = [
    "바다연구소는 올해 여름 동해 연안의 수온이 평년보다 2도가량 높을 것으로 내다봤다.",
    "윤지아 연구원은 \"고수온이 길어지면 양식장 피해가 커질 수 있다\"고 설명했다.",
    "연구소는 어민들에게 사료 양을 줄이고 산소 공급 장치를 점검해 달라고 당부했다.",
    "지자체들은 피해 신고 창구를 미리 열어 두기로 했다.",
]
