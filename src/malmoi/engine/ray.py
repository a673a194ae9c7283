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
4. With ``fold=True`` the actors also compute each record's MinHash sketch
   (``Corpus.sketch``, a pure function of one record) next to ``build_article``; the driver
   streams the sorted rows once and feeds ``Corpus.add(record, sketch)`` in input order,
   then writes ``fold_articles/`` (article, cluster, family, canonical, how) and
   ``fold_quotes/`` (article, idx, grp, variant) and the corpus counts under ``fold`` in
   ``stats.json`` (``docs/dedup.md``, "In a Ray Data job").
"""

from __future__ import annotations

import json
import pickle
import shutil
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from malmoi.errors import MissingDependency
from malmoi.model import Page, Rejection, Source
from malmoi.pipeline import Stats

if TYPE_CHECKING:
    from malmoi.dedup import Corpus

__all__ = ["Builder", "FoldCounts", "RayStats", "list_inputs", "run_ray"]


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
    """A Ray actor: loads the model once, then reads and builds whole files.

    With ``fold`` (a MinHash backend name) each article also gets its pickled sketch."""

    def __init__(self, with_quotes: bool = True, seconds: float = 30, fold: str | None = None) -> None:
        from malmoi.pipeline import warm_up

        self.with_quotes, self.seconds = with_quotes, seconds
        self.corpus = _corpus(fold) if fold else None
        warm_up(with_quotes)

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[Any]]:
        from malmoi.engine.pool import result_of

        rows: dict[str, list[Any]] = {"file": [], "doc": [], "kind": [], "reason": [], "json": []}
        if self.corpus is not None:
            rows["sketch"] = []
        for file_no, path in zip(batch["file"], batch["path"], strict=True):
            for doc_no, doc in enumerate(_documents(str(path))):
                res = result_of(doc, self.with_quotes, self.seconds)
                rows["file"].append(int(file_no))
                rows["doc"].append(doc_no)
                self._result(rows, res)
        return rows

    def _result(self, rows: dict[str, list[Any]], res: str | Rejection) -> None:
        """One document's columns: a rejection's reason and JSON, or the record's line (and sketch)."""
        if isinstance(res, Rejection):
            rows["kind"].append("rejection")
            rows["reason"].append(res.reason)
            rows["json"].append(json.dumps(res.to_dict(), ensure_ascii=False))
        else:
            rows["kind"].append("article")
            rows["reason"].append("")
            rows["json"].append(res)
        if self.corpus is not None:  # the fold's map step, a pure function of the record
            sketch = None if isinstance(res, Rejection) else self.corpus.sketch(json.loads(res))
            rows["sketch"].append(b"" if sketch is None else pickle.dumps(sketch, protocol=pickle.HIGHEST_PROTOCOL))


def _corpus(backend: str) -> Corpus:
    from malmoi.dedup import Corpus

    return Corpus(backend_name=backend, keep_links=False)


@dataclass(slots=True)
class FoldCounts:
    """The corpus at a glance, as ``malmoi serve``'s overview counts it."""

    articles: int = 0
    clusters: int = 0
    copies: int = 0  # articles that are another's copy
    families: int = 0
    groups: int = 0  # quote groups
    unsaid: int = 0  # headline quotes no body quote says

    def summary(self) -> str:
        return (f"fold: {self.articles} articles, {self.clusters} copy clusters ({self.copies} copies), "
                f"{self.families} wire families, {self.groups} quote groups, {self.unsaid} headline quotes nobody said")


@dataclass(slots=True)
class RayStats(Stats):
    """The run's counts, and the fold's when it folded."""

    fold: FoldCounts | None = None

    def summary(self) -> str:
        return Stats.summary(self) + ("" if self.fold is None else "; " + self.fold.summary())

    def to_dict(self) -> dict[str, Any]:
        d = Stats.to_dict(self)
        if self.fold is not None:
            d["fold"] = asdict(self.fold)
        return d


