"""The web app: server-rendered pages, each also JSON (``/api/…`` or ``?format=json``).

The app only reads: each request borrows a read-only connection (``mode=ro``) from a
small pool and runs in one read transaction, so a load running at the same time is
seen either wholly or not at all.
"""

from __future__ import annotations

import queue
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, Query, Request
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader
from starlette.exceptions import HTTPException
from starlette.responses import HTMLResponse, JSONResponse, Response

from malmoi import __version__
from malmoi.store import QuoteFilter, Store
from malmoi.web import charts, docs, views
from malmoi.web.errors import ERROR_RESPONSES, install
from malmoi.web.guard import install_guards
from malmoi.web.marks import FIDELITY

HERE = Path(__file__).parent
Text = Annotated[
    str, Query(max_length=200, description='words or "a phrase"; every term must occur')
]
Name = Annotated[str, Query(max_length=100)]
Day = Annotated[
    str, Query(max_length=10, description="YYYY-MM-DD, inclusive", examples=["2024-03-01"])
]
PageNo = Annotated[int, Query(ge=1, le=10_000)]
Size = Annotated[int, Query(ge=1, le=100)]
KINDS = {"direct": "직접 인용", "indirect": "간접 인용"}
LOCAL_TYPES = ("anonymous", "group")  # speakers of one article only: linked with ?article=
VARIANTS = {"exact": "그대로", "shortened": "줄임", "reworded": "바꿔 씀", "headline": "제목"}
HOW = {"new": "원문", "exact": "똑같은 사본", "near": "비슷한 사본", "family": "고쳐 쓴 기사"}
WHY_NOT = {
    "never_folded": "이 저장소는 아직 묶지 않았습니다: malmoi fold DB 를 실행하세요.",
    "after_fold": "마지막 묶기 뒤에 들어온 기사입니다: malmoi fold DB 를 다시 실행하세요.",
}
ENTITY_TYPES = {"person": "인물", "organization": "기관", "anonymous": "익명 취재원", "group": "집단"}
ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?")


def korean_time(value: object) -> str:
    """``2023-06-09T19:24:00+09:00`` → ``2023. 6. 9. 19:24``; a day alone → ``2023. 6. 9.``."""
    m = ISO.match(value) if isinstance(value, str) else None
    if not m:
        return value if isinstance(value, str) else ""
    y, mo, d, hh, mm = m.groups()
    day = f"{int(y)}. {int(mo)}. {int(d)}."
    return f"{day} {hh}:{mm}" if hh else day


def environment() -> Environment:
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True)
    env.globals["qs"] = lambda params, **changes: (
        "?" + urlencode({k: v for k, v in {**params, **changes}.items() if v not in (None, "")})
    )
    env.globals["charts"] = charts
    env.globals["LOCAL_TYPES"] = LOCAL_TYPES
    env.filters["day"] = lambda s: korean_time((s or "")[:10]) if isinstance(s, str) else ""
    env.filters["ktime"] = korean_time
    env.filters["kind"] = lambda k: KINDS.get(k, k or "")
    env.filters["fidelity"] = lambda f: FIDELITY.get(f or "", "알 수 없음")
    env.filters["entity_type"] = lambda t: ENTITY_TYPES.get(t, t or "")
    env.filters["variant"] = lambda v: VARIANTS.get(v, v or "")
    env.filters["how"] = lambda h: HOW.get(h, h or "")
    env.filters["why_not"] = lambda fold: WHY_NOT.get(fold.get("state"), fold.get("note") or "")
    env.tests["web_url"] = lambda u: isinstance(u, str) and u.startswith(("http://", "https://"))
    return env


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api") or request.query_params.get("format") == "json"


def responder(env: Environment) -> Any:
    def respond(
        request: Request, status: int, data: dict[str, Any], template: str = "error.html"
    ) -> Response:
        if wants_json(request):
            return JSONResponse(data, status_code=status)
        html = env.get_template(template).render(request=request, data=data, **data)
        return HTMLResponse(html, status_code=status)

    return respond


class Readers:
    """Read-only connections to one store, lent one request at a time."""

    def __init__(self, path: Path, keep: int = 8) -> None:
        self.path = path
        self.keep = keep
        self.free: queue.SimpleQueue[Store] = queue.SimpleQueue()
        self.free.put(Store(path, readonly=True))  # fails now if the store cannot be read

    def signature(self) -> tuple[int, ...]:
        """Changes when the store does: a commit writes the WAL (or the file itself)."""
        out: list[int] = []
        for p in (self.path, Path(str(self.path) + "-wal")):
            try:
                st = p.stat()
            except OSError:
                continue
            out += [st.st_mtime_ns, st.st_size]
        return tuple(out)

    @contextmanager
    def reading(self) -> Iterator[Store]:
        try:
            store = self.free.get_nowait()
        except queue.Empty:
            store = Store(self.path, readonly=True)
        try:
            with store.reading():
                yield store
        finally:
            if self.free.qsize() < self.keep:
                self.free.put(store)
            else:
                store.close()


def open_store(request: Request) -> Iterator[Store]:
    with request.app.state.readers.reading() as store:
        yield store


Db = Annotated[Store, Depends(open_store)]


def parse_day(name: str, value: str) -> str | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise HTTPException(400, f"{name}: expected a date as YYYY-MM-DD, got {value!r}") from None


