"""``malmoi extract ... --db FILE --fold``: the store is folded after the upsert, incrementally."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from malmoi.cli import main

STORY = (
    "누리시, 폐교를 주민 도서관으로 바꾼다\n\n"
    "누리시는 9일 문을 닫은 누리초등학교 건물을 고쳐 내년 봄 주민 도서관으로 연다고 밝혔다. "
    "교실 열두 칸은 열람실과 어린이 책방, 동아리방으로 나뉜다.\n\n"
    "김다온 누리시 교육국장은 \"아이들이 떠난 자리에 다시 책 읽는 소리가 들리게 하겠다\"고 말했다.\n\n"
    "시는 리모델링에 18억 원을 들이며, 운동장은 주말마다 주민 장터로 쓰기로 했다. "
    "학교를 다녔던 주민들의 사진과 졸업 앨범을 모은 작은 전시실도 함께 꾸민다.\n"
)
OTHER = (
    "바닷가 마을에 해상 풍력 설명회 열려\n\n"
    "한솔군은 10일 군청 대회의실에서 해상 풍력 단지 설명회를 열고 주민 질문을 받았다. "
    "어민들은 조업 구역이 줄어들 것을 걱정했고, 군은 보상 기준을 따로 마련하겠다고 답했다.\n\n"
    "한 어촌계장은 \"바다는 우리 밥그릇이라 먼저 물어봐 줬어야 했다\"고 말했다.\n"
)


def dedup_rows(db: Path) -> dict[str, tuple[str, str]]:
    with sqlite3.connect(db) as conn:
        ids = dict(conn.execute("SELECT n, id FROM articles").fetchall())
        placed = {a: (c, h) for a, c, h in conn.execute("SELECT article, cluster, how FROM dedup_articles")}
    assert set(placed) <= set(ids.values())
    return placed


def test_extract_with_fold_folds_the_store_then_adds_only_new_articles(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages, db = tmp_path / "pages", tmp_path / "m.db"
    pages.mkdir()
    (pages / "story.txt").write_text(STORY, encoding="utf-8")
    (pages / "other.txt").write_text(OTHER, encoding="utf-8")
    out = str(tmp_path / "out.jsonl")
    assert main(["extract", str(pages), "-o", out, "--db", str(db), "--fold", "-q"]) == 0
    first = dedup_rows(db)
    assert len(first) == 2 and len({c for c, _ in first.values()}) == 2  # two stories, two clusters
    assert "fold " in capsys.readouterr().err

    (pages / "story-copy.txt").write_text("본문 듣기\n\n" + STORY.replace("\n\n", "\n"), encoding="utf-8")
    assert main(["extract", str(pages), "-o", out, "--db", str(db), "--fold", "-q"]) == 0
    err = capsys.readouterr().err
    assert "folded 1 new articles, 2 already folded" in err  # incremental: the two are not folded again
    second = dedup_rows(db)
    assert len(second) == 3
    new = (set(second) - set(first)).pop()
    story = next(a for a, (c, _) in first.items() if second[a][0] == second[new][0])
    assert second[new][1] in ("exact", "near") and second[story] == first[story]


def test_extract_without_fold_leaves_the_store_unfolded(tmp_path: Path) -> None:
    pages, db = tmp_path / "pages", tmp_path / "m.db"
    pages.mkdir()
    (pages / "story.txt").write_text(STORY, encoding="utf-8")
    assert main(["extract", str(pages), "-o", str(tmp_path / "o.jsonl"), "--db", str(db), "-q"]) == 0
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name LIKE 'dedup_%'").fetchone()[0] == 0


def test_fold_without_a_store_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    assert main(["extract", str(tmp_path / "story.txt"), "-o", str(tmp_path / "o.jsonl"), "--fold", "-q"]) == 2
    assert "--db" in capsys.readouterr().err
