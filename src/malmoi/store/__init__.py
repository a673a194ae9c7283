"""The embedded store: SQLite, one file; articles, quotes, people, outlets; Korean full-text search.

    with Store("malmoi.db") as store:
        store.upsert(records)

See docs/store.md.
"""

from malmoi.store.db import Store, UpsertResult, load_jsonl, migrate, migrate_file
from malmoi.store.query import QuoteFilter, parse_terms
from malmoi.store.schema import SCHEMA_VERSION

__all__ = [
    "SCHEMA_VERSION",
    "QuoteFilter",
    "Store",
    "UpsertResult",
    "load_jsonl",
    "migrate",
    "migrate_file",
    "parse_terms",
]
