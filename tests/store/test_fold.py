"""Quote search with copies folded, over a store folded by the real ``fold_store``.

Invented records: a story of 바다시's 해상 풍력 (the outlet's page, a portal copy published
earlier, a board copy), another story that quotes the same speaker saying other words, and
an article loaded after the fold.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from malmoi.store import Store, query

BODY = [
    "바다시는 10일 시청에서 해상 풍력 단지 두 곳을 2027년까지 새로 짓는다고 발표했다.",
    '윤슬기 바다시장은 "바람이 곧 우리 시의 다음 산업이 될 것"이라며 "어민과 먼저 상의하겠다"고 말했다.',
    "단지 한 곳에는 발전기 40기가 들어서며, 시는 민간 투자 1조 2천억 원을 끌어들일 계획이다.",
    '한 어민은 "고기가 다니는 길이 막힐까 걱정"이라고 말했다.',
    "시는 다음 달 주민 설명회를 열고 어업 피해 조사 결과를 공개하기로 했다.",
]
OTHER = [
    "바다시가 버스 노선 열두 개를 다음 달부터 새로 고친다.",
    '윤슬기 바다시장은 "출근길 배차 간격을 10분 안으로 줄이겠다"고 말했다.',
    "시는 노선 개편으로 하루 이용객이 2만 명 늘어날 것으로 내다봤다.",
]
TITLE = '바다시 해상 풍력 단지 두 곳…윤슬기 "바다가 곧 돈이다"'


def quote(body: list[str], text: str, name: str, kind: str) -> dict[str, Any]:
    p = next(i for i, para in enumerate(body) if text in para)
    start = body[p].index(text)
    return {
        "text": text, "kind": "direct", "in": "body", "paragraph": p, "start": start,
        "end": start + len(text), "verb": "말했다", "addressee": None, "via": None,
        "speaker": {"name": name, "mention": name, "title": "시장" if kind == "person" else None,
                    "org": "바다시" if kind == "person" else None, "type": kind},
    }  # fmt: skip


def headline(title: str, text: str) -> dict[str, Any]:
    start = title.index(text)
    return {
        "text": text, "kind": "direct", "in": "headline", "paragraph": None, "start": start,
        "end": start + len(text), "verb": None, "addressee": None, "via": None,
        "speaker": {"name": "윤슬기", "mention": "윤슬기", "title": "시장", "org": "바다시",
                    "type": "person"},
        "fidelity": {"level": "not_found", "body_quotes": []},
    }  # fmt: skip


MAYOR = {"name": "윤슬기", "aliases": ["윤 시장"], "titles": ["시장"], "orgs": ["바다시"]}


def record(
    rid: str, outlet: str, published: str, body: list[str], title: str = TITLE, **extra: Any
) -> dict[str, Any]:
    quotes = [
        quote(body, t, n, k)
        for t, n, k in (
            ("바람이 곧 우리 시의 다음 산업이 될 것", "윤슬기", "person"),
            ("어민과 먼저 상의하겠다", "윤슬기", "person"),
            ("고기가 다니는 길이 막힐까 걱정", "한 어민", "anonymous"),
            ("출근길 배차 간격을 10분 안으로 줄이겠다", "윤슬기", "person"),
        )
        if any(t in p for p in body)
    ]
    if "바다가 곧 돈이다" in title:  # words nobody said: in no quote group
        quotes.insert(0, headline(title, "바다가 곧 돈이다"))
    return {
        "id": rid, "source": {"path": f"{rid}.txt", "format": "text"}, "repost": None,
        "outlet": outlet, "title": title, "subtitles": [], "section": "경제", "reporters": [],
        "published": published, "modified": None, "body": body, "captions": [], "related": [],
        "quotes": quotes, "people": [MAYOR], "language": "ko", "warnings": [],
    } | extra  # fmt: skip


PORTAL = {"site": "포털 뉴스", "author": None, "posted": None, "title": None, "kind": "portal"}
BOARD = {"site": "바다맘카페", "author": "물새", "posted": None, "title": None, "kind": "board"}


def folded_records() -> list[dict[str, Any]]:
    return [
        # the portal's copy carries an earlier time than the outlet's page: canonical all the same
        record("wind-portal", "파도일보", "2025-03-10T08:00:00+09:00", BODY, repost=PORTAL),
        record("wind-own", "파도일보", "2025-03-10T09:00:00+09:00", BODY),
        record("wind-board", "파도일보", "2025-03-10T13:00:00+09:00", BODY, repost=BOARD),
        record(
            "bus", "파도일보", "2025-03-12T09:00:00+09:00", OTHER, title="바다시 버스 노선 개편"
        ),
    ]


LATE = [record("wind-late", "물결신문", "2025-03-20T09:00:00+09:00", BODY)]


@pytest.fixture(scope="module")
def folded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from malmoi.dedup import fold_store

    path = tmp_path_factory.mktemp("fold") / "m.db"
    with Store(path) as store:
        store.upsert(folded_records())
    fold_store(path)
    with Store(path) as store:
        store.upsert(LATE)
    return path


@pytest.fixture
def store(folded: Path) -> Any:
    with Store(folded, readonly=True) as s:
        yield s


def articles_of(found: dict[str, Any]) -> list[tuple[str, int]]:
    return [(r["article"]["id"], r["copies"]) for r in found["results"]]


def test_copies_of_one_quote_are_one_hit_from_the_canonical_article(store: Store) -> None:
    found = store.search_quotes(q="다음 산업이 될 것")
    assert found["fold"] and found["total_exact"]
    # three copies fold into the outlet's own page; the article loaded after the fold stays apart
    assert articles_of(found) == [("wind-late", 1), ("wind-own", 3)]
    assert found["total"] == 2
    kept = found["results"][1]
    assert kept["cluster"] and kept["group"]
    assert kept["text"] == "바람이 곧 우리 시의 다음 산업이 될 것"
    assert found["results"][0]["cluster"] is None
    assert found["facets"]["speakers"] == [{"name": "윤슬기", "count": 2}]
    assert found["facets"]["outlets"] == [
        {"name": "물결신문", "count": 1}, {"name": "파도일보", "count": 1}
    ]  # fmt: skip


def test_fold_false_shows_every_copy(store: Store) -> None:
    found = store.search_quotes(q="다음 산업이 될 것", fold=False)
    assert not found["fold"] and found["total"] == 4
    assert sorted(articles_of(found)) == [
        ("wind-board", 1), ("wind-late", 1), ("wind-own", 1), ("wind-portal", 1)
    ]  # fmt: skip
    clusters = {r["article"]["id"]: r["cluster"] for r in found["results"]}
    assert clusters["wind-own"] == clusters["wind-portal"] == clusters["wind-board"] is not None
    assert found["facets"]["speakers"] == [{"name": "윤슬기", "count": 4}]


def test_a_speaker_counts_each_quote_once_and_keeps_other_words(store: Store) -> None:
    folded = store.search_quotes(speaker="윤슬기")
    every = store.search_quotes(speaker="윤슬기", fold=False)
    # 3 copies x (headline, 2 body quotes) + the late copy's 3 + the bus story's 1
    assert every["total"] == 13
    assert folded["total"] == 3 + 3 + 1
    copies = {(r["article"]["id"], r["in"], r["text"]): r["copies"] for r in folded["results"]}
    assert copies[("wind-own", "body", "어민과 먼저 상의하겠다")] == 3
    assert copies[("bus", "body", "출근길 배차 간격을 10분 안으로 줄이겠다")] == 1
    bus = next(r for r in folded["results"] if r["article"]["id"] == "bus")
    assert bus["group"] and bus["cluster"] == "bus"  # a hit that folds nothing has its group too
    # the headline quote nobody said (no quote group) folds by its text across the copies
    assert copies[("wind-own", "headline", "바다가 곧 돈이다")] == 3
    heads = [r for r in folded["results"] if r["in"] == "headline" and r["cluster"]]
    assert len(heads) == 1 and heads[0]["group"] is None
    assert sum(copies.values()) == every["total"]


def test_anonymous_source_folds_across_copies(store: Store) -> None:
    found = store.search_quotes(q="고기가 다니는 길")
    assert articles_of(found) == [("wind-late", 1), ("wind-own", 3)]


def test_pages_of_folded_hits(store: Store) -> None:
    every = [
        (r["article"]["id"], r["index"])
        for page in (1, 2, 3, 4)
        for r in store.search_quotes(speaker="윤슬기", size=2, page=page)["results"]
    ]
    whole = [
        (r["article"]["id"], r["index"]) for r in store.search_quotes(speaker="윤슬기")["results"]
    ]
    assert every == whole and len(whole) == 7


def test_beyond_the_window_the_count_is_estimated(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(query, "FOLD_WINDOW", 4)
    found = store.search_quotes(speaker="윤슬기", size=2)
    assert not found["total_exact"] and found["facets_over"] == 4
    assert 1 <= found["total"] <= 13
    deep = store.search_quotes(speaker="윤슬기", size=2, page=4)  # the window grows to the page
    assert deep["total_exact"] and deep["total"] == 7 and len(deep["results"]) == 1


def test_without_the_fold_tables_nothing_is_folded(folded: Path, tmp_path: Path) -> None:
    plain = tmp_path / "plain.db"
    with Store(plain) as s:
        s.upsert(folded_records())
        for fold in (None, True, False):
            found = s.search_quotes(q="다음 산업이 될 것", fold=fold)
            assert found["total"] == 3 and not found["fold"]
            assert all(r["copies"] == 1 and r["cluster"] is None for r in found["results"])
    copy = tmp_path / "copy.db"
    shutil.copy(folded, copy)
    with Store(copy) as s:
        assert s.search_quotes(q="다음 산업이 될 것")["total"] == 2  # the fold's tables came along
