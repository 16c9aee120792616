#!/usr/bin/env bash
# The wall benchmark (issue #11): first content and change → visible on /wall at 300 services
# and 100 overlays, on a 1-node test cluster. Usage:
#   scripts/bench/wall-bench.sh [APP_DIR] [LABEL]
# APP_DIR: a built checkout to measure (default: this one, built if needed). The cluster is
# SWARMNET_CLUSTER (default wallbench) on SWARMNET_CLUSTER_NET (default 10.82.0); it is left up
# when SWARMNET_KEEP_ENGINE=1, like the e2e runner.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/lib.sh
export SWARMNET_CLUSTER="${SWARMNET_CLUSTER:-wallbench}"
export SWARMNET_CLUSTER_NET="${SWARMNET_CLUSTER_NET:-10.82.0}"
# One port for the server and for e2e/support.ts's BASE_URL (the login checks the Origin).
export SWARMNET_E2E_PORT="${SWARMNET_E2E_PORT:-3410}"
app="${1:-$PWD}"
export WALL_BENCH_APP_DIR="$app" WALL_BENCH_LABEL="${2:-$app}"
if [ "$app" = "$PWD" ]; then ensure_build; fi
bash scripts/cluster.sh status 2>/dev/null || bash scripts/cluster.sh up --nodes 1
cleanup() { if [ "${SWARMNET_KEEP_ENGINE:-0}" != 1 ]; then bash scripts/cluster.sh down || true; fi; }
trap cleanup EXIT
export "SWARMNET_TEST_DOCKER_HOST=$(bash scripts/cluster.sh env | cut -d= -f2-)"
./node_modules/.bin/playwright test --config scripts/bench/wall-bench.config.ts
