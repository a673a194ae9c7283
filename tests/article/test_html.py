"""HTML pages to records: real Korean pages (from ../shared, skipped when absent),
the outlet-template fixtures in examples/html, and tables of the small readers."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from malmoi.article.html import extract
from malmoi.article.html_meta import strip_site, to_iso
from malmoi.article.html_text import split_credit
from malmoi.model import Article, Caption, Page, Rejection, Source
from malmoi.pipeline import build_article
from malmoi.read import documents_from_bytes, iter_documents

ROOT = Path(__file__).parents[2]
FUNDUS = ROOT / ".." / "shared" / "data" / "html-fundus"
FIXTURES = sorted((ROOT / "examples" / "html").glob("*.html"))


def fold(s: str) -> str:
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", s)).lower()


# --- the real pages ------------------------------------------------------------


def _real_pages() -> list[tuple[str, str]]:
    if not FUNDUS.is_dir():
        return []
    files = sorted(p.name for p in FUNDUS.glob("*.html.gz"))
    out = []
    for outlet in ("HankookIlbo", "MBN"):
        mine = [f for f in files if f.startswith(outlet + "_")]
        out += [(f, f"V{i}") for i, f in enumerate(mine, start=1)]
    return out


@pytest.fixture(scope="module")
def real() -> dict[str, tuple[Article, dict[str, Any], str]]:
    if not FUNDUS.is_dir():
        pytest.skip("../shared/data/html-fundus is not here")
    meta = json.loads((FUNDUS / "meta.info").read_text(encoding="utf-8"))
    out = {}
    for name, key in _real_pages():
        expected = json.loads((FUNDUS / f"{name.split('_')[0]}.json").read_text(encoding="utf-8"))[key]
        raw = (FUNDUS / name).read_bytes()
        page = next(documents_from_bytes(raw, Source(path=name, url=meta[name]["url"])))
        assert isinstance(page, Page)
        art = build_article(page, with_quotes=False)
        assert isinstance(art, Article), art
        out[name] = (art, expected, extract(page.html or "", page.source.url).method)
    return out


REAL = [n for n, _ in _real_pages()] or ["(no shared data)"]


@pytest.mark.parametrize("name", REAL)
def test_real_title_authors_and_date(real: dict[str, Any], name: str) -> None:
    art, exp, _ = real[name]
    assert fold(art.title or "") == fold(exp["title"])
    names = {r.name for r in art.reporters}
    for author in exp["authors"]:
        assert re.sub(r"\s*기자.*$", "", author) in names
    pub = exp["publishing_date"].replace(" ", "T")
    pub = pub if "+" in pub else pub + "+09:00"
    assert art.published == pub


@pytest.mark.parametrize("name", REAL)
def test_real_body_in_order(real: dict[str, Any], name: str) -> None:
    art, exp, _ = real[name]
    body = [fold(p) for p in art.body]
    want = [fold(p) for s in exp["body"]["sections"] for p in s["paragraphs"]]
    heads = [fold(h) for s in exp["body"]["sections"] for h in s["headline"]]
    assert [p for p in body if p in want] == want  # every paragraph, in order
    assert set(body) <= set(want) | set(heads) | _crossheads(art)
    assert [fold(s) for s in art.subtitles] and fold("".join(art.subtitles)) == fold("".join(exp["body"]["summary"]))


def _crossheads(art: Article) -> set[str]:
    """Short sub-heads between paragraphs (kept in the body; fundus omits them on MBN)."""
    return {fold(p) for p in art.body if len(p) < 40 and not p.endswith(".")}


@pytest.mark.parametrize("name", REAL)
def test_real_captions_and_credits(real: dict[str, Any], name: str) -> None:
    art, exp, _ = real[name]
    assert len(art.captions) == len(exp["images"])
    for cap, img in zip(art.captions, exp["images"], strict=True):
        assert fold(cap.text) == fold(img["caption"])
        assert fold(re.sub(r"\s*기자$", "", cap.credit or "")) == fold(re.sub(r"\s*기자$", "", img["authors"][0]))


def test_the_embedded_json_page(real: dict[str, Any]) -> None:
    art, _, method = real["HankookIlbo_2026_01_29.html.gz"]
    assert method == "embedded"
    assert art.published == "2026-01-29T18:40:00+09:00" and art.modified == "2026-01-29T18:49:00+09:00"
    assert art.reporters[0].email == "spicy@hankookilbo.com"
    assert not any("ARTICLEAD" in p for p in art.body)


# --- the fixtures --------------------------------------------------------------

FIELDS = ("outlet", "title", "subtitles", "section", "reporters", "published", "modified", "body", "captions", "related")


@pytest.mark.parametrize("path", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_fixture(path: Path) -> None:
    expected = json.loads(path.with_name(path.stem + ".expected.json").read_text(encoding="utf-8"))
    page = next(iter_documents([str(path)]))
    art = build_article(page, with_quotes=False)  # type: ignore[arg-type]
    assert not isinstance(art, Rejection), art
    got = art.to_dict()
    for f in FIELDS:
        assert got[f] == expected[f], f


def test_fixtures_cover_the_outlet_families() -> None:
    names = " ".join(p.stem for p in FIXTURES)
    for family in ("yonhap", "khan", "hankyung", "zdnet", "kbs", "naver", "daum", "kyeongin", "embedded"):
        assert family in names


def test_a_page_without_an_article_is_rejected() -> None:
    page = Page(Source(path="empty.html", format="html"), html="<html><body><nav><a href='/'>홈</a></nav></body></html>")
    out = build_article(page, with_quotes=False)
    assert isinstance(out, Rejection) and out.reason in ("not_article", "empty")


# --- tables ----------------------------------------------------------------------


@pytest.mark.parametrize(("title", "expected"), [
    ("장동혁, 한동훈 제명했지만… '윤 어게인' 절연-정치ㅣ한국일보", "장동혁, 한동훈 제명했지만… '윤 어게인' 절연"),
    ("\"왜 싸우나\"... DJ 고향에서 외친 이재명 | 한국일보", "\"왜 싸우나\"... DJ 고향에서 외친 이재명"),
    ("‘흙수저’ 소년공이 쏘아올린 정치 신화 - 매일경제", "‘흙수저’ 소년공이 쏘아올린 정치 신화"),
    ("섬마을 바다 버스 첫 운항 < 사회 < 기사본문 - 경인일보", "섬마을 바다 버스 첫 운항"),
    ("AI 길안내 안경 공개 - ZDNet korea", "AI 길안내 안경 공개"),
    ("韓-美 정상 통화…\"공급망 협력\"", "韓-美 정상 통화…\"공급망 협력\""),
    ("반도체 수출 반등 | 가상경제신문", "반도체 수출 반등"),
])
def test_strip_site(title: str, expected: str) -> None:
    assert strip_site(title, []) == expected


@pytest.mark.parametrize(("text", "caption"), [
    ("이재명 후보가 연설하고 있다. 연합뉴스", Caption("이재명 후보가 연설하고 있다.", "연합뉴스")),
    ("시민들이 인사하고 있다. 고영권 기자", Caption("시민들이 인사하고 있다.", "고영권 기자")),
    ("당선인 모습. [사진 출처 = 이재명 캠프]", Caption("당선인 모습.", "이재명 캠프")),
    ("지지자들에게 인사하고 있다. [사진 = 김혜진 기자]", Caption("지지자들에게 인사하고 있다.", "김혜진 기자")),
    ("차고지. 2024.9.2/뉴스1", Caption("차고지.", "뉴스1")),
    ("안내문이 붙어 있다. (사진=국립공원공단 제공)", Caption("안내문이 붙어 있다.", "국립공원공단 제공")),
    ("옛 마을 돌담 [단양군 제공. 재판매 및 DB 금지]", Caption("옛 마을 돌담", "단양군 제공")),
    ("책자를 점검하고 있다. 인천=연합뉴스", Caption("책자를 점검하고 있다.", "연합뉴스")),
    ("▲ 개관식 모습", Caption("개관식 모습", None)),
    ("주민들이 책을 고르고 있다", Caption("주민들이 책을 고르고 있다", None)),
])
def test_split_credit(text: str, caption: Caption) -> None:
    assert split_credit(text) == caption


@pytest.mark.parametrize(("value", "iso"), [
    ("2025-05-15T20:00:52.000+0900", "2025-05-15T20:00:52+09:00"),
    ("2026.01.29 18:40", "2026-01-29T18:40:00+09:00"),
    ("20241015093000", "2024-10-15T09:30:00+09:00"),
    ("2024-09-02 11:05:00", "2024-09-02T11:05:00+09:00"),
    ("2023-06-09T10:24:00Z", "2023-06-09T19:24:00+09:00"),
    ("2024-06-11", "2024-06-11"),
    ("", None),
])
def test_to_iso(value: str, iso: str | None) -> None:
    assert to_iso(value) == iso


_SMALL = """<html><head><title>가람시 예산 5% 증액…“복지 먼저” - 솔빛타임즈</title>{meta}</head><body>
<div class="top">솔빛타임즈 | 로그인</div>
<div class="info">기사입력 :[ 2018-08-25 15:24 ]</div>
<h1>가람시 예산 5% 증액…“복지 먼저”</h1>
<div id="article-body"><p>가람시는 5일 시청에서 브리핑을 열고 내년 예산안을 발표했다. 예산은 올해보다 5% 늘어난 규모다.</p>
<p>시는 이번 예산안이 시의회 심사를 거쳐 다음 달 확정될 것이라고 설명했다. 시민단체는 사업을 따져보겠다고 했다.</p>
<p>김하늘 기자 sky@sollbit.example</p></div>
<div class="copy">Copyright © 솔빛타임즈 All rights reserved.</div></body></html>"""


def test_html_date_from_visible_text_and_address_from_the_page() -> None:
    meta = '<meta property="og:url" content="https://www.segye.com/newsView/20180825">'
    art = build_article(Page(Source(path="p.html"), html=_SMALL.format(meta=meta)), with_quotes=False)
    assert isinstance(art, Article)
    assert art.published == "2018-08-25T15:24:00+09:00"  # no meta date: the visible 기사입력 line
    assert art.source.url == "https://www.segye.com/newsView/20180825"  # og:url kept in source.url
    assert art.title == "가람시 예산 5% 증액…“복지 먼저”"


def test_html_page_copyright_beats_a_shared_domain() -> None:
    meta = '<link rel="canonical" href="https://news.mt.co.kr/mtview.php?no=1">'
    art = build_article(Page(Source(path="p.html"), html=_SMALL.format(meta=meta)), with_quotes=False)
    assert isinstance(art, Article)
    assert art.source.url == "https://news.mt.co.kr/mtview.php?no=1"
    assert art.outlet == "솔빛타임즈"  # the page's own copyright, an outlet the list lacks, as written


def test_html_in_body_subheading_stays_in_place() -> None:
    html = """<html><head><title>가람시 예산 5% 증액…“복지 먼저” | 세계일보</title>
