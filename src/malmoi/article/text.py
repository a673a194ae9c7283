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
from malmoi.article.dates import find_stamps, labelled_stamps
from malmoi.article.hints import Hints
from malmoi.article.outlets import outlet_from_dateline, outlet_index
from malmoi.korean.labels import label_shape
from malmoi.model import Article, Caption, Page, Rejection, Related, Reporter, Repost

_SPACES = re.compile(r"[ \t]+")
HANGUL = re.compile(r"[가-힣]")


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
    turns: set[int] = field(default_factory=set)
    captions: list[Caption] = field(default_factory=list)
    related: list[Related] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def add_emails(self, emails: list[str]) -> None:
        """E-mails on a line of their own belong to the reporters that have none yet."""
        for e in emails:
            if any(r.email == e for r in self.reporters):
                continue
            bare = next((r for r in self.reporters if not r.email), None)
            if bare is not None:
                bare.email = e
            o = outlet_index().email(e)
            if o:
                self.outlet_votes[o.name] += 1

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
                    self.outlet_votes[o.name] += 1 if outlet_index().shared(r.email) else weight + 1

    def add_date(self, pub: str | None, mod: str | None) -> None:
        if pub and (self.published is None or len(pub) > 10 >= len(self.published)):
            self.published = pub  # a time beats a bare date (an edition's 발행일)
        if mod and self.modified is None:
            self.modified = mod


_HANGUL_RUN = re.compile(r"[가-힣]")
_LATIN = re.compile(r"[A-Za-z]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def language_of(text: str) -> str | None:
    """'ko' when Hangul makes up at least 30% of the letters (counted in C by the regex engine)."""
    sample = text[:20000]
    hangul, latin = len(_HANGUL_RUN.findall(sample)), len(_LATIN.findall(sample))
    kana, han = len(_KANA.findall(sample)), len(_HAN.findall(sample))
    letters = hangul + latin + kana + han
    if letters < 20:
        return None
    if hangul / letters >= 0.3:
        return "ko"
    if latin / letters >= 0.6:
        return "en"
    return "ja" if kana else ("zh" if han > latin else None)


def article_from_lines(lines: list[str], page: Page, hints: Hints | None = None) -> Article | Rejection:
    hints = hints or Hints()
    text = "\n".join(lines)
    lang = language_of(text)
    if not lines:
        return Rejection(page.source, "empty", "the document has no text")
    if lang not in ("ko", None):
        return Rejection(page.source, "not_korean", f"the text is in another language ({lang}), not Korean")
    st = _State()
    repost, used = read_repost(lines, st)
    body_start = read_header(lines, used, st, repost)
    read_body(lines, body_start, st)
    merge_hints(st, hints)
    if not st.outlet_votes:
        _brand_mentions(lines, st)
    st.body = _unique(st.body)
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
        turns=st.turns,
    )
    if not art.body:
        if not art.title:
            return Rejection(page.source, "not_article", "no headline and no article text found")
        art.warnings.append("no article text found; only the headline")
    return art


def _brand_mentions(lines: list[str], st: _State) -> None:
    """No masthead, dateline, e-mail or copyright named the outlet: a short line that does
    ('JTBC 핫클릭', 'ⓒ mbn', '/ YTN') is the last resort."""
    body = set(st.body)
    for line in lines:
        if line not in body and len(line) <= 40 and (o := outlet_index().mentioned(line)):
            st.outlet_votes[o.name] += 1


def _unique(paragraphs: list[str]) -> list[str]:
    """A page that prints a paragraph twice (a summary box, a repeated lead) has it once in the body."""
    seen: set[str] = set()
    out = []
    for p in paragraphs:
        key = _fold(p)
        if len(key) >= 20 and key in seen:
            continue
        seen.add(key)
        out.append(p)
    return out


def merge_hints(st: _State, h: Hints) -> None:
    if h.title:
        st.title = h.title
    if h.subtitles:
        st.subtitles = h.subtitles
    if h.outlet:
        st.outlet_votes[h.outlet] += 100
    st.section = h.section or st.section
    if h.reporters:
        found = {r.name: r.email for r in st.reporters}
        for r in h.reporters:
            r.email = r.email or found.get(r.name)
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
_BOARD_DATE = re.compile(r"^(?:작성일|등록일|작성시간|게시일|등록시간|작성일시|등록일시)\s*[:：]?\s*(?P<date>.+)$")
_BOARD_TITLE = re.compile(r"^[(\[【]\s*(?P<pfx>[^)\]】]{2,30}?)\s*[)\]】]\s*(?P<title>.+?)(?:\s*(?:\.{2,}|…)\s*\[(?P<date>[\d./-]{8,10})\])?$")
_BOARD_SUFFIX = re.compile(r"\s*(?:\.{2,}|…)\s*\[(?P<date>[\d./-]{8,10})\]\s*$")


