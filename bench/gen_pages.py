"""Invented, flattened Korean news pages for the benchmarks: deterministic (seeded).

    .venv/bin/python bench/gen_pages.py OUT_DIR -n 2000 [--seed 11] [--cp949 0.05]

Every sentence, name, company, party and quote is made up here from templates
and the lists below; nothing is taken from any outlet's text. The *layouts*
imitate how real pages look once flattened to text: wire datelines
``(서울=연합뉴스) 홍길동 기자 =``, board reposts (``by NICK posted Jun 10, 2023``
with shortcut-key chrome, or ``제목 : … / 작성자 : …``), portal chrome (NAVER,
다음), broadcast transcripts (``[앵커]``, ``[이름 / 직함 : …]``,
``▶ 인터뷰 : 이름 / 직함``), newspaper pages with sub-headlines, bylines with
e-mail, captions, related lists with dates and copyright footers.

Each page has a headline with a quote, a sub-headline (most layouts), 8–16 body
paragraphs with direct quotes (``"…"고 말했다``, chained ``"…"며 "…"고
덧붙였다``, a pronoun ``그는``), indirect quotes (``…할 계획이라고 밝혔다``),
anonymous and organisation speakers, one or two captions, and dates written in
several Korean formats. A share of files (``--cp949``) is written in CP949, as
some boards still serve it.
"""

from __future__ import annotations

import argparse
import contextlib
import random
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

# ---------------------------------------------------------------- Korean helpers


def has_batchim(word: str) -> bool:
    ch = word.rstrip(" )'\"’”")[-1:] or "가"
    if "가" <= ch <= "힣":
        return (ord(ch) - 0xAC00) % 28 != 0
    return ch in "013678LMNRlmnr"  # digits and letters read with a final consonant


def rieul(word: str) -> bool:
    ch = word[-1:]
    return "가" <= ch <= "힣" and (ord(ch) - 0xAC00) % 28 == 8


def j(word: str, pair: str) -> str:
    """word + the right particle of a pair: 은/는, 이/가, 을/를, 과/와, 으로/로, 이라고/라고, 이라며/라며."""
    with_b, without = {
        "은": ("은", "는"), "이": ("이", "가"), "을": ("을", "를"), "과": ("과", "와"),
        "으로": ("으로", "로"), "이라고": ("이라고", "라고"), "이라며": ("이라며", "라며"), "이다": ("이다", "다"),
    }[pair]
    if pair == "으로" and rieul(word):
        return word + "로"
    return word + (with_b if has_batchim(word) else without)


# ---------------------------------------------------------------- invented lists

FAMILY = list("김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예봉경사부황")
GIVEN_A = list("서지민하도윤수현예준시은주우연태승유재성영정다나소가채동한세진규경원혜상보미")
GIVEN_B = list("준윤우민현서진연호영훈아은린율빈희경원석수혁진람솔결별혜찬결온빛슬")
NICKS = ["greenvolt77", "모래시계", "흰구름산책", "newsreader", "겨울잠곰", "단풍나무", "blue_whale", "아침햇살",
         "cheonggu", "노란우산", "midnight_owl", "바람개비", "steelrain", "솔방울", "pinecone42", "달빛산책"]
HANDLES = ["sky", "moon", "river", "js", "hk", "dy", "sy", "mj", "news", "reporter", "green", "hope", "pen", "star",
           "light", "ocean", "forest", "blue", "jw", "yh", "sh", "kw", "tj", "ej"]

MINISTRIES = ["산업통상자원부", "기획재정부", "국토교통부", "고용노동부", "보건복지부", "교육부", "환경부", "과학기술정보통신부",
              "행정안전부", "해양수산부", "농림축산식품부", "중소벤처기업부", "여성가족부", "금융위원회", "공정거래위원회"]
COMPANIES = ["별빛전자", "한결바이오", "리셀텍", "누리모빌리티", "다온반도체", "하늘에너지", "바른식품", "새솔케미칼", "온누리건설",
             "초록물산", "미르소프트", "가람중공업", "해오름조선", "든든금융", "솔빛제약", "파랑통신", "이음로지스", "한빛벤처스"]
PARTIES = ["새로운한국당", "민생개혁당", "미래연대당", "정의미래당", "국민통합당"]
INSTITUTES = ["한국미래경제연구원", "국토정책연구소", "동서사회연구원", "한국노동복지연구원", "산업전략연구원"]
UNIVERSITIES = ["동서공과대", "한빛대", "새누리대", "중앙과학대", "남도대", "청운대"]
CITIES = ["서울시", "부산시", "인천시", "대구시", "광주시", "대전시", "울산시", "수원시", "창원시", "전주시", "청주시"]
DISTRICTS = ["마포구", "해운대구", "부평구", "수성구", "유성구", "노원구", "연수구", "동래구"]
ASSOCIATIONS = ["한국배터리순환협회", "전국소상공인연합", "한국반도체산업협회", "시민안전네트워크", "전국세입자연대", "한국바이오협회"]
AGENCIES = ["기상청", "경찰청", "소방청", "관세청", "질병관리청", "산림청", "해양경찰청"]
PLACES = ["서울 여의도", "세종 정부청사", "경기 평택", "부산 해운대", "인천 송도", "대전 유성", "광주 북구", "경기 수원",
          "충북 오창", "경남 창원", "전북 전주", "강원 춘천", "제주 서귀포", "서울 마포구", "서울 구로구"]
