"""The web app: server-rendered pages, each also JSON (``/api/…`` or ``?format=json``)."""

from __future__ import annotations

from collections.abc import Iterator
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
from malmoi.web import views
from malmoi.web.errors import ERROR_RESPONSES, install

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


def environment() -> Environment:
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True)
    env.globals["qs"] = lambda params, **changes: (
        "?" + urlencode({k: v for k, v in {**params, **changes}.items() if v not in (None, "")})
    )
    env.filters["day"] = lambda s: (s or "")[:10]
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


def open_store(request: Request) -> Iterator[Store]:
    with Store(request.app.state.db_path) as store:
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


def create_app(db_path: str | Path) -> FastAPI:
    """The app over the store at ``db_path`` (created and migrated if needed)."""
    with Store(db_path):
        pass
    app = FastAPI(
        title="malmoi",
        version=__version__,
        responses=ERROR_RESPONSES,
        description="Korean news quotes: who said what. Every page is also JSON: `/api/…` or `?format=json`.",
    )
    app.state.db_path = Path(db_path)
    respond = responder(environment())
    install(app, respond)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    add_routes(app, respond)
    return app


def add_routes(app: FastAPI, respond: Any) -> None:
    page: dict[str, Any] = {"include_in_schema": False, "response_class": HTMLResponse}

    @app.get("/api", tags=["pages"], summary="Counts, most quoted people, recent articles")
    @app.get("/", **page)
    def index(request: Request, store: Db) -> Response:
        return respond(request, 200, views.index(store), "index.html")

    @app.get("/api/search", tags=["quotes"], summary="Search quotes, with facets")
    @app.get("/search", **page)
    def search(
        request: Request, store: Db, f: Annotated[QuoteFilter, Depends(quote_filter)]
    ) -> Response:
        return respond(request, 200, views.search(store, f), "search.html")

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

    @app.get("/api/speakers", tags=["speakers"], summary="People, most quoted first")
    @app.get("/speakers", **page)
    def speakers(
        request: Request, store: Db, q: Name = "", limit: Annotated[int, Query(ge=1, le=1000)] = 100
    ) -> Response:
        return respond(request, 200, views.speakers(store, q, limit), "speakers.html")

    @app.get(
        "/api/speakers/{name:path}",
        tags=["speakers"],
        summary="A speaker: names, quotes, whom they talk to and about",
    )
    @app.get("/speakers/{name:path}", **page)
    def speaker(request: Request, store: Db, name: str) -> Response:
        return respond(request, 200, views.speaker(store, name), "speaker.html")
