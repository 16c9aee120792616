#!/usr/bin/env bash
# A private, throwaway Docker Engine for demos and tests.
#
# It never touches a system daemon: its own data root, exec root, unix socket
# and pidfile all live under $SWARMNET_SANDBOX_DIR (default /tmp/swarmnet-sandbox).
#
#   scripts/sandbox.sh up      start dockerd, init a one-node swarm, import the image (idempotent)
#   scripts/sandbox.sh seed    create the sample networks, services and container (idempotent)
#   scripts/sandbox.sh down    stop the daemon by its pidfile and remove its state
#   scripts/sandbox.sh env     print the DOCKER_HOST line for this sandbox
#   scripts/sandbox.sh status  exit 0 when the sandbox engine answers
#   scripts/sandbox.sh busy-ports  exit 0 when some engine already holds Swarm's ports here
set -euo pipefail

DIR="${SWARMNET_SANDBOX_DIR:-/tmp/swarmnet-sandbox}"
SOCK="$DIR/docker.sock"
PIDFILE="$DIR/dockerd.pid"
IMAGE="${SWARMNET_SANDBOX_IMAGE:-swarmnet/busybox:latest}"
# The Debian client matches the Debian engine; a newer client elsewhere on PATH also works.
DOCKER_BIN="$(command -v /usr/bin/docker || command -v docker || true)"

log() { printf '[sandbox] %s\n' "$*" >&2; }
dk() { "$DOCKER_BIN" -H "unix://$SOCK" "$@"; }

need_root() {
  if [ "$(id -u)" != 0 ]; then
    log "the sandbox engine needs root (dockerd creates bridges and namespaces); run as root or with sudo"
    exit 1
  fi
}

install_deps() {
  local missing=()
  command -v dockerd >/dev/null 2>&1 || missing+=(docker.io)
  [ -x /usr/bin/docker ] || missing+=(docker.io)
  [ -x /bin/busybox ] || missing+=(busybox-static)
  command -v ip >/dev/null 2>&1 || missing+=(iproute2)
  if [ ${#missing[@]} -gt 0 ]; then
    if ! command -v apt-get >/dev/null 2>&1; then
      log "missing: ${missing[*]}; install Docker Engine (dockerd) and a static busybox"
      exit 1
    fi
    log "installing ${missing[*]} with apt-get"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
  DOCKER_BIN="$(command -v /usr/bin/docker || command -v docker)"
}

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

import_image() {
  if dk image inspect "$IMAGE" >/dev/null 2>&1; then return 0; fi
  log "importing $IMAGE from busybox-static (no registry is reachable)"
  local root
  root="$(mktemp -d)"
  mkdir -p "$root/bin" "$root/tmp" "$root/etc" "$root/var/www"
  cp /bin/busybox "$root/bin/busybox"
  for app in sh ls cat echo sleep nc httpd wget nslookup ip ping ifconfig hostname env true timeout; do
    ln -s busybox "$root/bin/$app"
  done
  echo "swarmnet sandbox" >"$root/var/www/index.html"
  tar -C "$root" -c . | dk import -c 'CMD ["/bin/sh"]' -c 'ENV PATH=/bin' - "$IMAGE" >/dev/null
  rm -rf "$root"
}

up() {
  need_root
  install_deps
  start_daemon
  init_swarm
  import_image
  log "ready: DOCKER_HOST=unix://$SOCK"
}

has_network() { dk network inspect "$1" >/dev/null 2>&1; }
has_service() { dk service inspect "$1" >/dev/null 2>&1; }
new_network() { has_network "$1" || dk network create "$@" >/dev/null; }
new_service() {
  local name="$1"; shift
  has_service "$name" || dk service create --detach --quiet --no-resolve-image --name "$name" "$@" >/dev/null
}

# Sample state that exercises every view. Created one object at a time:
# a parallel burst stalls Swarm's bulk sync for ~30 s.
seed() {
  answers || { log "the sandbox engine is not running: scripts/sandbox.sh up"; exit 1; }
  log "seeding sample networks and services"
  new_network demo-frontend -d overlay --attachable --label tier=frontend
  new_network demo-secure -d overlay --opt encrypted --subnet 10.20.0.0/24 --gateway 10.20.0.1 \
    --opt com.docker.network.driver.mtu=1400 --label tier=backend
  new_network demo-internal -d overlay --internal
  new_network demo-tools -d overlay --attachable --subnet 10.30.0.0/24
  new_service web --network demo-frontend --network demo-secure --publish 8080:80 \
    "$IMAGE" httpd -f -p 80 -h /var/www
  new_service resolver --endpoint-mode dnsrr --replicas 2 --network demo-frontend \
    "$IMAGE" sleep 1d
  new_service syslog --network demo-internal \
    --publish published=5514,target=514,protocol=udp,mode=host \
    "$IMAGE" sleep 1d
  new_service agent --mode global --network demo-internal "$IMAGE" sleep 1d
  if ! dk container inspect demo-toolbox >/dev/null 2>&1; then
    dk run -d --name demo-toolbox --network demo-tools "$IMAGE" sleep 1d >/dev/null
  fi
  wait_running
  log "seeded"
}

# Wait until every seeded task runs, so the first page view is complete.
wait_running() {
  for _ in $(seq 1 100); do
    local pending
    pending="$(dk service ls --format '{{.Replicas}}' | awk -F/ '$1 != $2' | wc -l)"
    [ "$pending" = 0 ] && return 0
    sleep 0.3
  done
  log "some services did not reach their replica count:"
  dk service ls >&2
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

# Swarm's ports: a second swarm engine in the same network namespace cannot take them.
busy_ports() { ss -Hltn 2>/dev/null | awk '{print $4}' | grep -Eq ':(2377|7946)$'; }

case "${1:-}" in
  up) up ;;
  seed) seed ;;
  down) down ;;
  env) echo "DOCKER_HOST=unix://$SOCK" ;;
  status) answers ;;
  busy-ports) busy_ports ;;
  *) echo "usage: $0 up|seed|down|env|status|busy-ports" >&2; exit 2 ;;
esac
