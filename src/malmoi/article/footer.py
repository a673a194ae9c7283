"""The footer of a flattened page: what stands after the body (closing byline
e-mails, copyright lines, related lists, a late dateline) and brand mentions,
the last resort for the outlet."""

from __future__ import annotations

from malmoi.article import lines as L
from malmoi.article.draft import Draft
from malmoi.article.header import clean_title
from malmoi.article.linekinds import LineInfo, headline_like, next_kind
from malmoi.article.outlets import outlet_index


def brand_mentions(lines: list[str], st: Draft) -> None:
    """No masthead, dateline, e-mail or copyright named the outlet: a short line that does
    ('JTBC 핫클릭', 'ⓒ mbn', '/ YTN') is the last resort."""
    body = set(st.body)
    for line in lines:
        if line not in body and len(line) <= 40 and (o := outlet_index().mentioned(line)):
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
