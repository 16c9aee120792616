#!/usr/bin/env bash
# A private, throwaway Docker Engine for demos and tests.
#
# It never touches a system daemon: its own data root, exec root, unix socket
# and pidfile all live under $SWARMNET_SANDBOX_DIR (default /tmp/swarmnet-sandbox).
#
#   scripts/sandbox.sh up      start dockerd, init a one-node swarm, import the image (idempotent)
#   scripts/sandbox.sh seed    create the sample networks, services and container (idempotent)
#   scripts/sandbox.sh down    stop the daemon by its pidfile and remove its state
#   scripts/sandbox.sh restart-daemon  kill dockerd (SIGKILL, like a crash) and start it again on the same state
#   scripts/sandbox.sh env     print the DOCKER_HOST line for this sandbox
#   scripts/sandbox.sh status  exit 0 when the sandbox engine answers
#   scripts/sandbox.sh busy-ports  exit 0 when some engine already holds Swarm's ports here
set -euo pipefail

DIR="${SWARMNET_SANDBOX_DIR:-/tmp/swarmnet-sandbox}"
SOCK="$DIR/docker.sock"
PIDFILE="$DIR/dockerd.pid"
source "$(dirname "$0")/engine-lib.sh"
dk() { "$DOCKER_BIN" -H "unix://$SOCK" "$@"; }

answers() { [ -S "$SOCK" ] && dk version --format '{{.Server.Version}}' >/dev/null 2>&1; }

start_daemon() {
  if answers; then return 0; fi
  mkdir -p "$DIR/data" "$DIR/exec"
  rm -f "$SOCK" "$PIDFILE"
  log "starting dockerd at unix://$SOCK"
  # setsid: the daemon outlives the shell that started it (npm run demo, CI steps).
  setsid dockerd \
    --data-root "$DIR/data" \
    --exec-root "$DIR/exec" \
    --pidfile "$PIDFILE" \
    -H "unix://$SOCK" \
    --bridge none \
    --log-level warn \
    >"$DIR/dockerd.log" 2>&1 </dev/null &
  for _ in $(seq 1 150); do
    if answers; then return 0; fi
    sleep 0.2
  done
  log "dockerd did not answer within 30 s; its log:"
  tail -n 30 "$DIR/dockerd.log" >&2 || true
  exit 1
}

init_swarm() {
  local state
  state="$(dk info --format '{{.Swarm.LocalNodeState}}')"
  if [ "$state" != active ]; then
    log "initialising a one-node swarm"
    dk swarm init --advertise-addr 127.0.0.1 >/dev/null
  fi
}

up() {
  need_root
  install_deps
  start_daemon
  init_swarm
  import_image
  log "ready: DOCKER_HOST=unix://$SOCK"
}

seed() {
  answers || { log "the sandbox engine is not running: scripts/sandbox.sh up"; exit 1; }
  seed_sample_state
}

down() {
  if [ -f "$PIDFILE" ]; then
    local pid
    pid="$(cat "$PIDFILE")"
    if kill -0 "$pid" 2>/dev/null; then
      log "stopping dockerd (pid $pid)"
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
      kill -9 "$pid" 2>/dev/null || true
    fi
  fi
  # Containers' mounts under the data/exec roots must go before the files can.
  if [ -d "$DIR" ]; then
    awk -v d="$DIR/" 'index($2, d) == 1 {print $2}' /proc/mounts | sort -r | while read -r m; do
      umount -l "$m" 2>/dev/null || true
    done
    rm -rf "$DIR"
  fi
  log "stopped and removed $DIR"
}

kill_and_start() {
  local pid
  pid="$(cat "$PIDFILE")"
  log "killing dockerd (pid $pid)"
  kill -9 "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do alive "$pid" || break; sleep 0.1; done
  stop_managed_containerd "$DIR/exec"
  start_daemon
}

restart_daemon() {
  need_root
  [ -f "$PIDFILE" ] || { log "no pidfile at $PIDFILE: is the sandbox up?"; exit 1; }
  restart_keeping_standalone kill_and_start
}

# Swarm's ports: a second swarm engine in the same network namespace cannot take them.
busy_ports() { ss -Hltn 2>/dev/null | awk '{print $4}' | grep -Eq ':(2377|7946)$'; }

case "${1:-}" in
  up) up ;;
  seed) seed ;;
  down) down ;;
  restart-daemon) restart_daemon ;;
  env) echo "DOCKER_HOST=unix://$SOCK" ;;
  # The imported image (no registry): the dashboard's SWARMNET_PROBE_IMAGE.
  probe-image) echo "$IMAGE" ;;
  status) answers ;;
  busy-ports) busy_ports ;;
  *) echo "usage: $0 up|seed|down|restart-daemon|env|probe-image|status|busy-ports" >&2; exit 2 ;;
esac
