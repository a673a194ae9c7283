"""The Korean knowledge that quote extraction reads, compiled once from data files."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from malmoi.data import load_lines, load_toml
from malmoi.korean import memo
from malmoi.korean.alternation import alternation
from malmoi.korean.names import COMPOUND_SURNAMES, SURNAMES


@dataclass(slots=True, frozen=True)
class Lexicon:
    titles: tuple[str, ...]
    title_re: re.Pattern[str]
    title_suffix_re: re.Pattern[str]
    verb_re: re.Pattern[str]
    ending_re: re.Pattern[str]
    pronouns: frozenset[str]
    anonymous: tuple[str, ...]
    stop_words: frozenset[str]
    occupations: frozenset[str]  # '투수 커쇼': a word before a foreign name that is no given name
    hanja: dict[str, str]
    org_aliases: dict[str, str]
    org_suffixes: tuple[str, ...]
    org_names: frozenset[str]
    places: frozenset[str]
    district_re: re.Pattern[str]  # '부산 남구(청)': a district with its city
    setting_re: re.Pattern[str]
    org_suffix_re: re.Pattern[str]  # the longest organisation suffix a word ends with
    speech_noun_re: re.Pattern[str]
    act_noun_re: re.Pattern[str]  # '"…" 발언과 관련해': a noun of speech right after the marks
    hanja_orgs: frozenset[str]
    generic_orgs: frozenset[str]
    owner_after_re: re.Pattern[str]
    sites: frozenset[str]  # portals, boards and blogs, spaces folded: page chrome, never a speaker
    speech_nouns: frozenset[str]  # '말', '주장': nouns of speech
    relations: frozenset[str]  # '소속사', '국선변호인': a party named by whose it is
    title_heads: frozenset[str]  # '상임' in '정미란상임집행위원장'
    act_modifiers: frozenset[str]  # '주요', '핵심': between a quote's noun and its act
    note_act_re: re.Pattern[str]  # '"…" 호평.': a note-style sentence that ends on the act, right after the marks
    voiced_re: re.Pattern[str]  # '"…"는 반응을 보였다', '"…"는 반발이 나왔다' (group "arose" for the latter)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    speech = load_toml("speech.toml")
    orgs = load_toml("orgs.toml")
    titles = tuple(sorted(set(load_lines("titles.txt")), key=len, reverse=True))
    alt = alternation(titles)  # a trie: the same matches as the longest-first alternation, 5x faster
    hada = r"(?:하|했|한|해|할|함|합|하였|하기|하고|하며|하면서|하자|하던)"
    note = alternation(speech["telegraphic"])
    verb_heads = [f"(?:{alternation(speech['hada'])}){hada}", alternation(speech["irregular"]), f"(?:{note})(?=[.!]?[\"”’']?\\s*$)"]
    endings = sorted(speech["endings"], key=len, reverse=True)
    return Lexicon(
        titles=titles,
        title_re=re.compile(rf"(?:(?<![가-힣])(?:전|前|현|신임|초대)\s)?(?:{alt})(?:\([A-Za-z가-힣]+\))?"),
        title_suffix_re=re.compile(rf"(?:(?<![가-힣])(?:전|前|현|신임|초대)\s?)?(?:{alt})(?:\([A-Za-z가-힣]+\))?$"),
        verb_re=re.compile(rf"(?<![가-힣])(?:{'|'.join(verb_heads)})"),
        ending_re=re.compile(rf"\s?(?:{'|'.join(re.escape(e) for e in endings)})(?![가-힣])"),
        pronouns=frozenset(speech["pronouns"]),
        anonymous=tuple(sorted(speech["anonymous"], key=len, reverse=True)),
        stop_words=frozenset(speech["stop_words"]),
        occupations=frozenset(speech["occupations"]),
        hanja=dict(speech["hanja"]),
        org_aliases=dict(orgs["aliases"]),
        org_suffixes=tuple(sorted(orgs["suffixes"], key=len, reverse=True)),
        org_names=frozenset(orgs["names"]),
        places=frozenset(orgs["places"]),
        district_re=_district_re(orgs["metro_cities"], orgs["shared_districts"]),
        setting_re=_setting_re(speech["setting"]),
        org_suffix_re=re.compile("(?:" + alternation(orgs["suffixes"]) + ")$"),
        speech_noun_re=_speech_noun_re(speech["nouns"]["speech"]),
        act_noun_re=re.compile(rf"\s?(?:{alternation(speech['nouns']['speech'])})(?:과|와|에|을|를|이|은|는|도|으로|로)(?![가-힣])"),
        hanja_orgs=frozenset(orgs["hanja"]),
        generic_orgs=frozenset(orgs["generic"]),
        owner_after_re=_owner_after_re(speech["nouns"]["speech"]),
        sites=frozenset(str(site["name"]).replace(" ", "") for site in load_toml("sites.toml").get("site", [])),
        voiced_re=_voiced_re(speech["voiced"]),
        act_modifiers=frozenset(speech["act_modifiers"]),
        title_heads=frozenset(speech["title_heads"]),
        relations=frozenset(speech["relations"]),
        speech_nouns=frozenset(speech["nouns"]["speech"]),
        note_act_re=re.compile(rf"\s?(?:{note})\.?\s*$"),
    )


def _district_re(cities: list[str], districts: list[str]) -> re.Pattern[str]:
    """'부산 남구', '부산 남구청', '부산 남구는': a district several cities have, with its city."""
    return re.compile(rf"(?<![가-힣])(?P<city>{alternation(cities)})\s(?P<district>{alternation(districts)})(?:청)?(?![가-힣])|"
                      rf"(?<![가-힣])(?P<city2>{alternation(cities)})\s(?P<district2>{alternation(districts)})(?:청)?(?=[은는이가의도와과에])")


def _setting_re(setting: dict[str, list[str]]) -> re.Pattern[str]:
    """A speaker's setting at the head of a reported clause: '8일 서울에서 열린 발표회에서 '."""
    events = "|".join(sorted(map(re.escape, setting["events"]), key=len, reverse=True))
    tails = "|".join(sorted(map(re.escape, setting["tails"]), key=len, reverse=True))
    return re.compile(rf"^(?:\S+\s){{0,10}}?\S*(?:{events})['’\"”]?(?:{tails})\s")