_BOARD_TITLE_LINE = re.compile(r"^(?:제목|글제목)\s*[:：]\s*(?P<t>.+)$")
_BOARD_SITE = re.compile(r"(?:게시판|갤러리|커뮤니티|포럼|카페|자유게시판|유머|이슈)$")
_NICK = re.compile(r"^[^\s]{2,20}$")


def read_repost(lines: list[str], st: _State) -> tuple[Repost | None, set[int]]:
    """Board metadata at the top of a repost: its title, author and date (and the lines they took)."""
    rp = Repost()
    used: set[int] = set()
    head = lines[:14]
    for i, line in enumerate(head):
        if m := _BOARD_BY.match(line):
            rp.author = m.group("author")
            rp.posted = _day(m.group("date")) or m.group("date").strip()
            used.add(i)
        elif (m := _BOARD_META.match(line)) and i < 10:
            rp.author = m.group("author")
            rp.posted = rp.posted or _day(line)
            used.add(i)
            if rp.posted is None and i + 1 < len(lines) and (dl := L.date_line(lines[i + 1])) and not dl.rest:
                rp.posted = _day(lines[i + 1])  # '글쓴이 : 책벌레아재' then '2025.03.11. 오후 8:06'
                used.add(i + 1)
        elif rp.title is None and i < 6 and (m := _BOARD_TITLE_LINE.match(line)):
            rp.title = m.group("t").strip()
            used.add(i)
        elif rp.title is None and i < 6 and (m := _BOARD_TITLE.match(line)) and _board_prefix(m.group("pfx"), st):
            rp.title = line
            rp.posted = _day(m.group("date")) if m.group("date") else rp.posted
            used.add(i)
        elif i == 0 and _BOARD_SUFFIX.search(line):
            rp.title = line
            used.add(0)
        elif rp.title and i - 1 in used and rp.author is None and _NICK.match(line) and i + 1 < len(lines) and L.date_line(lines[i + 1]):
            # a nickname under the board title, then the posting date
            rp.author = line
            rp.posted = _day(lines[i + 1])
            used.update((i, i + 1))
        elif i < 3 and rp.site is None and len(line) <= 20 and _BOARD_SITE.search(line):
            rp.site = line
            used.add(i)
    if rp.author is not None:
        for i, line in enumerate(head):
            if (m := _BOARD_DATE.match(line)) and i not in used:
                rp.posted = rp.posted or _day(m.group("date"))
                used.add(i)
    if rp.author is None and not (rp.title and rp.posted):
        return None, set()
    if rp.title and st.title is None:
        st.title = clean_board_title(rp.title)
    return rp, used


def _day(text: str) -> str | None:
    stamps = find_stamps(text)
    return stamps[0].iso[:10] if stamps else None


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
    t = _BOARD_SUFFIX.sub("", title).strip()
    m = _BOARD_TITLE.match(t)
    if m and outlet_index().alias(m.group("pfx").split()[0]):
        t = m.group("title")
    return t.strip()


# --- the header: outlet, headline, sub-headlines, byline, dateline ------------

_SENTENCE_INSIDE = re.compile(r"[다요]\.\s+\S")


def body_like(line: str) -> bool:
    """A paragraph of article text rather than a headline or a label."""
    if L.WIRE_LEAD.match(line) and L.DATELINE_START.match(line):
        return True
    n = len(line)
    ends = line.rstrip("\"'”’)] |").endswith(("다.", "요.", "다", "죠.", "까?", "다.\"", "니다"))
    if n >= 100 or (n >= 40 and _SENTENCE_INSIDE.search(line)):
        return True
    return n >= 25 and ends and line.rstrip().endswith((".", "?", "!", "\"", "”", "’", "'"))


