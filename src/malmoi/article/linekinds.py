"""What kind of line a line of a flattened page is, before any decision is taken.

:func:`classify` gives every line its kinds (chrome, date line, byline, caption,
credit, speaker label, headline candidate, text); the header, body and footer
readers then decide with the whole page in view instead of testing one line
after another in an order that decides by accident.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from malmoi.article import lines as L
from malmoi.article.outlets import Outlet, outlet_index
from malmoi.korean.labels import label_shape
from malmoi.model import Reporter

_SENTENCE_INSIDE = re.compile(r"[다요]\.\s+\S")


def body_like(line: str) -> bool:
    """A paragraph of article text rather than a headline or a label."""
    if L.WIRE_LEAD.match(line) and L.DATELINE_START.match(line):
        return True
    if _DIGEST_ITEM.match(line):
        return True  # '“…” - 배수민 상인회장(2월 27일 총회에서)': a saying of a weekly digest
    n = len(line)
    ends = line.rstrip("\"'”’)] |").endswith(("다.", "요.", "다", "죠.", "까?", "다.\"", "니다"))
    if n >= 100 or (n >= 40 and _SENTENCE_INSIDE.search(line)):
        return True
    if n >= 40 and _NOTE_END.search(line) and len(line.split()) >= 6:
        return True  # '…느꼈다고 저마다 한마디.', '…기대를 피력.': a column's note-style sentence
    tail = line.rstrip()
    if tail.endswith(("\"", "”", "’", "'")) and not re.search(r"[.?!…~]\s*[\"”’']$", tail) and _QUOTE_HEADLINE.match(tail):
        return False  # '한빛전자 대표 “확률 공개, 숨길 이유 없다”': a headline with a quote, not a sentence
    return n >= 25 and ends and tail.endswith((".", "?", "!", "\"", "”", "’", "'"))


_NOTE_END = re.compile(r"[가-힣]{2}\.$")
# a speaker phrase and one quote in marks with no sentence end: the shape of a headline
_QUOTE_HEADLINE = re.compile(r"^[^\"“”'‘’.?!]{1,30}\s?[\"“'‘][^\"“”'‘’]+[\"”'’]$")


_QUOTE_END = re.compile(r"[\"”’']$")
_BREADCRUMB = re.compile(r"\s[>›»]\s|^[^<]*[›»]|^[^<>]{1,12}>[^>]")
_DIGEST_ITEM = re.compile(r"^[●▲■◆○·\-]?\s*[“\"][^”\"]{2,300}[”\"]\s*[-–—]\s*[가-힣A-Za-z]{2,}[^()]{0,40}(?:\(.{2,80}\))?\s*$")


def headline_like(line: str) -> bool:
    """A headline: a dozen characters or more, several words, not a sentence of chatter."""
    if len(line) < 10 or len(line.split()) < 2 or len(line) > 150:
        return False
    if line.endswith(("요.", "요", "다.", "니다")) and not _QUOTE_END.search(line):
        return line.endswith("다") and "…" in line
    if ">" not in line and "›" not in line and "»" not in line:
        return True  # each of _BREADCRUMB's shapes holds one of these
    return not _BREADCRUMB.search(line)  # '홈 > 사회 > 노동' is a path, '<속보> …' a tag


def subtitle_like(line: str) -> bool:
    return 8 <= len(line) <= 150 and len(line.split()) >= 2 and not L.EMAIL.search(line)


_NOT_WORD = re.compile(r"[\W_]+")


def fold(s: str) -> str:
    return _NOT_WORD.sub("", s)


@dataclass(slots=True)
class LineInfo:
    """Every kind a line can be, found before any decision is taken (the readers only read it;
    not frozen: a page makes hundreds and a frozen class is three times slower to make)."""

    text: str
    date: L.DateLine | None  # a dateline (counters glued to it left out)
    glued: tuple[str, str] | None  # a labelled date glued to a line of text: (iso, the text)
    chrome: bool
    footer: bool
    copyright: bool
    outlet: Outlet | None  # the line is only an outlet's name
    byline: list[Reporter] | None
    label: bool  # a broadcast speaker label
    texty: bool  # reads like a paragraph of article text
    headline: bool  # could be a headline

    @property
    def meta(self) -> bool:
        """A date line or a byline: what surrounds the headline and closes the article."""
        return self.date is not None or self.byline is not None


def classify(lines: list[str]) -> list[LineInfo]:
    """Each line's kinds, once; the readers look them up with the whole page in view."""
    infos = [_info(line) for line in lines]
    for i, info in enumerate(infos):
        if info.date is not None and _weather_follows(infos, i):
            info.date, info.chrome = None, True  # '2024.05.17 (금)' over a weather widget: the site's today
        if _PREV_NEXT.match(info.text.strip()):
            info.chrome = True  # '[이전 글]', '다음글': a blog's links to its other posts; the title after it is one
            nxt = next((x for x in infos[i + 1 : i + 3] if x.text.strip()), None)
            if nxt is not None and not nxt.text.rstrip().endswith(("다.", "요.")):
                nxt.chrome, nxt.date, nxt.headline = True, None, False
    return infos


_PREV_NEXT = re.compile(r"^[\[<(【]?\s*(?:이전|다음|윗|아랫)\s?(?:글|기사|포스트)\s*[\]>)】]?\s*[:：]?$")


def _weather_follows(infos: list[LineInfo], i: int) -> bool:
    """The next line with text is a weather widget's ('• 맑음서울 12.5℃')."""
    for nxt in infos[i + 1 : i + 4]:
        if nxt.text.strip():
            return nxt.chrome and "℃" in nxt.text
    return False


# '서하준 앵커 (2015년 4월 1일)': an older broadcast's bite, its speaker and its day; no date line
ARCHIVE_BITE = re.compile(r"^[가-힣]{2,4}\s[가-힣A-Za-z]{1,10}\s?\(\d{4}[년.\-/][^()]{0,30}\)$")


def _info(line: str) -> LineInfo:
    archive = ARCHIVE_BITE.match(line.strip()) is not None and "기자" not in line
    date = None if archive else L.date_line(line)
    return LineInfo(
        text=line,
        date=date,
        glued=None if date or archive else L.glued_date(line),
        chrome=L.is_chrome(line),
        footer=L.is_footer(line),
        copyright=L.is_copyright(line),
        outlet=outlet_index().alias(line),
        byline=L.byline(line),
        label=archive or label_shape(line),
        texty=body_like(line),
        headline=headline_like(line),
    )


def next_kind(infos: list[LineInfo], i: int, step: int = 1) -> LineInfo | None:
    """The nearest line before (step -1) or after (step 1) line i that is not chrome."""
    k = i + step
    while 0 <= k < len(infos):
        if not infos[k].chrome or infos[k].date is not None:
            return infos[k]
        k += step
    return None


def credits_outlet(infos: list[LineInfo], i: int) -> bool:
    """An outlet's name standing beside a byline or dateline is the article's credit
    (the organisation that wrote it), not a site's masthead."""
    return any(n is not None and n.meta for n in (next_kind(infos, i, -1), next_kind(infos, i, 1)))
