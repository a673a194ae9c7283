"""Korean quote patterns, one row each: (article text, expected (speaker, kind, text) rows).

Each text is a small article of our own writing: a headline line, then paragraphs.
"""

from __future__ import annotations

import pytest

from malmoi.model import Page, Source
from malmoi.pipeline import build_article

CASES: list[tuple[str, str, list[tuple[str | None, str, str]]]] = [
    (
        "chained quotes share one speaker",
        "박서준 장관, 현장 방문\n\n박서준 산업통상자원부 장관은 20일 \"지원을 늘리겠다\"며 \"규제도 풀겠다\"고 말했다.",
        [("박서준", "direct", "지원을 늘리겠다"), ("박서준", "direct", "규제도 풀겠다")],
    ),
    (
        "a short form resolves to the full name",
        "장관 발언\n\n박서준 산업통상자원부 장관이 회의를 열었다.\n\n박 장관은 \"속도를 내겠다\"고 강조했다.",
        [("박서준", "direct", "속도를 내겠다")],
    ),
    (
        "a pronoun points back to the person",
        "간담회 열려\n\n김하린 한빛전자 대표는 이날 간담회를 열었다.\n\n그는 \"투자를 두 배로 늘리겠다\"고 밝혔다.",
        [("김하린", "direct", "투자를 두 배로 늘리겠다")],
    ),
    (
        "a quote with no subject continues the speaker",
        "회견\n\n최윤서 교수는 \"연구비가 끊기면 팀이 흩어진다\"고 말했다. \"그래서 장기 과제가 필요하다\"고 덧붙였다.",
        [("최윤서", "direct", "연구비가 끊기면 팀이 흩어진다"), ("최윤서", "direct", "그래서 장기 과제가 필요하다")],
    ),
    (
        "the speaker after the quote",
        "행사\n\n“시장은 아직 바닥이 아니다”라고 강민혁 한빛증권 연구원은 말했다.",
        [("강민혁", "direct", "시장은 아직 바닥이 아니다")],
    ),
    (
        "an anonymous source",
        "업계 반응\n\n업계 관계자는 \"수요가 줄어 재고가 쌓이고 있다\"고 전했다.",
        [("업계 관계자", "direct", "수요가 줄어 재고가 쌓이고 있다")],
    ),
    (
        "an organisation speaks",
        "정부 발표\n\n국토교통부는 \"착공 시기를 앞당기겠다\"고 밝혔다.",
        [("국토교통부", "direct", "착공 시기를 앞당기겠다")],
    ),
    (
        "an indirect quote",
        "예산 계획\n\n오지현 환경부 장관은 내년 하천 예산을 늘릴 계획이라고 밝혔다.",
        [("오지현", "indirect", "내년 하천 예산을 늘릴 계획")],
    ),
    (
        "terms in marks are not quotes",
        "법안 논의\n\n국회는 'K-칩스법' 개정안을 논의했다. 정부는 이를 \"3대 국가 전략\"으로 불렀다.",
        [],
    ),
    (
        "a quote inside a quote counts once",
        "회견\n\n윤채린 교수는 \"학생들이 '왜 안 되나요'라고 물을 때가 즐겁다\"고 말했다.",
        [("윤채린", "direct", "학생들이 '왜 안 되나요'라고 물을 때가 즐겁다")],
    ),
    (
        "a broadcast label with the words on the next line",
        "폭염 대책\n\n▶ 인터뷰 : 정소율 / 세입자\n\n\"보증금을 돌려받을 길이 없습니다.\"",
        [("정소율", "direct", "보증금을 돌려받을 길이 없습니다.")],
    ),
    (
        "a bracketed broadcast label",
        "현장\n\n[윤지호 / 서울시 교통정책과장 : 버스 배차를 늘리겠습니다.]",
        [("윤지호", "direct", "버스 배차를 늘리겠습니다.")],
    ),
    (
        "a headline quote with a hanja surname",
        "文 장관 \"공영제 내년 도입\"\n\n문태경 해양수산부 장관은 \"공영제를 내년부터 도입하겠다\"고 말했다.",
        [("문태경", "direct", "공영제 내년 도입"), ("문태경", "direct", "공영제를 내년부터 도입하겠다")],
    ),
    (
        "a relay is not the speaker",
        "회동\n\n이도현 대변인에 따르면 한세영 본부장은 \"공감대를 이뤘다\"고 말했다.",
        [("한세영", "direct", "공감대를 이뤘다")],
    ),
    (
        "whose words they were, said after them",
        "투자 전망\n\n김하린 한빛전자 대표가 회견을 열었다.\n\n\"지금이 투자를 늘릴 때다.\" 최윤서 한빛증권 연구원의 말이다.",
        [("최윤서", "direct", "지금이 투자를 늘릴 때다.")],
    ),
    (
        "two reported clauses, two speakers",
        "국무회의\n\n정하늘 법무부 장관은 개혁을 완수하겠다고 약속했고, 구민호 기재부 장관은 재정을 아끼겠다고 다짐했다.",
        [("정하늘", "indirect", "개혁을 완수하겠다"), ("구민호", "indirect", "재정을 아끼겠다")],
    ),
    (
        "a list of quotes",
        "소감\n\n신임 장관들은 '책임감을 느낀다'거나, '모든 역량을 바치겠다'라고 각각 말했다.",
        [("신임 장관들", "direct", "책임감을 느낀다"), ("신임 장관들", "direct", "모든 역량을 바치겠다")],
    ),
    (
        "mixed quotation marks",
        "회견\n\n홍서진 장관은 \"규제를 풀겠다”고 말했다.",
        [("홍서진", "direct", "규제를 풀겠다")],
    ),
    (
        "a page that opens its quotes with the closing mark",
        "회견\n\n홍서진 장관은 ”규제를 풀겠다”고 말했다.",
        [("홍서진", "direct", "규제를 풀겠다")],
    ),
    (
        "the setting of the speech event is not part of an indirect quote",
        "발표회\n\n윤하람 한빛전자 부사장은 8일 서울 본사에서 열린 신제품 발표회에서 새 제품의 생산 준비를 모두 마쳤다고 말했다.",
        [("윤하람", "indirect", "새 제품의 생산 준비를 모두 마쳤다")],
    ),
    (
        "two reported clauses joined by -라며 are two quotes",
        "발표회\n\n윤하람 한빛전자 부사장은 생산 준비는 이미 끝난 상태라며 다음 달 안에 출시될 것으로 본다고 말했다.",
        [("윤하람", "indirect", "생산 준비는 이미 끝난 상태"), ("윤하람", "indirect", "다음 달 안에 출시될 것으로 본다")],
    ),
    (
        "a digest names the speaker in a parenthesis after the words",
        "국감 말말말\n\n국정감사 첫날 의원들의 말을 모았다. 여야는 예산과 인사를 두고 하루 종일 맞섰다.\n\n"
        "▲ \"예산을 이렇게 깎으면 현장이 멈춥니다.\" (한빛당 윤가람 의원, 국회 예산결산특별위원회 회의에서 올해 예산이 절반으로 줄었다고 지적하며)",
        [("윤가람", "direct", "예산을 이렇게 깎으면 현장이 멈춥니다."), ("윤가람", "indirect", "올해 예산이 절반으로 줄었다")],
    ),
    (
        "a dash before the parenthesis, the speaker after a team name",
        "개막 앞둔 감독들\n\n개막을 앞두고 감독들이 한마디씩 했다. 미디어데이는 웃음 속에 끝났다.\n\n"
        "“올해는 우승컵을 꼭 들겠다” - (한빛 유나이티드 윤가람 감독) 지난해 준우승에 그친 윤 감독의 첫마디였다.",
        [("윤가람", "direct", "올해는 우승컵을 꼭 들겠다")],
    ),
    (
        "of two name-like words before the title, the full name is the speaker",
        "개막\n\n개막을 앞둔 미디어데이가 열렸다. 감독들은 저마다 각오를 밝혔다.\n\n전남 한빛 윤가람 감독대행은 \"올해는 꼭 이기겠다\"고 말했다.",
        [("윤가람", "direct", "올해는 꼭 이기겠다")],
    ),
    (
        "'전 감독' is the surname 전 when the article's coach is a 전",
        "경기 뒤\n\n\"선수들이 끝까지 잘 버텼다.\"\n\n전하람 한빛 FC 감독의 말이다.\n\n전 감독은 \"다음 경기도 이기겠다\"고 말했다.",
        [("전하람", "direct", "선수들이 끝까지 잘 버텼다."), ("전하람", "direct", "다음 경기도 이기겠다")],
    ),
    (
        "a reporter's question filled into a noun of speech has no named asker; the answer is the speaker's",
        "브리핑\n\n윤가람 한빛당 대변인은 4일 브리핑을 열었다.\n\n'자료는 언제 공개하느냐'는 질문에는 \"다음 주에 공개할 계획\"이라고 답했다.",
        [(None, "direct", "자료는 언제 공개하느냐"), ("윤가람", "direct", "다음 주에 공개할 계획")],
    ),
    (
        "the owner of a noun of speech is the speaker",
        "신고 현장\n\n경찰은 신고를 받고 출동했다. 현장은 조용했다.\n\n\"곧 도착합니다\"라는 경찰의 말에 신고자는 안도했다.",
        [("경찰", "direct", "곧 도착합니다")],
    ),
    (
        "a topic inside an embedded question is not the speaker",
        "만찬\n\n윤가람 한빛 FC 감독이 만찬에 참석했다. 취재진이 몰렸다.\n\n그는 최상의 상대는 누구냐는 질문에 \"어느 팀이든 자신 있다\"고 말했다.",
        [("윤가람", "direct", "어느 팀이든 자신 있다")],
    ),
    (
        "an article that opens with the words alone: the next paragraph's speaker says them",
        "한빛 FC, 홈에서 3연승 달려\n\n한도윤 기자 dy@hanbit.example\n\n입력 2025-03-04 21:00\n\n"
        "\"선수들이 정말 잘해주고 있다. 끝까지 버텨 줘서 고맙다.\"\n\n경기 후 윤가람 한빛 FC 감독은 \"끝까지 집중했다\"며 웃었다.",
        [("윤가람", "direct", "선수들이 정말 잘해주고 있다. 끝까지 버텨 줘서 고맙다."), ("윤가람", "direct", "끝까지 집중했다")],
    ),
    (
        "two quotes one after another, the first a question",
        "브리핑\n\n윤가람 한빛시 대변인은 \"이게 실패냐?\" \"당연히 아니다\"라고 자문자답했다.",
        [("윤가람", "direct", "이게 실패냐?"), ("윤가람", "direct", "당연히 아니다")],
    ),
    (
        "the subject of a -자 clause says the words inside it; the topic keeps the focus",
        "현안질의\n\n윤가람 장관은 이날 한도윤 의원이 \"책임을 지고 물러나라\"며 사퇴를 촉구하자 이같이 답했다.\n\n"
        "한 의원이 \"국민이 믿겠느냐\"고 재차 묻자 그는 \"자리에 연연하지 않겠다\"고 말했다.",
        [("한도윤", "direct", "책임을 지고 물러나라"), ("한도윤", "direct", "국민이 믿겠느냐"), ("윤가람", "direct", "자리에 연연하지 않겠다")],
    ),
    (
        "written words: a text message",
        "문자\n\n윤가람 한빛시장은 4일 한도윤 의장에게 \"곧 도착합니다\"는 문자를 보냈다.",
        [("윤가람", "direct", "곧 도착합니다")],
    ),
    (
        "attributed by a noun after the words: '…'라는 것이 X의 설명이다",
        "예산\n\n윤가람 한빛시장이 예산안을 내놨다.\n\n\"예산은 이미 충분하다\"는 것이 윤 시장의 설명이다.",
        [("윤가람", "direct", "예산은 이미 충분하다")],
    ),
    (
        "the speaker after the words: '…' X는 이렇게 밝혔다",
        "예산\n\n윤가람 한빛시장이 예산안을 내놨다.\n\n\"예산은 이미 충분합니다.\" 윤 시장은 이렇게 밝혔다.",
        [("윤가람", "direct", "예산은 이미 충분합니다.")],
    ),
    (
        "-라며 reports speech before any act, the copula left out",
        "결정\n\n윤가람 한빛시장은 이번 결정이 위법이라며 유감을 표했다.",
        [("윤가람", "indirect", "이번 결정이 위법")],
    ),
    (
        "a speech act that does not end the sentence",
        "협상\n\n윤가람 한빛시장은 협상을 끝까지 이어가겠다고 밝히고 있어 주목된다.",
        [("윤가람", "indirect", "협상을 끝까지 이어가겠다")],
    ),
    (
        "two speakers jointly: the first names them",
        "합의\n\n윤가람 한빛시장과 한도윤 한빛시의회 의장은 예산을 늘리기로 합의했다고 밝혔다.",
        [("윤가람", "indirect", "예산을 늘리기로 합의했다")],
    ),
    (
        "a court panel speaks as itself",
        "선고\n\n한빛지법 형사3부(김나래 부장판사)는 \"피고인의 죄질이 무겁다\"고 밝혔다.",
        [("한빛지법 형사3부", "direct", "피고인의 죄질이 무겁다")],
    ),
    (
        "an anonymous source with an age between name and 씨",
        "가로등\n\n주민 이모(40대)씨는 \"밤길이 너무 어둡다\"고 말했다.",
        [("주민 이모씨", "direct", "밤길이 너무 어둡다")],
    ),
    (
        "words alone in a paragraph, then the paragraph that names who said them",
        "국감 말말말, 올해도 쏟아졌다\n\n한도윤 기자 dy@hanbit.example\n\n입력 2025-03-04 21:00\n\n"
        "올해 국정감사에서도 많은 말이 쏟아졌다. 여야는 예산과 인사를 두고 하루 종일 맞섰다.\n\n"
        "\"예산을 이렇게 쓰면 곤란하지 않겠나\"\n\n"
        "한빛당 윤가람 의원이 4일 국정감사에서 장관에게 던진 말이다. 장관은 말을 아꼈다.",
        [("윤가람", "direct", "예산을 이렇게 쓰면 곤란하지 않겠나")],
    ),
    (
        "criticism received from someone: the critic speaks",
        "국감\n\n한도윤 장관은 윤가람 의원으로부터 \"예산을 허투루 쓴다\"는 비판을 받았다.",
        [("윤가람", "direct", "예산을 허투루 쓴다")],
    ),
    (
        "a surname with another title is someone else",
        "국감\n\n윤가람 한빛당 의원은 \"답을 하라\"고 다그쳤다.\n\n윤 장관은 \"검토하겠다\"고 답했다.",
        [("윤가람", "direct", "답을 하라"), ("윤 장관", "direct", "검토하겠다")],
    ),
    (
        "words in a mark the text never closes name nobody",
        "행사\n\n윤가람 한빛시장은 \"한빛은 바다의 도시\"라며 \"특히 한빛항만공사가 세계 3위로 평가한",
        [("윤가람", "direct", "한빛은 바다의 도시")],
    ),
    (
        "the one asked answers: '…에게 질문이 쏟아졌다' puts them in focus",
        "포럼\n\n김나래 한빛플랫폼 위원장이 먼저 발언했다. 김 위원장은 \"데이터가 경쟁력\"이라고 말했다.\n\n"
        "평소 AI에 관심 많은 고태원 한빛그룹 회장이 참석하자 여기저기서 고 회장에게 질문 쏟아져. "
        "\"투자는 어떻게 할 거냐\"는 질문에 \"투자 여건이 어렵다\"고 호소.",
        [("김나래", "direct", "데이터가 경쟁력"), (None, "direct", "투자는 어떻게 할 거냐"), ("고태원", "direct", "투자 여건이 어렵다")],
    ),
    (
        "who answers a question filled into a noun is the sentence's subject",
        "대담\n\n윤가람 전 대표가 대담집에서 \"왜 그때 나서지 않았느냐\"는 질문에 대해 \"알 수 없다\"고 답했다.",
        [(None, "direct", "왜 그때 나서지 않았느냐"), ("윤가람", "direct", "알 수 없다")],
    ),
    (
        "glued sentences and -다고도 했다",
        "회견\n\n윤가람 한빛노조 위원장은 \"법을 바꿔야 한다\"고 말했다. 이어 개정이 늦어지고 있다고도 했다.한편 회견은 짧게 끝났다.",
        [("윤가람", "direct", "법을 바꿔야 한다"), ("윤가람", "indirect", "개정이 늦어지고 있다")],
    ),
    (
        "after a connective, a subject with 이/가 belongs to the reported clause",
        "회견\n\n윤가람 한빛노조 위원장은 \"법을 바꿔야 한다\"고 말했다. 또한 정부가 약속을 어기고 있다고도 했다.",
        [("윤가람", "direct", "법을 바꿔야 한다"), ("윤가람", "indirect", "정부가 약속을 어기고 있다")],
    ),
    (
        "backtick-opened marks; a post's title in marks is no quote and names no speaker",
        "해명\n\n청와대 대변인실은 이날 게시판에 올린 `정부의 입장은 이렇습니다'라는 글에서 \"사실과 전혀 다르다\"며 이같이 밝혔다.",
        [("청와대 대변인실", "direct", "사실과 전혀 다르다")],
    ),
    (
        "an act of the speaker's own before the reported clause is not part of it",
        "협상\n\n윤가람 한빛노조 위원장은 사측에 교섭 재개를 요구하고 파업은 불가피하다고 밝혔다.",
        [("윤가람", "indirect", "파업은 불가피하다")],
    ),
    (
        "'…' 이렇게 밝혔다 with the speaker set off by a comma before it",
        "대담\n\n새물결당의 윤가람 후보, 어제 후보 등록을 마치고 '끝까지 완주하겠다' 이렇게 밝혔습니다.",
        [("윤가람", "direct", "끝까지 완주하겠다")],
    ),
    (
        "the speaker named after the reported clause",
        "수사\n\n현장에서 나온 증거물의 DNA가 용의자의 DNA와 일치한다고 경찰이 발표했다.",
        [("경찰", "indirect", "현장에서 나온 증거물의 DNA가 용의자의 DNA와 일치한다")],
    ),
    (
        "a short form in parentheses inside the speaker's phrase",
        "행사\n\n윤가람 한빛기술정보부(한기부) 정보정책실장은 \"클라우드가 기반\"이라고 말했다.",
        [("윤가람", "direct", "클라우드가 기반")],
    ),
    (
        "slogans in marks are no quotes",
        "집회\n\n참가자들은 '예산 삭감 철회' '주민 목소리 들어라' 등의 구호를 외쳤다. 윤가람 대표는 \"끝까지 싸우겠다\"고 말했다.",
        [("윤가람", "direct", "끝까지 싸우겠다")],
    ),
    (
        "words someone used ('…'라는 표현을 썼다); '…'고 한 X: the words are X's, and do not chain",
        "설전\n\n한빛당 윤가람 의원이 새빛당 한도윤 대표가 \"웃음이 났다\"고 한 한 대표를 비판하면서 \"무책임\"이라는 표현을 썼다.",
        [("한도윤", "direct", "웃음이 났다"), ("윤가람", "direct", "무책임")],
    ),
    (
        "a dialogue retold: turns of two speakers, one-word answers, -라며 before any act",
        "신고 전화\n\n전화를 건 여성은 \"여보세요?\"라며 말을 더듬었다. 그러자 경찰은 \"위험한 상황인가요?\"라고 물었고, "
        "여성은 \"응\"이라고 대답했다.",
        [("여성", "direct", "여보세요?"), ("경찰", "direct", "위험한 상황인가요?"), ("여성", "direct", "응")],
    ),
    (
        "a quote opened with one mark and closed with another",
        "연행\n\n학생 2명은 \"내일 학교에 가야 한다. 집에 보내달라'며 연행을 거부했다.",
        [("학생 2명", "direct", "내일 학교에 가야 한다. 집에 보내달라")],
    ),
    (
        "a question to someone",
        "토론회\n\n신다온 의원은 백승호 국장에게 \"정부안은 언제 나오느냐\"고 물었다.",
        [("신다온", "direct", "정부안은 언제 나오느냐")],
    ),
    (
        "a speech verb that is not a 하다-verb (비꼬았다) closes a quote that ends in a term",
        "논평\n\n새솔당 김나래 대변인은 \"상대 당 대응은 빵점이다. 절반은 '선동'\"이라고 비꼬았다.",
        [("김나래", "direct", "상대 당 대응은 빵점이다. 절반은 '선동'")],
    ),
    (
        "a list of reactions closed by a noun of speech: '\"…\", \"…\"는 등의 반응을 보였다'",
        "반응\n\n영상을 본 주민들은 \"경찰의 침착한 대응이 놀랍다\", \"출동하겠다는 말에 마음이 놓인다\"는 등의 반응을 보였다.",
        [("주민들", "direct", "경찰의 침착한 대응이 놀랍다"), ("주민들", "direct", "출동하겠다는 말에 마음이 놓인다")],
    ),
    (
        "a list of reactions closed by '등의 반응': every item, the last one too",
        "반응\n\n누리꾼들은 \"정말 대단하다\", \"침착한 대응이 놀랍다\", \"경찰관들께 감사하다\" 등의 반응을 보였다.",
        [("누리꾼들", "direct", "정말 대단하다"), ("누리꾼들", "direct", "침착한 대응이 놀랍다"), ("누리꾼들", "direct", "경찰관들께 감사하다")],
    ),
    (
        "words that arose from a place: 'X에서 \"…\"는 반발이 나왔다' — X speaks",
        "공방\n\n토론이 끝나자 새솔당 지도부에서 \"선을 넘는 막말을 했다\"는 반발이 나왔다.",
        [("새솔당 지도부", "direct", "선을 넘는 막말을 했다")],
    ),
    (
        "two quotes joined by the copula '이고,' share the verb at the end",
        "평가\n\n박민호 전 장관은 정부 결정에 대해 \"잘못된 판단\"이고, \"동맹에 나쁜 신호를 줄 수 있다\"고 말했다.",
        [("박민호", "direct", "잘못된 판단"), ("박민호", "direct", "동맹에 나쁜 신호를 줄 수 있다")],
    ),
    (
        "'\"…\"라는 점을 근거로 들었다': the words a decision rests on are said",
        "선고\n\n한다정 재판장은 \"피고인은 반성하지 않고 있다\"는 점을 중형의 근거로 들었다.",
        [("한다정", "direct", "피고인은 반성하지 않고 있다")],
    ),
    (
        "a demand in marks right before its verb is said; a name in marks is not",
        "공방\n\n새솔당은 한빛당 대표의 발언을 두고 '즉각 사퇴'를 요구했다. 한빛당은 '민생 회복 법안'을 발표했다.",
        [("새솔당", "direct", "즉각 사퇴")],
    ),
    (
        "a headline's words in marks that someone answers ('\"…\"에 X \"…\"') were said",
        "\"당장 물러나라\"에 조윤서 \"최선 다하겠다\"\n\n조윤서 장관은 이날 박영호 의원이 \"당장 물러나라\"고 요구하자 \"최선을 다하겠다\"고 답했다.",
        [("박영호", "direct", "당장 물러나라"), ("조윤서", "direct", "최선 다하겠다"), ("박영호", "direct", "당장 물러나라"), ("조윤서", "direct", "최선을 다하겠다")],
    ),
    (
        "a reported clause right before a direct quote is a quote of its own",
        "대책\n\n김하늘 장관은 이날 대책을 곧 마련하겠다며 \"피해 주민을 끝까지 돕겠다\"고 강조했다.\n\n"
        "그는 예산이 부족하다고 지적하면서 \"추경이 필요하다\"고 말했다.",
        [
            ("김하늘", "indirect", "대책을 곧 마련하겠다"), ("김하늘", "direct", "피해 주민을 끝까지 돕겠다"),
            ("김하늘", "indirect", "예산이 부족하다"), ("김하늘", "direct", "추경이 필요하다"),
        ],
    ),
    (
        "'\"…\"는 입장이다': a noun of speech as the predicate attributes the words to the topic",
        "해명\n\n한빛전자 측은 \"법적 대응을 검토하겠다\"는 입장이다. 새솔시는 \"예산이 바닥났다\"는 설명이다.",
        [("한빛전자", "direct", "법적 대응을 검토하겠다"), ("새솔시", "direct", "예산이 바닥났다")],
    ),
    (
        "a suspect is an anonymous speaker, not the person in focus",
        "수사\n\n최민 대표는 \"수사에 협조하겠다\"고 밝혔다.\n\n경찰에 따르면 용의자는 \"우발적이었다\"고 진술했다.",
        [("최민", "direct", "수사에 협조하겠다"), ("용의자", "direct", "우발적이었다")],
    ),
    (
        "a quote that is its own sentence, then a short sentence naming who said it",
        "시장 풍경\n\n정다움 위원장은 \"예산이 모자란다\"고 말했다.\n\n"
        "“정말 오랜만에 손님이 왔어요.” 시장에서 만난 상인 박순자(68)씨가 말했다.",
        [("정다움", "direct", "예산이 모자란다"), ("박순자", "direct", "정말 오랜만에 손님이 왔어요.")],
    ),
    (
        "an indirect quote leaves the copula out, and 공시/폭로/판단 report what was said",
        "공시\n\n한빛전자는 3분기 영업이익이 20% 늘었다고 공시했다.\n\n재판부는 피고인의 주장이 사실이 아니라고 판단했다.\n\n"
        "새솔시는 다음 달 공사를 끝낼 것이라고 밝혔다.",
        [
            ("한빛전자", "indirect", "3분기 영업이익이 20% 늘었다"), ("재판부", "indirect", "피고인의 주장이 사실이 아니라"),
            ("새솔시", "indirect", "다음 달 공사를 끝낼 것"),
        ],
    ),
    (
        "'알려왔다' reports speech, unlike '알려졌다'",
        "집회\n\n행사 주최 측은 참가 인원이 500명 정도가 될 것이라고 경찰에 알려왔다. 인원은 더 많은 것으로 알려졌다.",
        [("행사 주최 측", "indirect", "참가 인원이 500명 정도가 될 것")],
    ),
    (
        "what a speech act answers ('…것에 대해', '보도에 대해') is no part of the reported clause; a topic inside it is",
        "해명\n\n새솔시는 이날 한 언론 보도에 대해 사실과 다르다고 반박했다.\n\n"
        "정다온 본부장은 확진 학생에 대해서는 최종 음성으로 판정됐다고 밝혔다.",
        [("새솔시", "indirect", "사실과 다르다"), ("정다온", "indirect", "확진 학생에 대해서는 최종 음성으로 판정됐다")],
    ),
    (
        "the speaker's own act before speaking ('둘러본 뒤', '확인 한 뒤') is setting; a clause with its own subject is not",
        "현장\n\n김하람 대표는 현장을 둘러본 뒤 복구가 늦다고 지적했다.\n\n"
        "그는 회의가 끝난 뒤 결론이 났다고 말했다.",
        [("김하람", "indirect", "복구가 늦다"), ("김하람", "indirect", "회의가 끝난 뒤 결론이 났다")],
    ),
    (
        "a person's camp ('가수 송하늘 측', '김 의원 측') speaks for the person; a stance in marks is said",
        "입장\n\n김하늘 새솔당 의원은 지난주 법안을 대표 발의했다고 밝혔다.\n\n"
        "가수 송하늘 측은 기자에게 \"이미 결별한 사이\"라는 입장을 밝혔다.\n\n김 의원 측은 \"사실무근\"이라며 \"법적 대응하겠다\"고 밝혔다.",
        [
            ("김하늘", "indirect", "지난주 법안을 대표 발의했다"), ("송하늘", "direct", "이미 결별한 사이"),
            ("김하늘", "direct", "사실무근"), ("김하늘", "direct", "법적 대응하겠다"),
        ],
    ),
    (
        "'…고 112에 신고했다' reports what was said, the speaker after the clause too",
        "신고\n\nA씨는 \"아이가 없어졌다\"고 112에 신고했다.\n\n아이가 집을 나가 도망갔다고 이웃이 112에 신고했다.",
        [("A씨", "direct", "아이가 없어졌다"), ("이웃", "indirect", "아이가 집을 나가 도망갔다")],
    ),
    (
        "a headline subject that is a title of an organisation, with no particle, is the body's person of that title",
        "한빛전자 대표 “확률 공개, 숨길 이유 없다”\n\n서진혁 한빛전자 대표는 5일 “확률을 숨기면 신뢰를 잃는다”고 밝혔다.\n\n"
        "한 이용자는 “공개는 환영하지만 확률이 낮으면 의미가 없다”고 말했다.",
        [
            ("서진혁", "direct", "확률 공개, 숨길 이유 없다"), ("서진혁", "direct", "확률을 숨기면 신뢰를 잃는다"),
            ("한 이용자", "direct", "공개는 환영하지만 확률이 낮으면 의미가 없다"),
        ],
    ),
    (
        "acts of naming and defining (규정했다), raised voices, '-기도 했다', a stance shown (태도를 보였다), 박 모씨",
        "소식\n\n새솔시민연대는 이번 조치를 “명백한 권한 남용”이라고 규정했다.\n\n소비자들은 정부가 직접 나서야 한다고 목소리를 높이고 있다.\n\n"
        "한빛유업은 다음 달부터 우유 가격을 5% 인상한다고 발표하기도 했다.\n\n특검팀 대변인은 “수사에 지장이 없다”는 태도를 보였다.\n\n"
        "주민 박 모씨는 \"밤새 한숨도 못 잤다\"고 말했다.",
        [
            ("새솔시민연대", "direct", "명백한 권한 남용"), ("소비자들", "indirect", "정부가 직접 나서야 한다"),
            ("한빛유업", "indirect", "다음 달부터 우유 가격을 5% 인상한다"), ("특검팀 대변인", "direct", "수사에 지장이 없다"),
            ("주민 박 모씨", "direct", "밤새 한숨도 못 잤다"),
        ],
    ),
    (
        "speakers listed before '등' ('X, Y 등 3개 단체는') are named by the first",
        "회견\n\n새솔환경연대, 한빛시민모임 등 3개 단체는 이날 \"개발 계획을 철회하라\"고 촉구했다.\n\n"
        "주민 등 50여명은 \"소음을 줄여달라\"고 요구했다.",
        [("새솔환경연대", "direct", "개발 계획을 철회하라"), ("주민", "direct", "소음을 줄여달라")],
    ),
    (
        "one person holding two posts ('… 경제부총리 겸 기획재정부 장관'); the asker of a -자 clause; an adnominal speech act's head",
        "사건\n\n최하람 경제부총리 겸 기획재정부 장관이 \"재정 건전성을 지키겠다\"고 말했다.\n\n"
        "관리자가 \"무슨 일이냐\"고 묻자 A씨는 \"아무것도 아니다\"라고 답했다.\n\n"
        "경찰에 재차 \"기억나지 않는다\"고 진술하던 B씨는 결국 혐의를 인정했다.\n\n"
        "경찰은 \"지금 출동하겠다\"라고 말한 뒤 통화를 끝냈다.",
        [
            ("최하람", "direct", "재정 건전성을 지키겠다"), ("관리자", "direct", "무슨 일이냐"), ("A씨", "direct", "아무것도 아니다"),
            ("B씨", "direct", "기억나지 않는다"), ("경찰", "direct", "지금 출동하겠다"),
        ],
    ),
    (
        "an outlet citing someone ('… 관계자를 인용해 \"…\"고 전했다') relays: the one cited speaks",
        "외신\n\n교도통신은 새솔물산 관계자를 인용해 \"공장 가동을 멈췄다\"고 전했다.",
        [("새솔물산 관계자", "direct", "공장 가동을 멈췄다")],
    ),
    (
        "a transliterated name of three words; '…에 따르면' is no part of a speaker's name; words heard from the benches",
        "브리핑\n\n세라 허커비 샌더스 대변인은 \"대통령은 만족한다\"고 말했다. 샌더스 대변인은 \"더 할 말이 없다\"고 덧붙였다.\n\n"
        "새솔대 의원실에 따르면 국가정보원은 \"관련 사실이 없다\"고 밝혔다.\n\n토론 도중 새솔당 의석 쪽에서 \"그만하라\"라는 발언이 들렸다.",
        [
            ("세라 허커비 샌더스", "direct", "대통령은 만족한다"), ("세라 허커비 샌더스", "direct", "더 할 말이 없다"),
            ("국가정보원", "direct", "관련 사실이 없다"), ("새솔당 의석", "direct", "그만하라"),
        ],
    ),
    (
        "a greeting is a speech act ('…라고 인사하며', '…라고 덕담을 건넸다'); a one-word sentence heads a list of quotes; "
        "'X 또한'/'X 역시' mark a subject; a later clause's own subject beats the sentence topic ('…을 청했고 X도 …')",
        "시장\n\n오하람 새솔시장은 상인들에게 “반갑습니다. 힘내세요”라고 인사하며 과일을 샀다.\n\n"
        "오 시장은 손을 잡으며 “고맙습니다”, “늘 웃으시니 보기 좋습니다”라고 덕담을 건넸다.\n\n"
        "상인들은 악수를 청했고 오 시장 또한 웃으며 “상인 여러분이 먼저입니다”라고 답했다. 동행한 윤재석 의원 역시 “자주 오겠다”고 말했다.\n\n"
        "상인들은 장사가 잘되게 해 달라며 악수를 청했고 오 시장 또한 “꼭 챙기겠습니다”라고 답했다.",
        [
            ("오하람", "direct", "반갑습니다. 힘내세요"), ("오하람", "direct", "고맙습니다"),
            ("오하람", "direct", "늘 웃으시니 보기 좋습니다"), ("오하람", "direct", "상인 여러분이 먼저입니다"),
            ("윤재석", "direct", "자주 오겠다"),
            ("상인들", "indirect", "장사가 잘되게 해 달라"), ("오하람", "direct", "꼭 챙기겠습니다"),
        ],
    ),
    (
        "a council speaks as the full name the article gives ('의회는' → 새솔군의회), and the town is not short for its council; "
        "'…군수의 요구에도 불구하고' names no speaker; a name kiwi misreads as noun and particle before a title ('가세로 군수')",
        "군정\n\n새솔군의회는 9일 기자회견을 열었다. 새솔군은 예산을 다시 짜겠다고 밝혔다.\n\n"
        "의회는 소식지가 분열을 부추기고 있다고 지적했다. 한도윤 군수의 요구에도 불구하고 대안이 받아들여지지 않았다고 덧붙였다.\n\n"
        "가세로 군수는 의회의 결정을 “쿠데타”, “극악무도한 행태”라고 비난했다.",
        [
            ("새솔군", "indirect", "예산을 다시 짜겠다"),
            ("새솔군의회", "indirect", "소식지가 분열을 부추기고 있다"),
            ("새솔군의회", "indirect", "한도윤 군수의 요구에도 불구하고 대안이 받아들여지지 않았다"),
            ("가세로", "direct", "쿠데타"), ("가세로", "direct", "극악무도한 행태"),
        ],
    ),
    (
        "a plural pronoun points back to the group named as a subject before it ('주민들이 … 반발했다. 이들은 \"…\"')",
        "반발\n\n새솔군 주민들이 군청의 결정에 반발하고 있다.\n\n이들은 성명서를 통해 \"결정을 철회하라\"고 주장했다. 이어 \"주민을 무시한 처사\"라고 덧붙였다.",
        [("새솔군 주민들", "direct", "결정을 철회하라"), ("새솔군 주민들", "direct", "주민을 무시한 처사")],
    ),
    (
        "a district several cities share is named with its city ('대구 북구', also in the headline), and '구는' is that district",
        "대구 북구, \"주민 설명회부터 열어야\"\n\n대구 북구는 시의 이전 계획에 반대한다는 입장이다.\n\n"
        "구는 \"주민 의견을 먼저 들어야 한다\"고 설명했다. 이어 \"시가 답을 내놓으라\"고 강조했다.",
        [
            ("대구 북구", "direct", "주민 설명회부터 열어야"),
            ("대구 북구", "direct", "주민 의견을 먼저 들어야 한다"), ("대구 북구", "direct", "시가 답을 내놓으라"),
        ],
    ),
    (
        "agencies: 'X 소속사 Y' is Y, a later '소속사 측' is the agency of the one the paragraph is about, "
        "and a headline's 'X 측' is the person X the body describes ('가수 한소라')",
        "한소라 측 \"열애설은 사실무근\"\n\n가수 한소라와 배우 도윤재의 열애설이 돌았다.\n\n"
        "한소라 소속사 별빛엔터테인먼트는 \"친한 동료일 뿐\"이라고 밝혔다. 도윤재 소속사 누리컴퍼니 역시 \"사실이 아니다\"고 말했다.\n\n"
        "한편 한소라는 지난해에도 같은 일을 겪었다. 소속사 측은 \"그때도 오해였다\"고 설명했다.",
        [
            ("한소라", "direct", "열애설은 사실무근"), ("별빛엔터테인먼트", "direct", "친한 동료일 뿐"),
            ("누리컴퍼니", "direct", "사실이 아니다"), ("별빛엔터테인먼트", "direct", "그때도 오해였다"),
        ],
    ),
    (
        "a comma after the subject ('한도윤 대표가, …라고 주장하면서'); a court and a duty before and after a judge's name "
        "('새솔지법 김동현 영장전담 부장판사'); an organisation glued to the sentence before it ('…요구했다.새솔협의회는')",
        "법원\n\n새솔당 한도윤 대표가, 이번 결정은 정당한 조치라고 주장했습니다.\n\n"
        "새솔지법 김동현 영장전담 부장판사는 \"증거를 없앨 우려가 있다\"며 영장을 발부했다. 김 부장판사는 \"사안이 중대하다\"고 밝혔다.\n\n"
        "시민단체는 시장의 해임을 요구했다.새솔언론노동조합협의회는 \"시장은 사과하라\"고 밝혔다.",
        [
            ("한도윤", "indirect", "이번 결정은 정당한 조치"),  # the copula dropped after a vowel: 조치+(이)라고
            ("김동현", "direct", "증거를 없앨 우려가 있다"), ("김동현", "direct", "사안이 중대하다"),
            ("새솔언론노동조합협의회", "direct", "시장은 사과하라"),
        ],
    ),
    (
        "a relay whose reported words go on ('새솔방송은 X가 \"…\"고 밝혔지만, …않았다고 전했다'): X says the words, the relay the rest; "
        "the speaker's own state before '-지만,' is no part of the clause; a -라며 clause before the sentence's quotes",
        "담화\n\n새솔방송은 한도윤 대표가 \"진심으로 사과드린다\"고 밝혔지만, 자신의 거취에 관해서는 언급하지 않았다고 전했다.\n\n"
        "새솔텔레콤은 새 요금제의 데이터 용량을 공개하지 않고 있지만, 5G에서는 고가 요금제 위주로 짤 수밖에 없다고 알렸다.\n\n"
        "상인들은 장사가 잘되게 해 달라며 악수를 청했고 한 대표도 웃으며 \"상인 여러분이 먼저입니다\"라고 답했다.",
        [
            ("한도윤", "direct", "진심으로 사과드린다"), ("새솔방송", "indirect", "자신의 거취에 관해서는 언급하지 않았다"),
            ("새솔텔레콤", "indirect", "5G에서는 고가 요금제 위주로 짤 수밖에 없다"),
            ("상인들", "indirect", "장사가 잘되게 해 달라"), ("한도윤", "direct", "상인 여러분이 먼저입니다"),
        ],
    ),
    (
        "a column's note-style sentences that end on the act's noun ('…느꼈다고 저마다 한마디.', '…듯했다며 …기대를 피력.'); "
        "an address is the setting ('인사말에서')",
        "기념식\n\n이날 기념식에 참석한 업계 관계자들은 새솔일보가 지난 30년 동안 빠르게 발전해 온 것은 알았지만 영상으로 보니 새삼 놀라움을 느꼈다고 저마다 한마디.\n\n"
        "업계의 한 참석자는 상영된 영상이 마치 지역 산업의 발자취를 압축해 보여주는 듯했다며 앞으로의 역할에 대한 기대를 피력.\n\n"
        "한도윤 회장은 인사말에서 앞으로도 지역 독자들의 목소리를 더 부지런히 담아 나가겠다고 다짐.",
        [
            ("업계 관계자들", "indirect", "새솔일보가 지난 30년 동안 빠르게 발전해 온 것은 알았지만 영상으로 보니 새삼 놀라움을 느꼈다"),
            ("한 참석자", "indirect", "상영된 영상이 마치 지역 산업의 발자취를 압축해 보여주는 듯했다"),
            ("한도윤", "indirect", "앞으로도 지역 독자들의 목소리를 더 부지런히 담아 나가겠다"),
        ],
    ),
    (
        "a subject described before its name ('…대표의 동생인 한서율 최고위원이, …'); words said by the one the clause after them "
        "describes ('\"…\"며 혐의를 부인하던 선원 한도윤(23)씨가 …')",
        "수사\n\n새솔당 한도윤 대표의 동생인 한서율 새솔당 최고위원이, 어제 발표가 정당한 조치라고 주장했습니다.\n\n"
        "\"총을 만져본 적도 없다\"며 혐의를 완강히 부인하던 선원 오세린(23)씨가 \"총은 갖고 있었다\"고 진술을 바꿨다.",
        [
            ("한서율", "indirect", "발표가 정당한 조치"),
            ("오세린", "direct", "총을 만져본 적도 없다"), ("오세린", "direct", "총은 갖고 있었다"),
        ],
    ),
    (
        "an unnamed office holder ('백악관 국가안보회의 대변인'; a compound of common nouns is no name) is the same speaker "
        "when the article goes on with the bare title ('대변인은')",
        "브리핑\n\n백악관 국가안보회의 대변인은 \"관련 발언에 대해서는 언급하지 않겠다\"고 말했다.\n\n대변인은 \"동맹 관계는 굳건하다\"고 덧붙였다.",
        [
            ("백악관 국가안보회의 대변인", "direct", "관련 발언에 대해서는 언급하지 않겠다"),
            ("백악관 국가안보회의 대변인", "direct", "동맹 관계는 굳건하다"),
        ],
    ),
    (
        "a headline's subject described by what they did ('… 폭로자 사과 \"…\"', the act's noun after it) is the one the body "
        "describes so ('폭로자 A씨'); '-자' nouns of a deed ('폭로자') are no names",
        "가수 한소라 학폭 폭로자 사과 \"과장된 내용 인정…반성한다\"\n\n가수 한소라의 학폭 의혹을 처음 제기한 폭로자 A씨가 사과했다.\n\n"
        "A씨는 \"내가 적었던 내용은 과장된 것이었다\"고 밝혔다.",
        [("A씨", "direct", "과장된 내용 인정…반성한다"), ("A씨", "direct", "내가 적었던 내용은 과장된 것이었다")],
    ),
    (
        "a subject inside what the words are about ('새솔시가 검토하는 것으로 알려진 방안에 대해선 \"…\"') is not the speaker; "
        "a body's regional unit is named with the body ('민주노총 전북본부', '변호사모임 전북지부')",
        "정국\n\n한도윤 위원장은 \"정치 얘기는 전혀 없었다\"고 말했다. 새솔시가 검토하고 있는 것으로 알려진 통합 방안에 대해선 "
        "\"그런 정도로는 안 된다\"고 잘라 말했다.\n\n민주노총 전북본부는 \"즉각 퇴진하라\"고 밝혔다. 새솔 변호사모임 전북지부도 \"사과가 아니다\"라고 밝혔다.",
        [
            ("한도윤", "direct", "정치 얘기는 전혀 없었다"), ("한도윤", "direct", "그런 정도로는 안 된다"),
            ("민주노총 전북본부", "direct", "즉각 퇴진하라"), ("변호사모임 전북지부", "direct", "사과가 아니다"),
        ],
    ),
    (
        "a pronoun points back to the person a sentence without quotes is about ('김하람은 … 돌아봤다. … 그는 \"…\"'); "
        "subjects inside what was granted or asked ('보완점도 있다는 걸 인정했다', '경기력이 떨어졌다는 질문에는') name no speaker",
        "경기\n\n새솔FC의 김하람이 소감을 전했다. 김하람은 경기를 마친 뒤 구단 방송 인터뷰에서 이날 활약을 돌아봤다.\n\n"
        "결승골을 넣은 그는 \"찬스가 올 거라고 믿었다\"며 웃었다.\n\n"
        "이번 승리가 계기가 될 것 같다는 평가에 대해 \"동료들 모두 보물 같은 존재\"라고 말했다.\n\n"
        "다만 보완점도 있다는 걸 인정했다. 후반 경기력이 떨어졌다는 질문에는 \"후반전은 부족했다\"라고 답했다.",
        [
            ("김하람", "direct", "찬스가 올 거라고 믿었다"), ("김하람", "direct", "동료들 모두 보물 같은 존재"),
            ("김하람", "direct", "후반전은 부족했다"),
        ],
    ),
    (
        "derived common nouns ('열애설', '경계감', '불신임') are no names, so they take no words; people named by what they are "
        "('여중생') are anonymous sources",
        "열애설\n\n배우 한소라가 열애설 진화에 나섰다. 소속사는 두 사람의 열애설은 사실이 아니라고 밝혔다.\n\n"
        "버스에 오른 여중생은 창문을 열고 \"폭력을 멈춰라\"라고 외쳤다.",
        [("소속사", "indirect", "두 사람의 열애설은 사실이 아니라"), ("여중생", "direct", "폭력을 멈춰라")],
    ),
    (
        "prosecutors' and courts' offices are organisations ('새솔지검'); a question with its asker named ('…떨어졌다는 외신 "
        "기자의 질문에는') leaves the speaker who goes on",
        "경기\n\n한도윤 감독은 \"승리는 긍정적\"이라고 말했다. 후반 경기력이 떨어졌다는 외신 기자의 질문에는 \"후반전은 부족했다\"라고 답했다.\n\n"
        "새솔지검은 \"수사를 계속하겠다\"고 밝혔다.",
        [("한도윤", "direct", "승리는 긍정적"), ("한도윤", "direct", "후반전은 부족했다"), ("새솔지검", "direct", "수사를 계속하겠다")],
    ),
    (
        "'해당 의원은', '그는' point back to an anonymous source a sentence without quotes introduced ('새솔시의회 한 의원이 … 끌었다')",
        "의회\n\n최근 새솔시의회 한 의원이 5분 자유발언을 해 시선을 끌었다. 해당 의원은 “발언이 허공으로 사라졌다”고 토로했다. "
        "그는 “정책으로 이어져야 한다”고 말했다.",
        [("새솔시의회 한 의원", "direct", "발언이 허공으로 사라졌다"), ("새솔시의회 한 의원", "direct", "정책으로 이어져야 한다")],
    ),
    (
        "a kicker in single marks that ends on a noun whose last syllable could end a verb ('…산사태 피해') is no quote, after a tag too",
        "[인터뷰] '새솔 산사태 피해' 주민 \"새소리 나더니 순식간에 쓸어가\"\n\n입력 2024-01-01 10:00\n\n한도윤씨는 \"새소리가 나더니 순식간에 다 쓸어갔다\"고 말했다.",
        [("한도윤", "direct", "새소리 나더니 순식간에 쓸어가"), ("한도윤", "direct", "새소리가 나더니 순식간에 다 쓸어갔다")],
    ),
    (
        "in a headline, a nominal term in single marks before a noun ('…수사기밀 유출' 수사관, '…반도체 실적' 사과) is no quote",
        "경찰, '배우 마약 수사기밀 유출' 검찰 수사관 구속영장\n\n입력 2024-01-01 10:00\n\n경찰은 \"증거를 확보했다\"고 밝혔다.",
        [("경찰", "direct", "증거를 확보했다")],
    ),
    (
        "written words: a one-word polite sentence in a text message is said ('\"살려주세요\"라는 문자를 남편에게 보냈다'); "
        "a banner's words are not",
        "신고\n\n박서연씨는 \"살려주세요\"라는 문자를 남편에게 보냈다.\n\n행사장에는 \"환영합니다\"라는 현수막이 걸렸다.",
        [("박서연", "direct", "살려주세요")],
    ),
    (
        "a bite label's 'name/place' is two words: '시는' is no organisation named '한도윤/새솔시'",
        "폭우\n\n[인터뷰] 한도윤/새솔시 주민 : \"물이 순식간에 무릎까지 찼어요.\"\n\n시는 피해 조사를 서두르겠다고 밝혔습니다.",
        [("한도윤", "direct", "물이 순식간에 무릎까지 찼어요."), ("시", "indirect", "피해 조사를 서두르겠다")],
    ),
    (
        "the setting of an indirect quote: parliamentary and cabinet sittings ('대정부질문에서', '국무회의에서') and what it answers "
        "('야당 의원의 질의에')",
        "국회\n\n한도윤 장관은 이날 국회 대정부질문에서 야당 의원의 질의에 경기가 회복되고 있다고 답했다.\n\n"
        "오세린 총리는 국무회의에서 민생을 먼저 챙기라고 지시했다.",
        [("한도윤", "indirect", "경기가 회복되고 있다"), ("오세린", "indirect", "민생을 먼저 챙기라")],
    ),
    (
        "a company's union ('새솔전자 노조') is that union, in the headline and the body, not the organisation in focus",
        "새솔전자 노조 \"임금 협상 결렬\"\n\n입력 2025-03-04 10:00\n\n새솔시는 내년부터 버스 노선을 전면 개편한다고 4일 밝혔다. "
        "새솔전자 노조는 \"사측과의 임금 협상이 결렬됐다\"고 밝혔다.",
        [
            ("새솔전자 노조", "direct", "임금 협상 결렬"), ("새솔시", "indirect", "내년부터 버스 노선을 전면 개편한다"),
            ("새솔전자 노조", "direct", "사측과의 임금 협상이 결렬됐다"),
        ],
    ),
    (
        "'재판부' is the court panel the article names ('새솔고법 형사2부(한도윤 부장판사)는'), in the headline too",
        "재판부 \"다시는 하지 않을 거라 봐\"\n\n입력 2025-03-04 10:00\n\n새솔고법 형사2부(한도윤 부장판사)는 24일 항소심 선고를 했다. "
        "재판부는 \"피고인이 깊이 반성하고 있다\"고 했다.",
        [("새솔고법 형사2부", "direct", "다시는 하지 않을 거라 봐"), ("새솔고법 형사2부", "direct", "피고인이 깊이 반성하고 있다")],
    ),
    (
        "a kind of body, then its name in Latin letters, speaks as that name ('소속사 VAST는', '운영사 KT는')",
        "입장\n\n배우 한소라가 소속된 소속사 VAST는 3일 \"사실이 아니다\"며 \"법적으로 대응하겠다\"고 전했다.\n\n운영사 KT는 \"복구를 마쳤다\"고 밝혔다.",
        [("VAST", "direct", "사실이 아니다"), ("VAST", "direct", "법적으로 대응하겠다"), ("KT", "direct", "복구를 마쳤다")],
    ),
    (
        "an account is its owner's words ('인근 주민의 목격담은 \"…\"'), and a shop's owner is an anonymous source ('식당 주인은')",
        "화재\n\n새솔센터 인근 주민의 목격담은 “1층 천장에서 불꽃이 튀었다”, “주차장에서 불길이 시작됐다”고 전했다. "
        "식당 주인은 “연기가 순식간에 찼다”고 말했다.",
        [
            ("새솔센터 인근 주민", "direct", "1층 천장에서 불꽃이 튀었다"), ("새솔센터 인근 주민", "direct", "주차장에서 불길이 시작됐다"),
            ("식당 주인", "direct", "연기가 순식간에 찼다"),
        ],
    ),
    (
        "a foreign given name that is also a rare common word ('헤더'), a surname that starts like a Korean name ('오스턴', '하트')",
        "브리핑\n\n헤더 오스턴 미국 국무부 대변인은 \"대화의 문은 열려 있다\"고 말했다. 오스턴 대변인은 \"지켜보겠다\"고 덧붙였다.\n\n"
        "로라 하트 주한 영국 대사는 \"협력이 중요하다\"고 밝혔다. 하트 대사는 \"다시 오겠다\"고 했다.",
        [
            ("헤더 오스턴", "direct", "대화의 문은 열려 있다"), ("헤더 오스턴", "direct", "지켜보겠다"),
            ("로라 하트", "direct", "협력이 중요하다"), ("로라 하트", "direct", "다시 오겠다"),
        ],
    ),
    (
        "bare institutions ('구청은', '시는') and additive subjects ('가온물산도') speak; no speaker is taken from later on",
        "통제\n\n구청은 창고 주변 도로를 통제하겠다고 밝혔다.\n\n한편 날씨는 맑겠다.\n\n서초구청은 복구를 서두르겠다고 밝혔다.\n\n"
        "시는 예산을 추가로 편성하겠다고 밝혔다.\n\n가온물산도 공장 가동을 멈추겠다고 밝혔다.",
        [
            ("서초구청", "indirect", "창고 주변 도로를 통제하겠다"), ("서초구청", "indirect", "복구를 서두르겠다"),
            ("시", "indirect", "예산을 추가로 편성하겠다"), ("가온물산", "indirect", "공장 가동을 멈추겠다"),
        ],
    ),
    (
        "short forms the article gives: '한 행장' (the surname 한), '전 사장' (the surname 전, the title in parentheses), an appositive role, an abbreviation kept",
        "은행\n\n한서율 누리은행장은 \"금리 인하 여력이 있다\"고 말했다. 한 행장은 \"가계 부채도 안정적\"이라고 덧붙였다.\n\n"
        "전동하 누리전자 디스플레이사업부장(사장)이 \"투자는 변수가 많다\"고 말했다. 전 사장은 \"공장은 계획대로 간다\"고 말했다.\n\n"
        "하린의 소속사인 별무리엔터테인먼트측은 \"연락이 닿지 않는다\"고 말했다.\n\n민주노총은 성명을 내고 \"결정 과정이 불투명하다\"고 주장했다.",
        [
            ("한서율", "direct", "금리 인하 여력이 있다"), ("한서율", "direct", "가계 부채도 안정적"),
            ("전동하", "direct", "투자는 변수가 많다"), ("전동하", "direct", "공장은 계획대로 간다"),
            ("별무리엔터테인먼트", "direct", "연락이 닿지 않는다"), ("민주노총", "direct", "결정 과정이 불투명하다"),
        ],
    ),
    (
        "bodies named with their places, local governments, and a report that speaks for whoever published it",
        "사업\n\n곡성군 오산면 주민협의회는 옛 학교 건물을 책방으로 열었다고 20일 밝혔다.\n\n통영시는 피해 보상을 서두르겠다고 밝혔다.\n\n"
        "새솔시의회 입법조사처가 2일 공개한 교통 실태 보고서에 따르면 대기 시간이 늘었다.\n\n보고서는 차량을 늘려야 한다고 제안했다.",
        [
            ("곡성군 오산면 주민협의회", "indirect", "옛 학교 건물을 책방으로 열었다"), ("통영시", "indirect", "피해 보상을 서두르겠다"),
            ("새솔시의회 입법조사처", "indirect", "차량을 늘려야 한다"),
        ],
    ),
    (
        "a report that its publisher announced ('누리경제연구원(NERI)은 … 보고서를 발표했다', a name ending like the title 연구원)",
        "전망\n\n누리경제연구원(NERI)은 4일 \"하반기 물가 전망\" 보고서를 발표했다.\n\n보고서는 \"물가 상승세가 한동안 이어질 것\"이라고 내다봤다.\n\n"
        "새솔노동연구소는 지난달 실태 보고서를 내고 현장 인력이 부족하다고 밝혔다. 보고서는 \"교대 근무가 길다\"고 지적했다.",
        [
            ("누리경제연구원", "direct", "물가 상승세가 한동안 이어질 것"),
            ("새솔노동연구소", "indirect", "현장 인력이 부족하다"), ("새솔노동연구소", "direct", "교대 근무가 길다"),
        ],
    ),
    (
        "no speaker from inside what the words are about ('노건우가 처리한 것과 관련해', '…겹치면 어떻게 하겠느냐는 질문에는')",
        "경기\n\n모건우 누리FC 감독이 \"만족한다\"고 말했다.\n\n이날 프리킥을 노건우가 처리한 것과 관련해 \"누가 차도 넣을 선수들\"이라고 말했다.\n\n"
        "이어 훈련과 경기 시간이 겹치면 어떻게 하겠느냐는 질문에는 \"둘 다 챙기겠다\"고 답했다.",
        [("모건우", "direct", "만족한다"), ("모건우", "direct", "누가 차도 넣을 선수들"), ("모건우", "direct", "둘 다 챙기겠다")],
    ),
    (
        "a person named as a predicate ('주인공은 소아린 작가다') is the one a pronoun points back to",
        "릴레이\n\n첫날은 마유리 누리도지사다. 마 지사는 \"도정을 설명하겠다\"고 말했다.\n\n"
        "둘째 날에는 변지석 의원이 나선다. 그는 \"문자를 더 읽겠다\"고 말했다.\n\n셋째 날 주인공은 소아린 작가다. 그는 \"책 이야기를 하고 싶다\"고 밝혔다.",
        [("마유리", "direct", "도정을 설명하겠다"), ("변지석", "direct", "문자를 더 읽겠다"), ("소아린", "direct", "책 이야기를 하고 싶다")],
    ),
    (
        "a weekly digest: the saying, a dash, the speaker ('\"…\" - 배수민 상인회장(2월 27일 총회에서)')",
        "이번 주 말말말\n\n한 주 동안 나온 말들을 모았다.\n\n“지역 상권이 살아야 청년이 돌아온다” - 배수민 한빛시장 상인회장(2월 27일 상인 총회에서)\n\n"
        "“NO.” - 리사 모건 오로라항공 대표(3월 1일 현지 간담회에서)",
        [("배수민", "direct", "지역 상권이 살아야 청년이 돌아온다"), ("리사 모건", "direct", "NO.")],
    ),
    (
        "a clause of its own after a direct quote ('…고 밝혔고, 다온부품도 …'); two reported clauses joined by a speech act ('…다고 밝히고 복구는 …')",
        "화재\n\n새빛전자는 \"설비를 전면 교체하겠다\"고 밝혔고, 협력사인 다온부품도 점검 인력을 늘리겠다고 전했다.\n\n"
        "구청은 창고 주변 도로를 통제하겠다고 밝히고 복구는 다음 주부터 시작할 것이라고 설명했다.",
        [
            ("새빛전자", "direct", "설비를 전면 교체하겠다"), ("다온부품", "indirect", "점검 인력을 늘리겠다"),
            ("구청", "indirect", "창고 주변 도로를 통제하겠다"), ("구청", "indirect", "복구는 다음 주부터 시작할 것"),
        ],
    ),
    (
        "words in a post that went up ('\"…\"는 글이 올라왔다', writer unknown) and a remark given with an act ('\"…\"는 소감과 함께')",
        "소식\n\n커뮤니티에는 \"가게 앞이 쓰레기로 덮였다\"는 글이 올라왔다.\n\n한소라 선수는 \"팬들 덕분에 버텼다\"는 소감과 함께 트로피를 들어 올렸다.",
        [(None, "direct", "가게 앞이 쓰레기로 덮였다"), ("한소라", "direct", "팬들 덕분에 버텼다")],
    ),
    (
        "a quote closed by a full stop outside its marks after a topic ('주민들은 \"…자겠다\". \"…\"며')",
        "화재\n\n주민들은 \"밤에 잠을 못 자겠다\". \"언제 또 불이 날지 모른다\"며 불안을 호소했다.",
        [("주민들", "direct", "밤에 잠을 못 자겠다"), ("주민들", "direct", "언제 또 불이 날지 모른다")],
    ),
    (
        "'\"…\"라는 취지로 말했다고 참석자는 전했다': the words in marks are the speaker's quote, not part of a relay's clause",
        "회의\n\n정하람 위원장은 이번 사태를 두고 \"원칙의 문제\"라는 취지로 말했다고 한 참석자는 전했다.",
        [("정하람", "direct", "원칙의 문제")],
    ),
    (
        "a speech act that is itself reported ('의사는 D씨가 \"…\"이라는 말을 했다고 전했다'): the one inside said it",
        "진술\n\n담당 의사는 D씨가 \"라이터를 떨어뜨렸을 뿐\"이라는 말을 했다고 전했다.",
        [("D씨", "direct", "라이터를 떨어뜨렸을 뿐")],
    ),
    (
        "a party's post with no name ('국민의힘 원내대표는') is a title of that party, not a person named after it",
        "국회\n\n국민의힘 원내대표는 \"협상에 나서겠다\"고 밝혔다.",
        [("국민의힘 원내대표", "direct", "협상에 나서겠다")],
    ),
    (
        "given names that end like places ('강철구 변호사', '박영도 교수') are persons; '서천군 군수' is the county's head",
        "재판\n\n윤미경 변호사는 \"판단을 존중한다\"고 했다.\n\n강철구 변호사는 \"증거가 부족하다\"고 말했다. 강 변호사는 \"다시 보겠다\"고 했다.\n\n"
        "박영도 교수는 \"기준이 필요하다\"고 말했다.",
        [
            ("윤미경", "direct", "판단을 존중한다"), ("강철구", "direct", "증거가 부족하다"), ("강철구", "direct", "다시 보겠다"),
            ("박영도", "direct", "기준이 필요하다"),
        ],
    ),
    (
        "an additive subject heading a clause ('AP통신도 북한 지도자가 …했다고 전했다') speaks, not the clause's own subject",
        "외신\n\n교도통신은 \"지도자가 사죄했다\"고 보도했고, AP통신도 북한 지도자가 남측에 사과했다고 전했다.",
        [("교도통신", "direct", "지도자가 사죄했다"), ("AP통신", "indirect", "북한 지도자가 남측에 사과했다")],
    ),
    (
        "a count ('단 한 차례도 만나지 않은 것에 대해서는') names no speaker: the words go on with the one in focus",
        "해명\n\n김하늘 장관은 회의에서 \"최선을 다했다\"고 말했다.\n\n단 한 차례도 만나지 않은 것에 대해서는 \"일정이 맞지 않았다\"고 했다.",
        [("김하늘", "direct", "최선을 다했다"), ("김하늘", "direct", "일정이 맞지 않았다")],
    ),
    (
        "an anonymous source named politely ('또 다른 상인분') is anonymous, not a person named 상인분",
        "시장\n\n한 상인은 \"손님이 절반으로 줄었어요\"라고 말했다. 또 다른 상인분은 \"문을 닫아야 해요\"라고 했다.",
        [("한 상인", "direct", "손님이 절반으로 줄었어요"), ("상인분", "direct", "문을 닫아야 해요")],
    ),
    (
        "written words are their writer's: '한 주민이 건넨 쪽지에는 \"…\"는 부탁이 적혀 있었다'",
        "쪽지\n\n한 주민이 건넨 쪽지에는 \"길 좀 고쳐달라\"는 부탁이 적혀 있었다.\n\n김하늘 의원이 남긴 글에는 \"끝까지 싸우겠다\"는 다짐이 담겼다.",
        [("한 주민", "direct", "길 좀 고쳐달라"), ("김하늘", "direct", "끝까지 싸우겠다")],
    ),
    (
        "'\"…\"는 말로 소감을 대신했다' is said; '\'…\'라는 말로 뭉뚱그려졌다' names a term",
        "소감\n\n김하늘 선수는 \"꿈만 같다\"는 말로 소감을 대신했다.\n\n한때 '은둔형 외톨이'라는 말로 뭉뚱그려졌다.",
        [("김하늘", "direct", "꿈만 같다")],
    ),
    (
        "a kicker in single marks at the head of a title is no quote; '\"…\" X의 각오' names the owner of the words",
        "'FA컵 짜릿 결승행' 새솔FC 한소라 감독 \"선수들 덕분\"\n\n\"이제 시작일 뿐\" 한소라 감독의 각오\n\n"
        "한소라 감독은 \"선수들 덕분이다\"라고 말했다.",
        [("한소라", "direct", "선수들 덕분"), ("한소라", "direct", "이제 시작일 뿐"), ("한소라", "direct", "선수들 덕분이다")],
    ),
    (
        "more acts of speech: 맞섰다, 추궁했다, 울먹였다, 말끝을 흐렸다",
        "공방\n\n한빛당은 \"근거 없는 공세\"라고 맞섰다. 김하늘 의원은 \"누가 지시했느냐\"고 추궁했다.\n\n"
        "유족 박도윤씨는 \"아직 믿기지 않는다\"며 울먹였다. 그는 \"그날 이후로…\"라며 말끝을 흐렸다.",
        [
            ("한빛당", "direct", "근거 없는 공세"), ("김하늘", "direct", "누가 지시했느냐"),
            ("박도윤", "direct", "아직 믿기지 않는다"), ("박도윤", "direct", "그날 이후로…"),
        ],
    ),
    (
        "a note-style sentence ends on the act's noun ('\"…\"라고 강조.')",
        "한빛물산 신년회 열려\n\n입력 2026.01.05 10:00\n\n한빛물산이 5일 신년회를 열었다.\n\n○…도하람 한빛물산 회장은 \"올해가 고비\"라고 강조. 직원들은 \"처음 듣는 말은 아니다\"라며 \"긴장된다\" 토로.",
        [("도하람", "direct", "올해가 고비"), ("직원들", "direct", "처음 듣는 말은 아니다"), ("직원들", "direct", "긴장된다")],
    ),
    (
        "a reported clause in a note-style sentence ('…다고 당부.')",
        "한빛물산 신년회 열려\n\n입력 2026.01.05 10:00\n\n한빛물산이 5일 신년회를 열었다.\n\n○…도하람 한빛물산 회장은 안전 점검을 서둘러 달라고 당부.",
        [("도하람", "indirect", "안전 점검을 서둘러 달라")],
    ),
    (
        "a term in marks before a noun that is no act stays a term",
        "한빛물산 신년회 열려\n\n입력 2026.01.05 10:00\n\n한빛물산이 5일 신년회를 열었다.\n\n○…구청은 '푸른 하천' 사업 발표.",
        [],
    ),
    (
        "a headline naming several people before '…' is theirs as a group: the body's speaker of like words",
        "도하람·남궁설 등 재계 인사 한자리에… \"강연장 분위기 새로워\"\n\n재계 인사들이 20일 한자리에 모였다. 도하람 한빛물산 회장은 \"투자가 어렵다\"고 말했다.\n\n참석자들은 \"강연장 분위기가 새롭다\"고 입을 모았다.",
        [("참석자들", "direct", "강연장 분위기 새로워"), ("도하람", "direct", "투자가 어렵다"), ("참석자들", "direct", "강연장 분위기가 새롭다")],
    ),
    (
        "'…이라고만 말했다': all that was said, even one word",
        "신고 전화 세 통\n\n구조를 요청한 B씨는 두 번째 통화에서 \"지하\"라고만 말했다.",
        [("B씨", "direct", "지하")],
    ),
    (
        "a lettered anonymous source is its letter, whatever describes it ('30대 여성 A씨' → A씨)",
        "골목 화재\n\n불을 처음 본 30대 여성 A씨는 \"연기가 먼저 났다\"고 말했다. 이어 A씨는 \"소방차가 빨리 왔다\"고 덧붙였다.",
        [("A씨", "direct", "연기가 먼저 났다"), ("A씨", "direct", "소방차가 빨리 왔다")],
    ),
    (
        "a letter with a title is an anonymous source ('A시의원', 'K 교수'), in a headline as in the body",
        "A시의원 \"정상적인 활동이었다\"\n\n새솔시 A시의원은 \"고소는 부당하다\"고 말했다. 같은 대학 K 교수는 \"조사가 먼저다\"라고 말했다.",
        [("A시의원", "direct", "정상적인 활동이었다"), ("A시의원", "direct", "고소는 부당하다"), ("K 교수", "direct", "조사가 먼저다")],
    ),
    (
        "a modifier of the act's noun does not part the quote from its act ('…라는 점을 X의 주요 근거로 들었다')",
        "징계 결정\n\n남궁설 위원장은 \"원칙을 어겼다\"라는 점을 징계의 주요 근거로 들었다.",
        [("남궁설", "direct", "원칙을 어겼다")],
    ),
    (
        "after '\"…\"고 재차 묻자' the words that follow are the answer of the one in focus, not the asker's",
        "대담집 출간\n\n도하람 전 대표는 대담에서 \"그때 함께했다면 달랐을까\"는 질문에 \"알 수는 없다\"고 답했다.\n\n또 \"왜 붙잡지 않았냐\"고 재차 묻자 \"제가 그분이 아니니 알 수 없죠\"라고 했다.",
        [(None, "direct", "그때 함께했다면 달랐을까"), ("도하람", "direct", "알 수는 없다"), (None, "direct", "왜 붙잡지 않았냐"), ("도하람", "direct", "제가 그분이 아니니 알 수 없죠")],
    ),
    (
        "a claim the words answer ('…다는 주장은 \"…\"') is no speaker; '발끈했다' is an act of speech",
        "토론회 공방\n\n남궁설 후보는 이날 토론회에서 \"사실이 아니다\"라고 말했다.\n\n남궁설 후보는 상대 후보를 돕지 않았다는 주장은 \"말도 안 되는 소리\"라고 발끈했다.",
        [("남궁설", "direct", "사실이 아니다"), ("남궁설", "direct", "말도 안 되는 소리")],
    ),
    (
        "a name in 원 is a person, not an institution ('도경원 … 원내대표' then '도 원내대표'); 연수원 is one",
        "원내 협상\n\n박지원 새솔당 원내대표는 \"협상은 없다\"고 말했다.\n\n박 원내대표는 \"끝까지 가겠다\"고 강조했다. 국가연수원은 \"일정대로 간다\"고 밝혔다.",
        [("박지원", "direct", "협상은 없다"), ("박지원", "direct", "끝까지 가겠다"), ("국가연수원", "direct", "일정대로 간다")],
    ),
    (
        "a hanja name glued to its title ('韓明洙대변인'), then the hanja surname alone ('韓대변인')",
        "대변인 논평\n\n韓明洙대변인은 『협상은 끝나지 않았다』고 말했다. 韓대변인은 『주말까지 기다리겠다』고 덧붙였다.",
        [("韓明洙", "direct", "협상은 끝나지 않았다"), ("韓明洙", "direct", "주말까지 기다리겠다")],
    ),
    (
        "a name glued to a title with a head ('정미란상임집행위원장'); an office glued to its title stays no name",
        "서명 운동\n\n한빛연대 정미란상임집행위원장은 \"서명부를 내일 낸다\"고 말했다. 새솔구 금융혁신과장은 \"검토하겠다\"고 말했다.",
        [("정미란", "direct", "서명부를 내일 낸다"), ("새솔구 금융혁신과장", "direct", "검토하겠다")],
    ),
    (
        "an anonymous head glued to what qualifies it ('고위관계자'), then '이 관계자'",
        "협상 막바지\n\n새솔시 고위관계자는 \"예산은 충분하다\"고 말했다. 이 관계자는 \"추가 편성은 없다\"고 덧붙였다.",
        [("새솔시 고위관계자", "direct", "예산은 충분하다"), ("새솔시 고위관계자", "direct", "추가 편성은 없다")],
    ),
    (
        "a bare repeated head ('당국자는') is the fuller source met before ('통일부 당국자')",
        "회담 준비\n\n통일부 당국자는 \"일정은 미정\"이라고 말했다. 당국자는 \"연락은 오간다\"고 덧붙였다.",
        [("통일부 당국자", "direct", "일정은 미정"), ("통일부 당국자", "direct", "연락은 오간다")],
    ),
    (
        "a headline's words with particles dropped ('밥먹었다') are the body's, and so is their speaker, borrowed or not",
        "경찰 묻자 \"밥먹었다\"\n\n경찰에게 \"밥을 먹었다\"고 거짓 주장한 40대 남성이 붙잡혔다. C씨는 다시 \"밥을 먹었다\"고 말했다.",
        [("C씨", "direct", "밥먹었다"), ("C씨", "direct", "밥을 먹었다"), ("C씨", "direct", "밥을 먹었다")],
    ),
    (
        "'\"…\"이라는 말로 회견을 마쳤다': the words someone closed with",
        "협상 타결\n\n도하람 대표는 \"이번 합의는 시작일 뿐\"이라는 말로 회견을 마쳤다.",
        [("도하람", "direct", "이번 합의는 시작일 뿐")],
    ),
    (
        "'X의 \"…\" 발언과 관련해': words between their owner and a noun of speech; the sentence's subject answers",
        "발언 공방\n\n새솔구청은 박서준 의원의 \"구청장은 예산 낭비의 주범\" 발언과 관련해 \"사실과 다르다\"며 반박했다.",
        [("박서준", "direct", "구청장은 예산 낭비의 주범"), ("새솔구청", "direct", "사실과 다르다")],
    ),
    (
        "reporters' questions ('‘…’를 묻는 기자들의 질문에는', '‘…’는 취지의 기자 질문에') are unknown's, the answer the official's",
        "시장 회견\n\n김영수 새솔시장은 ‘예산이 왜 늘었는지’를 묻는 기자들의 질문에는 “물가 탓”이라고 답했다. 그는 ‘시의회가 반대했다’는 취지의 기자 질문에 “협의 중”이라고 말했다.",
        [(None, "direct", "예산이 왜 늘었는지"), ("김영수", "direct", "물가 탓"), (None, "direct", "시의회가 반대했다"), ("김영수", "direct", "협의 중")],
    ),
    (
        "a term asked about ('‘인터뷰 노하우’를 묻는 사회자의 질문에') is no question in marks",
        "방송인 대담\n\n도하람은 ‘인터뷰 노하우’를 묻는 사회자의 질문에 \"많이 듣는 것\"이라고 답했다.",
        [("도하람", "direct", "많이 듣는 것")],
    ),
    (
        "an indirect quote leaves out when it was said ('오늘(22일)'), whom it bids ('…장관 9명에게'), an act before it ('…들은 뒤,') and what it answers ('…것과 관련,')",
        "국무회의\n\n도하람 대통령은 오늘(22일) 국무회의에 처음 참석한 신임 장관 9명에게 현장을 자주 찾으라고 당부했습니다.\n\n"
        "도 대통령은 신임 장관들의 소회를 들은 뒤, 국민 눈높이에서 일해 달라고 말했습니다.\n\n새솔경찰서는 18일 B씨가 도난을 신고한 것과 관련, 허위로 확인됐다고 밝혔다.",
        [("도하람", "indirect", "현장을 자주 찾으라"), ("도하람", "indirect", "국민 눈높이에서 일해 달라"), ("새솔경찰서", "indirect", "허위로 확인됐다")],
    ),
    (
        "a declarative clause keeps its own '…에게' and '함께', and a date ahead of it ('오는 3일')",
        "지침 안내\n\n새솔구는 플랫폼 사업주에게 휴게 지침을 지키도록 권고하고 있다고 밝혔다. 새솔구는 오는 3일 이웃 구들과 함께 설명회를 열겠다고 밝혔다.",
        [("새솔구", "indirect", "플랫폼 사업주에게 휴게 지침을 지키도록 권고하고 있다"), ("새솔구", "indirect", "오는 3일 이웃 구들과 함께 설명회를 열겠다")],
    ),
    (
        "the one asked ('배우 X는 \"…\"는 질문을 받았다') is who '그는' points back to",
        "배우 인터뷰\n\n배우 도하람은 \"어떤 역할이 좋냐\"는 질문을 받았다. 그는 \"악역이 좋다\"고 말했다.",
        [(None, "direct", "어떤 역할이 좋냐"), ("도하람", "direct", "악역이 좋다")],
    ),
    (
        "'-이라며,' with a comma before the act; '\"…\"를 외쳐'",
        "예산 공방\n\n야3당은 국민 세금을 낭비하는 전시 행정이라며, 일제히 비판했습니다. 도하람 가수는 \"다 함께!\"를 외쳐 관객을 일으켰다.",
        [("야3당", "indirect", "국민 세금을 낭비하는 전시 행정"), ("도하람", "direct", "다 함께!")],
    ),
    (
        "a word before a headline's marks that the body never writes as a name is no speaker ('… 데자뷰 \"…\"'): the body's speaker",
        "공공 정책 예산 데자뷰 \"현장이 먼저 무너진다\"\n\n문채원 새솔연구원 연구위원은 이날 방송에서 \"현장이 먼저 무너지고 있다\"고 말했다.",
        [("문채원", "direct", "현장이 먼저 무너진다"), ("문채원", "direct", "현장이 먼저 무너지고 있다")],
    ),
    (
        "a headline's misspelling of a name the body writes ('남궁솔' for '남궁설') is the body's person",
        "남궁솔 \"예산은 충분하다\"\n\n남궁설 새솔당 의원은 이날 \"예산은 충분하다\"고 말했다.",
        [("남궁설", "direct", "예산은 충분하다"), ("남궁설", "direct", "예산은 충분하다")],
    ),
    (
        "words in double marks before '이라고' and the sentence's act ('공을 돌렸다'), one word before a plain act ('선을 그었다'); a name given ('불렀다', '명명했다') is no quote",
        "결승골 주인공\n\n결승골을 넣은 남궁설은 \"동료들 덕분\"이라고 공을 돌렸다. 소속사 측은 \"사실무근\"이라고 선을 그었다. "
        "팬들은 이곳을 \"작은 천국\"이라고 불렀다. 구단은 이 훈련을 \"새솔 방식\"이라고 명명했다.",
        [("남궁설", "direct", "동료들 덕분"), ("소속사 측", "direct", "사실무근")],
    ),
    (
        "words that arise with no one named ('\"…\"라는 비판이 나온다') are no one's, not the last speaker's",
        "예산 논란\n\n도하람 위원장은 \"국민만 보고 가겠다\"고 말했다. \"국민을 무시하는 처사\"라는 비판이 나온다.",
        [("도하람", "direct", "국민만 보고 가겠다"), (None, "direct", "국민을 무시하는 처사")],
    ),
    (
        "after '\"…\"고 했지만' a clause with its own topic reports someone else ('… 교수는 …라고 반박했다')",
        "물가 논쟁\n\n도하람 장관은 \"물가가 잡히고 있다\"고 했지만 남궁설 교수는 물가가 더 오를 것이라고 반박했다.",
        [("도하람", "direct", "물가가 잡히고 있다"), ("남궁설", "indirect", "물가가 더 오를 것")],
    ),
    (
        "a sub-headline's word that no one in the article is named ('… 데자뷰 \"…\"') is no organisation either",
        "예산 공방\n\n정책 '통계 논란' 데자뷰 \"마음에 안 들면 겁박하나\"\n\n입력 2025-01-02 10:00\n\n윤도경 새솔당 의원은 \"통계는 통계일 뿐\"이라고 말했다.",
        [(None, "direct", "마음에 안 들면 겁박하나"), ("윤도경", "direct", "통계는 통계일 뿐")],
    ),
    (
        "'그는' right after a person the sentence names as its complement ('마지막 주자는 X 감독으로, 그는 \"…\"')",
        "릴레이 강연\n\n둘째 날 주인공은 박도현 작가다. 그는 \"소설은 질문\"이라고 했다. 마지막 주자는 최예린 감독으로, 그는 \"즐겁게 하겠다\"고 밝혔다.",
        [("박도현", "direct", "소설은 질문"), ("최예린", "direct", "즐겁게 하겠다")],
    ),
    (
        "a party named by whose it is ('가수 X 소속사 측', 'X 국선변호인', '소속사 측') speaks, not X; 'X 변호사' is X",
        "연예계 소식\n\n가수 한소라 소속사 측은 \"법적 대응하겠다\"고 밝혔다. 한소라 국선변호인은 \"혐의를 인정한다\"고 말했다. "
        "소속사 측은 \"사실무근\"이라고 밝혔다. 윤도경 변호사는 \"무죄를 다투겠다\"고 말했다.",
        [("가수 한소라 소속사 측", "direct", "법적 대응하겠다"), ("한소라 국선변호인", "direct", "혐의를 인정한다"), ("소속사 측", "direct", "사실무근"), ("윤도경", "direct", "무죄를 다투겠다")],
    ),
]


