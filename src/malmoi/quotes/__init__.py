"""Article -> quotes and people: who said what, with canonical speakers.

Stages: find the people the article names (a name beside a title), find the
quotes of each unit (headline, sub-headlines, body paragraphs), resolve each
quote's speaker phrase (or pronoun, or the speaker it continues) to a canonical
name, then match headline quotes to the body quotes they stand for.
"""

from __future__ import annotations

import re

from malmoi.korean.names import SURNAMES, korean_name_shape
from malmoi.korean.outlets import outlet_index
from malmoi.model import Article, Person, Quote, Speaker
from malmoi.quotes.extract import Raw, _first_topic, direct_quotes, indirect_quotes, verb_in, words
from malmoi.quotes.fidelity import compare, headline_fidelity
from malmoi.quotes.joined import groups, read_joined
from malmoi.quotes.lexicon import canonical_org, is_group, is_org_word, lexicon
from malmoi.quotes.mentions import (
    Found,
    Mention,
    People,
    _full_korean,
    _name_like,
    _np_start,
    _surely_a_name,
    is_document,
    parse_np,
    subject_in,
)
from malmoi.quotes.morph import NOMINAL, analysis, tokens
from malmoi.quotes.participants import Orgs
from malmoi.quotes.spans import quote_spans, sentences
from malmoi.quotes.turns import QUOTE_OPEN, Transcript, Turn, parse_label, read_turns

__all__ = ["attach_quotes"]

GENERIC_ORGS = frozenset({"회사", "업체", "기업", "당사", "그룹", "구단", "학교", "병원", "은행", "협회", "재단", "공사", "공단", "조합", "노조", "단체", "시", "구", "군", "도"})
_TITLE_FOLLOW = re.compile(r"(?:$|[^가-힣]|(?:은|는|이|가|을|를|의|에|와|과|도|로|으로|께|측|이자|이었|인|으로서|로서|직))")


def attach_quotes(art: Article) -> None:
    people = People()
    units = _units(art)
    # the body introduces people by their full names; headlines shorten them ('별빛게임즈 대표')
    for _place, _, text in sorted(units, key=lambda u: u[0] == "headline"):
        scan_people(text, people)
    for cap in art.captions:  # a caption may give the full name the body shortens
        scan_people(cap.text, people)
    transcript = read_turns(art.body, art.turns, art.credits.get("host"))
    ctx = _Context(people, art.body, art.turns, transcript if transcript.labelled else None)
    if (asked := _interview_of([art.title or "", *art.subtitles, *art.body[:3]], ctx)) is not None:
        ctx.interviewee = asked  # '다음은 도하람 대표와의 일문일답': whom the printed interview asks
    if len(guests := art.credits.get("guest", [])) == 1:
        ctx.interviewee = ctx.speaker(parse_label(_credited(guests[0])), labelled=True)  # '■ 출연 : 변상욱 / YTN 앵커'
    for _place, _, text in units:
        ctx.orgs.scan(text)
    for cap in art.captions:
        ctx.orgs.scan(cap.text)
    quotes: list[Quote] = []
    heads: list[Quote] = []
    joined = groups(art.body, set()) if ctx.transcript is None else {}
    inside: set[int] = {k for i, j in joined.items() for k in range(i + 1, j + 1)}
    for place, idx, text in units:
        if place == "headline":
            heads.extend(ctx.headline(text, idx))
        elif ctx.transcript is not None and idx is not None:
            quotes.extend(ctx.transcript_paragraph(text, idx))
        elif idx is not None and idx in joined:
            quotes.extend(read_joined(art.body, idx, joined[idx], ctx.paragraph))
        elif idx not in inside:
            quotes.extend(ctx.paragraph(text, idx))
    for i, cap in enumerate(art.captions):  # captions are read for quotes like the body
        quotes.extend(ctx.detect(cap.text, i, place="caption"))
    quotes = [q for q in quotes if q.text.strip()]  # a turn with no words (a label at the end of a page) says nothing
    all_quotes = heads + quotes
    _borrow_speakers(quotes)  # first: a headline takes its speaker from the body's quote of its words
    headline_fidelity(all_quotes, len(heads), art, people, principal_speaker(quotes, ctx.transcript))
    art.quotes = all_quotes
    art.people = people.people() + _other_entities(all_quotes, {p.name for p in people.persons})


def _other_entities(quotes: list[Quote], persons: set[str]) -> list[Person]:
    """The organisations and anonymous sources that speak, each an entity with its mentions."""
    out: dict[str, Person] = {}
    for q in quotes:
        sp = q.speaker
        if sp.type not in ("organization", "anonymous") or not sp.name or sp.name in persons:
            continue
        ent = out.setdefault(sp.name, Person(sp.name, type=sp.type))
        if sp.mention and sp.mention != sp.name and sp.mention not in ent.aliases:
            ent.aliases.append(sp.mention)
        if sp.org and sp.org not in ent.orgs:
            ent.orgs.append(sp.org)
    return list(out.values())


GENERIC_HEADS = ("단체", "업계", "당국", "학계", "재계", "정치권", "법조계", "증권가")


def _generic_org(name: str) -> bool:
    """'법원', '업계', '교원단체': a description the body resolves to whoever said the words."""
    return name in lexicon().generic_orgs or name.endswith(GENERIC_HEADS)


def principal_speaker(quotes: list[Quote], transcript: Transcript | None) -> Speaker | None:
    """The page's principal speaker: the one interviewee of an interview transcript (the
    speaker of most of its quoted turns). An article that is no interview has none."""
    if transcript is None:
        return None
    counts: dict[str, int] = {}
    first: dict[str, Speaker] = {}
    turn_paras = {t.pieces[0].para for t in transcript.quoted()}
    pool = [q for q in quotes if q.speaker.type == "person" and q.speaker.name and q.paragraph in turn_paras]
    for q in pool:
        name = q.speaker.name or ""
        counts[name] = counts.get(name, 0) + 1
        first.setdefault(name, q.speaker)
    if not counts:
        return None
    name, n = max(counts.items(), key=lambda kv: kv[1])
    # bites of no one named ('◀INT▶' over passers-by) are other voices: a vox-pop has no principal
    nameless = sum(1 for t in transcript.turns if t.label is not None and t.label.style == "bite" and not t.label.who and not t.narration)
    return first[name] if n / (sum(counts.values()) + nameless) >= 0.6 else None


def _borrow_speakers(quotes: list[Quote]) -> None:
    """A quote with no known speaker (a sub-heading inside the body, '"태백산맥 보면 …"') takes
    the speaker of another quote with the same words."""
    for q in quotes:
        if q.speaker.name is not None:
            continue
        for other in quotes:
            if other is not q and other.speaker.name and compare(q.text, other.text)[0] in ("verbatim", "shortened"):
                q.speaker = Speaker(other.speaker.name, q.speaker.mention, other.speaker.title, other.speaker.org, other.speaker.type)
                break


