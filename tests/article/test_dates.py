"""Korean date formats → ISO 8601 in Korean time."""

from __future__ import annotations

import pytest

from malmoi.article.dates import in_zone, labelled_stamps, parse_datetime

CASES = [
    ("입력 :2023/06/09 19:24", "2023-06-09T19:24:00+09:00"),
    ("입력 2025.06.20 15:49", "2025-06-20T15:49:00+09:00"),
    ("기사입력 2023-06-09 오후 7:24", "2023-06-09T19:24:00+09:00"),
    ("승인 2023.06.09 19:24", "2023-06-09T19:24:00+09:00"),
    ("등록일 : 2025.12.05 19:59", "2025-12-05T19:59:00+09:00"),
    ("2023년 6월 9일", "2023-06-09"),
    ("2023.11.02. 오후 8:06", "2023-11-02T20:06:00+09:00"),
    ("2023.11.02. 오전 12:06", "2023-11-02T00:06:00+09:00"),
    ("컴퓨팅입력 :2023/06/09 19:24", "2023-06-09T19:24:00+09:00"),
    ("기사입력 :[ 2018-08-25 15:24 ]", "2018-08-25T15:24:00+09:00"),
    ("입력 2024.08.21 (21:15)", "2024-08-21T21:15:00+09:00"),
    ("23.06.09 12:00", "2023-06-09T12:00:00+09:00"),
    ("2023년 06월 09일 (금) 오후 3시 5분", "2023-06-09T15:05:00+09:00"),
    ("2023-06-09T10:24:00Z", "2023-06-09T19:24:00+09:00"),
    ("posted Jun 10, 2023", "2023-06-10"),
    ("등록 2023-08-22 오전 9:14:05", "2023-08-22T09:14:05+09:00"),
    ("2023.13.45", None),
    ("전화 02-398-8585", None),
]


@pytest.mark.parametrize(("text", "iso"), CASES)
def test_parse_datetime(text: str, iso: str | None) -> None:
    assert parse_datetime(text) == iso


def test_labels_tell_published_from_modified() -> None:
    got = [(k, s.iso) for k, s in labelled_stamps("입력 :2023/06/09 19:24    수정: 2023/06/10 11:09")]
    assert got == [("published", "2023-06-09T19:24:00+09:00"), ("modified", "2023-06-10T11:09:00+09:00")]


@pytest.mark.parametrize(
    ("iso", "zone", "out"),
    [
        ("2018-04-26T22:46:00+09:00", "America/Los_Angeles", "2018-04-26T22:46:00-07:00"),  # summer time
        ("2018-11-22T09:00:00+09:00", "America/Los_Angeles", "2018-11-22T09:00:00-08:00"),
        ("2018-04-26", "America/Los_Angeles", "2018-04-26"),  # a bare date has no zone
        ("2018-04-26T22:46:00-07:00", "Asia/Seoul", "2018-04-26T22:46:00-07:00"),  # an explicit offset stays
    ],
)
def test_local_time_of_an_outlet_abroad(iso: str, zone: str, out: str) -> None:
    assert in_zone(iso, zone) == out


@pytest.mark.parametrize(
    ("line", "kinds"),
    [
        ("기사승인 2024.03.05 10:12 최종편집 2024.03.05 11:00", ["published", "modified"]),
        ("게시일시 2024-03-05 10:12", ["published"]),
        ("Date 2024-03-05", ["published"]),
    ],
)
def test_more_date_labels(line: str, kinds: list[str]) -> None:
    assert [k for k, _ in labelled_stamps(line)] == kinds


def test_a_time_in_brackets_after_the_date() -> None:
    from malmoi.article import lines as L

    d = L.date_line("기사입력 2025/01/22 [08:37]")
    assert d is not None and d.published == "2025-01-22T08:37:00+09:00"
