"""A hostile corpus, generated here at test time (nothing of it is checked in): `malmoi extract`
over it finishes within a fixed time and bounded memory, and every input ends as exactly one
record or one counted rejection with its reason. The peak RSS is printed and pinned."""

from __future__ import annotations

import gzip
import io
import json
import os
import socket
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

PEAK_RSS_MB = 800  # pinned (measured 470-510 MB): the largest process of the run
WALL_SECONDS = 180  # pinned (measured 20-40 s): the whole run, budget 2 s a document

ARTICLE = (
    "가상시, 공원 야간 개장 확대\n\n"
    "가상시는 중앙공원의 야간 개장 시간을 밤 11시까지 늘린다고 3일 밝혔다. 여름철 산책객이 늘었기 때문이다.\n\n"
    "공원 관리소장은 \"조명과 순찰을 함께 늘리겠다\"고 말했다.\n\n"
    "김가상 기자 kim@news.example.kr\n"
)
HTML = (
    "<html><head><title>마을버스 막차 1시간 늦춘다</title></head><body><h1>마을버스 막차 1시간 늦춘다</h1>"
    "<div class='article_body'><p>가상구는 마을버스 6개 노선의 막차 시간을 밤 12시로 1시간 늦춘다고 밝혔다. "
    "야간 근무자들의 요청이 잇따랐다.</p><p>구청장은 \"주민 의견을 더 듣겠다\"고 말했다.</p></div></body></html>"
)
# runs the command and prints the peak RSS of its largest process (itself or a worker)
MEASURED = (
    "import resource, subprocess, sys\n"
    "p = subprocess.run(sys.argv[1:])\n"
    "print('peak_kb', resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)\n"
    "sys.exit(p.returncode)\n"
)
ARTICLE_OK = {"article"}
ANY_END = {"article", "not_article", "too_slow", "not_korean", "empty"}  # heavy pages: any one counted end


def _warc(records: list[tuple[str | None, bytes]]) -> bytes:
    out = io.BytesIO()
    w = WARCWriter(out, gzip=False)
    for uri, body in records:
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record(uri or "https://x.example/", "response", payload=io.BytesIO(body),
                                            http_headers=http))
    return out.getvalue()


def _no_uri_record() -> bytes:
    body = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + HTML.encode()
    return (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:9>\r\n"
            b"Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n" % (len(body), body))


def build_corpus(root: Path) -> dict[str, list[set[str]]]:
    """Write the corpus; return, for each file name, the allowed outcome of each of its documents."""
    want: dict[str, list[set[str]]] = {}

    def put(name: str, data: bytes | str, *outcomes: set[str]) -> None:
        (root / name).write_bytes(data.encode() if isinstance(data, str) else data)
        want[name] = list(outcomes)

    line = json.dumps({"text": ARTICLE}, ensure_ascii=False)
    put("good.txt", ARTICLE, ARTICLE_OK)
    put("good.html", HTML, ARTICLE_OK)
    put("cp949.txt", ARTICLE.encode("cp949"), ARTICLE_OK)
    put("utf16.txt", b"\xff\xfe" + ARTICLE.encode("utf-16-le"), ARTICLE_OK)
    put("empty.txt", b"", {"empty"})
    put("empty.jsonl", b"", {"empty"})
    put("empty.warc", b"", {"empty"})
    put("blank.jsonl", b"\n \n\n", {"empty"})
    put("blob.dat", bytes(range(256)) * 64, {"binary"})
    put("binary.jsonl", os.urandom(300_000).replace(b"\n", b"\0"), {"binary"})
    put("english.txt", "The council kept the park open late on Thursday. " * 40, {"not_korean"})
    put("huge_int.jsonl", '{"text": "x", "n": ' + "9" * 5000 + "}\n" + line + "\n", {"jsonl_invalid"}, ARTICLE_OK)
    put("deep.jsonl", "[" * 100_000 + "]" * 100_000 + "\n", {"jsonl_invalid"})
    put("surrogate.jsonl", '{"url": "https://x.example/\\ud800", "text": "\\udc00 ' + json.dumps(ARTICLE, ensure_ascii=False)[1:-1] + '"}\n', ARTICLE_OK)
    put("not_object.json", '"just a string"', {"jsonl_invalid"})
    put("list.json", json.dumps([{"text": ARTICLE}, {"html": HTML}, 7], ensure_ascii=False), ARTICLE_OK, ARTICLE_OK, {"jsonl_invalid"})
    put("object.json", json.dumps({"url": "https://x.example/o", "html": HTML}, ensure_ascii=False, indent=2), ARTICLE_OK)
    put("no_text.jsonl", '{"url": "https://x.example/n", "views": 3}\n', {"jsonl_no_text"})
    put("long_line.jsonl", '{"text": "' + "가" * (12 << 20) + '"}\n' + line + "\n", {"too_large"}, ARTICLE_OK)
    put("bomb.txt.gz", gzip.compress(b"\0" * (64 << 20), 9), {"too_large"})
    put("bomb.jsonl.gz", gzip.compress(b"\n" * (200 << 20), 9), {"too_large"})
    put("cut.txt.gz", gzip.compress(ARTICLE.encode() * 3)[:-40], ARTICLE_OK)
    put("no_uri.warc", _no_uri_record(), {"warc_invalid"})
    put("header_only.warc", b"WARC/1.0\r\n\r\n", {"warc_invalid"})
    put("bad_in_between.warc", _warc([("https://x.example/1", HTML.encode())]) + _no_uri_record()
        + _warc([("https://x.example/2", HTML.encode())]), ARTICLE_OK, {"warc_invalid"}, ARTICLE_OK)
    put("good_then_bad.warc", _warc([("https://x.example/w", HTML.encode())]) + _no_uri_record(), ARTICLE_OK, {"warc_invalid"})
    put("script.py", "print('안녕')\n", {"not_a_document"})
    # heavy pages: each ends as one counted outcome, whichever the budget allows
    put("many_quotes.txt", "가상시, 발언 모음\n\n" + "".join(f"김가상 씨는 \"말 {i}\"라고 말했고 " for i in range(4000)) + "\n", ANY_END)
    put("one_line.txt", ("\"가나다\"라고 말했다. " * 250_000), ANY_END)
    put("nested_divs.html", "<html><body>" + "<div>" * 100_000 + "가상시 본문" + "</div>" * 100_000 + "</body></html>", ANY_END)
    put("big.txt", ARTICLE + "가나다라마바사 아자차카타파하. " * 800_000, ANY_END)
    # names and things that are not files
    bad_name = os.fsencode(str(root)) + b"/\xff\xfe-name.txt"
    with open(bad_name, "wb") as f:
        f.write(ARTICLE.encode())
    want["\\xff\\xfe-name.txt"] = [ARTICLE_OK]
    os.mkfifo(root / "fifo.txt")
    want["fifo.txt"] = [{"not_a_file"}]
    (root / "zero.txt").symlink_to("/dev/zero")
    want["zero.txt"] = [{"not_a_file"}]
    (root / "dangling.txt").symlink_to(root / "nowhere")
    want["dangling.txt"] = [{"unreadable"}]
    return want


