from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from malmoi.store import Store
from malmoi.store.synth import sample


@pytest.fixture(scope="session")
def records() -> list[dict[str, Any]]:
    return sample()


@pytest.fixture(scope="session")
def db(tmp_path_factory: pytest.TempPathFactory, records: list[dict[str, Any]]) -> Path:
    path = tmp_path_factory.mktemp("web") / "malmoi.db"
    with Store(path) as store:
        store.upsert(records)
    return path


@pytest.fixture(scope="session")
def client(db: Path) -> Iterator[Any]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # starlette: httpx deprecation notice
        from fastapi.testclient import TestClient
    from malmoi.web import create_app

    with TestClient(create_app(db)) as c:
        yield c


@pytest.fixture(scope="session")
def folded_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of two stories with copies and rewrites, folded by the real ``fold_store``,
    then one more article stored after the fold."""
    from malmoi.dedup import fold_store
    from web.folded import folded_records, unfolded_records

    path = tmp_path_factory.mktemp("folded") / "malmoi.db"
    with Store(path) as store:
        store.upsert(folded_records())
    fold_store(path)
    with Store(path) as store:
        store.upsert(unfolded_records())
    return path


@pytest.fixture(scope="session")
def folded_client(folded_db: Path) -> Iterator[Any]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from malmoi.web import create_app

    with TestClient(create_app(folded_db)) as c:
        yield c
