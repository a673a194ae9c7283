"""Flattened Korean news text to a structured Article.

The page is read as lines. A header part (board repost metadata, outlet name,
headline, sub-headlines, byline, dateline) runs until the first paragraph that
reads like body text; the body part then runs to the footer (copyright,
"많이 본 뉴스", the closing byline), skipping chrome, captions and related lists
wherever they stand.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from malmoi.article import lines as L
from malmoi.article.dates import find_stamps
from malmoi.article.hints import Hints
from malmoi.article.outlets import outlet_from_dateline, outlet_index
from malmoi.model import Article, Caption, Page, Rejection, Related, Reporter, Repost

_SPACES = re.compile(r"[ \t]+")
HANGUL = re.compile(r"[가-힣]")
LETTER = re.compile(r"[A-Za-z가-힣\u3040-\u30ff\u4e00-\u9fff]")


def split_lines(text: str) -> list[str]:
    return [s for s in (_SPACES.sub(" ", x).strip() for x in text.split("\n")) if s]


def article_from_text(page: Page) -> Article | Rejection:
    return article_from_lines(split_lines(page.text or ""), page)


@dataclass(slots=True)
class _State:
    outlet_votes: Counter[str] = field(default_factory=Counter)
    title: str | None = None
    subtitles: list[str] = field(default_factory=list)
    section: str | None = None
    reporters: list[Reporter] = field(default_factory=list)
    published: str | None = None
    modified: str | None = None
    body: list[str] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    related: list[Related] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def add_reporters(self, reps: list[Reporter], weight: int = 3) -> None:
        for r in reps:
            known = next((x for x in self.reporters if x.name == r.name), None)
            if known is None:
                self.reporters.append(r)
            elif r.email and not known.email:
                known.email = r.email
            if r.email:
                o = outlet_index().email(r.email)
                if o:
                    self.outlet_votes[o.name] += weight + 1

    def add_date(self, pub: str | None, mod: str | None) -> None:
        if pub and (self.published is None or (len(pub) > len(self.published) and pub[:10] == self.published[:10])):
            self.published = pub
        if mod and self.modified is None:
            self.modified = mod


def language_of(text: str) -> str | None:
    letters = LETTER.findall(text[:20000])
    if len(letters) < 20:
        return None
    hangul = sum(1 for c in letters if HANGUL.match(c))
    if hangul / len(letters) >= 0.3:
        return "ko"
    latin = sum(1 for c in letters if c.isascii())
    if latin / len(letters) >= 0.6:
        return "en"
    kana = sum(1 for c in letters if "\u3040" <= c <= "\u30ff")
    return "ja" if kana else ("zh" if latin / len(letters) < 0.3 else None)


def article_from_lines(lines: list[str], page: Page, hints: Hints | None = None) -> Article | Rejection:
    hints = hints or Hints()
    text = "\n".join(lines)
    lang = language_of(text)
    if not lines:
        return Rejection(page.source, "empty", "the document has no text")
    if lang not in ("ko", None):
        return Rejection(page.source, "not_korean", f"the text is in another language ({lang}), not Korean")
    st = _State()
    repost, start = read_repost(lines, st)
    body_start = read_header(lines, start, st, repost)
    read_body(lines, body_start, st)
    merge_hints(st, hints)
    art = Article(
        id=page.record_id(),
        source=page.source,
        title=st.title,
        subtitles=st.subtitles,
        outlet=st.outlet_votes.most_common(1)[0][0] if st.outlet_votes else None,
        section=st.section,
        reporters=st.reporters,
        published=st.published,
        modified=st.modified,
        repost=repost,
        body=st.body,
        captions=st.captions,
        related=st.related,
        language=lang or "ko",
        warnings=page.warnings + hints.warnings + st.warnings,
    )
    if not art.body:
        if not art.title:
            return Rejection(page.source, "not_article", "no headline and no article text found")
        art.warnings.append("no article text found; only the headline")
    return art


def merge_hints(st: _State, h: Hints) -> None:
    if h.title:
        st.title = h.title
    if h.subtitles:
        st.subtitles = h.subtitles
    if h.outlet:
        st.outlet_votes[h.outlet] += 100
    st.section = h.section or st.section
    if h.reporters:
        st.reporters = h.reporters
    st.published = h.published or st.published
    st.modified = h.modified or st.modified
    if h.captions:
        seen = {c.text for c in h.captions}
        st.captions = h.captions + [c for c in st.captions if c.text not in seen]
    if h.related:
        st.related = h.related


# --- the board repost header -------------------------------------------------

_BOARD_BY = re.compile(r"^by\s+(?P<author>\S+)\s+posted\s+(?P<date>.+)$", re.I)
_BOARD_META = re.compile(r"^(?:작성자|글쓴이|닉네임|작성자명)\s*[:：]?\s*(?P<author>\S+)")
_BOARD_DATE = re.compile(r"^(?:작성일|등록일|작성시간|게시일)\s*[:：]?\s*(?P<date>.+)$")
_BOARD_TITLE = re.compile(r"^[(\[【]\s*(?P<pfx>[^)\]】]{2,30}?)\s*[)\]】]\s*(?P<title>.+?)(?:\s*(?:\.{2,}|…)\s*\[(?P<date>[\d./-]{8,10})\])?$")
_BOARD_SUFFIX = re.compile(r"\s*(?:\.{2,}|…)\s*\[(?P<date>[\d./-]{8,10})\]\s*$")


def read_repost(lines: list[str], st: _State) -> tuple[Repost | None, int]:
    """Board metadata at the top of a repost: its title, author and date."""
    rp = Repost()
    found = False
    last = -1
    for i, line in enumerate(lines[:12]):
        if m := _BOARD_BY.match(line):
            rp.author = m.group("author")
            stamps = find_stamps(m.group("date"))
            rp.posted = stamps[0].iso[:10] if stamps else m.group("date").strip()
            found, last = True, i
        elif (m := _BOARD_META.match(line)) and i < 8:
            rp.author = m.group("author")
            found, last = True, i
        elif (m := _BOARD_DATE.match(line)) and found:
            stamps = find_stamps(m.group("date"))
            rp.posted = stamps[0].iso[:10] if stamps else None
            last = i
        elif i == 0 and (m := _BOARD_TITLE.match(line)) and _board_prefix(m.group("pfx"), st):
            rp.title = line
            if m.group("date"):
                stamps = find_stamps(m.group("date"))
                rp.posted = stamps[0].iso[:10] if stamps else None
                found = True
            last = 0
        elif i == 0 and _BOARD_SUFFIX.search(line):
            rp.title = line
            found, last = True, 0
    if not found:
        return None, 0
    if rp.title and st.title is None:
        st.title = clean_board_title(rp.title)
    return rp, last + 1


def _board_prefix(pfx: str, st: _State) -> bool:
    """'(ZDNet 김미정)' or '[연합뉴스]': an outlet, maybe with the reporter's name."""
    words = pfx.split()
    o = outlet_index().alias(words[0]) if words else None
    if o is None:
        o = outlet_index().alias(pfx)
    if o is None:
        return False
    st.outlet_votes[o.name] += 2
    return True