CITY_OF_DATELINE = ["서울", "세종", "부산", "인천", "대전", "광주", "수원", "창원", "전주", "춘천", "제주", "워싱턴", "도쿄"]
EVENTS = ["간담회", "기자간담회", "현장 점검", "정책 토론회", "국정감사", "원내대책회의", "업무보고", "설명회", "기자회견", "포럼"]

# (title, org pool, register): how a speaker is named
ROLES: list[tuple[str, list[str]]] = [
    ("장관", MINISTRIES), ("차관", MINISTRIES), ("대변인", MINISTRIES), ("대표", COMPANIES), ("사장", COMPANIES),
    ("부사장", COMPANIES), ("연구위원", INSTITUTES), ("선임연구위원", INSTITUTES), ("교수", UNIVERSITIES),
    ("의원", PARTIES), ("원내대표", PARTIES), ("수석대변인", PARTIES), ("시장", CITIES), ("구청장", DISTRICTS),
    ("청장", AGENCIES), ("사무총장", ASSOCIATIONS), ("회장", ASSOCIATIONS), ("센터장", INSTITUTES),
]
ANONYMOUS = ["한 업계 관계자", "정부 고위 관계자", "한 시민", "여당 지도부의 한 관계자", "한 소상공인", "한 전문가",
             "현장의 한 직원", "한 주민", "익명을 요구한 한 임원", "야당의 한 중진 의원"]

TOPICS = [
    dict(section="경제", a=["반도체 설비투자", "세액공제", "전력 공급", "용수 인허가", "소재 국산화"], head="반도체 지원"),
    dict(section="산업", a=["폐배터리 재활용", "리튬 회수율", "공장 증설", "탄소 인증", "원료 확보"], head="배터리 재활용"),
    dict(section="사회", a=["폭염 대책", "무더위 쉼터", "이동노동자 휴식권", "온열질환 예방", "야간 운영"], head="폭염 쉼터"),
    dict(section="정치", a=["추가경정예산", "재원 마련", "국채 발행", "세수 결손", "민생 회복"], head="추경 공방"),
    dict(section="부동산", a=["전세 보증금", "임대차 보호", "경매 절차", "주거 지원", "피해자 결정"], head="전세 피해"),
    dict(section="IT/과학", a=["인공지능 규제", "데이터 활용", "클라우드 전환", "보안 인증", "개인정보 보호"], head="AI 기본법"),
    dict(section="교육", a=["늘봄학교", "교원 정원", "돌봄 공백", "방과후 수업", "학교 급식"], head="돌봄 확대"),
    dict(section="금융", a=["가계대출", "금리 인하", "예대금리차", "대출 규제", "연체율"], head="대출 관리"),
    dict(section="환경", a=["해수 온도", "양식장 피해", "탄소중립", "재생에너지", "폐기물 감축"], head="고수온 피해"),
    dict(section="보건", a=["응급실 인력", "필수의료", "의대 정원", "지역 의료", "감염병 대응"], head="응급의료"),
    dict(section="국제", a=["관세 협상", "수출 통제", "공급망 재편", "환율 변동", "현지 공장"], head="관세 협상"),
    dict(section="문화", a=["지역 축제", "관광객 안전", "문화재 보존", "공연 지원", "입장권 재판매"], head="축제 안전"),
]

