"""What every response gets and every request must pass before a view sees it.

- Security headers: a Content-Security-Policy that allows only this site's own scripts,
  styles and images (no inline script or style on the pages), ``nosniff``, no framing,
  no referrer sent off-site.
- Requests: a URL over ``MAX_URL`` bytes is a 414 and a body over ``MAX_BODY`` a 413,
  in the one error shape; a NUL or another control character in the path or a query
  value is a 400; ``HEAD`` is answered as ``GET`` without the body.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import parse_qsl, unquote

from fastapi import FastAPI, Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from malmoi.web.errors import error_body

MAX_URL = 8 * 1024  # bytes of path and query
MAX_BODY = 64 * 1024  # bytes; the app reads no body, a client may still send one
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

PAGE_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
# Swagger UI and ReDoc set inline styles and start web workers from blobs.
DOCS_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'"
)
HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
}
DOCS_PATHS = ("/docs", "/redoc")

Respond = Callable[[Request, int, dict[str, Any], str], Response]


def secure(path: str, response: Response) -> Response:
    response.headers["Content-Security-Policy"] = DOCS_POLICY if path in DOCS_PATHS else PAGE_POLICY
    for name, value in HEADERS.items():
        response.headers[name] = value
    return response


def refusal(request: Request) -> tuple[int, str] | None:
    """(status, message) for a request no view should see, or None."""
    scope = request.scope
    raw = scope.get("raw_path") or scope["path"].encode("utf-8", "surrogateescape")
    query: bytes = scope.get("query_string", b"")
    if len(raw) + len(query) > MAX_URL:
        return 414, f"the URL is over {MAX_URL} bytes"
    length = request.headers.get("content-length", "0")
    if not length.isdigit() or int(length) > MAX_BODY:
        return 413, f"the request body is over {MAX_BODY} bytes"
    if CONTROL.search(unquote(scope["path"])):
        return 400, "the path holds a control character"
    for key, value in parse_qsl(query.decode("latin-1"), keep_blank_values=True):
        text = unquote(key) + unquote(value)
        if CONTROL.search(text):
            return 400, f"{unquote(key)[:40]!r}: a control character (such as NUL) is not allowed"
    return None


class HeadAsGet:
    """``HEAD`` answered as ``GET``, headers kept, body dropped (routes declare GET only)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def no_body(message: Message) -> None:
            if message["type"] == "http.response.body":
                message = {"type": "http.response.body", "body": b"", "more_body": False}
                if getattr(no_body, "sent", False):
                    return
                no_body.sent = True  # type: ignore[attr-defined]
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, no_body)


def install_guards(app: FastAPI, respond: Respond) -> None:
    @app.middleware("http")
    async def guard(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        refused = refusal(request)
        if refused:
            status, message = refused
            response = respond(request, status, error_body(status, message), "error.html")
        else:
            response = await call_next(request)
        return secure(request.url.path, response)

    app.add_middleware(HeadAsGet)
