"""Flattened Korean news text to a structured Article.

The page is read as lines. A header part (board repost metadata, outlet name,
headline, sub-headlines, byline, dateline) runs until the first paragraph that
reads like body text; the body part then runs to the footer (copyright,
"많이 본 뉴스", the closing byline), skipping chrome, captions and related lists
wherever they stand.
"""

from __future__ import annotations

import re

from malmoi.article import lines as L
from malmoi.article.body import read_body
from malmoi.article.dates import in_zone
from malmoi.article.draft import Draft
from malmoi.article.footer import brand_mentions, named_outlets, page_copyright, self_mentions
from malmoi.article.header import read_header
from malmoi.article.hints import Hints
from malmoi.article.linekinds import LineInfo, body_like, classify, fold
from malmoi.article.outlets import outlet_index
from malmoi.article.repost import read_repost
from malmoi.article.sites import is_copying_site, site_in_chrome, vote_links, vote_url
from malmoi.korean.labels import label_shape
from malmoi.model import Article, Page, Rejection, Reporter, Repost

_SPACES = re.compile(r"[ \t]+")


def split_lines(text: str) -> list[str]:
    if "<br" in text or "<BR" in text:
        text = _BR.sub("\n", text)  # '… <br /> <br />[이름 / 동네 : …]': a line break left as a tag in copied text
    if (width := wrap_width(text)) is not None:
        text = unwrap(text, width)
    # a line with no tab and no run of spaces is left as it is (most lines): no regex call
    return [s for s in ((_SPACES.sub(" ", x) if "\t" in x or "  " in x else x).strip() for x in text.split("\n")) if s]


_BR = re.compile(r"<br\s*/?>", re.I)


def wrap_width(text: str) -> int | None:
    """The fixed width a script was wrapped at ('…방문지로 수영' / '구를 찾았습니다'), where most of
    its full lines are as long (or one shorter, a space dropped at the break) and end mid-sentence."""
    lengths = [len(x) for x in text.split("\n") if len(x) >= 20]
    if len(lengths) < 8:
        return None
    width, n = max(((w, sum(1 for x in lengths if x in (w, w - 1))) for w in set(lengths)), key=lambda p: p[1])
    return width if n >= 6 and n >= 0.5 * len(lengths) else None


def unwrap(text: str, width: int) -> str:
    """Join the lines a fixed width broke: a full line goes on in the next (as written at the
    width, a space dropped at width - 1)."""
    out: list[str] = []
    last = ""  # the line as the page broke it
    for line in text.split("\n"):
        if out and len(last) in (width, width - 1) and line.strip() and not last.rstrip().endswith(_SENTENCE_ENDS) and not label_shape(line.strip()):
            # a break at a word's end lost its space ('오시장은 / 수영구를'); one inside a word had none ('수영 / 구를')
            gap = " " if len(last) == width - 1 or last.endswith(" ") or last.rstrip()[-1:] in _WORD_ENDS else ""
            out[-1] = out[-1].rstrip() + gap + line.lstrip()
        else:
            out.append(line)
        last = line
    return "\n".join(out)


_SENTENCE_ENDS = (".", "?", "!", "\"", "”", "’", "'", ")", "]", ">", "▶")
_WORD_ENDS = frozenset("은는을를이가의에도고며서로와과만다요,")


def article_from_text(page: Page) -> Article | Rejection:
    return article_from_lines(split_lines(page.text or ""), page)


_HANGUL_RUN = re.compile(r"[가-힣]+")
_LATIN = re.compile(r"[A-Za-z]+")
_KANA = re.compile(r"[\u3040-\u30ff]+")
_HAN = re.compile(r"[\u4e00-\u9fff]+")


def _count(pattern: re.Pattern[str], text: str) -> int:
    """The characters of one script in ``text``: the lengths of its runs (found in C)."""
    return sum(map(len, pattern.findall(text)))


def language_of(text: str) -> str | None:
    """'ko' when Hangul makes up at least 30% of the letters (counted in C by the regex engine)."""
    text = text[:20000]
    hangul, latin, kana, han = (_count(p, text) for p in (_HANGUL_RUN, _LATIN, _KANA, _HAN))
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
    lang = language_of("\n".join(lines))
    if not lines:
        return Rejection(page.source, "empty", "the document has no text")
    if lang not in ("ko", None):
        return Rejection(page.source, "not_korean", f"the text is in another language ({lang}), not Korean")
    st = Draft()
    repost, used = read_repost(lines, st)
    infos = classify(lines)
    read_body(infos, read_header(infos, used, st), st)
    merge_hints(st, hints)
    repost = _copy_site(lines, page, hints, st, repost)
    _page_evidence(lines, hints, st)
    _whole_page(lines, st)
    outlet = st.votes.best()
    repost = _carried_by(st, outlet, repost)
    _local_times(st, outlet)
    art = Article(
        id=page.record_id(), source=page.source, title=st.title, subtitles=st.subtitles, outlet=outlet,
        section=st.section, reporters=st.reporters, published=st.published, modified=st.modified,
        repost=repost, body=st.body, captions=st.captions, related=st.related, language=lang,
        warnings=page.warnings + hints.warnings + st.warnings + field_warnings(st, lang, infos), turns=st.turns,
        credits=L.programme_credits(lines),
    )
    if not art.body:
        if not (art.title or art.reporters or art.published):
            return Rejection(page.source, "not_article", "no headline and no article text found")
        art.warnings.append("no article text found; only the headline" if art.title else "no article text found")
    return art


