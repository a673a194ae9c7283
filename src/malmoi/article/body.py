"""The body of a flattened page: the article's paragraphs, from the first line
of text to the footer, with captions, credits, related lists and bylines set aside
wherever they stand."""

from __future__ import annotations

import re

from malmoi.article import lines as L
from malmoi.article.dates import labelled_stamps
from malmoi.article.draft import Draft
from malmoi.article.footer import emails_after, no_more_body, related_after
from malmoi.article.header import header_rest
from malmoi.article.linekinds import body_like
from malmoi.article.outlets import outlet_from_dateline, outlet_index
from malmoi.model import Caption, Reporter


def read_body(lines: list[str], i: int, st: Draft) -> None:
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
                st.votes.add("copyright", o.name)
            if no_more_body(lines, i):
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
            header_rest(dl.rest, st)
            continue
        if (reps := L.byline(line)) is not None:
            st.add_reporters(reps, kind="body_byline_email")
            st.add_emails([e for e in L.EMAIL.findall(line) if all(r.email != e for r in reps)])
            if (m := L.SIGNOFF.match(line)) and (o := outlet_index().alias(m.group("outlet"))):
                st.votes.add("signoff", o.name)
            if st.body and no_more_body(lines, i):
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
    related_after(lines, i, st)
    emails_after(lines, i, st)


_SOURCE_LINE = re.compile(r"^(?:출처|원문 출처|기사 출처|원문|기사원문)\s*[:：]\s*(?P<rest>.{2,120})$")


def _source_line(rest: str, st: Draft) -> None:
    """'출처: 머니투데이 하윤재 기자 (기사입력 2025-12-05 06:00)': the original's outlet, byline and time."""
    o = outlet_index().mentioned(rest)
    if o:
        st.votes.add("source_line", o.name)
    st.add_reporters(L.reporters_in(rest), kind="email_line")
    for kind, stamp in labelled_stamps(rest):
        if kind == "modified":
            st.modified = stamp.iso
        else:
            st.published = stamp.iso


def _photo_credit(line: str) -> bool:
    """'… 확인하고 있다. ⓒ시사IN 조남진': a caption whose credit carries the ⓒ sign."""
    cap = L.caption(line)
    return cap is not None and len(cap.text) >= 15 and not any(w in line for w in ("무단", "재배포", "저작권", "Copyright", "rights"))


def _attach_credit(st: Draft, credit: str, body_just_before: bool) -> None:
    """A credit line under a caption: the line before it was the caption."""
    if body_just_before and st.body and len(st.body[-1]) <= 250:
        st.captions.append(Caption(st.body.pop(), credit))
    elif st.captions and not st.captions[-1].credit:
        st.captions[-1].credit = credit



def RELATED_DATED(line: str) -> bool:  # noqa: N802 - reads as a predicate in the loop above
    return bool(L.RELATED_ITEM_DATE.search(line))


def _demote_to_heads(st: Draft) -> None:
    """Short 'body' lines before a dateline were headline and sub-headlines."""
    moved = st.body[:]
    st.body.clear()
    if st.title is None:
        st.title = moved.pop(0) if moved else None
    st.subtitles.extend(moved)


def _strip_lead(line: str, st: Draft) -> str:
    """'(서울=연합뉴스) 홍길동 기자 = …' and '[이데일리 홍길동 기자] …' are bylines, not body."""
    for split in (L.wire_lead, L.bracket_byline, L.outlet_lead):
        res = split(line)
        if res:
            body, reps, outlet = res
            st.add_reporters(reps)
            if outlet:
                st.votes.add("lead", outlet)
            return body
    if d := outlet_from_dateline(line[:30]):
        st.votes.add("lead", d[1])
    return line

