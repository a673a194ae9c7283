#!/usr/bin/env bash
# Make .venv with malmoi and its test tools. Needs only Python 3.11+ and pip.
# Returns at once when .venv is current: a stamp keyed on pyproject.toml's hash and the
# Python version (the install is editable, so source changes need no reinstall).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
STAMP=.venv/.malmoi-setup
want="$( (cat pyproject.toml; "$PY" -V) | sha256sum | cut -d' ' -f1)"
if [ -x .venv/bin/malmoi ] && [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$want" ]; then
  exit 0
fi
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
echo "setup: installing malmoi and its test tools into .venv (once per change of pyproject.toml)" >&2
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'
echo "$want" > "$STAMP"