def _units(art: Article) -> list[tuple[str, int | None, str]]:
    units: list[tuple[str, int | None, str]] = []
    if art.title:
        units.append(("headline", None, art.title))
    for i, s in enumerate(art.subtitles):
        units.append(("headline", -1 - i, s))
    for i, p in enumerate(art.body):
        units.append(("body", i, p))
    return units


def scan_people(text: str, people: People) -> None:
    """Register every 'name (organisation) title' the text gives: 이도운 대통령실 대변인."""
    lx = lexicon()
    for m in lx.title_re.finditer(text):
        if not _TITLE_FOLLOW.match(text, m.end()):
            continue
        lo = max(0, m.start() - 40)
        window = text[lo : m.end()]
        cut = max(window.rfind(c) for c in ",.\"“”'‘’…·(") if m.start() - lo > 0 else -1
        if 0 <= cut < m.start() - lo - 1 and window[cut] != "(":
            window = window[cut + 1 :]
        window = window.lstrip()
        if not window or window == m.group(0):
            continue
        if len(pre := window[: len(window) - len(m.group(0))].split(" ")) > 6:
            window = " ".join(pre[-6:]) + m.group(0)  # a name, its organisation: the six words before the title
        toks = tokens(window)
        if not toks or toks[-1].tag not in NOMINAL:
            continue
        s = _np_start(window, toks, len(toks) - 1)
        mention = parse_np(window[s:])
        if mention.kind == "person" and mention.name and len(mention.name) >= 2:
            people.add(mention)
    # names written with a hanja surname in headlines are resolved later


# what a body does with a document it wrote: '공개한 보고서', '보고서를 발표했다'
_PUBLISHED = r"(?:공개한|발표한|발간한|펴낸|낸|내놓은|작성한|제출한|배포한)"
_PUBLISHES = r"(?:(?:공개|발표|발간|배포|제출)(?:했|하고|하며|하면서|한)|펴냈|냈|내놓았|내놨|내고|내며|펴내고|내놓고)"

# 'X 소속사 Y는', '가수 X의 소속사인 Y는': the agency Y, named as X's
_AGENCY_NAMED = re.compile(
    r"(?P<who>[가-힣A-Za-z]{2,10})(?:의)?\s소속사(?:인)?\s(?P<org>[가-힣A-Za-z0-9]{2,20}?(?:엔터테인먼트|컴퍼니|엔터|뮤직|스튜디오|팩토리|매니지먼트|레이블|[A-Z]{2,}))(?:\s?측)?(?:은|는|이|가|도|\s)"
)
_HEAD_ACT = re.compile(r"(?<=\S)\s(?:사과|해명|반박|입장|심경|고백|호소|일침|경고|소감|반응|답변|당부|토로|항변|일갈|발끈)\s*$")
_EMBEDDED_CLAUSE = re.compile(r"(?:다는|라는|냐는|자는)\s|[는은]\s?(?:걸|것을|것)\s")
_PANEL = re.compile(r"(?P<panel>[가-힣]{2,8}(?:지법|고법|지방법원|고등법원|법원|지원)\s(?:[가-힣]{1,4}\s)?(?:형사|민사|행정|가사)?\d{1,2}(?:부|단독))(?=[\s(은는이가])")
_PLURAL_PRONOUNS = ("이들", "그들")
# a turn label that describes its speaker ('노숙인', '50대 상인', '서울 시민'): no name, no programme role
_DESCRIBED = re.compile(r"[가-힣0-9]{1,8}(?:\s[가-힣0-9]{1,8}){0,2}")
ANCHOR_WORDS = frozenset({"앵커", "기자", "진행자", "사회자", "리포트", "현장음", "효과음", "인터뷰", "녹취", "싱크"})
# a group as the subject of a sentence: '경북 군위지역 주민들이 ', '상인들은 '
_GROUP_SUBJECT = re.compile(r"(?:^|(?<=\s))(?P<np>[^\s\"“”'‘’,.]{1,15}(?:\s[^\s\"“”'‘’,.]{1,15}){0,2}?들)(?:이|은|는|도)\s")


