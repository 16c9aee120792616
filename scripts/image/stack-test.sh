#!/usr/bin/env bash
# deploy/stack.yml on a scripts/cluster.sh swarm, as the README's "Deploy on a swarm" does
# it, for e2e/deploy.spec.ts:
#   scripts/image/stack-test.sh up     images on every manager, secrets, stack deploy, wait
#   scripts/image/stack-test.sh down   remove the stack and its secrets
# `up` prints one JSON line: { urls: [one per manager], admin, viewer }.
# The cluster's name and /24 come from SWARMNET_CLUSTER / SWARMNET_CLUSTER_NET, as for
# scripts/cluster.sh. The proxy refuses service updates here (SWARMNET_PROXY_SERVICES_WRITE=0)
# so that the test sees a refusal; network writes stay allowed.
set -euo pipefail
cd "$(dirname "$0")/../.."

CLUSTER=scripts/cluster.sh
NET="${SWARMNET_CLUSTER_NET:-10.77.0}"
STACK=swarmnet
PORT="${SWARMNET_STACK_TEST_PORT:-9380}"
# Test tokens (the secrets' contents): 32+ characters, as the server demands.
ADMIN=stack-test-admin-token-6d1f0c9a2b7e4413
VIEWER=stack-test-viewer-token-a83e5c27f90b1d64
log() { echo "[stack-test] $*" >&2; }
dk() { bash "$CLUSTER" docker 1 "$@"; }

manager_numbers() {
  local n i
  n="$(bash "$CLUSTER" node-endpoints | tr ',' '\n' | wc -l)"
  for i in $(seq 1 "$n"); do
    [ "$(bash "$CLUSTER" docker "$i" info --format '{{.Swarm.ControlAvailable}}')" = true ] && echo "$i"
  done
}

socket_of() { bash "$CLUSTER" node-endpoints | tr ',' '\n' | sed -n "${1}p" | sed 's#.*=unix://##'; }

up() {
  local managers=() sockets=() i
  mapfile -t managers < <(manager_numbers)
  for i in "${managers[@]}"; do sockets+=("$(socket_of "$i")"); done
  log "images on managers ${managers[*]}"
  SWARMNET_IMAGE_PROXY_BIND="$NET.1" bash scripts/image/build.sh "${sockets[@]}"

  # The README's three commands: secrets, deploy, open.
  dk secret inspect swarmnet_admin_token >/dev/null 2>&1 ||
    printf %s "$ADMIN" | dk secret create swarmnet_admin_token - >/dev/null
  dk secret inspect swarmnet_viewer_token >/dev/null 2>&1 ||
    printf %s "$VIEWER" | dk secret create swarmnet_viewer_token - >/dev/null
  SWARMNET_IMAGE=swarmnet/swarmnet:test \
    SWARMNET_PROXY_IMAGE=swarmnet/socket-proxy:test \
    SWARMNET_DOCKER_SOCKET="$(bash "$CLUSTER" node-socket)" \
    SWARMNET_PORT="$PORT" \
    SWARMNET_PROXY_SERVICES_WRITE=0 \
    dk stack deploy --resolve-image never -c deploy/stack.yml "$STACK" >&2

  local urls=() ip ok
  for i in "${managers[@]}"; do urls+=("http://$NET.$((10 + i)):$PORT"); done
  log "waiting for ${urls[*]}"
  for _ in $(seq 1 120); do
    ok=0
    for u in "${urls[@]}"; do
      curl -fsS -m 3 "$u/api/health" 2>/dev/null | grep -q '"reachable":true' && ok=$((ok + 1))
    done
    [ "$ok" = "${#urls[@]}" ] && break
    sleep 1
  done
  if [ "$ok" != "${#urls[@]}" ]; then
    log "the stack did not answer on every manager:"
    dk service ps --no-trunc "${STACK}_swarmnet" "${STACK}_proxy" >&2 || true
    dk service logs --raw "${STACK}_swarmnet" 2>&1 | tail -n 20 >&2 || true
    exit 1
  fi
  ip=$(printf '"%s",' "${urls[@]}")
  printf '{"urls":[%s],"admin":"%s","viewer":"%s","stack":"%s"}\n' "${ip%,}" "$ADMIN" "$VIEWER" "$STACK"
}

down() {
  dk stack rm "$STACK" >/dev/null 2>&1 || true
  # Secrets in use cannot go until the tasks have stopped.
  for _ in $(seq 1 30); do
    [ -z "$(dk ps -q -f "label=com.docker.stack.namespace=$STACK")" ] && break
    sleep 1
  done
  for _ in $(seq 1 20); do
    dk secret rm swarmnet_admin_token swarmnet_viewer_token >/dev/null 2>&1 && break
    dk secret inspect swarmnet_admin_token >/dev/null 2>&1 || break
    sleep 1
  done
  for _ in $(seq 1 20); do
    [ -z "$(dk network ls -q -f "label=com.docker.stack.namespace=$STACK")" ] && break
    dk network rm $(dk network ls -q -f "label=com.docker.stack.namespace=$STACK") >/dev/null 2>&1 || sleep 1
  done
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  *) echo "usage: $0 up|down" >&2; exit 2 ;;
esac
