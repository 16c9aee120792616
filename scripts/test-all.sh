#!/usr/bin/env bash
# npm test: everything. Unit tests, then one sandbox engine shared by the engine
# tests and the Playwright suite, then the engine is removed.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

start=$(date +%s)
ensure_node_modules
ensure_haproxy
say "unit tests"
./node_modules/.bin/vitest run
bash scripts/test-e2e.sh
echo "npm test took $(( $(date +%s) - start )) s" >&2
