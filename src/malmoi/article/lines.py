"""What one line of a flattened page is: chrome, a byline, a dateline, a caption,
a related-article item, a copyright footer, or text.

Each test is a small function over one line; the knowledge (phrases, labels,
outlets) comes from the data files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from malmoi.article.dates import find_stamps, labelled_stamps
from malmoi.article.outlets import DATELINE, Outlet, outlet_index
from malmoi.data import load_lines, load_toml
from malmoi.korean import memo
from malmoi.korean.labels import LABEL_LIKE, label_shape
from malmoi.korean.names import COMPOUND_SURNAMES, SURNAMES
from malmoi.model import Caption, Related, Reporter

EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
_REPORTER_ROLE = r"(?:선임기자|전문기자|객원기자|인턴기자|수습기자|사진기자|영상기자|기자|특파원|통신원|논설위원|편집위원|대기자|기상캐스터)"
_NAME = r"(?<![가-힣])(?!기자|특파원)[가-힣]{2,4}"
# 김미정 기자 / 홍길동·김철수 기자 / 홍길동 김철수 기자
REPORTER = re.compile(rf"(?P<names>{_NAME}(?:\s*[·,、/ ]\s*{_NAME})*)\s*{_REPORTER_ROLE}(?![가-힣])")
_ROLE_WORDS = ("기자", "특파원", "통신원", "위원", "캐스터")  # each role above holds one: a line without any has no byline
# [이데일리 홍길동 기자] / (ZDNet 김미정) at the head of a line
# (also '[ 타임즈 - 김시창 기자 ]', '[서울파이낸스 (부산) 강혜진 기자]': a dash, a desk's place in parentheses)
BRACKET_BYLINE = re.compile(
    rf"^[\[(【<]\s*(?P<outlet>[^\]\)】>=\-–]{{2,20}}?)\s*(?:\([가-힣]{{1,6}}\)\s*)?(?:\s|=|\s?[-–]\s?)\s*"
    rf"(?P<names>{_NAME}(?:\s*[·,]\s*{_NAME})*)\s*(?P<role>{_REPORTER_ROLE})?\s*[\])】>]\s*"
)
# (서울=연합뉴스) 홍길동 기자 = / [서울=뉴시스] 홍길동 기자 =
WIRE_LEAD = re.compile(rf"^\s*[(\[【][^)\]】]{{1,20}}=[^)\]】]{{1,20}}[)\]】]\s*(?:(?P<names>{_NAME}(?:\s*[·, ]\s*{_NAME})*)\s*{_REPORTER_ROLE}\s*)?=?\s*")
# [파이낸셜뉴스] at the head of the first paragraph
OUTLET_LEAD = re.compile(r"^[\[【(]\s*(?P<outlet>[^\]】)=]{2,15})\s*[\]】)]\s*")
DATELINE_START = re.compile(r"^\s*[(\[【][^)\]】]{1,20}=")
# KBS 뉴스 홍길동입니다.
SIGNOFF = re.compile(r"^(?:지금까지\s+)?(?:\S+에서\s+)?(?P<outlet>[A-Za-z가-힣0-9]{2,10}(?:\s?TV)?)\s*(?:뉴스)?\s*(?P<name>[가-힣]{2,4})(?:입니다\.?\s*[\[(<]?\s*(?P<email>[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})?|\s*[\[(<]\s*(?P<email2>[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}))\s*[\])>]?[\"”’']?$")

_OUTLETISH = r"[A-Za-z가-힣0-9]{2,12}"
# credits at the end of a caption line, tried in turn; the last one in the text wins
CAPTION_CREDIT = [
    # (사진=뉴스1) [사진=연합뉴스] <사진=…> (사진 제공=…) (그래픽=…) (해양수산부 제공)
    ("keep", re.compile(r"\s*[(\[<【]\s*(?:사진|그래픽|자료|영상|이미지|자료사진|사진\s*제공|제공|출처)\s*[=:]?\s*(?P<credit>[^)\]>】]{1,40}?)\s*[)\]>】]\s*$")),
    ("keep", re.compile(r"\s*\((?P<credit>[^()]{2,20}\s제공)\)\s*$")),
    # 사진=연합뉴스 at the end, /사진=뉴스1
    ("keep", re.compile(r"\s+/?\s*(?:사진|그래픽)\s*=\s*(?P<credit>[^\s=]{1,20}(?:\s+제공)?)\s*$")),
    # …2023.6.9/뉴스1  …/연합뉴스
    ("keep", re.compile(r"\s*(?:\d{4}\.\d{1,2}\.\d{1,2}\.?\s*)?/\s*(?P<credit>[A-Za-z가-힣0-9][A-Za-z가-힣0-9 ]{0,15}(?:\s*제공)?)\s*$")),
    # ⓒ News1 홍길동 기자, ⓒ시사IN 조남진
    ("keep", re.compile(r"\s*ⓒ\s*(?P<credit>[A-Za-z가-힣0-9]+(?:\s+[가-힣]{2,4}(?:\s*기자)?)?)\s*$")),
    # [연합뉴스 자료사진]연합뉴스, [X 제공. 재판매 및 DB 금지]
    ("strip", re.compile(r"\s*\[[^\]]{2,40}?\]\s*(?P<credit>[A-Za-z가-힣0-9]{2,10})$")),
    ("strip", re.compile(r"\s*\[(?P<credit>[^\]]{2,40}?)(?:\.\s*재판매 및 DB 금지)?\]$")),
    # … 있다. 연합뉴스 / … 있다. 산업통상자원부 제공 / … 있다. 김영원 기자 forever@… / 평창=장진혁기자
    ("strip", re.compile(r"(?<=[.다])\s+(?P<credit>(?:[가-힣]+=)?[가-힣]{2,4}\s?기자(?:\s+[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+)?|[^\s.]{2,15}(?:\s[^\s.]{1,8})?\s제공|" + _OUTLETISH + r"(?:\s?DB|\s자료사진)?)\.?\s*$")),  # ('… 대통령실 제공.' with its period)
]
# what each credit pattern above cannot match without (none for the last): most lines lack it
_CREDIT_NEEDS: tuple[tuple[str, ...], ...] = (
    ("사진", "그래픽", "자료", "영상", "이미지", "제공", "출처"), ("제공",), ("=",), ("/",), ("ⓒ",), ("[",), ("[",), ("",),
)
CREDIT_LINE = re.compile(r"^(?:\[(?P<b>[^\]]{2,40}?)(?:\.\s*재판매 및 DB 금지)?\]|ⓒ\s*(?P<c>[A-Za-z가-힣0-9]+(?:\s+[가-힣]{2,4}\s*기자)?)|(?:사진|자료사진)\s*=\s*(?P<d>\S{2,20}))$")


@dataclass(slots=True, frozen=True)
class Chrome:
    exact: frozenset[str]
    tokens: frozenset[str]
    contains: tuple[str, ...]
    footer: tuple[str, ...]
    copyright: tuple[str, ...]
    related: frozenset[str]
    max_len: int
    patterns: tuple[re.Pattern[str], ...]
    footer_set: frozenset[str]
    menu: frozenset[str]
    run_starts: tuple[str, ...]


@lru_cache(maxsize=1)
def chrome() -> Chrome:
    d = load_toml("chrome.toml")
    return Chrome(
        exact=frozenset(_squash(x) for x in d["exact"]),
        tokens=frozenset(d["tokens"]),
        contains=tuple(d["contains"]),
        footer=tuple(d["footer"]),
        copyright=tuple(d["copyright"]),
        related=frozenset(_squash(x) for x in d["related"]),
        max_len=int(d.get("max_len", 80)),
        patterns=tuple(re.compile(p) for p in d.get("patterns", ())),
        footer_set=frozenset(_squash(x) for x in d["footer"]),
        menu=frozenset(d.get("menu", ())),
        run_starts=tuple(d.get("run_starts", ())),
    )


@lru_cache(maxsize=1)
def sections() -> frozenset[str]:
    return frozenset(load_lines("sections.txt"))


def _squash(s: str) -> str:
    return "".join(s.split())


@lru_cache(maxsize=65536)
def is_chrome(line: str) -> bool:
    c = chrome()
    sq = _squash(line)
    if not sq or sq in c.exact:
        return True
    if len(line) <= c.max_len and all(t.strip("[]()<>") in c.tokens or _is_count(t) for t in line.split()):
        return True
    if any(p.search(line) for p in c.patterns):
        return True
    if len(line) <= c.max_len and any(p in line for p in c.contains) and not _prose(line):
        return True
    if menu_line(line):
        return True
    # a line of punctuation or a lone number (a counter)
    return bool(re.fullmatch(r"[\W\d_]{1,12}", sq))


_PROSE_END = re.compile(r"[가-힣](?<![니요])다\.[\"”’']?$")  # '…밝혔다.'; notices say '…바랍니다.


def _prose(line: str) -> bool:
    """'서울시는 보도자료를 통해 "…"고 밝혔다.': a sentence of an article that names a word of
    chrome is no chrome; notices to the reader end politely ('저작권은 … 있습니다.')."""
    s = line.strip()
    return len(s.split()) >= 5 and not s.startswith(("※", "*", "▶", "■", "☞")) and _PROSE_END.search(s) is not None and not re.search(r"@|https?:|©|ⓒ|☎|무단", s)


_PARTICLE = re.compile(r"(?:를|을|는|은|이|가|에|의|로|와|과|도|만|들|에서|으로)(?:\s|$)")


def chrome_run(paragraph: str) -> bool:
    """'관련 키워드의대증원전공의…기자 응급실 인력난에…': chrome run together on one line."""
    text = paragraph.lstrip("▶■▷[ ")
    for p in chrome().run_starts:
        rest = text[len(p) :]
        if text.startswith(p) and rest and not rest[0].isspace() and not _PARTICLE.match(rest):
            return True
    return False


def menu_line(line: str) -> bool:
    """'후원안내 정기구독 가람일보샵', '뉴스 트렌드 생활정보 International edition': the site's menu."""
    words = line.split()
    if not 2 <= len(words) <= 10 or len(line) > 80:
        return False
    c = chrome()
    menu = sum(1 for w in words if w in c.menu or w in sections())
    other = [w for w in words if w not in c.menu and w not in sections()]
    if any(not (w in c.tokens or re.fullmatch(r"[A-Za-z&.]+", w) or _brand_word(w)) for w in other):
        return False
    proper = sum(1 for w in words if w in c.menu)  # sections alone are the section line
    return proper >= 1 and menu >= 2 and menu * 2 >= len(words) - sum(1 for w in other if _brand_word(w))


