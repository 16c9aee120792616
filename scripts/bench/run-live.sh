#!/usr/bin/env bash
# The live benchmark in one command, against any built checkout (npm ci + next build done):
#
#   bash scripts/bench/run-live.sh <checkout> [label] [services] [networks] [live.mjs options…]
#   bash scripts/bench/run-live.sh /work/main after               # 1000 services / 300 overlays
#   bash scripts/bench/run-live.sh /work/main after 300 100       # the issue's 300 / 100
#
# Starts the sandbox engine if it is not running, seeds it to the size asked for
# (idempotent: a no-op when it already is), then runs scripts/bench/live.mjs.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
app="${1:?usage: run-live.sh <built checkout> [label] [services] [networks] [live.mjs options]}"
label="${2:-run}"
services="${3:-1000}"
networks="${4:-300}"
shift $(($# < 4 ? $# : 4))
bash "$here/../sandbox.sh" status 2>/dev/null || bash "$here/../sandbox.sh" up
node "$here/seed-scale.mjs" --services "$services" --networks "$networks"
exec node "$here/live.mjs" --app "$app" --label "$label" "$@"
