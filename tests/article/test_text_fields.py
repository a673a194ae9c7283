"""Whole flattened pages (our own invented Korean) to their fields: outlet, headline,
reporters, dates, repost and warnings, decided with the page and its address in view."""

from __future__ import annotations

import json
from pathlib import Path

from malmoi.model import Article, Page, Source
from malmoi.pipeline import build_article
from malmoi.read import iter_documents

PARA = "가람시는 5일 시청에서 브리핑을 열고 내년 예산안을 발표했다. 예산은 올해보다 5% 늘어난 규모로, 복지와 교통에 먼저 쓰인다."
PARA2 = "시는 이번 예산안이 시의회 심사를 거쳐 다음 달 확정될 것이라고 설명했다. 시민단체들은 세부 사업의 타당성을 따져보겠다는 입장이다."


def read(text: str, url: str | None = None) -> Article:
    art = build_article(Page(Source(path="t.txt", url=url), text=text), with_quotes=False)
    assert isinstance(art, Article), art
    return art


def test_portal_copy_names_its_site_and_the_page_names_the_outlet() -> None:
    art = read("\n".join([
        "가람시 내년 예산 5% 증액…“복지 먼저”", PARA, PARA2,
        "가람CBS 김하늘 기자 sky@garam.kr", "Copyright © 노컷뉴스. 무단전재 및 재배포 금지.",
    ]), url="https://v.daum.net/v/20240605154210417")
    assert art.repost is not None and art.repost.site == "다음 뉴스"
    assert art.repost.kind == "portal"
    assert art.outlet == "노컷뉴스"  # '가람CBS' is a bureau, not a word naming the outlet
    assert [r.name for r in art.reporters] == ["김하늘"]


def test_wire_copy_on_a_paper_site_credits_the_wire() -> None:
    art = read("\n".join([
        "정치 정치일반", "[국감 말·말·말](5일)", "연합뉴스", "입력 2025.10.22 16:15", "수정 2025.10.22 16:15", PARA, PARA2,
    ]), url="https://www.fnnews.com/news/202510221615134907")
    assert art.outlet == "연합뉴스"
    assert art.repost is not None and art.repost.site == "파이낸셜뉴스"
    assert art.repost.kind == "outlet"
    assert art.title == "[국감 말·말·말](5일)"
    assert art.published == "2025-10-22T16:15:00+09:00"


def test_a_credit_beside_the_byline_beats_a_shared_domain_and_its_masthead() -> None:
    art = read("\n".join([
        "머니투데이", "속보", "가람FC 한솔, 'MOM' 선정.. \"침착함 부족했다\"", "스타뉴스", "• 가람경기장=김우솔 기자", PARA, PARA2,
    ]), url="https://news.mt.co.kr/mtview.php?no=2015031819225787945")
    assert art.outlet == "스타뉴스"
    assert [r.name for r in art.reporters] == ["김우솔"]


def test_a_board_copy_date_is_the_posting_time() -> None:
    art = read("\n".join([PARA, "2018-03-15 02:58:58", PARA2]), url="https://m.todayhumor.co.kr/view.php?no=1")
    assert art.published is None
    assert art.repost is not None and (art.repost.site, art.repost.posted) == ("오늘의유머", "2018-03-15")
    assert any("posting time" in w for w in art.warnings)


def test_outlet_abroad_keeps_its_local_time() -> None:
    art = read("\n".join([
        "한 시장 \"앞으로 발 뻗고 자겠다\"", "[LA중앙일보] 발행 2018/04/27 미주판 2면 기사입력 2018/04/26 22:46", PARA, PARA2,
    ]), url="http://www.koreadaily.com/news/read.asp?art_id=1")
    assert art.outlet == "LA중앙일보"
    assert art.published == "2018-04-26T22:46:00-07:00"


def test_headline_printed_below_the_byline_above_its_dateline() -> None:
    art = read("\n".join([
        "가람시장이 물러났다.", PARA, PARA2, "김하늘 기자", "sky@segye.com",
        '<속보> 가람시의회 "전원일치로 시장 해임" 속보>', "기사입력 2017-03-10 11:23:10", "기사수정 2017-03-10 11:40:00",
    ]))
    assert art.title == '<속보> 가람시의회 "전원일치로 시장 해임"'
    assert (art.published, art.modified) == ("2017-03-10T11:23:10+09:00", "2017-03-10T11:40:00+09:00")
    assert art.body[0] == "가람시장이 물러났다."
    assert art.outlet == "세계일보"