def _brand_word(word: str) -> bool:
    """An outlet's name with a menu word glued to it: '가람일보샵', '가람일보TV'."""
    if re.fullmatch(r"[가-힣A-Za-z0-9]{1,8}(?:뉴스|일보|신문|방송|미디어|경제)(?:샵|몰|스토어|TV|tv)", word):
        return True  # an outlet the list lacks: '가람일보샵'
    pat = outlet_index().alias_re
    m = pat.match(word) if pat is not None else None
    return bool(m and m.end() >= 2)


def _is_count(tok: str) -> bool:
    return bool(re.fullmatch(r"[\d,()+\[\]]+", tok))


# '[김하늘 기자]', '<김하늘 특파원>': a transcript's reporter turn, not the closing byline
REPORTER_TURN = re.compile(rf"^[\[<【(]\s*{_NAME}\s*(?:기자|특파원|캐스터)\s*[\]>】)]$")
# the anchor or the reporter takes the word: '[앵커]', '<기자>', '◀ANC▶', '◀VCR▶', '(S/U)'
TURN_MARKER = re.compile(
    r"^[\[<【◀({]\s*(?:앵커|기자|리포트|앵커\s?멘트|기자\s?멘트|ANC|VCR|END|S/U|SU|스탠드업)\s*[\]>】▶)}]$|^(?:앵커|기자|리포트)>$"
)


