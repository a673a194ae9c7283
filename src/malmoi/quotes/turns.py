"""The turns pass: a transcript read as a whole before any quote is attributed.

Broadcast scripts, radio and talk-show transcripts and printed interviews give their words
as turns introduced by a speaker label, in many styles and positions:

    ◆ 김하늘> …        ▷김하늘 : …        김하늘 > …          ⊙ 김하늘 (교수) : …
    [김하늘 / 교수]     ▶김하늘 (alone)    ◀INT▶김하늘/시민     <인터뷰> 김하늘(시민) : "…"
    ▶ 인터뷰 : 김하늘 / 시민               ◀ 김하늘/교수 ▶ …    김하늘: "…"

A turn runs until the next label or turn marker (``[앵커]``, ``[기자]``), over as many lines
as it takes; a bite that opens a quotation mark runs until the mark closes. Labels may also
stand inline, several turns glued into one paragraph. The programme's own people (anchor,
host, interviewer, reporter) speak narration: their turns are not quotes, but the words
they quote inside them are read like any article text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from malmoi.korean.labels import ANCHOR_MARKERS, LABEL_KINDS, LABEL_PAREN, TIME_NOTE
from malmoi.korean.names import korean_name_shape
from malmoi.quotes.lexicon import lexicon
from malmoi.quotes.mentions import Mention, parse_np

FILLED = "◆▶►●▲◉"
HOLLOW = "◇▷○△◐◑◈"  # (a half-filled bullet or ◈ marks a second guest: '▷ guest', '◐ guest')
_MARKS = FILLED + HOLLOW + "⊙◎☎"  # ☎: a turn by telephone ('☎ 진행자 >' and '☎ 김하늘 >' alike)
ROLE_MARKS = FILLED + HOLLOW  # bullets that tell the host from the guests (⊙, ◎, ☎ mark everyone alike)
_WHO = r"[^:：>\[\]<▶►◀\"“”]{2,40}?"
_NAME_WORDS = r"[가-힣A-Za-z·]{2,12}(?:\s[가-힣A-Za-z·]{1,12}){0,3}"
# a label at the start of a paragraph (or of an inline turn), with the words after it
LEAD = [
    ("mark", re.compile(rf"^(?P<mark>[{_MARKS}])\s*(?P<who>{_WHO})\s*[:：>]\s*(?P<words>.*)$", re.S)),
    ("alone", re.compile(rf"^(?P<mark>[{_MARKS}])\s*(?P<who>[가-힣A-Za-z·]{{2,10}}(?:\s[가-힣A-Za-z·]{{1,12}})?)\s*$")),
    # '◀INT▶고은별 구청장"주민 안전이 먼저입니다."': the label glued to the words' mark
    ("bite", re.compile(r"^◀\s*(?:INT|SYN|인터뷰|녹취|싱크)\s*▶\s*/?\s*(?P<who>[^\"“\n]{2,40}?)\s*(?P<words>[\"“].*)$", re.S)),
    ("bite", re.compile(r"^◀\s*(?:INT|SYN|인터뷰|녹취|싱크)\s*▶\s*/?\s*(?P<who>[^\n]{0,40})$")),
    ("bite", re.compile(r"^◀\s*(?P<who>[가-힣]{1,10})\s*(?:INT|SYN)\s*▶$")),  # '◀손님INT▶': the role in the marker
    ("bite", re.compile(r"^[\[<【]\s*(?:인터뷰|녹취)\s*[\]>】](?P<who>)$")),  # '[인터뷰]' alone: the guest the anchor named
    ("bite", re.compile(r"^[\[<(【]?\s*(?P<who>현장음|현장\s음|효과음)\s*[\]>)】]?\s*>?$")),  # '현장음>': no one named
    ("bite", re.compile(r"^[<\[(【]\s*(?:인터뷰|녹취|싱크|현장음|SYNC)\s*[>\])】]\s*(?P<who>[^:：]{2,40}?)\s*[:：]\s*(?P<words>.+)$", re.S)),
    ("bite", re.compile(r"^[<\[(【]\s*(?:인터뷰|녹취|싱크|현장음|SYNC)\s*[>\])】]\s*(?P<who>[^:：\"“]{2,60}?)\s*$")),
    ("bite", re.compile(r"^(?:인터뷰|녹취|싱크|현장음)\s*[>\])】]\s*(?P<who>[^:：\"“()]{2,60}?)\s*$")),  # '현장음) 이름 / 직함'
    # '▶ 인터뷰 : 김하늘 / 상인 - "…"': the label, a dash, the words on one line
    ("bite", re.compile(r"^[▶►]?\s*(?:인터뷰|녹취|싱크)\s*[:：]\s*(?P<who>[^:：\"“]{2,40}?)\s+[-–—]\s*(?P<words>[\"“].*)$", re.S)),
    ("bite", re.compile(r"^[▶►]?\s*(?:인터뷰|녹취|싱크|현장음)\s*[:：]\s*(?P<who>[^:：]{2,40}?)\s*$")),
    ("bite", re.compile(r"^(?:인터뷰|녹취|싱크|INT|SYN|SYNC)\s*[-–—]\s*(?P<who>[^:：\"“]{2,40}?)\s*$")),  # '인터뷰-김하늘/ 상인', 'INT-김하늘/상인'
    ("bite", re.compile(r"^\[\s*(?:인터뷰|녹취)\s+(?P<who>[^\]]{2,30})\]$")),
    ("bite", re.compile(r"^\[\s*(?:싱크|녹취|인터뷰|SYNC|SYN|INT)\s*[:：]\s*(?P<who>[^\]]{2,30})\]\s*(?P<words>.*)$", re.S)),  # '[싱크:김하늘]'
    # '[김하늘 / 새솔시 주민] "물이 차올랐어요."': a bracketed label, then the words in marks on the line
    ("bite", re.compile(r"^\[(?P<who>[가-힣]{2,4}\s?/\s?[^\]:：]{2,30})\]\s*(?P<words>[\"“].+)$", re.S)),
    ("bite", re.compile(r"^(?:인터뷰|녹취|싱크|현장음)\s*>\s*(?P<who>[^\"“:：]{2,40}?)\s*(?P<words>[\"“].*)$", re.S)),
    ("bite", re.compile(r"^(?:인터뷰|녹취|싱크|현장음)\s*>\s*(?P<who>[^\"“:：]{2,40}?)\s*$")),
    # '[네, 마을회관에 모여 있어요.]': a bite in brackets with no label, said by the one interviewed
    ("bite", re.compile(r"^\[(?P<who>)(?P<words>[^\[\]:：]{2,300}?(?:[.?!…~]|요|다|죠|까|네|지|어|아|야))\]$", re.S)),
    ("arrow", re.compile(rf"^◀\s*(?P<who>{_WHO})\s*▶\s*(?P<words>.*)$", re.S)),
    ("alone", re.compile(r"^[\[【]\s*(?P<who>[^\]】:：]{2,40}?)\s*[\]】]$")),
    ("alone", re.compile(r"^[<‹]\s*(?P<who>[^<>‹›:：]{2,40}?)\s*[>›]$")),  # '<이장>', '<이정태 / 이장>'
    ("bracket", re.compile(r"^\[(?P<who>[^\]:：]{2,60}?)\s*[:：]\s*(?P<words>.+?)\]?$", re.S)),
    ("gt", re.compile(rf"^(?P<who>{_NAME_WORDS})\s?>\s*(?P<words>.*)$", re.S)),
    # '▲새솔 김하람 감독=오늘 경기는 …': a sports page's post-game words, speaker before '='
    ("eq", re.compile(r"^(?:[▲△■□●○◆◇▶▷►◉]\s*)?(?P<who>[^=\"“”:：▲△■□●○◆◇▶▷►◉]{2,30}?)\s*=\s*(?P<words>[^=].*)$", re.S)),
    ("colon", re.compile(rf"^(?P<who>{_NAME_WORDS})\s?[:：]\s*(?P<words>[\"“].*)$", re.S)),
    # '(정하늘 의원) 예산이 너무 적어요.': a name and a title in parentheses open the turn
    ("paren", re.compile(r"^\((?P<who>[가-힣]{2,4}(?:\s[가-힣A-Za-z]{1,12}){1,2})\)\s*(?P<words>\S.*)$", re.S)),
]
# a turn glued inside a paragraph: '… 그렇습니다. ▶김하늘 : 네. …'
INLINE = re.compile(rf"(?<=[.?!…\"”'’~])\s*(?=[{_MARKS}]\s*[가-힣A-Za-z·]{{2,10}}(?:\s[가-힣A-Za-z·]{{1,12}})?\s*[:：>])")
NARRATION_MARKERS = ANCHOR_MARKERS | {
    "[스탠드업]", "(S/U)", "[S/U]", "<S/U>", "◀ 앵커 ▶", "◀앵커▶", "◀ 기자 ▶", "◀기자▶", "[리포트]", "<리포트>",
    "◀ 리포트 ▶", "◀리포트▶", "[앵커멘트]", "<앵커 멘트>", "[기자 멘트]", "[진행자]", "◀ANC▶", "◀VCR▶", "◀END▶",
}
HOST_WORDS = ("앵커", "진행자", "진행", "사회자", "사회", "MC", "기자", "특파원", "캐스터", "아나운서")
QUOTE_OPEN = "\"“'‘″「『"
CLOSE_OF = {"\"": "\"", "“": "”", "'": "'", "‘": "’", "″": "″", "「": "」", "『": "』"}


@dataclass(slots=True)
class Label:
    who: str  # the label as written, without marks ('김하늘 / 교수')
    style: str  # mark, alone, bite, arrow, bracket, gt, colon
    mark: str = ""  # the bullet before it (◆, ◇, ▶, ▷ …)


@dataclass(slots=True)
class Piece:
    para: int
    start: int
    end: int


@dataclass(slots=True)
class Turn:
    label: Label | None  # None: a narration marker ([앵커], [기자])
    origin: Piece | None = None  # where the label itself stands
    pieces: list[Piece] = field(default_factory=list)
    narration: bool = False
    opener: str | None = None  # the mark the words opened and have not closed yet
    done: bool = False  # the words opened a mark and it closed: the turn is over

    @property
    def key(self) -> str:
        return _key(self.label.who) if self.label else ""

    def text(self, body: list[str]) -> str:
        return "\n".join(body[p.para][p.start : p.end] for p in self.pieces)


@dataclass(slots=True)
class Transcript:
    turns: list[Turn]

    def quoted(self) -> list[Turn]:
        return [t for t in self.turns if t.label is not None and not t.narration and t.pieces]

    def hidden(self, para: int) -> list[tuple[int, int]]:
        """What narration must not read in a paragraph: labels, and the quoted turns' words."""
        out: list[tuple[int, int]] = []
        for t in self.turns:
            if t.origin is not None and t.origin.para == para:
                out.append((t.origin.start, t.origin.end))
            if t.label is not None and not t.narration:
                out += [(p.start, p.end) for p in t.pieces if p.para == para]
        return out

    @property
    def labelled(self) -> bool:
        return any(t.label is not None for t in self.turns)


