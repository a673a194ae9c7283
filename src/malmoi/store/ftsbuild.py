"""Build one side of a bulk load into a new store in a process of its own (on another
core): an FTS index and a table with its indexes (the articles' index and the person
facts, ``article_people``; or the quotes' index and the quotes).

Run as a script (``python -I -S ftsbuild.py``; it imports nothing but the standard
library), it reads messages (``marshal``, see ``messages``) from its standard input:

- ``("ddl", [CREATE ...], [(fts, hashsize), ...], [CREATE INDEX ...])`` once, first: the
  tables it builds, and the indexes it makes once every row is in;
- ``("rows", [(insert, rows, [(insert, slots), ...]), ...])`` for each batch the store
  wrote: rows to insert, and rows made of some of their values (``slots``) to insert too
  (a quote's FTS row);
- ``("commit",)`` when every batch is sent: the indexes are made and the pending FTS terms
  written out, while the store makes its own indexes;
- ``("copy", store path, [table, ...], [table, ...])`` once, last: the tables of the first
  list (the shadow tables of the FTS index) replace the store's, those of the second (the
  table, empty in the store) are copied into it, in one transaction.

The tables are built in a private temporary database (deleted by SQLite when the process
ends, however it ends), in one transaction, so FTS5 writes a segment only when its pending
terms fill ``hashsize``; CHECK constraints are not evaluated (the store makes every value
they check). Each copy is ``INSERT INTO … SELECT *`` between tables of one definition with
the same indexes, which SQLite does as a transfer of whole records, indexes included.
Standard input closed before ``copy`` (the load failed or was stopped): nothing is written
to the store, exit status 3. The copy keeps a rollback journal on disk: killed during it,
the store is left as it was; two such processes copy in turn (SQLite's lock, a busy
timeout of a minute).
"""

from __future__ import annotations

import marshal
import os
import sqlite3
import sys
from collections.abc import Iterator
from operator import itemgetter
from typing import Any

SHADOWS = ("data", "idx", "docsize", "config")  # the tables of an FTS5 index (external content)


def copy_into(conn: sqlite3.Connection, dest: str, replace: list[str], add: list[str]) -> None:
    conn.execute("ATTACH DATABASE ? AS dest", (dest,))
    conn.execute("PRAGMA dest.journal_mode = DELETE")  # a helper killed mid-copy: rolled back
    conn.execute("PRAGMA dest.synchronous = OFF")
    conn.execute("BEGIN IMMEDIATE")
    for table in replace:
        conn.execute(f"DELETE FROM dest.{table}")
    for table in replace + add:
        conn.execute(f"INSERT INTO dest.{table} SELECT * FROM main.{table}")
    conn.execute("COMMIT")
    conn.execute("DETACH DATABASE dest")


def build_fts(messages: Iterator[Any]) -> int:
    conn = sqlite3.connect("", isolation_level=None, timeout=60)
    conn.execute("PRAGMA cache_size = -262144")  # 256 MiB before pages go to a temp file
    conn.execute("PRAGMA ignore_check_constraints = ON")
    later: list[str] = []
    for message in messages:
        kind = message[0]
        if kind == "ddl":
            for sql in message[1]:
                conn.execute(sql)
            for fts, size in message[2]:
                conn.execute(f"INSERT INTO {fts}({fts}, rank) VALUES ('hashsize', {int(size)})")
            later = message[3]
            conn.execute("BEGIN")
        elif kind == "rows":
            for sql, rows, derived in message[1]:
                conn.executemany(sql, rows)
                for other, slots in derived:  # rows made of some values of each row
                    conn.executemany(other, map(itemgetter(*slots), rows))
        elif kind == "commit":
            commit(conn, later)
        elif kind == "copy":
            if conn.in_transaction:
                commit(conn, later)
            copy_into(conn, message[1], message[2], message[3])
            return 0
    return 3  # no copy asked for: the load did not finish


def commit(conn: sqlite3.Connection, indexes: list[str]) -> None:
    """Every batch is in: the indexes made and the pending FTS terms written out."""
    for sql in indexes:
        conn.execute(sql)
    conn.execute("COMMIT")


def messages(stream: Any) -> Iterator[Any]:
    """Each message: its length (8 bytes, little-endian), then its ``marshal`` bytes (read
    whole: ``marshal.load`` of a stream reads it a value at a time). Closed, or closed in a
    message: the load stopped."""
    while len(head := stream.read(8)) == 8:
        data = stream.read(int.from_bytes(head, "little"))
        try:
            yield marshal.loads(data)
        except (EOFError, ValueError):
            return


def main() -> None:
    code = build_fts(messages(sys.stdin.buffer))
    os._exit(code)  # no teardown of what it built and read: the loader is waiting


if __name__ == "__main__":
    main()
