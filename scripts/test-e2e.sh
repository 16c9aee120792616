#!/usr/bin/env bash
# Engine tests and Playwright end-to-end tests against a throwaway sandbox engine.
# SWARMNET_KEEP_ENGINE=1 leaves the engine running afterwards (for reruns).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

# Its own state dir: the demo sandbox, if running, is left alone.
export SWARMNET_SANDBOX_DIR="${SWARMNET_TEST_SANDBOX_DIR:-/tmp/swarmnet-test-engine}"
export SWARMNET_TEST_DOCKER_HOST="unix://$SWARMNET_SANDBOX_DIR/docker.sock"

ensure_node_modules
ensure_chromium

if ! bash scripts/sandbox.sh status 2>/dev/null && bash scripts/sandbox.sh busy-ports; then
  echo "Another swarm engine already listens on 2377/7946 in this network namespace (a demo sandbox?)." >&2
  echo "Stop it first (npm run sandbox -- down), or run the tests on another machine." >&2
  exit 1
fi

cleanup() {
  if [ "${SWARMNET_KEEP_ENGINE:-0}" != 1 ]; then bash scripts/sandbox.sh down || true; fi
}
trap cleanup EXIT

say "sandbox engine for tests at $SWARMNET_TEST_DOCKER_HOST"
bash scripts/sandbox.sh up
bash scripts/sandbox.sh seed

say "engine tests (vitest, *.engine.test.ts)"
./node_modules/.bin/vitest run engine.test

ensure_build
say "end-to-end tests (Playwright, system Chromium)"
./node_modules/.bin/playwright test "$@"