def is_footer(line: str) -> bool:
    return len(line) <= 40 and _squash(line) in chrome().footer_set


def is_copyright(line: str) -> bool:
    if len(line) > 200:
        return False
    c = chrome()
    hits = sum(1 for p in c.copyright if p in line)
    if hits and copyright_tail(line) is not None:
        return False  # '…밝혔다. <저작권자 ⓒ …>': a paragraph with the copyright glued on, cut by the body
    if hits >= 2:
        return True
    return hits == 1 and (len(line) <= 60 or line.lstrip().startswith(("ⓒ", "©", "<", "[", "Copyright", "저작권자")))


def is_related_header(line: str) -> bool:
    sq = _squash(line)
    return sq.strip("▶■▷◆◇[]<>") in chrome().related or sq in chrome().related


def is_section(line: str) -> bool:
    parts = [p.strip() for p in re.split(r"[>›»/|ㅣ]", line)]
    return len(line) <= 20 and all(p in sections() for p in parts if p)


@dataclass(slots=True)
class DateLine:
    published: str | None
    modified: str | None
    rest: str  # what remains once dates and labels are removed (a section, a byline)
    labelled: bool = False  # a label (입력, 수정, …) names the dates


_LABEL_CHARS = re.compile(r"(?:기사)?(?:입력|수정|승인|등록일?자?|게재일?|발행일?|송고|작성일?|업데이트|최종|최초|갱신|보도|방송|일시|시간|Posted|Updated|Published|Modified|기사원문|원문)\s*[:：]?", re.I)


_DIGIT = re.compile(r"\d")


# counters glued to a dateline: '입력 … 수정 …조회수 12댓글0', '| 조회 1,204 | 추천 3'
COUNTERS = re.compile(r"(?:조회수?|댓글수?|추천수?|공감|좋아요|스크랩|공유|읽음|hits?|views?)\s*[:：]?\s*[\d,]+(?:\s*회)?", re.I)


_BRACKETED_TIME = re.compile(r"(\d)\s*\[(\d{1,2}:\d{2}(?::\d{2})?)\]")


def date_line(line: str) -> DateLine | None:
    """A dateline: dates with their labels and little else (<= 24 other characters,
    counters glued to it left out)."""
    if len(line) > 160 or not _DIGIT.search(line):
        return None  # no digit, no date
    line = COUNTERS.sub(" ", line)
    if "[" in line:
        line = _BRACKETED_TIME.sub(r"\1 \2", line)  # '기사입력 2025/01/22 [08:37]': the time in brackets
    found = labelled_stamps(line)
    if not found:
        return None
    rest = line
    for _, st in reversed(found):
        rest = rest[: st.start] + " " + rest[st.end :]
    rest = _LABEL_CHARS.sub(" ", rest)
    rest = re.sub(r"[\s:|ㅣ·\[\]()]+", " ", rest).strip()
    if len(rest) > 24:
        return None
    pub = mod = None
    for kind, st in found:
        if kind == "modified":
            mod = mod or st.iso
        elif pub is None:
            pub = st.iso
        elif kind == "published" and st.has_time and len(pub) == 10:
            pub = st.iso  # '발행 2018/04/27 … 기사입력 2018/04/26 22:46': a time beats an edition's date
        elif kind == "" and mod is None:
            mod = st.iso
    labelled = any(kind for kind, _ in found)
    return DateLine(pub, mod, rest, labelled)