def _page_evidence(lines: list[str], hints: Hints, st: Draft) -> None:
    """The outlet's evidence from the whole page, once its parts are known."""
    self_mentions(st.body, st)
    page_copyright(hints.page_lines, st)
    named_outlets(lines + hints.page_lines, st)
    if not st.votes:
        brand_mentions(lines, st)


def _whole_page(lines: list[str], st: Draft) -> None:
    """Chrome run together never stays in the body; a reporter box is the last resort for the byline."""
    st.body = _unique([p for p in st.body if not L.chrome_run(p)])
    if not st.body and any(L.chrome_run(x) for x in lines):
        st.warnings.append("the page holds only chrome run together (keywords, reporter box, related list); no article text")
    if not st.reporters and (name := L.boxed_reporter("\n".join(lines))):
        st.reporters.append(Reporter(name))
        st.warnings.append("reporter read from a reporter box run into other text")


def _copy_site(lines: list[str], page: Page, hints: Hints, st: Draft, repost: Repost | None) -> Repost | None:
    """The address votes for the outlet, or names the portal, board or blog that copied the
    article; there an unlabelled date is the posting time, not the article's."""
    site = vote_url(page.source.url or hints.url, st.votes)
    if site is None and not (page.source.url or hints.url):
        site = site_in_chrome(lines)
    vote_links(lines, st.votes)
    name = hints.site or (site.name if site else None)
    if not name:
        return repost
    repost = repost or Repost()
    repost.site = repost.site or name
    repost.kind = repost.kind or (site.kind if site is not None else None)
    if site is not None and site.kind in ("board", "blog") and st.published and not st.published_labelled:
        repost.posted = repost.posted or st.published[:10]
        st.published = None
        st.warnings.append("the page's only date is the repost's posting time; the article's own date is not given")
    return repost


def _carried_by(st: Draft, outlet: str | None, repost: Repost | None) -> Repost | None:
    """An article another outlet wrote, on an outlet's own site (a wire story or a partner's
    article on a regional paper's site), is a copy there: the site is the address's outlet."""
    host = next((name for kind, name in st.votes.seen if kind == "url"), None)
    if host is None or outlet is None or host == outlet:
        return repost
    repost = repost or Repost()
    repost.site = repost.site or host
    repost.kind = repost.kind or "outlet"
    return repost


def _local_times(st: Draft, outlet: str | None) -> None:
    """An outlet abroad prints its local time (LA중앙일보: Pacific time), not Korean time."""
    o = outlet_index().alias(outlet) if outlet else None
    if o is not None and (zone := o.timezone):
        st.published = in_zone(st.published, zone)
        st.modified = in_zone(st.modified, zone)


def field_warnings(st: Draft, lang: str | None, infos: list[LineInfo]) -> list[str]:
    """Every field the reader could not find, or had to guess, said plainly."""
    out = []
    if lang is None:
        out.append("too little text to tell the language")
    if st.title is None:
        out.append("no headline found")
    if not st.votes:
        out.append("no outlet found: neither the page nor its address names one")
    elif st.votes.kinds(st.votes.best() or "") <= {"url", "url_shared", "link", "brand"}:
        out.append("outlet guessed from the page's address or a passing mention; the page does not credit it")
    if not st.reporters:
        out.append("no byline found")
    if st.published is None:
        out.append("no publication date found")
    if st.body and not any(body_like(p) for p in st.body) and sum(x.chrome for x in infos) > len(st.body):
        out.append("the body holds no article text; it may be page chrome")
    return out


def _unique(paragraphs: list[str]) -> list[str]:
    """A page that prints a paragraph twice (a summary box, a repeated lead) has it once in the body."""
    seen: set[str] = set()
    out = []
    for p in paragraphs:
        key = fold(p)
        if len(key) >= 20 and key in seen and not label_shape(p.strip()):
            continue  # (a transcript's speaker label recurs before each of the speaker's turns)
        seen.add(key)
        out.append(p)
    return out


def _keep_in_body(st: Draft, h: Hints) -> None:
    """The markup names the headline: a block the line reader took for the headline that is
    neither it nor a sub-headline (an in-body sub-heading) goes back to the top of the body."""
    marked = {fold(x) for x in (h.title or "", *h.subtitles)}
    if st.title and fold(st.title) not in marked and st.body and not any(fold(st.title) in m or m in fold(st.title) for m in marked if m):
        st.body.insert(0, st.title)


def merge_hints(st: Draft, h: Hints) -> None:
    if h.title:
        _keep_in_body(st, h)
        st.title = h.title
    if h.subtitles:
        st.subtitles = h.subtitles
    if h.outlet and not is_copying_site(h.outlet):
        st.votes.add("html_meta", h.outlet)
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
