#!/usr/bin/env bash
# Engine tests and Playwright end-to-end tests against a throwaway multi-node
# swarm (scripts/cluster.sh: 3 engines in network namespaces, its own /24).
# SWARMNET_KEEP_ENGINE=1 leaves the cluster running afterwards (for reruns);
# SWARMNET_TEST_NODES picks the node count (default 3).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

# Its own cluster name and subnet: a demo sandbox or cluster, if running, is left alone.
export SWARMNET_CLUSTER="${SWARMNET_TEST_CLUSTER:-test}"
export SWARMNET_CLUSTER_NET="${SWARMNET_TEST_CLUSTER_NET:-10.78.0}"
nodes="${SWARMNET_TEST_NODES:-3}"

ensure_node_modules
ensure_chromium
ensure_haproxy

cleanup() {
  if [ "${SWARMNET_KEEP_ENGINE:-0}" != 1 ]; then bash scripts/cluster.sh down || true; fi
}
trap cleanup EXIT

say "a $nodes-node swarm for tests ($SWARMNET_CLUSTER on $SWARMNET_CLUSTER_NET.0/24)"
bash scripts/cluster.sh up --nodes "$nodes"
bash scripts/cluster.sh seed
export "SWARMNET_TEST_DOCKER_HOST=$(bash scripts/cluster.sh env | cut -d= -f2-)"
# Per-node facts (gwbridge, local network lists) come from each node's own engine.
export SWARMNET_TEST_NODE_ENDPOINTS="$(bash scripts/cluster.sh node-endpoints)"
export SWARMNET_TEST_CLUSTER_SCRIPT="scripts/cluster.sh"
# Connectivity probes run the image the cluster imported into every node (no registry).
export SWARMNET_TEST_PROBE_IMAGE="$(bash scripts/cluster.sh probe-image)"

say "engine tests (vitest, *.engine.test.ts)"
./node_modules/.bin/vitest run engine.test

ensure_build
say "end-to-end tests (Playwright, system Chromium)"
./node_modules/.bin/playwright test "$@"
