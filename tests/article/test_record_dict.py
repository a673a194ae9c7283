"""Article.to_dict writes its parts out by hand (asdict is a slow deep copy): it must give what
asdict gives, key for key and in the same order, so a field added to a part is never dropped."""

import json
from dataclasses import asdict
from typing import Any

from malmoi.model import (
    Article,
    Caption,
    Fidelity,
    Person,
    Quote,
    Related,
    Reporter,
    Repost,
    Source,
    Speaker,
)


def _by_asdict(art: Article) -> dict[str, Any]:
    def quote(q: Quote) -> dict[str, Any]:
        d = asdict(q)
        d["in"] = d.pop("in_")
        for key in ("fidelity", "subtitle", "paragraph_end"):
            if d[key] is None:
                d.pop(key)
        return d

    return {
        "id": art.id,
        "source": {k: v for k, v in asdict(art.source).items() if v is not None},
        "repost": asdict(art.repost) if art.repost else None,
        "outlet": art.outlet,
        "title": art.title,
        "subtitles": list(art.subtitles),
        "section": art.section,
        "reporters": [asdict(r) for r in art.reporters],
        "published": art.published,
        "modified": art.modified,
        "body": list(art.body),
        "captions": [asdict(c) for c in art.captions],
        "related": [asdict(r) for r in art.related],
        "quotes": [quote(q) for q in art.quotes],
        "people": [asdict(p) for p in art.people],
        "language": art.language,
        "warnings": list(art.warnings),
    }


def _article() -> Article:
    speaker = Speaker("한다정", "한 장관", "장관", "새솔부", "person")
    quotes = [
        Quote("예산을 늘리겠다", "direct", "body", 0, 3, 11, speaker, "말했다", "기자들", "대변인",
              Fidelity("verbatim", [0, 2]), 1, 2),
        Quote("늘린다", "indirect", "headline", None, 0, 3, Speaker(None, None, type="unknown")),
    ]
    return Article(
        id="abc", source=Source("/p.txt", "https://a.example/1", "text", "utf-8", None, 3), title="제목",
        subtitles=["부제"], outlet="가람일보", section="정치", reporters=[Reporter("김하늘", "sky@garam.kr"), Reporter("윤솔")],
        published="2024-03-05T10:12:00+09:00", modified=None, repost=Repost("다음", "nick", "2024-03-06", "제목", "portal"),
        body=["한 장관은 \"예산을 늘리겠다\"고 말했다."], captions=[Caption("사진 설명", "가람일보"), Caption("설명")],
        related=[Related("다른 기사", "2024-03-01")], quotes=quotes,
        people=[Person("한다정", ["한 장관"], ["장관"], ["새솔부"]), Person("새솔부", type="organization")],
        language="ko", warnings=["no byline found"],
    )


def test_to_dict_is_what_asdict_gives_in_the_same_order() -> None:
    art = _article()
    assert json.dumps(art.to_dict(), ensure_ascii=False) == json.dumps(_by_asdict(art), ensure_ascii=False)


def test_to_dict_copies_the_lists() -> None:
    art = _article()
    d = art.to_dict()
    d["people"][0]["aliases"].append("x")
    d["quotes"][0]["fidelity"]["body_quotes"].append(9)
    assert art.people[0].aliases == ["한 장관"] and art.quotes[0].fidelity is not None
    assert art.quotes[0].fidelity.body_quotes == [0, 2]
