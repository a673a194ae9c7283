"""A repost: the board, portal or blog copy's own metadata (site, author, posting
time, its title), from the page's address and the metadata lines at the top."""

from __future__ import annotations

import re
from collections.abc import Callable

from malmoi.article import lines as L
from malmoi.article.dates import find_stamps
from malmoi.article.draft import Draft
from malmoi.article.outlets import outlet_index
from malmoi.article.titles import strip_affixes
from malmoi.model import Repost

_BOARD_BY = re.compile(r"^by\s+(?P<author>\S+)\s+posted\s+(?P<date>.+)$", re.I)
_BOARD_META = re.compile(r"^(?:작성자|글쓴이|닉네임|작성자명)\s*[:：]?\s*(?P<author>\S+)")
_BOARD_DATE = re.compile(r"^(?:작성일|등록일|작성시간|게시일|등록시간|작성일시|등록일시)\s*[:：]?\s*(?P<date>.+)$")
_BOARD_TITLE = re.compile(r"^[(\[【]\s*(?P<pfx>[^)\]】]{2,30}?)\s*[)\]】]\s*(?P<title>.+?)(?:\s*(?:\.{2,}|…)\s*\[(?P<date>[\d./-]{8,10})\])?$")
_BOARD_SUFFIX = re.compile(r"\s*(?:\.{2,}|…)\s*\[(?P<date>[\d./-]{8,10})\]\s*$")


_BOARD_TITLE_LINE = re.compile(r"^(?:제목|글제목)\s*[:：]\s*(?P<t>.+)$")
_BOARD_SITE = re.compile(r"(?:게시판|갤러리|커뮤니티|포럼|카페|자유게시판|유머|이슈)$")
_NICK = re.compile(r"^[^\s]{2,20}$")


def read_repost(lines: list[str], st: Draft) -> tuple[Repost | None, set[int]]:
    """Board metadata at the top of a repost: its title, author and date (and the lines they took).
    Each line is tried against the readers in turn; the first that knows it takes it."""
    rp = Repost()
    used: set[int] = set()
    for i in range(min(len(lines), 14)):
        any(reader(lines, i, rp, used, st) for reader in _READERS)
    if rp.author is not None:
        for i, line in enumerate(lines[:14]):
            if (m := _BOARD_DATE.match(line)) and i not in used:
                rp.posted = rp.posted or _day(m.group("date"))
                used.add(i)
    if rp.author is None and not (rp.title and rp.posted):
        return None, set()
    if rp.title and st.title is None:
        st.title = clean_board_title(rp.title)
    return rp, used


def _by_line(lines: list[str], i: int, rp: Repost, used: set[int], st: Draft) -> bool:
    """'by NICK posted Jun 10, 2023'."""
    if not (m := _BOARD_BY.match(lines[i])):
        return False
    rp.author = m.group("author")
    rp.posted = _day(m.group("date")) or m.group("date").strip()
    used.add(i)
    return True


def _meta_line(lines: list[str], i: int, rp: Repost, used: set[int], st: Draft) -> bool:
    """'작성자 : NICK' (with the posting date on it or on the next line)."""
    if i >= 10 or not (m := _BOARD_META.match(lines[i])):
        return False
    rp.author = m.group("author")
    rp.posted = rp.posted or _day(lines[i])
    used.add(i)
    if rp.posted is None and i + 1 < len(lines) and (dl := L.date_line(lines[i + 1])) and not dl.rest:
        rp.posted = _day(lines[i + 1])  # '글쓴이 : 책벌레아재' then '2025.03.11. 오후 8:06'
        used.add(i + 1)
    return True


def _title_line(lines: list[str], i: int, rp: Repost, used: set[int], st: Draft) -> bool:
    """'제목 : …', '(ZDNet 김미정) …', '[연합뉴스] …...[2023.06.10]'."""
    line = lines[i]
    if rp.title is None and i < 6 and (m := _BOARD_TITLE_LINE.match(line)):
        rp.title = m.group("t").strip()
    elif rp.title is None and i < 6 and (m := _BOARD_TITLE.match(line)) and _board_prefix(m.group("pfx"), st):
        rp.title = line
        rp.posted = _day(m.group("date")) if m.group("date") else rp.posted
    elif i == 0 and _BOARD_SUFFIX.search(line):
        rp.title = line
    else:
        return False
    used.add(i)
    return True


def _nick_line(lines: list[str], i: int, rp: Repost, used: set[int], st: Draft) -> bool:
    """A nickname under the board title, then the posting date."""
    if not (rp.title and i - 1 in used and rp.author is None and _NICK.match(lines[i])):
        return False
    if i + 1 >= len(lines) or not L.date_line(lines[i + 1]):
        return False
    rp.author = lines[i]
    rp.posted = _day(lines[i + 1])
    used.update((i, i + 1))
    return True


def _site_line(lines: list[str], i: int, rp: Repost, used: set[int], st: Draft) -> bool:
    """'자유게시판', '유머 게시판' near the top."""
    line = lines[i]
    if i >= 3 or rp.site is not None or len(line) > 20 or not _BOARD_SITE.search(line):
        return False
    rp.site = line
    used.add(i)
    return True


_READERS: tuple[Callable[[list[str], int, Repost, set[int], Draft], bool], ...] = (
    _by_line, _meta_line, _title_line, _nick_line, _site_line,
)


def _day(text: str) -> str | None:
    stamps = find_stamps(text)
    return stamps[0].iso[:10] if stamps else None


def _board_prefix(pfx: str, st: Draft) -> bool:
    """'(ZDNet 김미정)' or '[연합뉴스]': an outlet, maybe with the reporter's name."""
    words = pfx.split()
    o = outlet_index().alias(words[0]) if words else None
    if o is None:
        o = outlet_index().alias(pfx)
    if o is None:
        return False
    st.votes.add("board_prefix", o.name)
    return True


def clean_board_title(title: str) -> str:
    """The board's title without its date suffix, its outlet prefix, a poster's tag or a site name."""
    t = _BOARD_SUFFIX.sub("", title).strip()
    m = _BOARD_TITLE.match(t)
    if m and outlet_index().alias(m.group("pfx").split()[0]):
        t = m.group("title")
    return strip_affixes(t.strip()).title
