"""The body of a flattened page: the article's paragraphs, from the first line
of text to the footer, with captions, credits, related lists and bylines set aside
wherever they stand."""

from __future__ import annotations

import re
from dataclasses import dataclass

from malmoi.article import lines as L
from malmoi.article.dates import labelled_stamps
from malmoi.article.draft import Draft
from malmoi.article.footer import (
    emails_after,
    late_headline,
    new_outlet,
    no_more_body,
    related_after,
)
from malmoi.article.header import byline_outlet, clean_title, header_rest
from malmoi.article.linekinds import LineInfo, headline_like, next_kind
from malmoi.article.outlets import outlet_from_dateline, outlet_index
from malmoi.model import Caption, Reporter


@dataclass(slots=True)
class _Body:
    in_related: bool = False
    first: bool = True
    last_body_line: int = -1


_STOP, _NEXT = False, True


def read_body(infos: list[LineInfo], i: int, st: Draft) -> None:
    """The paragraphs from line i to the footer; each line handled by its kind."""
    lines = [x.text for x in infos]
    b = _Body()
    while i < len(infos):
        i += 1
        if _body_line(infos, i - 1, st, b) is _STOP:
            break
    late_headline(infos, i, st)
    related_after(lines, i, st)
    emails_after(lines, i, st)


def _body_line(infos: list[LineInfo], k: int, st: Draft, b: _Body) -> bool:
    info = infos[k]
    line = info.text
    if info.footer:
        return _STOP
    if L.is_related_header(line):
        b.in_related = True
        return _NEXT
    if b.in_related:
        item = L.related_item(line, after_header=True)
        if item and not info.texty:
            st.related.append(item)
            return _NEXT
        b.in_related = False
    if info.date and not info.texty and (not info.copyright or L.person_credit(info.date.rest)):
        _date_in_body(infos, k, st)  # before chrome and copyright: 'ⓒ홍길동 | 2008.05.28 17:55'
        return _NEXT
    if info.copyright and not _photo_credit(line):
        if o := outlet_index().mentioned(line):
            st.votes.add("copyright", o.name)
        return _STOP if no_more_body(infos, k + 1) else _NEXT
    return _body_text(infos, k, st, b)


def _body_text(infos: list[LineInfo], k: int, st: Draft, b: _Body) -> bool:
    """Markers, chrome and credits first; then bylines, captions and e-mails; else text."""
    if _marker(infos[k], st, b, k):
        return _NEXT
    if (done := _credit_or_byline(infos, k, st, b)) is not None:
        return done
    info = infos[k]
    line = info.text
    if info.glued:
        st.add_date(info.glued[0], None)
        line = info.glued[1]
    if (item := L.related_item(line, after_header=False)) and not info.texty and RELATED_DATED(line):
        st.related.append(item)
        return _NEXT
    _paragraph(line, k, st, b, infos)
    return _NEXT


def _marker(info: LineInfo, st: Draft, b: _Body, k: int) -> bool:
    """A line that only marks something: a credit, a turn, chrome, a source, the outlet's name."""
    line = info.text
    if (credit := L.credit_line(line)) is not None:
        _attach_credit(st, credit, b.last_body_line == k - 1)
    elif L.TURN_MARKER.match(line):
        st.turns.add(len(st.body))  # the anchor or the reporter takes the word: a speaker's turn ends
    elif info.chrome and not L.EMAIL.search(line):
        pass
    elif src := _SOURCE_LINE.match(line):
        _source_line(src.group("rest"), st)
    elif info.outlet is not None:
        st.votes.add("credit", info.outlet.name)  # '연합뉴스' closing a wire copy
    elif (o := L.outlet_source(line)) is not None:
        st.votes.add("source_line", o.name)  # '가람닷컴 : 전체기사 ...' under a pasted lead
    else:
        return False
    return True