_GLUED_END = re.compile(r"\s*(?P<label>(?:기사)?(?:입력|등록|작성|게재|송고|발행)(?:일|일시|시간)?|date|Date|DATE)\s*[:：]?\s*[\[(]?\s*(?P<date>(?:19|20)\d{2}[-./]\s*\d{1,2}[-./]\s*\d{1,2}\.?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?)\s*[\])]?\s*$")
_GLUED_START = re.compile(r"^\s*(?P<label>(?:기사)?(?:입력|등록|작성|게재|송고|발행)(?:일|일시|시간)?|date|Date|DATE)\s*[:：]?\s*[\[(]?\s*(?P<date>(?:19|20)\d{2}[-./]\s*\d{1,2}[-./]\s*\d{1,2}\.?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?)\s*[\])]?\s+")


_GLUED_LABELS = ("입력", "등록", "작성", "게재", "송고", "발행", "date", "Date", "DATE")  # the labels above

# '가람시 예산안 시의회 통과…복지 예산 먼저 늘려 2019-11-09(토)': a dated headline line
_WEEKDAY_END = re.compile(r"\s*(?P<date>(?:19|20)\d{2}[-./]\s?\d{1,2}[-./]\s?\d{1,2}\.?\s*\([월화수목금토일]\)(?:\s*\d{1,2}:\d{2})?)\s*$")


def glued_date(line: str) -> tuple[str, str] | None:
    """A labelled publication date glued to the start or the end of a line of text:
    '… 해라” 기사입력:2006-11-16 17:37:25', 'date 2025-08-29 크게보기 …', '… 2019-11-09(토)'.
    Gives (the date's ISO form, the text without it)."""
    if not _DIGIT.search(line):
        return None  # each pattern holds a date
    for pat, needs in ((_GLUED_END, _GLUED_LABELS), (_GLUED_START, _GLUED_LABELS), (_WEEKDAY_END, (")",))):
        if not any(w in line for w in needs):
            continue  # what the pattern cannot match without
        m = pat.search(line)
        if m and (stamps := find_stamps(m.group("date"))):
            rest = (line[: m.start()] + " " + line[m.end() :]).strip()
            if len(rest) >= 4:
                return stamps[0].iso, rest
    return None


# '법인명 : (주)가람일보', '제호 : 가람일보', '상호: 가람미디어(주)': the publisher's own name
COMPANY_LINE = re.compile(r"^(?:법인명|제호|상호|신문사명|매체명|사명)\s*[:：]\s*(?:\(주\)|㈜|주식회사\s*)?(?P<name>[^\s|·,()]{2,20})")
_OUTLET_SOURCE = re.compile(r"^(?P<outlet>[^\s:：|]{2,12})\s*[:：|]\s*(?P<rest>.{1,30})$")


def outlet_source(line: str) -> Outlet | None:
    """'가람닷컴 : 전체기사 ...', '가람일보 | 사회': a short line led by an outlet's name."""
    if ":" not in line and "：" not in line and "|" not in line:
        return None  # what _OUTLET_SOURCE cannot match without
    m = _OUTLET_SOURCE.match(line.strip())
    return outlet_index().alias(m.group("outlet")) if m else None


# '…전공의홍길동 기자 다른 기사 제목…', 'ⓒ 뉴스1홍길동 선임기자 …': a reporter box run into other text
_BOX_NAME = re.compile(r"(?<=[가-힣A-Za-z0-9])(?P<name>[가-힣]{3})\s(?:선임기자|기자)\s")


def boxed_reporter(text: str) -> str | None:
    """The reporter of a reporter box whose name is glued to the word before it."""
    for m in _BOX_NAME.finditer(text):
        if not _not_a_name(m.group("name")):
            return m.group("name")
    return None


def reporters_in(line: str) -> list[Reporter]:
    """Reporters in a byline: names before 기자/특파원, with the e-mail that follows."""
    out: list[Reporter] = []
    if not any(w in line for w in _ROLE_WORDS):
        return out  # REPORTER is slow to fail on a line without a role
    emails = EMAIL.findall(line)
    for m in REPORTER.finditer(line):
        for name in re.split(r"\s*[·,、/ ]\s*", m.group("names")):
            if name and name not in {r.name for r in out} and not _not_a_name(name):
                out.append(Reporter(name))
    if out and emails:
        if len(emails) == len(out):
            for r, e in zip(out, emails, strict=True):
                r.email = e
        else:
            out[0].email = emails[0]
    return out


_NOT_NAMES = {
    "취재", "영상", "사진", "편집", "그래픽", "디자인", "인턴", "수습", "객원", "전문", "선임", "담당", "현지", "주재",
    "취재진", "뉴스", "사회부", "정치부", "경제부", "신임", "전임", "수석", "데스크", "앵커", "공동", "오늘", "이날", "당시",
}


def _not_a_name(name: str) -> bool:
    """Reporters have Korean names: a surname and one or two syllables (three after 남궁, 황보…)."""
    if name in _NOT_NAMES or name.endswith(("부", "팀", "국", "의")) or outlet_index().alias(name):
        return True
    if len(name) == 4:
        return name[:2] not in COMPOUND_SURNAMES
    return name[0] not in SURNAMES