@dataclass
class _Fold:
    """The driver's reduce step: the corpus, and what each article and quote became."""

    corpus: Corpus
    placed: list[tuple[str, str]] = field(default_factory=list)  # (article id, how)
    quotes: dict[tuple[str, int], tuple[str | None, str]] = field(default_factory=dict)  # -> (group, variant)

    def add(self, line: str, sketch: bytes) -> None:
        folded = self.corpus.add(json.loads(line), pickle.loads(sketch))
        self.placed.append((folded.placement.id, folded.placement.how))
        self.quotes.update({(q.article, q.idx): (q.group, q.variant) for q in folded.quotes})

    def write(self, outdir: Path) -> FoldCounts:
        import pyarrow as pa
        import pyarrow.parquet as pq

        for link in self.corpus.quotes.resolved:  # headline quotes a later body quote said
            self.quotes[(link.article, link.idx)] = (link.group, link.variant)
        arts = self._articles()
        for name, table in (("fold_articles", arts), ("fold_quotes", self._quotes())):
            shutil.rmtree(outdir / name, ignore_errors=True)
            (outdir / name).mkdir(parents=True)
            pq.write_table(pa.Table.from_pydict(table, schema=_fold_schemas()[name]), str(outdir / name / "part-0.parquet"))
        clusters = len(set(arts["cluster"]))
        return FoldCounts(len(self.placed), clusters, len(self.placed) - clusters, len(set(arts["family"])),
                          len(self.corpus.quotes.groups), len(self.corpus.quotes.unsupported))

    def _articles(self) -> dict[str, list[Any]]:
        copies = self.corpus.copies
        cols: dict[str, list[Any]] = {"article": [], "cluster": [], "family": [], "canonical": [], "how": []}
        canon: dict[str, str] = {}
        for rid, how in self.placed:
            cluster = copies.cluster_of(rid)
            if cluster not in canon:
                canon[cluster] = copies.canonical(cluster)
            for k, v in zip(cols, (rid, cluster, copies.family_of(rid), canon[cluster] == rid, how), strict=True):
                cols[k].append(v)
        return cols

    def _quotes(self) -> dict[str, list[Any]]:
        keys = list(self.quotes)
        return {"article": [a for a, _ in keys], "idx": [i for _, i in keys],
                "grp": [self.quotes[k][0] for k in keys], "variant": [self.quotes[k][1] for k in keys]}


def _fold_schemas() -> dict[str, Any]:
    import pyarrow as pa

    return {
        "fold_articles": pa.schema([("article", pa.string()), ("cluster", pa.string()), ("family", pa.string()),
                                    ("canonical", pa.bool_()), ("how", pa.string())]),
        "fold_quotes": pa.schema([("article", pa.string()), ("idx", pa.int32()), ("grp", pa.string()),
                                  ("variant", pa.string())]),
    }


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


def _write_rows(built: Any, outdir: Path, stats: Stats, jsonl: bool, fold: _Fold | None = None) -> None:
    """Stream the sorted rows once: count them, write rejections.jsonl (and records.jsonl),
    and add each article with its sketch to the fold, in input order."""
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
                if fold is not None:
                    fold.add(str(row["json"]), bytes(row["sketch"]))


def run_ray(
    paths: list[str], out: str, *, jsonl: bool = False, address: str | None = None, workers: int | None = None,
    with_quotes: bool = True, seconds: float | None = None, files_per_batch: int = 8,
    fold: bool = False, fold_backend: str = "datasketch",
) -> RayStats:
    """Extract every document under ``paths`` on Ray; write the tables to ``out``; return the counts.

    ``fold``: also fold the corpus (copy clusters, wire families, quote groups) with the
    MinHash backend ``fold_backend`` (``datasketch``, ``rensa`` or ``auto``) into
    ``fold_articles/`` and ``fold_quotes/``; its counts are ``stats.fold``."""
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
    stats = RayStats()
    reduce = _Fold(_corpus(fold_backend)) if fold else None  # "auto" resolved once, here
    if not files:
        if reduce is not None:
            stats.fold = reduce.write(outdir)
        (outdir / "stats.json").write_text(json.dumps(stats.to_dict()), encoding="utf-8")
        return stats
    budget = settings.get("doc_seconds") if seconds is None else seconds
    n = workers or max(1, int(ray.available_resources().get("CPU", 1)))
    built = (
        ray.data.from_items([{"file": i, "path": p} for i, p in enumerate(files)])
        .map_batches(Builder, batch_size=files_per_batch, compute=ray.data.ActorPoolStrategy(size=n), num_cpus=1,
                     fn_constructor_kwargs={"with_quotes": with_quotes, "seconds": budget,
                                            "fold": reduce.corpus.backend_name if reduce else None})
        .sort(["file", "doc"])
        .materialize()
    )
    for name in ("articles", "quotes", "people"):
        built.map_batches(_table(name), batch_format="numpy").write_parquet(str(outdir / name), mode="overwrite")
    _write_rows(built, outdir, stats, jsonl, reduce)
    if reduce is not None:
        stats.fold = reduce.write(outdir)
    (outdir / "stats.json").write_text(json.dumps(stats.to_dict(), ensure_ascii=False), encoding="utf-8")
    return stats
