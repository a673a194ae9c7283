"""The same quote across articles: exact, shortened, reworded; headlines tied or flagged."""

from __future__ import annotations

from typing import Any

from records import BODY, OTHER, quote, record

from malmoi.dedup import Corpus

SAID = "새벽에 일터로 나가는 시민들의 발이 되겠다"


def _article(rid: str, said: str, *, name: str = "이영호", kind: str = "person", body: list[str] | None = None,
             headline: str | None = None, published: str = "2025-03-03T10:00:00+09:00", outlet: str = "한빛일보",
             fidelity: list[int] | None = None) -> dict[str, Any]:
    body = list(body or OTHER)
    body[1] = f'{name}은 "{said}"고 말했다.'
    quotes = [quote(said, 1, body, name, kind, "새솔시" if kind == "person" else None)]
    title = "제목"
    if headline is not None:
        title = f'{name} "{headline}"'
        hq = quote(headline, 0, body, name, kind, "새솔시" if kind == "person" else None, place="headline")
        hq["start"], hq["end"] = len(name) + 2, len(name) + 2 + len(headline)
        hq["fidelity"] = {"level": "shortened" if fidelity else "not_found", "body_quotes": fidelity or []}
        quotes.append(hq)
    return record(rid, body, title=title, quotes=quotes, published=published, outlet=outlet)


def _group(corpus: Corpus, rid: str, idx: int = 0) -> str | None:
    return corpus.quote_links[rid][idx].group


def test_exact_shortened_and_reworded_variants_group() -> None:
    c = Corpus()
    c.add(_article("a", SAID, body=BODY, published="2025-03-03T09:00:00+09:00"))
    c.add(_article("b", SAID.replace(" ", "  "), outlet="새벽뉴스"))
    c.add(_article("c", "일터로 나가는 시민들의 발이 되겠다", outlet="누리경제"))
    c.add(_article("d", "새벽에 일터로 나가는 시민들의 발이 되겠습니다", outlet="가람일보"))
    c.add(_article("e", "버스 요금은 올리지 않겠다"))
    groups = [_group(c, r) for r in "abcde"]
    assert len(set(groups[:4])) == 1 and groups[4] != groups[0]
    assert [c.quote_links[r][0].variant for r in "abcd"] == ["exact", "exact", "shortened", "reworded"]
    summary = c.quotes.groups[str(groups[0])].summary()
    assert summary["first_article"] == "a"
    assert summary["outlets"] == ["가람일보", "누리경제", "새벽뉴스", "한빛일보"]


def test_other_speakers_words_do_not_group() -> None:
    c = Corpus()
    c.add(_article("a", SAID))
    c.add(_article("b", SAID, name="정하늘"))
    assert _group(c, "a") != _group(c, "b")


def test_anonymous_quotes_group_within_a_story_only() -> None:
    c = Corpus()
    c.add(_article("a", SAID, name="한 관계자", kind="anonymous", body=BODY))
    c.add(_article("a-copy", SAID, name="한 관계자", kind="anonymous", body=BODY))
    c.add(_article("b", SAID, name="한 관계자", kind="anonymous"))
    assert _group(c, "a") == _group(c, "a-copy") != _group(c, "b")


def test_headline_quotes_tied_by_fidelity_or_flagged() -> None:
    c = Corpus()
    c.add(_article("a", SAID, headline="시민들의 발이 되겠다", fidelity=[0]))
    c.add(_article("b", "버스 요금은 올리지 않겠다", headline="시민들의 발 되겠다"))
    c.add(_article("c", "노선 조정도 함께 검토하겠다", headline="시장직 걸겠다"))
    assert _group(c, "a", 1) == _group(c, "a", 0)
    assert _group(c, "b", 1) == _group(c, "a", 0)  # another article's body said it
    assert set(c.quotes.unsupported) == {("c", 1)}
    c.add(_article("d", "시장직을 걸겠다"))  # said later: no longer words nobody said
    assert c.quotes.unsupported == {}
    assert c.quotes.resolved[-1].group == _group(c, "d", 0)


def test_a_headline_subject_may_be_the_organisation_of_the_body_speaker() -> None:
    c = Corpus()
    body = list(OTHER)
    body[1] = f'한도윤 대변인은 "{SAID}"고 말했다.'
    quotes = [quote(SAID, 1, body, "한도윤", "person", "국민당", "대변인")]
    hq = quote("시민들의 발이 되겠다", 0, body, "국민당", "organization", place="headline")
    hq["start"], hq["end"] = 5, 5 + len(hq["text"])
    hq["fidelity"] = {"level": "not_found", "body_quotes": []}
    c.add(record("a", body, title='국민당 "시민들의 발이 되겠다"', quotes=[quotes[0], hq]))
    assert c.quote_links["a"][1].group == c.quote_links["a"][0].group
    assert c.quotes.unsupported == {}


def test_first_article_at_one_time_is_the_outlets_page_not_its_copy() -> None:
    c = Corpus()
    c.add(_article("z-outlet", SAID, body=BODY))
    copy = _article("a-copy", SAID, body=BODY)  # its id sorts first; the same published time
    copy["repost"] = {"site": "가람카페", "author": None, "posted": None, "title": None, "kind": "board"}
    c.add(copy)
    assert c.copies.cluster_of("a-copy") == c.copies.cluster_of("z-outlet")
    assert c.quotes.groups[str(_group(c, "a-copy"))].summary()["first_article"] == "z-outlet"
