"""The participants pass: the organisations an article names, before any quote is attributed.

An organisation that speaks takes its full name as given anywhere in the article: a later
``대책위는`` is the ``○○ 시민대책위원회`` of the lead, ``세관 측`` the ``인천공항본부세관(이하
세관)`` of the first line, a headline's ``통합당`` the body's ``미래통합당``. The names come from
the article's own words (a word the organisation lexicon knows, with the word before it when
that word is part of the name) and from declarations (``X(이하 Y)``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from malmoi.korean import memo
from malmoi.korean.names import korean_name_shape
from malmoi.quotes.lexicon import canonical_org, is_org_word, lexicon, org_word_sure

HANJA_COUNTRY = {"美": "미국", "中": "중국", "日": "일본", "英": "영국", "北": "북한", "韓": "한국", "露": "러시아"}
# the particles a word of the text may carry after an organisation's name (the longest is cut)
_PARTICLES = frozenset(["측은", "측이", "측의", "측에", "측도", "측", "은", "는", "이", "가", "을", "를", "의", "에서", "에게", "에", "와", "과", "도", "로", "으로", "까지", "만"])
_DECLARED = re.compile(r"(?P<full>[^\s()\"“”'‘’]{2,30}(?:\s[^\s()\"“”'‘’]{2,20})?)\s?\(이하\s(?P<short>[^()]{1,12})\)")
_ENDS_WITH_PARTICLE = re.compile(r"(?:은|는|이|가|를|의|에|에서|와|과|도|로|으로)$")
_ROLE_IS = re.compile(r"(?:사|체|처|기관|단체|회|부|청)인$")  # '소속사인 별무리…': a role in apposition
_JOINABLE = re.compile(r"^[가-힣A-Za-z·]{2,12}$")
_NOT_PART = frozenset({
    "이날", "한편", "또", "또한", "이어", "특히", "지난", "오는", "당시", "현재", "최근", "이번", "해당", "각", "전", "현",
    "따르면", "의하면", "대해", "관련해", "통해", "위해", "함께", "있는", "없는", "하는", "같은",
})  # (a verb before a name is no part of it: '…에 따르면 국가정보원은')


_WORDS = re.compile(r"[\s()\[\]<>{}/]+|(?<=[다요])\.(?=[가-힣A-Za-z])")  # '(김태환)MVP', '…했다.새솔협의회는': two words


def _bare(word: str) -> str:
    word = word.strip("\"“”'‘’()[]<>.,·…")
    if len(word) <= 2:
        return word
    return word[:-2] if word[-2:] in _PARTICLES else word[:-1] if word[-1] in _PARTICLES else word


@memo.register
@lru_cache(maxsize=65536)
def _org_word(raw: str) -> str:
    """The organisation's name a word of the text is, where the lexicon alone can tell (no
    morphological analysis per word); '' when it is none."""
    word = _bare(raw) if len(raw) >= 2 else ""
    return word if len(word) >= 2 and org_word_sure(word) else ""


def _fold(name: str) -> str:
    return name.replace(" ", "")


@dataclass(slots=True)
class Orgs:
    """The organisations of one article, with the fullest form of each name."""

    names: list[str] = field(default_factory=list)  # in order of first mention
    declared: dict[str, str] = field(default_factory=dict)  # short form -> full name

    def scan(self, text: str) -> None:
        if "(이하" in text:  # what _DECLARED needs, tested first: the pattern is slow on text without it
            for m in _DECLARED.finditer(text):
                if korean_name_shape(m.group("short").strip()) or lexicon().title_suffix_re.search(m.group("full")):
                    continue  # '한다정 새솔당 의원(이하 한다정)': a person, not an organisation
                full = m.group("full").split(" ")[-1] if " " in m.group("full") else m.group("full")
                self.add(full)
                self.declared[m.group("short").strip()] = canonical_org(full)
        if "구" in text:
            for d in lexicon().district_re.finditer(text):
                self.add(f"{d.group('city') or d.group('city2')} {d.group('district') or d.group('district2')}")  # '부산 남구'
        words = [w for w in _WORDS.split(text) if w]
        for k, raw in enumerate(words):
            word = _org_word(raw)
            if not word:
                continue
            prev = words[k - 1].strip("\"“”'‘’") if k else ""
            joined = prev and _JOINABLE.match(prev) and prev not in _NOT_PART and not _ENDS_WITH_PARTICLE.search(prev) and not _ROLE_IS.search(prev)
            if joined and _compound(prev, word):
                word = f"{prev} {word}"
            self.add(word)

    def add(self, name: str) -> None:
        name = canonical_org(name.strip())
        if len(name) > 2 and name[0] in HANJA_COUNTRY and "가" <= name[1] <= "힣":
            name = f"{HANJA_COUNTRY[name[0]]} {name[1:]}"  # '美상무부' is the 미국 상무부
        if name and name not in self.names:
            self.names.append(name)

    def resolve(self, short: str) -> str:
        """The fullest name the article gives for ``short``, or ``short`` itself."""
        short = short.strip()
        if short in self.declared:
            return self.declared[short]
        key = _fold(short)
        if len(key) < 2 or short in lexicon().org_names:
            return short  # '경찰', '정부': a generic name is not the 경찰서 or the 정부청사 of the lead
        fuller = [n for n in self.names if key in _fold(n) and len(_fold(n)) > len(key)]
        if is_org_word(short):
            # '강원도' is a name of its own, not short for the 강원도농업기술원 that starts with it
            # (what follows it is an organisation of its own); '…대책위' is short for '…대책위원회'
            fuller = [n for n in fuller if not (_fold(n).startswith(key) and _own_org(_fold(n)[len(key) :]))]
        if not fuller:
            return short
        return max(fuller, key=lambda n: (len(_fold(n)), -self.names.index(n)))


def _own_org(rest: str) -> bool:
    return (len(rest) >= 3 and is_org_word(rest)) or rest == "의회"  # '인천시' is not short for '인천시의회'


def _compound(prev: str, word: str) -> bool:
    """'오송참사 시민대책위원회': a name of two words, the first a proper part of it — not a
    person ('차윤호 세린바이오'), a place ('경기 수원시') nor an organisation of its own
    ('고용노동부 서울지방고용노동청')."""
    lx = lexicon()
    if len(word) < 5 or len(prev) < 3 or korean_name_shape(prev) or prev in lx.places or is_org_word(prev):
        return False
    return not prev.endswith(("하고", "하며", "해", "한", "된", "던", "는", "고", "다", "요", "까", "죠"))