def _outcomes(out: Path, rej: Path) -> tuple[dict[str, list[str]], int, int]:
    got: dict[str, list[tuple[int, str]]] = {}
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    rejections = [json.loads(x) for x in rej.read_text(encoding="utf-8").splitlines()]
    for r in records:
        got.setdefault(Path(r["source"]["path"]).name, []).append((r["source"].get("record") or 0, "article"))
    for r in rejections:
        got.setdefault(Path(r["source"]["path"]).name, []).append((r["source"].get("record") or 0, r["reason"]))
    return {k: [o for _, o in sorted(v)] for k, v in got.items()}, len(records), len(rejections)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs need a POSIX system")
def test_extract_over_a_hostile_corpus(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    want = build_corpus(corpus)
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(corpus / "sock.txt"))
    want["sock.txt"] = [{"not_a_file"}]
    out, rej = tmp_path / "out.jsonl", tmp_path / "rej.jsonl"
    env = {**os.environ, "MALMOI_DOC_SECONDS": "2"}
    start = time.monotonic()
    try:
        res = subprocess.run(
            [sys.executable, "-c", MEASURED, sys.executable, "-m", "malmoi.cli", "extract", str(corpus), "-o", str(out),
             "--rejections", str(rej), "--quiet", "--jobs", "2"],
            capture_output=True, timeout=WALL_SECONDS, env=env, check=False,
        )
    finally:
        sock.close()
    wall = time.monotonic() - start
    err = res.stderr.decode("utf-8", "replace")
    peak = int(err.rsplit("peak_kb ", 1)[1].split()[0]) // 1024
    err = err.rsplit("peak_kb ", 1)[0]
    print(f"\nhostile corpus: {len(want)} files, {wall:.1f} s, peak RSS {peak} MB")
    assert res.returncode == 0, err[-3000:]
    got, n_records, n_rejections = _outcomes(out, rej)
    assert set(got) == set(want), (set(got) ^ set(want))
    for name, allowed in want.items():
        assert len(got[name]) == len(allowed), (name, got[name])
        for outcome, ok in zip(got[name], allowed, strict=True):
            assert outcome in ok, (name, outcome, ok)
    counted = Counter(o for v in got.values() for o in v if o != "article")
    summary = err.strip().splitlines()[-1]
    expected = ", ".join(f"{k} {v}" for k, v in sorted(counted.items()))
    assert summary == (
        f"malmoi: documents read {n_records + n_rejections}, articles {n_records}, rejections: {expected}"
    )
    assert peak < PEAK_RSS_MB, f"peak RSS {peak} MB"


def test_rejections_are_rewritten_and_reruns_give_the_same_files(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    out, rej = tmp_path / "out.jsonl", tmp_path / "rej.jsonl"
    runs = []
    for typed in (str(tmp_path / "in"), os.path.relpath(tmp_path / "in")):
        res = subprocess.run([sys.executable, "-m", "malmoi.cli", "extract", typed, "-o", str(out), "--rejections",
                              str(rej), "--quiet", "--jobs", "1"], capture_output=True, check=False)
        assert res.returncode == 0
        runs.append((out.read_bytes(), rej.read_bytes()))
    assert runs[0] == runs[1] and runs[0][1].count(b"\n") == 1


def test_a_crash_of_malmoi_itself_has_its_own_status(tmp_path: Path) -> None:
    from malmoi import cli

    def broken(args: object) -> int:
        raise KeyError("a bug")

    page = tmp_path / "p.txt"
    page.write_text(ARTICLE, encoding="utf-8")
    p = cli.parser()
    args = p.parse_args(["extract", str(page)])
    args.func = broken
    orig = cli.parser
    try:
        cli.parser = lambda: _Fixed(args)  # type: ignore[assignment,return-value]
        assert cli.main(["extract", str(page)]) == cli.EXIT_BUG
    finally:
        cli.parser = orig
    empty = tmp_path / "e.txt"
    empty.write_bytes(b"")
    assert cli.main(["extract", str(empty), "--quiet"]) == cli.EXIT_NOTHING
    assert cli.EXIT_BUG not in (cli.EXIT_OK, cli.EXIT_NOTHING, cli.EXIT_USAGE)


class _Fixed:
    def __init__(self, args: object) -> None:
        self.args = args

    def parse_args(self, argv: object) -> object:
        return self.args
