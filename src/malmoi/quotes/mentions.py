"""Who a phrase names: '샘 알트먼 오픈AI 최고경영자(CEO)', '윤 대통령', '그는',
'업계 관계자', '국토교통부' — and the people of one article, with their
canonical names, aliases, titles and organisations."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from malmoi.data import load_toml
from malmoi.korean import memo
from malmoi.korean.names import FOREIGN_SYLLABLES, foreign_given, korean_name_shape
from malmoi.korean.outlets import outlet_index
from malmoi.model import Person
from malmoi.quotes.lexicon import (
    COMPOUND_SURNAMES,
    SURNAMES,
    canonical_org,
    is_org_word,
    lexicon,
    looks_korean_name,
    looks_korean_name_shape,
    org_word_sure,
)
from malmoi.quotes.morph import NOMINAL, SUBJECT_PARTICLES, Tok, analysis, tokens

ANON_LETTER = re.compile(r"(?<![A-Za-z])[A-Z](?:\s?씨|\s?군|\s?양)|[가-힣]\s?모\s?씨|[ㄱ-ㅎ]\s?씨")
AGE = re.compile(r"\s?\((?:\d{1,3}|\d{1,3}세|[남여]·?\d{1,3}|\d{1,3}·[남여]|\d0대(?:\s?[남여]성)?|[남여]·\d0대)\)")
COURT_PANEL = re.compile(r"(?:^|\s)(?:형사|민사|행정|가사|특허|제)?\d{1,2}(?:부|단독|재판부)$|(?:^|\s)재판부$")
DETERMINERS = ("이 ", "그 ", "해당 ", "같은 ", "저 ")
_SPACES = re.compile(r"\s+")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,9}")
_LETTER = re.compile(r"(?:^|(?<=\s))[A-Z](?![A-Za-z0-9&.\-])\s?")


def _lettered_title(core: str) -> tuple[str, str, str | None] | None:
    """A source named by a letter and a title ('A시의원', '새솔대 B 교수', 'C 전 의원'): the
    name it goes by (the letter with its title), the title and the words before (its org)."""
    for lead in _LETTER.finditer(core):
        rest = core[lead.end() :].removeprefix("전 ")
        m = lexicon().title_suffix_re.search(rest)
        if m is not None and m.start() == 0 and m.end() == len(rest):
            return core[lead.start() :].strip(), core[lead.end() :].strip(), core[: lead.start()].strip() or None
    return None


_ONE_OF = re.compile(r"\s한\s(?P<rest>\S+(?:\s\S+)?)$")
_COUNTED = re.compile(r"\d+\s?명$")
_HANGUL_WORD = re.compile(r"[가-힣]{2,6}")
_HANGUL_SYLLABLE = re.compile(r"[가-힣]")


@dataclass(slots=True)
class Mention:
    text: str
    kind: str  # person | pronoun | anonymous | organization | title_only | unknown
    name: str | None = None
    title: str | None = None
    org: str | None = None
    determiner: bool = False  # 이 장관, 그 교수: points back


_COUNTERS = frozenset({"차례", "번", "번도", "가지", "군데", "마디", "개", "달", "해", "주", "시간", "푼", "명도", "사람도"})
_APPOSITION = re.compile(r"^(?:\S+\s){0,3}?\S{1,8}(?:사|체|처|기관|단체|회|부|청)인\s")


@lru_cache(maxsize=1)
def _bare_institutions() -> frozenset[str]:
    """An organisation's kind alone ('구청', '교육청', '경찰서'): the organisation suffixes of two
    syllables or more."""
    kinds = "청처원서소회부국단관위실"  # the kinds of public bodies, not of companies ('전자', '부품')
    return frozenset(x for x in lexicon().org_suffixes if len(x) >= 2 and x[-1] in kinds and x not in ("지도부", "캠프", "진영", "원내"))


@lru_cache(maxsize=1)
def _documents() -> frozenset[str]:
    return frozenset(load_toml("speech.toml")["documents"])


def is_document(np: str) -> bool:
    return np in _documents()


@lru_cache(maxsize=1)
def _parties() -> frozenset[str]:
    return frozenset(load_toml("speech.toml")["parties"])


def parse_np(np: str) -> Mention:
    """Split a noun phrase that names a speaker into name, organisation and title."""
    m = _parse_np(np)
    return Mention(m.text, m.kind, m.name, m.title, m.org, m.determiner)  # a copy: callers own theirs


@memo.register
@lru_cache(maxsize=16384)
def _parse_np(np: str) -> Mention:
    lx = lexicon()
    np = _SPACES.sub(" ", AGE.sub("", np) if "(" in np else np).strip(" ,·")
    if np.endswith(("분", "분들")) and _anonymous_head(np.rstrip("들")[:-1]) and np.rstrip("들")[:-1].split(" ")[-1] != "":
        return Mention(np, "anonymous")  # '상인분', '또 다른 주민분': an anonymous source, politely
    if (appos := _APPOSITION.match(np)) is not None and appos.end() < len(np):
        np = np[appos.end() :]  # '하린의 소속사인 별무리엔터테인먼트': the company, not its role
    if " 겸 " in np:
        left, _, right = np.partition(" 겸 ")
        first = _parse_np(left)
        if first.kind == "person" and first.name and first.title:
            # '최하람 경제부총리 겸 기획재정부 장관': one person holding two posts
            return Mention(np, "person", name=first.name, title=f"{first.title} 겸 {right}", org=first.org)
    if np in lx.relations:
        return Mention(np, "anonymous")  # '소속사는', '유족은': a party with no name of its own
    if (kind_name := _KIND_THEN_LATIN.fullmatch(np)) is not None:
        return Mention(np, "organization", org=kind_name.group("name"))  # '소속사 VAST', '배급사 NEW': the body named
    party = np.removesuffix("측").strip().split(" ")
    if len(party) >= 3 and party[-2] in lx.relations and party[-2] == "소속사" and not lx.title_suffix_re.search(party[-1]) and not _anonymous_head(party[-1]):
        return Mention(np, "organization", org=party[-1])  # '정유미 소속사 에이스팩토리': the agency itself
    if len(party) >= 2 and party[-1] in lx.relations and _parse_np(" ".join(party[:-1])).kind == "person":
        return Mention(np, "anonymous")  # '가수 한소라 소속사 측', '한소라 국선변호인': X's party, not X
    if np.endswith(" 측") or np.endswith("측") and len(np.split(" ")[-1]) >= 3:
        side = np[:-1].strip()
        last = side.split(" ")[-1]
        if last in lx.relations:
            return Mention(np, "anonymous")  # '소속사 측': a party with no name of its own
        if is_org_word(last):
            return Mention(np, "organization", org=last)  # '삼성전자 측': the company speaks
        if last in _parties():
            return Mention(np, "organization", org=np)  # '행사 주최 측', '유족측': a party with no name of its own
        camp = parse_np(side) if side and side != np else None
        if camp is not None and camp.kind == "person" and camp.name and (_full_korean(camp.name) or camp.title):
            return camp  # '가수 송하늘 측', '김 의원 측': the person's camp speaks for the person
        return Mention(np, "organization", org=side)  # '김 의원 측', '세관 측': the side, resolved by its name
    if " " in np and len(np) <= 10 and (d := lx.district_re.fullmatch(np)) is not None:
        return Mention(np, "organization", org=f"{d.group('city') or d.group('city2')} {d.group('district') or d.group('district2')}")  # '부산 남구'
    if COURT_PANEL.search(np):
        return Mention(np, "organization", org=np)  # '한빛지법 형사3부(김나래 부장판사)는': the panel
    if np in lx.pronouns or np.rsplit(" ", 1)[-1] in lx.pronouns:
        return Mention(np.rsplit(" ", 1)[-1], "pronoun")  # '인터뷰 도중 그'
    if np in _documents():
        return Mention(np, "organization", org=np)  # '보고서는': the body that wrote it, where the article says
    if np in lx.generic_orgs or (len(np) >= 2 and np in _bare_institutions()):
        return Mention(np, "organization", org=np)  # '구청은', '시는': the article's 서초구청, 새솔시
    if _ACRONYM.fullmatch(np) or outlet_index().alias(np) is not None:
        return Mention(np, "organization", org=np)  # NHK, KBS, WHO
    if np.startswith("한 ") and np.split(" ")[1] in _COUNTERS:
        return Mention(np, "unknown")  # '단 한 차례도': a count, no one
    if np.startswith("한 ") and not lx.title_suffix_re.search(np):
        return Mention(np, "anonymous")  # 한 소재업체 임원: 'a certain …'
    if (inner := _ONE_OF.search(np)) and not _full_korean(inner.group("rest").split(" ")[0]):
        return Mention(np, "anonymous", org=np[: inner.start()].strip())  # '국민의힘 한 중진 의원'
    det = np.startswith(DETERMINERS)
    core = np.split(" ", 1)[1] if det else np
    if ANON_LETTER.search(np):
        return Mention(np, "anonymous", title=None)
    if (lettered := _lettered_title(core)) is not None:
        return Mention(np, "anonymous", *lettered)  # 'A시의원', '새솔대 B 교수': kept anonymous (name, title, org)
    m = lx.title_suffix_re.search(core)
    title = None
    rest = core
    if m and (m.start() == 0 or core[m.start() - 1] == " " or _glued_org(core[: m.start()])):
        title = m.group(0).strip()
        rest = core[: m.start()].strip()
    elif m and _glued_name(core[: m.start()]):
        # '진수경씨', '피씨': a name (or a surname) written together with the title
        title = m.group(0).strip()
        rest = core[: m.start()].strip()
    elif m and (cut := _glued_name_cut(core, m.start())) is not None:
        # '金哲대변인', '정미란상임집행위원장': a hanja name, or a name and a longer title, glued
        title = core[cut:].strip()
        rest = core[:cut].strip()
    elif m:
        # '부장판사', '통상교섭본부장': the whole last word is the title
        ws = core.rfind(" ")
        title = core[ws + 1 :]
        rest = core[: ws + 1].strip() if ws >= 0 else ""
    if not rest:
        if title and np.startswith("이 "):
            # '이 당선인', '이 장관': the surname 이, or 'this minister'; resolution decides
            return Mention(np, "person", name="이", title=title, determiner=True)
        if title and det:
            return Mention(np, "title_only", title=title, determiner=True)
        if _anonymous(np):
            return Mention(np, "anonymous", title=title)
        if title:
            return Mention(np, "title_only", title=title, determiner=det)
        return Mention(np, "unknown")
    if det and np.startswith(("이 ", "그 ")) and _anonymous(core):
        return Mention(np, "anonymous", determiner=True)
    if not title and _anonymous_head(rest):
        return Mention(np, "anonymous")
    if _COUNTED.search(np):
        return Mention(np, "anonymous")  # '나머지 장관 7명'
    if core.endswith("들"):
        return Mention(np, "anonymous", org=rest.split(" ")[0] if " " in rest else None)  # '국민의힘 의원들'
    words0 = rest.split(" ")
    if title is None and len(words0) == 2 and len(words0[0]) == 1 and words0[0] in SURNAMES and _HANGUL_WORD.fullmatch(words0[1]):
        return Mention(np, "person", name=words0[0], title=words0[1])
    if len(words0) == 1 and re.fullmatch(r"[가-힣]{2,5}(?:시|군|읍|면)", rest):
        if title is None:
            return Mention(np, "organization", org=rest)  # '통영시는', '옹진군은': a local government, not a name
        if title.endswith(_OFFICE_TITLES):
            return Mention(np, "title_only", title=title, org=rest)  # '서천군 군수': the county's head
    if title is None and len(words0) >= 2 and org_word_sure(words0[-1]) and not _full_korean(words0[-1]):
        # '곡성군 오산면 주민협의회': a body named with its places, no person; '바이오 기업 세린바이오': the name
        lead = words0[0]
        whole_name = re.fullmatch(r"[가-힣]{1,6}(?:시|군|구|도|읍|면|동|의회)", lead) is not None or lead in lx.places or lead in lx.org_names
        if not whole_name and words0[-1] in lx.generic_orgs and len(words0) == 2 and words0[0] not in lx.places and (is_org_word(words0[0]) or _proper_noun(words0[0])):
            return Mention(np, "organization", org=rest)  # '새솔전자 노조': the union of that company, not any 노조
        if not whole_name and words0[-1].endswith(_UNITS) and is_org_word(words0[-2]) and words0[-2] not in lx.places:
            return Mention(np, "organization", org=" ".join(words0[-2:]))  # '민주노총 전북본부': a unit named with its body
        return Mention(np, "organization", org=_expand_country(rest) if whole_name else words0[-1])
    found_name, org = _name_and_org(rest, titled=title is not None, title=title)
    if found_name is None and title and _HANJA_NAME.fullmatch(words0[-1]) and words0[-1][0] in lx.hanja:
        found_name, org = words0[-1], " ".join(words0[:-1]) or org  # '金哲 대변인': a name in hanja
    name = None if det and not np.startswith("이 ") else found_name
    if np.startswith("한 ") and title:
        # '한 판사': the surname 한, or 'a judge'; resolution decides
        return Mention(np, "person", name="한", title=title, org=org, determiner=True)
    if det and np.startswith("이 ") and title and not name:
        # '이 장관': the surname 이, or 'this minister'; resolution decides
        return Mention(np, "person", name="이", title=title, determiner=True)
    if name and len(name) == 1 and title is None and name not in lexicon().hanja:
        name = None  # a lone syllable names nobody without a title
    if name:
        return Mention(np, "person", name=name, title=title, org=org)
    if _anonymous(np):
        return Mention(np, "anonymous", title=title, org=org)
    if title:
        return Mention(np, "title_only", title=title, org=org, determiner=det)
    if org or is_org_word(rest.split()[-1]):
        whole = _expand_country(org or rest)
        words = whole.split(" ")
        parent = len(words) == 2 and words[0] in lx.org_names  # '청와대 홍보수석실': a unit of a named body
        keep = whole if words[0] in _COUNTRY.values() or parent else (words[-1] if len(words) > 1 and is_org_word(words[-1]) else whole)
        if len(words) >= 2 and keep == words[-1] and words[-1].endswith(_UNITS) and is_org_word(words[-2]) and words[-2] not in lx.places:
            keep = " ".join(words[-2:])  # '민주노총 전북본부', '변호사모임 전북지부': a unit named with its body
        return Mention(np, "organization", org=keep)
    if " " not in rest and _proper_noun(rest):
        return Mention(np, "organization", org=rest)  # '서광디스플레이는', '코스피는'
    return Mention(np, "unknown")


# a kind of body, then its name in Latin letters ('소속사 VAST', '운영사 KT')
_KIND_THEN_LATIN = re.compile(r"(?:[가-힣]{1,4}(?:사|업체|구단|단체|기관|법인|그룹|재단)|소속사)\s(?P<name>[A-Z][A-Za-z0-9&.\-]{1,15}(?:\s[A-Z][A-Za-z0-9&.\-]{1,15})?)")
_UNITS = ("지부", "지회", "본부", "분회", "지점", "지사", "지청")
_COUNTRY = {"미": "미국", "美": "미국", "중": "중국", "中": "중국", "일": "일본", "日": "일본", "러": "러시아", "英": "영국"}


def _expand_country(org: str) -> str:
    """'미 상무부' → '미국 상무부'."""
    first, _, rest = org.partition(" ")
    return f"{_COUNTRY[first]} {rest}" if rest and first in _COUNTRY else org


def _proper_noun(word: str) -> bool:
    if not re.fullmatch(r"[가-힣A-Za-z0-9]{2,20}", word) or word in lexicon().stop_words:
        return False
    toks, score = analysis(word)
    if any(t.tag in VERBAL or t.tag.startswith("J") for t in toks):
        return False
    if len(toks) == 2 and (toks[1].tag == "XSN" and toks[0].tag == "NNG" or toks[0].tag == "XPN"):
        return False  # '경계감', '불신임': a derived common noun
    return (len(toks) == 1 and toks[0].tag == "NNP") or score <= -24.0


def _glued_name(prefix: str) -> bool:
    last = prefix.split(" ")[-1] if prefix else ""
    return bool(last) and (len(last) == 1 and last in SURNAMES or len(last) == 3 and looks_korean_name(last) and _name_like(last))


_HANJA_NAME = re.compile(r"[\u4e00-\u9fff]{1,3}$")


def _glued_name_cut(core: str, title_at: int) -> int | None:
    """Where a name ends in a word glued to its title: '金哲|대변인', '韓|대변인' (a hanja surname
    and given name), '정미란|상임집행위원장' (three syllables of a name, a title with a head)."""
    ws = core.rfind(" ", 0, title_at) + 1
    word = core[ws:title_at]
    if _HANJA_NAME.fullmatch(word) and word[0] in lexicon().hanja:
        return title_at
    if len(word) > 3 and word[3:] in lexicon().title_heads and looks_korean_name(word[:3]) and _name_like(word[:3]):
        return ws + 3
    return None


def _glued_org(prefix: str) -> bool:
    """'중소벤처기업부장관': an organisation written together with the title."""
    last = prefix.split(" ")[-1] if prefix else ""
    return len(last) >= 2 and is_org_word(last)


_GLUED_HEADS = ("관계자", "당국자", "소식통", "관계자들", "주민", "시민", "상인", "주민들", "시민들", "상인들")


def _anonymous_head(np: str) -> bool:
    """'정부 고위 관계자', '노동부 관계자': the last word is an anonymous source's head (or a
    noun of a person by what they did: '폭로자', '작성자')."""
    last = np.split(" ")[-1]
    if _doer(last):
        return True
    if last.endswith(_GLUED_HEADS) and len(last) > 3 and not is_org_word(last):
        return True  # '고위관계자', '외교당국자': the head written together with what it qualifies
    return last in lexicon().anonymous or any(last == a.split(" ")[-1] for a in lexicon().anonymous if " " in a)


_PERSON_SUFFIXES = frozenset("자생인원객가꾼수사족")


def _doer(word: str) -> bool:
    """'폭로자', '신고자', '여중생': someone named by what they do or are (a noun and a suffix of
    persons), no name ('이영자' is one: kiwi knows it as a proper noun)."""
    if len(word) < 3 or word[-1] not in _PERSON_SUFFIXES or not re.fullmatch(r"[가-힣]+", word):
        return False
    toks, _ = analysis(word)
    if len(toks) >= 2 and toks[-1].tag == "XSN" and toks[-1].form == word[-1] and all(t.tag == "NNG" for t in toks[:-1]):
        return True  # '폭로+자', '여중+생', '중+고+생'
    return word.endswith("자") and len(toks) == 1 and toks[0].tag == "NNG" and len(word) == 3 and word[0] not in SURNAMES


def _anonymous(np: str) -> bool:
    """The phrase ends with an anonymous source's head ('관계자', '고위 관계자') as a word of its
    own, or glued to at most four characters before it ('업계관계자')."""
    n = len(np)
    for size, heads in _anonymous_heads(lexicon().anonymous):
        if size <= n and np[n - size :] in heads and (n == size or np[n - size - 1] == " " or n - size <= 4):
            return True
    return False


@memo.register
@lru_cache(maxsize=1)
def _anonymous_heads(anonymous: tuple[str, ...]) -> tuple[tuple[int, frozenset[str]], ...]:
    """The anonymous heads by length: a phrase has one suffix of each length to look up."""
    sizes = sorted({len(a) for a in anonymous})
    return tuple((k, frozenset(a for a in anonymous if len(a) == k)) for k in sizes)


def _name_and_org(rest: str, titled: bool = True, title: str | None = None) -> tuple[str | None, str | None]:
    lx = lexicon()
    words = rest.split(" ")
    last = words[-1]
    earlier_name = any(_full_korean(w) and _name_like(w) for w in words[:-1])
    # '강철구 변호사', '박영도 교수': given names end in 구/도/동 too; a place takes an office's title ('강남구 구청장')
    personal = title is not None and last[-1] in "구도동" and len(last) == 3 and not title.endswith(_OFFICE_TITLES) and last not in lx.places
    if titled and looks_korean_name_shape(last) and _plain_word(last) and (last[-1] not in _ADMIN_ENDINGS or personal) and not earlier_name and (
        len(words) == 1 or (len(words[-2]) == 2 and _name_like(words[-2])) or not _name_like(last)
    ):
        # '전북 현대 이흥실 감독대행', '관심 많은 최태원 회장': a full name right before the title, even
        # when it ends like an organisation (실, 원); not '서천군 군수'
        org = " ".join(words[:-1]) if len(words) > 1 else None
        return last, canonical_org(org) if org else None
    hanja = lx.hanja
    flags = []
    for w in words:
        if w in hanja:
            flags.append(True)
            continue
        flags.append(_plain_word(w) and _name_like(w))  # '국민의힘 원내대표': a listed organisation is no name
    # runs of name-like words: the one with a Korean full name, else the first, is the name
    runs: list[tuple[int, int]] = []
    k = 0
    while k < len(words):
        if flags[k]:
            e = k
            while e + 1 < len(words) and flags[e + 1]:
                e += 1
            runs.append((k, e))
            k = e + 1
        else:
            k += 1
    if not runs:
        return None, " ".join(words) if any(is_org_word(w) for w in words) else None
    korean = [(a, b) for a, b in runs if any(_full_korean(words[x]) for x in range(a, b + 1))]
    # 'X 회장' names X first; with no title the head noun comes last ('폐배터리 재활용 스타트업 리셀텍')
    start, end = korean[-1] if korean else (runs[0] if titled else runs[-1])
    # a Korean full name closes its run ('한빛과학상 윤채린'); one that opens it is a
    # transliterated given name ('마이클 스턴')
    full = [x for x in range(start, end + 1) if _full_korean(words[x]) and (x == end or not _known_given_name(words[x]))]
    plain = [x for x in full if not words[x].endswith(lexicon().org_suffixes)]
    full = plain or full
    middle = words[start + 1] if end - start == 2 and _transliterated(words[end]) else ""  # not '서울중앙지법 김동현 영장전담'
    if middle and (full == [start + 1] or not full and looks_korean_name_shape(middle)) and not korean_name_shape(words[end]) and not _known_given_name(words[end]):
        # '세라 허커비 샌더스': a Korean-looking word inside a transliterated name is part of it
        org = " ".join(words[:start] + words[end + 1 :]).strip() or None
        return " ".join(words[start : end + 1]), canonical_org(org) if org else None
    if full and end > start:
        start = end = full[-1]  # '한빛과학상 윤채린', '고랭지 배추 농민 옥재만'
    elif end == start and end + 1 < len(words) and _foreign_pair(words[start], words[end + 1]):
        end += 1  # '다나카 히로시': a given name kiwi does not know
    elif titled and end == start == 1 and not full and _given_name_before(words[0]):
        start = 0  # '헤더 노어트 국무부 대변인': a given name that is also a rare common word
    end = min(end, start + 1)  # transliterated names: two words
    name_words = words[start : end + 1]
    name = " ".join(name_words)
    org_words = words[:start] + words[end + 1 :]
    org = " ".join(org_words).strip() or None
    return name, canonical_org(org) if org else None


_OFFICE_TITLES = ("장", "지사", "군수", "의원", "위원", "관", "청장", "의장")
_ADMIN_ENDINGS = frozenset("군시구도읍면동청처부국과소관당회단사")


def _plain_word(word: str) -> bool:
    """Not a listed organisation, place or alias: '이흥실' may end like '비서실' and still be a name."""
    lx = lexicon()
    return word not in lx.org_names and word not in lx.org_aliases and word not in lx.places and word not in lx.titles


def _full_korean(word: str) -> bool:
    """A Korean full name: a surname and two syllables (three after a compound surname), none of
    them a transliteration's ('노어트' is no Korean name)."""
    if foreign_given(word):
        return False
    if len(word) == 4:
        return word[:2] in COMPOUND_SURNAMES and looks_korean_name(word)
    return len(word) == 3 and looks_korean_name(word)