def clean_board_title(title: str) -> str:
    t = _BOARD_SUFFIX.sub("", title)
    m = _BOARD_TITLE.match(t)
    if m and outlet_index().alias(m.group("pfx").split()[0]):
        t = m.group("title")
    return t.strip()


# --- the header: outlet, headline, sub-headlines, byline, dateline ------------

def body_like(line: str) -> bool:
    """A paragraph of article text rather than a headline or a label."""
    if L.WIRE_LEAD.match(line) and L.DATELINE_START.match(line):
        return True
    n = len(line)
    ends = line.rstrip("\"'”’)] ").endswith(("다.", "요.", "다", "죠.", "까?", "다.\"", "니다"))
    if n >= 100:
        return True
    return n >= 25 and ends and line.rstrip().endswith((".", "?", "!", "\"", "”", "’", "'"))


def read_header(lines: list[str], start: int, st: _State, repost: Repost | None) -> int:
    """Consume the header; return the index of the first body line."""
    heads: list[str] = []
    saw_meta = False
    board_title = st.title
    i = start
    while i < len(lines):
        line = lines[i]
        if L.is_chrome(line) or L.is_footer(line):
            i += 1
            continue
        if (o := outlet_index().alias(line)) is not None:
            st.outlet_votes[o.name] += 3
            i += 1
            continue
        if dl := L.date_line(line):
            st.add_date(dl.published, dl.modified)
            _header_rest(dl.rest, st)
            saw_meta = True
            i += 1
            continue
        if (reps := L.byline(line)) is not None:
            st.add_reporters(reps)
            saw_meta = True
            i += 1
            continue
        if L.is_section(line):
            st.section = st.section or line
            i += 1
            continue
        if body_like(line) and (heads or saw_meta or board_title):
            break
        if body_like(line) and not heads:
            break
        heads.append(line)
        i += 1
    _assign_heads(heads, st, board_title)
    return i


