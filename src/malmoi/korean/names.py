"""Korean personal names: surnames, compound surnames."""

from __future__ import annotations

SURNAMES = frozenset(
    ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안", "송", "류", "유", "전", "홍", "고", "문", "양", "손", "배", "백", "허", "남", "심", "노", "하", "곽", "성", "차", "주", "우", "구", "민", "진", "나", "지", "엄", "채", "원", "천", "방", "공", "현", "함", "변", "염", "여", "추", "도", "소", "석", "선", "설", "마", "길", "연", "위", "표", "명", "기", "반", "왕", "금", "옥", "육", "인", "맹", "제", "모", "탁", "국", "어", "은", "편", "용", "예", "경", "봉", "사", "부", "가", "복", "태", "목", "형", "피", "두", "감", "음", "빈", "동", "온", "호", "범", "좌", "팽", "승", "간", "상", "시", "갈", "단", "견", "당", "화", "창", "옹", "순", "빙", "종", "풍", "라", "계"]
)
COMPOUND_SURNAMES = ("남궁", "황보", "제갈", "선우", "독고", "사공", "서문", "동방")
# syllables of transliterated names that Korean given names do not use: '노어트', '손턴' and
# '마크스' start like Korean names and are not
FOREIGN_SYLLABLES = frozenset(
    "트크프스즈드브르츠튼턴든슨쉬슈샤셰쇼퍼커터렌론릭맨블클플틀글그넷렛웰퀸퀴텐켄펜벤덴젠첸톤콘폰돈"
)


def foreign_given(name: str) -> bool:
    """A given name (after the surname) with a syllable no Korean given name has."""
    given = name[2:] if name[:2] in COMPOUND_SURNAMES else name[1:]
    return any(ch in FOREIGN_SYLLABLES for ch in given)


def korean_name_shape(name: str) -> bool:
    """A surname and one or two syllables (three after a compound surname: 남궁, 황보, …)."""
    if not (2 <= len(name) <= 4) or not all("가" <= ch <= "힣" for ch in name):
        return False
    if len(name) == 4:
        return name[:2] in COMPOUND_SURNAMES
    return name[0] in SURNAMES