def _speech_noun_re(nouns: list[str]) -> re.Pattern[str]:
    """'경찰의 말에', '질문에는', '주민의 신고를 받고': a noun of speech (with its owner) that the
    quoted words fill, in a phrase that answers or receives them."""
    alt = "|".join(sorted(map(re.escape, nouns), key=len, reverse=True))
    owner = r"(?:(?:취지|요지|내용|뜻)의\s)?(?:(?P<owner>[^\s\"“”'‘’,.]{1,15}(?:\s[^\s\"“”'‘’,.]{1,15})?)(?:의\s|\s(?=(?:질문|물음|질의)\S)))?"
    return re.compile(rf"\s?{owner}(?P<noun>{alt})(?:에는|에도|에(?!서)|엔|을\s받|를\s받|을\s듣|를\s듣|을\s들)")


def _voiced_re(voiced: dict[str, list[str]]) -> re.Pattern[str]:
    """After '"…"는': a reaction noun shown by its owner ('반응을 보였다') or arising somewhere
    ('반발이 나왔다', group ``arose``), up to two words between; or a noun of speech as the
    predicate ('"…"는 입장이다')."""
    nouns, shown, arose = (
        "|".join(sorted(map(re.escape, voiced[k]), key=len, reverse=True)) for k in ("nouns", "shown", "arose")
    )
    stated = "|".join(sorted(map(re.escape, voiced["stated"]), key=len, reverse=True))
    return re.compile(
        rf"\s?(?:등의\s|등\s|같은\s)?(?:(?:{nouns})(?:을|를|이|가|도|은|는)\s(?:\S+\s){{0,2}}?"
        rf"(?:(?P<arose>{arose})|(?:{shown}))"
        rf"|(?:{nouns}|소감|인사)(?:과|와)\s함께"  # '"…"라는 소감과 함께 트로피를 들었다'
        rf"|(?:{stated})(?:이다|입니다|이었다|였다|이었습니다|이라는|이란|이며|이고|이지만|이었으나|인\s데|인데)(?![가-힣]))"
    )


def _owner_after_re(nouns: list[str]) -> re.Pattern[str]:
    """'"…"라는 것이 김 장관의 설명이다': the owner of the noun of speech after the words."""
    alt = "|".join(sorted(map(re.escape, nouns), key=len, reverse=True))
    np = r"(?P<np>[^\s\"“”'‘’,.]{1,15}(?:\s[^\s\"“”'‘’,.]{1,15}){0,2}?)"
    return re.compile(rf"\s?(?:것이|게|건)\s{np}의\s(?:{alt})(?:이다|였다|이었다|입니다|이었습니다)")


