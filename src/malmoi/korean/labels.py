"""The shapes of broadcast and transcript speaker labels: '[이름 / 직함 : …]', '이름 앵커> …',
'▶ 인터뷰 : 이름 / 직함', '▶이름', '[이름 직함]'.

Shapes only: whether the name in a label is a person is the quote stage's business (it reads
names with kiwipiepy). The article stage uses :func:`label_shape` to know where spoken text
starts, without loading any model.
"""

from __future__ import annotations

import re
from functools import lru_cache

from malmoi.data import load_lines
from malmoi.korean import memo
from malmoi.korean.names import korean_name_shape

LABEL_BRACKET = re.compile(r"^\[(?P<who>[^\]:：]{2,60}?)\s*[:：]\s*(?P<words>.+?)\]?$")
LABEL_ARROW = re.compile(r"^(?P<who>[^>\n]{2,40}?)\s*>\s*(?P<words>.+)$")
LABEL_ONLY = re.compile(r"^(?:▶|\[|<|\(|【)?\s*(?:인터뷰|녹취|싱크|현장음|SYNC)\s*(?:\]|>|\)|】)?\s*[:：]?\s*(?P<who>[^:：\]]{2,40}?)\s*[\]>)】]?$")
LABEL_PAREN = re.compile(r"^(?P<name>[^()]{2,12}?)\s*\((?P<role>[^()]{2,40})\)$")
LABEL_ALONE = re.compile(r"^[\[<【◀‹]\s*(?P<who>[가-힣A-Za-z]{2,10}\s*/\s*[^\]>】▶›:：]{2,40})\s*[\]>】▶›]$")
LABEL_NAMED = re.compile(r"^[\[<【]\s*(?P<who>[가-힣]{2,4}\s+[가-힣A-Za-z·]{1,12}(?:\s[가-힣A-Za-z·]{1,12})?)\s*[\]>】]$")
TRANSCRIPT_TURN = re.compile(r"^[▶►]\s?(?P<who>[가-힣]{2,4}(?:\s[가-힣A-Za-z]{1,12})?)\s*[:：]?$")
LABEL_POINTER = re.compile(r"^[▶►]\s?(?P<who>[가-힣]{2,4}(?:\s[가-힣A-Za-z]{1,12})?)\s*[:：]\s*(?P<words>.+)$")
TIME_NOTE = re.compile(r"\s*\((?:어제|오늘|그제|지난[^()]{0,8}|\d{1,2}일|현지 시간)[^()]{0,10}\)")
TURN_MARKED = re.compile(r"^[◆◇▶▷►⊙]\s*(?P<who>[가-힣]{2,4}(?:\s[가-힣A-Za-z]{1,12})?)\s*[:：>]")
LABEL_KINDS = ("인터뷰", "녹취", "싱크", "현장음")
LABEL_LIKE = re.compile(r"^(?:▶|\[|<|【|\()?\s*(?:인터뷰|녹취|싱크|현장음)|^◀\s*(?:INT|SYN|인터뷰|녹취|싱크)\s*▶|^(?:INT|SYN|SYNC)\s*[-–—]\s*[가-힣]")
ANCHOR_MARKERS = frozenset({"[앵커]", "[기자]", "[리포트]", "<앵커>", "<기자>", "앵커", "기자", "[앵커 멘트]"})


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return frozenset(load_lines("titles.txt")) | {"앵커", "기자"}


def _name_title(who: str, titled: bool = False) -> bool:
    """'김하늘 교수', '김하늘': a Korean name, then at most two words that end in a title
    (a title is required where ``titled``)."""
    words = TIME_NOTE.sub("", who).strip(" []<>").split()
    if not words or not korean_name_shape(words[0]) or len(words) > 3:
        return False
    return (len(words) == 1 and not titled) or words[-1] in _titles()


def _who_shape(who: str) -> bool:
    who = who.strip()
    if who.strip("[]<> ") in LABEL_KINDS:
        return True
    if len(who) > 30:
        return False
    return "/" in who or _name_title(who) or bool(LABEL_PAREN.match(who))


# '홍길동 장관 (어제)', '홍길동 / 시민 (지난 3일)': a bite's speaker on a line of its own, with its time note
BITE_TIMED = re.compile(
    r"^(?P<name>[가-힣]{2,4})(?:\s*/\s*|\s+)[가-힣A-Za-z·\s]{1,20}?\s*"
    r"\((?:어제|오늘|그제|지난[^()]{0,8}|\d{1,2}일|현지\s?시간)[^()]{0,10}\)$"
)


def timed_bite_label(line: str) -> bool:
    """A broadcast bite's speaker line with its time note ('홍길동 장관 (어제)'): never a headline."""
    text = line.strip()
    m = BITE_TIMED.match(text) if text.endswith(")") else None  # the time note closes the line
    return bool(m and korean_name_shape(m.group("name")))


@memo.register
@lru_cache(maxsize=65536)
def label_shape(line: str) -> bool:
    """The line has the shape of a speaker label (with or without the words after it)."""
    text = line.strip()
    if not text or text in ANCHOR_MARKERS:
        return False
    if timed_bite_label(text):
        return True
    if LABEL_LIKE.match(text) or TRANSCRIPT_TURN.match(text) or LABEL_POINTER.match(text):
        return True
    if (m := TURN_MARKED.match(text)) and _name_title(m.group("who")):
        return True  # '▷한소라 : …', '◆ 한소라> …': a transcript turn
    if len(text) <= 60 and (LABEL_ONLY.match(text) or LABEL_ALONE.match(text)):
        return True
    if (m := LABEL_NAMED.match(text)) and _name_title(m.group("who")):
        return True
    m = LABEL_BRACKET.match(text)
    if m and _who_shape(m.group("who")):
        return True
    m = LABEL_ARROW.match(text) if ">" in text else None  # the arrow the pattern needs: most lines have none
    return bool(m and _name_title(m.group("who"), titled=True))
