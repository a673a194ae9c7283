"""``/docs`` (Swagger UI) and ``/redoc`` (ReDoc), served from this machine, never a CDN.

The Swagger UI and ReDoc files come from the ``fastapi-offline`` package when it is
installed (``pip install 'malmoi[docs]'``); without it both pages are malmoi's own small
reader of ``/openapi.json`` (``static/apidocs.js``): every route, its parameters and a
form to try it. Either way the pages load nothing from elsewhere.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment
from starlette.responses import HTMLResponse


def bundled() -> Path | None:
    """The folder of the Swagger UI and ReDoc files, if a package ships them here."""
    spec = importlib.util.find_spec("fastapi_offline")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "static"
    needed = ("swagger-ui-bundle.js", "swagger-ui.css", "redoc.standalone.js")
    return folder if all((folder / f).is_file() for f in needed) else None


def install(app: FastAPI, env: Environment) -> None:
    folder = bundled()
    if folder is not None:
        app.mount("/static/docs", StaticFiles(directory=folder), name="docs-static")
    kind = "bundled" if folder else "lite"

    @app.get("/docs", include_in_schema=False)
    def swagger(request: Request) -> HTMLResponse:
        html = env.get_template("docs.html").render(request=request, view="swagger", kind=kind)
        return HTMLResponse(html)

    @app.get("/redoc", include_in_schema=False)
    def redoc(request: Request) -> HTMLResponse:
        html = env.get_template("docs.html").render(request=request, view="redoc", kind=kind)
        return HTMLResponse(html)