class _Context:
    """Reading state across units: the people, and the speaker in focus."""

    def __init__(self, people: People, body: list[str], turns: set[int] | None = None, transcript: Transcript | None = None) -> None:
        self.people = people
        self.body = body
        self.turns = turns or set()
        self.transcript = transcript
        self.orgs = Orgs()
        self.interviewee: Speaker | None = None
        self.focus: Speaker | None = None  # the speaker a quote with no subject continues
        self.person: Speaker | None = None  # the person a pronoun points back to
        self.sources: list[str] = []  # anonymous sources by the fullest form met ('통일부 당국자')
        self.head_person: Speaker | None = None  # the person a headline quotes
        self.announced: Speaker | None = None  # who '…이렇게 말했다.' says will speak next
        self.at: int | None = None  # the body paragraph being read (a document's publisher is found before it)
        self.about: list[str] = []  # the last sentences without quotes since a speaker, for a pronoun after them
        self.titled: dict[str, Speaker] = {}  # an unnamed office holder by title ('백악관 NSC 대변인'), for a later bare '대변인'

    # --- units ---

    def headline(self, text: str, idx: int | None) -> list[Quote]:
        out = []
        for sp in quote_spans(text):
            content = text[sp.start : sp.end]
            if not _headline_quote(text, sp.open, sp.close, content):
                continue
            before = text[: sp.open]
            seg = _HEAD_TAG.sub("", re.split(r"[,…·|]|\.\.\.", before)[-1])
            seg = _COUNTRY.sub("", seg)  # '日니시카와전지': a country glued to the subject
            seg = _HEAD_ACT.sub(" ", seg)  # '… 폭로자 사과 "…"': the act's noun after the subject
            found = self._head_subject(seg) if seg.strip() else None
            if found is None and (owned := _OWNER_AFTER_HEAD.match(text, sp.close)) is not None:
                owner = parse_np(owned.group("np"))  # '"이제 시작일 뿐" 한소라 감독의 각오': the owner's words
                found = Found(owner, 0, len(owner.text), "") if owner.kind in ("person", "organization", "title_only") else None
            if found is None and (after := _NAME_AFTER.match(text, sp.close)):
                found = subject_in(after.group("np"))  # '"…" 고민정, …'
                if found is not None and found.mention.kind != "person":
                    found = None  # '"…" 신고에 수색…': words after the quote that name no one
            if found is None and (lead := _HEAD_SUBJECT.match(_HEAD_TAG.sub("", before))):
                found = self._head_subject(lead.group("np"))  # '통합당, … 보류?…"…"': the headline's topic
            # words before the quote that name no speaker we know still stand where a subject would
            unnamed = seg.strip() or None
            speaker = self.speaker(found.mention) if found else Speaker(None, unnamed, type="unknown")
            known = found is not None and (
                self._named_in_body(found.mention)
                or (found.mention.kind == "organization" and speaker.type == "person" and any((speaker.name or "-") in p for p in self.body))
            )  # '원빈 측 "…"': the camp of a person the body names
            if speaker.type == "organization" and speaker.name and found is not None and not _generic_org(speaker.name):
                pass  # an organisation in a headline speaks as itself ('구청 "…"'), by its full name
            elif speaker.type == "anonymous" and speaker.name and not is_group(speaker.name):
                speaker = self._described(speaker)  # '… 학폭 폭로자 사과 "…"': the one the body describes so (폭로자 A씨)
            elif speaker.type != "person" or speaker.name is None or not known:
                # an organisation or a group in a headline: the body's speaker of the words decides
                # (a name the article does not know stands for no one: '데자뷰 "…"')
                speaker = Speaker(None, speaker.mention, type="unknown", org=speaker.name if speaker.type != "person" else None)
            if speaker.type == "person" and speaker.name and self.head_person is None:
                self.head_person = speaker
            q = Quote(content, "direct", "headline", None, sp.start, sp.end, speaker)
            if idx is not None and idx < 0:
                q.subtitle = -1 - idx
            out.append(q)
        return out

    def _named_in_body(self, m: Mention) -> bool:
        """A person a headline names is one the article knows: a Korean full name, or a name the
        body writes too; another word that only the headline writes is no name ('데자뷰 "…"')."""
        rec = self.people.resolve(m, register=False)
        if rec is None:
            return m.name is not None and _full_korean(m.name)
        if _full_korean(rec.name):
            # '한소라 "…"' over a printed interview that never writes the name again; but not a
            # misspelling of a name the body writes ('박윤선' in the title, '박영선' in the body)
            return any(rec.name in p for p in self.body) or not any(
                o is not rec and len(o.name) == len(rec.name) and sum(a != b for a, b in zip(o.name, rec.name, strict=True)) == 1
                and o.name[0] == rec.name[0] and any(o.name in p for p in self.body)
                for o in self.people.persons
            )
        forms = [rec.name, *(a for a in rec.aliases if a != m.text and len(a) >= 2)]
        return any(f in p for f in forms for p in self.body)

    def _head_subject(self, np: str) -> Found | None:
        """A headline's subject: a speaker phrase, else an organisation the article names by a
        short form ('공사 "…"', '통합당, …'), else a hanja that stands for one ('靑 "…"')."""
        found = subject_in(np)
        if found is not None:
            return found
        short = np.strip()
        lx = lexicon()
        if len(short) == 1 and short in SURNAMES:
            # '김 "…"': a surname alone in a headline, for the one person of that surname the article quotes
            rec = self.people.resolve(Mention(short, "person", name=short), register=False)
            if rec is not None:
                return Found(Mention(short, "person", name=rec.name), 0, 1, "")
        if short.endswith("측") and self._person_named(short.removesuffix("측").strip()) is not None:
            return Found(parse_np(short), 0, len(short), "")  # '원빈 측 "…"': the camp of the 배우 원빈 the body names
        titled = parse_np(short) if 0 < len(short.split(" ")) <= 4 else None
        if titled is not None and titled.kind in ("person", "title_only") and titled.title:
            return Found(titled, 0, len(short), "")  # '한빛전자 대표 "…"': a title (of an organisation), no particle
        if titled is not None and titled.kind == "anonymous" and is_group(short):
            return Found(titled, 0, len(short), "")  # '공항 옆 주민들 "…"': a group
        described = parse_np(short) if titled is None and len(short.split(" ")) <= 6 else None
        if described is not None and described.kind == "anonymous" and not is_group(short):
            return Found(described, 0, len(short), "")  # '이달의 소녀 츄 학폭 폭로자 사과 "…"': someone described
        if short.split(" ")[-1:] and short.split(" ")[-1] in lx.hanja_orgs:
            short = short.split(" ")[-1]  # '… 업무개시명령에 野 "…"'
        known = short in lx.org_names or (is_org_word(short) and short in self.orgs.names) or (short == "재판부" and self._panel() is not None)
        if known or short in lx.hanja_orgs or short in lx.org_aliases or self.orgs.resolve(short) != short:
            name = canonical_org(short)
            return Found(Mention(short, "organization", org=name), 0, len(short), "")
        return None

    def paragraph(self, text: str, idx: int | None) -> list[Quote]:
        """A paragraph of an article with no transcript turns: the quotes its sentences hold."""
        return self.detect(text, idx)

    def detect(self, text: str, idx: int | None, shown: str | None = None, place: str = "body") -> list[Quote]:
        """The quotes that the sentences of ``text`` hold, marked or reported; ``shown`` is the
        paragraph as written where ``text`` hides parts of it (transcript labels, turns)."""
        spans = quote_spans(text)
        direct = direct_quotes(text, spans)
        raws = sorted(direct + indirect_quotes(text, spans, direct), key=lambda r: r.start)
        out: list[Quote] = []
        grouped: dict[tuple[int, int], list[Raw]] = {}
        for r in raws:
            grouped.setdefault(r.sentence, []).append(r)
        nearby = idx if place == "body" else None
        for sent in sentences(text, spans):
            if sent not in grouped:
                self._note_subject(text[sent[0] : sent[1]])
                self.announced = self._announcer(text[sent[0] : sent[1]])
                continue
            prev: Speaker | None = None
            main: Speaker | None = None
            announced, self.announced = self.announced, None
            for r in grouped[sent]:
                if announced is not None and r.subject is None and not r.chained and r.kind == "direct" and not r.owned:
                    sp = announced  # '남궁설 대표는 이렇게 말한다. "…".': the words the sentence before announced
                else:
                    sp = self._resolve(r, prev, nearby, text)
                prev = sp
                main = main if r.aside else sp
                q = self._quote(shown if shown is not None else text, idx, r, sp)
                q.in_ = place  # type: ignore[assignment]
                out.append(q)
            if main is not None and main.type != "unknown":
                self._set_focus(main)
            elif main is None or all(r.owned for r in grouped[sent]):
                # only asides, or words a noun of speech owns ('X는 "…"는 질문을 받았다'): the topic stays in focus
                if main is not None and (topic := _first_topic(text[sent[0] : grouped[sent][0].start])) is not None:
                    self.people.add(topic.mention)  # '배우 김하람은 "…"는 질문을 받았다': the one asked is named
                self._note_subject(text[sent[0] : sent[1]])
        return out

    def transcript_paragraph(self, text: str, idx: int) -> list[Quote]:
        """A paragraph of a transcript: the quoted turns that start here, and the quotes that
        narration (and any text outside turns) holds of its own."""
        assert self.transcript is not None
        out = [self._turn_quote(t) for t in self.transcript.quoted() if t.pieces[0].para == idx]
        masked = _mask(text, self.transcript.hidden(idx))
        if masked.strip():
            out += self.detect(masked, idx, shown=text)
        for q in out:
            if q.speaker.type != "unknown" and q.speaker.name:
                self._set_focus(q.speaker)
        return sorted(out, key=lambda q: q.start)

    def _turn_quote(self, t: Turn) -> Quote:
        assert t.label is not None
        if t.label.style == "qa" and self.interviewee is None and self.person is not None and self.person.type == "person":
            self.interviewee = self.person  # the person the lead is about, before any answer speaks
        if t.label.style == "qa" and self.interviewee is None and self.head_person is not None:
            self.interviewee = self.head_person  # '라온 "첫 4강…"' over a printed interview that names no one
        if t.label.style == "qa" and not t.label.who:
            # an answer of a printed interview is the interviewee's
            sp = self.interviewee or Speaker(None, None, type="unknown")
        elif not t.label.who:
            # '[인터뷰]' with no name: the guest the anchor introduced, else the headline's person
            guest = self.interviewee or (self.person if self.person is not None and self.person.type in ("person", "anonymous") else None)
            sp = guest or self.head_person or Speaker(None, None, type="unknown")
        else:
            sp = self.speaker(parse_label(t.label.who), labelled=True)
        first, last = t.pieces[0], t.pieces[-1]
        s, _ = _trim_piece(self.body[first.para], first.start, first.end)
        _, e = _trim_piece(self.body[last.para], last.start, last.end)
        if first.para == last.para:
            s, e = _trim_piece(self.body[first.para], first.start, first.end)
            text = self.body[first.para][s:e]
        else:
            mid = [self.body[p.para][p.start : p.end].strip() for p in t.pieces[1:-1]]
            text = "\n".join([self.body[first.para][s : first.end].rstrip(), *mid, self.body[last.para][last.start : e].lstrip()])
        q = Quote(text, "direct", "body", first.para, s, e, sp)
        if last.para != first.para:
            q.paragraph_end = last.para
        self._set_focus(sp)
        return q

    def _set_focus(self, sp: Speaker) -> None:
        self.focus = sp
        if sp.type in ("person", "anonymous") and sp.name:
            self.person = sp  # '그는' points back to a person, named or not
            self.about = []

    # --- speakers ---

    def _resolve(self, r: Raw, prev: Speaker | None, idx: int | None = None, text: str = "") -> Speaker:
        self.at = idx
        if r.subject is not None:
            return self.speaker(r.subject.mention)
        if r.owned:
            return Speaker(None, None, type="unknown")  # '\'…\'는 질문에': the asker is not named
        if r.chained and prev is not None:
            return prev
        if r.verb and r.verb.endswith(("자", "자마자")) and r.kind == "direct":
            return Speaker(None, None, type="unknown")  # "'…'고 묻자 그는": the one who asked is not said
        if idx is not None and r.start <= 2 and len(text) - r.end <= 3 and (after := self._cataphora(idx + 1)):
            return after
        if (owner := self._owner_after(text, r, idx)) is not None:
            return owner
        if self.focus is not None:
            return Speaker(self.focus.name, None, self.focus.title, self.focus.org, self.focus.type)
        return Speaker(None, None, type="unknown")

    def speaker(self, m: Mention, labelled: bool = False) -> Speaker:
        """The canonical speaker of a mention; a turn's label (``labelled``) names a person even
        where the name ends like an organisation ('우병원 / 주민')."""
        if m.kind == "anonymous" and (agency := self._agency_of(m)) is not None:
            return Speaker(agency, m.text, None, None, "organization")  # '소속사 측은': the agency the article named
        if labelled and m.kind == "person" and m.name and not m.title and parse_np(m.name).kind == "anonymous":
            return Speaker(m.name, m.text, None, None, "anonymous")  # '현장음) 지역주민': someone described, not named
        if m.kind == "pronoun" and m.text in _PLURAL_PRONOUNS and (group := self._group_before()) is not None:
            return Speaker(group.name, m.text, group.title, group.org, group.type)  # '주민들이 … 반발했다. 이들은 "…"'
        if m.kind == "pronoun" or (m.determiner and m.kind == "title_only"):
            self._settle_about()
            ref = self.person or self.focus
            if ref is not None:
                return Speaker(ref.name, m.text, ref.title, ref.org, ref.type)
            return Speaker(None, m.text, type="unknown")
        if m.kind == "person" and m.name and not m.title and not labelled and self._org_named(m.name):
            m = Mention(m.text, "organization", org=m.name)  # '니시카와전지': the company of its 사장
        if m.kind in ("person", "title_only"):
            rec = self.people.resolve(m)
            if rec is None and m.kind == "person" and m.name:
                rec = self.people.add(m)
            if rec is not None:
                title = m.title or (rec.titles[0] if rec.titles else None)
                org = m.org or (rec.orgs[0] if rec.orgs else None)
                return Speaker(rec.name, m.text, title, org, "person")
            if m.kind == "person" and m.name == "한" and m.determiner:
                return Speaker(m.text, m.text, m.title, m.org, "anonymous")
            if m.kind == "person" and m.name:
                name = lexicon().hanja.get(m.name, m.name)
                if len(name) == 1 and m.title:
                    name = f"{name} {m.title}"  # only '김 기자' is given: that is the fullest form
                return Speaker(name, m.text, m.title, m.org, "person")
            if m.kind == "title_only" and m.title and not m.org and (holder := self.titled.get(m.title)) is not None:
                return Speaker(holder.name, m.text, holder.title, holder.org, "person")  # '대변인' after '백악관 NSC 대변인'
            if m.kind == "title_only" and m.title and m.org:
                self.titled.setdefault(m.title, Speaker(m.text, m.text, m.title, m.org, "person"))
            return Speaker(m.text, m.text, m.title, m.org, "person")
        if m.kind == "anonymous":
            if m.determiner and self.focus is not None and self.focus.type == "anonymous":
                return Speaker(self.focus.name, m.text, None, self.focus.org, "anonymous")
            letter = ANON_LETTER_END.search(m.text)  # '전화를 건 여성 A씨' is A씨 all through the article
            name = letter.group(0) if letter else m.name or m.text  # 'A시의원' named by its letter and title
            if " " not in name and (fuller := next((n for n in reversed(self.sources) if n.endswith(" " + name)), None)):
                name = fuller  # '통일부 당국자는 …', then '당국자는 …': the same source
            elif name not in self.sources:
                self.sources.append(name)
            return Speaker(name, m.text, m.title, m.org, "anonymous")
        if m.kind == "organization" and m.org and m.text.endswith("측") and (camp := self._person_named(m.org.removesuffix("측").strip())) is not None:
            return Speaker(camp.name, m.text, camp.title, camp.org, "person")  # '원빈 측': the 배우 원빈 the article names
        if m.kind == "organization" and (m.org or m.text) == "재판부" and (panel := self._panel()) is not None:
            return Speaker(panel, m.text, None, None, "organization")  # '재판부는' → the '서울고법 형사2부' the article named
        if m.kind == "organization":
            if is_document(m.org or m.text) and (author := self._author(m.org or m.text)) is not None:
                return Speaker(self.orgs.resolve(author), m.text, None, None, "organization")  # '보고서는' → who wrote it
            raw = m.text if m.org and m.org != m.text and canonical_org(m.text) == m.org else (m.org or m.text)
            name = self.orgs.resolve(self._expanded(raw))
            if len(name) == 1 and name in GENERIC_ORGS:
                # '시는', '군은': the article's one 새솔시 (or the 시 in focus); else the 시 as written
                ending = [n for n in self.orgs.names if n.endswith(name) and len(n) > 1 and n not in lexicon().places]  # not '대구' for '구'
                if len(ending) == 1:
                    return Speaker(ending[0], m.text, None, None, "organization")
                if self.focus is not None and self.focus.type == "organization" and (self.focus.name or "").endswith(name):
                    return Speaker(self.focus.name, m.text, None, None, "organization")
                return Speaker(name, m.text, None, None, "organization")
            if name in GENERIC_ORGS and self.focus is not None and self.focus.type == "organization":
                return Speaker(self.focus.name, m.text, None, None, "organization")  # '회사는' after '서광디스플레이는'
            return Speaker(name, m.text, None, None, "organization")
        if labelled and m.kind == "unknown" and _DESCRIBED.fullmatch(m.text) and m.text not in ANCHOR_WORDS:
            return Speaker(m.text, m.text, None, None, "anonymous")  # '<인터뷰> 노숙인 : …': someone described, not named
        return Speaker(None, m.text, type="unknown")

    def _described(self, who: Speaker) -> Speaker:
        """A headline's description of someone ('… 폭로자'): the lettered source the body describes
        with the same word ('폭로자 A씨'), else the description itself, anonymous."""
        head = (who.name or "").split(" ")[-1]
        for para in self.body:
            if head and (m := re.search(rf"{re.escape(head)}\s?(?P<who>[A-Z](?:씨|양|군))", para)):
                return Speaker(m.group("who"), who.mention, None, None, "anonymous")
        return who

    def _panel(self) -> str | None:
        """The court panel the article names ('서울고법 형사2부(김종호 부장판사)는'), for '재판부'."""
        for para in self.body:
            if (m := _PANEL.search(para)) is not None:
                return m.group("panel")
        return None

    def _person_named(self, name: str) -> Speaker | None:
        """A person the article names with a title ('배우 원빈'), for a camp named by the bare name."""
        rec = self.people.resolve(Mention(name, "person", name=name), register=False)
        if rec is not None and rec.name == name and rec.titles:
            return Speaker(rec.name, name, rec.titles[0], rec.orgs[0] if rec.orgs else None, "person")
        lx = lexicon()
        described = re.compile(rf"(?<![가-힣])(?P<what>[가-힣]{{2,6}})\s{re.escape(name)}(?![가-힣])")
        for text in self.body:
            for d in described.finditer(text):
                if d.group("what") in lx.occupations or d.group("what") in lx.titles:
                    return Speaker(name, name, d.group("what"), None, "person")  # '배우 원빈 소속사 측이 …'
        return None

    def _agency_of(self, m: Mention) -> str | None:
        """'소속사 측': the agency the article named as someone's ('강타 소속사 SM엔터테인먼트는'),
        the one of the person the paragraph is about where there are several."""
        if self.at is None or m.text.replace(" ", "").removesuffix("측") not in lexicon().relations:
            return None
        named = {}
        for para in self.body[: self.at + 1]:
            for d in _AGENCY_NAMED.finditer(para):
                named[d.group("who")] = d.group("org")
        if not named:
            return None
        if len(set(named.values())) == 1:
            return next(iter(named.values()))
        here = self.body[self.at]
        about = [w for w in named if w in here[: here.find(m.text) if m.text in here else len(here)]]
        return named[about[-1]] if about else None

    def _settle_about(self) -> None:
        """The person (or anonymous source) the last sentence without quotes is about, where a
        pronoun now needs it: '김하성은 … 돌아봤다. … 그는 "…"'."""
        pending, self.about = self.about, []
        for sentence in reversed(pending):  # the nearest sentence about someone
            if self._about(sentence):
                return

    def _about(self, sentence: str) -> bool:
        about = _first_topic(sentence[:80])
        if about is not None and about.mention.kind == "anonymous" and not is_group(about.mention.text) and " 한 " in f" {about.mention.text} ":
            self.person = self.speaker(about.mention)  # '시흥시의회 한 의원이 … 시선을 끌었다. 해당 의원은 "…"'
            return True
        if about is not None and about.mention.kind == "person" and about.mention.name:
            rec = self.people.resolve(about.mention, register=False)
            if rec is None and _full_korean(about.mention.name) and _name_like(about.mention.name) and _surely_a_name(about.mention.name):
                rec = self.people.add(about.mention)
            if rec is not None and (len(rec.name) > 1 and rec.name != about.mention.name or _full_korean(rec.name) or rec.titles):
                # '김하성은 … 돌아봤다. … 그는 "…"': a pronoun points back to the person a sentence is about
                self.person = Speaker(rec.name, about.mention.text, rec.titles[0] if rec.titles else None, rec.orgs[0] if rec.orgs else None, "person")
                return True
        return False

    def _group_before(self) -> Speaker | None:
        """The group a plural pronoun points back to: the last 'X들' that is a subject before it."""
        if self.focus is not None and self.focus.type == "anonymous" and (self.focus.name or "").endswith("들"):
            return self.focus
        if self.at is None:
            return None
        here = self.body[self.at]
        cut = min((k for k in (here.find(p) for p in _PLURAL_PRONOUNS) if k >= 0), default=0)
        for text in [here[:cut], *reversed(self.body[max(0, self.at - 2) : self.at])]:
            found = [parse_np(g.group("np")) for g in _GROUP_SUBJECT.finditer(text)]
            groups = [g for g in found if g.kind == "anonymous"]
            if groups:
                return Speaker(groups[-1].text, groups[-1].text, None, groups[-1].org, "anonymous")
        return None

    def _author(self, document: str) -> str | None:
        """'서울시의회 입법조사처가 2일 공개한 … 보고서': the organisation that published the document."""
        np = r"(?P<np>[^\s\"“”'‘’,.]{2,20}(?:\s[^\s\"“”'‘’,.]{2,20})?)"
        doc = re.escape(document)
        patterns = (
            # '입법조사처가 2일 공개한 … 보고서'
            re.compile(np + r"(?:이|가)\s(?:\S+\s){0,3}?" + _PUBLISHED + r"\s(?:\S+\s){0,5}?" + doc),
            # 'KDI는 4일 "…" 보고서를 발표했다' / '…보고서를 내고'
            re.compile(np + r"(?:은|는|이|가)\s(?:\S+\s){0,6}?" + doc + r"(?:를|을)\s" + _PUBLISHES),
        )
        before = self.body[: self.at + 1] if self.at is not None else self.body
        for para in [*reversed(before), *self.body[len(before) :]]:  # the nearest report before the words
            for pattern in patterns:
                if (m := pattern.search(para)) is not None:
                    who = parse_np(m.group("np"))
                    if who.kind == "organization":
                        return who.org or who.text
                    bare = re.sub(r"\([^)]*\)$", "", m.group("np"))  # '한국개발연구원(KDI)', a name the article declared
                    if self._org_named(bare):
                        return bare
        return None

    def _expanded(self, short: str) -> str:
        """'기재부' → '기획재정부' where the article gives the full name (the fullest form the
        article gives is canonical); a hanja ('靑') always stands for its organisation."""
        full = canonical_org(short)
        if full == short or not re.search(r"[가-힣]", short) or any(full in b for b in self.body):
            return full
        return short

    def _known_org(self, name: str) -> bool:
        """An organisation the article names: a person's organisation, or one found in its words."""
        return name in self.orgs.names or any(name in p.orgs for p in self.people.persons)

    def _org_named(self, name: str) -> bool:
        """A name that is an organisation of the article, or the head of one ('삼성' of 삼성전자)."""
        if self._known_org(name) or name in self.orgs.declared:
            return True
        full = self.orgs.resolve(name)
        return full != name and full.replace(" ", "").startswith(name) and self.people.resolve(
            Mention(name, "person", name=name), register=False
        ) is None

    def _owner_after(self, text: str, r: Raw, idx: int | None) -> Speaker | None:
        """'"…." 김 장관의 말이다': the next sentence says whose words they were."""
        rest = text[r.end + 1 : r.end + 160]
        nxt = rest[rest.find(".") + 1 :] if "." in rest[:12] else rest
        if not nxt.strip() and idx is not None and idx + 1 < len(self.body):
            nxt = self.body[idx + 1][:80]
        m = _OWNER.match(nxt.strip())
        if m is None:
            return self._said_next(nxt.strip())
        found = parse_np(m.group("np"))
        return self.speaker(found) if found.kind in ("person", "anonymous", "organization") else None

    def _said_next(self, nxt: str) -> Speaker | None:
        """'"…." 시장에서 만난 상인 박순자(68)씨가 말했다.': a short next sentence that is only
        its speaker and a speech act."""
        sentence = re.split(r"(?<=[.?!])\s", nxt, maxsplit=1)[0]
        if not sentence.endswith("다.") or words(sentence) > 9 or re.search(r"[\"“”'‘’]", sentence):
            return None
        verb = verb_in(sentence)
        if verb is None or not sentence.rstrip(".").endswith(verb):
            return None
        found = subject_in(sentence[: sentence.rfind(verb)])
        if found is None or found.mention.kind not in ("person", "anonymous", "organization"):
            return None
        if _EMBEDDED_CLAUSE.search(sentence, found.end, sentence.rfind(verb)):
            return None  # '다만 보완점도 있다는 걸 인정했다.': the subject of what was granted, not a speaker
        return self.speaker(found.mention)

    def _cataphora(self, nxt: int) -> Speaker | None:
        """'"…."' then '표승환 대표는 5일 … 이같이 말했다': the speaker comes after the words."""
        if nxt >= len(self.body):
            return None
        m = _CATAPHORA.search(self.body[nxt][:200])
        if not m:
            return self._named_next(self.body[nxt])
        if not m:
            return None
        found = subject_in(self.body[nxt][: m.start("this")])
        return self.speaker(found.mention) if found and found.mention.kind != "unknown" else None

    def _named_next(self, text: str) -> Speaker | None:
        """The words alone in a paragraph, then a paragraph that names who said them: its first
        sentence's subject with a word of speech ('김 의원이 … 장관에게 전한 말입니다', '박 의원은 …
        비판하며 막말을 쏟았습니다'), or, where the article opens with the words, the speaker of
        the next paragraph's quote ('"…."' then '경기 후 홍 감독은 "…"라며')."""
        spans = quote_spans(text)
        first = re.split(r"(?<=[.?!])\s", text, maxsplit=1)[0]
        if spans and spans[0].open < len(first):
            first = text[: spans[0].open]
        cue = lexicon().verb_re.search(first) is not None or _SPEECH_WORD.search(first) is not None
        if not first.strip() or not (cue or (spans and self.focus is None)):
            return None
        found = _first_topic(first) if not spans else subject_in(first)
        if found is None or found.mention.kind not in ("person", "organization", "anonymous"):
            return None
        return self.speaker(found.mention)

    def _announcer(self, sentence: str) -> Speaker | None:
        """'출장에서 돌아온 남궁설 대표는 이렇게 말한다.': who speaks the words that follow."""
        m = _ANNOUNCES.search(sentence)
        if m is None or verb_in(m.group("verb")) is None:
            return None
        found = _first_topic(sentence[: m.start()])
        if found is None or found.mention.kind not in ("person", "organization", "anonymous", "title_only"):
            return None
        return self.speaker(found.mention)

    def _note_subject(self, sentence: str) -> None:
        """A sentence with no quote may still change who is in focus: '알트먼 CEO은 … 보였다.',
        or '최 회장에게 질문이 쏟아졌다.' (the one asked answers next)."""
        self.about = [*self.about[-2:], sentence]  # whom a later pronoun may point back to: read only if one comes
        met = _met(sentence)
        m = parse_np(met.group("np")) if met is not None else Mention("", "unknown")
        if m.kind == "person" and m.name and (rec := self.people.add(m)) is not None:
            # '경기 후 서하람을 만났다': the one met is named, and speaks next
            self._set_focus(Speaker(rec.name, m.text, m.title or (rec.titles[0] if rec.titles else None), m.org, "person"))
        heard = _HEARD.search(sentence) if "들어" in sentence else None
        if heard is not None and (voices := _anonymous_np(heard.group("np").removesuffix("의"))) is not None:
            self._set_focus(self.speaker(voices))  # '시민들의 목소리, 들어보겠습니다': the bites that follow are theirs
            return
        if (talked := _talked(sentence)) is not None and (met_anon := _anonymous_np(talked.group("np"))) is not None:
            self._set_focus(self.speaker(met_anon))  # '시민 한 분과 이야기 나눠보겠습니다': the one met speaks next
            return
        predicate = _is_who(sentence)
        m = parse_np(predicate.group("np")) if predicate is not None else Mention("", "unknown")
        # '셋째 날 주인공은 소아린 작가다': a person named with a title as the predicate speaks next
        if m.kind == "person" and m.name and m.title and (rec := self.people.add(m)) is not None:
            self._set_focus(Speaker(rec.name, m.text, m.title, m.org, "person"))
            return
        if (asked := _asked(sentence) or met) is not None:
            # '최 회장에게 질문이 쏟아졌다': the one asked speaks next
            m = parse_np(asked.group("np"))
            if m.kind in ("person", "title_only") and self.people.resolve(m, register=False) is not None:
                self._set_focus(self.speaker(m))
                return
        head = sentence[:40]
        mm = re.match(r"^(?:이에|또|이어|한편|특히|이날|그러면서|다만)?\s*([^\s\"“”]+(?:\s[^\s\"“”]+){0,3}?)(?:은|는|이|가)\s", head)
        if not mm:
            return
        found = subject_in(head[: mm.end()])
        if found is None:
            return
        m = found.mention
        if m.kind == "person" and m.name and not m.title and self._org_named(m.name):
            m = Mention(m.text, "organization", org=m.name)  # '인천공항본부세관(이하 세관)이'
        # only a person the article has named, or a known kind of organisation, takes the focus
        if m.kind == "person" and self.people.resolve(m, register=False) is None:
            return
        org = (m.org or m.text).split(" ")[-1]
        if m.kind == "organization" and not is_org_word(org) and not self._org_named(org):
            return  # only an organisation the article names, or a known kind of one, takes the focus
        named = m.org or m.text
        if m.kind == "organization" and (outlet_index().alias(named) is not None or named.replace(" ", "") in lexicon().sites):
            return  # an outlet or portal named in a sentence ('다음뉴스는 …') is page chrome, not a speaker
        if m.kind in ("person", "organization", "pronoun"):
            sp = self.speaker(m)
            if sp.name:
                self._set_focus(sp)

    def _quote(self, text: str, idx: int | None, r: Raw, sp: Speaker) -> Quote:
        addressee = None
        if r.addressee is not None:
            a = self.speaker(r.addressee)
            addressee = a.name
        via = self.speaker(r.via).name if r.via is not None else None
        return Quote(text[r.start : r.end], r.kind, "body", idx, r.start, r.end, sp, r.verb, addressee, via)  # type: ignore[arg-type]