def _key(who: str) -> str:
    who = TIME_NOTE.sub("", who)
    return re.split(r"[\s/(]", who.strip(), maxsplit=1)[0]


def _label_ok(who: str, style: str) -> bool:
    who = TIME_NOTE.sub("", who).strip()
    if not who or len(who) > 40 or who.strip("[]<> ") in LABEL_KINDS:
        return style == "bite"
    if style == "bite":
        return True
    if style == "eq":
        m = parse_np(who)
        return m.kind == "person" and bool(m.name) and bool(m.title)
    words = who.replace("/", " / ").split()
    head = words[0]
    if style in ("gt", "colon") and len(words) == 1 and len(head) < 3:
        return False  # '주가 > 전일 대비': a two-syllable word alone is rarely a speaker
    if style in ("gt", "colon", "alone", "bracket") and not (
        korean_name_shape(head.split("(")[0]) or "/" in who or _foreign(words)
    ):
        return False
    if style == "paren":
        # '(김태환 감독) …'; not a dateline '(화천 더리더) …' (a place of two syllables, an outlet)
        return len(head) >= 3 and korean_name_shape(head) and lexicon().title_suffix_re.search(words[-1]) is not None
    if style in ("mark", "arrow"):
        return korean_name_shape(head.split("(")[0]) or "/" in who or _foreign(words) or head in HOST_WORDS
    return True