VERB_DA = [  # quote bodies that end with a verb (…다 + 고)
    "{a}에 대한 지원을 지금보다 더 늘리겠다",
    "{a} 문제는 더 이상 미룰 수 없다",
    "{A을} 둘러싼 우려를 충분히 알고 있다",
    "올해 안에 {a} 관련 대책을 내놓겠다",
    "{B이} 뒷받침되지 않으면 {a}도 성과를 내기 어렵다",
    "{A과} {B을} 함께 점검하겠다",
    "시민들이 불편을 겪지 않도록 끝까지 챙기겠다",
    "솔직히 {A이} 이렇게 빨리 바뀔 줄은 몰랐다",
    "{a} 때문에 하루하루가 불안하다",
    "숫자보다 현장이 체감하는 변화가 중요하다",
    "{b} 기준을 이달 안에 다시 정비하겠다",
    "관계부처와 {a} 방안을 협의하고 있다",
    "지금 손을 놓으면 {a} 경쟁에서 뒤처진다",
    "필요하다면 {b} 예산도 추가로 확보하겠다",
]
NOUN_END = [  # quote bodies that end with a noun (…이라고 / 라고)
    "{A은} 결국 신뢰의 문제",
    "{B이} 가장 시급한 과제",
    "이번 조치는 {a} 정상화를 위한 첫걸음",
    "무엇보다 {a}의 속도가 관건",
    "{a}{이와} 관련해 아직 정해진 것은 없는 상황",
    "지금이 {a}의 골든타임",
    "현장에서 가장 많이 듣는 호소가 {a} 문제",
    "{A은} 규제의 문제가 아니라 신뢰의 문제",
]
DIRECT_VERBS = ["말했다", "밝혔다", "강조했다", "설명했다", "전했다", "지적했다", "주장했다", "토로했다", "당부했다", "전망했다", "했다"]
CHAIN_VERBS = ["덧붙였다", "강조했다", "말했다", "밝혔다"]
INDIRECT = [
    "{A을} {v} 계획이라고 밝혔다", "{A을} {v} 방침이라고 전했다", "다음 달 중 {b} 방안을 발표할 예정이라고 말했다",
    "{A을} 검토하고 있다고 덧붙였다", "{A이} 시급하다고 지적했다", "{b} 관련 예산을 늘려야 한다고 주장했다",
]
IND_VERBS = ["확대할", "보완할", "재검토할", "추진할", "점검할", "도입할", "단계적으로 늘릴", "전면 개편할"]
NARRATIVE = [
    "{A을} 둘러싼 논란은 지난해부터 이어져 왔다.",
    "{place}에서는 {A을} 놓고 의견이 엇갈린다.",
    "업계에 따르면 {a} 관련 투자는 지난해보다 {n}% 늘었다.",
    "정부는 {month}월 중 {b} 실태조사를 벌이기로 했다.",
    "다만 {b}에 필요한 재원을 어떻게 마련할지는 아직 정해지지 않았다.",
    "{a} 관련 민원은 올해 들어서만 {n}0건을 넘었다.",
    "전문가들은 {A이} 단기간에 해결되기는 어렵다고 본다.",
    "이날 행사에는 관계자 {n}0여명이 참석했다.",
    "한편 {b} 제도는 {n}년 전 처음 도입됐다.",
    "현장에서는 {B을} 체감하기 어렵다는 반응이 적지 않다.",
]


def fill(tpl: str, rng: random.Random, topic: dict) -> str:
    a, b = rng.sample(topic["a"], 2)
    out = tpl.replace("{a}{이와}", j(a, "과"))  # '…과 관련해' (이와 keeps the template readable)
    for key, word in (("A", a), ("B", b)):
        for p in ("은", "이", "을", "과"):
            out = out.replace("{" + key + p + "}", j(word, p))
    return out.format(a=a, b=b, place=rng.choice(PLACES), n=rng.randint(2, 9), month=rng.randint(1, 12),
                      v=rng.choice(IND_VERBS))


# ---------------------------------------------------------------- people and quotes


@dataclass
class Speaker:
    family: str
    given: str
    title: str
    org: str
    org_first: bool  # '리셀텍 염도준 대표' rather than '염도준 리셀텍 대표'

    @property
    def name(self) -> str:
        return self.family + self.given

    def full(self) -> str:
        return f"{self.org} {self.name} {self.title}" if self.org_first else f"{self.name} {self.org} {self.title}"

    def short(self) -> str:
        return f"{self.family} {self.title}"


def person(rng: random.Random) -> tuple[str, str]:
    return rng.choice(FAMILY), rng.choice(GIVEN_A) + rng.choice(GIVEN_B)


def speaker(rng: random.Random) -> Speaker:
    title, orgs = rng.choice(ROLES)
    fam, given = person(rng)
    return Speaker(fam, given, title, rng.choice(orgs), rng.random() < 0.25)


def quote_body(rng: random.Random, topic: dict) -> tuple[str, bool]:
    """A quote's words, and whether they end with a noun (…이라고) rather than a verb (…고)."""
    if rng.random() < 0.25:
        return fill(rng.choice(NOUN_END), rng, topic), True
    if rng.random() < 0.3:  # two sentences inside one quote
        first, second = rng.sample(VERB_DA, 2)
        return fill(first, rng, topic) + ". " + fill(second, rng, topic), False
    body = fill(rng.choice(VERB_DA), rng, topic)
    return body, False


def quoted(rng: random.Random, topic: dict, chain: str = "고") -> str:
    """'"…"고' or '"…"이라고'; chain='며' gives '"…"며' / '"…"이라며'."""
    body, noun = quote_body(rng, topic)
    if noun:
        return f'"{body}"' + (j(body, "이라고")[len(body):] if chain == "고" else j(body, "이라며")[len(body):])
    return f'"{body}"' + chain


def curly(text: str, rng: random.Random, share: float) -> str:
    """Some outlets print curly quotes."""
    if rng.random() >= share:
        return text
    out, open_ = [], True
    for ch in text:
        if ch == '"':
            out.append("“" if open_ else "”")
            open_ = not open_
        else:
            out.append(ch)
    return "".join(out)