def _known_given_name(word: str) -> bool:
    """'마이클', '조지': a foreign given name kiwi knows well, though it starts like a Korean name."""
    toks, score = analysis(word)
    return len(toks) == 1 and toks[0].tag == "NNP" and score > -19.0


def _transliterated(word: str) -> bool:
    """A word of a foreign name: a syllable Korean words seldom have, or one proper noun to kiwi ('샌더스')."""
    if any(ch in FOREIGN_SYLLABLES for ch in word):
        return True
    toks, _ = analysis(word)
    return len(toks) == 1 and toks[0].tag == "NNP"


def _surely_a_name(word: str) -> bool:
    """A full name kiwi knows as a proper noun ('김하성'), or reads as no word it knows (a low
    score: '박서연'); not a rare common word shaped like a name ('지름길')."""
    toks, score = analysis(word)
    return (len(toks) == 1 and toks[0].tag == "NNP") or score <= -24.0


def _given_name_before(word: str) -> bool:
    """The first word of '헤더 노어트 국무부 대변인', before a transliterated surname: one noun
    of two to four syllables that is no organisation, place, title, occupation or Korean name."""
    lx = lexicon()
    if not re.fullmatch(r"[가-힣]{2,4}", word) or looks_korean_name(word) or is_org_word(word):
        return False
    if word in lx.titles or word in lx.places or word in lx.stop_words or word in DESCRIPTORS or word in lx.anonymous:
        return False
    if word in lx.occupations or word in _COUNTRY.values():
        return False
    toks, _ = analysis(word)
    return len(toks) == 1 and toks[0].tag in ("NNG", "NNP")