# '영상취재 : 홍길동 기자', '사진=김철수 기자': the crew and the photographer, not the reporters
CREW = re.compile(r"^[(\[<]?\s*(?:영상\s?취재|영상\s?편집|촬영|편집|그래픽|사진|CG|디자인|영상)\s*[:：=]")
# '<글=김하늘 인턴기자(가람뉴스), 사진=가람뉴스DB>': the writer's credit is the byline
WRITER = re.compile(r"^[<(\[]?\s*(?:글|기사|취재)\s*[=:：]\s*[가-힣]{2,4}")
_CLAUSE_WORD = re.compile(r"[가-힣](?:은|는|을|를|에|에서|에게|씨는|된|한)(?=\s|$)")


def byline(line: str) -> list[Reporter] | None:
    """Reporters when the line is a byline (short, mostly names, roles and e-mails)."""
    if len(line) > 120:
        return None
    roled = any(w in line for w in _ROLE_WORDS)  # what the hand-overs and REPORTER need
    if not roled and "@" not in line and "입니다" not in line:
        return None  # no role, no e-mail and no sign-off ('…입니다'): no pattern below can match
    stripped = line.strip()
    if roled and any(p.match(stripped) for p in (REPORTER_INTRO, REPORTER_LEAD, REPORTER_CALLED)) or CREW.match(stripped):
        return None  # spoken hand-overs, and the crew's or the photographer's credit
    if BITE_LABEL.match(stripped):
        return None  # '[SYNC: 이현수 기자]', '[정다온 / 취재 기자 지원]': a bite's speaker, not who wrote the piece
    if WRITER.match(stripped):
        return reporters_in(re.split(r"[,·]?\s*(?:사진|영상|그래픽)\s*[=:]", line)[0]) or None
    rest = EMAIL.sub(" ", line)
    reps = reporters_in(line)
    m = SIGNOFF.match(stripped)
    if m and (not reps or reps[0].name == m.group("name")) and outlet_index().mentioned(m.group("outlet")):
        return [Reporter(m.group("name"), m.group("email") or m.group("email2"))]
    if not reps:
        if EMAIL.fullmatch(stripped):
            return []
        return None
    rest = REPORTER.sub(" ", rest)
    rest = re.sub(r"(구독|구독중|기자\s*프로필|프로필|팔로우|다른\s*기사\s*보기|입력|=|[\s\[\](){}<>/|·:,ㅣ-])+", " ", rest).strip()
    # an outlet name or a short place may stand beside the names, not a clause ('김 씨는 …에 위촉된')
    if len(rest) <= 14 and not _CLAUSE_WORD.search(rest) and not _PREDICATE.search(rest):
        return reps
    return None


# '최유나 기자 침착했다': a sentence that starts with a reporter's name is about them, no byline
_PREDICATE = re.compile(r"[가-힣](?:다|요|죠|네|까)(?=[\"”'’.,!?\s]|$)")
BITE_LABEL = re.compile(r"^[\[<(]\s*(?:SYNC|SYN|INT|인터뷰|녹취|싱크)\s*[:：\]>)]|^\[[^\]/]{2,12}/[^\]]*\]$(?<!기자\])(?<!특파원\])")


# '편예진 기자입니다.', '윤가람 기자가 보도합니다.': the anchor hands over; spoken text, but it names the reporter
REPORTER_INTRO = re.compile(rf"^(?:[가-힣]{{2,8}}(?:에서)?\s)?(?P<name>{_NAME})\s*(?:기자|특파원)(?:입니다|가 보도합니다|가 전해드립니다|가 취재했습니다|의 보도입니다|가 취재했습니다)\.?$")


# '홍길동 기자가 들어봤습니다.', '홍길동 기자가 유세차에 함께 타 봤습니다.': the anchor hands over
REPORTER_LEAD = re.compile(rf"^(?P<name>{_NAME})\s*(?:기자|특파원|캐스터)(?:가|이)\s.{{0,60}}습니다\.?$")
# '홍길동 기자! 현장 분위기는 어떤가요?', '홍길동 캐스터, 날씨 전해주시죠.': the anchor calls the reporter
REPORTER_CALLED = re.compile(rf"^(?P<name>{_NAME})\s*(?:기자|특파원|캐스터)\s?[!,]\s.*(?:[?？]|죠\.?|요\.?)$")
# 'ⓒ홍길동 | 2008.05.28 17:55': a video's credit beside its date
PERSON_CREDIT = re.compile(r"^[ⓒ©]\s*(?P<name>[가-힣]{2,4})$")


def reporter_named(line: str) -> str | None:
    """The reporter a broadcast line names while handing over or calling on them."""
    named = reporters_named(line)
    return named[0] if named else None


# '… 현장에 서영민 기자가 함께 했습니다.', '올해 사업을 차주하, 이형관 기자가 전해드립니다.': the anchor
# hands over to the reporters at the end of a sentence about the report
HANDOVER = re.compile(
    r"(?<![가-힣])(?P<names>(?:[가-힣]{2,4},\s?)*[가-힣]{2,4})\s?(?:기자|특파원)(?:가|이)\s(?:\S+\s){0,3}?"
    r"\S*(?:전해드립니다|전합니다|보도합니다|취재했습니다|함께\s?했습니다|함께합니다|다녀왔습니다|알아봤습니다|알아보겠습니다|"
    r"들어봤습니다|만나봤습니다|정리했습니다|짚어봤습니다|짚어보겠습니다|돌아봤습니다|살펴봤습니다|살펴보겠습니다|담았습니다|"
    r"따라가\s?봤습니다|확인했습니다|확인해\s?봤습니다|취재해\s?봤습니다)\.?$"
    r"|(?<![가-힣])(?P<named>[가-힣]{2,4})\s?(?:기자|특파원)의\s?(?:보도|리포트)\s?입니다\.?$"  # '김석진 기자의 보도 입니다.'
)


