"""Search UI and JSON API over the store.

malmoi.web.serve("malmoi.db")          # http://127.0.0.1:8000
app = malmoi.web.create_app("malmoi.db")  # any ASGI server
"""

from __future__ import annotations

import threading
import webbrowser
from pathlib import Path

from malmoi.web.app import create_app

MAX_LINE = 128 * 1024  # bytes of a request line and headers that uvicorn reads

__all__ = ["create_app", "serve"]


def serve(
    db_path: str | Path, host: str = "127.0.0.1", port: int = 8000, open_browser: bool = False
) -> None:
    """Serve the store at ``db_path`` until interrupted."""
    import uvicorn

    app = create_app(db_path)
    if open_browser:
        threading.Timer(1.0, webbrowser.open, args=(f"http://{host}:{port}/",)).start()
    # h11's own limit on a request line is 16 KB, answered as a bare 400: raise it so the
    # app's guard answers long URLs itself (414, in the error shape)
    uvicorn.run(app, host=host, port=port, log_level="info", h11_max_incomplete_event_size=MAX_LINE)
