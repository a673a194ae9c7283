"""CP949 (EUC-KR) pages, common among Korean outlets, with and without a meta charset."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from malmoi.model import Page, Rejection, Source
from malmoi.pipeline import build_article
from malmoi.read import documents_from_bytes

FIXTURE = Path(__file__).parents[2] / "examples" / "html" / "h08_kyeongin_regional.html"


def _cp949(with_meta: bool) -> bytes:
    html = FIXTURE.read_text(encoding="utf-8")
    html = html.replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">'
                        if with_meta else "")
    return html.replace("©", "&copy;").encode("cp949")  # EUC-KR has no ©; such pages write &copy;


@pytest.mark.parametrize("with_meta", [True, False])
@pytest.mark.parametrize("gzipped", [False, True])
def test_cp949_page(with_meta: bool, gzipped: bool) -> None:
    raw = _cp949(with_meta)
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    if gzipped:
        raw = gzip.compress(raw)
    page = next(documents_from_bytes(raw, Source(path="page.html.gz" if gzipped else "page.htm")))
    assert isinstance(page, Page) and page.source.encoding == "cp949" and page.source.format == "html"
    art = build_article(page, with_quotes=False)
    assert not isinstance(art, Rejection)
    expected = json.loads(FIXTURE.with_name("h08_kyeongin_regional.expected.json").read_text(encoding="utf-8"))
    assert art.title == expected["title"]
    assert art.body == expected["body"]
