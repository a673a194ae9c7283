"""Outlet evidence and copying sites: web domains, shared domains, weights, portals,
boards and blogs, titles without site names (article/outlets.py, sites.py, titles.py)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from malmoi.article.outlets import OutletVotes, evidence_weights, host_of, outlet_index
from malmoi.article.sites import site_of, vote_links, vote_url
from malmoi.article.titles import strip_affixes

DATA = Path(__file__).parents[2] / "src" / "malmoi" / "data"


@pytest.mark.parametrize(
    ("url", "outlet", "shared"),
    [
        ("https://www.yna.co.kr/view/AKR2024", "연합뉴스", False),
        ("https://m.segye.com/view/2017", "세계일보", False),
        ("https://hangame.seoul.co.kr/news/politics/2019", "서울신문", False),  # a sub-site of the outlet's domain
        ("https://www.sportschosun.com/football/2021", "스포츠조선", False),
        ("https://news.mt.co.kr/mtview.php?no=1", "머니투데이", True),  # 스타뉴스 and 머니S publish there too
        ("http://dgmbc.com/NewsArticle/1", "대구MBC", False),
        ("https://www.nocutnews.co.kr/news/1", "노컷뉴스", False),
        ("https://www.cbs.co.kr/board/view/1", "CBS", False),
        ("https://unknown-garam.example/a", None, False),
    ],
)
def test_url_names_the_outlet(url: str, outlet: str | None, shared: bool) -> None:
    hit = outlet_index().url_match(url)
    assert (hit[0].name if hit else None) == outlet
    if hit:
        assert hit[1] is shared


@pytest.mark.parametrize(
    ("url", "site", "kind"),
    [
        ("https://v.daum.net/v/20240605154210417", "다음 뉴스", "portal"),
        ("https://n.news.naver.com/article/001/0000001", "네이버 뉴스", "portal"),
        ("https://news.zum.com/articles/1", "줌 뉴스", "portal"),
        ("https://m.todayhumor.co.kr/view.php?no=1", "오늘의유머", "board"),
        ("https://garam-sky.blogspot.com/2013/01/a.html", "블로그스팟", "blog"),
        ("https://mlbpark.donga.com/mp/b.php?id=1", "엠엘비파크", "board"),  # a board on an outlet's domain
        ("https://www.donga.com/news/article/1", None, None),
    ],
)
def test_copying_sites(url: str, site: str | None, kind: str | None) -> None:
    got = site_of(url)
    assert (got.name if got else None, got.kind if got else None) == (site, kind)


def test_a_copying_site_votes_for_nobody() -> None:
    votes = OutletVotes()
    assert vote_url("https://v.daum.net/v/1", votes) is not None
    assert not votes
    assert vote_url("https://www.yna.co.kr/view/1", votes) is None
    assert votes.best() == "연합뉴스" and votes.kinds("연합뉴스") == {"url"}


def test_the_page_beats_a_shared_domain_but_not_its_own() -> None:
    w = evidence_weights()
    # the masthead and the copyright outweigh a shared domain; the outlet's own domain outweighs a copyright
    assert w["masthead"] > w["url_shared"] and w["copyright"] > w["url_shared"]
    assert w["url"] > w["copyright"]
    # the outlet credited beside the byline wrote it, wherever it is published
    assert w["credit"] > w["url"] + w["copyright"] - 1
    votes = OutletVotes()
    votes.add("url_shared", "머니투데이")
    votes.add("credit", "스타뉴스")
    assert votes.best() == "스타뉴스"


def test_links_written_in_the_text_vote() -> None:
    votes = OutletVotes()
    vote_links(["이 기사 원문은 여기 http://news.khan.co.kr/kh_news/art_view.html?artid=1 에 있다",
                "https://v.daum.net/v/1"], votes)
    assert votes.best() == "경향신문" and votes.kinds("경향신문") == {"link"}
    many = OutletVotes()
    vote_links([f"https://www.yna.co.kr/view/{n}" for n in range(5)], many)
    assert many.counts["연합뉴스"] == evidence_weights()["link"]  # once per outlet


def test_host_of() -> None:
    assert host_of("https://www.news.example.co.kr/a?b") == "news.example.co.kr"
    assert host_of("http://mobile.newsis.com/view") == "newsis.com"


def test_outlet_list_is_wide_and_consistent() -> None:
    data = tomllib.loads((DATA / "outlets.toml").read_text(encoding="utf-8"))
    outs = data["outlet"]
    assert len(outs) >= 300
    names = [o["name"] for o in outs]
    assert len(names) == len(set(names)), "an outlet is listed twice"
    families = {o.get("family") for o in outs}
    assert {"wire", "daily", "regional", "broadcast", "online", "trade", "sports", "business"} <= families
    for o in outs:
        assert o["emails"] is not None and o["domains"] is not None, o["name"]
    assert set(evidence_weights()) >= {"url", "url_shared", "masthead", "copyright", "credit", "link", "named_company"}


@pytest.mark.parametrize(
    ("title", "bare", "site"),
    [
        ("가람일보 모바일 :: 가람시 인구 40만 돌파 눈앞", "가람시 인구 40만 돌파 눈앞", "가람일보 모바일"),
        ("가수 한솔, 새 앨범 발표 - Entermedia", "가수 한솔, 새 앨범 발표", "Entermedia"),
        ("시내버스 요금 오른다 / 한빛방송 2023.12.05.", "시내버스 요금 오른다", "한빛방송"),
        ("뉴스따라잡기77 - 겨울철 난방비 아끼는 법", "겨울철 난방비 아끼는 법", "뉴스따라잡기77"),
        ("가람시 예산안 통과 | 한국일보", "가람시 예산안 통과", "한국일보"),
        ('가람시 "내년 성장률 2%" - 정치ㅣ솔빛일보', '가람시 "내년 성장률 2%"', "솔빛일보"),
        # what is the headline's own stays
        ('한 의원 "국민과 함께" - 경제 살리기 총력', '한 의원 "국민과 함께" - 경제 살리기 총력', None),
        ("가람-솔빛 고속철 개통 10년", "가람-솔빛 고속철 개통 10년", None),
        ("[가람방송 아침저널 - 인터뷰] 한솔 의원", "[가람방송 아침저널 - 인터뷰] 한솔 의원", None),
        ('한 의원 "국민 - 정부 소통 필요"', '한 의원 "국민 - 정부 소통 필요"', None),
        ("[펌] 가람시 예산 5% 증액…“복지 먼저”", "가람시 예산 5% 증액…“복지 먼저”", None),
        ("(스크랩) 가람시 예산 5% 증액", "가람시 예산 5% 증액", None),
        ("[단독] 가람시 예산 5% 증액", "[단독] 가람시 예산 5% 증액", None),  # the outlet's own tag stays
    ],
)
def test_titles_lose_site_names(title: str, bare: str, site: str | None) -> None:
    got = strip_affixes(title)
    assert (got.title, got.site) == (bare, site)


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://n.news.naver.com/article/001/0014700000", "연합뉴스"),
        ("https://n.news.naver.com/mnews/article/421/0007000000?sid=100", "뉴스1"),
        ("https://news.naver.com/main/read.naver?mode=LSD&oid=020&aid=0003500000", "동아일보"),
        ("https://n.news.naver.com/article/999/0000000001", None),
        ("https://v.daum.net/v/20240605154210417", None),  # Daum's addresses carry no code
    ],
)
def test_portal_codes_name_the_outlet(url: str, outlet: str | None) -> None:
    votes = OutletVotes()
    assert vote_url(url, votes) is not None
    assert votes.best() == outlet


@pytest.mark.parametrize(
    ("lines", "site"),
    [
        (["가장 빠른 뉴스가 있고 다양한 정보, 쌍방향 소통이 숨쉬는 다음뉴스를 만나보세요."], "다음 뉴스"),
        (["沒有留言:", "張貼留言"], "블로그스팟"),
        (["오늘의유머", "베스트오브베스트"], "오늘의유머"),
        (["가람시는 네이버 뉴스 제휴를 신청했다고 밝혔다. 시 관계자는 이번 신청이 시정 홍보를 위한 것이라고 설명했다."], None),
    ],
)
def test_copying_site_from_its_chrome(lines: list[str], site: str | None) -> None:
    from malmoi.article.sites import site_in_chrome

    got = site_in_chrome(lines)
    assert (got.name if got else None) == site


def test_no_name_or_domain_belongs_to_two_outlets() -> None:
    data = tomllib.loads((DATA / "outlets.toml").read_text(encoding="utf-8"))
    seen: dict[str, str] = {}
    for o in data["outlet"]:
        for key in {"".join(a.split()).lower() for a in (o["name"], *o.get("aliases", ()))} | set(o["domains"]):
            assert seen.setdefault(key, o["name"]) == o["name"], f"{key}: {seen[key]} and {o['name']}"