def _foreign(words: list[str]) -> bool:
    """'존 커비': two or three short Hangul words, as a transcribed foreign name."""
    name = [w for w in words if w != "/"][:3]
    return 2 <= len(name) <= 3 and all(re.fullmatch(r"[가-힣]{1,5}", w) for w in name[:2])


CONTACT = re.compile(r"[\d\-–\s().~:/,]+|(?:https?://|www\.)\S+|\S+@\S+\.\S+")


def read_label(text: str) -> tuple[Label, int, int] | None:
    """A speaker label at the start of ``text``, and where its words start and end."""
    stripped = text.strip()
    if stripped in NARRATION_MARKERS:
        return None
    lead = len(text) - len(text.lstrip())
    for style, rx in LEAD:
        m = rx.match(stripped)
        if not m:
            continue
        who = m.group("who").strip()
        if not _label_ok(who, style):
            continue
        if "words" in rx.groupindex and CONTACT.fullmatch(m.group("words").strip()):
            continue  # '▷ 전화 : 02-123-4567': a notice's field, not a turn
        has_words = "words" in rx.groupindex
        words = m.start("words") if has_words else len(stripped)
        words_end = m.end("words") if has_words else len(stripped)
        mark = m.group("mark") if "mark" in rx.groupindex else ""
        return Label(who, style, mark), lead + words, lead + words_end
    return None


