#!/usr/bin/env bash
# Install, then run every check CI runs: lint, the honest-exercise proof (mlsc01 verify), the unit tests.
# The sandbox tests need bubblewrap, the browser tests Debian's Chromium and the optional Spark lesson Java 17:
# as root with apt-get, they are installed here; otherwise this says which tests are skipped and the command that enables them.
set -euo pipefail
cd "$(dirname "$0")/.."
# the optional Spark lesson of D1.2 runs here too: its extra (PySpark) and Java 17 (below); the `hub` extra
# (JupyterHub, psycopg) for the multi-user test with PostgreSQL (tests/test_hub.py)
MLSC01_EXTRAS=spark,hub bash scripts/setup.sh

apt_install() {  # apt_install PACKAGE COMMAND WHAT
  command -v "$2" >/dev/null 2>&1 && return 0
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "test: installing $1 with apt-get ($3)"
    (apt-get install -y -q "$1" >/dev/null 2>&1 || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q "$1" >/dev/null; }) \
      || echo "test: could not install $1; $3 will be skipped"
  elif command -v apt-get >/dev/null 2>&1; then
    echo "test: $1 is missing, so $3 will be skipped; enable them with: sudo apt-get install $1"
  else
    echo "test: $1 is missing, so $3 will be skipped; install $1 with your system's package manager"
  fi
}
apt_install bubblewrap bwrap "the sandbox tests (mlsc01 autograde isolates learner code with it)"
apt_install chromium chromium "the browser tests (Playwright drives Debian's Chromium; no browser download)"
apt_install openjdk-17-jre-headless java "the optional Spark lesson (PySpark local mode runs on Java 17)"
apt_install postgresql pg_ctlcluster "the PostgreSQL gradebook and JupyterHub tests (tests/test_hub.py starts a server of its own)"
# JupyterHub's proxy (npm), pinned, into the venv: the multi-user test finds it there
if [ ! -x .venv/chp/node_modules/.bin/configurable-http-proxy ]; then
  if command -v npm >/dev/null 2>&1; then
    npm install --silent --no-audit --no-fund --prefix .venv/chp configurable-http-proxy@5.3.0 >/dev/null \
      || echo "test: could not install configurable-http-proxy; the JupyterHub test will be skipped"
  else
    echo "test: npm is missing, so the JupyterHub test will be skipped; install Node.js and npm (apt-get install npm)"
  fi
fi

.venv/bin/ruff check .
.venv/bin/mlsc01 verify
# The slow tests of the tests (mutants, answer corpus, grading twice) run on the budgeted CI sample:
# the assignments the last commits changed, then a rotation per commit (mlsc01/cisample.py); set
# MLSC01_CI_SAMPLE=all (or names) to choose. Mutants: 4 per solution cell (authoring uses the default 12, or 0 = all);
# every sampled assignment must kill >= 95 % of its non-equivalent mutants.
MLSC01_CI_SAMPLE="$(.venv/bin/mlsc01 ci-sample)"
export MLSC01_CI_SAMPLE
echo "test: the CI sample for the slow tests of the tests: $MLSC01_CI_SAMPLE"
# shellcheck disable=SC2086  # the sample is a list of names
.venv/bin/mlsc01 verify --mutants --mutants-max 4 $MLSC01_CI_SAMPLE
.venv/bin/python -m pytest -rs