def test_unknown_outlets_named_by_the_page_are_taken_as_written() -> None:
    assert read("\n".join(["가람시 예산 5% 증액", PARA, PARA2, "법인명 : (주)가람일보 | 대표 : 한솔"])).outlet == "가람일보"
    assert read("\n".join(["가람시 예산 5% 증액", PARA, PARA2, "Copyright © 한빛타임즈 All rights reserved."])).outlet == "한빛타임즈"
    art = read("\n".join(["가람시 예산 5% 증액", "[솔빛뉴스] " + PARA, PARA2]))
    assert art.outlet == "솔빛뉴스" and art.body[0] == PARA
    tagged = read("\n".join(["가람시 예산 5% 증액", "[뉴스분석] " + PARA, PARA2]))
    assert tagged.outlet is None  # a column tag is no outlet


def test_menu_text_and_bite_labels_are_never_headlines() -> None:
    art = read("\n".join(["기사제보 및 독자의견", "후원안내 정기구독 가람일보샵", "기타", '가람시 "예산은 민생에 먼저"', PARA, PARA2]))
    assert art.title == '가람시 "예산은 민생에 먼저"'
    art = read("\n".join(["한가람 시장 (그제)", '"시민 여러분께 심려를 끼쳐 송구스럽게 생각합니다."', PARA, PARA2]))
    assert art.title is None
    assert "no headline found" in art.warnings


def test_a_date_glued_to_a_header_line() -> None:
    art = read("\n".join(["가람당 “사과하고 자숙하라” 기사입력:2006-11-16 17:37:25", PARA, PARA2]))
    assert art.published == "2006-11-16T17:37:25+09:00"
    assert art.title == "가람당 “사과하고 자숙하라”"


def test_a_video_credit_beside_its_date_names_the_reporter() -> None:
    art = read("\n".join(["가람천 빗속 연행", PARA, "ⓒ한솔빛 | 2008.05.28 17:55", PARA2]))
    assert [r.name for r in art.reporters] == ["한솔빛"]
    assert art.published == "2008-05-28T17:55:00+09:00"


def test_closing_bylines_stand_together_and_the_crew_is_no_reporter() -> None:
    art = read("\n".join(["가람시 예산 5% 증액", PARA, PARA2, "한솔 기자 sol@seoul.co.kr", "박가온 기자 on@seoul.co.kr",
                          "영상취재 : 이누리 기자", "Copyright ⓒ 서울신문 All rights reserved."]))
    assert [r.name for r in art.reporters] == ["한솔", "박가온"]


def test_broadcast_reporters_named_by_the_anchor() -> None:
    art = read("\n".join(["가람시 새해 소망은?", "새해 첫날 시민들은 어떤 소망을 빌었을까요. 김하늘 기자가 들어봤습니다.",
                          "김하늘 기자가 들어봤습니다.", PARA, PARA2]))
    assert [r.name for r in art.reporters] == ["김하늘"]


def test_warnings_name_what_was_not_found_or_guessed() -> None:
    art = read("\n".join(["가람시 예산 5% 증액…“복지 먼저”", PARA, PARA2]), url="https://www.segye.com/newsView/1")
    assert art.outlet == "세계일보"
    assert any("address" in w for w in art.warnings)
    assert "no byline found" in art.warnings and "no publication date found" in art.warnings
    chrome = read("\n".join(["가람일보", "로그인", "회원가입", "전체메뉴", "많이 본 뉴스", "오늘의 날씨 맑음", "구독", "공유"]))
    assert any("chrome" in w or "no article text" in w for w in chrome.warnings)


PARA3 = "한편 시의회는 다음 주부터 상임위원회별로 예산안 심사에 들어간다. 쟁점은 교통 분야 신규 사업이다."


def test_portal_byline_a_name_beside_the_date() -> None:
    art = read("\n".join(["가람시 예산 5% 증액…복지 먼저", "김하늘 2024. 3. 5. 10:12", PARA, PARA2]))
    assert [r.name for r in art.reporters] == ["김하늘"]
    assert art.published == "2024-03-05T10:12:00+09:00"


def test_byline_glued_to_the_last_paragraph() -> None:
    art = read("\n".join(["가람시 예산 5% 증액…복지 먼저", PARA, PARA2 + " 세종=김하늘 기자 sky@garam.kr"]))
    assert [(r.name, r.email) for r in art.reporters] == [("김하늘", "sky@garam.kr")]
    assert art.body == [PARA, PARA2]
    # a caption's credit at the top is the photographer's, not a byline
    cap = read("\n".join(["가람시 예산 5% 증액…복지 먼저", "시장이 28일 시청에서 열린 회의에 참석했다. 가람=박가온 기자 on@garam.kr", PARA, PARA2]))
    assert cap.reporters == []


