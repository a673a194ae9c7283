#!/usr/bin/env bash
# The main job on the bundled example pages: extract every page (text and HTML),
# store the records in an embedded SQLite file, show who said what, then open the UI.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
mkdir -p out
rm -f out/malmoi.db
.venv/bin/malmoi extract examples/pages examples/html -o out/records.jsonl --db out/malmoi.db
.venv/bin/malmoi quotes examples/pages/a01_yonhap_chips.txt examples/pages/b03_mbn_jeonse.txt --quiet
echo
echo "records: out/records.jsonl   store: out/malmoi.db"
if [ "${MALMOI_NO_SERVE:-}" = "1" ]; then exit 0; fi
echo "web UI and JSON API: http://127.0.0.1:${PORT:-8000}/  (Ctrl-C to stop)"
exec .venv/bin/malmoi serve out/malmoi.db --port "${PORT:-8000}" --open