def reporters_named(line: str) -> list[str]:
    """Every reporter a broadcast line hands over to or calls on."""
    text = line.strip()
    for pat in (REPORTER_INTRO, REPORTER_LEAD, REPORTER_CALLED):
        if (m := pat.match(text)) and _reporter_name(m.group("name")):
            return [m.group("name")]
    if ("기자" in text or "특파원" in text) and (h := HANDOVER.search(text)) is not None:
        names = h.group("names") or h.group("named")
        return [n for n in (n.strip() for n in names.split(",")) if _reporter_name(n)]
    return []


def _reporter_name(name: str) -> bool:
    # '정부는 기자가 …': a word with its particle is no name
    return not _not_a_name(name) and not name.endswith(("는", "를", "을", "의", "에", "께"))


# '… 촉구했다. 세종=김하늘 기자 sky@garam.kr': the byline glued to the last paragraph
GLUED_BYLINE = re.compile(rf"(?<=[.다!?\"”])\s+(?:[가-힣]{{1,6}}=)?(?P<name>{_NAME})\s?(?:기자|특파원)\s+(?P<email>{EMAIL.pattern})\s*$")


_PHOTO_TEXT = re.compile(r"(?:있다|모습|보인다|바라본다)\.?$")


def glued_byline(paragraph: str) -> tuple[str, Reporter] | None:
    """(the paragraph, its reporter) when a byline with an e-mail closes a paragraph of text."""
    m = GLUED_BYLINE.search(paragraph) if "@" in paragraph else None  # the byline's e-mail: most paragraphs have none
    if not m:
        return None
    text = paragraph[: m.start()].rstrip()
    if _not_a_name(m.group("name")) or len(text) < 20 or _PHOTO_TEXT.search(text):
        return None  # '… 땀을 닦고 있다. 김하늘 기자 sky@…' is a photo's caption and credit
    return text, Reporter(m.group("name"), m.group("email"))


# '김하늘 2024. 3. 5. 10:12': a portal's byline, a bare name beside the date
BARE_NAME = re.compile(r"^(?P<name>[가-힣]{3})$")


def bare_name(rest: str) -> str | None:
    m = BARE_NAME.match(rest.strip())
    if not m or _not_a_name(name := m.group("name")) or name.endswith(_PLACE_ENDS):
        return None
    c = chrome()
    return None if name in sections() or name in c.menu or name in c.tokens or is_chrome(name) else name


_PLACE_ENDS = ("시", "군", "구", "도", "동", "읍", "면", "리", "부", "청", "원", "회", "당", "국", "실", "팀", "과", "관", "소", "처")


def person_credit(rest: str) -> str | None:
    m = PERSON_CREDIT.match(rest.strip())
    return m.group("name") if m and not _not_a_name(m.group("name")) else None


_ASKS = re.compile(r"(?:[?？]|(?:[었았였했겠]|이)?(?:나|는가|인가|ㄴ가|을까|까|냐|니)\.?|은\.|는\.|면\.)$")  # an interview's question


def caption(line: str) -> Caption | None:
    """A photo caption with its credit, e.g. '… 만났다. (사진=뉴스1)'."""
    found = _caption(line)  # the readers ask about a line several times; each gets its own Caption
    return Caption(*found) if found is not None else None


@memo.register
@lru_cache(maxsize=16384)
def _caption(line: str) -> tuple[str, str | None] | None:
    if len(line) > 300 or len(line) < 6:
        return None
    text = line.strip()
    if LABEL_LIKE.match(text) or label_shape(text) or "://" in text:  # '▷이름 : …' is a turn
        return None
    if _SAID_EQ.match(text) and re.search(r"[다요]\.?$", text):
        return None  # '▲새솔 김하람 감독=오늘 경기는 …했다.': a coach's words after the game, no caption
    # '▲ 사진 설명', but not '▲ "…" (이름, 자리)': a list of remarks, nor '▲회의 분위기는 어땠나.': a question
    lead = text.startswith(("▲", "△", "▷", "[사진]", "사진 =")) and not re.match(r"^[▲△▷]\s*[\"“‘']", text) and not _ASKS.search(text)
    credit: str | None = None
    while True:
        hit = _credit_tail(text)
        if hit is None:
            break
        text, found = hit
        credit = credit or found
    text = text.lstrip("▲△▷ ").removeprefix("[사진]").strip()
    text = WIRE_PREFIX.sub("", text).strip()
    if credit is None and not lead or not text or len(text) < 4:
        return None
    if credit is not None and not re.search(r"[.다]$|\)$|[가-힣A-Za-z0-9]$", text):
        return None
    return text, credit


_SAID_EQ = re.compile(r"^[▲△■]\s*(?!사진|그래픽|자료|영상|출처|촬영)[^=\"“”]{2,30}=(?=\S.{14,})")
WIRE_PREFIX = re.compile(r"^[\[(【][^\])】=]{1,10}=[^\])】]{1,12}[\])】]\s*")


