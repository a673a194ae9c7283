"""Direct, indirect and broadcast quotes in one text unit, with their speaker phrases.

The rules, in quotes.md's terms: a quoted span is a quote when a quotative
ending follows its closing mark and a speech act (or a further quote of the
same speaker) follows that; spans joined by 며/면서 chain to one speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from malmoi.data import load_toml
from malmoi.quotes.lexicon import lexicon
from malmoi.quotes.mentions import (
    Found,
    Mention,
    addressee_in,
    also_as_do,
    nearest_subject,
    parse_np,
    subject_in,
    via_in,
)
from malmoi.quotes.morph import analysis
from malmoi.quotes.spans import Span, by_sentence, quote_spans, sentences

CONNECTIVE = (
    "며", "라며", "이라며", "면서", "라면서", "이라면서", "며서", "면서도", "라면서도", "이라면서도", "하고",
    "거나", "이라거나", "라거나", "한다며", "한다면서", "했다며", ",",
)
QUOTATIVE = ("라고", "이라고", "고", "하고", "냐고", "느냐고", "자고", "라고요", "고요", "고도", "라고도", "이라고도", "한다고", "했다고", "이라고만", "라고만", "고만", "이라고까지", "라고까지", "고까지")
NOMINAL_ENDINGS = ("는", "이라는", "라는", "란", "이란", "을", "를")
# one word that is a whole polite sentence ('감사합니다', '건강하십시오', '고마워요'): said, not a term
SENTENCE_WORD = re.compile(r"[가-힣]{2,}(?:니다|세요|셔요|십시오|십시요|시오|어요|아요|해요|지요|네요|군요|죠)[.!?…]*$")
PREDICATE_END = re.compile(r"(?:다|요|죠|까|냐|나|라|자|지|네|군|걸|데|야|어|아|해|게|니|것|뿐|듯|며|고|음|함|임|함\.|!|\?|\.|…)[.!?…\s]*$")


@dataclass(slots=True)
class Raw:
    """A quote found in a unit, before its speaker is resolved."""

    kind: str  # direct | indirect
    start: int
    end: int
    verb: str | None
    subject: Found | None  # the phrase naming the speaker, where the sentence gives one
    addressee: Mention | None
    via: Mention | None
    sentence: tuple[int, int]
    chained: bool = False  # continues the previous quote's speaker within the sentence
    label: Mention | None = None  # a broadcast speaker label
    owned: bool = False  # attributed by a noun of speech ('…'는 질문에): its speaker is the noun's owner
    aside: bool = False  # said inside a -자 clause by its own subject: not the sentence's speaker in focus


def words(s: str) -> int:
    return len(s.split())


def ending_after(text: str, pos: int) -> str | None:
    m = lexicon().ending_re.match(text, pos)
    if m:
        return m.group(0).strip()
    if re.match(r"(?:이고)?,?\s?[\"“'‘]", text[pos : pos + 5]):
        return ","  # '…', '…'라고: a list of quotes; '"이게 도발이냐?" "당연히 그렇다"고': one after another
    return None


_WORD_END = re.compile(r"\s|(?<=다)\.")  # a word ends at a space, or at '다.' glued to the next sentence


def verb_in(clause: str) -> str | None:
    """The speech act in the words after a quotative ending: '이유를 밝혔다' → '밝혔다'."""
    lx = lexicon()
    for m in lx.verb_re.finditer(clause):
        # the verb starts a word, or follows a glued object (입장을 밝혔다 has spaces)
        if m.start() and not clause[m.start() - 1].isspace():
            continue
        end = _WORD_END.search(clause, m.end())
        word_end = len(clause) if end is None else end.start()
        return clause[m.start() : word_end].rstrip(".,!?\"'”’")
    return None


def clause_like(content: str) -> bool:
    """A quoted utterance rather than a term: several words ending like a sentence."""
    c = content.strip()
    n = words(c)
    return n >= 3 or (n >= 2 and bool(PREDICATE_END.search(c))) or SENTENCE_WORD.fullmatch(c) is not None  # '살려주세요'


def direct_quotes(text: str, spans: list[Span] | None = None) -> list[Raw]:
    spans = quote_spans(text) if spans is None else spans
    out: list[Raw] = []
    sents = sentences(text, spans)
    for sent, ks in zip(sents, by_sentence(sents, [s.open for s in spans]), strict=True):
        in_sent = [spans[k] for k in ks if spans[k].close <= sent[1]]
        out.extend(_sentence_quotes(text, sent, in_sent))
    return out


def _sentence_quotes(text: str, sent: tuple[int, int], spans: list[Span]) -> list[Raw]:
    found: list[Raw] = []
    prev_end = sent[0]
    pending: list[Raw] = []
    for k, sp in enumerate(spans):
        content = text[sp.start : sp.end]
        nxt = spans[k + 1].open if k + 1 < len(spans) else sent[1]
        end = ending_after(text, sp.close)
        clause = text[sp.close : nxt]
        verb = verb_in(clause[len(end or "") + 1 :] if end else clause) if end else None
        if end is None and (note := lexicon().note_act_re.match(clause)) is not None:
            verb = note.group(0).strip(" .")  # '"…" 호평.': a note-style sentence ends on the act
        ok = _is_quote(text, sp, content, end, verb, k + 1 < len(spans), sent) or (end == "," and _said_list(text, spans, k, sent))
        before = _hide_clauses(text, prev_end, sp.open, spans[:k])
        owned = noun_owned(text, sp, end, content, sent, prev_end) or speaker_after(text, sp, end, content, sent)
        if owned is not None:
            found.append(owned)
            prev_end = sp.close + len(end or "")
            continue
        dashed = re.match(r"\s*[-–—]\s*[가-힣A-Za-z]", text[sp.close : sp.close + 6]) is not None  # '"NO." - 리사 모건 대표'
        named_after = speaker_in_parens(text, sp, sent) if end is None and (clause_like(content) or dashed) else None
        if named_after is not None:
            found.append(named_after[0])
            found.extend(named_after[1:])
            prev_end = sp.close
            continue
        if not ok:
            # a term in marks ('디지털자산 기본법') is part of the words before the next quote
            pending = [] if end not in CONNECTIVE else pending
            continue
        subj = subject_in(before) if before.strip() else None
        named = COMPLEMENT.search(before, 0, subj.start) if subj is not None and subj.mention.kind == "pronoun" else None
        if subj is not None and named is not None and (who := parse_np(named.group("np"))).kind == "person":
            subj = Found(who, named.start("np"), named.end("np"), subj.particle)  # '마지막 주자는 X 감독으로, 그는 "…"'
        if subj is None and found and (found[-1].owned or found[-1].aside) and (asked := found[0].start - 1) > sent[0]:
            # '문 전 대표가 "…"는 질문에 대해 "…"고 답했다': who answers is the sentence's subject
            lead = _first_topic(text[sent[0] : asked]) or subject_in(text[sent[0] : asked])
            subj = Found(lead.mention, lead.start + sent[0] - prev_end, lead.end + sent[0] - prev_end, lead.particle) if lead else None
        if subj is not None and subj.particle in ("은", "는") and (own := _own_clause_subject(before, subj)) is not None:
            subj = own  # '상인들은 …을 청했고 김 구청장도 웃으며 "…"': the later clause has a subject of its own
        near = nearest_subject(before) if verb and verb.endswith(("자", "자마자")) else None
        aside = near is not None and (subj is None or near.start > subj.start)
        if aside:
            subj = near  # '그는 … 박 의원이 "…"며 사퇴를 촉구하자': the subject of the -자 clause speaks
        relay_topic = None
        relayed = RELAYED_ACT.match(text, sp.close + len(end or "")) or RELAYED_GOES_ON.match(text, sp.close + len(end or ""), sent[1])
        if subj is not None and subj.particle in ("은", "는") and relayed:
            inner = nearest_subject(before)
            if inner is not None and inner.start > subj.start and inner.mention.kind in ("person", "anonymous", "organization", "title_only"):
                # '담당 의사는 D씨가 "…"이라는 말을 했다고 전했다': D씨 said it; the doctor relays
                relay_topic, subj = subj.mention, inner
        said_by = SAID_BY.match(text, sp.close + len(end or "")) if end in ("고", "라고", "이라고") else None
        if said_by is not None and (
            (said_by.group("act") not in ("한", "하던", "했던") and verb_in(said_by.group("act")) is None)
            or said_by.group("np").split(" ")[0] in lexicon().stop_words
        ):
            said_by = None  # '"…"라고 말한 뒤 통화를 끝냈다': the act's time, no one it describes
        if said_by is not None and (who := parse_np(said_by.group("np"))).kind in ("person", "anonymous", "organization", "title_only"):
            # '"…"고 한 장 대표를 비판하며', '"…"고 진술하던 B씨는': the words belong to the one the clause describes
            subj, aside = Found(who, said_by.start("np") - prev_end, said_by.end("np") - prev_end, ""), True
        elif subj is None and not found and end in CONNECTIVE and (denied := DENIED_BY.match(text, sp.close + len(end))) is not None:
            who = parse_np(denied.group("np"))  # (parse_np drops an age in parentheses: 'X(23)씨')
            if who.kind in ("person", "anonymous") and (verb_in(denied.group("act")) is not None or denied.group("act").startswith(_DENIALS)):
                subj = Found(who, denied.start("np") - prev_end, denied.end("np") - prev_end, "")  # '"…"며 혐의를 부인하던 X가'
        if subj is not None and subj.start == 0 and subj.particle in ("이", "가") and EMBEDDED_ASK.search(before, subj.end):
            subj = None  # '후반 경기력이 떨어졌다는 질문에는 "…"': the question's own subject; the speaker goes on
        elif subj is not None and subj.start > 0 and EMBEDDED_ASK.search(before, subj.end):
            # '그는 … 조편성은 무엇이냐는 질문에 "…"': a topic inside the question is not the speaker,
            # where the sentence has a topic of its own before it
            subj = _first_topic(before[: subj.start]) or (subj if subj.particle in ("은", "는") else None)
        elif subj is not None and subj.particle in ("이", "가", "도") and (
            EMBEDDED_ABOUT.search(before, subj.end) or EMBEDDED_TOPIC.search(before, subj.end)
        ):
            # '이날 프리킥을 노건우가 처리한 것과 관련해 "…"': the subject of what the words are about
            subj = _first_topic(before[: subj.start])
        if subj is None and end is None and _this_way(text, sp.close) and (comma := COMMA_TOPIC.match(text, sent[0])):
            # '김하늘 후보, 어제 … 마치고 "…" 이렇게 밝혔습니다': the topic set off by a comma
            mention = parse_np(comma.group("np"))
            if mention.kind in ("person", "organization", "anonymous"):
                subj = Found(mention, comma.start("np") - prev_end, comma.end("np") - prev_end, "")
        impersonal = False
        if end in ("는", "라는", "이라는") and (source := _arose_at(text, sp, end, before)) is not None:
            subj = source  # '지도부에서 "…"는 반발이 나왔다': the words arose there
        elif end in ("는", "라는", "이라는") and subj is None and _arises(text, sp, end):
            impersonal = True  # '"…"라는 비판이 나온다': words that arise, said by no one named
        if subj is None and (written := WRITTEN_IN.search(before)) is not None and (
            writer := parse_np(written.group("np"))
        ).kind in ("person", "anonymous", "organization", "title_only"):
            subj = Found(writer, written.start("np"), written.end("np"), "")  # '한 주민이 건넨 쪽지에는 "…"'
        relay = None
        if (cited := _cited(before)) is not None and (who := parse_np(before[cited[0] : cited[1]])).kind in (
            "person", "anonymous", "organization", "title_only"
        ):
            # '교도통신은 새솔물산 관계자를 인용해 "…"고 전했다': the one cited speaks, the outlet relays
            relay, subj = (subj.mention if subj else None), Found(who, cited[0], cited[1], "")
        if subj is not None:
            subj = Found(subj.mention, subj.start + prev_end, subj.end + prev_end, subj.particle)
        elif not found and end in QUOTATIVE + NOMINAL_ENDINGS + CONNECTIVE and (verb or end in CONNECTIVE):
            # '"…"라고 김 장관은 말했다', '"…"이라며 … 농민 옥재만씨는 한숨을 쉬었다': the speaker after the quote
            tail = clause[len(end) + 1 :] if clause.startswith((end, " " + end)) else clause
            tail = tail.lstrip()
            if (opened := re.search(r"[\"“'‘「『]", tail)) is not None:
                tail = tail[: opened.start()]  # words in a mark the text never closes name nobody
            cut = tail.find(verb) if verb and verb in tail else len(tail)
            post = _first_topic(tail[:cut], reach=9) if cut > 0 else None
            if post is not None:
                subj = Found(post.mention, post.start + sp.close, post.end + sp.close, post.particle)
        addr_after = (subj.end - prev_end) if subj else 0
        raw = Raw(
            kind="direct",
            start=sp.start,
            end=sp.end,
            verb=verb,
            subject=subj,
            addressee=addressee_in(before, addr_after) if before.strip() else None,
            via=relay or relay_topic or via_in(text[sent[0] : sp.open]),
            sentence=sent,
            # after '"…"고 묻자' the words that follow are the answer: not the asker's again
            chained=bool(found) and subj is None and not found[-1].owned and not found[-1].aside and not _asked_first(found[-1]),
            aside=aside,
            owned=impersonal,
        )
        found.append(raw)
        pending.append(raw)
        if verb:
            for p in pending:
                p.verb = p.verb or verb
            pending = []
        prev_end = sp.close + len(end or "")
    # a chained quote shares the addressee of its chain
    for a, b in zip(found, found[1:], strict=False):
        if b.chained and b.addressee is None:
            b.addressee = a.addressee
    return found


def _asked_first(raw: Raw) -> bool:
    """The quote was the question of a '-자' clause ('"…"고 재차 묻자')."""
    return raw.verb is not None and raw.verb.endswith(("묻자", "물었자", "질문하자", "질의하자", "되묻자", "추궁하자", "요구하자", "지적하자"))


ARISEN_AT = re.compile(r"(?P<np>[^\s\"“”'‘’,.]{1,15}(?:\s[^\s\"“”'‘’,.]{1,15}){0,2}?)(?:\s(?:사이|안팎|내부|쪽))?에서(?:는|도|조차)?\s*$")


def _arises(text: str, sp: Span, end: str) -> bool:
    voiced = lexicon().voiced_re.match(text, sp.close + len(end))
    return voiced is not None and voiced.group("arose") is not None


def _arose_at(text: str, sp: Span, end: str, before: str) -> Found | None:
    """'새솔당 지도부에서 "…"는 반발이 나왔다': where voiced words arose, the place's people
    said them (an organisation, a group, anonymous members)."""
    voiced = lexicon().voiced_re.match(text, sp.close + len(end))
    if voiced is None or voiced.group("arose") is None:
        return None
    m = ARISEN_AT.search(before)
    if m is None:
        return None
    np, start = m.group("np"), m.start("np")
    voiced = load_toml("speech.toml")["voiced"]
    ws = np.split(" ")
    if len(ws) > 1 and ws[-1] in voiced["org_bodies"] + voiced["member_bodies"]:
        start += len(np) - len(" ".join(ws[-2:]))  # '새솔당 지도부': the body and whose it is
        np = " ".join(ws[-2:])
        mention = Mention(np, "organization", org=np) if ws[-1] in voiced["org_bodies"] else Mention(np, "anonymous")
    else:
        mention = parse_np(np)
    if mention.kind not in ("organization", "anonymous", "person"):
        return None
    return Found(mention, start, m.end("np"), "")


def _said_list(text: str, spans: list[Span], k: int, sent: tuple[int, int]) -> bool:
    """'"잘못된 판단"이고, "…"고 말했다': a list of quotes closed by a quotative ending and a
    speech verb; its short items (two words and more) are said too, not terms."""
    item = text[spans[k].start : spans[k].end].strip()
    if not item:
        return False
    j = k + 1
    while j < len(spans) and ending_after(text, spans[j].close) == ",":
        j += 1
    if j >= len(spans):
        return False
    end = ending_after(text, spans[j].close)
    if end not in QUOTATIVE:
        return False
    nxt = spans[j + 1].open if j + 1 < len(spans) else sent[1]
    clause = text[spans[j].close : nxt]
    return verb_in(clause[clause.find(end) + len(end) :]) is not None


def _hide_clauses(text: str, lo: int, hi: int, spans: list[Span]) -> str:
    """The words before a quote, where a sentence in marks that is no quote (a post's title:
    '`대통령의 의중은 이렇습니다'라는 글에서') names no speaker: its letters become spaces."""
    out = text[lo:hi]
    for sp in spans:
        if lo <= sp.open and sp.close <= hi and clause_like(text[sp.start : sp.end]) and PREDICATE_END.search(text[sp.start : sp.end]):
            a, b = sp.open - lo, sp.close - lo
            out = out[:a] + " " * (b - a) + out[b:]
    return out


RELAYED_ACT = re.compile(r"\s?(?:(?:말|발언|얘기|이야기)(?:을|를)\s)?(?:했|말했|밝혔|주장했)다고\s(?:\S+\s)?(?:전했|밝혔|말했|설명했|주장했)")
# '…"고 밝혔지만, …않았다고 전했다': the words were said in a clause that goes on, and the sentence's
# topic (an outlet, a spokesman) reports it all
RELAYED_GOES_ON = re.compile(
    r"\s?(?:말했|밝혔|했|주장했|강조했|설명했|언급했)(?:지만|으나|는데|고|으며|다며|다면서),?\s(?:\S+\s){0,12}?\S*(?:다고|라고)\s(?:\S+\s)?(?:전했|보도했|타전했|소개했|밝혔|덧붙였)"
)
WRITTEN_IN = re.compile(
    r"(?P<np>[^\s\"“”'‘’,.]{1,15}(?:\s[^\s\"“”'‘’,.]{1,15}){0,2}?)(?:이|가)\s(?:건넨|보낸|남긴|쓴|올린|적은|붙인|써 붙인)\s(?:\S+\s)?"
    r"(?:쪽지|편지|글|문자|메모|메시지|게시물|게시글|댓글|방명록|손편지|팻말)(?:에는|에|엔|에도)\s*$"
)
CITING = re.compile(
    r"(?P<np>[^\s\"“”'‘’,.]{1,15}?(?:\s[^\s\"“”'‘’,.]{1,15}){0,3}?)(?:의\s(?:말|발언|언급|전언))?(?:을|를)\s인용(?:해|하여|하며|한)\s(?:\S+\s){0,3}?$"
)
def _cited(before: str) -> tuple[int, int] | None:
    """Where the phrase naming the one an outlet cites stands ('… 새솔물산 관계자를 인용해 '), after
    any topic of the sentence ('교도통신은')."""
    if "인용" not in before:
        return None  # what CITING needs, tested first: the pattern is slow to fail (a name-like run at every position)
    m = CITING.search(before)
    if m is None:
        return None
    start, np = m.start("np"), m.group("np")
    for w in np.split(" ")[:-1]:
        if re.search(r"(?:은|는|이|가|도)$", w):
            start = m.start("np") + np.index(w) + len(w) + 1
    return start, m.end("np")


# '"…"며 총격 혐의를 완강히 부인하던 해적 A(23)가': the one the clause after the words describes
DENIED_BY = re.compile(
    r"\s(?:\S+\s){0,4}?(?P<act>[가-힣]{1,6}(?:하던|했던))\s(?P<np>[^\s\"“”'‘’,.]{1,15}?(?:\s[^\s\"“”'‘’,.]{1,15}){0,2}?)(?:이|가|은|는)\s"
)
_DENIALS = ("부인", "주장", "호소", "항변", "반박", "해명", "강변")
SAID_BY = re.compile(
    r"\s?(?P<act>한|하던|했던|[가-힣]{1,6}(?:한|하던|했던|힌|던))\s"
    r"(?P<np>[^\s\"“”'‘’,.]{1,15}?(?:\s[^\s\"“”'‘’,.]{1,10}){0,2}?)(?:을|를|의|에게|이|가|은|는|과|와|도)\s"
)
WITH_WORDS = re.compile(
    r"\s?(?:말|한마디|표현|말씀|문장)(?:로|으로)\s(?:\S+\s){0,2}?\S*(?:대신했|대신하|전했|밝혔|표현했|답했|말했|설명했|강조했|갈음했|드러냈"
    r"|마쳤|마무리했|끝맺었|맺었|마무리|요약했|정리했|시작했|열었)"  # '"…"이라는 말로 회견을 마쳤다'
)
SAID_AS = re.compile(
    r"\s?(?:(?:취지|요지|내용|뜻)의\s(?:말|발언|언급|글|주장)(?:을|를)\s(?:했|한|하|남겼|남긴|밝혔|전했)"
    r"|(?:표현|말|막말|단어|용어)(?:을|를)\s(?:사용|썼|쓰|쏟아|내뱉|했|써)"
    r"|(?:취지|요지|뜻|의미)로\s(?:\S+\s)?(?:말했|말하|말한|밝혔|언급했|설명했|전했|답했))"  # '"…"라는 취지로 말했다'
)
SLOGANS = re.compile(r"(?:[\s,·]*[\"“'‘][^\"”'’]{1,40}[\"”'’])*\s?(?:등의|등|같은|이라는|라는)?\s?(?:구호|문구|팻말|피켓|손팻말|현수막|플래카드|표어|슬로건)")


STANCE = re.compile(r"\s?(?:입장|설명|해명|답변|반응|의견|견해|소감|메시지|말)(?:을|를)\s(?:\S+\s)?(?:밝혔|밝히|전했|전하|내놨|내놓|냈|보였|남겼|드러냈|표명했|표했)")
COMPLEMENT = re.compile(r"(?:은|는)\s(?P<np>[^\s,\"“”'‘’]{1,15}?(?:\s[^\s,\"“”'‘’]{1,15}?){0,2}?)(?:으로|로|이며|며|이고),\s*$")
NAMING = re.compile(r"^(?:불렀|부르|불리|명명|이름|칭하|칭했|일컫|일컬|표기|적|쓰|썼|새겨|붙였)")
# the rest of a sentence after '"…"이라고': a short predicate that ends it, not a naming or a writing
SENTENCE_ACT = re.compile(r"\s(?:\S+\s){0,2}?(?!불|부르|명명|이름|칭|일컫|표기|적|쓰|쓴|새겨|붙)\S*(?:했|었|았|였|렸|쳤|졌|냈|웠|됐)(?:다|습니다)\.?[\"”']?\s*$")
DEMANDS = ("요구", "촉구", "요청", "주문", "호소", "외쳤", "외치", "외쳐", "외친")
ANSWER_VERBS = ("대답", "답했", "답하", "답한", "응답", "되물", "외쳤", "소리쳤")


def _is_quote(text: str, sp: Span, content: str, end: str | None, verb: str | None, more: bool, sent: tuple[int, int]) -> bool:
    c = content.strip()
    if not c or (len(c) < 2 and not (verb and verb.startswith(ANSWER_VERBS))):
        return False
    if SLOGANS.match(text, sp.close, sent[1]):
        return False  # "'…' '…' 등의 구호를 외쳤다": slogans and signs in marks are no quotes
    if end == ",":
        # "'…', '…'라고 각각 공언했다", '"건강하십시오", "…"라고'; not a list of names
        return more and (clause_like(c) or SENTENCE_WORD.fullmatch(c) is not None)
    if end in CONNECTIVE:
        # '"어…어디야?"라며 말을 더듬었다': -라며 reports speech before any act
        return clause_like(c) or verb is not None or more or bool(re.search(r"[?!.]$|(?:다|요|죠|야|까|냐)$", c))
    if end in QUOTATIVE:
        if verb and end.endswith("고만"):
            return True  # '“모텔”이라고만 말했다': all that was said, one word or more
        if verb:
            # "'경축'이라고 해명했기 때문에": one word that is no sentence is a term; but an answer
            # ('"응"이라고 대답했다') is one word that was said, and so is one in double marks
            # before a plain act of speech ('"사실무근"이라고 선을 그었다')
            if NAMING.search(verb) and not re.search(r"(?:다|요|죠|까|냐|라|자|네|지|야)[.!?]*$", c):
                return verb.startswith(("적", "쓰", "썼"))  # '"…"이라고 불렀다': a name; '"…"이라고 적었다': written words
            return (
                words(c) >= 2 or bool(re.search(r"(?:다|요|죠|까|냐|라|자|네|군|지|야)[.!?]*$", c)) or verb.startswith(ANSWER_VERBS)
                or (sp.double and end in ("라고", "이라고"))
            )
        if sp.double and end in ("라고", "이라고") and words(c) >= 2 and SENTENCE_ACT.match(text, sp.close + len(end), sent[1]):
            return True  # '"동료들 덕분"이라고 공을 돌렸다': words in double marks, then the sentence's act
        return clause_like(c) and words(c) >= 3 and bool(PREDICATE_END.search(c))
    if end in NOMINAL_ENDINGS:
        if end in ("는", "라는", "이라는") and SAID_AS.match(text, sp.close + len(end)):
            return True  # '"…"라는 표현을 썼다', '‘…’는 취지의 말을 한': words someone used
        if end in ("는", "라는", "이라는", "이란", "란") and WITH_WORDS.match(text, sp.close + len(end)) and words(c) >= 2:
            return True  # '"…"이란 말로 심경을 전했다': the words someone put it in
        said = clause_like(c) or (len(c) >= 3 and re.search(r"(?:다|라|요|죠|냐|까|자|네)[.!?]*$", c) is not None)
        if end in ("는", "라는", "이라는") and said and lexicon().voiced_re.match(text, sp.close + len(end)):
            return True  # '"…"는 반응을 보였다', '"…"는 반발이 나왔다': a reaction voiced in marks
        if end in ("을", "를") and verb is not None and verb.startswith(DEMANDS) and words(c) >= 2 and text.startswith(" " + verb, sp.close + len(end)):
            return True  # "'의원직 사퇴'를 요구했다": the words of a demand, right before its verb
        if end in ("는", "라는", "이라는") and verb is not None and words(c) >= 2 and STANCE.match(text, sp.close + len(end)):
            return True  # '"이미 결별한 사이"라는 입장을 밝혔다': the words of a stance, told
        # '…할 것"을 제안했다', '…다"는 입장을 밝혔다'; not '‘…방안’을 발표했다' (a name)
        return verb is not None and clause_like(c) and bool(PREDICATE_END.search(c)) and _verb_near(text, sp.close, verb)
    if end is None:
        if verb is not None:
            return clause_like(c) or PREDICATE_END.search(c) is not None  # '"신선하다" 호평.'
        if re.match(r"\s?(?:등의|등|같은)\s", text[sp.close : sp.close + 4]) and clause_like(c) and lexicon().voiced_re.match(text, sp.close):
            return True  # '"…", "…" 등의 반응을 보였다': the last of a list of reactions
        return _standalone(text, sp, c, sent) or _this_way(text, sp.close)
    return False


THIS_WAY_AFTER = re.compile(r"\s?(?:이렇게|이같이|이처럼|이와 같이)\s(?P<verb>\S+)")


COMMA_TOPIC = re.compile(r"\s*(?:[^\s,\"“”'‘’]+의\s)?(?P<np>[^\s,\"“”'‘’]{2,12}(?:\s[^\s,\"“”'‘’]{1,8})?),\s")


def _this_way(text: str, pos: int) -> bool:
    """'"…" 이렇게 밝혔다': the words in marks closed by a speech act that points back at them."""
    m = THIS_WAY_AFTER.match(text, pos)
    return m is not None and verb_in(m.group("verb")) is not None


# a clause that ends and hands over to the next one: '…을 청했고 ', '…하지만 '
CLAUSE_HANDOVER = re.compile(r"[가-힣](?:했고|였고|었고|았고|했으며|였으며|었으며|았으며|지만|했는데|였는데|었는데|으나),?\s")


def _own_clause_subject(before: str, topic: Found) -> Found | None:
    """The subject (이/가/도) of the clause a quote stands in, where an earlier clause with the
    sentence's topic has ended ('…을 청했고', '…했지만'): that clause's subject speaks."""
    cut = CLAUSE_HANDOVER.search(before, topic.end)
    if cut is None:
        return None
    rest = before[cut.end() :]
    own = nearest_subject(rest)
    if own is None or own.particle not in ("이", "가", "도") or CLAUSE_HANDOVER.search(rest, own.end):
        return None
    if own.mention.kind not in ("person", "anonymous", "organization", "title_only") or re.search(r"(?:다고|라고|냐고|는|은|한|던)\s", also_as_do(rest)[own.end :]):
        return None
    return Found(own.mention, own.start + cut.end(), own.end + cut.end(), own.particle)


# '청와대가 검토하고 있는 것으로 알려진 협치내각에 대해선 "…"': the subject of a clause that only
# describes what the words are about
EMBEDDED_TOPIC = re.compile(r"\s\S+(?:진|된|한|는|던|인|린|운)\s(?:\S+\s)?\S+(?:에\s대해(?:선|서는|서도|서|)|과\s관련해|와\s관련해|을\s두고|를\s두고)\s*$")
EMBEDDED_ABOUT = re.compile(r"[가-힣]\s?(?:것과\s관련해|것과\s관련|것에\s대해|데\s대해|것을\s두고|점에\s대해)(?:서는|선|서)?\s")
EMBEDDED_ASK = re.compile(r"(?:냐|다|라|자|까)는\s(?:\S+\s){0,2}?(?:질문|물음|요청|요구|지적|비판)(?:에는|에도|에|을\s받고)")


def noun_owned(text: str, sp: Span, end: str | None, content: str, sent: tuple[int, int], prev_end: int) -> Raw | None:
    """'"…"라는 경찰의 말에', '\'…\'는 질문에는': words in marks that fill a noun of speech in a
    phrase that answers or receives them are a quote of the noun's owner (unknown if unnamed)."""
    if end is None and words(content) >= 2:
        return _filled_noun(text, sp, sent)
    if end in ("을", "를") and (asked := ASKING.match(text, sp.close + len(end))) is not None and ASKED_WORDS.search(content.strip()):
        end_at = asked.end()  # '‘…’를 묻는 기자들의 질문에는': the question fills the noun after
    elif end not in NOMINAL_ENDINGS or end in ("을", "를") or not content.strip():
        return None
    else:
        end_at = sp.close + len(end) + (1 if text[sp.close : sp.close + 1] == " " else 0)
    m = lexicon().speech_noun_re.match(text, end_at)
    if m is None:
        return None
    subj = None
    source = FROM.search(text, prev_end, sp.open)  # '박 의원으로부터 "…"는 비판을 받았다': the critic speaks
    owner = (m.start("owner"), m.end("owner")) if m.group("owner") else None
    if owner is None and source is not None:
        owner = (source.start("np"), source.end("np"))
    if owner is not None and text[owner[0] : owner[1]] in REPORTERS:
        owner = None  # '기자 질문에': reporters at a briefing, whom the spec leaves unknown
    if owner is not None:
        mention = parse_np(text[owner[0] : owner[1]])
        if mention.kind in ("person", "anonymous", "organization", "title_only", "pronoun"):
            subj = Found(mention, owner[0], owner[1], "의")
    return Raw("direct", sp.start, sp.end, None, subj, None, None, sent, owned=True)


REPORTERS = frozenset({"기자", "기자들", "취재진", "취재기자", "취재기자들", "한 기자", "기자단"})
ASKED_WORDS = re.compile(r"(?:까|냐|나|지|요|죠|가|는지|은지|[?？])[.!?？]*$")  # '‘예산이 왜 늘었는지’를 묻는': a question; not '‘인터뷰 노하우’'
ASKING = re.compile(r"\s(?:묻는|물은|묻던|묻자|캐묻는)")
OWNER_BEFORE = re.compile(r"(?P<np>[^\s\"“”'‘’,.]{1,15}(?:\s[^\s\"“”'‘’,.]{1,15}){0,2}?)의\s?$")


def _filled_noun(text: str, sp: Span, sent: tuple[int, int]) -> Raw | None:
    """'박 의원의 "…" 발언과 관련해': words in marks between an owner and a noun of speech."""
    m = lexicon().act_noun_re.match(text, sp.close)
    if m is None:
        return None
    owner = OWNER_BEFORE.search(text, sent[0], sp.open)
    subj = _speaker_at(owner, "의") if owner is not None else None
    return Raw("direct", sp.start, sp.end, None, subj, None, None, sent, owned=True) if subj is not None else None


def _speaker_at(m: re.Match[str], particle: str = "") -> Found | None:
    """The speaker a pattern's ``np`` group names, where it names one."""
    mention = parse_np(m.group("np"))
    if mention.kind not in ("person", "anonymous", "organization", "title_only"):
        return None
    return Found(mention, m.start("np"), m.end("np"), particle)


FROM = re.compile(r"(?P<np>[^\s\"“”'‘’,.]{1,15}(?:\s[^\s\"“”'‘’,.]{1,15}){0,2}?)(?:으로부터|(?<!으)로부터|에게서|한테서)\s?$")


THIS_WAY = re.compile(
    r"\s*(?P<np>[^\s\"“”'‘’.,]{1,15}(?:\s[^\s\"“”'‘’.,]{1,15}){0,3}?)(?:은|는|이|가)\s(?:\S+\s){0,3}?"
    r"(?:이렇게|이같이|이처럼|이와 같이)\s(?P<verb>\S+)"
)


def speaker_after(text: str, sp: Span, end: str | None, content: str, sent: tuple[int, int]) -> Raw | None:
    """The speaker named after the words: '"…"라는 것이 김 장관의 설명이다', '"…" 김 장관은
    이렇게 밝혔다'."""
    m = None
    if end in ("는", "라는", "이라는"):
        m = lexicon().owner_after_re.match(text, sp.close + len(end or ""))
    elif end is None and clause_like(content):
        m = THIS_WAY.match(text, sp.close)
        if m is not None and verb_in(m.group("verb")) is None:
            m = None
    subj = _speaker_at(m) if m is not None else None
    if m is None or subj is None:
        return None
    return Raw("direct", sp.start, sp.end, verb_in(text[m.end("np") : m.end()]), subj, None, None, sent)


SPEAKER_PARENS = re.compile(
    r"\s*[-–—]?\s*\((?P<np>[^()\n,]{2,40}?)\s*(?P<sep>,|\))"
    r"|\s*[-–—]\s*(?P<dash>[^()\n,\"“”]{2,40}?)\s*(?:\(|$)"  # '"…" - 배수민 한빛시장 상인회장(2월 27일 …)'
)


def speaker_in_parens(text: str, sp: Span, sent: tuple[int, int]) -> list[Raw] | None:
    """'▲ "…" (한빛당 김하늘 의원, 국감에서 …했다고 지적하며)': a digest names the speaker in a
    parenthesis after the words; a reported clause in the same parenthesis is theirs too."""
    m = SPEAKER_PARENS.match(text, sp.close)
    if m is None:
        return None
    group = "np" if m.group("np") else "dash"
    mention = parse_np(m.group(group))
    if mention.kind != "person" or not mention.name:
        return None
    subj = Found(mention, m.start(group), m.end(group), "")
    out = [Raw("direct", sp.start, sp.end, None, subj, None, None, sent)]
    if m.group("sep") == ",":
        close = text.find(")", m.end())
        if close > 0 and (inner := _clause_in_parens(text, m.end(), close, sent)) is not None:
            out.append(inner)
    return out


def _clause_in_parens(text: str, lo: int, hi: int, sent: tuple[int, int]) -> Raw | None:
    """'국감에서 …기각된 사례가 2건뿐이었다고 지적하며': the clause, without the setting."""
    part = text[lo:hi]
    hits = [h for h in INDIRECT.finditer(part) if (v := verb_in(part[h.end() :])) and words(part[h.end() : part.find(v, h.end())]) <= 1]
    if not hits:
        return None
    h = hits[-1]
    start = len(part) - len(part.lstrip())
    setting = lexicon().setting_re.match(part[start:])
    if setting and words(part[start + setting.end() : h.start() + 1]) >= 2:
        start += setting.end()
    if words(part[start : h.start() + 1]) < 2:
        return None
    verb = verb_in(part[h.end() :])
    return Raw("indirect", lo + start, lo + h.start() + 1, verb, None, None, None, sent, chained=True)


def _verb_near(text: str, pos: int, verb: str) -> bool:
    """'…할 것"을 제안했다', '…"는 입장을 밝혔다': the verb within three words."""
    tail = text[pos : pos + 50]
    i = tail.find(verb)
    # a modifier of the act's noun does not part them: '"…"라는 점을 탄핵의 주요 근거로 들었다'
    between = [w for w in tail[:i].split() if not (w.endswith("의") and len(w) > 1) and w not in lexicon().act_modifiers]
    return i >= 0 and len(between) <= 3


def _standalone(text: str, sp: Span, c: str, sent: tuple[int, int]) -> bool:
    """A quote that makes up its sentence (or follows '…는'): '그는 "…."'."""
    rest = text[sp.close : sent[1]].strip(" .")
    if rest or not sp.double or words(c) < 3:
        return False
    before = text[sent[0] : sp.open].strip()
    if not before and sp.open <= 1 and sp.close >= len(text.rstrip()) - 1:
        return True  # a paragraph that is one quote and nothing else
    if not before:
        return bool(re.search(r"[.!?]$|다$|요$", c))
    return bool(re.search(r"(?:은|는|이|가)$", before)) and bool(re.search(r"(?:[.!?]|다|요|죠)$", c))  # '주민들은 "…자겠다".'


# --- indirect quotes -------------------------------------------------------------

INDIRECT = re.compile(r"(?:다|라|냐|자|니)고(?:도)?(?=\s)|(?:다|라)며(?=\s(?:이같이|이렇게|이처럼|이와 같이)\s)")
NOT_INDIRECT_VERBS = ("한다", "하며", "하면서", "쓰", "적", "봤", "하고", "알려")
TOLD_VERBS = ("알려왔", "알려 왔", "알려줬", "알려 줬")  # '…라고 알려왔다' reports speech; '…다고 알려졌다' does not
REPORTED_TAIL = re.compile(r"^(?:것으로|걸로)\s(?:전해졌|알려졌|나타났|확인됐)|^바\s?있")
AIMED = re.compile(r"^(?:[^\s]+\s){0,2}?[^\s]+(?:을|를)\s향해\s|^[^\s]+(?:에게|에게도|께|한테)\s")
LEADING = re.compile(r"^(?:(?:이날|또|또한|이어|그러면서|아울러|특히|한편|다만|이에|앞서|이어서|그는|이와 함께)\s+)+")


def indirect_quotes(text: str, spans: list[Span], taken: list[Raw]) -> list[Raw]:
    out: list[Raw] = []
    sents = sentences(text, spans)
    taken = sorted(taken, key=lambda r: r.start)
    for sent, ks in zip(sents, by_sentence(sents, [r.start for r in taken]), strict=True):
        direct = [taken[k] for k in ks]
        if direct:
            if (lead := _indirect_before(text, sent, direct[0])) is not None:
                out.append(lead)
            else:
                # '상인들은 …만들어 달라며 악수를 청했고 대통령도 "…"라고 답했다': a clause of its own before the quotes
                for clause in _clauses(text, sent, spans):
                    if clause[1] < direct[0].start and (
                        raw := _reported_before_act(text, clause, text[clause[0] : clause[1]], spans, goes_on=True)
                    ) is not None:
                        raw.sentence = sent
                        out.append(raw)
            if (after := _indirect_after(text, sent, direct[-1])) is not None:
                out.append(after)
            else:
                # '새빛전자는 "…"고 밝혔고, 협력사인 다온부품도 …하겠다고 전했다': a clause of its own after the quote
                for clause in _clauses(text, sent, spans)[1:]:
                    if clause[0] > direct[-1].end and (raw := _indirect_in(text, clause, spans)) is not None:
                        raw.sentence = sent
                        if raw.subject is None and direct[-1].via is not None and (topic := _first_topic(text[sent[0] : direct[-1].start])):
                            # '새솔방송은 X가 "…"고 밝혔지만, …않았다고 전했다': the one who relays says the rest
                            raw.subject = Found(topic.mention, sent[0] + topic.start, sent[0] + topic.end, topic.particle)
                            raw.chained = False
                        out.append(raw)
            continue
        acts = _act_joins(text, sent, spans)
        for clause in _clauses(text, sent, spans):
            raw = _indirect_in(text, clause, spans)
            if raw:
                if clause[0] in acts and raw.subject is None:
                    # '…하겠다고 밝히고 복구는 …라고 설명했다': the same speaker goes on, the topic is the clause's
                    raw.chained = True
                    raw.start = clause[0] + len(text[clause[0] : raw.start]) - len(text[clause[0] : raw.start].lstrip())
                raw.sentence = sent
                out.extend(split_joined(text, raw, spans))
    for raw in out:
        if raw.end - raw.start > 4:
            raw.end -= copula_tail(text[raw.start : raw.end])  # '…할 것이라고 밝혔다' → '…할 것'
    # '정 위원장은 … "…"라는 취지로 말했다고 참석자는 전했다': the words in marks are the quote, not the relay
    return [r for r in out if not any(r.start <= d.start and d.end <= r.end for d in taken)]


JOINED = re.compile(r"(?<=[다라냐])(?:며|면서),?\s")


def split_joined(text: str, raw: Raw, spans: list[Span]) -> list[Raw]:
    """'…마친 상태라며 …출시될 것으로 생각한다고 말했다': two reported clauses joined by
    -다며/-라며/-다면서 are two quotes of the same speaker."""
    cuts = [
        m for m in JOINED.finditer(text, raw.start, raw.end)
        if not any(sp.open <= m.start() < sp.close for sp in spans)
    ]
    if not cuts:
        return [raw]
    out: list[Raw] = []
    start = raw.start
    for m in [*cuts, None]:
        end = m.start() if m is not None else raw.end
        piece_end = end - 2 if text[start:end].endswith("이라") and m is not None else end
        if words(text[start:piece_end]) >= 2:
            first = not out
            out.append(Raw(
                "indirect", start, piece_end, raw.verb, raw.subject if first else None, raw.addressee, raw.via,
                raw.sentence, chained=not first,
            ))
        if m is not None:
            start = m.end()
    return out or [raw]


# '…밝혔고, 협력사도 …', '…했지만, 남궁 교수는 …': a clause of its own, with its own topic
_CLAUSE_JOIN = re.compile(r"(?<=[했였혔렸졌왔냈쳤])(?:고|지만|는데|으나),?\s(?=(?:\S+\s){0,3}?(?:\S+(?:은|는|도)|\S+\s(?:또한|역시))\s)")
# '…통제하겠다고 밝히고 복구는 …': a speech act in -고 joins two reported clauses
_ACT_JOIN = re.compile(r"(?<=[다라])고\s(?P<act>\S+고),?\s(?=(?:\S+\s){0,3}?\S+(?:은|는|도)\s)")


def _act_joins(text: str, sent: tuple[int, int], spans: list[Span]) -> set[int]:
    """Where a clause starts after a reported clause and its speech act in -고 ('…다고 밝히고 ')."""
    return {
        m.end() for m in _ACT_JOIN.finditer(text, sent[0], sent[1])
        if verb_in(m.group("act")) is not None and not any(sp.open <= m.start() < sp.close for sp in spans)
    }


def _clauses(text: str, sent: tuple[int, int], spans: list[Span]) -> list[tuple[int, int]]:
    """'A 장관은 …하겠다고 약속했고, B 장관은 …하겠다고 다짐했다': two reported clauses, two speakers."""
    cuts = [sent[0]]
    for m in _CLAUSE_JOIN.finditer(text, sent[0], sent[1]):
        if not any(sp.open <= m.start() < sp.close for sp in spans):
            cuts.append(m.end())
    cuts = sorted({*cuts, *_act_joins(text, sent, spans)})
    cuts.append(sent[1])
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


def _indirect_after(text: str, sent: tuple[int, int], last: Raw) -> Raw | None:
    """'장 사장은 "…"며 …할 계획이라고 강조했다': a reported clause after the last quote,
    joined by 며/면서; the same speaker says both."""
    close = last.end + 1
    m = re.match(r"\s?(?:이라며|라며|며|이라면서|라면서|면서)\s", text[close : sent[1]])
    if not m:
        return None
    start = close + m.end()
    rest = text[start : sent[1]]
    hit = None
    for h in INDIRECT.finditer(rest):
        tail = rest[h.end() :]
        verb = verb_in(tail)
        if verb is None or words(tail[: tail.find(verb)]) > 3:
            continue
        if words(tail[tail.find(verb) + len(verb) :].strip(" .")) == 0:
            hit = (h, verb)
    if hit is None or words(rest[: hit[0].start() + 1]) < 2 or any(sp.open >= start for sp in quote_spans(text[start : sent[1]])):
        return None
    h, verb = hit
    return Raw("indirect", start, start + h.start() + 1, verb, None, None, None, sent, chained=True)


LEAD_CLAUSE = re.compile(
    r"(?:(?P<myeo>(?:다|라|냐)(?:며|면서))|(?P<go>(?:다|라|냐|자)고)\s(?P<act>\S+?(?:하며|하면서|하고|했고|며|면서)))\s*$"
)


def _indirect_before(text: str, sent: tuple[int, int], first: Raw) -> Raw | None:
    """'그는 대책을 마련하겠다며 "…"고 말했다', '…부족하다고 지적하면서 "…"': a reported clause
    right before the sentence's first direct quote is a quote of its own, by the same speaker."""
    head = text[sent[0] : first.start - 1]
    m = LEAD_CLAUSE.search(head)
    if m is None or (m.group("act") and verb_in(m.group("act")) is None):
        return None
    end = m.start() + 1
    subj = _first_topic(head[:end])
    if subj is not None and subj.mention.kind not in ("person", "anonymous", "organization", "pronoun", "title_only"):
        return None
    start = subj.end if subj else 0
    while start < end and head[start] == " ":
        start += 1
    lead = LEADING.match(head[start:end])
    start += lead.end() if lead else 0
    start = skip_setting(head[:end], start)
    if words(head[start:end]) < 2 or re.search(r"[\"“”'‘’]", head[start:end]):
        return None
    end -= copula_tail(head[:end])  # the copula is no part of the words
    found = Found(subj.mention, sent[0] + subj.start, sent[0] + subj.end, subj.particle) if subj else None
    return Raw("indirect", sent[0] + start, sent[0] + end, first.verb, found, None, None, sent, chained=subj is None)


def _indirect_in(text: str, sent: tuple[int, int], spans: list[Span]) -> Raw | None:
    s = text[sent[0] : sent[1]]
    hits = []
    for m in INDIRECT.finditer(s):
        if any(sp.open <= sent[0] + m.start() < sp.close for sp in spans):
            continue
        if re.search(r"[\"”'’」』]\s?이?$", s[: m.start()]):
            continue  # '"국가 전략"이라고 명명했다': marked words before the ending are no reported clause
        tail = s[m.end() :]
        verb = verb_in(tail)
        if verb is None or (verb.startswith(NOT_INDIRECT_VERBS) and not verb.startswith(TOLD_VERBS)):
            continue
        between = tail[: tail.find(verb)]
        if words(between) > 3 or "," in between:
            continue
        # the speech act ends the sentence ('…밝혔다.', '…설명한 것으로 전해졌다.'), or goes on
        # into another clause ('…이어가겠다고 밝히고 있어', '…몰랐다고 했다가')
        after = tail[tail.find(verb) + len(verb) :].strip(" .,")
        if words(after) > 0 and not REPORTED_TAIL.match(after) and not verb.endswith(GOES_ON) and not _also_did(verb, after):
            continue
        hits.append((m, verb))
    if not hits:
        return _reported_before_act(text, sent, s, spans)
    m, verb = hits[-1]
    head = s[: m.start() + 1]  # up to the verb form before 고
    tail = s[m.end() :]
    named = _first_topic(tail[: tail.find(verb)], reach=3) if tail.find(verb) > 0 else None
    if named is not None and named.mention.kind in ("person", "organization", "anonymous", "title_only"):
        # '…일치한다고 경찰이 발표했다': the speaker named after the clause, which is whole
        start = len(head) - len(head.lstrip())
        lead = LEADING.match(head[start:])
        start += lead.end() if lead else 0
        at = sent[0] + m.end()
        return Raw(
            "indirect", sent[0] + start, sent[0] + m.start() + 1, verb,
            Found(named.mention, at + named.start, at + named.end, named.particle), None, None, sent,
        )
    subj = _first_topic(head)
    lead = LEADING.match(head)
    if subj is not None and subj.particle in ("이", "가") and lead is not None and lead.end() >= subj.start:
        # '또한 국민의힘이 …하고 있다고도 했다': after a connective, a subject with 이/가 is the
        # reported clause's own; the speaker goes on from the sentence before
        subj = None
    start = subj.end if subj else 0
    while start < len(head) and head[start] in " ,":
        start += 1  # ('한도윤 대표가, 어제 …': a comma after the subject)
    lead = LEADING.match(head[start:])
    if lead:
        start += lead.end()
    aim = AIMED.match(head[start:])
    if aim and words(head[start + aim.end() :]) >= 2:
        start += aim.end()
    # skip a setting right after the speaker: '8일 서울에서 열린 발표회에서', '기자회견을 열고'
    start = skip_setting(head, start)
    clause = head[start:]
    if words(clause) < 2:
        return None
    if subj is not None and (inner := _relayed(clause, start, sent, verb, subj)) is not None:
        return inner
    return Raw(
        kind="indirect",
        start=sent[0] + start,
        end=sent[0] + m.start() + 1,
        verb=verb,
        subject=Found(subj.mention, sent[0] + subj.start, sent[0] + subj.end, subj.particle) if subj else None,
        addressee=None,
        via=via_in(head[: start]) if start else None,
        sentence=sent,
    )


def _also_did(verb: str, after: str) -> bool:
    """'…인상한다고 발표하기도 했다': the act put as one of several, '-기도 했다'."""
    return verb.endswith("기도") and re.fullmatch(r"(?:했|한|합|하였)\S*", after) is not None


def copula_tail(clause: str) -> int:
    """How many characters of the copula end a reported clause: 2 for '…것이라', 1 for '…오해라'
    (the copula dropped after a vowel: 오해+이+라), none for an imperative ('…하라', '…가라')."""
    if clause.endswith("이라"):
        return 2
    if not clause.endswith("라") or len(clause) < 3:
        return 0
    last = clause.rsplit(" ", 1)[-1]
    toks, _ = analysis(last)
    return 1 if len(toks) >= 3 and toks[-2].tag == "VCP" and toks[-1].form == "라" and toks[-3].tag.startswith("NN") else 0


GOES_ON = ("고", "며", "면서", "지만", "으나", "는데", "다가", "고도", "자")
MYEO = re.compile(r"(?:다|라|냐)며(?=,?\s)|(?:다|라)면서(?=,?\s)")
ACT_END = re.compile(r"[가-힣]다\.?\s*$")
ACT_GOES_ON = re.compile(r"[가-힣](?:했고|했으며|하고|하며|였고|었고|았고),?\s*$")


ACT_BEFORE = re.compile(r"^(?P<pre>(?:\S+\s){0,8}?)(?P<act>\S+?)\s?(?:하고|했고|한\s뒤|한\s후|한\s다음|하며|하면서)\s")
CONCEDED = re.compile(r"^(?P<pre>(?:\S+\s){1,12}?)\S+(?:지만|으나),\s")
_SUBJECTISH = re.compile(r"\S(?:이|가|은|는)(?=\s|$)")


def skip_setting(head: str, start: int) -> int:
    """Where a reported clause starts, after what only sets the speech event: its setting
    ('8일 … 발표회에서', '기자회견을 열고'), an act of the speaker's own before it ('사측에 교섭
    재개를 요구하고', '훈련지를 확인한 뒤'). A prefix with a subject of its own belongs to the clause.
    What the act answers ('…보도에 대해') goes too; a topic inside the clause ('X에 대해서는') stays."""
    for _ in range(3):
        rest = head[start:]
        setting = lexicon().setting_re.match(rest)
        if setting and words(rest[setting.end() :]) >= 2:
            start += setting.end()
            continue
        act = ACT_BEFORE.match(rest)
        if act and not _SUBJECTISH.search(act.group("pre")) and verb_in(act.group("act") + "하고") and words(rest[act.end() :]) >= 2:
            start += act.end()
            continue
        but = CONCEDED.match(rest)
        if but and not _SUBJECTISH.search(but.group("pre")) and words(rest[but.end() :]) >= 2:
            start += but.end()  # '…공개하지 않고 있지만, 5G에서는 …없다고 알렸다': the speaker's own state before the clause
            continue
        after = AFTER_ACT.match(rest)
        if after and _adnominal_n(after.group("w")) and not _SUBJECTISH.search(after.group("pre")) and words(rest[after.end() :]) >= 2:
            start += after.end()  # '현장을 둘러본 뒤': the speaker's act before speaking
            continue
        topic = RESPONDS_TO.match(rest)
        if topic and words(rest[topic.end() :]) >= 2:
            start += topic.end()  # '… 글을 올린 것에 대해 …오해가 있었다고 해명했다': what the act answers
            continue
        when = SPEECH_DATE.match(rest)
        if when and words(rest[when.end() :]) >= 2:
            start += when.end()  # '오늘(22일)', '지난 3일': when it was said
            continue
        aim = AIMED_AT.match(rest) if ASKED_OR_TOLD.search(head) else None
        if aim and not _SUBJECTISH.search(aim.group(0)) and words(rest[aim.end() :]) >= 2:
            start += aim.end()  # '국무회의에 처음 참석한 신임 장관 9명에게': whom it was said to
            continue
        break
    return start


# ('지난 16일 …' is more often the reported event's day than the speech's: it stays)
SPEECH_DATE = re.compile(r"^(?:(?:오늘|어제|그제)\s?)?\(?\d{1,2}일\)?,?\s|^(?:오늘|어제|그제|이날),?\s")
# whom it was said to, where the words ask or bid ('…9명에게 현장을 찾으라'); a declarative clause's
# '…에게' is its own verb's ('사업주에게 지키도록 권고하고 있다')
AIMED_AT = re.compile(r"^(?:[^\s\"“”'‘’]+\s){0,5}?[^\s\"“”'‘’]+(?:에게|에게도|(?<!함)께|한테)\s")
ASKED_OR_TOLD = re.compile(r"(?:냐|느냐|니|는지|까|으라|하라|달라|말라|자)\s*$")


AFTER_ACT = re.compile(r"^(?P<pre>(?:\S+\s){0,8}?)(?P<w>[가-힣]+)\s(?:뒤|후|다음)(?:에)?,?\s")


def _adnominal_n(word: str) -> bool:
    """'둘러본', '마친', '확인한': a verb's past adnominal form (its last syllable closes in ㄴ)."""
    code = ord(word[-1]) - 0xAC00
    return len(word) >= 2 and word[-1] != "는" and 0 <= code < 11172 and code % 28 == 4  # ('복구는 다음 주' is a topic)


# the speech act's topic: what it answers ('보도에 대해', '…올린 것에 대해', '의혹과 관련해'); a
# contrastive topic inside the clause ('X에 대해서는') stays
RESPONDS_TO = re.compile(
    r"^(?:[^\s\"“”]+\s){0,12}?\S*(?:것|보도|질문|의혹|지적|논란|비판|주장|요구|발언|해석|관측|우려|소문|물음|질의|비난|반발|문제 제기)"
    r"(?:에\s대해|에\s대하여|에\s관해|과\s관련해|와\s관련해|과\s관련,|와\s관련,)(?!서는|서도|선)\s"
    r"|^(?:[^\s\"“”]+\s){0,4}?[^\s\"“”]+의\s(?:질의|질문|물음)에\s"  # '야당 의원의 질의에 …라고 답했다': what it answers
)


def _reported_before_act(text: str, sent: tuple[int, int], s: str, spans: list[Span], goes_on: bool = False) -> Raw | None:
    """'…위법이라며 유감을 표했다', '…위험하다며 출입을 막았다': -다며/-라며 report speech before
    any act, where the sentence names who speaks (``goes_on``: the act's clause hands over to the
    next, '…달라며 악수를 청했고')."""
    if not (ACT_END.search(s) or goes_on and ACT_GOES_ON.search(s) or lexicon().note_act_re.search(s)):
        return None  # ('…듯했다며 …기대를 피력.': a note-style sentence ends on the act's noun)
    hits = [m for m in MYEO.finditer(s) if not any(sp.open <= sent[0] + m.start() < sp.close for sp in spans)]
    if not hits:
        return None
    m = hits[-1]
    head = s[: m.start() + 1]
    subj = _first_topic(head)
    if subj is None or subj.mention.kind not in ("person", "anonymous", "organization", "pronoun", "title_only"):
        return None
    start = subj.end
    while start < len(head) and head[start] == " ":
        start += 1
    lead = LEADING.match(head[start:])
    if lead:
        start += lead.end()
    start = skip_setting(head, start)
    if words(head[start:]) < 2:
        return None
    verb = s[m.end() :].strip().split(" ")[-1].rstrip(".")
    end = m.start() + 1
    end -= copula_tail(s[:end])  # the copula is no part of the words: '…위법이라며' → '…위법'
    return Raw(
        "indirect", sent[0] + start, sent[0] + end, verb,
        Found(subj.mention, sent[0] + subj.start, sent[0] + subj.end, subj.particle), None, None, sent,
    )


def _relayed(clause: str, offset: int, sent: tuple[int, int], verb: str, relay: Found) -> Raw | None:
    """'강유정 대변인은 … 이 대통령이 … 받겠다고 말했다고 전했다': the words are the president's;
    the spokeswoman relays them."""
    if not verb.startswith(("전했", "전하", "밝혔", "설명했", "말했")):
        return None
    hits = list(INDIRECT.finditer(clause))
    m = hits[-1] if hits else None
    inner_verb = verb_in(clause[m.end() :]) if m else None
    if m is None or inner_verb is None or not clause.rstrip().endswith(inner_verb.rstrip("다") + "다"):
        return None
    speaker = _first_topic(clause[: m.start() + 1], reach=12)
    if speaker is None or speaker.end >= m.start():
        return None
    start = offset + speaker.end + (len(clause[speaker.end :]) - len(clause[speaker.end :].lstrip(" ")))
    return Raw(
        kind="indirect",
        start=sent[0] + start,
        end=sent[0] + offset + m.start() + 1,
        verb=inner_verb,
        subject=Found(speaker.mention, sent[0] + offset + speaker.start, sent[0] + offset + speaker.end, speaker.particle),
        addressee=None,
        via=relay.mention,
        sentence=sent,
    )


_APPOSED = re.compile(r"^(?:\S+\s){1,6}?\S+(?:인|이자)\s$")
# a word with a case ending is no part of a name: '…군수의 요구에도 불구하고' names no one
_CASE_MARKED = re.compile(r"(?:의|에|에서|을|를|으로|와|과|에게)(?:\s|$)")


def _first_topic(head: str, reach: int = 5) -> Found | None:
    """The speaker of a reported clause: the first phrase with 은/는 in the sentence,
    or, where there is none, a phrase with 이/가 (then one with 도: '가온물산도 …밝혔다') at the
    head of the sentence."""
    for particles in ("topic", "also_head", "subject", "also"):
        pattern = {"topic": r"(?:은|는|께서는|께서)(?=,?\s)", "subject": r"(?:이|가)(?=,?\s)"}.get(particles, r"도(?=,?\s)")
        for m in re.finditer(pattern, head):
            if particles == "also_head" and words(head[: m.start()]) > 2:
                break  # 'AP통신도 북한 지도자가 …했다고 전했다': the additive subject heads the clause
            if particles != "topic" and words(head[: m.start()]) > reach:
                far = subject_in(head, upto=m.end()) if particles == "subject" and words(head[: m.start()]) <= 10 else None
                if far is not None and far.end == m.end() and far.mention.kind == "person" and _APPOSED.search(head, 0, far.start):
                    return far  # '북한 김정은 위원장의 여동생인 김여정 제1부부장이, …': a subject described before its name
                break
            cand = subject_in(head, upto=m.end())
            if cand is None and particles in ("also", "also_head"):
                # '가온물산도': kiwi reads an unknown name with 도 as one noun; the words before 도 name it
                lead = LEADING.match(head)
                at = lead.end() if lead else 0
                lead_words = head[at : m.start()]
                if m.start() > at and words(lead_words) <= 3 and not _CASE_MARKED.search(lead_words):
                    cand = Found(parse_np(lead_words), at, m.end(), "도")
            if cand and cand.end == m.end() and cand.mention.kind in ("person", "pronoun", "anonymous", "organization", "title_only"):
                return cand
            if m.start() > 60:
                break
    return None
