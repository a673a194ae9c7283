"""The participants pass: organisations by their fullest name (our own Korean)."""

from __future__ import annotations

import pytest

from malmoi.model import Article, Page, Source
from malmoi.pipeline import build_article
from malmoi.quotes.participants import Orgs


def article(text: str) -> Article:
    art = build_article(Page(Source(path="o.txt"), text=text))
    assert isinstance(art, Article), art
    return art

LEAD = [
    "한빛마을 주민대책위원회가 3일 구청 앞에서 기자회견을 열었다.",
    "한빛항만본부세관(이하 세관)이 홍보대사를 새로 뽑는다.",
    "새빛전자가 새 TV를 다음 달 내놓는다.",
    "미래한빛당 윤가람 대변인이 논평을 냈다.",
    "강원도농업기술원이 조사에 나섰다.",
]


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("대책위", "한빛마을 주민대책위원회"),
        ("세관", "한빛항만본부세관"),
        ("새빛", "새빛전자"),
        ("한빛당", "미래한빛당"),
        ("경찰", "경찰"),  # a generic name stays itself
        ("강원도", "강원도"),  # a name of its own, not short for the 기술원 that starts with it
        ("한빛마을주민대책위", "한빛마을 주민대책위원회"),  # a glued short form of the full name
    ],
)
def test_short_forms_resolve_to_the_fullest_name(short: str, full: str) -> None:
    orgs = Orgs()
    for line in LEAD:
        orgs.scan(line)
    assert orgs.resolve(short) == full


def test_a_person_and_an_organisation_are_not_one_name() -> None:
    orgs = Orgs()
    orgs.scan("윤가람 새빛전자 부사장은 이렇게 말했다. 고용노동부 한빛지방고용노동청도 나섰다.")
    assert "윤가람 새빛전자" not in orgs.names
    assert "고용노동부 한빛지방고용노동청" not in orgs.names


def test_an_organisation_speaks_by_its_full_name() -> None:
    text = (
        "주민대책위 \"구청이 나서라\"\n\n입력 2025-03-04 10:00\n\n"
        "한빛마을 주민대책위원회가 4일 구청 앞에서 기자회견을 열고 재개발 중단을 요구했다.\n\n"
        "대책위는 \"구청이 직접 나서서 주민과 대화하라\"고 촉구했다."
    )
    art = article(text)
    got = [(q.in_, q.speaker.name, q.speaker.type) for q in art.quotes]
    assert ("body", "한빛마을 주민대책위원회", "organization") in got
    assert ("headline", "한빛마을 주민대책위원회", "organization") in got


@pytest.mark.parametrize(
    ("title", "speaker"),
    [
        ("靑 \"사실과 다르다\"", "청와대"),  # a hanja that stands for an organisation
        ("예산 처리 앞두고 野 \"단독으로라도 처리\"", "野"),
        ("통합당, 공천 논란 진화…\"번복은 없다\"", "미래통합당"),  # the headline's topic, by its full name
    ],
)
def test_an_organisation_a_headline_names_speaks(title: str, speaker: str) -> None:
    text = (
        title + "\n\n입력 2025-03-04 10:00\n\n"
        "미래통합당과 청와대는 4일 예산과 공천을 두고 각각 입장을 냈다. 정치권의 관심이 쏠렸다.\n\n"
        "윤가람 대변인은 \"예산은 원칙대로 처리하겠다\"고 말했다."
    )
    art = article(text)
    heads = [(q.speaker.name, q.speaker.type) for q in art.quotes if q.in_ == "headline"]
    assert heads == [(speaker, "organization")]


def test_people_carry_organisations_and_anonymous_sources_with_their_type() -> None:
    text = (
        "구청 앞 회견\n\n입력 2025-03-04 10:00\n\n"
        "한빛마을 주민대책위원회가 4일 구청 앞에서 기자회견을 열고 재개발 중단을 요구했다.\n\n"
        "대책위는 \"구청이 직접 나서라\"고 촉구했다. 구청 한 관계자는 \"검토하겠다\"고 말했다."
    )
    art = article(text)
    kinds = {p.name: p.type for p in art.people}
    assert kinds.get("한빛마을 주민대책위원회") == "organization"
    assert "anonymous" in kinds.values()
    assert all("type" in p for p in art.to_dict()["people"])


def test_a_generic_subject_in_a_headline_is_the_body_speaker_of_the_words() -> None:
    text = (
        "보이스피싱 총책 징역 2년…법원 \"죄질이 무겁다\"\n\n입력 2025-03-04 10:00\n\n"
        "한빛지법 윤가람 판사는 4일 선고 공판에서 피고인에게 징역 2년을 선고했다.\n\n"
        "윤 판사는 \"죄질이 무겁다\"고 밝혔다."
    )
    art = article(text)
    heads = [q.speaker.name for q in art.quotes if q.in_ == "headline"]
    assert heads == ["윤가람"]


def test_the_head_of_a_company_name_is_the_company() -> None:
    text = (
        "새빛 \"새 TV 곧 출시\"\n\n입력 2025-03-04 10:00\n\n"
        "새빛전자가 새 TV를 다음 달 내놓는다. 윤가람 새빛전자 부사장은 생산 준비를 마쳤다고 말했다."
    )
    art = article(text)
    heads = [(q.speaker.name, q.speaker.type) for q in art.quotes if q.in_ == "headline"]
    assert heads == [("새빛전자", "organization")]


def test_words_in_a_headline_that_a_noun_after_them_is_about_are_a_term() -> None:
    text = (
        "청와대 \"보도는 사실과 달라\"\n\n\"비공개 행사\" 이유로 발언록 공개는 거부\n\n입력 2025-03-04 10:00\n\n"
        "청와대는 4일 \"보도는 사실과 다르다\"고 밝혔다. 발언록은 공개하지 않기로 했다."
    )
    art = article(text)
    heads = [q.text for q in art.quotes if q.in_ == "headline"]
    assert heads == ["보도는 사실과 달라"]
