"""What must never break: offsets point at the quote's text; ids are stable."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from malmoi.model import Page, Source
from malmoi.pipeline import build_article

NAMES = ["김하린", "박서준", "최윤서", "이도현"]
TITLES = ["장관", "대표", "교수", "의원"]
VERBS = ["말했다", "밝혔다", "강조했다", "덧붙였다"]
WORDS = ["예산", "반도체", "지원", "규제", "시장", "내년", "확대", "필요"]
MARKS = [("\"", "\""), ("“", "”"), ("'", "'"), ("‘", "’")]


@st.composite
def paragraphs(draw: st.DrawFn) -> str:
    name, title, verb = draw(st.sampled_from(NAMES)), draw(st.sampled_from(TITLES)), draw(st.sampled_from(VERBS))
    o, c = draw(st.sampled_from(MARKS))
    words = " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=2, max_size=8)))
    lead = draw(st.sampled_from(["", "이날 ", "한편 "]))
    return f"{lead}{name} {title}은 {o}{words}이 필요하다{c}고 {verb}."


@st.composite
def transcript(draw: st.DrawFn) -> list[str]:
    """A labelled bite whose words wrap over several lines, among prose paragraphs."""
    name = draw(st.sampled_from(NAMES))
    lines = [" ".join(draw(st.lists(st.sampled_from(WORDS), min_size=2, max_size=5))) for _ in range(draw(st.integers(1, 3)))]
    return [f"◀INT▶{name}/시민", "\"" + "\n\n".join(lines) + "다.\""]


def quote_text(art: object, q: object) -> str:
    """What a quote's offsets point at (over several paragraphs: the pieces joined by newlines)."""
    if q.in_ == "headline":  # type: ignore[attr-defined]
        return (art.title or "")[q.start : q.end]  # type: ignore[attr-defined]
    body = art.body  # type: ignore[attr-defined]
    first, last = q.paragraph, q.paragraph_end if q.paragraph_end is not None else q.paragraph  # type: ignore[attr-defined]
    if first == last:
        return body[first][q.start : q.end]  # type: ignore[attr-defined]
    pieces = [body[first][q.start :], *body[first + 1 : last], body[last][: q.end]]  # type: ignore[attr-defined]
    return "\n".join(pieces)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(paragraphs(), min_size=1, max_size=5), st.lists(transcript(), max_size=2))
def test_offsets_point_at_the_quote(paras: list[str], bites: list[list[str]]) -> None:
    text = "제목 한 줄입니다 여기에\n\n" + "\n\n".join(paras + [p for b in bites for p in b])
    art = build_article(Page(Source(path="p.txt"), text=text))
    assert not hasattr(art, "reason")
    for q in art.quotes:  # type: ignore[union-attr]
        assert quote_text(art, q) == q.text


@settings(max_examples=20, deadline=None)
@given(st.text(alphabet="가나다라마바사아자차카타파하 .\"\n", min_size=0, max_size=300))
def test_ids_are_stable_and_nothing_raises(text: str) -> None:
    a = build_article(Page(Source(path="x.txt"), text=text))
    b = build_article(Page(Source(path="x.txt"), text=text))
    assert type(a) is type(b)
    if hasattr(a, "id"):
        assert a.id == b.id  # type: ignore[union-attr]