_OWNER = re.compile(r"^(?:이는\s|이것이\s|라는\s게\s|는\s게\s)?(?P<np>[^\s\"“”'‘’]{1,20}(?:\s[^\s\"“”'‘’]{1,20}){0,3}?)의\s(?:말|설명|주장|얘기|이야기|지적|전언|분석|평가|당부|진단|전망|하소연|토로)이다")
_COUNTRY = re.compile(r"^\s*[日韓美中北英獨佛露](?=[가-힣A-Za-z])")
_HEAD_SUBJECT = re.compile(r"^\s*(?P<np>[^\s,…\"“”'‘’]{2,12}(?:\s[^\s,…\"“”'‘’]{1,12})?),\s")
_HEAD_TAG = re.compile(r"^\s*(?:[\[(【<][^\]\)】>]{1,8}[\]\)】>]\s*)+")  # '[단독]', '(인터뷰)', '【속보】'
_OWNER_AFTER_HEAD = re.compile(
    r"\s*(?P<np>[^\s,…\"“”'‘’]{2,12}(?:\s[^\s,…\"“”'‘’]{1,12}){0,2}?)의\s(?:각오|다짐|소감|말|당부|호소|일갈|한마디|외침|고백|반성|작심\s?발언|직격탄|경고|약속)"
)
_NAME_AFTER = re.compile(r"\s*(?P<np>[가-힣]{2,4}(?:\s[가-힣]{1,8})?)\s*[,…]")
_ANNOUNCES = re.compile(r"(?:이렇게|이같이|다음과\s같이)\s(?P<verb>\S+(?:다|니다))\.?$")
_IS_WHO = re.compile(r"(?:은|는)\s(?P<np>[^\s\"“”'‘’,.]{2,15}(?:\s[^\s\"“”'‘’,.]{1,15}){0,2}?)(?:이다|다|입니다|이었다|였다)\.?$")
_MET = re.compile(r"(?P<np>[^\s\"“”'‘’,.]{1,15}(?:\s[^\s\"“”'‘’,.]{1,15})?)(?:을|를)\s(?:\S+\s)?(?:만났다|만났습니다|만나봤다|만나 봤다|만나\s|인터뷰했다|연결합니다|연결하겠습니다|연결해\s보겠습니다|연결돼\s있습니다|모셨습니다|모시겠습니다|모셨다)")
_TALKED = re.compile(
    r"(?P<np>[^\s\"“”'‘’,.]{1,15}(?:\s[^\s\"“”'‘’,.]{1,15})?)(?:\s(?:한|두|세)\s(?:분|명))?(?:과|와|을|를)\s(?:\S+\s)?"
    r"(?:이야기|얘기|대화|인터뷰)(?:를)?\s?(?:나눠|나눴|나누|해\s보|했)"
)
# 'X의 목소리, 들어보겠습니다', '주민들 이야기 들어보시죠': a lead that hands over to the bites of X
_HEARD = re.compile(
    r"(?P<np>[^\s\"“”'‘’,.]{1,15}(?:\s[^\s\"“”'‘’,.]{1,15})?)(?:의)?\s(?:목소리|이야기|얘기|말|반응|의견|소감)(?:을|를|도)?,?\s"
    r"(?:직접\s|함께\s|먼저\s)?(?:들어보겠습니다|들어보시죠|들어봤습니다|들어보시겠습니다|들어봅니다|들어보겠다|들어봤다)"
)
_ASKED = re.compile(r"(?P<np>[^\s\"“”'‘’,.]{1,15}(?:\s[^\s\"“”'‘’,.]{1,15})?)에게\s(?:\S+\s)?(?:질문|물음|질의)(?:이|을|를|은|이\s)?")
# what each verb of _MET holds (keep in step with it): most sentences have none, and both
# patterns are slow to fail (a name-like run tried at every position)
_MET_NEEDS = ("만났", "만나", "인터뷰했다", "연결", "모셨", "모시겠")