def _marker(text: str) -> bool:
    t = text.strip()
    return t in NARRATION_MARKERS or bool(
        re.fullmatch(r"[\[<◀(]\s*(?:앵커|기자|리포트|스탠드업|S/U)[^\]>▶)]{0,8}[\]>▶)]|(?:앵커|기자|리포트)\s*>", t)
    )


def _segments(text: str) -> list[int]:
    """Where inline turns start inside a paragraph (0 always): a label after a sentence, or a
    turn marker in brackets ('… 연결돼 있습니다 [인터뷰] 네, …') in a transcript run together."""
    cuts = [0]
    for m in INLINE.finditer(text):
        if m.end() > 0 and read_label(text[m.end() :]) is not None:
            cuts.append(m.end())
    if "[" in text:
        cuts.extend(m.end() for m in INLINE_MARKER.finditer(text) if m.end() > 0)
    return sorted(set(cuts))


# a bracketed turn marker inside a paragraph, the words after it
INLINE_MARKER = re.compile(r"\s(?=\[(?:앵커|기자|인터뷰|녹취|리포트)\]\s)")
LEAD_MARKER = re.compile(r"^\[(?P<kind>앵커|기자|리포트|인터뷰|녹취)\]\s+(?=\S)")
GUEST_HEADER = re.compile(r"^■\s*(?P<who>[가-힣]{2,4}\s*/\s*[^\[\]]{2,40}?)\s*$")