def quotes_of(text: str) -> list[tuple[str | None, str, str]]:
    art = build_article(Page(Source(path="case.txt"), text=text))
    assert not hasattr(art, "reason"), art
    return [(q.speaker.name, q.kind, q.text) for q in art.quotes]  # type: ignore[union-attr]


@pytest.mark.parametrize(("why", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_pattern(why: str, text: str, expected: list[tuple[str | None, str, str]]) -> None:
    assert quotes_of(text) == expected


def case(why: str) -> str:
    return next(text for w, text, _ in CASES if w == why)


def test_a_polite_anonymous_source_is_anonymous() -> None:
    art = build_article(Page(Source(path="c.txt"), text=next(t for w, t, _ in CASES if w.startswith("an anonymous source named politely"))))
    assert [q.speaker.type for q in art.quotes] == ["anonymous", "anonymous"]  # type: ignore[union-attr]


def test_a_relayed_speech_act_keeps_the_relay() -> None:
    art = build_article(Page(Source(path="c.txt"), text=next(t for w, t, _ in CASES if w.startswith("a speech act that is itself reported"))))
    assert art.quotes[0].via == "담당 의사"  # type: ignore[union-attr]


def test_an_outlet_that_cites_is_the_via() -> None:
    art = build_article(Page(Source(path="c.txt"), text=case("an outlet citing someone ('… 관계자를 인용해 \"…\"고 전했다') relays: the one cited speaks")))
    assert art.quotes[0].via == "교도통신"  # type: ignore[union-attr]


def test_addressee_and_via() -> None:
    art = build_article(Page(Source(path="c.txt"), text=case("a question to someone")))
    assert art.quotes[0].addressee == "백승호"  # type: ignore[union-attr]
    art = build_article(Page(Source(path="c.txt"), text=case("a relay is not the speaker")))
    assert art.quotes[0].via == "이도현"  # type: ignore[union-attr]


def test_a_turn_ends_at_the_reporters_marker() -> None:
    text = "[전문] 신지호 \"물가는 잡혀 간다\"\n\n▶정영진\n\n오늘 주제는 물가입니다.\n\n▶신지호\n\n물가는 잡혀 가고 있습니다.\n\n[기자]\n\n한편 정부는 다음 주 대책을 발표합니다."
    got = quotes_of(text)
    assert got[1:] == [("정영진", "direct", "오늘 주제는 물가입니다."), ("신지호", "direct", "물가는 잡혀 가고 있습니다.")]
