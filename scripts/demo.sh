#!/usr/bin/env bash
# npm run demo: install, build, find a Docker engine (DOCKER_HOST if it answers,
# otherwise a private sandbox engine with sample state), serve on $PORT (3000).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

PORT="${PORT:-3000}"
ensure_node_modules
ensure_build

docker_answers() {
  local cli
  cli="$(command -v /usr/bin/docker || command -v docker || true)"
  [ -n "$cli" ] && timeout 5 "$cli" -H "$1" version --format '{{.Server.Version}}' >/dev/null 2>&1
}

if [ -n "${DOCKER_HOST:-}" ] && docker_answers "$DOCKER_HOST"; then
  say "using the Docker engine at DOCKER_HOST=$DOCKER_HOST"
else
  [ -n "${DOCKER_HOST:-}" ] && say "DOCKER_HOST=$DOCKER_HOST does not answer: starting the sandbox engine instead"
  if ! bash scripts/sandbox.sh status 2>/dev/null && bash scripts/sandbox.sh busy-ports; then
    echo "A swarm engine already holds ports 2377/7946 here; point DOCKER_HOST at it, e.g." >&2
    echo "  DOCKER_HOST=unix:///var/run/docker.sock npm run demo" >&2
    exit 1
  fi
  bash scripts/sandbox.sh up
  bash scripts/sandbox.sh seed
  export "$(bash scripts/sandbox.sh env)"
  say "sandbox engine ready ($DOCKER_HOST); stop it with: npm run sandbox -- down"
fi

say "swarmnet: http://localhost:$PORT"
exec ./node_modules/.bin/next start -p "$PORT"