def test_sign_off_and_photographer_credit() -> None:
    art = read("\n".join(["가람시 예산 5% 증액…복지 먼저", PARA, PARA2, "도쿄 김하늘 특파원입니다."]))
    assert [r.name for r in art.reporters] == ["김하늘"] and art.body == [PARA, PARA2]
    art = read("\n".join(["가람시 예산 5% 증액…복지 먼저", "김하늘 기자", PARA, "사진=박가온 기자", PARA2]))
    assert [r.name for r in art.reporters] == ["김하늘"]
    assert art.body == [PARA, PARA2]


def test_a_repeated_reporter_label_in_a_transcript_does_not_end_the_body() -> None:
    art = read("\n".join(["가람시 예산 5% 증액…복지 먼저", "[앵커]", PARA, "[김하늘 기자]", PARA2, "[김하늘 기자]", PARA3]))
    assert [r.name for r in art.reporters] == ["김하늘"]
    assert art.subtitles == []
    assert art.body[-1] == PARA3 and PARA2 in art.body


def test_a_weekday_date_in_the_headline_line() -> None:
    head = "가람시 예산안 시의회 통과…복지 예산 먼저 늘리고 교통 사업은 다음으로 2019-11-09(토)"
    art = read("\n".join([head, PARA, PARA2]))
    assert art.title == "가람시 예산안 시의회 통과…복지 예산 먼저 늘리고 교통 사업은 다음으로"
    assert art.published == "2019-11-09"


def test_a_photo_credit_names_no_outlet() -> None:
    art = read("\n".join(["가람시 예산 5% 증액…“복지 먼저”", PARA, "한솔 시장. ⓒ뉴스1", PARA2]))
    assert art.outlet is None
    assert [c.credit for c in art.captions] == ["뉴스1"]


def test_the_address_in_a_jsonl_record_votes(tmp_path: Path) -> None:
    rec = {"url": "https://www.hankyung.com/article/2024030512345", "text": "\n".join(["가람시 예산 5% 증액…“복지 먼저”", PARA, PARA2])}
    f = tmp_path / "docs.jsonl"
    f.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    page = next(iter(iter_documents([str(f)])))
    art = build_article(page, with_quotes=False) if isinstance(page, Page) else page
    assert isinstance(art, Article)
    assert art.source.url == rec["url"] and art.outlet == "한국경제"


def test_the_outlet_the_source_spoke_to() -> None:
    para = "가람세관 측은 27일 '디스패치'와의 전화 통화에서 \"홍보대사 계약은 이달 말까지\"라고 말했다. 세관은 연장 여부를 논의 중이다."
    art = read("\n".join(["가람세관, 홍보대사 연장 논의", para, PARA2]))
    assert art.outlet == "디스패치"
    art = read("\n".join(["가람세관, 홍보대사 연장 논의", para, PARA2, "Copyright © 세계일보 무단전재 및 재배포 금지"]))
    assert art.outlet == "세계일보"  # the page's own copyright outweighs it


def test_the_anchors_short_lead_after_the_byline_is_body_not_a_sub_headline() -> None:
    lead = "가람시가 예산을 늘립니다."  # short: no paragraph test would call it text
    art = read("\n".join(["가람시 내년 예산 5% 증액…복지 먼저", "입력 2024-06-05 19:40", "김하늘 기자", "[앵커]", lead, "[기자]", PARA, PARA2]))
    assert art.title == "가람시 내년 예산 5% 증액…복지 먼저"
    assert art.subtitles == []
    assert art.body[0] == lead and art.body[1:] == [PARA, PARA2]


def test_a_headline_with_a_quote_and_no_byline_after_it_is_the_title() -> None:
    head = "가람전자 대표 “확률 공개, 숨길 이유 없다”"  # ends like a sentence inside the marks, no period
    art = read("\n".join([head, PARA, PARA2]))
    assert art.title == head
    assert art.body == [PARA, PARA2]


def test_a_short_first_sentence_after_the_byline_is_body() -> None:
    first = "가람시가 예산을 늘리기로 했다."  # too short for a paragraph test
    art = read("\n".join(["가람시 내년 예산 5% 증액…복지 먼저", "입력 2024-06-05 10:00", "김하늘 기자", first, PARA, PARA2]))
    assert art.subtitles == []
    assert art.body == [first, PARA, PARA2]


