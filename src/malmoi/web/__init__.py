"""Search UI and JSON API over the store.

malmoi.web.serve("malmoi.db")          # http://127.0.0.1:8000
app = malmoi.web.create_app("malmoi.db")  # any ASGI server
"""

from __future__ import annotations

import threading
import webbrowser
from pathlib import Path

from malmoi.web.app import create_app

__all__ = ["create_app", "serve"]


def serve(
    db_path: str | Path, host: str = "127.0.0.1", port: int = 8000, open_browser: bool = False
) -> None:
    """Serve the store at ``db_path`` until interrupted."""
    import uvicorn

    app = create_app(db_path)
    if open_browser:
        threading.Timer(1.0, webbrowser.open, args=(f"http://{host}:{port}/",)).start()
    uvicorn.run(app, host=host, port=port, log_level="info")