def looks_korean_name(word: str) -> bool:
    """홍길동, 이영, 남궁민수: a surname and one to three syllables."""
    if not re.fullmatch(r"[가-힣]{2,4}", word):
        return False
    if word[:2] in COMPOUND_SURNAMES and len(word) >= 3:
        return True
    return word[0] in SURNAMES and not is_org_word(word)


def org_word_sure(word: str) -> bool | None:
    """Whether a word names an organisation, where the lexicon alone can tell (None: ask kiwi)."""
    lx = lexicon()
    if word in lx.org_names or word in lx.org_aliases or word in lx.places:
        return True
    if _LATIN.search(word) and _HANGUL.search(word):
        return True  # 오픈AI, SK하이닉스
    if len(word) < 3:
        return False
    if word[-1] not in _suffix_ends() and not (word[-1] == "\n" and word[-2] in _suffix_ends()):
        return False  # no suffix ends with this character: what org_suffix_re's search would find, in one set lookup
    hit = lx.org_suffix_re.search(word)
    if hit is None:
        return False
    suffix = hit.group(0)
    if len(suffix) > 1 or not _ALL_HANGUL.fullmatch(word) or len(word) >= 5 or suffix in ("당", "처", "청", "회", "위"):
        return True  # '식품의약품안전처', '노동당': too long, or an ending no name has
    return None


@lru_cache(maxsize=1)
def _suffix_ends() -> frozenset[str]:
    """The last characters of the organisation suffixes (org_suffix_re matches only words ending in one)."""
    return frozenset(s[-1] for s in lexicon().org_suffixes if s)


_LATIN = re.compile(r"[A-Za-z]")
_HANGUL = re.compile(r"[가-힣]")
_ALL_HANGUL = re.compile(r"[가-힣]+")


@memo.register  # a word's verdict is a cache of the pipeline's: reset with the others between benchmark rounds
@lru_cache(maxsize=65536)
def is_org_word(word: str) -> bool:
    """Whether a word names an organisation ('국토교통부', '오픈AI', '서천군'; not '한지원')."""
    sure = org_word_sure(word)
    if sure is not None:
        return sure
    lx = lexicon()
    suffix = lx.org_suffix_re.search(word).group(0)  # type: ignore[union-attr]
    # one-syllable suffixes (원, 시, 부, 당, …) end names too: 한지원, 히로시; ask kiwi
    from malmoi.quotes.morph import analysis

    toks, score = analysis(word)
    if looks_korean_name_shape(word):
        if suffix == "원":
            # institutions in 원 are common nouns to kiwi (국정원, 연수원); a proper noun in 원 of a
            # name's shape is a person (나경원, 박지원; 김민+원)
            return len(toks) == 1 and toks[0].tag == "NNG" and score > -21.0
        split = len(toks) == 2 and toks[1].form == suffix and toks[1].tag in ("NNG", "XSN", "NNB")
        if split:
            return True  # 서천+군, 상무+부, 은하+구
        return len(toks) == 1 and toks[0].tag in ("NNG", "NNP") and score > -21.0
    if len(toks) == 1:
        # '수원시' is a place kiwi knows well (NNP, a high score); '히로시' is a rarer name
        return toks[0].tag == "NNG" or (suffix in ("시", "군", "구", "도") and score > -20.0)
    return toks[-1].form == suffix and toks[-1].tag in ("NNG", "XSN", "NNB")


def looks_korean_name_shape(word: str) -> bool:
    return bool(re.fullmatch(r"[가-힣]{3}", word)) and word[0] in SURNAMES


def is_group(np: str) -> bool:
    """'공항 옆 주민들', '일부 주민', '업계': a group, which speaks as itself where no one the body
    names says its words; one person described ('피해자 부친') is not one."""
    head = np.split(" ")[-1]
    return head.endswith("들") or np.startswith(("일부 ", "일각")) or head in ("업계", "재계", "학계", "정치권", "시민사회", "일각")


def canonical_org(org: str) -> str:
    return lexicon().org_aliases.get(org, org)


def reset() -> None:
    """Forget the compiled lexicon and the word verdicts (tests that change data files)."""
    lexicon.cache_clear()
    is_org_word.cache_clear()
    _suffix_ends.cache_clear()