# ---------------------------------------------------------------- dates


def date_line(rng: random.Random, when: datetime, style: str) -> str:
    mod = when + timedelta(minutes=rng.randint(5, 300))

    def ampm(d: datetime) -> str:
        h = d.hour % 12 or 12
        return f"{'오전' if d.hour < 12 else '오후'} {h}:{d.minute:02d}"

    formats = {
        "wire": f"송고{when:%Y-%m-%d %H:%M} 수정{mod:%Y-%m-%d %H:%M}",
        "dots": f"입력 {when:%Y.%m.%d %H:%M}",
        "dots_mod": f"입력 {when:%Y.%m.%d %H:%M} | 수정 {mod:%Y.%m.%d %H:%M}",
        "portal": f"입력{when:%Y.%m.%d}. {ampm(when)} 수정{mod:%Y.%m.%d}. {ampm(mod)} 기사원문",
        "broadcast": f"{when:%Y.%m.%d}. {ampm(when)}",
        "korean": f"{when.year}년 {when.month}월 {when.day}일 {when:%H:%M}",
        "dash_sec": f"등록 {when:%Y-%m-%d %H:%M:%S}",
        "slash": f"기사입력 {when:%Y/%m/%d %H:%M}",
        "news1": f"{when:%Y-%m-%d %H:%M:%S} 송고 | {mod:%Y-%m-%d %H:%M} 최종수정",
        "colon": f"입력:{when:%Y-%m-%d %H:%M} 수정:{mod:%Y-%m-%d %H:%M}",
    }
    return formats[style]


# ---------------------------------------------------------------- outlets

@dataclass
class Outlet:
    name: str
    domain: str
    family: str  # wire, daily, broadcast
    copyright: str
    dateline: str = ""  # wire dateline form


OUTLETS = [
    Outlet("연합뉴스", "yna.co.kr", "wire", "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>", "({city}=연합뉴스) {rep} 기자 = "),
    Outlet("뉴시스", "newsis.com", "wire", "<저작권자ⓒ 공감언론 뉴시스통신사. 무단전재-재배포, AI학습 및 활용 금지>", "[{city}=뉴시스]{rep} 기자 = "),
    Outlet("뉴스1", "news1.kr", "wire", "© News1코리아(news1.kr), 무단 전재 및 재배포, AI학습 이용 금지", "({city}=뉴스1) {rep} 기자 = "),
    Outlet("조선일보", "chosun.com", "daily", "Copyright ⓒ 조선일보. All rights reserved. 무단 전재 및 재배포 금지"),
    Outlet("중앙일보", "joongang.co.kr", "daily", "ⓒ중앙일보(https://www.joongang.co.kr), 무단 전재 및 재배포 금지"),
    Outlet("동아일보", "donga.com", "daily", "ⓒ 동아일보 & donga.com, 무단 전재 및 재배포 금지"),
    Outlet("한겨레", "hani.co.kr", "daily", "ⓒ 한겨레신문사 : 무단전재 및 재배포 금지"),
    Outlet("경향신문", "khan.kr", "daily", "ⓒ경향신문(www.khan.co.kr), 무단전재 및 재배포 금지"),
    Outlet("한국일보", "hankookilbo.com", "daily", "Copyright ⓒ Hankookilbo 신문사 무단 전재 및 재배포 금지"),
    Outlet("매일경제", "mk.co.kr", "daily", "[ⓒ 매일경제 & mk.co.kr, 무단 전재, 재배포 및 AI학습 이용 금지]"),
    Outlet("한국경제", "hankyung.com", "daily", "ⓒ 한국경제 & hankyung.com, 무단전재 및 재배포 금지"),
    Outlet("서울경제", "sedaily.com", "daily", "< 저작권자 ⓒ 서울경제, 무단 전재 및 재배포 금지 >"),
    Outlet("머니투데이", "mt.co.kr", "daily", "<저작권자 ⓒ '돈이 보이는 리얼타임 뉴스' 머니투데이, 무단전재 및 재배포 금지>"),
    Outlet("이데일리", "edaily.co.kr", "daily", "ⓒ 이데일리. 무단전재 및 재배포 금지"),
    Outlet("국민일보", "kmib.co.kr", "daily", "GoodNews paper ⓒ 국민일보(www.kmib.co.kr), 무단전재 및 수집, 재배포금지"),
    Outlet("전자신문", "etnews.com", "daily", "Copyright © etnews. All rights reserved."),
    Outlet("부산일보", "busan.com", "daily", "ⓒ부산일보(www.busan.com), 무단전재 및 수집, 재배포금지"),
    Outlet("아이뉴스24", "inews24.com", "daily", "Copyright ⓒ 아이뉴스24 무단전재 및 재배포 금지"),
    Outlet("KBS", "kbs.co.kr", "broadcast", "ⓒ KBS & KBS World. All rights reserved. 무단 전재, 재배포 및 이용(AI 학습 포함) 금지"),
    Outlet("YTN", "ytn.co.kr", "broadcast", "[저작권자(c) YTN 무단전재, 재배포 및 AI 데이터 활용 금지]"),
    Outlet("SBS", "sbs.co.kr", "broadcast", "저작권자 SBS & SBS Digital News Lab. 무단복제-재배포 및 AI학습 이용 금지"),
    Outlet("MBC", "mbc.co.kr", "broadcast", "Copyright(c) Since 1996, MBC&iMBC All rights reserved."),
    Outlet("JTBC", "jtbc.co.kr", "broadcast", "Copyright by JTBC(https://jtbc.co.kr) and JTBC Content Hub Co., Ltd. All Rights Reserved. 무단 전재 및 재배포 금지"),
    Outlet("MBN", "mbn.co.kr", "broadcast", "< Copyright ⓒ MBN(www.mbn.co.kr) 무단전재 및 재배포 금지 >"),
]
CAPTION_CREDITS = ["(사진=뉴스1)", "(사진=연합뉴스)", "[사진=뉴시스]", "/뉴스1", "(사진={org} 제공)", "[{org} 제공. 재판매 및 DB 금지]", "/{org} 제공"]


