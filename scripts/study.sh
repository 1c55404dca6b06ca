#!/usr/bin/env bash
# Install, then create your workspace (never overwriting your work) and open JupyterLab on it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/mlsc01 start "$@"