def _foreign_pair(first: str, second: str) -> bool:
    """Two transliterated words in a row are one name: neither is a Korean name, an organisation or a title."""
    if looks_korean_name(first) and len(first) >= 3:
        return False
    if not re.fullmatch(r"[가-힣]{2,6}", second) or is_org_word(second) or second in lexicon().titles:
        return False
    toks, score = analysis(second)
    if any(t.tag in VERBAL for t in toks):
        return False
    if score <= -21.0:
        return True
    # '로라 하트': after a given name kiwi knows, a surname that is also a common word
    return _known_given_name(first) and len(toks) == 1 and second not in DESCRIPTORS and second not in lexicon().places


@memo.register
@lru_cache(maxsize=65536)
def _name_like(word: str) -> bool:
    """Could this word be (part of) a person's name? Korean names by their surname;
    transliterated names because kiwi does not know them as common words."""
    lx = lexicon()
    if word in DESCRIPTORS:
        return False  # '조국 전 장관': 전 is 'former'
    if len(word) == 1 and _HANGUL_SYLLABLE.fullmatch(word):
        return word not in lx.places  # a surname standing for the name: 윤 대통령; or 샘, 조, 황 beside a given name
    if not _HANGUL_WORD.fullmatch(word) or is_org_word(word) or word in lx.stop_words:
        return False
    if word in lx.titles or word in lx.anonymous or word in DESCRIPTORS:
        return False
    toks, score = analysis(word)
    if len(word) >= 4 and len(toks) >= 2 and all(t.tag == "NNG" and t.end - t.start >= 2 for t in toks):
        return False  # '국가안보회의', '영장전담': a compound of common nouns, no name
    # a word kiwi knows well (a name it knows as a noun scores lower: 전성호 -21.8); a prefixed or derived
    # noun ('최우선', '불신임'; '경계감', '열애설')
    common = (len(toks) == 1 and toks[0].tag == "NNG" and score > -20.5) or (
        len(toks) == 2 and toks[0].tag == "XPN" and toks[1].tag == "NNG"
    ) or (len(toks) == 2 and toks[0].tag == "NNG" and toks[1].tag == "XSN")
    if looks_korean_name(word) and len(word) == 2:
        return len(toks) == 1 and toks[0].tag == "NNP"  # '이영' yes, '중진' no
    if looks_korean_name(word):
        # '서울의', '김치를': a noun with its particle is no name; '이라며': a copula
        with_particle = len(toks) >= 2 and toks[-1].form in _NOT_NAME_ENDINGS and toks[0].tag in ("NNP", "NNG")
        # a common verb form ('한다면', score -17) is no name; a name kiwi misreads as one scores low ('구하람', -30)
        word_form = any(t.tag in VERBAL for t in toks) and score > -22.0
        return not common and not with_particle and not word_form and toks[0].tag not in ("VCP", "JKS", "JX", "EC")
    if any(t.tag in VERBAL for t in toks):
        return False
    if len(toks) == 1 and toks[0].tag == "NNP":
        return True
    if len(toks) == 2 and toks[1].tag == "XSN" and toks[0].tag == "NNG" or len(toks) == 2 and toks[0].tag == "XPN":
        return False  # '열애설', '불신임': a derived common noun, however rare
    return score <= -22.0


