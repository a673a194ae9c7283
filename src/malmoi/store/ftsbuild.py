"""Build the full-text indexes of a bulk load in a process of their own (on another core).

Run as a script (``python -I ftsbuild.py``; it imports nothing but the standard library),
it reads pickled messages from its standard input:

- ``("ddl", [CREATE VIRTUAL TABLE ...], [(fts, hashsize), ...])`` once, first;
- ``("rows", [(insert sql, rows), ...])`` for each batch the store wrote;
- ``("copy", store path)`` once, last: the shadow tables of the indexes it built replace
  those of the store's (empty) indexes, in one transaction.

The indexes are built in a private temporary database (deleted by SQLite when the
process ends, however it ends), in one transaction, so FTS5 writes a segment only when
its pending terms fill ``hashsize``. Standard input closed before ``copy`` (the load
failed or was stopped): nothing is written to the store, exit status 3. The copy keeps a
rollback journal on disk: killed during it, the store is left as it was.
"""

from __future__ import annotations

import pickle
import sqlite3
import sys
from collections.abc import Iterator
from typing import Any

SHADOWS = ("data", "idx", "docsize", "config")  # the tables of an FTS5 index (external content)


def copy_into(conn: sqlite3.Connection, dest: str, names: list[str]) -> None:
    conn.execute("ATTACH DATABASE ? AS dest", (dest,))
    conn.execute("PRAGMA dest.journal_mode = DELETE")  # a helper killed mid-copy: rolled back
    conn.execute("PRAGMA dest.synchronous = OFF")
    conn.execute("BEGIN IMMEDIATE")
    for fts in names:
        for shadow in SHADOWS:
            table = f"{fts}_{shadow}"
            conn.execute(f"DELETE FROM dest.{table}")
            conn.execute(f"INSERT INTO dest.{table} SELECT * FROM main.{table}")
    conn.execute("COMMIT")
    conn.execute("DETACH DATABASE dest")


def build_fts(messages: Iterator[Any]) -> int:
    conn = sqlite3.connect("", isolation_level=None, timeout=60)
    conn.execute("PRAGMA cache_size = -262144")  # 256 MiB before pages go to a temp file
    names: list[str] = []
    for message in messages:
        kind = message[0]
        if kind == "ddl":
            for sql in message[1]:
                conn.execute(sql)
            for fts, size in message[2]:
                names.append(fts)
                conn.execute(f"INSERT INTO {fts}({fts}, rank) VALUES ('hashsize', {int(size)})")
            conn.execute("BEGIN")
        elif kind == "rows":
            for sql, rows in message[1]:
                conn.executemany(sql, rows)
        elif kind == "copy":
            conn.execute("COMMIT")
            copy_into(conn, message[1], names)
            return 0
    return 3  # no copy asked for: the load did not finish


def messages(stream: Any) -> Iterator[Any]:
    while True:
        try:
            yield pickle.load(stream)
        except EOFError:
            return


def main() -> None:
    sys.exit(build_fts(messages(sys.stdin.buffer)))


if __name__ == "__main__":
    main()