# ---------------------------------------------------------------- one article


@dataclass
class Story:
    topic: dict
    when: datetime
    main: Speaker
    others: list[Speaker]
    reporter: str
    email: str
    headline: str
    sub: str
    paragraphs: list[str]
    captions: list[str]  # inserted between paragraphs
    related: list[tuple[str, datetime]]


def headline_for(rng: random.Random, topic: dict, main: Speaker) -> tuple[str, str]:
    a, b = rng.sample(topic["a"], 2)
    short = rng.choice([f"{a} 지원 더 늘린다", f"{a}, 더는 못 미룬다", f"{b} 속도 내겠다", f"{j(a, '이')} 관건", f"{b} 다시 점검"])
    form = rng.randrange(4)
    if form == 0:
        head = f'{main.name} {main.title} "{short}"'
    elif form == 1:
        head = f'"{short}"…{topic["head"]} 놓고 {main.family} {main.title} 첫 언급'
    elif form == 2:
        head = f'{topic["head"]} 논란…{main.org} "{short}"'
    else:
        head = f"[단독] {main.org} {main.title} \"{short}\""
    sub = rng.choice([
        f'{rng.choice(PLACES)} {rng.choice(EVENTS)}…"{rng.choice(topic["a"])} 기간 절반으로"',
        f"{a}·{b} 종합 대책 이달 말 발표",
        f"{rng.choice(ASSOCIATIONS)} \"환영\"…야당은 \"재원 대책 없어\"",
        f"{b} 현장 찾아 {a} 점검",
    ])
    return head, sub


def story(rng: random.Random, when: datetime) -> Story:
    topic = rng.choice(TOPICS)
    main = speaker(rng)
    others = [speaker(rng) for _ in range(rng.randint(1, 3))]
    rf, rg = person(rng)
    reporter = rf + rg
    email = f"{rng.choice(HANDLES)}{rng.randint(1, 99) if rng.random() < 0.5 else ''}"
    head, sub = headline_for(rng, topic, main)
    day = when.day
    paras: list[str] = []
    named: set[int] = {id(main)}

    def call(s: Speaker) -> str:  # the full name the first time, '염 대표' after
        if id(s) in named:
            return s.short()
        named.add(id(s))
        return s.full()

    # lead: the main speaker, a direct quote
    lead_verb = rng.choice(DIRECT_VERBS[:4])
    paras.append(f"{j(main.full(), '은')} {day}일 {quoted(rng, topic)} {lead_verb}.")
    # chained quote with the event
    paras.append(f"{j(main.short(), '은')} 이날 {rng.choice(PLACES)}에서 열린 {rng.choice(EVENTS)}에서 "
                 f"{quoted(rng, topic, '며')} {quoted(rng, topic)} {rng.choice(CHAIN_VERBS)}.")
    # pronoun
    paras.append(f"그는 {quoted(rng, topic)} {rng.choice(DIRECT_VERBS)}.")
    n_body = rng.randint(8, 16)
    kinds = ["other", "indirect", "narrative", "anonymous", "org", "pronoun_chain", "quote_first", "narrative", "other"]
    while len(paras) < n_body - 1:
        kind = rng.choice(kinds)
        if kind == "other":
            o = rng.choice(others)
            paras.append(f"{fill(rng.choice(NARRATIVE), rng, topic)} {j(call(o), '은')} {quoted(rng, topic)} {rng.choice(DIRECT_VERBS)}.")
        elif kind == "indirect":
            who = rng.choice([main.short(), call(rng.choice(others)), "그"])
            paras.append(f"{j(who, '은')} {fill(rng.choice(INDIRECT), rng, topic)}.")
        elif kind == "narrative":
            paras.append(" ".join(fill(t, rng, topic) for t in rng.sample(NARRATIVE, rng.randint(1, 3))))
        elif kind == "anonymous":
            paras.append(f"{j(rng.choice(ANONYMOUS), '은')} {quoted(rng, topic)} {rng.choice(DIRECT_VERBS)}.")
        elif kind == "org":
            org = rng.choice(ASSOCIATIONS + MINISTRIES)
            paras.append(f"{j(org, '은')} 입장문을 내고 {quoted(rng, topic, '며')} {quoted(rng, topic)} {rng.choice(CHAIN_VERBS)}.")
        elif kind == "pronoun_chain":
            o = rng.choice(others)
            paras.append(f"{j(call(o), '은')} {quoted(rng, topic)} {rng.choice(DIRECT_VERBS)}. "
                         f"이어 {quoted(rng, topic)} 덧붙였다.")
        else:  # quote first, speaker after
            body, _ = quote_body(rng, topic)
            paras.append(f'"{body}"{j(body, "이라고")[len(body):]} {j(main.short(), "은")} 말했다.')
    paras.append(f"{j(main.short(), '은')} {fill(rng.choice(INDIRECT[:3]), rng, topic)}.")
    captions = []
    for _ in range(rng.randint(1, 2)):
        pictured = rng.choice([main] + others)
        credit = rng.choice(CAPTION_CREDITS).format(org=pictured.org)
        named_as = pictured.full()
        captions.append(f"{named_as}(가운데){j(named_as, '이')[len(named_as):]} {day}일 {rng.choice(PLACES)}에서 열린 {rng.choice(EVENTS)}에서 발언하고 있다. {credit}")
    related = []
    for _ in range(rng.randint(2, 4)):
        h2, _ = headline_for(rng, topic, speaker(rng))
        related.append((h2, when - timedelta(days=rng.randint(1, 120))))
    return Story(topic, when, main, others, reporter, email, head, sub, paras, captions, related)