_NOT_NAME_ENDINGS = frozenset({"의", "을", "를", "에", "와", "과", "로", "으로", "는", "에서", "에게"})
VERBAL = frozenset({"VV", "VA", "VX", "VCP", "VCN", "XSV", "XSA", "ETM", "ETN", "EC", "EF", "EP", "MAG", "MAJ"})
DESCRIPTORS = frozenset({"공동", "최고", "차기", "신임", "당시", "현직", "전직", "초대", "명예", "수석", "선임", "대선", "총선", "지방선거", "전", "현", "前", "당", "측"})


# --- finding the phrase that names a speaker ----------------------------------

@dataclass(slots=True)
class Found:
    mention: Mention
    start: int  # offsets in the window text
    end: int
    particle: str


# 'X 또한', 'X 역시' ('X too') mark the subject as 도 does; read as 도 in place (offsets kept)
_ALSO = re.compile(r"(?<=[가-힣A-Za-z0-9)])(?<![\s(][이저])\s(?:또한|역시)(?=\s)")


def also_as_do(window: str) -> str:
    return _ALSO.sub(lambda m: "도" + " " * (len(m.group(0)) - 1), window) if ("또한" in window or "역시" in window) else window


def subject_in(window: str, upto: int | None = None) -> Found | None:
    """The speaker phrase nearest the end of ``window`` (the words before a quote), or
    nearest ``upto`` (kiwi reads a phrase better with the words that follow it):
    a noun phrase with 은/는 (preferred), 이/가/도 ('X 또한' as 도), or glued to the mark."""
    window = also_as_do(window)
    toks = tokens(window)
    if upto is not None:
        toks = tuple(t for t in toks if t.end <= upto)
    found = _np_with_particle(window, toks, {"은", "는", "께서는", "께서"}) or _np_with_particle(
        window, toks, SUBJECT_PARTICLES
    )
    if upto is not None:
        return found
    if found:
        return found
    # '알트먼 CEO"반도체 분야"': a name glued to the quotation mark, no particle
    if toks and toks[-1].tag in NOMINAL and toks[-1].end == len(window.rstrip()):
        s = _np_start(window, toks, len(toks) - 1)
        m = parse_np(window[s : toks[-1].end])
        if m.kind in ("person", "title_only") and m.name:
            return Found(m, s, toks[-1].end, "")
    return None