def test_a_weather_widget_and_its_date_are_the_sites_not_the_articles() -> None:
    art = read("\n".join([
        "2024.03.02 (토)", "", "  • 맑음서울 9.9℃", "  • 구름많음부산 12.0℃", "  • 맑음고창 ℃", "기상청 제공", "닫기", "",
        "가람시 내년 예산 5% 증액…복지 먼저", "", f"[ 가람타임즈 - 한도윤 기자 ] {PARA}", PARA2,
    ]))
    assert art.title == "가람시 내년 예산 5% 증액…복지 먼저"
    assert art.subtitles == []
    assert art.published is None  # the header's date over the widget is the site's today
    assert art.outlet == "가람타임즈"  # a bracketed byline's outlet the list lacks, as written
    assert [r.name for r in art.reporters] == ["한도윤"]
    assert art.body[0] == PARA


def test_bracketed_bylines_with_a_desk_place_or_an_unknown_outlet_before_the_reporter() -> None:
    art = read("\n".join(["가람시 내년 예산 5% 증액", "입력 2024-03-02 10:00", f"[가람파이낸스 (부산) 한도윤 기자] {PARA}", PARA2]))
    assert art.outlet == "가람파이낸스" and [r.name for r in art.reporters] == ["한도윤"]
    art = read("\n".join(["가람시 내년 예산 5% 증액", "입력 2024-03-02 10:00", f"[가람뉴스통신=오세린 기자] {PARA}", PARA2]))
    assert art.outlet == "가람뉴스통신" and [r.name for r in art.reporters] == ["오세린"]
    assert art.body[0] == PARA


def test_a_script_wrapped_at_a_fixed_width_is_read_as_its_sentences() -> None:
    from malmoi.article.text import split_lines, unwrap, wrap_width

    paras = [
        "한도윤 새솔시장이 시정 설명회 여덟 번째 방문지로 동해구를 찾았습니다. 야당 구청장이 있는 구를 찾은 것은 이번이 처음입니다.",
        "자신이 매일 출퇴근하는 곳이 동해구라고 말문을 연 한 시장은 동해구를 관광과 문화가 어우러진 도시로 발전시켜야 한다고 말했습니다.",
        "이에 대해 한 시장은 민간사업자로부터 어떠한 제안이나 요청도 없는 상태라며 입장을 유보했습니다. 주민들은 다음 설명회를 기다리고 있습니다.",
        "이어진 주민 질의응답 시간에는 주차장 부족과 통학로 안전 같은 다양한 지역 현안이 한꺼번에 거론됐습니다.",
    ]
    # a page that broke every line at 30 characters, inside words too, and dropped the spaces at the breaks
    hard = "\n\n".join("\n".join(p[i : i + 30].strip() for i in range(0, len(p), 30)) for p in paras)
    width = wrap_width(hard)
    assert width == 30
    joined = split_lines(unwrap(hard, width))
    assert [x.replace(" ", "") for x in joined] == [p.replace(" ", "") for p in paras]
    assert split_lines(hard) == joined  # split_lines unwraps on its own
    assert sum(a == b for a, b in zip(joined, paras, strict=True)) >= 2  # most spaces at word ends come back
    assert wrap_width("\n".join(paras)) is None  # lines of their own length are no wrapping


def test_reporters_named_in_the_anchors_lead() -> None:
    for lead, name in (
        ("한도윤 새솔시장이 동해구를 찾았습니다. 오세린 기자의 보도 입니다.", "오세린"),
        ("선거 운동 마지막 날, 오세린 기자가 후보들의 하루를 돌아봤습니다.", "오세린"),
    ):
        art = read("\n".join(["새솔시장 동해구 방문", "입력 2024-03-02 10:00", "[앵커]", lead, "[기자]", PARA, PARA2]))
        assert [r.name for r in art.reporters] == [name]


def test_a_blogs_previous_and_next_post_links_are_chrome() -> None:
    art = read("\n".join([
        "[이전 글]", "3월 1일 (금) [시사 대담] 한도윤 교수와의 인터뷰: 새솔시 예산 어디로 가나", "[다음 글]",
        "3월 4일 (월) [경제 브리핑] 오세린 연구원과의 인터뷰: 물가는 언제 잡히나", "", "가람시 내년 예산 5% 증액", PARA, PARA2,
    ]))
    assert art.body == [PARA, PARA2]
    assert art.title == "가람시 내년 예산 5% 증액"


def test_a_wire_dateline_after_a_portals_flattened_chrome_starts_the_body() -> None:
    art = read("\n".join([
        "가람시 내년 예산 5% 증액", "입력 2024-03-02 10:00",
        f"오세린기자 구독 구독중 이전 다음 이미지 확대 한도윤 가람시장 [가람시 제공] (가람=연합뉴스) 오세린 기자 = {PARA}", PARA2,
    ]))
    assert art.outlet == "연합뉴스" and [r.name for r in art.reporters] == ["오세린"]
    assert art.body[0] == PARA