def _credit_or_byline(infos: list[LineInfo], k: int, st: Draft, b: _Body) -> bool | None:
    """A byline (alone or glued to the closing paragraph), a crew credit, a caption, an
    e-mail line: _NEXT or _STOP when the line was one, None when it is text."""
    info = infos[k]
    line = info.text
    if info.byline is not None:
        return _byline_in_body(infos, k, st)
    if not b.first and (glued := L.glued_byline(line)) and no_more_body(infos, k + 1):
        st.add_reporters([glued[1]], kind="body_byline_email")  # it closes the article: no caption's credit
        _paragraph(glued[0], k, st, b)
        return _STOP
    if L.CREW.match(line) and len(line) <= 60:
        if st.captions and not st.captions[-1].credit:
            st.captions[-1].credit = L.CREW.sub("", line).strip()  # '사진=박가온 기자' under a caption
        return _NEXT
    if cap := L.caption(line):
        st.captions.append(cap)
        return _NEXT
    if len(line) <= 80 and (emails := L.EMAIL.findall(line)) and not info.texty:
        st.add_emails(emails)  # 'sky2024@yna.co.kr', '◎공감언론 뉴시스 kny@newsis.com'
        return _NEXT
    return None


def _paragraph(line: str, k: int, st: Draft, b: _Body, infos: list[LineInfo] | None = None) -> None:
    if b.first:
        line = _strip_lead(line, st)
        b.first = False
        if not line:
            return
    if (tail := L.copyright_tail(line)) is not None:
        line, owner = tail  # '…밝혔다. <저작권자 ⓒ 뉴스줌 무단전재 및 재배포 금지>'
        if owner:
            st.votes.add("copyright", owner)
    if names := L.reporters_named(line):
        st.add_reporters([Reporter(n) for n in names])
        if st.body and infos is not None and L.REPORTER_INTRO.match(line) and no_more_body(infos, k + 1):
            return  # '도쿄 김하늘 특파원입니다.': the sign-off closes the report
    st.body.append(line)
    b.last_body_line = k


def _date_in_body(infos: list[LineInfo], k: int, st: Draft) -> None:
    """A dateline inside what looked like the body: short lines before it were the header,
    and a headline-like line right above it is the headline."""
    assert infos[k].date is not None
    if len(st.body) <= 2 and all(len(b) < 120 for b in st.body) and st.body:
        _demote_to_heads(st)
    elif st.body and _late_headline(infos, k, st):
        old = st.title
        st.title = clean_title(st.body.pop())
        if old:
            st.body.insert(0, old)
    dl = infos[k].date
    assert dl is not None
    st.add_date(dl.published, dl.modified, dl.labelled)
    header_rest(dl.rest, st)


def _late_headline(infos: list[LineInfo], k: int, st: Draft) -> bool:
    """The headline printed after the text, right above its dateline (a markup artifact)."""
    prev = next_kind(infos, k, -1)
    return (prev is not None and prev.text == st.body[-1] and prev.headline and not prev.texty
            and (st.title is None or not headline_like(st.title)) and st.published is None)


def _byline_in_body(infos: list[LineInfo], k: int, st: Draft) -> bool:
    info = infos[k]
    reps = info.byline or []
    if L.REPORTER_TURN.match(info.text):
        st.add_reporters(reps)
        st.turns.add(len(st.body))  # '[김하늘 기자]' in a transcript: the reporter takes the word
        return _NEXT
    st.add_reporters(reps, kind="body_byline_email")
    st.add_emails([e for e in L.EMAIL.findall(info.text) if all(r.email != e for r in reps)])
    if (m := L.SIGNOFF.match(info.text)) and (o := outlet_index().mentioned(m.group("outlet"))):
        st.votes.add("signoff", o.name)  # the network's brand ('MBC뉴스 홍길동입니다'), not a credit
    else:
        byline_outlet(info.text, st)
    if not (st.body and no_more_body(infos, k + 1)):
        return _NEXT
    for x in infos[k + 1 : k + 8]:  # the closing bylines stand together: '홍길동 기자', '김철수 기자'
        if x.byline is None and not x.chrome:
            break
        if not L.CREW.match(x.text):
            st.add_reporters(x.byline or [], kind="body_byline_email")
    return _STOP


