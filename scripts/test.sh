#!/usr/bin/env bash
# Install legation with its test extras into .venv, check the import layers and the
# types (both configured in pyproject.toml), then run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/pip install -q --upgrade pip >/dev/null 2>&1 || true
.venv/bin/pip install -q -e '.[dev]'
.venv/bin/lint-imports
.venv/bin/mypy
exec .venv/bin/python -m pytest -q "$@"