<meta property="og:title" content="가람시 예산 5% 증액…“복지 먼저”"></head><body>
<div id="article-body"><p>복지 예산 먼저 늘린다</p>
<p>가람시는 5일 시청에서 브리핑을 열고 내년 예산안을 발표했다. 예산은 올해보다 5% 늘어난 규모다.</p>
<p>시는 이번 예산안이 시의회 심사를 거쳐 다음 달 확정될 것이라고 설명했다. 시민단체는 사업을 따져보겠다고 했다.</p>
</div></body></html>"""
    art = build_article(Page(Source(path="p.html"), html=html), with_quotes=False)
    assert isinstance(art, Article)
    assert art.title == "가람시 예산 5% 증액…“복지 먼저”"
    assert art.body[0] == "복지 예산 먼저 늘린다"  # the sub-heading the line reader took for a headline
    assert len(art.body) == 3


def test_a_blog_site_name_is_never_the_outlet() -> None:
    meta = '<meta property="og:site_name" content="네이버 블로그">'
    html = _SMALL.format(meta=meta).replace("Copyright © 솔빛타임즈 All rights reserved.", "")
    art = build_article(Page(Source(path="p.html", url="https://blog.naver.com/garam/1"), html=html), with_quotes=False)
    assert isinstance(art, Article)
    assert art.outlet != "네이버 블로그"
    assert art.repost is not None and art.repost.site == "네이버 블로그"
