"""One entity per real person; homonyms with other organisations apart; anonymous never merged."""

from __future__ import annotations

from records import BODY, quote, record

from malmoi.dedup import SpeakerIndex

SAID = "새벽에 일터로 나가는 시민들의 발이 되겠다"


def _entity(index: SpeakerIndex, rid: str, name: str, kind: str = "person", org: str | None = None,
            title: str | None = None) -> str:
    rec = record(rid, quotes=[quote(SAID, 1, BODY, name, kind, org, title)])
    return index.add(rec)[(kind, name)]


def test_same_name_and_org_is_one_person() -> None:
    ix = SpeakerIndex()
    a = _entity(ix, "a", "이영호", org="새솔시", title="시장")
    b = _entity(ix, "b", "이영호", org="새솔시", title="새솔시장")
    c = _entity(ix, "c", "이영호", title="시장")  # no organisation, an agreeing title
    assert a == b == c


def test_same_name_other_org_is_another_person() -> None:
    ix = SpeakerIndex()
    a = _entity(ix, "a", "김민수", org="한빛전자", title="대표")
    b = _entity(ix, "b", "김민수", org="누리대학교", title="교수")
    assert a != b
    assert _entity(ix, "c", "김민수", org="한빛전자") == a
    assert _entity(ix, "d", "김민수", title="교수") == b  # the title tells them apart


def test_anonymous_sources_and_groups_are_never_merged() -> None:
    ix = SpeakerIndex()
    ids = {_entity(ix, rid, name, "anonymous") for rid in ("a", "b", "c") for name in ("A씨", "업계 관계자", "주민들")}
    assert len(ids) == 9
    assert all(len(e.articles) == 1 for e in ix.entities.values())


def test_organisations_merge_by_name_and_short_form() -> None:
    ix = SpeakerIndex()
    a = _entity(ix, "a", "산업통상자원부", "organization")
    b = _entity(ix, "b", "산업부", "organization")
    c = _entity(ix, "c", "(주)한빛전자", "organization")
    d = _entity(ix, "d", "한빛전자", "organization")
    assert a == b and c == d and a != c
