"""Reading is bounded and guarded: files that are not files, folders that cannot be listed,
gzip bombs, huge or malformed JSON, broken WARC records, UTF-16, ids that do not depend on
how a path was typed. Each bad input is one counted rejection with its own reason."""

from __future__ import annotations

import gzip
import io
import json
import os
import socket
from pathlib import Path

import pytest

from malmoi.model import Page, Rejection, Source
from malmoi.read import canonical_path, documents_from_bytes, iter_documents
from malmoi.read.stream import iter_lines

TEXT = (
    "가상시, 공원 야간 개장 확대\n\n"
    "가상시는 중앙공원의 야간 개장 시간을 밤 11시까지 늘린다고 3일 밝혔다. 여름철 산책객이 늘었기 때문이다.\n\n"
    "공원 관리소장은 \"조명과 순찰을 함께 늘리겠다\"고 말했다.\n"
)


def kinds(docs: list[Page | Rejection]) -> list[str]:
    return [d.reason if isinstance(d, Rejection) else "page" for d in docs]


def read(data: bytes, name: str) -> list[Page | Rejection]:
    return list(documents_from_bytes(data, Source(path=name)))


def test_lines_are_bounded_and_blank_runs_are_counted_not_split() -> None:
    assert list(iter_lines(iter([b"a\n\nb\n"]), 10)) == [(0, b"a"), (2, b"b")]
    assert list(iter_lines(iter([b"x" * 30, b"y\nz\n"]), 10)) == [(0, None), (1, b"z")]
    assert list(iter_lines(iter([b"\n" * 100_000, b"q"]), 10)) == [(100_000, b"q")]
    assert list(iter_lines(iter([b"ab", b"c\n", b"\n\n", b"d"]), 10)) == [(0, b"abc"), (3, b"d")]


def test_json_lines_that_python_cannot_parse_are_rejections() -> None:
    good = json.dumps({"text": TEXT}, ensure_ascii=False)
    data = "\n".join(['{"text": "x", "n": ' + "7" * 5000 + "}", "[" * 100_000 + "]" * 100_000, good, '"just a string"'])
    docs = read(data.encode(), "dump.jsonl")
    assert kinds(docs) == ["jsonl_invalid", "jsonl_invalid", "page", "jsonl_invalid"]
    assert "nested too deep" in docs[1].detail  # type: ignore[union-attr]


def test_a_lone_surrogate_becomes_a_replacement_character() -> None:
    text = json.dumps(TEXT, ensure_ascii=False)[1:-1]
    docs = read(('{"url": "https://x.example/\\udc00", "text": "\\ud800 ' + text + '"}').encode(), "s.jsonl")
    page = docs[0]
    assert isinstance(page, Page) and page.text is not None
    assert "\ufffd" in page.text and "\ud800" not in page.text
    page.content.encode("utf-8")  # writable
    assert page.source.url is not None
    page.source.url.encode("utf-8")