def read_turns(body: list[str], markers: set[int] | None = None, hosts: list[str] | None = None) -> Transcript:
    """Every labelled turn of the body, in order; paragraphs in ``markers`` follow a turn
    marker ([앵커], [기자]) that the article stage took out of the body."""
    markers = markers or set()
    turns: list[Turn] = []
    cur: Turn | None = None
    guest: str | None = None
    asked: Label | None = None  # the label whose speaker a printed question was put to
    for i, para in enumerate(body):
        if i in markers or _marker(para):
            cur = Turn(None, Piece(i, 0, len(para) if _marker(para) else 0), narration=True)
            turns.append(cur)
            if _marker(para):
                continue
        if cur is None or cur.label is None or _ended(cur):
            bare = bare_label(para, body[i + 1] if i + 1 < len(body) else "")
            if bare is not None:
                cur = Turn(bare, Piece(i, 0, len(para)))
                turns.append(cur)
                continue
        if cur is not None and cur.label is not None and not cur.label.who and not cur.pieces and _name_line(para):
            cur.label = Label(para.strip(), cur.label.style, cur.label.mark)  # '◀INT▶' then '봉재석/누리시 장터동'
            continue
        for k, cut in enumerate(cuts := _segments(para)):
            end = cuts[k + 1] if k + 1 < len(cuts) else len(para)
            seg = para[cut:end]
            if (guest_line := GUEST_HEADER.match(seg.strip())) is not None:
                guest = guest_line.group("who")  # '■ 하도진 / 누리군 달빛면 이장': the guest of a phone interview
                continue
            if len(cuts) > 1 and (marked := LEAD_MARKER.match(seg)) is not None and "/" not in seg[marked.end() :][:30]:
                # '[앵커] …' / '[인터뷰] …' inside a paragraph: narration, or the guest's (or a bite's) words
                if marked.group("kind") in ("인터뷰", "녹취"):
                    cur = Turn(Label(guest or "", "bite"), Piece(i, cut, cut + marked.end()))
                    cur.pieces.append(Piece(i, cut + marked.end(), end))
                    cur.done = True
                else:
                    cur = Turn(None, Piece(i, cut, cut + marked.end()), [Piece(i, cut + marked.end(), end)], narration=True)
                turns.append(cur)
                continue
            lab = read_label(seg)
            if lab is None and cur is not None and cur.label is not None and seg.lstrip()[:1] in ROLE_MARKS and cut == 0:
                # '▷ 각오는요?': a bullet with no name, the host asking; narration between the turns
                cur = Turn(None, Piece(i, 0, 0), [Piece(i, 0, end)], narration=True)
                turns.append(cur)
                continue
            if lab is not None:
                label, words, words_end = lab
                ws, we = cut + words, min(end, cut + words_end)
                cur = Turn(label, Piece(i, cut, min(ws, end)))
                turns.append(cur)
                if ws < we and para[ws:we].strip():
                    cur = _add(cur, para, i, ws, we)
                continue
            if cur is not None and cur.label is not None and len(cuts) == 1 and ASKED_Q.match(para) and len(para) < 300:
                # 'Q. 어땠어요?' under '[정다온 / 지원자]': the reporter asks; the next lines answer again
                asked, cur = cur.label, Turn(None, Piece(i, 0, 0), [Piece(i, 0, len(para))], narration=True)
                turns.append(cur)
                continue
            if cur is not None and cur.label is None and cur.narration and asked is not None and cur.origin and cur.origin.end == 0:
                cur = Turn(asked, Piece(i, 0, 0))  # the answer to the question just asked
                turns.append(cur)
            if cur is None:
                continue
            if cur.label is None:
                cur.pieces.append(Piece(i, cut, end))
                continue
            if _ended(cur):
                cur = None
                continue
            cur = _add(cur, para, i, cut, end)
    decide_narration(turns, body, [_key(h) for h in hosts or []])
    if not any(t.label is not None for t in turns):
        turns = qa_turns(body) or turns
    return Transcript(turns)


QUESTION = re.compile(
    r"^\s*(?:[-—–]\s?|Q\s?[.:]\s?|Q\s(?=[가-힣])|문\s?[.:)]\s?)(?=[^\s\-—–])(?!(?:작성일|작성자|조회|등록일|추천|댓글|출처|수정일))"
    r"|^\s*\d{1,2}\s?[.)]\s?(?=[^\d\s]).{2,120}\?$"  # '1.아나운서가 된 계기는?': a numbered question
)
BULLET_QUESTION = re.compile(r"^\s*[▲△■□◆◇●○]\s*\S.{1,200}(?:[?？]|[가나까냐요지죠]\.?)$")
DASH_ANSWER = re.compile(r"^\s*[-–—]\s*")
ASKED_Q = re.compile(r"^\s*(?:Q\s?[.:]|Q\s(?=[가-힣])|문\s?[.:)])")  # a reporter's question inside a labelled turn
ANSWER_LABEL = re.compile(r"^\s*(?:A\s?[.:]\s?|답\s?[.:)]\s?)?\((?P<who>[가-힣]{2,4})\)\s*")
ANSWER_MARK = re.compile(r"^\s*(?:A\s?[.:]|A\s(?=[가-힣])|답\s?[.:)]|=|▶)\s?")
ASKED_OF = re.compile(r"\((?P<who>[가-힣]{2,4})\)\s*$")  # '-동점골 소감은.(예준서)': the question is put to 예준서


