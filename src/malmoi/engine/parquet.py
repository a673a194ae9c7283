"""Parquet output: ``-o OUT.parquet`` writes a folder ``OUT.parquet/`` of three files joined
by article id -- ``articles.parquet``, ``quotes.parquet``, ``people.parquet`` -- written in row
groups as records arrive (nothing holds the batch). The schema is in ``docs/parquet.md``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from malmoi.engine.sinks import Record
from malmoi.errors import MalmoiError, MissingDependency
from malmoi.model import Rejection

__all__ = ["ParquetSink", "article_rows", "schemas"]

ROW_GROUP = 1000  # articles per row group


def _pa() -> Any:
    try:
        import pyarrow as pa
    except ImportError:
        raise MissingDependency("pyarrow", "parquet") from None
    return pa


def schemas() -> dict[str, Any]:
    pa = _pa()
    s, i32, strs = pa.string(), pa.int32(), pa.list_(pa.string())
    return {
        "articles": pa.schema([
            ("id", s), ("path", s), ("url", s), ("format", s), ("encoding", s), ("crawled", s),
            ("record", i32), ("outlet", s), ("title", s), ("subtitles", strs), ("section", s),
            ("reporters", pa.list_(pa.struct([("name", s), ("email", s)]))),
            ("published", s), ("modified", s), ("body", strs),
            ("captions", pa.list_(pa.struct([("text", s), ("credit", s)]))),
            ("related", pa.list_(pa.struct([("title", s), ("date", s)]))),
            ("repost_site", s), ("repost_author", s), ("repost_posted", s), ("repost_title", s),
            ("language", s), ("warnings", strs), ("quotes", i32), ("people", i32),
        ]),
        "quotes": pa.schema([
            ("article_id", s), ("quote", i32), ("text", s), ("kind", s), ("in", s), ("paragraph", i32),
            ("subtitle", i32), ("start", i32), ("end", i32), ("verb", s),
            ("speaker_name", s), ("speaker_mention", s), ("speaker_title", s), ("speaker_org", s),
            ("speaker_type", s), ("addressee", s), ("via", s),
            ("fidelity", s), ("fidelity_body_quotes", pa.list_(i32)),
        ]),
        "people": pa.schema([
            ("article_id", s), ("name", s), ("aliases", strs), ("titles", strs), ("orgs", strs),
        ]),
    }


def _s(v: Any) -> str | None:
    """A string column's value: strings as they are, anything else as its JSON."""
    if v is None or isinstance(v, str):
        return v
    return json.dumps(v, ensure_ascii=False)


def _i(v: Any) -> int | None:
    return v if isinstance(v, int) and not isinstance(v, bool) and -(2**31) <= v < 2**31 else None


def _strs(v: Any) -> list[str]:
    return [x if isinstance(x, str) else _s(x) or "" for x in v] if isinstance(v, list) else []


def _pairs(v: Any, a: str, b: str) -> list[dict[str, str | None]]:
    return [{a: _s(x.get(a)), b: _s(x.get(b))} for x in v if isinstance(x, dict)] if isinstance(v, list) else []


def article_rows(rec: dict[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]:
    """One record dict to its row in each table."""
    src, repost = rec.get("source") or {}, rec.get("repost") or {}
    quotes, people = rec.get("quotes") or [], rec.get("people") or []
    aid = _s(rec.get("id"))
    art: dict[str, Any] = {
        "id": aid, **{k: _s(src.get(k)) for k in ("path", "url", "format", "encoding", "crawled")},
        "record": _i(src.get("record")), "outlet": _s(rec.get("outlet")), "title": _s(rec.get("title")),
        "subtitles": _strs(rec.get("subtitles")), "section": _s(rec.get("section")),
        "reporters": _pairs(rec.get("reporters"), "name", "email"),
        "published": _s(rec.get("published")), "modified": _s(rec.get("modified")), "body": _strs(rec.get("body")),
        "captions": _pairs(rec.get("captions"), "text", "credit"), "related": _pairs(rec.get("related"), "title", "date"),
        **{f"repost_{k}": _s(repost.get(k)) for k in ("site", "author", "posted", "title")},
        "language": _s(rec.get("language")), "warnings": _strs(rec.get("warnings")),
        "quotes": len(quotes), "people": len(people),
    }
    return art, [_quote_row(aid, n, q) for n, q in enumerate(quotes)], [_person_row(aid, p) for p in people]


def _quote_row(article_id: str | None, n: int, q: dict[str, Any]) -> dict[str, Any]:
    sp, fid = q.get("speaker") or {}, q.get("fidelity")
    level = fid.get("level") if isinstance(fid, dict) else fid
    body = fid.get("body_quotes") if isinstance(fid, dict) else None
    return {
        "article_id": article_id, "quote": n, "text": _s(q.get("text")), "kind": _s(q.get("kind")),
        "in": _s(q.get("in")), "paragraph": _i(q.get("paragraph")), "subtitle": _i(q.get("subtitle")),
        "start": _i(q.get("start")), "end": _i(q.get("end")), "verb": _s(q.get("verb")),
        **{f"speaker_{k}": _s(sp.get(k)) for k in ("name", "mention", "title", "org", "type")},
        "addressee": _s(q.get("addressee")), "via": _s(q.get("via")), "fidelity": _s(level),
        "fidelity_body_quotes": [x for x in body if _i(x) is not None] if isinstance(body, list) else None,
    }


def _person_row(article_id: str | None, p: dict[str, Any]) -> dict[str, Any]:
    return {"article_id": article_id, "name": _s(p.get("name")), "aliases": _strs(p.get("aliases")),
            "titles": _strs(p.get("titles")), "orgs": _strs(p.get("orgs"))}


class ParquetSink:
    """``OUT.parquet/{articles,quotes,people}.parquet``, rewritten on every run."""

    def __init__(self, path: str) -> None:
        pa = _pa()
        import pyarrow.parquet as pq

        self.dir = Path(path)
        if self.dir.exists() and not self.dir.is_dir():
            raise MalmoiError(f"{path} is a file: Parquet output is a folder of three files; remove it or pick another name")
        self.dir.mkdir(parents=True, exist_ok=True)
        self._pa = pa
        self.schemas = schemas()
        self.writers = {name: pq.ParquetWriter(self.dir / f"{name}.parquet", sch) for name, sch in self.schemas.items()}
        self.rows: dict[str, list[dict[str, Any]]] = {name: [] for name in self.schemas}
        self.count = 0

    def article(self, record: Record) -> None:
        art, quotes, people = article_rows(record.data)
        self.rows["articles"].append(art)
        self.rows["quotes"] += quotes
        self.rows["people"] += people
        self.count += 1
        if len(self.rows["articles"]) >= ROW_GROUP:
            self._flush()

    def rejection(self, rej: Rejection) -> None:
        pass

    def _flush(self) -> None:
        for name, rows in self.rows.items():
            if rows:
                self.writers[name].write_table(self._pa.Table.from_pylist(rows, schema=self.schemas[name]))
        self.rows = {name: [] for name in self.schemas}

    def close(self) -> str | None:
        try:
            self._flush()
        finally:
            for w in self.writers.values():
                w.close()
        return f"parquet {self.dir}/: {self.count} articles (articles, quotes, people .parquet)"
