"""The header of a flattened page: outlet, headline, sub-headlines, section,
byline and dateline, up to the first line of article text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from malmoi.article import lines as L
from malmoi.article.draft import Draft
from malmoi.article.linekinds import (
    LineInfo,
    body_like,
    credits_outlet,
    fold,
    headline_like,
    subtitle_like,
)
from malmoi.article.outlets import outlet_index
from malmoi.article.titles import strip_affixes
from malmoi.model import Caption, Reporter

HANGUL = re.compile(r"[가-힣]")

@dataclass(slots=True)
class _Header:
    heads: list[tuple[int, str]] = field(default_factory=list)
    sections: list[tuple[int, str]] = field(default_factory=list)
    saw_meta: bool = False
    board_title: str | None = None


def read_header(infos: list[LineInfo], used: set[int], st: Draft) -> int:
    """Consume the header; return the index of the first body line.

    The header runs to the last byline or dateline that comes before the
    article's text (at most two text-like lines before it: a board user's
    note, a long sub-headline), then to the first line that reads like text.
    """
    anchor = _header_anchor(infos, used)
    h = _Header(board_title=st.title)
    i = 0
    while i < len(infos):
        if i not in used and not _header_line(infos, i, st, h, anchor):
            break
        i += 1
    title_at = _assign_heads([x for _, x in h.heads], st, h.board_title)
    if st.section is None:
        st.section = _section_before(h.sections, h.heads, h.heads[title_at][0] if title_at is not None else None)
    return i


def _ends_header(texty: bool, label: bool, i: int, anchor: int, h: _Header) -> bool:
    """A line of text or a speaker label (never a headline) after the header's last
    byline/dateline starts the body."""
    if i <= anchor or not (texty or label):
        return False
    return bool(h.heads or h.saw_meta or h.board_title) or not h.heads


_QUESTION_LINE = re.compile(r"^\s*Q\s?[.:]?\s?[가-힣]")  # 'Q 생애 첫 4강에 올랐다…': a printed interview starts
_SENTENCE_END = re.compile(r"[가-힣](?<![니요])다\.[\"”’']?$")  # notices to the reader end politely (…니다.)


def _short_sentence(line: str) -> bool:
    """'정다움 위원장은 "예산이 모자란다"고 했다.': a sentence too short for a paragraph test, after
    the byline: the first of the body (headlines end without a period)."""
    return len(line.split()) >= 3 and _SENTENCE_END.search(line.strip()) is not None


def _header_line(infos: list[LineInfo], i: int, st: Draft, h: _Header, anchor: int) -> bool:
    """One header line, by its kind: a date line first (counters and all), then chrome,
    the outlet's name, a byline, a section, a caption, a credit; else a headline candidate.
    False when the line starts the body."""
    info = infos[i]
    line = info.text
    if info.date:
        st.add_date(info.date.published, info.date.modified, info.date.labelled)
        if not header_rest(info.date.rest, st):
            h.heads.append((i, info.date.rest))  # '가람당 “…” 기사입력:2006-11-16 17:37'
        h.saw_meta = True
    elif info.chrome and i > anchor >= 0 and L.TURN_MARKER.match(line) and (h.heads or h.saw_meta):
        return False  # '[앵커]' after the byline: the anchor's lead is the body's first turn
    elif info.chrome or info.footer or info.copyright:
        pass
    elif info.outlet is not None:
        kind = "credit" if credits_outlet(infos, i) else "masthead_late" if h.heads else "masthead"
        st.votes.add(kind, info.outlet.name)
    elif info.byline is not None:
        st.add_reporters(info.byline)
        st.add_emails([e for e in L.EMAIL.findall(line) if all(r.email != e for r in info.byline)])
        byline_outlet(line, st)
        h.saw_meta = True
    elif sec := _section_of(line):
        h.sections.append((i, sec))
    elif (cap := L.caption(line)) is not None and (h.heads or h.board_title) and strip_site_suffix(line) == line:
        st.captions.append(cap)
    elif (credit := L.credit_line(line)) is not None:
        if h.heads and (L.caption(h.heads[-1][1] + " " + credit) is not None or len(h.heads[-1][1]) > 30):
            st.captions.append(Caption(h.heads.pop()[1], credit))
    elif info.glued:
        st.add_date(info.glued[0], None)
        rest = info.glued[1]
        if _ends_header(body_like(rest), False, i, anchor, h):
            return False
        h.saw_meta = True
        h.heads.append((i, rest))
    elif _ends_header(info.texty or _short_sentence(line) or _QUESTION_LINE.match(line) is not None, info.label, i, anchor, h):
        return False
    else:
        h.heads.append((i, line))
    return True


def byline_outlet(line: str, st: Draft) -> None:
    """'국민일보 쿠키뉴스 홍길동 기자': an outlet named in the byline wrote it."""
    for word in re.split(r"[\s\[\]()<>=/|·,]+", L.EMAIL.sub(" ", line)):
        if word and (o := outlet_index().alias(word)) is not None:
            st.votes.add("credit", o.name)  # a whole word: '충북CBS' is a bureau, not the outlet
            return


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


def _header_anchor(infos: list[LineInfo], used: set[int]) -> int:
    """Index of the last header byline/dateline: one with at most two short text-like lines
    before it (a board user's note, a long sub-headline) and article text after it."""
    anchor = -1
    texty = 0
    for k, info in enumerate(infos[:60]):
        if k in used or (info.chrome and info.date is None):
            continue
        if info.date or (info.byline is not None and not L.EMAIL.search(info.text)):
            if texty <= 2 and _text_follows(infos, k):
                anchor = k
            continue
        if info.texty:
            # a long paragraph, or one of two sentences, is never part of a header
            long_ = len(info.text) >= 80 or (len(info.text) >= 50 and _TWO_SENTENCES.search(info.text))
            texty += 3 if long_ else 1
            if texty > 2:
                break
    return anchor


_TWO_SENTENCES = re.compile(r"[다요]\.\s+\S.{10,}[다요]\.")


def _text_follows(infos: list[LineInfo], k: int) -> bool:
    """Article text within the next eight lines that are not chrome."""
    seen = 0
    for x in infos[k + 1 : k + 60]:
        if x.chrome:
            continue
        if x.texty and len(x.text) >= 40 and not x.copyright:
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


def header_rest(rest: str, st: Draft) -> bool:
    """What stands beside the dates: a section ('컴퓨팅'), a byline, an outlet. False when
    it is none of them (a headline the date is glued to)."""
    if not rest:
        return True
    reps = L.byline(rest)
    if reps:
        st.add_reporters(reps)
        return True
    if name := L.person_credit(rest) or L.bare_name(rest):
        st.add_reporters([Reporter(name)])  # 'ⓒ홍길동 | 2008.05.28 17:55', '홍길동 2024. 3. 5. 10:12'
        return True
    o = outlet_index().mentioned(rest)
    if o:
        st.votes.add("dateline_mention", o.name)
        return True
    word = rest.split()[0] if rest.split() else ""
    if word in L.sections() and st.section is None:
        st.section = word
        return True
    return not headline_like(rest)


def _assign_heads(heads: list[str], st: Draft, board_title: str | None) -> int | None:
    """Pick the headline among the header's text lines; the lines after it are sub-headlines."""
    heads = [h for h in heads if not L.caption(h) or strip_site_suffix(h) != h]
    if not heads:
        return None
    idx: int | None = None
    if board_title:
        key = fold(board_title)
        idx = next((k for k, h in enumerate(heads) if fold(strip_site_suffix(h)) == key), None)
        if idx is None:
            idx = next((k for k, h in enumerate(heads) if len(h) > 8 and (key in fold(h) or fold(h) in key)), None)
    if idx is None and not board_title:
        idx = _best_headline(heads)
        if idx is None:
            longest = max(range(len(heads)), key=lambda k: len(heads[k]))
            idx = None if body_like(heads[longest]) or len(heads[longest]) < 8 else longest
    if idx is not None:
        bare = strip_affixes(heads[idx])
        if bare.site and (o := outlet_index().mentioned(bare.site)):
            st.votes.add("title_site", o.name)  # '… / YTN', '… | 한국일보', '가람일보 모바일 :: …'
        st.title = _strip_outlet_prefix(bare.title, st)
        rest = heads[idx + 1 :]
    else:
        rest = heads
    seen = {fold(st.title or "")}
    st.subtitles = []
    for h in rest:
        if subtitle_like(h) and fold(h) not in seen:  # a headline printed twice is one headline
            st.subtitles.append(h)
            seen.add(fold(h))
    return idx


def _strip_outlet_prefix(title: str, st: Draft) -> str:
    """'연합뉴스TV 이 총리 "…"': the outlet's name before the headline."""
    first, _, rest = title.partition(" ")
    o = outlet_index().alias(first)
    if o is not None and len(rest) >= 8:
        st.votes.add("title_prefix", o.name)
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




def strip_site_suffix(title: str) -> str:
    return strip_affixes(title).title


_ARTIFACT = re.compile(r"^<(?P<tag>[^<>]{1,6})>(?P<t>.+?)\s*(?P=tag)>$")


def clean_title(title: str) -> str:
    """'<속보> 이 총리 "…" 속보>': a tag's closing half left by the markup goes."""
    if m := _ARTIFACT.match(title.strip()):
        return f"<{m.group('tag')}>{m.group('t')}"
    return title.strip()