def qa_turns(body: list[str]) -> list[Turn]:
    """A printed interview (일문일답): questions opened by '—', '-', 'Q.' or '문' are narration;
    the paragraphs after each, up to the next question, are the interviewee's answer ('(이름)'
    before an answer names another answerer)."""
    bulleted = [i for i, p in enumerate(body) if BULLET_QUESTION.match(p) and len(p) < 300]
    # '▲회의 분위기는 어땠나.' / '-약간의 긴장감이 있었다.': bulleted questions, answers after a dash
    questions = bulleted if len(bulleted) >= 2 else [i for i, p in enumerate(body) if QUESTION.match(p) and len(p) < 300]
    if len(questions) < 2:
        return []
    turns: list[Turn] = []
    heads = {i: p.strip() for i, p in enumerate(body) if _heading(p)}  # '패장 새솔 이형우 감독': who answers below
    for k, q in enumerate(questions):
        turns.append(Turn(None, Piece(q, 0, 0), [Piece(q, 0, len(body[q]))], narration=True))
        stop = questions[k + 1] if k + 1 < len(questions) else min(len(body), q + 4)
        answer = [i for i in range(q + 1, stop) if body[i].strip() and i not in heads]
        if not answer:
            continue
        first = body[answer[0]]
        named = ANSWER_LABEL.match(first)
        lead = named or ANSWER_MARK.match(first) or (DASH_ANSWER.match(first) if bulleted else None)
        start = lead.end() if lead else 0
        asked = ASKED_OF.search(body[q])
        heading = next((heads[i] for i in range(q - 1, -1, -1) if i in heads), "")
        label = Label(named.group("who") if named else asked.group("who") if asked else heading, "qa")
        turn = Turn(label, Piece(answer[0], 0, start))
        turn.pieces = [Piece(answer[0], start, len(first))] + [Piece(i, 0, len(body[i])) for i in answer[1:]]
        turns.append(turn)
    return turns


def _heading(para: str) -> bool:
    """'승장 재미삼아 김희성 감독': a short line, no sentence, that ends in a name and a title."""
    t = para.strip()
    if not 4 <= len(t) <= 40 or re.search(r"[.?!…\"”'’:]$", t) or QUESTION.match(t):
        return False
    words = t.split()
    return len(words) >= 2 and lexicon().title_suffix_re.search(words[-1]) is not None and korean_name_shape(words[-2])


def _name_line(para: str) -> bool:
    """'봉재석/누리시 장터동', '함도윤 / 누리시장 상인 (30년 경력)', '노점 상인': a short line that
    names a speaker, under a marker that names none."""
    t = para.strip()
    return 2 <= len(t) <= 40 and t[0] not in QUOTE_OPEN + "(" and not re.search(r"[.?!…\"”'’]$", t) and len(t.split()) <= 6


def _add(cur: Turn, para: str, i: int, s: int, e: int) -> Turn:
    """Add words to a turn; a bite whose words open a mark ends where the mark closes."""
    text = para[s:e]
    cur.pieces.append(Piece(i, s, e))
    if len(cur.pieces) == 1:
        lead = _LEAD.match(text).end()  # type: ignore[union-attr]
        if lead < len(text) and text[lead] in QUOTE_OPEN:  # ('"" in QUOTE_OPEN' would hold)
            cur.opener = text[lead]
            text = text[lead + 1 :]
    if cur.opener is not None and CLOSE_OF[cur.opener] in text:
        cur.opener, cur.done = None, True
    return cur


# before a bite's words: a dash, or the reporter's question in parentheses ('(검토하셨습니까?) "…"')
_LEAD = re.compile(r"\s*(?:[-–—]\s*)?(?:\([^()]{1,120}\)\s*)?")
BARE = re.compile(
    r"^(?P<who>[가-힣]{2,4}(?:\s?/\s?[^()\n/]{2,30}|(?:\s[가-힣A-Za-z]{1,12}){1,2}))\s*"
    r"(?:\((?:어제|오늘|그제|지난[^()]{0,8}|\d{1,2}일|현지 시간)[^()]{0,10}\)|(?P<dated>\(\d{4}[년.\-/][^()]{0,30}\)))?$"
)
DATE_NOTE = re.compile(r"\s*\(\d{4}[년.\-/][^()]{0,30}\)")  # '(2015년 4월 1일)': an older broadcast's bite


def bare_label(para: str, nxt: str) -> Label | None:
    """'김하늘 한빛시장 (어제)', '김하늘 / 한빛시 대변인' on a line of its own, then the words in
    marks: a bite's label without any bracket."""
    m = BARE.match(para.strip())
    if m is None or not korean_name_shape(m.group("who").split()[0].split("/")[0]):
        return None
    lead = _LEAD.match(nxt).end()  # type: ignore[union-attr]
    if nxt[lead : lead + 1] not in QUOTE_OPEN:
        return None
    who = m.group("who")
    if "/" not in who and not lexicon().title_suffix_re.search(who.split()[-1]):
        return None  # '윤가람 한빛시장': a name, then a word that ends in a title
    return Label(who, "bite")


