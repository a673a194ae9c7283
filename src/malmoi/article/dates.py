"""Dates and times as Korean outlets print them, to ISO 8601 in Korean time.

``parse_datetime('입력 2023.11.02. 오후 8:06')`` gives ``2023-11-02T20:06:00+09:00``;
a date with no time gives ``2023-11-02``. Labels (입력, 수정, 승인, 등록일, …)
come from ``data/dates.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from malmoi.data import load_toml

KST = timezone(timedelta(hours=9))

_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}

# One pattern each; the order matters (the fullest first).
_TIME = r"(?:\s*\(?\s*(?P<ampm>오전|오후|AM|PM|am|pm)?\s*(?P<h>\d{1,2})\s*(?::|시)\s*(?P<mi>\d{1,2})(?:\s*(?::|분)\s*(?P<s>\d{1,2})(?:\.\d+)?)?\s*(?:분|초)?(?:\s*(?P<ampm2>AM|PM|am|pm))?\)?)?"
_PATTERNS = [
    # ISO with T and offset: 2023-06-09T19:24:00+09:00
    re.compile(r"(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})T(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?(?:\.\d+)?(?P<tz>Z|[+-]\d{2}:?\d{2})?"),
    # 2023년 6월 9일 (오후 7시 24분)
    re.compile(r"(?P<y>(?:19|20)\d{2})\s*년\s*(?P<m>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일(?:\s*\([월화수목금토일]\))?" + _TIME),
    # 2023.06.09 / 2023-06-09 / 2023/06/09 / 2023. 6. 9. (time)
    re.compile(r"(?P<y>(?:19|20)\d{2})\s*[./-]\s*(?P<m>\d{1,2})\s*[./-]\s*(?P<d>\d{1,2})\.?(?:\s*\([월화수목금토일]\))?" + _TIME),
    # Jun 10, 2023 (board software)
    re.compile(r"(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?P<d>\d{1,2}),?\s+(?P<y>(?:19|20)\d{2})" + _TIME),
    # 23.06.09 (two-digit year first, as Korean sites print it)
    re.compile(r"(?<![\d.])(?P<yy>\d{2})\.(?P<m>\d{2})\.(?P<d>\d{2})(?![\d.])" + _TIME),
]


@dataclass(slots=True, frozen=True)
class Stamp:
    iso: str
    has_time: bool
    start: int
    end: int


def _to_iso(g: dict[str, str | None]) -> tuple[str, bool] | None:
    try:
        y = 2000 + int(g["yy"] or 0) if g.get("yy") else int(g["y"] or 0)
        mon = g.get("mon")
        m = _MONTHS[mon.lower()[:3]] if mon else int(g["m"] or 0)
        d = int(g["d"] or 0)
        day = date(y, m, d)
    except (ValueError, KeyError, TypeError):
        return None
    if g.get("h") is None:
        return day.isoformat(), False
    h, mi, s = int(g["h"] or 0), int(g["mi"] or 0), int(g.get("s") or 0)
    ampm = (g.get("ampm") or g.get("ampm2") or "").lower()
    if ampm in ("오후", "pm") and h < 12:
        h += 12
    elif ampm in ("오전", "am") and h == 12:
        h = 0
    if h > 23 or mi > 59 or s > 59:
        return day.isoformat(), False
    tz = g.get("tz")
    dt = datetime(y, m, d, h, mi, s, tzinfo=KST)
    if tz:
        if tz == "Z":
            dt = datetime(y, m, d, h, mi, s, tzinfo=UTC).astimezone(KST)
        else:
            sign = 1 if tz[0] == "+" else -1
            hh, mm = int(tz[1:3]), int(tz[-2:])
            off = timezone(sign * timedelta(hours=hh, minutes=mm))
            dt = datetime(y, m, d, h, mi, s, tzinfo=off).astimezone(KST)
    return dt.isoformat(), True


_DIGIT = re.compile(r"\d")  # every pattern above holds one; most lines hold none
# what each pattern cannot match without (most lines with a digit hold no date)
_NEEDS: tuple[tuple[str, ...], ...] = (
    ("T",), ("년",), (".", "/", "-"), tuple(m.capitalize() for m in _MONTHS), (".",),
)


# the same, as one search each
_NEEDS_RE = tuple(re.compile("|".join(re.escape(n) for n in needs)) for needs in _NEEDS)


def find_stamps(text: str) -> list[Stamp]:
    """Every date (with its time, where given) in a line, in order."""
    if not _DIGIT.search(text):
        return []
    found: list[Stamp] = []
    taken: list[tuple[int, int]] = []
    for pat, needs in zip(_PATTERNS, _NEEDS_RE, strict=True):
        if needs.search(text) is None:
            continue
        for m in pat.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            res = _to_iso(m.groupdict())
            if res is None:
                continue
            end = m.end()
            while end > m.start() and text[end - 1].isspace():
                end -= 1
            found.append(Stamp(res[0], res[1], m.start(), end))
            taken.append((m.start(), end))
    found.sort(key=lambda s: s.start)
    return found


def parse_datetime(text: str) -> str | None:
    """The first date in ``text`` as ISO 8601 (+09:00 when a time is given), else None."""
    stamps = find_stamps(text)
    return stamps[0].iso if stamps else None


@lru_cache(maxsize=1)
def _labels() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = load_toml("dates.toml")
    pub = "|".join(sorted((re.escape(x) for x in data["published"]), key=len, reverse=True))
    mod = "|".join(sorted((re.escape(x) for x in data["modified"]), key=len, reverse=True))
    return re.compile(pub), re.compile(mod)


def labelled_stamps(line: str) -> list[tuple[str, Stamp]]:
    """Dates in a dateline with what they are: 'published', 'modified' or '' (no label).

    A label stands before its date: ``입력 :2023/06/09 19:24  수정: 2023/06/10 11:09``.
    """
    pub, mod = _labels()
    out: list[tuple[str, Stamp]] = []
    prev_end = 0
    for st in find_stamps(line):
        before = line[prev_end:st.start]
        kind = ""
        # the label nearest to the date wins
        best = -1
        for pat, name in ((pub, "published"), (mod, "modified")):
            for m in pat.finditer(before):
                if m.start() > best:
                    best, kind = m.start(), name
        out.append((kind, st))
        prev_end = st.end
    return out


def in_zone(iso: str | None, zone: str) -> str | None:
    """A time read as Korean time, given instead in ``zone``'s local time at the same wall
    clock ('2018-04-26T22:46:00+09:00' in America/Los_Angeles → '2018-04-26T22:46:00-07:00')."""
    if not iso or len(iso) <= 10 or not iso.endswith("+09:00"):
        return iso
    try:
        tz = ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        return iso
    return datetime.fromisoformat(iso).replace(tzinfo=tz).isoformat()