# the same, as one search each (None: the pattern needs nothing)
_CREDIT_NEEDS_RE: tuple[re.Pattern[str] | None, ...] = tuple(
    re.compile("|".join(re.escape(n) for n in needs)) if all(needs) else None for needs in _CREDIT_NEEDS
)


def _credit_tail(text: str) -> tuple[str, str] | None:
    for (mode, pat), needs in zip(CAPTION_CREDIT, _CREDIT_NEEDS_RE, strict=True):
        if needs is not None and needs.search(text) is None:
            continue
        m = pat.search(text)
        if not m or m.start() == 0:
            continue
        credit = m.group("credit").strip()
        if EMAIL.fullmatch(credit) or not _credit_like(credit, mode):
            continue
        return text[: m.start()].rstrip(), normalise_credit(credit, mode)
    return None


def normalise_credit(credit: str, mode: str = "keep") -> str:
    """'News1 김민수 기자' → '뉴스1 김민수 기자'; '뉴시스 DB' → '뉴시스'; '산업부 제공' after a period → '산업부'."""
    credit = EMAIL.sub("", credit).strip()
    credit = re.sub(r"\.\s*재판매 및 DB 금지$", "", credit).removesuffix(" DB").strip()
    if mode == "strip":
        credit = credit.removesuffix(" 제공").strip()
    first, _, rest = credit.partition(" ")
    o = outlet_index().alias(first)
    if o is not None and first != o.name and not first.endswith(("DB",)):
        credit = (o.name + " " + rest).strip()
    return credit


def credit_line(line: str) -> str | None:
    """A line that is only a credit, standing under its caption: '[X 제공. 재판매 및 DB 금지]'."""
    m = CREDIT_LINE.match(line.strip())
    if not m:
        return None
    credit = m.group("b") or m.group("c") or m.group("d") or ""
    credit = re.sub(r"^(?:사진|자료사진|영상|그래픽)\s*(?:제공)?\s*[:=：]\s*", "", credit)  # '[사진 제공: 연합뉴스]'
    if m.group("b") and not (credit.endswith(("제공", "사진", "캡처", "DB")) or outlet_index().alias(credit.split()[0])):
        return None
    return normalise_credit(credit, "strip" if m.group("b") else "keep")


def _credit_like(credit: str, mode: str = "keep") -> bool:
    if outlet_index().alias(credit) or outlet_index().alias(credit.split()[0]) or credit.endswith(("제공", "DB", "자료사진", "캡처")):
        return True
    if re.search(r"기자$|기자\s", credit):
        return True
    if mode == "strip":
        return False
    return bool(re.fullmatch(r"[가-힣A-Za-z0-9]{2,10}(?:\s*기자)?", credit)) and not credit.endswith(("다", "요"))


_RELATED_PREFIX = re.compile(r"^\[?(?:관련\s?기사|관련\s?뉴스|연관\s?기사)\]?\s*")
RELATED_ITEM_DATE = re.compile(r"\s*[\[(]?\s*((?:19|20)\d{2}[./-]\s*\d{1,2}[./-]\s*\d{1,2})\.?\s*[\])]?\s*$")


def related_item(line: str, after_header: bool) -> Related | None:
    """A related-article link: a headline with its date, or a ▶-marked headline."""
    if len(line) > 160:
        return None
    text = line.strip()
    marked = text.startswith(("▶", "☞", "▷", "→", "-", "·", "•"))
    m = RELATED_ITEM_DATE.search(text) if _DIGIT.search(text) else None  # a date has digits
    if m:
        title = text[: m.start()].strip().lstrip("▶☞▷→-·• ").strip()
        title = _RELATED_PREFIX.sub("", title)
        stamps = find_stamps(m.group(1).replace(" ", ""))
        if title and not title.endswith("다."):
            return Related(title, stamps[0].iso[:10] if stamps else None)
    if (marked or after_header) and not text.endswith(("다.", "요.")) and len(text) <= 120:
        title = text.lstrip("▶☞▷→-·• ").strip()
        if title and not is_chrome(title):
            return Related(title, None)
    return None


def wire_lead(paragraph: str) -> tuple[str, list[Reporter], str | None] | None:
    """Split '(서울=연합뉴스) 홍길동 기자 = 본문…' into (body, reporters, outlet)."""
    m = WIRE_LEAD.match(paragraph)
    if not m or not DATELINE.match(paragraph.lstrip()):
        return None
    outlet = None
    dm = DATELINE.match(paragraph.lstrip())
    if dm:
        o = outlet_index().alias(dm.group(2))
        outlet = o.name if o else None
    reps = [Reporter(n) for n in re.split(r"\s*[·, ]\s*", m.group("names"))] if m.group("names") else []
    if dm and outlet is None and (inside := reporters_in(dm.group(2))):
        # '[가람뉴스=홍길동 인턴기자]': the outlet before '=', the reporter after it
        reps = reps or inside
        o = outlet_index().alias(dm.group(1))
        # an outlet the list lacks is taken as written: before a reporter, '=' follows no place
        outlet = o.name if o else (dm.group(1).strip() if _OUTLET_AS_WRITTEN.fullmatch(dm.group(1).strip()) else None)
    return paragraph[m.end():].strip(), reps, outlet