def _met(sentence: str) -> re.Match[str] | None:
    return _MET.search(sentence) if any(w in sentence for w in _MET_NEEDS) else None


# what _TALKED and _IS_WHO need, tested first (both are slow to fail: a name-like run tried at
# every position); keep in step with them
_TALKED_NEEDS = ("이야기", "얘기", "대화", "인터뷰")
_IS_WHO_ENDS = ("다", "다.", "다\n", "다.\n")  # its '(…다)\.?$': '$' also matches before a final newline


def _talked(sentence: str) -> re.Match[str] | None:
    return _TALKED.search(sentence) if any(w in sentence for w in _TALKED_NEEDS) else None


def _is_who(sentence: str) -> re.Match[str] | None:
    return _IS_WHO.search(sentence) if sentence.endswith(_IS_WHO_ENDS) else None


def _asked(sentence: str) -> re.Match[str] | None:
    return _ASKED.search(sentence) if "에게" in sentence else None


_SPEECH_WORD = re.compile(r"(?:말|막말|발언|일갈|소감|설명|주장)(?:입니다|이다|이었다|을|를|이|은)")
ANON_LETTER_END = re.compile(r"(?<=\s)(?:[A-Z]\s?(?:씨|군|양)|[ㄱ-ㅎ]\s?씨)$")  # '주민 이모씨' keeps its description
_CATAPHORA = re.compile(r"(?P<this>이같이|이렇게|이처럼|이와 같이)\s?(?:말|밝|전|강조|설명|덧붙|토로|답|언급)")


