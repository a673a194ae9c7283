"""The pages over the fold, in process: an article's copies and wire family, a quote's
timeline, a speaker counted once across copies with namesakes apart, search folding copies;
and a store never folded (or an article stored after the fold) says so and nothing breaks."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import pytest

from malmoi.store.synth import make_id

MAYOR_SAID = "q:ga-hanbit:1"  # the group of the mayor's first words (named by its first article)


def q(s: str) -> str:
    return quote(s, safe="")


def fold_of(client: Any, article_id: str) -> dict[str, Any]:
    return dict(client.get(f"/api/articles/{article_id}").json()["fold"])


FOLD_PAGES = [
    "/articles/ga-naver",
    "/articles/ga-nuri",
    f"/quote/{q(MAYOR_SAID)}",
    f"/entities/{q('p:박서준:1')}",
    f"/entities/{q('a:ga-hanbit:한 관계자')}",
    f"/speakers/{q('박서준')}",
    "/search?q=출퇴근길",
    "/search?q=출퇴근길&all=1",
    "/unsaid",
]


@pytest.mark.parametrize("path", FOLD_PAGES)
def test_fold_pages_are_html_and_json(folded_client: Any, path: str) -> None:
    html = folded_client.get(path)
    assert html.status_code == 200 and html.headers["content-type"].startswith("text/html")
    api = folded_client.get("/api" + path)
    assert api.status_code == 200 and api.headers["content-type"] == "application/json"
    sep = "&" if "?" in path else "?"
    assert folded_client.get(path + sep + "format=json").json() == api.json()


def test_an_article_lists_its_copies_and_its_wire_family(folded_client: Any) -> None:
    fold = fold_of(folded_client, "ga-naver")
    assert fold["folded"] and fold["how"] == "exact" and not fold["is_canonical"]
    copies = {c["id"]: (c["how"], c["canonical"], c["repost_site"]) for c in fold["copies"]}
    assert copies == {
        "ga-hanbit": ("new", True, None),  # the outlet's own page
        "ga-naver": ("exact", False, "네이버 뉴스"),  # the same body, paragraphs reflowed
        "ga-board": ("near", False, "가람맘카페"),  # cut short on a board
    }
    assert {f["id"]: f["outlet"] for f in fold["family_clusters"]} == {
        "ga-saebyeok": "새벽뉴스",
        "ga-nuri": "누리신문",
    }
    page = folded_client.get("/articles/ga-naver").text
    for other in ("ga-hanbit", "ga-board", "ga-saebyeok", "ga-nuri"):
        assert f'href="/articles/{other}"' in page
    assert "가람맘카페" in page and "대표 기사 보기" in page


def test_a_story_of_its_own_has_no_copies_nor_family(folded_client: Any) -> None:
    fold = fold_of(folded_client, "hb-hangyeol")
    assert [c["id"] for c in fold["copies"]] == ["hb-hangyeol"] and fold["is_canonical"]
    assert fold["family_clusters"] == []


def test_a_rewrite_is_family_not_a_copy(folded_client: Any) -> None:
    fold = fold_of(folded_client, "ga-saebyeok")
    assert fold["how"] == "family" and [c["id"] for c in fold["copies"]] == ["ga-saebyeok"]
    assert {f["id"] for f in fold["family_clusters"]} == {"ga-hanbit", "ga-nuri"}
    hanbit = next(f for f in fold["family_clusters"] if f["id"] == "ga-hanbit")
    assert hanbit["size"] == 3  # the outlet's page stands for its three copies


def test_each_quote_of_an_article_links_its_quote_page(folded_client: Any) -> None:
    fold = fold_of(folded_client, "ga-saebyeok")
    said = {x["index"]: (x["group"], x["variant"]) for x in fold["quotes"] if x}
    assert said[1] == (MAYOR_SAID, "reworded") and said[2][1] == "shortened"
    assert said[0] == (MAYOR_SAID, "headline")
    page = folded_client.get("/articles/ga-saebyeok").text
    assert page.count(f'href="/quote/{q(MAYOR_SAID)}"') >= 2  # the body quote and the headline's


def test_a_headline_quote_nobody_said_is_flagged(folded_client: Any) -> None:
    fold = fold_of(folded_client, "ga-nuri")
    head = fold["quotes"][0]
    assert head["variant"] == "headline" and head["group"] is None and head["unsupported"]
    assert not any(x["unsupported"] for x in fold["quotes"][1:])
    assert "아무도 하지 않은 말" in folded_client.get("/articles/ga-nuri").text
    assert "아무도 하지 않은 말" not in folded_client.get("/articles/ga-saebyeok").text


def test_quote_page_shows_the_variants_on_a_timeline(folded_client: Any) -> None:
    data = folded_client.get(f"/api/quote/{q(MAYOR_SAID)}").json()
    assert data["text"] == "출퇴근길 10분을 시민에게 돌려드리겠다"
    assert data["first"]["article"] == "ga-hanbit" and data["first"]["outlet"] == "한빛일보"
    assert data["speaker"]["entity"] == "p:박서준:1"
    assert data["outlets"] == ["누리신문", "새벽뉴스", "한빛일보"]
    assert (data["articles"], data["clusters"]) == (5, 3)  # three copies count once
    times = [t["published"] for t in data["timeline"]]
    assert times == sorted(times)
    body = {(t["article"], t["variant"]) for t in data["timeline"] if t["in"] == "body"}
    assert body == {("ga-hanbit", "exact"), ("ga-naver", "exact"), ("ga-board", "exact"),
                    ("ga-saebyeok", "reworded"), ("ga-nuri", "reworded")}
    reworded = next(t for t in data["timeline"] if t["article"] == "ga-saebyeok" and t["in"] == "body")
    assert [p["text"] for p in reworded["diff"] if p["op"] != "same"] == ["에게", " 여러분께 꼭"]
    assert "".join(p["text"] for p in reworded["diff"] if p["op"] != "del") == reworded["text"]
    assert "".join(p["text"] for p in reworded["diff"] if p["op"] != "ins") == data["text"]
    heads = {h["article"]: h["fidelity"] for h in data["headlines"]}
    assert heads == {"ga-hanbit": "shortened", "ga-naver": "shortened", "ga-saebyeok": "paraphrased"}
    page = folded_client.get(f"/quote/{q(MAYOR_SAID)}").text
    assert "<ins>" in page and "본문을 바꿔 씀" in page and 'href="/articles/ga-nuri#q1"' in page


def test_a_shortened_variant_shows_what_was_cut(folded_client: Any) -> None:
    data = folded_client.get(f"/api/quote/{q('q:ga-hanbit:2')}").json()
    cut = next(t for t in data["timeline"] if t["article"] == "ga-saebyeok")
    assert cut["variant"] == "shortened"
    assert [p for p in cut["diff"] if p["op"] == "del"] == [{"op": "del", "text": "자전거 도로가 "}]


def test_speaker_page_counts_each_quote_once_and_keeps_namesakes_apart(folded_client: Any) -> None:
    data = folded_client.get(f"/api/speakers/{q('박서준')}").json()
    printed = data["quotes"]  # the store counts every copy's quote
    fold = data["fold"]
    assert fold["folded"] and fold["total"] == 2
    people = {e["id"]: e for e in fold["entities"]}
    mayor, professor = people["p:박서준:1"], people["p:박서준:2"]
    assert mayor["orgs"] == ["가람시"] and professor["titles"] == ["교수"]
    assert professor["roles"] == {"titles": ["교수"], "orgs": ["한결대학교 환경공학과"]}  # as written
    assert mayor["quotes_once"] == 2 and professor["quotes_once"] == 1
    assert mayor["quotes"] > mayor["quotes_once"]  # printed in copies and rewrites
    unsaid = 1  # ga-nuri's headline quote of the mayor belongs to no group: nobody said it
    assert printed == mayor["quotes"] + professor["quotes"] + unsaid
    assert {g["id"] for g in mayor["groups"]} == {MAYOR_SAID, "q:ga-hanbit:2"}
    linked = [r for r in data["timeline"] if r.get("group")]
    flagged = [r for r in data["timeline"] if r.get("unsupported")]
    assert len(linked) == len(data["timeline"]) - unsaid and len(flagged) == unsaid
    assert flagged[0]["article"]["id"] == "ga-nuri" and flagged[0]["in"] == "headline"
    page = folded_client.get(f"/speakers/{q('박서준')}").text
    assert f'href="/quote/{q(MAYOR_SAID)}"' in page and "서로 다른 발언자 2명" in page


def test_anonymous_sources_are_never_one_entity_across_articles(folded_client: Any) -> None:
    fold = folded_client.get(f"/api/speakers/{q('한 관계자')}").json()["fold"]
    assert fold["total"] == 5  # one per article that quotes one: four of one story, one of another
    assert all(e["articles"] == 1 and len(e["article_list"]) == 1 for e in fold["entities"])
    one = folded_client.get(f"/api/entities/{q('a:hb-hangyeol:한 관계자')}").json()
    assert one["quotes_once"] == 1 and one["groups"][0]["text"] == "측정소를 더 늘려 지역별 차이를 살피겠다"
    assert [a["id"] for a in one["article_list"]] == ["hb-hangyeol"]


def test_search_folds_copies_with_a_count_and_shows_all_on_request(folded_client: Any) -> None:
    folded = folded_client.get("/api/search", params={"q": "출퇴근길"}).json()
    every = folded_client.get("/api/search", params={"q": "출퇴근길", "all": 1}).json()
    assert folded["folding"] and not every["folding"] and every["query"]["all"] == 1
    assert len(every["results"]) == every["total"] == 7  # 3 copies + 2 rewrites, 2 headlines
    assert all(r.get("copies", 1) == 1 for r in every["results"])
    assert len(folded["results"]) < len(every["results"])
    assert sum(r["copies"] for r in folded["results"]) == len(every["results"])
    outlet_story = [r for r in folded["results"] if r["cluster"] == "ga-hanbit"]
    assert {r["article"]["id"] for r in outlet_story} == {"ga-hanbit"}  # the canonical stands for its copies
    # three copies' body quote, two copies' headline: a headline never folds into the body quote
    assert sorted((r["in"], r["copies"]) for r in outlet_story) == [("body", 3), ("headline", 2)]
    assert folded["total"] == len(folded["results"]) == 4  # and the two rewrites' body quotes
    assert {r["group"] for r in folded["results"]} == {MAYOR_SAID}
    page = folded_client.get("/search", params={"q": "출퇴근길"}).text
    assert "사본 3건" in page and "사본 2건" in page and 'id="show-all"' in page and "all=1" in page
    assert page.count(f'href="/quote/{q(MAYOR_SAID)}"') == 4
    assert 'id="fold-copies"' in folded_client.get("/search", params={"q": "출퇴근길", "all": 1}).text


def test_an_article_stored_after_the_fold_says_so(folded_client: Any) -> None:
    fold = fold_of(folded_client, "hb-late")
    assert fold == {"folded": False, "state": "after_fold", "note": fold["note"]}
    assert "malmoi fold" in fold["note"]
    assert "마지막 묶기 뒤에 들어온 기사" in folded_client.get("/articles/hb-late").text


def test_unknown_quote_group_and_entity_are_404(folded_client: Any) -> None:
    for path in ("/api/quote/q:nowhere:0", f"/api/entities/{q('p:아무개:1')}"):
        r = folded_client.get(path)
        assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"


# a store never folded: every page works and says so


def test_never_folded_store_pages_say_so(client: Any) -> None:
    s1 = make_id("s1")
    fold = client.get(f"/api/articles/{s1}").json()["fold"]
    assert fold["folded"] is False and fold["state"] == "never_folded" and "malmoi fold" in fold["note"]
    assert "아직 묶지 않았습니다" in client.get(f"/articles/{s1}").text
    speaker = client.get(f"/api/speakers/{q('이영')}").json()
    assert speaker["fold"]["folded"] is False and speaker["quotes"] == 5
    assert all("group" not in r for r in speaker["timeline"])
    found = client.get("/api/search", params={"speaker": "이영"}).json()
    assert found["folded"] is False and found["total"] == 5 and len(found["results"]) == 5
    assert all(r.get("copies", 1) == 1 and not r.get("group") for r in found["results"])
    assert 'id="show-all"' not in client.get("/search", params={"speaker": "이영"}).text
    missing = client.get("/api/quote/q:any:0")
    assert missing.status_code == 404 and "never folded" in missing.json()["error"]["message"]
    assert client.get(f"/api/entities/{q('p:이영:1')}").status_code == 404


def test_a_long_timeline_lists_the_first_and_says_how_many(
    folded_client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from malmoi.dedup import views

    monkeypatch.setattr(views, "TIMELINE_LIMIT", 3)
    data = folded_client.get(f"/api/quote/{q(MAYOR_SAID)}").json()
    assert len(data["timeline"]) == 3 and data["printed"] == 8
    assert data["timeline"][0]["article"] == "ga-hanbit"
    assert "(처음 3건 / 8건)" in folded_client.get(f"/quote/{q(MAYOR_SAID)}").text


def test_an_anonymous_source_links_its_own_articles_page(folded_client: Any) -> None:
    page = folded_client.get("/articles/hb-hangyeol").text
    assert f'href="/entities/{q("a:hb-hangyeol:한 관계자")}"' in page  # folded: its entity
    assert f'href="/speakers/{q("한 관계자")}?article=hb-hangyeol"' in page  # the legend: its page
    data = folded_client.get(f"/api/speakers/{q('한 관계자')}", params={"article": "hb-hangyeol"}).json()
    assert data["article"] == "hb-hangyeol" and data["quotes"] == 1
    assert [e["id"] for e in data["fold"]["entities"]] == ["a:hb-hangyeol:한 관계자"]
    assert data["fold"]["total"] == 5  # the name's others are listed on the page without ?article
    other = folded_client.get(f"/api/speakers/{q('한 관계자')}", params={"article": "ga-hanbit"}).json()
    assert [e["id"] for e in other["fold"]["entities"]] == ["a:ga-hanbit:한 관계자"]
    assert other["timeline"][0]["text"].startswith("고장 신고가")
    entity = folded_client.get(f"/entities/{q('a:ga-hanbit:한 관계자')}").text
    assert f'href="/speakers/{q("한 관계자")}?article=ga-hanbit"' in entity


def test_an_unfolded_article_links_anonymous_speakers_to_their_article(folded_client: Any) -> None:
    page = folded_client.get("/articles/hb-late").text  # stored after the fold
    assert f'href="/speakers/{q("한 관계자")}?article=hb-late"' in page and "/entities/" not in page
    data = folded_client.get(f"/api/speakers/{q('한 관계자')}", params={"article": "hb-late"}).json()
    assert data["article"] == "hb-late" and data["fold"]["entities"] == []
    assert "malmoi fold" in data["fold"]["note"]
    page = folded_client.get(f"/speakers/{q('한 관계자')}", params={"article": "hb-late"}).text
    assert "마지막 묶기 뒤에 들어온 기사" in page


def test_start_page_counts_the_fold_and_lists_words_nobody_said(folded_client: Any) -> None:
    fold = folded_client.get("/api").json()["fold"]
    assert fold == {"folded": True, "articles": 6, "clusters": 4, "copies": 2, "families": 2,
                    "groups": 5, "unsaid": 1}
    unsaid = folded_client.get("/api/unsaid").json()
    assert unsaid["total"] == 1
    [only] = unsaid["results"]
    assert (only["article"], only["index"], only["text"]) == ("ga-nuri", 0, "자동차 없는 거리 만들 것")
    page = folded_client.get("/unsaid").text
    assert 'href="/articles/ga-nuri#q0"' in page
    start = folded_client.get("/").text
    assert 'href="/unsaid"' in start and "아무도 하지 않은 말" in start  # its lost headline is flagged
    lost = folded_client.get("/api").json()["not_found"]
    assert [(r["article"]["id"], r["unsupported"]) for r in lost] == [("ga-nuri", True)]


def test_start_page_and_unsaid_of_a_store_never_folded(client: Any) -> None:
    assert client.get("/api").json()["fold"]["folded"] is False
    assert "아직 묶지 않았습니다" in client.get("/").text
    data = client.get("/api/unsaid").json()
    assert data["folded"] is False and data["results"] == [] and "malmoi fold" in client.get("/unsaid").text


def test_the_speakers_list_links_each_articles_anonymous_source_to_its_own_page(folded_client: Any) -> None:
    html = folded_client.get("/speakers?q=" + q("관계자")).text
    links = {part.split('"')[0] for part in html.split('href="/speakers/')[1:] if "?article=" in part.split('"')[0]}
    assert len(links) >= 2  # '한 관계자' of one story and of another: two people, two pages
    for link in links:
        assert folded_client.get("/speakers/" + link).status_code == 200