def test_jsonl_lines_and_fields_are_cut(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MALMOI_MAX_LINE_BYTES", "2000")
    monkeypatch.setenv("MALMOI_MAX_BYTES", "300")
    long_line = json.dumps({"text": "가" * 2000}, ensure_ascii=False)
    field = json.dumps({"text": "나" * 500}, ensure_ascii=False)  # 500 characters: under the line cap, over the field cap
    docs = read(f"{long_line}\n{field}\n".encode(), "cut.jsonl")
    assert kinds(docs) == ["too_large", "page"]
    page = docs[1]
    assert isinstance(page, Page) and page.text == "나" * 300 and "cut to the first 300" in page.warnings[0]


def test_a_binary_jsonl_is_one_rejection_and_empty_containers_are_counted() -> None:
    blob = bytes(range(256)) * 4000
    assert kinds(read(blob, "dump.jsonl")) == ["binary"]
    assert kinds(read(blob, "crawl.warc")) == ["binary"]
    for name in ("a.jsonl", "a.warc", "a.json", "a.txt", "a.jsonl.gz"):
        assert kinds(read(b"", name)) == ["empty"], name
    assert kinds(read(b"\n\n  \n", "blank.jsonl")) == ["empty"]


def test_a_json_file_holding_a_list_or_an_object_is_read_as_records() -> None:
    items = [{"url": "https://x.example/1", "text": TEXT}, {"html": f"<html><body><p>{TEXT}</p></body></html>"}, 5]
    docs = read(json.dumps(items, ensure_ascii=False).encode(), "dump.json")
    assert kinds(docs) == ["page", "page", "jsonl_invalid"]
    assert docs[0].source.record == 0 and docs[1].source.record == 1  # type: ignore[union-attr]
    assert isinstance(docs[1], Page) and docs[1].html
    one = read(json.dumps({"text": TEXT}, ensure_ascii=False).encode(), "one.json")
    assert kinds(one) == ["page"] and one[0].text == TEXT  # type: ignore[union-attr]


def test_gzip_is_decompressed_once_and_bounded() -> None:
    bomb = gzip.compress(b"\0" * (64 << 20), 9)  # 64 MB of zeros in about 64 KB
    assert kinds(read(bomb, "page.txt.gz")) == ["too_large"]
    assert kinds(read(bomb, "dump.jsonl.gz")) == ["binary"]
    newlines = gzip.compress(b"\n" * (100 << 20), 9)
    docs = read(newlines, "lines.jsonl.gz")
    assert kinds(docs) == ["too_large"] and "gzip bomb" in docs[0].detail  # type: ignore[union-attr]
    two = gzip.compress(TEXT.encode()[:60]) + gzip.compress(TEXT.encode()[60:])  # two members
    page = read(two, "page.txt.gz")[0]
    assert isinstance(page, Page) and page.text == TEXT


def test_utf16_with_a_bom_is_decoded() -> None:
    for codec in ("utf-16-le", "utf-16-be"):
        bom = b"\xff\xfe" if codec.endswith("le") else b"\xfe\xff"
        page = read(bom + TEXT.encode(codec), "page.txt")[0]
        assert isinstance(page, Page) and page.text == TEXT and page.source.encoding == "utf-16"


WARC_HEAD = b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\n"


def test_broken_warc_records_have_real_reason_codes() -> None:
    body = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>x</p></body></html>"
    no_uri = WARC_HEAD + b"Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n" % (len(body), body)
    assert kinds(read(no_uri, "a.warc")) == ["warc_invalid"]
    assert kinds(read(b"WARC/1.0\r\n\r\n", "b.warc")) == ["warc_invalid"]
    good = _good_warc()
    for name, between in (("c.warc", good + no_uri + good), ("c.warc.gz", gzip.compress(good) + gzip.compress(no_uri) + gzip.compress(good))):
        docs = read(between, name)
        assert kinds(docs) == ["page", "warc_invalid", "page"], name  # reading goes on after the bad record
        assert [d.source.record for d in docs] == [0, 1, 2]


def _good_warc() -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    w = WARCWriter(out, gzip=False)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    page = f"<html><body><h1>가상시 공원</h1><p>{TEXT}</p></body></html>".encode()
    w.write_record(w.create_warc_record("https://x.example/a", "response", payload=io.BytesIO(page), http_headers=http))
    return out.getvalue()


def test_files_that_are_not_files_are_skipped_and_counted(tmp_path: Path) -> None:
    (tmp_path / "page.txt").write_text(TEXT, encoding="utf-8")
    os.mkfifo(tmp_path / "fifo.txt")
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(tmp_path / "sock.txt"))
    try:
        docs = list(iter_documents([str(tmp_path)]))  # would block on the FIFO or fill memory from /dev/zero
    finally:
        sock.close()
    by_name = {Path(d.source.path or "").name: d for d in docs}
    assert {k: getattr(v, "reason", "page") for k, v in by_name.items()} == {
        "fifo.txt": "not_a_file", "gone.txt": "unreadable", "page.txt": "page", "sock.txt": "not_a_file",
        "zero.txt": "not_a_file",
    }
    assert "a character device" in by_name["zero.txt"].detail  # type: ignore[union-attr]