def body_lines(rng: random.Random, st: Story, lead_prefix: str = "", sep: list[str] | None = None,
               caption_at: int | None = None) -> list[str]:
    """Paragraphs (with captions inserted) as lines; sep goes between paragraphs."""
    sep = [""] if sep is None else sep
    out: list[str] = []
    spots = sorted(rng.sample(range(2, len(st.paragraphs) - 1), min(len(st.captions), len(st.paragraphs) - 3)))
    caps = iter(st.captions)
    for i, p in enumerate(st.paragraphs):
        out.append((lead_prefix + p) if i == 0 else p)
        out.extend(sep)
        if i in spots:
            c = next(caps, None)
            if c:
                out.append(c)
                out.extend(sep)
    return out


def related_block(rng: random.Random, st: Story) -> list[str]:
    style = rng.randrange(3)
    lines = [rng.choice(["관련기사", "관련 기사", "함께 볼 기사"])]
    for h, d in st.related:
        if style == 0:
            lines.append(f"{h}{d:%Y.%m.%d}")
        elif style == 1:
            lines.append(f"{h} {d:%Y-%m-%d}")
        else:
            lines.append(f"· {h} ({d:%Y.%m.%d})")
    return lines


# ---------------------------------------------------------------- layouts


def wire_page(rng: random.Random, st: Story, o: Outlet) -> list[str]:
    email = f"{st.email}@{o.domain}"
    lines = ["본문 바로가기", o.name, "전체메뉴", "검색", "로그인", st.topic["section"], " ", st.topic["section"], ""]
    lines += [curly(st.headline, rng, 0.1)]
    lines += [date_line(rng, st.when, "news1" if o.name == "뉴스1" else "wire"), ""]
    lines += [st.sub, "", f"{st.reporter}기자" if rng.random() < 0.5 else f"{st.reporter} 기자", "기자 페이지",
              "글자크기 조정", "인쇄하기", "공유", ""]
    prefix = o.dateline.format(city=rng.choice(CITY_OF_DATELINE), rep=st.reporter)
    lines += body_lines(rng, st, prefix)
    lines += [email, "", "제보는 카카오톡 okjebo" if o.name == "연합뉴스" else "", o.copyright,
              f"{st.when:%Y/%m/%d %H:%M} 송고", ""]
    lines += related_block(rng, st)
    lines += ["", "이 기사를 추천합니다", "좋아요", "슬퍼요", "화나요", " ", "많이 본 뉴스"]
    return lines


