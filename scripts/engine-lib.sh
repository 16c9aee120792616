# shellcheck shell=bash
# Shared by sandbox.sh (one engine) and cluster.sh (several engines in network
# namespaces): dependencies, the busybox image, and the sample state.
# The caller defines dk() (the docker CLI against its engine) before seeding.

IMAGE="${SWARMNET_SANDBOX_IMAGE:-swarmnet/busybox:latest}"
# The Debian client matches the Debian engine; a newer client elsewhere on PATH also works.
DOCKER_BIN="$(command -v /usr/bin/docker || command -v docker || true)"

log() { printf '[%s] %s\n' "${LOG_TAG:-sandbox}" "$*" >&2; }

need_root() {
  if [ "$(id -u)" != 0 ]; then
    log "the sandbox engines need root (dockerd creates bridges and namespaces); run as root or with sudo"
    exit 1
  fi
}

install_deps() {
  local missing=()
  command -v dockerd >/dev/null 2>&1 || missing+=(docker.io)
  [ -x /usr/bin/docker ] || missing+=(docker.io)
  [ -x /bin/busybox ] || missing+=(busybox-static)
  command -v ip >/dev/null 2>&1 || missing+=(iproute2)
  command -v ss >/dev/null 2>&1 || missing+=(iproute2)
  if [ ${#missing[@]} -gt 0 ]; then
    if ! command -v apt-get >/dev/null 2>&1; then
      log "missing: ${missing[*]}; install Docker Engine (dockerd), iproute2 and a static busybox"
      exit 1
    fi
    log "installing ${missing[*]} with apt-get"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
  DOCKER_BIN="$(command -v /usr/bin/docker || command -v docker)"
}

# Writes a tar of a tiny busybox root filesystem to stdout (no registry is reachable).
image_rootfs_tar() {
  local root
  root="$(mktemp -d)"
  mkdir -p "$root/bin" "$root/tmp" "$root/etc" "$root/var/www"
  cp /bin/busybox "$root/bin/busybox"
  for app in sh ls cat echo sleep nc httpd wget nslookup ip ping ifconfig hostname env true timeout; do
    ln -s busybox "$root/bin/$app"
  done
  echo "swarmnet sandbox" >"$root/var/www/index.html"
  tar -C "$root" -c .
  rm -rf "$root"
}

import_image() {
  if dk image inspect "$IMAGE" >/dev/null 2>&1; then return 0; fi
  log "importing $IMAGE from busybox-static"
  image_rootfs_tar | dk import -c 'CMD ["/bin/sh"]' -c 'ENV PATH=/bin' - "$IMAGE" >/dev/null
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
seed_sample_state() {
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

# Wait until every service runs its tasks, so the first page view is complete.
wait_running() {
  for _ in $(seq 1 150); do
    local pending
    pending="$(dk service ls --format '{{.Replicas}}' | awk -F/ '$1 != $2' | wc -l)"
    [ "$pending" = 0 ] && return 0
    sleep 0.3
  done
  log "some services did not reach their replica count:"
  dk service ls >&2
}

# Alive and not a zombie: PID 1 reaps orphans slowly here, so zombies count as gone.
alive() { [ -r "/proc/$1/stat" ] && [ "$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null)" != Z ]; }

# dockerd's own containerd outlives a killed dockerd. A restarted dockerd trusts the pid in
# containerd.pid, and a zombie (slow reaping here) looks alive to it: it then waits forever
# for a socket nobody serves. So stop that containerd and drop the pidfile; the new one
# reattaches to the running containers' shims.
stop_managed_containerd() {
  local pidfile="$1/containerd/containerd.pid" pid
  [ -f "$pidfile" ] || return 0
  pid="$(cat "$pidfile")"
  kill -9 "$pid" 2>/dev/null || true
  for _ in $(seq 1 50); do alive "$pid" || break; sleep 0.1; done
  rm -f "$pidfile"
}

# A crash and a restart on the same state (live-update tests): "$@" kills and starts the
# engine; then wait for the swarm manager and start the standalone containers again
# (Swarm restarts its own tasks; demo-toolbox needs a start).
restart_keeping_standalone() {
  local standalone
  standalone="$(dk ps -q --filter is-task=false 2>/dev/null || true)"
  "$@"
  for _ in $(seq 1 150); do
    # Back in the swarm; a manager must also answer manager calls (raft caught up).
    if [ "$(dk info --format '{{.Swarm.LocalNodeState}} {{.Swarm.ControlAvailable}}' 2>/dev/null)" = "active false" ] ||
      dk node ls >/dev/null 2>&1; then
      # An attachable overlay takes a moment to be usable again after a restart: retry.
      for _ in $(seq 1 20); do
        # shellcheck disable=SC2086
        [ -z "$standalone" ] || dk start $standalone >/dev/null 2>&1 && break
        sleep 0.5
      done
      log "the engine is back"
      return 0
    fi
    sleep 0.2
  done
  log "the engine restarted but the swarm manager does not answer yet"
}