def nearest_subject(window: str) -> Found | None:
    """The phrase with 이/가 nearest the end of ``window``: the subject of a clause."""
    window = also_as_do(window)
    return _np_with_particle(window, tokens(window), SUBJECT_PARTICLES)


def _np_with_particle(window: str, toks: tuple[Tok, ...], particles: set[str] | frozenset[str]) -> Found | None:
    for k in range(len(toks) - 1, 0, -1):
        t = toks[k]
        if t.form not in particles or t.tag not in ("JX", "JKS"):
            continue
        prev = toks[k - 1]
        if prev.end != t.start or prev.tag not in NOMINAL:
            continue
        if (aged := _aged_anonymous(window, toks, k)) is not None:
            return Found(aged[0], aged[1], t.end, t.form)
        last = k - 1
        if prev.form == ")":
            # '송유림 변호사(민주사회를위한노동법연구회)는': the parenthesis belongs to the phrase
            opened = next((j for j in range(k - 2, -1, -1) if toks[j].form == "("), None)
            if opened is not None and opened > 0 and toks[opened - 1].tag in NOMINAL:
                last = opened - 1
        if prev.form in ("측", "쪽") and k >= 2:
            side = _side_of(window, toks[k - 1].start)
            if side and (prev.form == "쪽" or window[side[0]] in "‘'\"“"):
                return Found(Mention(window[side[0] : prev.end], "organization", org=side[1]), side[0], t.end, t.form)
        s = _np_start(window, toks, last)
        if window.endswith(" 겸 ", 0, s) and (held := [j for j, tk in enumerate(toks) if tk.end <= s - 3]):
            s = _np_start(window, toks, held[-1])  # '최하람 경제부총리 겸 기획재정부 장관이': both posts
        phrase = window[s : toks[last].end]
        if ")" in phrase and "(" not in phrase and (opened := _opening_paren(window, toks, s)) is not None:
            # '송하늘 과학기술정보통신부(과기정통부) 정보통신정책실장은': the short form in
            # parentheses stands inside the phrase, not at its start
            s = opened
            phrase = window[s : toks[last].end]
        if phrase in lexicon().speech_nouns and _ADNOMINAL_END.search(window, 0, s):
            continue  # '…돕지 않았다는 주장은 "…"': a claim the words answer, no one who speaks
        if phrase in lexicon().speech_nouns:
            owned = _OWNER_OF.search(window, 0, s)
            who = parse_np(owned.group("np")) if owned is not None else None
            if owned is not None and who is not None and who.kind in ("person", "anonymous", "organization"):
                return Found(who, owned.start("np"), t.end, t.form)  # '인근 주민의 목격담은 "…"': the owner's words
            continue
        m = parse_np(_INNER_PAREN.sub("", phrase))
        if (listed := _listed(window[:s])) is not None and (first := parse_np(listed.group("first"))).kind in (
            "person", "organization", "anonymous"
        ):
            return Found(first, listed.start("first"), t.end, t.form)  # 'X, Y 등 3개 단체는': the first named
        if m.kind != "unknown":
            if (joint := _joint(window[:s])) is not None:
                first = parse_np(joint.group("first"))
                if first.kind in ("person", "organization", "anonymous"):
                    return Found(first, joint.start("first"), t.end, t.form)  # 'X과 Y는': the first names both
            return Found(m, s, t.end, t.form)
    return None