QUOTE_OPENERS = QUOTE_OPEN


INTERVIEW_OF = re.compile(r"(?P<np>[^\s\"“”'‘’]{1,20}(?:\s[^\s\"“”'‘’]{1,20}){0,5}?)(?:와의|과의|와|과|의)?\s?(?:공식\s?)?(?:기자회견\s?)?(?:일문일답|문답)")


def _interview_of(texts: list[str], ctx: _Context) -> Speaker | None:
    """The person a printed interview is with: the one named right before '일문일답'."""
    for text in texts:
        m = INTERVIEW_OF.search(text) if "일문일답" in text or "문답" in text else None
        if m is None:
            continue
        words = re.sub(r"(?:와의|과의|와|과|의)$", "", m.group("np")).split(" ")
        words = words[1:] if len(words) > 1 and words[0] in ("다음은", "아래는", "이하는") else words  # '다음은 X와의 일문일답'
        for k in range(max(0, len(words) - 4), len(words)):
            mention = parse_np(" ".join(words[k:]).strip("(）)"))
            if mention.kind == "person" and mention.name:
                return ctx.speaker(mention)
    return None


def _credited(who: str) -> str:
    """'강병원 더불어민주당 의원' in a programme's credits: the name, then its role."""
    first, _, rest = who.partition(" ")
    return f"{first} / {rest}" if "/" not in who and "(" not in who and rest and korean_name_shape(first) else who


