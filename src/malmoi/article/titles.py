"""A headline without its site's prefix or suffix, for any outlet, listed or not:
'대전일보 모바일 :: …', '… - Entermedia', '… / 한빛방송 2023.12.05.', '뉴스따라잡기77 - …',
'… | 한국일보'. A part is the site's when it names a known outlet or looks like a
site's name (the site words of ``data/html.toml``: 뉴스, 일보, 방송, TV, …; a lone
Latin word; '모바일')."""

from __future__ import annotations

import re
from dataclasses import dataclass

from malmoi.article.html_text import html_data
from malmoi.article.lines import sections
from malmoi.article.outlets import outlet_index
from malmoi.data import load_toml

# the separators between a headline and its site, as pages print them in flattened text
_SUFFIX = re.compile(r"\s*(?:\s[|ㅣ｜/-]\s|\s?::\s?|\s[–—]\s|[|ㅣ｜])\s*(?P<site>[^|ㅣ｜]{1,30}?)\s*$")
_PREFIX = re.compile(r"^\s*(?P<site>[^|ㅣ｜:]{2,25}?)\s*(?:\s?::\s?|\s[|ㅣ｜-]\s|[|ㅣ｜])\s*")
_DATE_TAIL = re.compile(r"\s*(?:19|20)\d{2}[./-]\s?\d{1,2}[./-]\s?\d{1,2}\.?\s*$")
_LETTERS = re.compile(r"[가-힣A-Za-z0-9]")


@dataclass(slots=True, frozen=True)
class Bare:
    title: str
    site: str | None  # the site's name that was cut off (a vote for the outlet when it is one)


def site_like(part: str) -> bool:
    """'한빛방송', 'Entermedia', '대전일보 모바일', '뉴스따라잡기77', '정치ㅣ가람일보'."""
    part = _DATE_TAIL.sub("", part).strip()
    if not part or len(part) > 25 or not _balanced(part):
        return False
    if outlet_index().mentioned(part) is not None:
        return True
    if part in sections():
        return True
    words = html_data().site_words + ("모바일", "Mobile", "mobile", "기사본문", "홈")
    if len(part.split()) <= 2 and any(w.startswith(words) or w.endswith(words) for w in part.split()):
        return True
    return bool(re.fullmatch(r"[A-Za-z][A-Za-z0-9&.' ]{2,20}", part)) and len(part.split()) <= 2


def _balanced(part: str) -> bool:
    """A site's name never opens or closes a bracket of the headline ('[가람방송 아침 - 인터뷰] …')."""
    return all(part.count(a) == part.count(b) for a, b in ("[]", "()", "<>", "【】", "“”", "‘’")) and part.count('"') % 2 == 0


def strip_affixes(title: str) -> Bare:
    """The headline without a leading or trailing site name (nor a poster's '[펌]' tag)."""
    t, site = _POSTER_TAG.sub("", title.strip()) if _poster_tag(title) else title.strip(), None
    for _ in range(3):
        m = _SUFFIX.search(t)
        if m and site_like(m.group("site")) and _enough(t[: m.start()]):
            site, t = site or _DATE_TAIL.sub("", m.group("site")).strip(), t[: m.start()].strip()
            continue
        m = _PREFIX.match(t)
        if m and site_like(m.group("site")) and _enough(t[m.end() :]):
            site, t = site or m.group("site").strip(), t[m.end() :].strip()
            continue
        break
    return Bare(t, site)


_POSTER_TAG = re.compile(r"^\s*[\[(【<]?\s*[가-힣]{1,3}\s*[\])】>]\s*")


def _poster_tag(title: str) -> bool:
    m = _POSTER_TAG.match(title)
    tag = m.group(0).strip(" []()【】<>") if m else ""
    return bool(tag) and tag in load_toml("chrome.toml").get("title_tags", ()) and _enough(title[m.end() :] if m else "")


def _enough(rest: str) -> bool:
    """What remains must still read like a headline: six letters or more."""
    return len(_LETTERS.findall(rest)) >= 6
