#!/usr/bin/env bash
# Install, then run every check CI runs: lint, the honest-exercise proof (mlsc01 verify), the unit tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/ruff check .
.venv/bin/mlsc01 verify
.venv/bin/python -m pytest