def daily_page(rng: random.Random, st: Story, o: Outlet) -> list[str]:
    email = f"{st.email}@{o.domain}"
    style = rng.choice(["dots", "dots_mod", "korean", "dash_sec", "slash", "colon"])
    lines = [o.name, "메뉴", "검색", st.topic["section"], ""]
    lines += [curly(st.headline, rng, 0.3), curly(st.sub, rng, 0.3), ""]
    if rng.random() < 0.5:
        lines += [f"{st.reporter} 기자 {email}", date_line(rng, st.when, style)]
    else:
        lines += [date_line(rng, st.when, style), f"{st.reporter} 기자"]
    lines += ["가", "가가", "공유하기", ""]
    prefix = f"[{o.name} {st.reporter} 기자] " if rng.random() < 0.3 else ""
    lines += [curly(x, rng, 0.15) for x in body_lines(rng, st, prefix)]
    if rng.random() < 0.6:
        lines += related_block(rng, st) + [""]
    lines += [f"{st.reporter} 기자 {email}" if rng.random() < 0.5 else f"{st.reporter} 기자({email})", "", o.copyright,
              "", rng.choice(["많이 본 기사", "인기 기사", "이 시각 주요뉴스"])]
    return lines


def broadcast_page(rng: random.Random, st: Story, o: Outlet) -> list[str]:
    """Anchor lead, reporter, and speech either as '[이름 / 직함 : …]' or '▶ 인터뷰 : 이름 / 직함' + a quoted line."""
    lines = [o.name, "", "전체메뉴", "검색", "", st.topic["section"], curly(st.headline, rng, 0.0), "",
             date_line(rng, st.when, rng.choice(["broadcast", "slash", "dash_sec"])), "",
             f"{st.reporter} 기자 {st.email}@{o.domain}", "", "글자 크기", "공유", "댓글", ""]
    lines += ["[앵커]", f"{st.topic['head']} 문제를 두고 {j(st.main.short(), '이')} 입장을 내놨습니다.",
              f"{st.reporter} 기자가 보도합니다.", "", "[기자]"]
    interview_style = rng.random() < 0.5
    topic = st.topic
    for i, p in enumerate(st.paragraphs):
        p = re.sub(r"(했|혔|였|었|왔|렸)다\.", r"\1습니다.", p)
        lines += [p, ""]
        if i % 3 == 1:
            who = rng.choice([st.main] + st.others)
            words = quote_body(rng, topic)[0] + "."
            if interview_style:
                lines += [f"▶ 인터뷰 : {who.name} / {who.org} {who.title}", f'"{words}"', ""]
            else:
                lines += [f"[{who.name} / {who.org} {who.title} : {words}]", ""]
    lines += [f"{o.name} {st.reporter}입니다.", "", "촬영기자 : " + "".join(person(rng)), "영상편집 : " + "".join(person(rng)), "",
              o.copyright, ""]
    if rng.random() < 0.5:
        lines += related_block(rng, st)
    lines += ["이 시각 주요뉴스"]
    return lines


def portal_page(rng: random.Random, st: Story, o: Outlet) -> list[str]:
    portal = rng.choice(["naver", "daum"])
    if portal == "naver":
        top = ["NAVER NAVER 뉴스", "뉴스홈", "속보", "정치", "경제", "사회", "생활/문화", "IT/과학", "세계", "랭킹", "신문보기", "오피니언", "TV", "팩트체크", "",
               o.name, f"{o.name} 언론사 구독"]
        dates = date_line(rng, st.when, "portal")
        tail = ["", "기자 프로필", o.name, f"{st.reporter} 기자", "구독", "구독자 0", "응원수 0", "",
                f"Copyright ⓒ {o.name}. All rights reserved. 무단 전재 및 재배포 금지.", "",
                f"이 기사는 언론사에서 {st.topic['section']} 섹션으로 분류했습니다.", "기사 섹션 분류 안내", "", "좋아요", "0", "훈훈해요", "0",
                "슬퍼요", "0", "화나요", "0", "후속기사 원해요", "0", "", f"{o.name} 언론사 구독", f"{o.name} 랭킹 뉴스"]
    else:
        top = ["다음뉴스", "홈", "사회", "정치", "경제", "국제", "문화", "IT", "랭킹", "연재", "", o.name]
        dates = f"{o.name} 입력 {st.when:%Y. %m. %d. %H:%M}"
        tail = ["", "Copyright © " + o.name + ". All rights reserved. 무단 전재 및 재배포 금지.", "", "이 기사 어떠셨나요?",
                "좋아요", "감동이에요", "슬퍼요", "화나요", "", "많이 본 뉴스"]
    lines = top + [curly(st.headline, rng, 0.2), dates, f"{st.reporter} 기자", "추천", str(rng.randint(0, 40)), "댓글",
                   str(rng.randint(0, 300)), "본문 요약봇", "텍스트 음성 변환 서비스 사용하기", "글자크기 변경하기", "SNS 보내기", "인쇄하기", ""]
    if rng.random() < 0.5:
        lines += [st.sub, ""]
    prefix = o.dateline.format(city=rng.choice(CITY_OF_DATELINE), rep=st.reporter) if o.family == "wire" else ""
    lines += body_lines(rng, st, prefix)
    lines += [f"{st.reporter} 기자({st.email}@{o.domain})"] + tail
    return lines


