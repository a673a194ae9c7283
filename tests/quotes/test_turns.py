"""The turns pass: transcripts read as a whole (labels in any style, narration, long turns).

Every text is our own writing."""

from __future__ import annotations

from typing import Any

import pytest

from malmoi.model import Article, Page, Source
from malmoi.pipeline import build_article
from malmoi.quotes.turns import read_label, read_turns

LEAD = "입력 2025-01-02 10:00\n\n시장 골목의 새해 첫 장이 섰습니다. 상인들과 손님들은 저마다 올해의 바람을 이야기했습니다.\n\n"


def page(title: str, *paras: str) -> str:
    return title + "\n\n" + LEAD + "\n\n".join(paras)


def records_of(text: str) -> list[dict[str, Any]]:
    """The quote records of a whole page, as written out."""
    art = build_article(Page(Source(path="t.txt"), text=text))
    assert isinstance(art, Article), art
    quotes: list[dict[str, Any]] = art.to_dict()["quotes"]
    return quotes


def quotes_of(text: str) -> list[tuple[str | None, str]]:
    art = build_article(Page(Source(path="t.txt"), text=text))
    assert not hasattr(art, "reason"), art
    return [(q.speaker.name, q.text) for q in art.quotes if q.in_ == "body"]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("line", "who", "style"),
    [
        ("◆ 한소라> 네, 안녕하세요.", "한소라", "mark"),
        ("▷진행자 : 다음 질문입니다.", "진행자", "mark"),
        ("▶한소라", "한소라", "alone"),
        ("◀INT▶한소라/시장 상인", "한소라/시장 상인", "bite"),
        ("<인터뷰> 한소라(시장 상인) : \"손님이 줄었어요.\"", "한소라(시장 상인)", "bite"),
        ("녹취> 한소라 시장 상인 \"손님이 줄었어요.\"", "한소라 시장 상인", "bite"),
        ("▶ 인터뷰 : 한소라 / 시장 상인", "한소라 / 시장 상인", "bite"),
        ("[한소라 / 시장 상인]", "한소라 / 시장 상인", "alone"),
        ("한소라 > 그렇게 생각합니다.", "한소라", "gt"),
        ("한소라: \"그렇게 생각합니다.\"", "한소라", "colon"),
        ("인터뷰-한소라/ 시장 상인", "한소라/ 시장 상인", "bite"),
        ("▶ 인터뷰 : 한소라 / 시장 상인 - \"손님이 줄었어요.\"", "한소라 / 시장 상인", "bite"),
        ("☎ 진행자 > 다음 질문입니다.", "진행자", "mark"),
        ("▲새솔 한소라 감독=선수들이 잘 해줬다.", "새솔 한소라 감독", "eq"),
        ("[우병원 / 새솔시 주민 : 밤마다 잠을 못 자요.]", "우병원 / 새솔시 주민", "bracket"),
        ("[싱크:한소라]", "한소라", "bite"),
        ("[한소라 / 새솔시 주민] \"물이 차올랐어요.\"", "한소라 / 새솔시 주민", "bite"),
    ],
)
def test_label_styles(line: str, who: str, style: str) -> None:
    got = read_label(line)
    assert got is not None
    assert (got[0].who, got[0].style) == (who, style)


@pytest.mark.parametrize(
    "line",
    ["[앵커]", "시장에는 손님이 없었다.", "주가 > 전일 대비", "■ 방송 : 라디오 아침 프로그램", "▷ 전화 : 02-123-4567", "▷ 홈페이지 : www.hanbit.example"],
)
def test_not_labels(line: str) -> None:
    assert read_label(line) is None


