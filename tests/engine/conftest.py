"""A local Ray cluster of 2 workers for the Ray tests, one per test module (module scope: the
other engine tests fork worker pools, which must not inherit a running Ray)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest


@pytest.fixture(scope="module")
def ray_cluster() -> Iterator[Any]:
    import ray

    ray.init(num_cpus=2, include_dashboard=False, object_store_memory=150 * 1024 * 1024, log_to_driver=False,
             configure_logging=False)
    yield ray
    ray.shutdown()