def board_page(rng: random.Random, st: Story, o: Outlet) -> list[str]:
    nick = rng.choice(NICKS)
    posted = st.when + timedelta(hours=rng.randint(1, 30))
    if rng.random() < 0.5:  # XE-style board: by NICK posted …, shortcut chrome, '&nbsp;' lines
        lines = [f"(({o.name} {st.reporter}) {st.headline[:40]} ...[{st.when:%Y-%m-%d}]", "",
                 f"by {nick} posted {posted:%b} {posted.day}, {posted.year}", "?", "", "단축키", "", "Prev이전 문서", "",
                 "Next다음 문서", "", "ESC닫기", "", "크게 작게 위로 아래로 댓글로 가기 인쇄", "", " ", "", o.name, "", " ", "",
                 st.headline, "", " ", "", st.sub, "", " ", "", f"{st.reporter} 기자", "",
                 f"{st.topic['section']}{date_line(rng, st.when, 'colon').replace(':', '', 1)}", "", " ", ""]
        lines += body_lines(rng, st, "", sep=["", " ", ""])
        lines += [f"{st.reporter} 기자 {st.email}@{o.domain}", "", " ", "", "추천 0 비추천 0", "", "목록", "", "Articles"]
    else:  # classic board: 제목 / 작성자 header, comments after the footer
        lines = [rng.choice(["자유게시판", "뉴스 게시판", "시사 게시판"]), " ",
                 f"제목 : [{o.name}] {st.headline}",
                 f"작성자 : {nick} | 등록일 : {posted:%Y.%m.%d %H:%M} | 조회 : {rng.randint(10, 5000)} | 추천 : {rng.randint(0, 50)}",
                 " ", rng.choice(["퍼온 글입니다.", "원문 링크는 댓글에 달아둘게요", "읽어볼 만해서 공유합니다."]), " ",
                 st.headline, st.sub, date_line(rng, st.when, "dots"), f"{st.reporter} 기자", " "]
        lines += body_lines(rng, st, f"[{o.name} {st.reporter} 기자] " if rng.random() < 0.5 else "")
        lines += [f"{st.reporter} 기자({st.email}@{o.domain})", "", o.copyright, " ", f"댓글 {rng.randint(1, 9)}", " ",
                  f"{rng.choice(NICKS)} : 좋은 기사네요", f"{rng.choice(NICKS)} : 지켜봐야겠습니다", " ", "목록 | 이전글 | 다음글"]
    return lines


def page(rng: random.Random) -> list[str]:
    when = datetime(2019, 1, 1, 6) + timedelta(days=rng.randint(0, 7 * 365 - 1), minutes=rng.randint(0, 16 * 60))
    st = story(rng, when)
    o = rng.choice(OUTLETS)
    r = rng.random()
    if o.family == "broadcast":
        return broadcast_page(rng, st, o) if r < 0.8 else portal_page(rng, st, o)
    if r < 0.15:
        return board_page(rng, st, o)
    if r < 0.35:
        return portal_page(rng, st, o)
    return wire_page(rng, st, o) if o.family == "wire" else daily_page(rng, st, o)


def generate(out_dir: Path, n: int, seed: int = 11, cp949: float = 0.05) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paths = []
    for i in range(n):
        text = "\n".join(page(rng)) + "\n"
        path = out_dir / f"p{i:05d}.txt"
        data = text.encode("utf-8")
        if rng.random() < cp949:
            # a sign CP949 lacks (©) keeps the page in UTF-8, as such a board would serve it
            with contextlib.suppress(UnicodeEncodeError):
                data = text.encode("cp949")
        path.write_bytes(data)
        paths.append(path)
    return paths


def bench_pages(directory: str | None, n: int, seed: int = 11) -> tuple[list[str], str]:
    """The benchmarks' input: the first n pages of an existing folder, else n pages
    generated into it (or into a temporary folder when none is given).
    Returns the paths and a line saying where they came from."""
    import tempfile

    if directory:
        d = Path(directory)
        have = sorted(str(p) for p in d.rglob("*") if p.is_file() and not p.name.startswith(".")
                      and not p.name.endswith((".expected.json", ".md"))) if d.is_dir() else []
        if have:
            return have[:n], f"{min(n, len(have))} pages from {d}"
    else:
        d = Path(tempfile.mkdtemp(prefix="malmoi-bench-"))
    paths = generate(d, n, seed)
    return [str(p) for p in paths], f"{n} pages generated into {d} (gen_pages.py, seed {seed})"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("-n", type=int, default=2000, help="number of pages (default 2000)")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--cp949", type=float, default=0.05, help="share of files written in CP949 (default 0.05)")
    a = ap.parse_args()
    paths = generate(a.out_dir, a.n, a.seed, a.cp949)
    size = sum(p.stat().st_size for p in paths)
    print(f"wrote {len(paths)} pages ({size / 1e6:.1f} MB) to {a.out_dir}")


if __name__ == "__main__":
    main()