def outlet_lead(paragraph: str) -> tuple[str, list[Reporter], str | None] | None:
    """Split '[파이낸셜뉴스] 본문…' into (body, [], outlet), and '[인사이트] 홍길동 기자 = 본문…'
    into (body, [홍길동], outlet)."""
    m = OUTLET_LEAD.match(paragraph)
    if not m:
        return None
    o = outlet_index().alias(m.group("outlet"))
    if o is None:
        return None
    rest = paragraph[m.end() :].strip()
    if (named := NAMED_LEAD.match(rest)) is not None:
        return rest[named.end() :].strip(), [Reporter(n) for n in re.split(r"\s*[·, ]\s*", named.group("names"))], o.name
    return rest, [], o.name


NAMED_LEAD = re.compile(rf"^(?P<names>{_NAME}(?:\s*[·, ]\s*{_NAME})*)\s*{_REPORTER_ROLE}\s*=\s*")
# '서울, 5월23일 (로이터) - 본문…': a foreign wire's dateline
FOREIGN_WIRE = re.compile(r"^\s*(?P<place>[가-힣A-Za-z]{2,12}),?\s\d{1,2}월\s?\d{1,2}일\s?\((?P<outlet>[^()]{2,12})\)\s?[-–—]\s*")


def foreign_wire_lead(paragraph: str) -> tuple[str, list[Reporter], str | None] | None:
    """Split '서울, 5월23일 (로이터) - 본문…' into (body, [], outlet)."""
    m = FOREIGN_WIRE.match(paragraph)
    if not m or (o := outlet_index().alias(m.group("outlet"))) is None:
        return None
    return paragraph[m.end() :].strip(), [], o.name


def bracket_byline(paragraph: str) -> tuple[str, list[Reporter], str | None] | None:
    """Split '[이데일리 홍길동 기자] 본문…' into (body, reporters, outlet)."""
    m = BRACKET_BYLINE.match(paragraph)
    if not m:
        return None
    o = outlet_index().alias(m.group("outlet").strip())
    reps = [Reporter(n) for n in re.split(r"\s*[·,]\s*", m.group("names"))]
    if o is None:
        if m.group("role") is None or not _OUTLET_AS_WRITTEN.fullmatch(m.group("outlet").strip()):
            return None
        # '[ 타임즈 - 김시창 기자 ]': an outlet the list lacks, taken as the page writes it
        return paragraph[m.end() :].strip(), reps, m.group("outlet").strip()
    return paragraph[m.end():].strip(), reps, o.name


# an outlet's name as a byline writes it: one or two words, no sentence
_OUTLET_AS_WRITTEN = re.compile(r"[A-Za-z가-힣0-9]{2,15}(?:\s[A-Za-z가-힣0-9]{1,10})?")


# '■ 출연 : 변상욱 / YTN 앵커', '■ 진 행 : 이광연 앵커, 박상원 앵커': a programme's credits over its transcript
CREDIT = re.compile(r"^[○●■□◆◇•·▶▷]?\s?(?P<role>출\s?연\s?자?|진\s?행\s?자?|대\s?담|사\s?회\s?자?)\s?[:：]\s*(?P<who>\S.{0,80})$")


_GUEST_LINE = re.compile(r"^■\s*(?P<who>[가-힣]{2,4}\s*/\s*[^\[\]:：]{2,40}?)\s*$")


def programme_credits(lines: list[str]) -> dict[str, list[str]]:
    """The host ('host') and guests ('guest') a programme's credits name, as written."""
    out: dict[str, list[str]] = {}
    for line in lines[:40]:
        m = CREDIT.match(line.strip())
        if m is None:
            if (guest := _GUEST_LINE.match(line.strip())) is not None:
                out.setdefault("guest", []).append(guest.group("who"))  # '■ 유미지 / 상도유치원 인근 주민' over the interview
            continue
        role = "host" if m.group("role").replace(" ", "").startswith(("진행", "사회")) else "guest"
        out.setdefault(role, []).extend(w.strip() for w in re.split(r"\s*[,·]\s*", m.group("who")) if w.strip())
    return out


# '…밝혔다. <저작권자 ⓒ 뉴스줌 무단전재 및 재배포 금지>': a copyright glued to the last paragraph
COPYRIGHT_TAIL = re.compile(
    r"(?<=[.다!?\"”’)])\s*[<\[(【]?\s*(?:저작권자|Copyright|COPYRIGHT|ⓒ|©)\s*[ⓒ©]?\s*(?:\(c\)\s*)?"
    r"(?P<who>[^<>\[\]()【】]{1,40}?)\s*[,.·]?\s*(?:무단\s?전재|무단\s?복제|재배포|All rights reserved)[^<>\[\]【】]{0,40}[>\]】)]?\s*$"
)


def copyright_tail(paragraph: str) -> tuple[str, str | None] | None:
    """(the paragraph without it, the outlet it names) when a copyright line closes a paragraph."""
    if "무단" not in paragraph and "재배포" not in paragraph and "rights" not in paragraph:
        return None
    m = COPYRIGHT_TAIL.search(paragraph)
    if m is None or m.start() < 20:
        return None
    o = outlet_index().mentioned(m.group("who"))
    return paragraph[: m.start()].rstrip(), o.name if o else None