def _header_rest(rest: str, st: _State) -> None:
    """What stands beside the dates: a section ('컴퓨팅'), a byline, an outlet."""
    if not rest:
        return
    reps = L.byline(rest)
    if reps:
        st.add_reporters(reps)
        return
    o = outlet_index().mentioned(rest)
    if o:
        st.outlet_votes[o.name] += 2
        return
    word = rest.split()[0] if rest.split() else ""
    if 1 < len(word) <= 10 and HANGUL.search(word) and st.section is None:
        st.section = word


def _assign_heads(heads: list[str], st: _State, board_title: str | None) -> None:
    heads = [h for h in heads if not L.caption(h)]
    if not heads:
        return
    idx = 0
    if board_title:
        key = _fold(board_title)
        hit = next((k for k, h in enumerate(heads) if _fold(h) == key), None)
        if hit is None:
            hit = next((k for k, h in enumerate(heads) if key in _fold(h) or _fold(h) in key and len(h) > 8), None)
        idx = hit if hit is not None else -1
    if idx >= 0:
        st.title = strip_site_suffix(heads[idx])
        rest = heads[idx + 1 :]
    else:
        rest = heads
    st.subtitles = [h for h in rest if len(h) <= 150]


def _fold(s: str) -> str:
    return re.sub(r"[\W_]+", "", s)


_SITE_SUFFIX = re.compile(r"\s*(?:[|ㅣ｜]|\s-\s|::)\s*[^|ㅣ｜]{1,25}$")


def strip_site_suffix(title: str) -> str:
    m = _SITE_SUFFIX.search(title)
    if m and outlet_index().mentioned(m.group(0)):
        return title[: m.start()].strip()
    return title.strip()


# --- the body ----------------------------------------------------------------

def read_body(lines: list[str], i: int, st: _State) -> None:
    in_related = False
    first = True
    n = len(lines)
    while i < n:
        line = lines[i]
        i += 1
        if L.is_footer(line):
            break
        if L.is_copyright(line):
            o = outlet_index().mentioned(line)
            if o:
                st.outlet_votes[o.name] += 4
            if _no_more_body(lines, i):
                break
            continue
        if L.is_related_header(line):
            in_related = True
            continue
        if in_related:
            item = L.related_item(line, after_header=True)
            if item and not body_like(line):
                st.related.append(item)
                continue
            in_related = False
        if L.is_chrome(line):
            continue
        if (dl := L.date_line(line)) and not body_like(line):
            if len(st.body) <= 2 and all(len(b) < 120 for b in st.body) and st.body:
                _demote_to_heads(st)
            st.add_date(dl.published, dl.modified)
            _header_rest(dl.rest, st)
            continue
        if (reps := L.byline(line)) is not None:
            st.add_reporters(reps, weight=2)
            if st.body and _no_more_body(lines, i):
                break
            continue
        if cap := L.caption(line):
            st.captions.append(cap)
            continue
        if (item := L.related_item(line, after_header=False)) and not body_like(line) and RELATED_DATED(line):
            st.related.append(item)
            continue
        if first:
            line = _strip_lead(line, st)
            first = False
            if not line:
                continue
        st.body.append(line)


def RELATED_DATED(line: str) -> bool:  # noqa: N802 - reads as a predicate in the loop above
    return bool(L.RELATED_ITEM_DATE.search(line))


def _demote_to_heads(st: _State) -> None:
    """Short 'body' lines before a dateline were headline and sub-headlines."""
    moved = st.body[:]
    st.body.clear()
    if st.title is None:
        st.title = moved.pop(0) if moved else None
    st.subtitles.extend(moved)


def _strip_lead(line: str, st: _State) -> str:
    """'(서울=연합뉴스) 홍길동 기자 = …' and '[이데일리 홍길동 기자] …' are bylines, not body."""
    for split in (L.wire_lead, L.bracket_byline):
        res = split(line)
        if res:
            body, reps, outlet = res
            st.add_reporters(reps)
            if outlet:
                st.outlet_votes[outlet] += 5
            return body
    if d := outlet_from_dateline(line[:30]):
        st.outlet_votes[d[1]] += 5
    return line


def _no_more_body(lines: list[str], i: int) -> bool:
    """True when nothing after line i reads like article text."""
    for line in lines[i : i + 40]:
        if L.is_footer(line):
            return True
        if len(line) >= 60 and body_like(line) and not L.is_copyright(line) and not L.caption(line):
            return False
    return True