def _anonymous_np(np: str) -> Mention | None:
    """An anonymous source the phrase names, by the whole phrase or its last word ('앞에서 시민')."""
    for cand in (np.split(" ")[-1], np):
        if (m := parse_np(cand)).kind == "anonymous":
            return m
    return None


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for s, e in spans:
        for k in range(max(0, s), min(len(chars), e)):
            chars[k] = " "
    return "".join(chars)


def _trim_piece(text: str, s: int, e: int) -> tuple[int, int]:
    """A turn's words without white space, a leading dash and the marks that wrap them."""
    while s < e and text[s] in " -–—\n":
        s += 1
    after = text[close + 1 : close + 3].strip()[:1] if s < e and text[s] == "(" and (close := text.find(")", s)) > 0 else ""
    if after and after in QUOTE_OPEN:
        s = close + 1  # '(검토하셨습니까?) "…"': the reporter's question is not the bite
        while s < e and text[s] == " ":
            s += 1
    while e > s and text[e - 1] in " \n":
        e -= 1
    if s < e and text[s] in QUOTE_OPEN:
        s += 1
    if e > s and text[e - 1] in "\"”'’″」』":
        e -= 1
    if e - s > 2 and text[s] == "(" and text.find(")", s) == e - 1:
        s, e = s + 1, e - 1  # '(유모차를 끌고 갈 수가 없어요.)': regional scripts put the bite in parentheses
    return s, e


