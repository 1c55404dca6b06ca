#!/usr/bin/env bash
# Create .venv (if needed) and install the course with the versions CI verified (constraints.txt).
# MLSC01_EXTRAS=spark (a comma list) adds optional extras to the default `dev`: scripts/test.sh sets it.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if ! "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "setup: the course needs Python 3.11 or newer ($PY is $("$PY" --version 2>&1)); set PYTHON=/path/to/python3.11" >&2
  exit 2
fi
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -c constraints.txt -e ".[dev${MLSC01_EXTRAS:+,$MLSC01_EXTRAS}]"
echo "setup: installed the course into .venv ($(.venv/bin/python --version)${MLSC01_EXTRAS:+, extras: $MLSC01_EXTRAS})"