def quote_filter(
    q: Text = "",
    speaker: Name = "",
    outlet: Name = "",
    since: Day = "",
    until: Day = "",
    page: PageNo = 1,
    size: Size = 20,
) -> QuoteFilter:
    start, end = parse_day("since", since), parse_day("until", until)
    if start and end and start > end:
        raise HTTPException(400, f"since ({start}) is after until ({end})")
    return QuoteFilter(q, speaker or None, outlet or None, start, end, page, size)


CACHED = 64  # answers kept per state of the store (start page, speaker lists)


def cached(
    request: Request, key: tuple[Any, ...], make: Callable[[], dict[str, Any]]
) -> dict[str, Any]:
    """``make()``, or its answer from before if the store has not changed since.

    For the views that read the whole store (the start page, the ranking of people);
    the cache is dropped whenever the store's file changes.
    """
    state = request.app.state
    signature = state.readers.signature()
    if state.cache_signature != signature:
        state.cache, state.cache_signature = {}, signature
    if key not in state.cache:
        if len(state.cache) >= CACHED:
            state.cache.pop(next(iter(state.cache)))
        state.cache[key] = make()
    return state.cache[key]


def create_app(db_path: str | Path) -> FastAPI:
    """The app over the store at ``db_path``, read only; a missing or old store is a
    ``StoreError`` that says what to run."""
    readers = Readers(Path(db_path))
    app = FastAPI(
        title="malmoi",
        version=__version__,
        responses=ERROR_RESPONSES,
        docs_url=None,
        redoc_url=None,
        description="Korean news quotes: who said what. Every page is also JSON: `/api/…` or `?format=json`.",
    )
    app.state.db_path = Path(db_path)
    app.state.readers = readers
    app.state.cache, app.state.cache_signature = {}, None
    env = environment()
    respond = responder(env)
    install(app, respond)
    install_guards(app, respond)
    docs.install(app, env)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    add_routes(app, respond)
    return app


def add_routes(app: FastAPI, respond: Any) -> None:
    page: dict[str, Any] = {"include_in_schema": False, "response_class": HTMLResponse}

    @app.get(
        "/api", tags=["pages"], summary="The corpus at a glance: counts, weeks, people, outlets"
    )
    @app.get("/", **page)
    def index(request: Request, store: Db) -> Response:
        data = cached(request, ("index",), lambda: views.index(store))
        return respond(request, 200, data, "index.html")

    @app.get("/api/search", tags=["quotes"], summary="Search quotes, with facets")
    @app.get("/search", **page)
    def search(
        request: Request,
        store: Db,
        f: Annotated[QuoteFilter, Depends(quote_filter)],
        articles: Annotated[bool, Query(description="also search articles (first 5)")] = False,
        show_all: Annotated[
            bool,
            Query(alias="all", description="every copy apart (by default copies fold into one hit)"),
        ] = False,
    ) -> Response:
        return respond(request, 200, views.search(store, f, articles, show_all), "search.html")

    @app.get("/api/articles", tags=["articles"], summary="Search articles")
    @app.get("/articles", **page)
    def articles(
        request: Request,
        store: Db,
        q: Text = "",
        outlet: Name = "",
        page: PageNo = 1,
        size: Size = 20,
    ) -> Response:
        return respond(
            request, 200, views.articles(store, q, outlet or None, page, size), "articles.html"
        )

    @app.get(
        "/api/articles/{article_id}", tags=["articles"], summary="An article with its quotes marked"
    )
    @app.get("/articles/{article_id}", **page)
    def article(request: Request, store: Db, article_id: str) -> Response:
        return respond(request, 200, views.article(store, article_id), "article.html")

    @app.get(
        "/api/speakers", tags=["speakers"], summary="People, most quoted first, a page at a time"
    )
    @app.get("/speakers", **page)
    def speakers(
        request: Request, store: Db, q: Name = "", page: PageNo = 1, size: Size = 100
    ) -> Response:
        data = cached(
            request, ("speakers", q, page, size), lambda: views.speakers(store, q, page, size)
        )
        return respond(request, 200, data, "speakers.html")

    @app.get(
        "/api/speakers/{name:path}",
        tags=["speakers"],
        summary="A speaker: names, roles over time, quotes by week and outlet, whom they talk to and about",
    )
    @app.get("/speakers/{name:path}", **page)
    def speaker(
        request: Request,
        store: Db,
        name: str,
        article: Annotated[
            str,
            Query(max_length=200, description="an anonymous source or group: the article it speaks in"),
        ] = "",
    ) -> Response:
        return respond(request, 200, views.speaker(store, name, article or None), "speaker.html")

    @app.get(
        "/api/unsaid",
        tags=["quotes"],
        summary="Headline quotes nobody said: no body quote anywhere in the corpus says their words",
    )
    @app.get("/unsaid", **page)
    def unsaid(request: Request, store: Db, page: PageNo = 1, size: Size = 20) -> Response:
        return respond(request, 200, views.unsaid(store, page, size), "unsaid.html")

    @app.get(
        "/api/quote/{grp:path}",
        tags=["quotes"],
        summary="A quote across articles: its variants on a timeline, first article, outlets, headlines",
    )
    @app.get("/quote/{grp:path}", **page)
    def quote_group(request: Request, store: Db, grp: str) -> Response:
        return respond(request, 200, views.quote_group(store, grp), "quote.html")

    @app.get(
        "/api/entities/{entity_id:path}",
        tags=["speakers"],
        summary="A speaker of the fold (one real person, organisation, or one article's source): each quote once",
    )
    @app.get("/entities/{entity_id:path}", **page)
    def entity(request: Request, store: Db, entity_id: str) -> Response:
        return respond(request, 200, views.entity(store, entity_id), "entity.html")