def _ended(cur: Turn) -> bool:
    """A bite with its words on the label's line ends with that line, unless its mark is
    still open; a dialogue turn (a transcript answer) runs over several paragraphs."""
    if cur.done:
        return True
    if cur.label is None or cur.opener is not None:
        return False
    if cur.label.style in ("bite", "colon", "bracket", "eq") and cur.pieces:
        return True
    return len(cur.pieces) >= 12


def decide_narration(turns: list[Turn], body: list[str], credited: list[str] | None = None) -> None:
    """The programme's own people speak narration: a label with an anchor's or host's word
    (앵커, 진행자, 기자), a hollow bullet where others have filled ones (◇ host, ◆ guest), or in
    a dialogue the first speaker whose turns ask the questions or name the guest."""
    labelled = [t for t in turns if t.label is not None]
    named = _named_host(body) or _programme_host(labelled, body)
    credited_hosts = {k for k in credited or [] if k} | ({named} if named else set())
    # a role word makes a host only where nothing names the host, and never in a bite's label or
    # an interviewee's '[이름 / YTN 취재 기자]': they name someone heard, whatever their trade
    hosts = [] if credited_hosts & {t.key for t in labelled} else [t for t in labelled if _host_label(t) and not _heard(t)]
    if len(hosts) >= 3 and len(hosts) == len(labelled) and len({t.key for t in hosts}) >= 2:
        hosts = []  # '▶ 신경민 앵커 : …' answering unlabelled questions: anchors interviewed, no one presents
    for t in hosts:
        t.narration = True
    for t in labelled:
        if t.key in credited_hosts:
            t.narration = True  # '■ 진행 : 김하늘' over the transcript
    marks = {t.label.mark for t in labelled if t.label and t.label.mark and t.label.mark in ROLE_MARKS}
    if len(marks) >= 2:
        host_mark = _host_mark(labelled, [*hosts, *(t for t in labelled if t.key in credited_hosts)], body, marks)
        for t in labelled:
            if t.label and t.label.mark == host_mark:
                t.narration = True
        return
    if credited_hosts & {t.key for t in labelled}:
        return
    dialogue = [t for t in labelled if t.label and t.label.style in ("mark", "alone", "gt", "arrow", "paren")]
    speakers = {t.key for t in dialogue}
    if len(speakers) < 2 or len(dialogue) < 3 or any(t.narration for t in labelled):
        return
    first = dialogue[0].key
    texts = {id(t): t.text(body) for t in dialogue}
    if _asks(dialogue, first, texts) or any(o and o in texts[id(dialogue[0])] for o in speakers - {first}):
        for t in dialogue:
            if t.key == first:
                t.narration = True


def _heard(t: Turn) -> bool:
    """A label that names someone heard: a bite's, or a bracketed '이름 / 직함' of a vox-pop."""
    assert t.label is not None
    if _key(t.label.who) in HOST_WORDS:
        return False
    return t.label.style == "bite" or (t.label.style in ("alone", "bracket") and "/" in t.label.who)


def _host_label(t: Turn) -> bool:
    """'진행자', '김하늘 앵커', '앵커 / 김하늘', '사회 : 김하늘': a label that says it is the host."""
    words = TIME_NOTE.sub("", t.label.who if t.label else "").replace("/", " ").split()
    # the role's last word says it ('KBS 기자'); '신입 아나운서 지원' is an applicant
    return bool(words) and (words[0] in HOST_WORDS or (len(words) > 1 and (words[-1] in HOST_WORDS or words[-1].endswith(("앵커", "진행자", "사회자")))))