_SOURCE_LINE = re.compile(r"^(?:출처|원문 출처|기사 출처|기사출처|원문|기사원문)\s*[:：]\s*(?P<rest>.{2,120})$")


_URL = re.compile(r"https?://[^\s)\]>]+")


def _source_line(rest: str, st: Draft) -> None:
    """'출처: 머니투데이 하윤재 기자 (기사입력 2025-12-05 06:00)': the original's outlet, byline and time."""
    hit = next((h for u in _URL.findall(rest) if (h := outlet_index().url_match(u))), None)
    o = hit[0] if hit else outlet_index().mentioned(rest)
    if o:
        st.votes.add("source_line", o.name)
    st.add_reporters(L.reporters_in(rest), kind="email_line")
    for kind, stamp in labelled_stamps(_URL.sub(" ", rest)):  # an address's path is no date
        if kind == "modified":
            st.modified = stamp.iso
        else:
            st.published = stamp.iso


def _photo_credit(line: str) -> bool:
    """'… 확인하고 있다. ⓒ시사IN 조남진': a caption whose credit carries the ⓒ sign."""
    cap = L.caption(line)
    if cap is None or any(w in line for w in ("무단", "재배포", "저작권", "Copyright", "rights")):
        return False
    return len(cap.text) >= 15 or (len(cap.text) >= 4 and cap.text.endswith((".", "다")))  # '한솔 시장. ⓒ뉴스1'


def _attach_credit(st: Draft, credit: str, body_just_before: bool) -> None:
    """A credit line under a caption: the line before it was the caption."""
    if body_just_before and st.body and len(st.body[-1]) <= 250:
        st.captions.append(Caption(st.body.pop(), credit))
    elif st.captions and not st.captions[-1].credit:
        st.captions[-1].credit = credit



def RELATED_DATED(line: str) -> bool:  # noqa: N802 - reads as a predicate in the loop above
    return bool(L.RELATED_ITEM_DATE.search(line))


# '(부산=연합뉴스) 오수희 기자 =' inside a line: a wire's dateline with its reporter
_INNER_WIRE_LEAD = re.compile(r"(?<=\s)[(\[][가-힣]{1,8}=[가-힣A-Za-z]{2,10}[)\]]\s?[가-힣]{2,4}\s?(?:기자|특파원)\s?=")


def _demote_to_heads(st: Draft) -> None:
    """Short 'body' lines before a dateline were headline and sub-headlines."""
    moved = st.body[:]
    st.body.clear()
    if st.title is None:
        st.title = moved.pop(0) if moved else None
    st.subtitles.extend(moved)


def _strip_lead(line: str, st: Draft) -> str:
    """'(서울=연합뉴스) 홍길동 기자 = …' and '[이데일리 홍길동 기자] …' are bylines, not body; a
    wire's dateline after a portal's flattened chrome ('… 이미지 확대 (부산=연합뉴스) 오수희 기자 = …')
    starts the body there."""
    if (inner := _INNER_WIRE_LEAD.search(line, 1, 400)) is not None and L.wire_lead(line[inner.start() :]):
        line = line[inner.start() :]
    for split in (L.wire_lead, L.bracket_byline, L.outlet_lead, L.foreign_wire_lead):
        res = split(line)
        if res:
            body, reps, outlet = res
            st.add_reporters(reps)
            if outlet:
                st.votes.add("lead", outlet)
            return body
    if d := outlet_from_dateline(line[:30]):
        st.votes.add("lead", d[1])
    elif (m := L.OUTLET_LEAD.match(line)) and new_outlet(name := m.group("outlet").strip(), strict=True):
        st.votes.add("lead", name)  # '[솔빛뉴스] …': an outlet the list lacks, taken as written
        return line[m.end() :].strip()
    return line

