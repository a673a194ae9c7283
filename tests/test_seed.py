"""The first acceptance test: the seed page and its expected record (../shared/seed)."""

from __future__ import annotations

import pytest

from malmoi.evaluate import match, speaker_right
from support import SEED, load, need_shared, record_of

ARTICLE_FIELDS = ["title", "subtitles", "outlet", "section", "reporters", "published", "modified", "body", "captions", "related"]


@pytest.fixture(scope="module")
def seed() -> tuple[dict, dict]:
    need_shared()
    return record_of(SEED), load(SEED.with_name(SEED.stem + ".expected.json"))


@pytest.mark.parametrize("field", ARTICLE_FIELDS)
def test_seed_article_field(seed: tuple[dict, dict], field: str) -> None:
    got, want = seed
    assert got[field] == want[field]


def test_seed_repost(seed: tuple[dict, dict]) -> None:
    got, want = seed
    assert got["repost"]["author"] == want["repost"]["author"]
    assert got["repost"]["posted"] == want["repost"]["posted"]


def test_seed_quotes_all_found_with_their_speakers(seed: tuple[dict, dict]) -> None:
    got, want = seed
    pairs = match(want["quotes"], got["quotes"])
    assert len(pairs) == len(want["quotes"]) == len(got["quotes"]) == 22
    for i, j in pairs:
        g, p = want["quotes"][i], got["quotes"][j]
        assert speaker_right(g, p), (g, p)
        assert p["kind"] == g["kind"] and p["in"] == g["in"]
        assert p["addressee"] == g["addressee"], (g["text"], p["addressee"])


def test_seed_quote_offsets_point_at_the_text(seed: tuple[dict, dict]) -> None:
    got, _ = seed
    for q in got["quotes"]:
        where = got["title"] if q["in"] == "headline" and q.get("subtitle") is None else (
            got["subtitles"][q["subtitle"]] if q["in"] == "headline" else got["body"][q["paragraph"]]
        )
        assert where[q["start"] : q["end"]] == q["text"]


def test_seed_people(seed: tuple[dict, dict]) -> None:
    got, want = seed
    people = {p["name"]: p for p in got["people"]}
    for w in want["people_include"]:
        assert w["name"] in people, w["name"]
        p = people[w["name"]]
        for alias in w.get("aliases_include", []):
            assert alias in p["aliases"], (w["name"], alias, p["aliases"])
        for org in w.get("orgs_include", []):
            assert org in p["orgs"], (w["name"], org, p["orgs"])


def test_headline_quote_fidelity(seed: tuple[dict, dict]) -> None:
    got, _ = seed
    head = [q for q in got["quotes"] if q["in"] == "headline"]
    assert len(head) == 1
    assert head[0]["fidelity"]["level"] in ("shortened", "paraphrased")
    assert head[0]["fidelity"]["body_quotes"], "the headline quote stands for a body quote"