CASES = [
    (
        "a hollow bullet is the host, a filled one the guest",
        "라디오 대담\n\n" + LEAD + "◇ 한소라> 오늘은 시장 이야기를 해보겠습니다. 어서 오세요.\n\n◆ 윤도경> 네, 반갑습니다.\n\n"
        "◇ 한소라> 요즘 손님은 어떻습니까?\n\n◆ 윤도경> 많이 줄었습니다. 주말에도 한산합니다.",
        [("윤도경", "네, 반갑습니다."), ("윤도경", "많이 줄었습니다. 주말에도 한산합니다.")],
    ),
    (
        "a label that says 진행자 makes its bullet the host's, filled or hollow",
        "라디오 대담\n\n" + LEAD + "▶ 진행자 : 오늘은 새솔연구소 윤도경 소장과 함께합니다. 어서 오세요.\n\n▷ 윤도경 : 안녕하세요.\n\n"
        "▶ 진행자 : 전세 피해가 늘고 있는데요.\n\n▷ 윤도경 : 네, 올해 신고가 두 배로 늘었습니다.",
        [("윤도경", "안녕하세요."), ("윤도경", "네, 올해 신고가 두 배로 늘었습니다.")],
    ),
    (
        "with no host word, the bullet whose turns ask is the host's",
        "라디오 대담\n\n" + LEAD + "▶한소라 : 윤도경 소장 모셨습니다. 요즘 시장은 어떻습니까?\n\n▷윤도경 : 손님이 많이 줄었습니다.\n\n"
        "▶한소라 : 언제쯤 나아질까요?\n\n▷윤도경 : 내년 봄은 돼야 합니다.",
        [("윤도경", "손님이 많이 줄었습니다."), ("윤도경", "내년 봄은 돼야 합니다.")],
    ),
    (
        "a label that declares its short form ('(이하 한다정)') names a person, and the short labels are that person",
        "라디오 대담\n\n" + LEAD + "◇ 이성민 교수(이하 이성민)> 오늘은 새솔당 한다정 의원과 이야기 나눠보겠습니다. 안녕하세요?\n\n"
        "◆ 한다정 새솔당 의원(이하 한다정)> 안녕하세요. 반갑습니다.\n\n◇ 이성민> 요즘 어떻게 지내세요?\n\n"
        "◆ 한다정> 지역구를 열심히 다니고 있습니다.",
        [("한다정", "안녕하세요. 반갑습니다."), ("한다정", "지역구를 열심히 다니고 있습니다.")],
    ),
    (
        "the first turn that introduces the guests is the host's, whatever its bullet; '◐' marks a second guest",
        "라디오 대담\n\n" + LEAD + "▶ 한소라 : 두 분 나오셨습니다. 윤도경 의원, 최가온 의원 안녕하세요.\n\n▷ 윤도경 : 네, 안녕하십니까.\n\n"
        "◐ 최가온 : 반갑습니다.\n\n▶ 한소라 : 선거 얘기부터 하죠.\n\n▷ 윤도경 : 분위기가 좋습니다.",
        [("윤도경", "네, 안녕하십니까."), ("최가온", "반갑습니다."), ("윤도경", "분위기가 좋습니다.")],
    ),
    (
        "the first speaker who asks the questions is the host",
        "대담\n\n" + LEAD + "한소라 > 윤도경 교수와 이야기 나눕니다. 안녕하십니까?\n\n윤도경 > 네, 안녕하세요.\n\n"
        "한소라 > 물가는 언제 안정될까요?\n\n윤도경 > 내년 봄은 돼야 합니다.\n\n한소라 > 정부 대책은 충분합니까?\n\n"
        "윤도경 > 아직은 부족합니다.",
        [("윤도경", "네, 안녕하세요."), ("윤도경", "내년 봄은 돼야 합니다."), ("윤도경", "아직은 부족합니다.")],
    ),
    (
        "turns glued into one paragraph",
        "라디오 대담\n\n" + LEAD + "▷한소라 : 어서 오세요. 오늘은 시장 상인 한 분을 모시고 장바구니 물가 얘기부터 해보겠습니다. 요즘 어떠세요? "
        "▶윤도경 : 네. 장바구니 물가가 많이 올랐습니다. 채소값이 특히 많이 올라서 손님들이 사는 양을 줄였습니다. "
        "▷한소라 : 언제쯤 안정될까요? ▶윤도경 : 내년 봄은 돼야 한다고 봅니다. 날씨가 도와줘야 하고요.",
        [
            ("윤도경", "네. 장바구니 물가가 많이 올랐습니다. 채소값이 특히 많이 올라서 손님들이 사는 양을 줄였습니다."),
            ("윤도경", "내년 봄은 돼야 한다고 봅니다. 날씨가 도와줘야 하고요."),
        ],
    ),
    (
        "a bite wrapped over lines is one quote",
        "새해 소망\n\n" + LEAD + "시민들의 새해 소망을 들어봤습니다.\n\n◀INT▶윤도경/시장 상인\n\n\"손님이 다시 늘어서\n\n"
        "가게가 북적였으면 좋겠다.\"\n\n시민들의 바람은 한결같았습니다.",
        [("윤도경", "손님이 다시 늘어서\n가게가 북적였으면 좋겠다.")],
    ),
    (
        "the anchor's turn is narration, a quote inside it is not the anchor's",
        "물가 대책\n\n" + LEAD + "한소라 앵커> 정부가 물가 대책을 내놨습니다.\n\n리포트>\n\n시장 상인들은 반응이 엇갈렸습니다.\n\n"
        "인터뷰> 윤도경 / 시장 상인\n\n\"조금은 나아지겠죠.\"\n\n정부는 \"다음 달부터 할인 행사를 열겠다\"고 밝혔습니다.",
        [("윤도경", "조금은 나아지겠죠."), ("정부", "다음 달부터 할인 행사를 열겠다")],
    ),
    (
        "post-game words '이름 직함=…' under any bullet or none, each ending with its line",
        "야구 결산\n\n" + LEAD + "▶한빛 박서준 감독=투수들이 끝까지 버텨줬다.\n\n◆누리 최영호 감독=“타선이 침묵해 아쉬웠다.”\n\n"
        "누리 강하람 코치=다음 경기는 이기겠다.\n\n두 팀은 내일 다시 맞붙는다.",
        [("박서준", "투수들이 끝까지 버텨줬다."), ("최영호", "타선이 침묵해 아쉬웠다."), ("강하람", "다음 경기는 이기겠다.")],
    ),
    (
        "'(이름 직함) 말' labels in parentheses open turns; the anchor's are narration",
        "방송 대담\n\n" + LEAD + "(정하늘 의원) 오늘 드릴 말씀이 많습니다.\n\n(김한결 앵커) 네, 말씀하시죠.\n\n(정하늘 의원) 예산이 너무 적어요.",
        [("정하늘", "오늘 드릴 말씀이 많습니다."), ("정하늘", "예산이 너무 적어요.")],
    ),
    (
        "bracketed bites with no label go on with the one interviewed ('[한가람/주민 : …]', then '[네, …]')",
        "섬마을 연결\n\n" + LEAD + "[앵커] 전화 연결된 주민 한 분 계십니다. 지금 상황은 어떻습니까?\n\n[한가람/섬마을 주민 : 아직 조용합니다.]\n\n"
        "대피는 하셨나요?\n\n[네, 마을회관에 모여 있어요.]",
        [("한가람", "아직 조용합니다."), ("한가람", "네, 마을회관에 모여 있어요.")],
    ),
    (
        "bracketed answers after a reporter's 'Q.' are the one the anchor introduced ('시민 한 분과 이야기 나눠보겠습니다')",
        "투표소 표정\n\n" + LEAD + "[앵커] 투표소 앞에서 시민 한 분과 이야기 나눠보겠습니다.\n\nQ. 언제 나오셨나요\n\n[아침 일찍 나왔어요]\n\n"
        "Q. 왜 나오셨나요\n\n[꼭 투표하고 싶었어요.]",
        [("시민", "아침 일찍 나왔어요"), ("시민", "꼭 투표하고 싶었어요.")],
    ),
    (
        "a vox-pop: a name label, then the reporter's 'Q.' questions (narration) and the answers; '신입 아나운서 지원' is no host",
        "면접장 스케치\n\n" + LEAD + "[정다온 / 신입 PD 지원]\n\nQ. 오늘 면접 어땠어요?\n\n생각보다 떨리지 않았어요.\n\nQ. 어떤 PD가 되고 싶나요?\n\n"
        "사람 냄새 나는 다큐를 만들고 싶습니다.\n\n[한결 / 신입 아나운서 지원]\n\nQ. 면접은요?\n\n목소리가 떨렸어요.",
        [("정다온", "생각보다 떨리지 않았어요."), ("정다온", "사람 냄새 나는 다큐를 만들고 싶습니다."), ("한결", "목소리가 떨렸어요.")],
    ),
    (
        "a role word is no host where a credit names the host, in an interviewee's '[이름 / YTN 취재 기자]', or where every label has one (anchors interviewed)",
        "앵커 간담회\n\n" + LEAD + "▷ 앵커를 맡은 소감은?\n\n▶ 한도윤 앵커 : 설레면서도 무겁습니다.\n\n▶ 남궁설 앵커 : 잘 해보겠습니다.\n\n"
        "▷ 각오는요?\n\n▶ 한도윤 앵커 : 정직한 뉴스를 하겠습니다.",
        [("한도윤", "설레면서도 무겁습니다."), ("남궁설", "잘 해보겠습니다."), ("한도윤", "정직한 뉴스를 하겠습니다.")],
    ),
    (
        "three bullets: the host opens the programme, both other bullets are guests",
        "시사 대담\n\n" + LEAD + "▶한소라 : 오늘도 두 분 모셨습니다. 한 주 어떻게 지내셨어요?\n\n▷윤도경 : 바빴죠. 왜 이제 부르셨어요?\n\n"
        "▶한소라 : (웃음) 자리가 없었습니다.\n\n◉남궁설 : 저는 한가했습니다.\n\n▷윤도경 : 부럽네요. 정말요?",
        [("윤도경", "바빴죠. 왜 이제 부르셨어요?"), ("남궁설", "저는 한가했습니다."), ("윤도경", "부럽네요. 정말요?")],
    ),
    (
        "a programme named after its host ('한소라의 시사광장') makes that speaker the host",
        "시사광장\n\n" + LEAD + "아래는 '한소라의 시사광장' 방송 내용입니다.\n\n▶한소라 : 어서 오세요.\n\n▷윤도경 : 오늘 주제가 뭔가요?\n\n"
        "▶한소라 : 전세 문제입니다.\n\n▷윤도경 : 그렇군요. 피해가 크죠?",
        [("윤도경", "오늘 주제가 뭔가요?"), ("윤도경", "그렇군요. 피해가 크죠?")],
    ),
]