_OWNER_OF = re.compile(r"(?P<np>[^\s\"“”'‘’,.]{1,15}(?:\s[^\s\"“”'‘’,.]{1,15}){0,2}?)의\s$")
_ADNOMINAL_END = re.compile(r"(?:다는|라는|냐는|자는|다던|라던)\s$")
_INNER_PAREN = re.compile(r"\([^()]{1,20}\)(?=\s|$)")


def _opening_paren(window: str, toks: tuple[Tok, ...], s: int) -> int | None:
    """Where the phrase starts when a parenthesis opened before ``s`` belongs to it."""
    p = window.rfind("(", 0, s)
    if p <= 0:
        return None
    before = [k for k, t in enumerate(toks) if t.end <= p]
    if not before or toks[before[-1]].tag not in NOMINAL:
        return None
    return _np_start(window, toks, before[-1])


JOINT = re.compile(r"(?P<first>[^\s,\"“”'‘’()]{1,15}(?:\s[^\s,\"“”'‘’()]{1,15}){0,2}?)(?:과|와)\s$")
_JOINT_END = re.compile(r"(?:과|와)\s$")
_JOINT_SPAN = 50  # the longest text JOINT matches: 15 + 2 × 16 characters, 과/와, a space, a last newline


LISTED = re.compile(r"(?:^|\s)(?P<first>[^\s,\"“”'‘’()]{2,20})(?:,\s?[^\s,\"“”'‘’()]{2,20}){0,6}\s등\s(?:\d+\S*\s)?$")


def _listed(text: str) -> re.Match[str] | None:
    """'새솔환경연대, 한빛시민모임 등 ': names listed before '등' (read only where it ends)."""
    if not text.endswith(("등 ", "개 ", "명 ", "곳 ")):
        return None
    return LISTED.search(text, max(0, len(text) - 160))