def _trim(text: str) -> tuple[int, int]:
    s, e = 0, len(text)
    while s < e and text[s] in " \"“'‘″「『":
        s += 1
    while e > s and text[e - 1] in " \"”'’″」』":
        e -= 1
    return s, e


_NOUN_AFTER = re.compile(r"\s[가-힣]{1,4}(?:로|으로|에|에서|을|를)\s")
_ANSWERED = re.compile(r"^(?:에|에도|엔|에는)\s")
_PARTICLE_AFTER = re.compile(r"^(?:의|을|를|이|가|에|로|으로|와|과|은|는|도|란|라는|이라는|처럼|식|급|형)(?![가-힣])")


def _noun_end(content: str) -> bool:
    """The words end on a noun ('…산사태 피해'), though its last syllable could end a verb."""
    last = content.rstrip(".!?~…").rsplit(" ", 1)[-1]
    toks, _ = analysis(last) if last else ((), 0.0)
    return bool(toks) and all(t.tag in NOMINAL for t in toks)


def _headline_quote(text: str, open_: int, close: int, content: str) -> bool:
    """In a headline, words in marks are a quote unless they name a term."""
    c = content.strip()
    if len(c) < 2:
        return False
    after = text[close : close + 4]
    head = _HEAD_TAG.sub("", text[:open_]).strip()
    if not head and text[open_] in "'‘" and text[close:].strip() and (
        not re.search(r"(?:다|요|죠|까|냐|라|자|것|야|뿐|지|네|게|어|아|해|고|며|나|데|니)[.!?~]*$", c) or _noun_end(c)
    ):
        return False  # "'FA컵 짜릿 결승행' 새솔FC …", "'예천 산사태 피해' 주민": words in single marks at the head that sum up
    if text[open_] in "'‘" and _noun_end(c) and (noun := re.match(r"\s([가-힣]{2,})", text[close : close + 12])) and (
        noun.group(1) not in lexicon().speech_nouns and not noun.group(1).startswith(("발언", "주장", "지적", "언급"))
    ):
        return False  # "'…수사기밀 유출' 검찰 수사관", "'…반도체 실적' 이례적 사과": a nominal term before a noun
    if _ANSWERED.match(after) and re.search(r"(?:다|라|냐|자|까|요|죠)[.!?]*$", c):
        return True  # '"물러나라"에 김 장관 "…"': the words someone answers were said
    if _PARTICLE_AFTER.match(after):
        return False
    if _NOUN_AFTER.match(text, close) and not re.search(r"(?:다|요|죠|까|냐|라|자|것|야|해|어)[.!?]*$", c):
        return False  # '"비공개 일정" 이유로 …': the words name what a noun after them is about
    n = len(c.split())
    if text[open_] in "\"“":
        return n >= 2 or bool(re.search(r"(?:다|요|죠|까|냐|라|자|것|야)[.!?]*$", c))
    return n >= 3 or bool(re.search(r"(?:다|요|죠|까|냐|자|것|야)[.!?]*$", c))