@pytest.mark.parametrize(("why", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_turns(why: str, text: str, expected: list[tuple[str | None, str]]) -> None:
    assert quotes_of(text) == expected


def test_a_long_quote_keeps_both_paragraphs() -> None:
    text = next(t for why, t, _ in CASES if why == "a bite wrapped over lines is one quote")
    art = build_article(Page(Source(path="t.txt"), text=text))
    q = next(q for q in art.quotes if q.speaker.name == "윤도경")  # type: ignore[union-attr]
    assert q.paragraph_end is not None and q.paragraph_end > q.paragraph  # type: ignore[operator]
    body = art.body  # type: ignore[union-attr]
    assert q.text == body[q.paragraph][q.start :] + "\n" + body[q.paragraph_end][: q.end]
    assert q.to_dict()["paragraph_end"] == q.paragraph_end


def test_narration_turns_are_marked() -> None:
    body = ["◇ 한소라> 어서 오세요.", "◆ 윤도경> 반갑습니다.", "◇ 한소라> 질문입니다?", "◆ 윤도경> 답입니다."]
    tr = read_turns(body)
    assert [(t.key, t.narration) for t in tr.turns] == [("한소라", True), ("윤도경", False), ("한소라", True), ("윤도경", False)]


def test_headline_quotes_of_an_interview_go_to_its_interviewee() -> None:
    text = (
        "“시장은 다시 살아날 것”\n\n“윤석진 구청장 말처럼 주차장부터 늘려야”\n\n" + LEAD
        + "정하늘 > 오늘은 윤도경 상인회장과 이야기 나눕니다. 안녕하세요?\n\n윤도경 > 네, 안녕하세요.\n\n"
        "정하늘 > 요즘 시장 분위기는 어떻습니까?\n\n윤도경 > 조금씩 손님이 늘고 있습니다.\n\n"
        "정하늘 > 앞으로 무엇이 필요할까요?\n\n윤도경 > 주차장이 제일 급합니다."
    )
    art = build_article(Page(Source(path="t.txt"), text=text))
    heads = [(q.speaker.name, q.text) for q in art.quotes if q.in_ == "headline"]  # type: ignore[union-attr]
    assert heads and all(name == "윤도경" for name, _ in heads), heads


def test_a_printed_interview_gives_each_answer_to_the_interviewee() -> None:
    text = page(
        "경기 후 일문일답",
        "경기 후 윤가람 한빛 FC 감독은 \"선수들이 잘 버텼다\"고 말했다. 다음은 윤 감독과의 일문일답이다.",
        "-승리 소감은?",
        "(한도윤)골을 넣어 기쁘다. 팀이 이겨서 더 좋다.",
        "-후반 교체의 이유는?",
        "체력을 아끼려고 했다. 다음 경기가 더 중요하다.",
        "-다음 상대는 어떻게 보나.",
        "강한 팀이다. 준비를 잘하겠다.",
    )
    got = quotes_of(text)
    assert got == [
        ("윤가람", "선수들이 잘 버텼다"),
        ("한도윤", "골을 넣어 기쁘다. 팀이 이겨서 더 좋다."),
        ("윤가람", "체력을 아끼려고 했다. 다음 경기가 더 중요하다."),
        ("윤가람", "강한 팀이다. 준비를 잘하겠다."),
    ]


def test_a_bare_label_line_then_the_words_in_marks() -> None:
    text = page(
        "사과문 논란",
        "윤가람 한빛시장 (어제)",
        "\"시민 여러분께 걱정을 끼쳐 죄송합니다.\"",
        "사과의 수위를 두고 말이 많았습니다.",
        "한도윤 / 한빛시 대변인",
        "(사과문은 누가 썼습니까?) \"시장께서 직접 쓰셨습니다.\"",
    )
    assert quotes_of(text) == [
        ("윤가람", "시민 여러분께 걱정을 끼쳐 죄송합니다."),
        ("한도윤", "시장께서 직접 쓰셨습니다."),
    ]


def test_a_bite_whose_first_line_is_only_a_parenthesis_does_not_break_the_page() -> None:
    tr = read_turns(["◀INT▶ 윤도경/시장 상인", "(웃음)", "\"손님이 다시 늘었어요.\""])
    assert [t.key for t in tr.turns if t.label is not None] == ["윤도경"]


def test_a_bite_in_parentheses_is_quoted_without_them() -> None:
    text = page("장터 노점", "◀INT▶윤도경/시장 상인", "(손님이 다시 늘었어요.)", "새솔MBC뉴스 한소라입니다.")
    assert quotes_of(text) == [("윤도경", "손님이 다시 늘었어요.")]


def test_q_and_a_without_dots_answered_by_the_headlines_person() -> None:
    text = "[e스포츠] 한소라 \"첫 결승, 아직 실감 안 나\"\n\n입력 2025-01-02 22:10\n\nQ 첫 결승에 올랐다. 기분은 어떤가.\n\n" \
        "A 아직 실감이 안 난다.\n\nQ 마지막 세트가 극적이었다.\n\nA 끝까지 버텼다."
    assert quotes_of(text) == [("한소라", "아직 실감이 안 난다."), ("한소라", "끝까지 버텼다.")]


def test_the_question_names_whom_it_asks_and_answers_open_with_a_mark() -> None:
    text = page("경기 후 인터뷰", "-이적 후 첫 맞대결이었는데.(윤도경)", "▶솔직히 몸이 먼저 반응했다.", "-동점골 소감은.(최가온)", "=다 만들어 줘서 발만 댔다.")
    assert quotes_of(text) == [("윤도경", "솔직히 몸이 먼저 반응했다."), ("최가온", "다 만들어 줘서 발만 댔다.")]


def test_the_one_met_and_the_one_announced_speak_next() -> None:
    text = page("현장", "경기 후 한소라를 만났다. 그는 \"이겨서 기쁘다\"라고 말했다.",
                "출장에서 돌아온 윤도경 대표는 이렇게 말한다. “약속을 지키는 게 전부입니다”.")
    assert quotes_of(text) == [("한소라", "이겨서 기쁘다"), ("윤도경", "약속을 지키는 게 전부입니다")]


def test_regional_bite_markers_alone_then_a_name_line_or_with_the_role_inside() -> None:
    text = page("장터", "◀INT▶", "윤도경/새솔시 장터동", "(유모차를 끌고 갈 수가 없어요.)", "상인들은 사정이 있다고 말합니다.",
                "◀손님INT▶", "\"가방까지 다 열어 보더라고요..\"")
    assert quotes_of(text) == [("윤도경", "유모차를 끌고 갈 수가 없어요."), ("상인들", "사정이 있다"), ("손님", "가방까지 다 열어 보더라고요..")]


def test_line_breaks_left_as_tags_split_the_bites_and_a_group_speaks_in_its_headline() -> None:
    text = "[자막뉴스] 공항 옆 주민들 \"밤에도 잠을 못 자요\"\n\n입력 2025-01-02 10:00\n\n" \
        "공사가 밤낮없이 이어집니다. <br /> <br />[윤도경 / 새솔시 공항동 : 밤 열두 시에도 굴착기 소리가 들려요.] <br /> <br />" \
        "공사 측은 어쩔 수 없다는 입장입니다. <br /> <br />[최가온 / 새솔시 공항동 : 창문을 바꿔도 소용이 없어요.]"
    art = build_article(Page(Source(path="t.txt"), text=text))
    got = [(q.speaker.name, q.speaker.type, q.text) for q in art.quotes]  # type: ignore[union-attr]
    assert got == [
        ("공항 옆 주민들", "anonymous", "밤에도 잠을 못 자요"),
        ("윤도경", "person", "밤 열두 시에도 굴착기 소리가 들려요."),
        ("최가온", "person", "창문을 바꿔도 소용이 없어요."),
    ]


def test_a_labelled_name_that_ends_like_an_organisation_is_a_person() -> None:
    assert quotes_of(page("소음", "주민들은 불안을 호소합니다.", "[우병원 / 새솔시 주민 : 밤마다 잠을 못 자요.]")) == [
        ("우병원", "밤마다 잠을 못 자요.")
    ]


def test_a_phone_interview_run_together_in_one_paragraph_gives_the_guest_each_answer() -> None:
    text = page("전화 연결", "■ 윤도경 / 새솔군 달빛면 이장 [앵커] 윤도경 이장님이 전화로 연결돼 있습니다 [인터뷰] 네, 안녕하세요 "
                "[앵커] 많이 놀라셨죠 [인터뷰] 창고가 통째로 흔들렸습니다 [앵커] 네, 고맙습니다")
    assert quotes_of(text) == [("윤도경", "네, 안녕하세요"), ("윤도경", "창고가 통째로 흔들렸습니다")]


def test_a_boards_dash_lines_are_no_printed_interview() -> None:
    text = page("게시판 글", "- 작성일 : 2025.01.02", "- 조회수 : 120", "김하늘 교수는 \"시장이 살아난다\"고 말했다.")
    assert quotes_of(text) == [("김하늘", "시장이 살아난다")]


def test_a_nameless_interview_marker_is_the_guest_the_anchor_introduced() -> None:
    text = page("전세 사기 진단", "[앵커]", "피해가 늘고 있습니다. 새솔대 한소라 교수를 전화로 연결합니다. 나와 계십니까?", "[인터뷰]",
                "네, 안녕하세요.", "[앵커]", "왜 늘었습니까?", "[인터뷰]", "제도에 빈틈이 많기 때문입니다.")
    assert quotes_of(text) == [("한소라", "네, 안녕하세요."), ("한소라", "제도에 빈틈이 많기 때문입니다.")]


def test_ambient_sound_names_no_speaker() -> None:
    text = page("화재", "인터뷰> 윤도경 / 주민", "\"정말 무서웠어요.\"", "불길은 순식간에 번졌습니다.", "현장음>", "\"불이야! 빨리 나와요!\"")
    assert quotes_of(text) == [("윤도경", "정말 무서웠어요."), (None, "불이야! 빨리 나와요!")]


def test_a_programmes_credits_name_the_guest_of_nameless_interview_turns_and_the_host() -> None:
    text = ("기상 대담\n\n입력 2025-01-02 10:00\n\n■ 진행 : 한소라 앵커\n■ 출연 : 윤도경 / 새솔대 교수\n\n"
            "전문가 모셨습니다. 어서 오세요.\n\n[인터뷰]\n\n네, 반갑습니다.\n\n주말 날씨는요?\n\n[인터뷰]\n\n비가 옵니다.\n\n"
            "▶한소라 : 마지막으로 한 말씀 해주시죠.\n\n▶윤도경 : 우산 챙기세요.")
    assert quotes_of(text) == [("윤도경", "네, 반갑습니다."), ("윤도경", "비가 옵니다."), ("윤도경", "우산 챙기세요.")]


def test_a_printed_interview_after_meeting_someone_is_theirs() -> None:
    text = page("신년 인터뷰", "도하람 새솔전자 대표를 만나 올해 계획을 들었다.", "―올해 가장 큰 목표는.",
                "\"해외 매출을 두 배로 늘리는 것이다.\"", "―구체적인 계획은.", "\"유럽에 공장을 짓는다.\"")
    assert quotes_of(text) == [("도하람", "해외 매출을 두 배로 늘리는 것이다."), ("도하람", "유럽에 공장을 짓는다.")]


def test_a_vox_pop_with_nameless_bites_has_no_principal_for_its_headline() -> None:
    text = ("(현장) \"이래서 광장에 나왔다\"\n\n입력 2025-01-02 10:00\n\n(앵커) 시민들의 목소리를 들어보겠습니다.\n\n"
            "◀INT▶\n\n\"아이들 때문에 나왔어요.\"\n\n◀INT▶\n\n\"그냥 있을 수 없었어요.\"\n\n◀INT▶서하나 새솔구의원\"예산부터 바로잡아야 합니다.\"")
    art = build_article(Page(Source(path="t.txt"), text=text))
    head = [q for q in art.quotes if q.in_ == "headline"]  # type: ignore[union-attr]
    assert [(q.speaker.name, q.speaker.type) for q in head] == [(None, "unknown")]


def test_bite_labels_with_a_long_date_note_and_a_two_syllable_name() -> None:
    text = page("방송 10년", "10년 전을 돌아봅니다.", "서하준 앵커 (2015년 4월 1일 새솔방송 뉴스 판)", "\"첫 소식입니다.\"",
                "[SYNC: 이설 기자]", "\"현장에 나와 있습니다.\"")
    assert quotes_of(text) == [("서하준", "첫 소식입니다."), ("이설", "현장에 나와 있습니다.")]


def test_a_printed_interview_with_bulleted_questions_and_the_one_named_before_its_answers() -> None:
    text = page("[일문일답] 새솔전자 투자 계획", "새솔전자의 투자 계획에 대한 도하람 새솔전자 부사장 일문일답.",
                "▲회의 분위기는 어땠나.", "-약간의 긴장감이 있었다.", "▲회의는 얼마나 걸렸나.", "-두 시간쯤 걸렸다.")
    assert quotes_of(text) == [("도하람", "약간의 긴장감이 있었다."), ("도하람", "두 시간쯤 걸렸다.")]


def test_a_heading_names_who_answers_the_questions_below_it() -> None:
    text = page("경기 후 두 감독", "새솔FC가 누리FC를 이겼다.", "승장 새솔FC 한소라 감독", "-승리 소감은?", "\"기분이 좋다.\"",
                "-다음 경기는?", "\"더 잘하겠다.\"", "패장 누리FC 윤도경 감독", "-아쉬운 점은?", "\"수비가 흔들렸다.\"")
    assert quotes_of(text) == [("한소라", "기분이 좋다."), ("한소라", "더 잘하겠다."), ("윤도경", "수비가 흔들렸다.")]


def test_angle_bracket_role_labels_and_a_repeated_guest_label() -> None:
    """'<이장>' answers as the 이장 the anchor's lead names; a guest's '◀ 이름/직함 ▶' line that
    recurs before each turn is no duplicate paragraph to drop."""
    text = "\n\n".join([
        "새솔군 주민이 전한 당시", "입력 2025-03-04 10:00", "<앵커>",
        "새솔군 남양리 한도윤 이장 전화로 연결해 보겠습니다. 이장님, 들리십니까?", "<이장>", "여보세요?", "<앵커>",
        "많이 놀라셨겠습니다.", "<이장>", "네, 주민들이 지하실로 대피를 했고 다들 많이 놀랐어요.",
        "◀ 앵커 ▶", "오세린 새솔대 재난연구소장 모셨습니다.", "◀ 오세린/새솔대 재난연구소장 ▶", "안녕하세요?",
        "◀ 앵커 ▶", "원인은 무엇입니까?", "◀ 오세린/새솔대 재난연구소장 ▶", "현장 통제가 제대로 되지 않았습니다. 인력 배치부터 다시 봐야 합니다.",
    ])
    got = [(q["speaker"]["name"], q["text"]) for q in records_of(text) if q["in"] == "body"]
    assert got == [
        ("한도윤", "여보세요?"), ("한도윤", "네, 주민들이 지하실로 대피를 했고 다들 많이 놀랐어요."),
        ("오세린", "안녕하세요?"), ("오세린", "현장 통제가 제대로 되지 않았습니다. 인력 배치부터 다시 봐야 합니다."),
    ]


def test_a_described_label_is_anonymous_and_a_lead_hands_bites_to_a_group() -> None:
    """'<인터뷰> 노숙인 :' is someone described (anonymous); '시민들의 목소리, 들어보겠습니다.' gives
    the unlabelled bites after it to the citizens; '시민들의 최우선 순위는' names no one."""
    text = "\n\n".join([
        "새 시장에 바란다", "입력 2025-03-04 10:00", "[앵커]", "새 시장이 취임했습니다. 현장 연결합니다.", "[기자]",
        "새솔역 대합실에 나와 있습니다. 새 시장에게 바라는 시민들의 목소리, 들어보겠습니다.",
        "\"가게 임대료 걱정이 큽니다. 상인들을 꼭 챙겨 주셨으면 좋겠습니다.\"",
        "\"버스가 더 자주 다녔으면 좋겠어요. 출근길이 너무 힘들어요.\"",
        "시민들의 최우선 순위는 먹고 사는 문제였습니다.",
        "<인터뷰> 노숙인 : \"여기는 바람이 덜 불어서 그래도 괜찮아요.\"",
    ])
    got = [(q["speaker"]["name"], q["speaker"]["type"]) for q in records_of(text) if q["in"] == "body"]
    assert got == [("시민들", "anonymous"), ("시민들", "anonymous"), ("노숙인", "anonymous")]


def test_field_sound_labels_closed_by_a_parenthesis() -> None:
    """'현장음) 이름 / 직함' introduces the unmarked words below it; '현장음) 지역주민' is someone described."""
    text = "\n\n".join([
        "[앵커멘트]", "한도윤 새솔시장이 동해구를 찾았습니다.", "(리포트)", "한 시장은 동해구 비전을 제시했습니다.",
        "현장음) 한도윤 / 새솔시장", "동해구를 관광과 문화가 어우러진 도시로 만들겠습니다.",
        "현장음) 지역주민", "통학로가 너무 위험합니다. 대책을 세워 주십시오.",
    ])
    got = [(q["speaker"]["name"], q["speaker"]["type"], q["text"]) for q in records_of(text) if q["in"] == "body"]
    assert got == [
        ("한도윤", "person", "동해구를 관광과 문화가 어우러진 도시로 만들겠습니다."),
        ("지역주민", "anonymous", "통학로가 너무 위험합니다. 대책을 세워 주십시오."),
    ]


def test_a_guest_line_over_an_interview_names_who_speaks_the_nameless_turns() -> None:
    """'■ 이름 / 설명' over a phone interview credits its sole guest, who speaks the '[인터뷰]' turns
    (the anchor's bare '앵커' lines are narration)."""
    text = "\n\n".join([
        "새솔동 주민 \"건물 무너지는 소리에 밖을 보니...\"", "Posted : 2024-09-07 07:21", "■ 한도윤 / 새솔동 주민", "앵커",
        "어제 직접 제보를 주셨던 분입니다. 한도윤 씨 연결돼 있습니다. 안녕하십니까?", "[인터뷰]", "안녕하세요?", "앵커",
        "당시 상황을 설명해 주시겠어요?", "[인터뷰]", "집에 있는데 큰 소리가 났습니다. 건물 무너지는 소리에 밖을 보니 흙이 쏟아지고 있었어요.",
    ])
    got = [(q["in"], q["speaker"]["name"], q["text"]) for q in records_of(text)]
    assert [g[:2] for g in got] == [("headline", "한도윤"), ("body", "한도윤"), ("body", "한도윤")]
    assert got[1][2] == "안녕하세요?"


def test_int_dash_labels_of_a_local_stations_script() -> None:
    """'INT-이름/설명' on a line of its own introduces the bite in marks below it."""
    text = "\n\n".join([
        "새해 소망을 들어봤습니다", "입력 2025-01-02 10:00", "지역민들의 새해 소망을 함께 들어보시겠습니다.",
        "INT-한도윤/새솔시장 상인", "\" 경기가 좋아져서 매출이 늘었으면 좋겠어요. \"",
        "INT-오세린/새솔시 주부", "\" 가족 모두 건강했으면 합니다. \"",
    ])
    got = [(q["speaker"]["name"], q["text"].strip()) for q in records_of(text) if q["in"] == "body"]
    assert got == [("한도윤", "경기가 좋아져서 매출이 늘었으면 좋겠어요."), ("오세린", "가족 모두 건강했으면 합니다.")]


def test_a_local_outlets_dateline_in_parentheses_is_no_speaker_label() -> None:
    """'(새솔 더리더) …' opens an article (a place and an outlet); '(이름 직함) …' is a turn."""
    text = "\n\n".join([
        "새솔산천어축제 개막", "입력 2025-01-05 10:00",
        "(새솔 더리더) 새솔산천어축제가 5일 개막했다. 한도윤 새솔군수는 \"많이 찾아 달라\"고 말했다.",
        "(오세린 감독) 선수들이 끝까지 잘해 줬습니다.",
    ])
    got = [(q["speaker"]["name"], q["text"]) for q in records_of(text) if q["in"] == "body"]
    assert got == [("한도윤", "많이 찾아 달라"), ("오세린", "선수들이 끝까지 잘해 줬습니다.")]