def _joint(text: str) -> re.Match[str] | None:
    """JOINT.search(text), read only where a match can stand: its end (it is slow to fail)."""
    if _JOINT_END.search(text, max(0, len(text) - 3)) is None:
        return None
    return JOINT.search(text, max(0, len(text) - _JOINT_SPAN))


def _aged_anonymous(window: str, toks: tuple[Tok, ...], k: int) -> tuple[Mention, int] | None:
    """'주민 이모(40대)씨는': the age stands between the name and 씨."""
    if toks[k - 1].form not in ("씨", "군", "양") or k < 3 or toks[k - 2].form != ")":
        return None
    opened = next((j for j in range(k - 3, -1, -1) if toks[j].form == "("), None)
    if opened is None or opened == 0 or toks[opened - 1].tag not in NOMINAL:
        return None
    s = _np_start(window, toks, opened - 1)
    m = parse_np(window[s : toks[k - 1].end])
    return (m, s) if m.kind != "unknown" else None


_SIDE = re.compile(r"(?:[‘'\"“](?P<q>[^’'\"”]{1,20})[’'\"”]|(?P<w>[^\s]{2,20}))\s?$")


def _side_of(window: str, end: int) -> tuple[int, str] | None:
    """'‘달리고’ 쪽', '삼성전자 측': the organisation whose side speaks."""
    m = _SIDE.search(window, 0, end)
    if not m:
        return None
    name = m.group("q") or m.group("w")
    return m.start(), name.strip()


def _np_start(window: str, toks: tuple[Tok, ...], last: int) -> int:
    """Walk back over nominal tokens (and spaces) from token ``last``; a word is the unit."""
    i = last
    while True:
        i = _walk_back(window, toks, i)
        start = toks[i].start
        ws = window.rfind(" ", 0, start) + 1
        prefix = window[ws:start]
        if prefix and len(prefix) <= 4 and re.fullmatch(r"[가-힣]+", prefix):
            # '새로운한국당', '한세영': kiwi cut a word the phrase holds whole
            j = next((k for k in range(i) if toks[k].start >= ws), i)
            if j == i or j == 0:
                return ws
            i = j
            continue
        if m := _ANON_BEFORE.search(window, max(0, start - 12), start):  # a match ends at start: 9 characters at most
            return m.start()  # 'ㄱ(41)씨', 'A씨'
        return _names_before(window, start)


def _names_before(window: str, start: int) -> int:
    """Words kiwi does not read as nouns but that name someone: '변태오 한국유통학회 이사'."""
    for _ in range(3):
        if start < 2 or window[start - 1] != " ":
            break
        ws = window.rfind(" ", 0, start - 1) + 1
        word = window[ws : start - 1]
        if _misread_name(word) and window[start:].split(" ", 1)[0].rstrip("은는이가도의") in lexicon().titles:
            start = ws  # '가세로 군수는': kiwi reads the name as 가세+로; a title follows it
            break
        if not (_full_korean(word) and _name_like(word)):
            break
        last = [t for t in tokens(window) if ws <= t.start < start - 1]
        verbal = any(t.tag in ("XSV", "XSA", "VV", "VA", "VX") for t in last)
        if not last or verbal or last[-1].tag == "ETM" or last[-1].tag.startswith("J"):
            break  # '동행한 오픈AI …', '권유하자 이 기자는': a modifier or a clause, not a name
        start = ws
    return start


def _misread_name(word: str) -> bool:
    """A Korean full name kiwi reads, at a low score, as a noun and a particle ('가세로' → 가세+로)."""
    if not _full_korean(word):
        return False
    toks, score = analysis(word)
    return len(toks) == 2 and toks[0].tag == "NNG" and toks[1].tag.startswith("J") and score <= -22.0


_ANON_BEFORE = re.compile(r"(?:(?<![A-Za-z가-힣])[A-Zㄱ-ㅎ]|(?<![가-힣])[가-힣]\s?모)(?:\(\d{1,3}\))?$")


_OPENER = {")": "(", "’": "‘", "”": "“", "」": "「", "』": "『", "]": "["}


def _walk_back(window: str, toks: tuple[Tok, ...], i: int) -> int:
    lx = lexicon()
    while i > 0:
        p = toks[i - 1]
        gap = window[p.end : toks[i].start]
        alone = p.start == 0 or window[p.start - 1] == " "
        if p.tag == "ETM" and alone and window[p.start : p.end] == "한" and i >= 2 and toks[i - 2].start == p.start:
            i -= 2  # '한 중진 의원': kiwi reads the determiner 한 as 하+ㄴ
            continue
        if gap.strip(" ") or p.tag not in NOMINAL:
            break
        in_parens = p.tag == "SN" and i >= 2 and toks[i - 2].tag == "SSO"
        glued_number = p.tag == "SN" and not gap  # '1차관', '3선'
        if p.form in lx.stop_words or (p.tag == "NNB" and p.form in ("일", "월", "년", "시", "분")):
            break
        if p.tag == "SN" and not (in_parens or glued_number):
            break
        if p.tag == "MM" and p.form not in ("한", "이", "그", "전", "현", "해당"):
            break
        if p.tag == "NNB" and p.form not in ("씨", "측", "쪽"):
            break  # '…의식한 듯 이 후보는': a bound noun closes the phrase before it
        if p.tag == "SSC" and _OPENER.get(p.form, "(") not in window[: p.start]:
            break
        i -= 1
    return i


def addressee_in(window: str, after: int) -> Mention | None:
    """'알트먼 CEO에게', '브록만 공동설립자(CFO)에게도' after the speaker phrase."""
    toks = tokens(window)
    for k in range(len(toks) - 1, 0, -1):
        t = toks[k]
        if t.start < after:
            break
        if t.form in ("에게", "께", "한테", "에게서") and t.tag.startswith("JK"):
            prev = toks[k - 1]
            if prev.end == t.start and prev.tag in NOMINAL:
                s = _np_start(window, toks, k - 1)
                m = parse_np(window[s : prev.end])
                if m.kind in ("person", "title_only", "pronoun"):
                    return m
    return None


