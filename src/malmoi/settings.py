"""Every setting once: its name, default and help. Read when a run starts, never at import.

A setting can be changed for one run with its environment variable (``MALMOI_MAX_BYTES=…``);
the command line passes its own flags (``--jobs``, ``--time-budget``) on top.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from malmoi.errors import MalmoiError


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: float
    help: str

    @property
    def env(self) -> str:
        return "MALMOI_" + self.name.upper()

    def get(self) -> float:
        raw = os.environ.get(self.env)
        if raw is None or not raw.strip():
            return self.default
        try:
            value = float(raw)
        except ValueError:
            raise MalmoiError(f"{self.env}={raw!r} is not a number ({self.help})") from None
        if value < 0:
            raise MalmoiError(f"{self.env}={raw!r} must not be negative ({self.help})")
        return value


MB = 1024 * 1024

SETTINGS: dict[str, Setting] = {
    s.name: s
    for s in (
        Setting("max_bytes", 10 * MB, "a document above this many bytes is read only up to it, with a warning"),
        Setting("max_line_bytes", 32 * MB, "a JSON line, an element of a .json list or a whole .json object above this is too_large"),
        Setting("gzip_ratio", 200, "decompressed past this many times its compressed size (and past "
                "gzip_floor bytes), a file is a gzip bomb: too_large"),
        Setting("gzip_floor", 64 * MB, "decompressed output below this is never called a bomb"),
        Setting("doc_seconds", 30, "seconds one document may take before it becomes a too_slow rejection (0: no limit)"),
        Setting("chunk", 16, "documents handed to a worker at a time by extract --jobs"),
    )
}


def get(name: str) -> float:
    """The current value of a setting (its environment variable, else its default)."""
    return SETTINGS[name].get()


def get_int(name: str) -> int:
    return int(SETTINGS[name].get())


def describe() -> str:
    """One line per setting, for --help."""
    return "\n".join(f"  {s.env} (default {_shown(s.default)}): {s.help}" for s in SETTINGS.values())


def _shown(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:g}"
