#!/usr/bin/env bash
# Every test: lint, types, the unit and golden tests, the eval gate, the store, the API and the
# browser tests (these need Debian's chromium: `apt-get install chromium`; they skip without it).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
.venv/bin/ruff check src tests bench
.venv/bin/mypy src/malmoi
.venv/bin/python -m pytest "$@"