VIA = re.compile(r"(?P<np>[^,.\"“”]{2,40}?)(?:에|의 말에|의 전언에|측에)\s?따르면")


def via_in(text: str) -> Mention | None:
    if "따르면" not in text:
        return None  # what VIA needs, tested first: the pattern is slow to fail
    m = VIA.search(text)
    if not m:
        return None
    words = m.group("np").split(" ")
    for k in range(len(words)):
        cand = parse_np(" ".join(words[k:]))
        if cand.kind in ("person", "title_only", "organization", "anonymous"):
            return cand
    return None


def _plausible_name(name: str) -> bool:
    """Worth a new person: a Korean full name, a two-word name, or a proper noun kiwi knows."""
    if _HANJA_NAME.fullmatch(name) and len(name) >= 2 and name[0] in lexicon().hanja:
        return True  # '韓明洙': a name written in hanja, as older papers print them
    if not re.fullmatch(r"[가-힣A-Za-z·.\- ]+", name):
        return False  # '김태환)MVP': punctuation is no part of a name
    if name.endswith("들") or outlet_index().alias(name) or name.split(" ")[-1] in DESCRIPTORS:
        return False  # '기자들', '머니투데이', '조국 전'
    if " " in name or name in lexicon().hanja:
        return True
    if _full_korean(name) or (len(name) == 2 and looks_korean_name(name)):
        return _name_like(name)
    toks, score = analysis(name)
    if any(t.tag in VERBAL or t.tag.startswith("J") for t in toks):
        return False  # '위태롭게'
    return (len(toks) == 1 and toks[0].tag == "NNP") or score <= -24.0


# --- the people of one article -----------------------------------------------

@dataclass(slots=True)
class PersonRec:
    name: str
    aliases: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    orgs: list[str] = field(default_factory=list)
    last_seen: int = 0

    @property
    def surname(self) -> str:
        # the person is known to be a person: the shape of the name is enough ('전희철' ends like a word)
        if _HANJA_NAME.fullmatch(self.name) and self.name[0] in lexicon().hanja:
            return self.name[0]  # '韓明洙'
        return self.name[0] if korean_name_shape(self.name) else ""

    def to_person(self) -> Person:
        return Person(self.name, [a for a in self.aliases if a != self.name], self.titles, self.orgs)


class People:
    """The people named in one article, with the fullest form of each name."""

    def __init__(self) -> None:
        self.persons: list[PersonRec] = []
        self.clock = 0

    def add(self, m: Mention) -> PersonRec | None:
        """Register a mention that gives a name; returns its person."""
        if m.kind != "person" or not m.name:
            return None
        rec = self.resolve(m, register=False)
        if rec is None and self._full(m.name) and _plausible_name(m.name):
            rec = PersonRec(m.name)
            self.persons.append(rec)
        if rec is None:
            return None
        self._note(rec, m)
        return rec

    def _full(self, name: str) -> bool:
        return len(name) >= 2 and name not in lexicon().hanja

    def _note(self, rec: PersonRec, m: Mention) -> None:
        self.clock += 1
        rec.last_seen = self.clock
        if m.name and len(m.name) > len(rec.name) and rec.name in m.name and " " in m.name and _plausible_name(m.name):
            rec.name = m.name  # a fuller form of the same name
        text = m.text
        for a in (text, m.name):
            if a and len(a) >= 2 and a not in rec.aliases:
                rec.aliases.append(a)
        if m.title and m.title not in rec.titles and m.title not in ("씨",):
            rec.titles.append(m.title)
            if (inner := re.search(r"\(([가-힣]{1,6})\)$", m.title)) and inner.group(1) not in rec.titles:
                rec.titles.append(inner.group(1))  # '디스플레이사업부장(사장)': also the 사장
        if m.org and m.org not in rec.orgs:
            rec.orgs.append(m.org)

    def resolve(self, m: Mention, register: bool = True) -> PersonRec | None:
        if m.kind not in ("person", "title_only"):
            return None
        cands: list[PersonRec] = []
        if m.name:
            name = lexicon().hanja.get(m.name, m.name)
            cands = [p for p in self.persons if p.name == name]
            if not cands:
                cands = [p for p in self.persons if p.name.endswith(" " + name) or p.name.startswith(name + " ")]
            if not cands and name in COMPOUND_SURNAMES:
                cands = [p for p in self.persons if p.name.startswith(name) and len(p.name) >= 3]
            if not cands and len(name) == 1:
                hanja = lexicon().hanja  # '韓 대변인' is the article's 韓明洙 as well as 한명수
                cands = [p for p in self.persons if hanja.get(p.surname, p.surname) == name]
                if m.title and cands and all(p.titles for p in cands):
                    # '박 장관' is not the article's 박 의원: a surname with another title is someone else
                    cands = [p for p in cands if any(t.endswith(m.title) or m.title.endswith(t) for t in p.titles)]
                if m.determiner and not cands and m.title and name != "한":
                    cands = [p for p in self.persons if m.title in p.titles]
        elif m.title:
            cands = [p for p in self.persons if m.title in p.titles or any(t.endswith(m.title) for t in p.titles)]
            if not cands and (ambiguous := re.match(r"^(전|현)\s(?P<base>\S+)$", m.title)):
                # '전 감독': 'the former coach', or the surname 전 and a title; the article's people decide
                base = ambiguous.group("base")
                titled = [p for p in self.persons if base in p.titles or any(t.endswith(base) for t in p.titles)]
                cands = [p for p in titled if p.surname == ambiguous.group(1)] or titled
        if not cands and m.title and (m.org or m.name) and not (m.name and looks_korean_name(m.name)):
            # '별빛게임즈 대표': the person of that organisation with that title
            org = m.org or m.name or ""
            cands = [p for p in self.persons if any(t.endswith(m.title) for t in p.titles) and any(org in o or o in org for o in p.orgs)]
        if not cands:
            return None
        if m.title and len(cands) > 1:
            titled = [p for p in cands if m.title in p.titles]
            cands = titled or cands
        best = max(cands, key=lambda p: p.last_seen)
        if register:
            self._note(best, m)
        return best

    def people(self) -> list[Person]:
        return [p.to_person() for p in self.persons]
