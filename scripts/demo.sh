#!/usr/bin/env bash
# npm run demo [-- --nodes N]: install, build, find a Docker engine (DOCKER_HOST if
# it answers; otherwise a private sandbox engine with sample state, or with --nodes
# a multi-node swarm in network namespaces), and serve on $PORT (3000).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

export PORT="${PORT:-3000}"
nodes=""
while [ $# -gt 0 ]; do
  case "$1" in
    --nodes) nodes="$2"; shift 2 ;;
    *) echo "usage: npm run demo [-- --nodes N]" >&2; exit 2 ;;
  esac
done

ensure_node_modules
ensure_build

docker_answers() {
  local cli
  cli="$(command -v /usr/bin/docker || command -v docker || true)"
  [ -n "$cli" ] && timeout 5 "$cli" -H "$1" version --format '{{.Server.Version}}' >/dev/null 2>&1
}

if [ -z "$nodes" ] && [ -n "${DOCKER_HOST:-}" ] && docker_answers "$DOCKER_HOST"; then
  say "using the Docker engine at DOCKER_HOST=$DOCKER_HOST"
elif [ -n "$nodes" ]; then
  export SWARMNET_CLUSTER=demo
  bash scripts/cluster.sh up --nodes "$nodes"
  bash scripts/cluster.sh seed
  export "$(bash scripts/cluster.sh env)"
  SWARMNET_NODE_ENDPOINTS="$(bash scripts/cluster.sh node-endpoints)"
  export SWARMNET_NODE_ENDPOINTS
  # Connectivity probes run the image every node has (no registry here).
  export SWARMNET_PROBE_IMAGE="${SWARMNET_PROBE_IMAGE:-$(bash scripts/cluster.sh probe-image)}"
  say "$nodes-node swarm ready (node 1: $DOCKER_HOST); stop it with: npm run cluster -- down"
else
  [ -n "${DOCKER_HOST:-}" ] && say "DOCKER_HOST=$DOCKER_HOST does not answer: starting the sandbox engine instead"
  if ! bash scripts/sandbox.sh status 2>/dev/null && bash scripts/sandbox.sh busy-ports; then
    echo "A swarm engine already holds ports 2377/7946 here; point DOCKER_HOST at it, e.g." >&2
    echo "  DOCKER_HOST=unix:///var/run/docker.sock npm run demo" >&2
    echo "or run a swarm in network namespaces instead: npm run demo -- --nodes 3" >&2
    exit 1
  fi
  bash scripts/sandbox.sh up
  bash scripts/sandbox.sh seed
  export "$(bash scripts/sandbox.sh env)"
  export SWARMNET_PROBE_IMAGE="${SWARMNET_PROBE_IMAGE:-$(bash scripts/sandbox.sh probe-image)}"
  say "sandbox engine ready ($DOCKER_HOST); stop it with: npm run sandbox -- down"
fi

say "swarmnet: http://localhost:$PORT (sign in with a link printed below)"
exec node server.mjs -p "$PORT"