def read_header(lines: list[str], used: set[int], st: _State, repost: Repost | None) -> int:
    """Consume the header; return the index of the first body line.

    The header runs to the last byline or dateline that comes before the
    article's text (at most two text-like lines before it: a board user's
    note, a long sub-headline), then to the first line that reads like text.
    """
    start = 0
    anchor = _header_anchor(lines, used)
    heads: list[tuple[int, str]] = []
    sections: list[tuple[int, str]] = []
    saw_meta = False
    board_title = st.title
    i = start
    while i < len(lines):
        line = lines[i]
        if i in used or L.is_chrome(line) or L.is_footer(line) or L.is_copyright(line):
            i += 1
            continue
        if (o := outlet_index().alias(line)) is not None:
            st.outlet_votes[o.name] += 8 if not heads else 3  # the masthead above the headline
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
            st.add_emails([e for e in L.EMAIL.findall(line) if all(r.email != e for r in reps)])
            saw_meta = True
            i += 1
            continue
        if sec := _section_of(line):
            sections.append((i, sec))
            i += 1
            continue
        if (cap := L.caption(line)) is not None and (heads or board_title) and strip_site_suffix(line) == line:
            st.captions.append(cap)
            i += 1
            continue
        if (credit := L.credit_line(line)) is not None:
            if heads and (L.caption(heads[-1][1] + " " + credit) is not None or len(heads[-1][1]) > 30):
                st.captions.append(Caption(heads.pop()[1], credit))
            i += 1
            continue
        if i > anchor and (heads or saw_meta or board_title) and (body_like(line) or _speaker_label(line)):
            break
        if i > anchor and body_like(line) and not heads:
            break
        heads.append((i, line))
        i += 1
    title_at = _assign_heads([h for _, h in heads], st, board_title)
    if st.section is None:
        st.section = _section_before(sections, heads, heads[title_at][0] if title_at is not None else None)
    return i


def _section_before(sections: list[tuple[int, str]], heads: list[tuple[int, str]], title_line: int | None) -> str | None:
    """The section is named by the short lines right above the headline: the first of
    them ('세계', '아시아·호주'), or the last of a whole menu ('경제', '사회', …, '정치')."""
    if title_line is None:
        return None
    short = {k: h for k, h in heads if _short_label(h)}
    named = dict(sections) | short
    block: list[str] = []
    k = title_line - 1
    while k in named:
        block.insert(0, named[k])
        k -= 1
    if not block:
        # a section line elsewhere in the header ('뉴스 9', '사회'), but not in the site's menu
        loose = [sec for k, sec in _without_menus(sections)]
        return loose[-1] if loose else None
    return block[-1].split()[0]  # the most specific: '사회' > '노동' gives '노동'


def _speaker_label(line: str) -> bool:
    """A broadcast speaker label starts the spoken body: '▶ 인터뷰 : 이름 / 직함', '[이름 / 직함 : …]'."""
    return label_shape(line)


