"""The same stages on Ray Data, for runs that outgrow one machine (``pip install 'malmoi[ray]'``).

    from malmoi.engine.ray import run_ray
    stats = run_ray(["crawl/"], "out/ray", address="auto")       # or s3://bucket/crawl/

1. The driver lists the input files (local paths, or any pyarrow filesystem URI such as
   ``s3://`` or ``gs://``) into a dataset of (file number, path).
2. ``map_batches`` runs ``Builder`` actors -- each loads the kiwipiepy model once -- that
   read each file (text, HTML, WARC, JSONL, JSON: the local readers, bounded) and build its
   documents with the same ``build_one`` and time budget as the local runner.
3. Results are sorted by (file, document) so the order is the local runner's, kept in the
   object store, and written as Parquet tables -- ``articles/``, ``quotes/``, ``people/``
   with the local sink's schema (``docs/parquet.md``) -- plus ``rejections.jsonl``,
   ``stats.json`` (counts per reason) and, with ``jsonl=True``, ``records.jsonl``, which is
   byte for byte what ``malmoi extract`` writes for the same inputs.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from malmoi.errors import MissingDependency
from malmoi.model import Page, Rejection, Source
from malmoi.pipeline import Stats

__all__ = ["Builder", "list_inputs", "run_ray"]


def _ray() -> Any:
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError:
        raise MissingDependency("ray", "ray") from None
    return ray


def list_inputs(paths: list[str]) -> list[str]:
    """Every input file: local paths walked as ``malmoi extract`` does, URIs listed with pyarrow."""
    from malmoi.read import iter_paths

    out: list[str] = []
    for p in paths:
        if p.startswith("file://"):  # a local file: read as malmoi extract reads it (same ids)
            from urllib.parse import unquote, urlparse

            p = unquote(urlparse(p).path)
        if "://" not in p:
            out += list(iter_paths([p]))
            continue
        from pyarrow import fs

        filesystem, root = fs.FileSystem.from_uri(p)
        info = filesystem.get_file_info(root)
        if info.type == fs.FileType.Directory:
            found = filesystem.get_file_info(fs.FileSelector(root, recursive=True))
            scheme = p.split("://", 1)[0]
            out += sorted(f"{scheme}://{f.path}" for f in found if f.type == fs.FileType.File)
        else:
            out.append(p)
    return out


def _documents(path: str) -> Iterator[Page | Rejection]:
    from malmoi.read import iter_documents

    if "://" not in path:
        yield from iter_documents([path])
        return
    from pyarrow import fs

    from malmoi.read import NOT_DOCUMENTS, documents_from_file

    src = Source(path=path)
    if path.lower().endswith(NOT_DOCUMENTS):
        yield Rejection(src, "not_a_document", f"{path}: files of this type are not read (code, media, archives)")
        return
    filesystem, inner = fs.FileSystem.from_uri(path)
    try:
        with filesystem.open_input_file(inner) as f:
            yield from documents_from_file(f, src)
    except OSError as e:
        yield Rejection(src, "unreadable", f"{path}: {e}")


class Builder:
    """A Ray actor: loads the model once, then reads and builds whole files."""

    def __init__(self, with_quotes: bool = True, seconds: float = 30) -> None:
        from malmoi.pipeline import warm_up

        self.with_quotes, self.seconds = with_quotes, seconds
        warm_up(with_quotes)

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[Any]]:
        from malmoi.engine.pool import result_of

        rows: dict[str, list[Any]] = {"file": [], "doc": [], "kind": [], "reason": [], "json": []}
        for file_no, path in zip(batch["file"], batch["path"], strict=True):
            for doc_no, doc in enumerate(_documents(str(path))):
                res = result_of(doc, self.with_quotes, self.seconds)
                rej = isinstance(res, Rejection)
                rows["file"].append(int(file_no))
                rows["doc"].append(doc_no)
                rows["kind"].append("rejection" if rej else "article")
                rows["reason"].append(res.reason if isinstance(res, Rejection) else "")
                rows["json"].append(json.dumps(res.to_dict(), ensure_ascii=False) if isinstance(res, Rejection) else res)
        return rows


def _table(name: str) -> Any:
    def convert(batch: dict[str, Any]) -> Any:
        import pyarrow as pa

        from malmoi.engine.parquet import article_rows, schemas

        rows: list[dict[str, Any]] = []
        for kind, text in zip(batch["kind"], batch["json"], strict=True):
            if kind != "article":
                continue
            art, quotes, people = article_rows(json.loads(str(text)))
            rows += {"articles": [art], "quotes": quotes, "people": people}[name]
        return pa.Table.from_pylist(rows, schema=schemas()[name])

    return convert


def _write_rows(built: Any, outdir: Path, stats: Stats, jsonl: bool) -> None:
    """Stream the sorted rows once: count them, write rejections.jsonl (and records.jsonl)."""
    from malmoi.engine.sinks import open_text

    with ExitStack() as stack:
        rejections = stack.enter_context(open_text(str(outdir / "rejections.jsonl")))
        records = stack.enter_context(open_text(str(outdir / "records.jsonl"))) if jsonl else None
        for row in built.iter_rows():
            if row["kind"] == "rejection":
                stats.count(Rejection(Source(), str(row["reason"])))
                rejections.write(str(row["json"]) + "\n")
            else:
                stats.count({})
                if records is not None:
                    records.write(str(row["json"]) + "\n")


def run_ray(
    paths: list[str], out: str, *, jsonl: bool = False, address: str | None = None, workers: int | None = None,
    with_quotes: bool = True, seconds: float | None = None, files_per_batch: int = 8,
) -> Stats:
    """Extract every document under ``paths`` on Ray; write the tables to ``out``; return the counts."""
    ray = _ray()
    import logging

    from malmoi import settings

    logging.getLogger("ray.data").setLevel(logging.WARNING)

    if not ray.is_initialized():
        ray.init(address=address, include_dashboard=False, log_to_driver=False, configure_logging=False)
    ctx = ray.data.DataContext.get_current()
    ctx.execution_options.preserve_order = True
    ctx.enable_progress_bars = False
    files = list_inputs(paths)
    outdir = Path(out)
    outdir.mkdir(parents=True, exist_ok=True)
    stats = Stats()
    if not files:
        (outdir / "stats.json").write_text(json.dumps(stats.to_dict()), encoding="utf-8")
        return stats
    budget = settings.get("doc_seconds") if seconds is None else seconds
    n = workers or max(1, int(ray.available_resources().get("CPU", 1)))
    built = (
        ray.data.from_items([{"file": i, "path": p} for i, p in enumerate(files)])
        .map_batches(Builder, batch_size=files_per_batch, compute=ray.data.ActorPoolStrategy(size=n), num_cpus=1,
                     fn_constructor_kwargs={"with_quotes": with_quotes, "seconds": budget})
        .sort(["file", "doc"])
        .materialize()
    )
    for name in ("articles", "quotes", "people"):
        built.map_batches(_table(name), batch_format="numpy").write_parquet(str(outdir / name), mode="overwrite")
    _write_rows(built, outdir, stats, jsonl)
    (outdir / "stats.json").write_text(json.dumps(stats.to_dict(), ensure_ascii=False), encoding="utf-8")
    return stats