def test_a_folder_that_cannot_be_listed_is_a_rejection(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "page.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "locked").mkdir()
    real = os.scandir

    def scandir(path: str) -> object:  # root reads every folder: refuse this one as a user's system would
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    docs = list(iter_documents([str(tmp_path)]))
    assert sorted(kinds(docs)) == ["page", "unreadable"]
    rej = next(d for d in docs if isinstance(d, Rejection))
    assert rej.source.path and rej.source.path.endswith("locked") and "Permission denied" in rej.detail


def test_the_id_does_not_depend_on_how_the_path_was_typed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from malmoi.pipeline import build_article

    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "page.txt").write_text(TEXT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    typed = ["sub/page.txt", "./sub/page.txt", str(tmp_path / "sub" / "page.txt"), "sub/../sub/page.txt", "sub"]
    ids = set()
    for p in typed:
        (page,) = list(iter_documents([p]))
        assert isinstance(page, Page) and page.source.path == str(tmp_path / "sub" / "page.txt")
        art = build_article(page, with_quotes=False)
        ids.add(getattr(art, "id", None))
    assert len(ids) == 1 and None not in ids


def test_a_file_name_that_is_not_utf8_is_shown_escaped(tmp_path: Path) -> None:
    raw = os.fsencode(str(tmp_path)) + b"/\xff\xfe-page.txt"
    with open(raw, "wb") as f:
        f.write(TEXT.encode())
    (page,) = list(iter_documents([str(tmp_path)]))
    assert isinstance(page, Page) and page.source.path == canonical_path(os.fsdecode(raw))
    assert page.source.path.endswith("\\xff\\xfe-page.txt")
    page.source.path.encode("utf-8")


def test_standard_input_is_spooled_not_held(monkeypatch: pytest.MonkeyPatch) -> None:
    class Stdin:
        buffer = io.BytesIO(TEXT.encode())

    monkeypatch.setattr("sys.stdin", Stdin)
    (page,) = list(iter_documents(["-"]))
    assert isinstance(page, Page) and page.text == TEXT and page.source.path is None


def test_a_json_list_of_any_size_is_read_element_by_element(monkeypatch: pytest.MonkeyPatch) -> None:
    from malmoi.read.jsonl import iter_json_array

    monkeypatch.setenv("MALMOI_MAX_LINE_BYTES", "5000")  # the list is far bigger; each element is not
    items = [{"url": f"https://x.example/{i}", "text": f"{i}번째 기사 본문입니다."} for i in range(400)]
    data = json.dumps(items, ensure_ascii=False, indent=1).encode()
    assert len(data) > 5 * 5000
    docs = read(data, "dump.json")
    assert kinds(docs) == ["page"] * 400
    assert [d.source.url for d in docs] == [x["url"] for x in items]
    assert [d.source.record for d in docs] == list(range(400))
    pieces = [data[i : i + 7] for i in range(0, len(data), 7)]  # every boundary: inside strings, Hangul, numbers
    assert [getattr(d, "text", None) for d in iter_json_array(iter(pieces), Source(path="x.json"))] == [
        x["text"] for x in items
    ]
    big = json.dumps([items[0], {"text": "가" * 6000}, items[1]], ensure_ascii=False).encode()
    assert kinds(read(big, "big.json")) == ["page", "too_large", "page"]  # the element over the cap alone
    huge = json.dumps([items[0], {"text": "가" * 100_000}, items[1]], ensure_ascii=False).encode()
    assert kinds(read(huge, "huge.json")) == ["page", "too_large", "page"]  # passed over, never held whole
    tricky = json.dumps([{"text": "가\"]}{[" * 40_000, "n": [1, {"x": "]"}]}, items[2]], ensure_ascii=False).encode()
    pieces = [tricky[i : i + 999] for i in range(0, len(tricky), 999)]  # escapes and brackets in strings
    assert [getattr(d, "reason", "page") for d in iter_json_array(iter(pieces), Source(path="t.json"))] == [
        "too_large", "page"
    ]
    assert kinds(read(b"\xef\xbb\xbf" + data, "bom.json")) == ["page"] * 400
    assert kinds(read(b"[ ]\n", "none.json")) == ["empty"]
    cut = data[: len(data) // 2]
    got = kinds(read(cut, "cut.json"))
    assert got[-1] == "jsonl_invalid" and set(got[:-1]) == {"page"} and len(got) > 100


def test_an_error_inside_a_reader_ends_that_file_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from malmoi.read import jsonl

    (tmp_path / "a.jsonl").write_text('{"text": "하나"}\n{"text": "BOOM"}\n{"text": "셋"}\n', encoding="utf-8")
    (tmp_path / "b.txt").write_text(TEXT, encoding="utf-8")
    real = jsonl._page

    def page(obj: dict, src: Source, index: int) -> Page | Rejection:
        if obj.get("text") == "BOOM":
            raise ValueError("a bug in a reader")
        return real(obj, src, index)

    monkeypatch.setattr(jsonl, "_page", page)
    docs = list(iter_documents([str(tmp_path)]))
    assert kinds(docs) == ["page", "read_error", "page"]
    assert "ValueError: a bug in a reader" in docs[1].detail  # type: ignore[union-attr]
    assert docs[2].source.path == str(tmp_path / "b.txt")