def _without_menus(sections: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A run of four or more section names in a row is the site's menu."""
    out: list[tuple[int, str]] = []
    run: list[tuple[int, str]] = []
    for item in [*sections, (10**9, "")]:
        if run and item[0] != run[-1][0] + 1:
            if len(run) < 4:
                out.extend(run)
            run = []
        run.append(item)
    return out


def _short_label(line: str) -> bool:
    return (
        len(line) <= 6 and " " not in line and bool(HANGUL.search(line)) and "뉴스" not in line
        and not re.search(r"\d", line) and outlet_index().alias(line) is None
    )


def _header_anchor(lines: list[str], used: set[int]) -> int:
    """Index of the last header byline/dateline: one with at most two short text-like lines
    before it (a board user's note, a long sub-headline) and article text after it."""
    anchor = -1
    texty = 0
    for k in range(min(len(lines), 60)):
        line = lines[k]
        if k in used or L.is_chrome(line):
            continue
        if L.date_line(line) or (L.byline(line) is not None and not L.EMAIL.search(line)):
            if texty <= 2 and _text_follows(lines, k):
                anchor = k
            continue
        if body_like(line):
            texty += 1 if len(line) < 80 else 3  # a long paragraph is never part of a header
            if texty > 2:
                break
    return anchor


def _text_follows(lines: list[str], k: int) -> bool:
    """Article text within the next eight lines that are not chrome."""
    seen = 0
    for x in lines[k + 1 : k + 60]:
        if L.is_chrome(x):
            continue
        if body_like(x) and len(x) >= 40 and not L.is_copyright(x):
            return True
        seen += 1
        if seen >= 8:
            break
    return False


_BREADCRUMB = re.compile(r"^(?:홈|HOME|Home|뉴스|전체)?\s*[>›»]\s*(.+)$")


def _section_of(line: str) -> str | None:
    """'정치', '홈 > 사회', '경제 > 금융': the section a header line names."""
    m = _BREADCRUMB.match(line)
    if m and len(line) <= 30:
        parts = [p.strip() for p in re.split(r"[>›»]", m.group(1)) if p.strip()]
        return parts[-1] if parts else None
    if L.is_section(line):
        parts = [p.strip() for p in re.split(r"[>›»/|ㅣ]", line) if p.strip()]
        return parts[-1]
    words = line.split()
    if 2 <= len(words) <= 3 and len(line) <= 20 and words[0] in L.sections():
        return words[0]  # '정치 국회·정당'
    return None


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
    if word in L.sections() and st.section is None:
        st.section = word


def _assign_heads(heads: list[str], st: _State, board_title: str | None) -> int | None:
    """Pick the headline among the header's text lines; the lines after it are sub-headlines."""
    heads = [h for h in heads if not L.caption(h) or strip_site_suffix(h) != h]
    if not heads:
        return None
    idx: int | None = None
    if board_title:
        key = _fold(board_title)
        idx = next((k for k, h in enumerate(heads) if _fold(strip_site_suffix(h)) == key), None)
        if idx is None:
            idx = next((k for k, h in enumerate(heads) if len(h) > 8 and (key in _fold(h) or _fold(h) in key)), None)
    if idx is None and not board_title:
        idx = _best_headline(heads)
        if idx is None:
            longest = max(range(len(heads)), key=lambda k: len(heads[k]))
            idx = None if body_like(heads[longest]) or len(heads[longest]) < 8 else longest
    if idx is not None:
        bare = strip_site_suffix(heads[idx])
        if bare != heads[idx] and (o := outlet_index().mentioned(heads[idx][len(bare) :])):
            st.outlet_votes[o.name] += 5  # '… / YTN', '… | 한국일보'
        st.title = _strip_outlet_prefix(bare, st)
        rest = heads[idx + 1 :]
    else:
        rest = heads
    seen = {_fold(st.title or "")}
    st.subtitles = []
    for h in rest:
        if subtitle_like(h) and _fold(h) not in seen:  # a headline printed twice is one headline
            st.subtitles.append(h)
            seen.add(_fold(h))
    return idx


def _strip_outlet_prefix(title: str, st: _State) -> str:
    """'연합뉴스TV 이 총리 "…"': the outlet's name before the headline."""
    first, _, rest = title.partition(" ")
    o = outlet_index().alias(first)
    if o is not None and len(rest) >= 8:
        st.outlet_votes[o.name] += 4
        return rest
    return title


def _best_headline(heads: list[str]) -> int | None:
    """The first line that reads like a headline; a short kicker ('방송기자클럽 토론회') gives way
    to a fuller headline right after it."""
    cands = [k for k, h in enumerate(heads) if headline_like(h)]
    if not cands:
        return None
    first = cands[0]
    if len(heads[first]) < 15 or len(heads[first].split()) <= 2:
        fuller = [k for k in cands[1:3] if len(heads[k]) >= 15 and len(heads[k].split()) >= 3]
        if fuller:
            return fuller[0]
    return first


def headline_like(line: str) -> bool:
    """A headline: a dozen characters or more, several words, not a sentence of chatter."""
    if len(line) < 10 or len(line.split()) < 2 or len(line) > 150:
        return False
    if line.endswith(("요.", "요", "다.", "니다")) and not re.search(r"[\"”’']$", line):
        return line.endswith("다") and "…" in line
    return not re.search(r"[>›»]", line)


def subtitle_like(line: str) -> bool:
    return 8 <= len(line) <= 150 and len(line.split()) >= 2 and not L.EMAIL.search(line)


def _fold(s: str) -> str:
    return re.sub(r"[\W_]+", "", s)


_SITE_SUFFIX = re.compile(r"\s*(?:[|ㅣ｜/]|\s-\s|::)\s*[^|ㅣ｜/]{1,25}$")


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
    last_body_line = -1
    while i < n:
        line = lines[i]
        i += 1
        if L.is_footer(line):
            break
        if L.is_copyright(line) and not _photo_credit(line):
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
        if (credit := L.credit_line(line)) is not None:
            _attach_credit(st, credit, last_body_line == i - 2)
            continue
        if L.TURN_MARKER.match(line):
            st.turns.add(len(st.body))  # the anchor or the reporter takes the word: a speaker's turn ends
            continue
        if L.is_chrome(line) and not L.EMAIL.search(line):
            continue
        if src := _SOURCE_LINE.match(line):
            _source_line(src.group("rest"), st)
            continue
        if (dl := L.date_line(line)) and not body_like(line):
            if len(st.body) <= 2 and all(len(b) < 120 for b in st.body) and st.body:
                _demote_to_heads(st)
            st.add_date(dl.published, dl.modified)
            _header_rest(dl.rest, st)
            continue
        if (reps := L.byline(line)) is not None:
            st.add_reporters(reps, weight=2)
            st.add_emails([e for e in L.EMAIL.findall(line) if all(r.email != e for r in reps)])
            if (m := L.SIGNOFF.match(line)) and (o := outlet_index().alias(m.group("outlet"))):
                st.outlet_votes[o.name] += 4
            if st.body and _no_more_body(lines, i):
                break
            continue
        if cap := L.caption(line):
            st.captions.append(cap)
            continue
        if len(line) <= 80 and (emails := L.EMAIL.findall(line)) and not body_like(line):
            st.add_emails(emails)  # 'sky2024@yna.co.kr', '◎공감언론 뉴시스 kny@newsis.com'
            continue
        if L.is_chrome(line):
            continue
        if (item := L.related_item(line, after_header=False)) and not body_like(line) and RELATED_DATED(line):
            st.related.append(item)
            continue
        if first:
            line = _strip_lead(line, st)
            first = False
            if not line:
                continue
        if m := L.REPORTER_INTRO.match(line):
            st.add_reporters([Reporter(m.group("name"))])
        st.body.append(line)
        last_body_line = i - 1
    _related_after(lines, i, st)
    _emails_after(lines, i, st)


_SOURCE_LINE = re.compile(r"^(?:출처|원문 출처|기사 출처|원문|기사원문)\s*[:：]\s*(?P<rest>.{2,120})$")


def _source_line(rest: str, st: _State) -> None:
    """'출처: 머니투데이 하윤재 기자 (기사입력 2025-12-05 06:00)': the original's outlet, byline and time."""
    o = outlet_index().mentioned(rest)
    if o:
        st.outlet_votes[o.name] += 10
    st.add_reporters(L.reporters_in(rest), weight=0)
    for kind, stamp in labelled_stamps(rest):
        if kind == "modified":
            st.modified = stamp.iso
        else:
            st.published = stamp.iso


def _photo_credit(line: str) -> bool:
    """'… 확인하고 있다. ⓒ시사IN 조남진': a caption whose credit carries the ⓒ sign."""
    cap = L.caption(line)
    return cap is not None and len(cap.text) >= 15 and not any(w in line for w in ("무단", "재배포", "저작권", "Copyright", "rights"))


def _attach_credit(st: _State, credit: str, body_just_before: bool) -> None:
    """A credit line under a caption: the line before it was the caption."""
    if body_just_before and st.body and len(st.body[-1]) <= 250:
        st.captions.append(Caption(st.body.pop(), credit))
    elif st.captions and not st.captions[-1].credit:
        st.captions[-1].credit = credit


def _emails_after(lines: list[str], i: int, st: _State) -> None:
    """The footer below the body: the closing byline gives e-mails of known reporters
    ('최다인 기자 dain@kbs.co.kr'); e-mail domains and copyright lines name the outlet;
    a dateline there gives the times when the header did not."""
    known = {r.name: r for r in st.reporters}
    for line in lines[i : i + 30]:
        emails = L.EMAIL.findall(line)
        for r in L.reporters_in(line) if emails else []:
            if r.name in known and r.email and not known[r.name].email:
                known[r.name].email = r.email
        if emails and L.EMAIL.fullmatch(line.strip()) and lines.index(line, i) - i < 2:
            st.add_emails(emails)  # the e-mail under the closing byline
        for e in emails:
            if o := outlet_index().email(e):
                st.outlet_votes[o.name] += 1 if outlet_index().shared(e) else 2
        if L.is_copyright(line) and (o := outlet_index().mentioned(line)):
            st.outlet_votes[o.name] += 4
        if st.published is None and (dl := L.date_line(line)):
            st.add_date(dl.published, dl.modified)


def _related_after(lines: list[str], i: int, st: _State) -> None:
    """Related-article lists often stand after the closing byline or the footer."""
    in_related = False
    for line in lines[i:]:
        if L.is_related_header(line):
            in_related = True
            continue
        if not in_related:
            continue
        item = L.related_item(line, after_header=False)
        if item and L.RELATED_ITEM_DATE.search(line) and item.title not in {r.title for r in st.related}:
            st.related.append(item)
        elif not L.is_chrome(line):
            in_related = False


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
    for split in (L.wire_lead, L.bracket_byline, L.outlet_lead):
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
