"""One error shape for every failure: ``{"error": {"status", "code", "message"}}``."""

from __future__ import annotations

import sqlite3
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel
from starlette.exceptions import HTTPException
from starlette.responses import Response

from malmoi.errors import StoreError
from malmoi.web.views import NotFound

CODES = {
    400: "bad_parameter",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    414: "uri_too_long",
    422: "unprocessable",
    500: "internal_error",
}


class ErrorDetail(BaseModel):
    status: int
    code: str
    message: str


class ErrorBody(BaseModel):
    error: ErrorDetail


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody, "description": code}
    for status, code in CODES.items()
    if status != 405
}


def error_body(status: int, message: str, code: str | None = None) -> dict[str, Any]:
    return {
        "error": {"status": status, "code": code or CODES.get(status, "error"), "message": message}
    }


def validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors():
        name = ".".join(str(x) for x in err.get("loc", ())[1:]) or "request"
        parts.append(f"{name}: {err.get('msg', 'invalid')}")
    return "; ".join(parts)


def install(app: FastAPI, respond: Any) -> None:
    """Map every failure to the one shape; ``respond(request, status, body)`` picks HTML or JSON."""

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        return respond(request, exc.status_code, error_body(exc.status_code, message))

    async def bad_parameter(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        return respond(request, 400, error_body(400, validation_message(exc)))

    async def not_found(request: Request, exc: Exception) -> Response:
        return respond(request, 404, error_body(404, str(exc.args[0]) if exc.args else "not found"))

    async def store_error(request: Request, exc: Exception) -> Response:
        return respond(request, 500, error_body(500, str(exc), "store_error"))

    async def database_error(request: Request, exc: Exception) -> Response:
        message = f"cannot read the store: {exc}"
        return respond(request, 500, error_body(500, message, "store_error"))

    async def internal(request: Request, exc: Exception) -> Response:
        return respond(request, 500, error_body(500, f"internal error: {type(exc).__name__}"))

    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(RequestValidationError, bad_parameter)
    app.add_exception_handler(NotFound, not_found)
    app.add_exception_handler(StoreError, store_error)
    app.add_exception_handler(sqlite3.DatabaseError, database_error)
    app.add_exception_handler(Exception, internal)
