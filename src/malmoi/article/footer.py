"""The footer of a flattened page: what stands after the body (closing byline
e-mails, copyright lines, related lists, a late dateline) and brand mentions,
the last resort for the outlet."""

from __future__ import annotations

import re

from malmoi.article import lines as L
from malmoi.article.draft import Draft
from malmoi.article.header import clean_title
from malmoi.article.linekinds import LineInfo, headline_like, next_kind
from malmoi.article.outlets import outlet_index
from malmoi.article.titles import site_like


def brand_mentions(lines: list[str], st: Draft) -> None:
    """No masthead, dateline, e-mail or copyright named the outlet: a short line that does
    ('JTBC 핫클릭', 'ⓒ mbn', '/ YTN') is the last resort."""
    body = set(st.body)
    for line in lines:
        if line in body or len(line) > 40 or L.caption(line) is not None:
            continue  # a photo's credit ('… ⓒ뉴스1') names the agency, not the outlet
        if o := outlet_index().mentioned(line):
            st.votes.add("brand", o.name)


def emails_after(lines: list[str], i: int, st: Draft) -> None:
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
                st.votes.add("email_shared" if outlet_index().shared(e) else "footer_email", o.name)
        if L.is_copyright(line) and (o := outlet_index().mentioned(line)):
            st.votes.add("copyright", o.name)
        elif (m := L.SIGNOFF.match(line.strip())) and (o := outlet_index().mentioned(m.group("outlet"))):
            st.votes.add("signoff", o.name)  # 'KBS 뉴스 김하늘입니다.' below the closing byline
        if (st.published is None or st.modified is None) and (dl := L.date_line(line)):
            st.add_date(dl.published, dl.modified, dl.labelled)


def related_after(lines: list[str], i: int, st: Draft) -> None:
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



def no_more_body(infos: list[LineInfo], i: int) -> bool:
    """True when nothing after line i reads like article text."""
    for x in infos[i : i + 40]:
        if x.footer:
            return True
        if len(x.text) >= 60 and x.texty and not x.copyright and not L.caption(x.text):
            return False
    return True


def late_headline(infos: list[LineInfo], i: int, st: Draft) -> None:
    """A headline printed below the closing byline, right above its dateline (a markup
    artifact), is the headline when the header gave none that reads like one."""
    if st.title is not None and headline_like(st.title):
        return
    for k in range(i, min(i + 6, len(infos) - 1)):
        x = infos[k]
        if x.headline and not x.texty and not x.meta and not x.chrome and (nxt := next_kind(infos, k)) and nxt.date:
            if st.title:
                st.body.insert(0, st.title)
            st.title = clean_title(x.text)
            return


# 'Copyright © 가람일보 All rights reserved', '<저작권자 © 가람일보, 무단전재 …>'
_COPYRIGHT_NAME = re.compile(r"(?:저작권자|Copyright|COPYRIGHT|copyright)?\s*(?:ⓒ|©|\(c\)|\(C\))\s*(?:\d{4}\s*)?(?:\(주\)|㈜)?(?P<name>[가-힣A-Za-z0-9]{2,15}(?:\s?TV)?)")
WEAK = frozenset({"url_shared", "link", "brand", "email_shared", "email_line", "footer_email"})


def page_copyright(lines: list[str], st: Draft) -> None:
    """Copyright lines the HTML page prints outside the article region name its outlet."""
    for line in lines:
        if (o := outlet_index().mentioned(line)) is not None and L.is_copyright(line):
            st.votes.add("copyright", o.name)


def named_outlets(lines: list[str], st: Draft) -> None:
    """An outlet the list lacks, named by the page itself (its company line, its copyright),
    is taken as written when nothing stronger than a shared domain or a passing mention
    names a listed one."""
    best = st.votes.best()
    if best is not None and not st.votes.kinds(best) <= WEAK:
        return
    for line in lines:
        if (m := L.COMPANY_LINE.match(line.strip())) and new_outlet(m.group("name")):
            st.votes.add("named_company", m.group("name"))
        elif L.is_copyright(line) and outlet_index().mentioned(line) is None:
            m = _COPYRIGHT_NAME.search(line)
            if m and new_outlet(m.group("name")):
                st.votes.add("copyright", m.group("name"))


def new_outlet(name: str, strict: bool = False) -> bool:
    """A name shaped like an outlet's that the list does not hold: '솔빛뉴스', '가람일보'."""
    if outlet_index().alias(name) is not None or not site_like(name) or re.fullmatch(r"[\d\s]+", name):
        return False
    # a lead tag ('[뉴스분석]', '[경제브리핑]') is no outlet: there the name must end like one
    return not strict or name.endswith(("뉴스", "일보", "신문", "방송", "TV", "닷컴", "미디어", "통신", "타임즈", "타임스", "저널"))


# "'가람일보'와의 전화 통화에서", '본지와 통화한': the outlet names itself as the one who asked
_SELF = re.compile(r"[‘'\"“]?(?P<name>[가-힣A-Za-z0-9]{2,12})[’'\"”]?(?:와|과)의?\s(?:전화\s)?(?:통화|인터뷰)")


def self_mentions(body: list[str], st: Draft) -> None:
    """An outlet named as the one the source spoke to ('…'와의 전화 통화에서) reported it."""
    for p in body:
        if "통화" not in p and "인터뷰" not in p:
            continue  # what _SELF needs, tested first
        for m in _SELF.finditer(p):
            if (o := outlet_index().alias(m.group("name"))) is not None:
                st.votes.add("self_mention", o.name)
