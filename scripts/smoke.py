"""Run every reader once with an installed malmoi (no test extras): text, HTML, WARC, JSONL
and JSON pages written here, then `malmoi extract` over them. Exits non-zero when a page does
not give its article, or when an imported package is missing (e.g. trafilatura's
lxml_html_clean). Used by .ci/fresh-install on a clean venv."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ARTICLE = (
    "가상시, 공원 야간 개장 확대\n\n"
    "가상시는 중앙공원의 야간 개장 시간을 밤 11시까지 늘린다고 3일 밝혔다. 여름철 산책객이 늘었기 때문이다.\n\n"
    "공원 관리소장은 \"조명과 순찰을 함께 늘리겠다\"고 말했다.\n"
)
HTML = (
    "<html><head><title>마을버스 막차 1시간 늦춘다</title></head><body><h1>마을버스 막차 1시간 늦춘다</h1>"
    "<div class='article_body'><p>가상구는 마을버스 6개 노선의 막차 시간을 밤 12시로 1시간 늦춘다고 밝혔다. "
    "야간 근무자들의 요청이 잇따랐다.</p><p>구청장은 \"주민 의견을 더 듣겠다\"고 말했다.</p></div></body></html>"
)


def warc() -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    w = WARCWriter(out, gzip=True)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    w.write_record(w.create_warc_record("https://news.example.kr/a", "response",
                                        payload=io.BytesIO(HTML.encode()), http_headers=http))
    return out.getvalue()


def main() -> int:
    from malmoi.article.html_body import trafilatura_body

    # the fallback every HTML page may reach: it must import (lxml 6 moved lxml.html.clean out)
    trafilatura_body("<html><body><article><p>" + ARTICLE * 3 + "</p></article></body></html>")
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        (d / "page.txt").write_text(ARTICLE, encoding="utf-8")
        (d / "page.html").write_text(HTML, encoding="utf-8")
        (d / "crawl.warc.gz").write_bytes(warc())
        (d / "dump.jsonl").write_text(json.dumps({"url": "https://news.example.kr/j", "text": ARTICLE},
                                                 ensure_ascii=False) + "\n", encoding="utf-8")
        (d / "dump.json").write_text(json.dumps([{"html": HTML}], ensure_ascii=False), encoding="utf-8")
        exe = Path(sys.executable).with_name("malmoi")
        res = subprocess.run([str(exe), "extract", str(d), "--quiet", "--jobs", "2", "--rejections", str(d / "rej")],
                             capture_output=True, text=True, check=False)
        print(res.stderr.strip())
        records = [json.loads(x) for x in res.stdout.splitlines()]
        formats = sorted(r["source"]["format"] for r in records)
        if res.returncode != 0 or formats != ["html", "jsonl", "jsonl", "text", "warc"]:
            print(f"smoke: expected one article from each reader, got {formats}", file=sys.stderr)
            return 1
    print("smoke: every reader gave its article")
    return 0


if __name__ == "__main__":
    sys.exit(main())