def _host_mark(labelled: list[Turn], hosts: list[Turn], body: list[str], marks: set[str]) -> str:
    """Which bullet the host's turns carry where several alternate (the guests' may be one or
    more others: '▶ host', '▷ guest', '◉ guest'): the host's own when a label or a header says
    who hosts ('▶ 진행자 :' then '▷ 정미래 :'), else the first turn's where it names the guests,
    else the one whose turns ask, else the hollow one ('◇ 김현수>' asks, '◆ 이도윤>' answers, as
    most radio transcripts print)."""
    for t in hosts:
        if t.label and t.label.mark in marks:
            return t.label.mark
    texts = {id(t): t.text(body) for t in labelled}
    marked = [t for t in labelled if t.label and t.label.mark in marks]
    first = marked[0]
    others = {t.key for t in marked} - {first.key}
    if first.label and any(o and o in texts[id(first)] for o in others):
        return first.label.mark  # the first turn names the guests: the host's

    def asks(mark: str) -> float:
        mine = [t for t in marked if t.label and t.label.mark == mark]
        return sum(1 for t in mine if texts[id(t)].rstrip().endswith(("?", "까", "요?"))) / len(mine) if mine else 0.0

    if len(marks) > 2 and first.label:
        return first.label.mark  # one host, several guests: the host opens the programme
    ranked = sorted(marks, key=asks, reverse=True)
    if asks(ranked[0]) > max(asks(m) for m in ranked[1:]) + 0.2:
        return ranked[0]
    return next((m for m in marks if m in HOLLOW), ranked[0])


HOST_HEADER = re.compile(r"^\s*[■□●◆▶\[]?\s*(?:진행|진행자|사회|사회자|앵커|MC)\s*[:：\]]\s*(?P<who>[가-힣]{2,4})(?:\s|/|\(|$)")


def _programme_host(labelled: list[Turn], body: list[str]) -> str | None:
    """The host a programme is named after ('김현정의 뉴스쇼', '이름의 시사자키'): the one speaker
    of the transcript whose name stands before '의' in the words ahead of its first turn."""
    first = next((t.origin.para for t in labelled if t.origin is not None), 0)
    intro = " ".join(body[: first + 1])[:600]
    keys = {t.key for t in labelled if t.key and korean_name_shape(t.key)}
    hits = [k for k in keys if re.search(rf"(?<![가-힣]){re.escape(k)}의\s", intro)]
    return hits[0] if len(hits) == 1 else None


def _named_host(body: list[str]) -> str | None:
    """The host a header names ('■ 진행 : 김하늘', '진행 : 김하늘 (아나운서)')."""
    for para in body[:8]:
        if (m := HOST_HEADER.match(para)) is not None and korean_name_shape(m.group("who")):
            return m.group("who")
    return None


def _asks(dialogue: list[Turn], who: str, texts: dict[int, str]) -> bool:
    def share(turns: list[Turn]) -> float:
        asks = sum(1 for t in turns if texts[id(t)].rstrip().endswith(("?", "까", "요?")))
        return asks / len(turns) if turns else 0.0

    mine = share([t for t in dialogue if t.key == who])
    return mine >= 0.3 and mine > share([t for t in dialogue if t.key != who])


_HEREAFTER = re.compile(r"\s*\(\s*이하\s*[^()]{1,20}\)")


def parse_label(who: str) -> Mention:
    """The speaker a label names: '김하늘 / 한빛시 대변인', '김하늘(시민)', '녹취 김하늘 교수'."""
    who = DATE_NOTE.sub("", TIME_NOTE.sub("", who)).strip(" []<>")
    who = _HEREAFTER.sub("", who).strip()  # '조은희 국민의힘 의원(이하 조은희)': the short label declared
    who = re.sub(r"^(?:인터뷰|녹취|싱크|현장음|SYNC|SYN|INT)\s*[:：]?\s*", "", who)
    if pm := LABEL_PAREN.match(who):
        who = f"{pm.group('name')} / {pm.group('role')}"
    if "/" in who:
        name, _, role = who.partition("/")
        m = parse_np(name.strip())
        role = role.strip()
        if m.kind == "organization" and korean_name_shape(name.strip()) and role:
            m = Mention(name.strip(), "person", name=name.strip())  # '우병원 / 주민': a name that ends like a hospital
        if m.kind in ("person", "unknown") and name.strip():
            return Mention(who, "person", name=m.name or name.strip(), title=role or None, org=m.org)
        return m
    m = parse_np(who)
    first = who.split(" ")[0]
    if m.kind == "title_only" and m.title and " " in who and korean_name_shape(first) and m.org is None:
        return Mention(who, "person", name=first, title=m.title)  # '이설 기자' in a label: a name kiwi reads as a word
    return m
