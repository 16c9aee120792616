#!/usr/bin/env bash
# A real multi-node swarm on one machine: N Docker engines, each in its own
# network namespace and mount namespace, on a private bridge with no route out.
#
#   scripts/cluster.sh up [--nodes N]   start N engines (default 3), init + join the swarm, load the image
#   scripts/cluster.sh seed             create the sample networks, services and container
#   scripts/cluster.sh down             remove every namespace, mount, bridge and process it created (safe twice)
#   scripts/cluster.sh env              the DOCKER_HOST of node 1 (the manager the dashboard talks to)
#   scripts/cluster.sh node-endpoints   hostname=unix://socket for every node (SWARMNET_NODE_ENDPOINTS)
#   scripts/cluster.sh status           exit 0 when node 1 answers
#   scripts/cluster.sh restart-node I   kill node I's dockerd (like a crash) and start it again on its state
#   scripts/cluster.sh restart-nodes    restart every node, one after the other
#   scripts/cluster.sh stop-node I      kill node I's dockerd and leave it down (a failed node)
#   scripts/cluster.sh docker I ARGS…   the docker CLI against node I
#   scripts/cluster.sh check-overlay    ping between tasks on node 1 and every other node over an overlay
#
# Several clusters can coexist: SWARMNET_CLUSTER names one (default "demo") and
# SWARMNET_CLUSTER_NET picks its /24 (default 10.77.0; npm test uses "test" on 10.78.0).
# Facts and pitfalls: ../shared/notes/multi-node-swarm-on-one-machine.md.
set -euo pipefail
LOG_TAG=cluster
source "$(dirname "$0")/engine-lib.sh"

NAME="${SWARMNET_CLUSTER:-demo}"
NET="${SWARMNET_CLUSTER_NET:-10.77.0}"
# A second network for VXLAN data traffic, on every node's eth1. Nodes 2..N send data
# traffic there (--data-path-addr on its own interface, as the seed notes recommend);
# node 1 keeps control and data on eth0, so the dashboard has one node to flag.
DATA_NET="${NET%.*}.100"
# Docker's default data path port (cluster.sh does not change it at init).
VXLAN_PORT=4789
DIR="${SWARMNET_CLUSTER_DIR:-/tmp/swarmnet-cluster-$NAME}"
# Interface names are limited to 15 characters.
TAG="sn${NAME:0:6}"
SWITCH="${TAG}sw"  # the namespace that holds the bridge
BRIDGE="br0"
DATA_BRIDGE="br1"
UPLINK="${TAG}up"  # host side of the host's own port on the switch
CGROUP="swarmnet-$NAME"
# Where each node's engine also listens, the same path on every node (SWARMNET_DOCKER_SOCKET
# for deploy/stack.yml); /run/docker is bind-mounted per node, so the nodes do not share it.
NODE_SOCKET=/run/docker/engine.sock

node_ns() { echo "${TAG}n$1"; }
node_ip() { echo "$NET.$((10 + $1))"; }
node_eth1_ip() { echo "$DATA_NET.$((10 + $1))"; }
node_data_ip() { if [ "$1" = 1 ]; then node_ip 1; else node_eth1_ip "$1"; fi; }
node_dir() { echo "$DIR/node$1"; }
node_sock() { echo "$(node_dir "$1")/docker.sock"; }
dkn() { local i="$1"; shift; "$DOCKER_BIN" -H "unix://$(node_sock "$i")" "$@"; }
# The node that dk() talks to: node 1 (the dashboard's manager) unless a command picks another.
DK_NODE=1
dk() { dkn "$DK_NODE" "$@"; }
node_count() { cat "$DIR/nodes" 2>/dev/null || echo 0; }
answers() { [ -S "$(node_sock "$1")" ] && dkn "$1" version --format '{{.Server.Version}}' >/dev/null 2>&1; }

# The bridge lives in its own "switch" namespace: bridged frames then meet that
# namespace's empty firewall, not the host's (where a Docker engine may have set
# FORWARD to DROP). The host gets one port on the switch, so the dashboard and its
# firewall probe reach the nodes; the nodes get no default route, so nothing leaves.
setup_bridge() {
  [ -d /run/netns ] || { mkdir -p /run/netns; touch "$DIR/created-run-netns"; }
  ip netns list | grep -qw "^$SWITCH" && return 0
  ip netns add "$SWITCH"
  ip -n "$SWITCH" link add "$BRIDGE" type bridge
  ip -n "$SWITCH" link set "$BRIDGE" up
  ip -n "$SWITCH" link add "$DATA_BRIDGE" type bridge
  ip -n "$SWITCH" link set "$DATA_BRIDGE" up
  ip -n "$SWITCH" link set lo up
  ip link add "$UPLINK" type veth peer name uplink netns "$SWITCH"
  ip -n "$SWITCH" link set uplink master "$BRIDGE" up
  ip addr add "$NET.1/24" dev "$UPLINK"
  ip link set "$UPLINK" up
}

setup_node_net() {
  local i="$1" ns veth
  ns="$(node_ns "$i")"
  veth="${TAG}v$i"
  ip netns list | grep -qw "^$ns" && return 0
  ip netns add "$ns"
  ip -n "$SWITCH" link add "$veth" type veth peer name eth0 netns "$ns"
  ip -n "$SWITCH" link set "$veth" master "$BRIDGE" up
  ip -n "$ns" addr add "$(node_ip "$i")/24" dev eth0
  ip -n "$ns" link set eth0 up
  ip -n "$SWITCH" link add "${veth}d" type veth peer name eth1 netns "$ns"
  ip -n "$SWITCH" link set "${veth}d" master "$DATA_BRIDGE" up
  ip -n "$ns" addr add "$(node_eth1_ip "$i")/24" dev eth1
  ip -n "$ns" link set eth1 up
  ip -n "$ns" link set lo up
  route_vxlan_from_data_addr "$i"
}

# Docker's VXLAN devices have no local address, so the kernel picks the outer source by
# route: the address of whichever interface reaches the peer. Their FDB is static and they
# learn: a frame whose outer source is not the address the FDB holds for its MAC (the
# sender's --data-path-addr) is dropped (kfree_skb reason VXLAN_ENTRY_EXISTS). Node 1 would
# send from 10.x.100.11 (eth1) to the others and they to it from their eth0 address, so
# nothing passed between node 1 and the rest. A rule for the data path port alone makes every
# node's VXLAN leave from its own data-path address, out of whichever interface reaches the
# peer; control traffic (raft, gossip) keeps the main table and its advertise address.
route_vxlan_from_data_addr() {
  local i="$1" ns data
  ns="$(node_ns "$i")"
  data="$(node_data_ip "$i")"
  ip -n "$ns" rule add ipproto udp dport "$VXLAN_PORT" lookup "$VXLAN_PORT"
  ip -n "$ns" route add "$NET.0/24" dev eth0 src "$data" table "$VXLAN_PORT"
  ip -n "$ns" route add "$DATA_NET.0/24" dev eth1 src "$data" table "$VXLAN_PORT"
}

# Runs inside the node's namespaces (ip netns exec gives a new mount namespace).
write_node_start() {
  local i="$1" d
  d="$(node_dir "$i")"
  mkdir -p "$d/data" "$d/exec" "$d/etc-docker" "$d/run-docker" "$d/run-containerd"
  mkdir -p /etc/docker /run/docker /run/containerd
  {
    echo '#!/usr/bin/env bash'
    echo 'set -e'
    echo "# Its own UTS namespace (unshare --uts): each node reports its own hostname."
    echo "hostname $NAME-node$i"
    echo '# ip netns exec remounted /sys and lost the cgroup mounts: put the host'"'"'s back.'
    grep -E '^\S+ /sys/fs/cgroup(/\S*)? (tmpfs|cgroup2?) ' /proc/mounts | while read -r src target type opts _; do
      echo "mkdir -p $target; mount -t $type -o $opts $src $target"
    done
    echo '# Per-node identity and runtime state: each engine its own /etc/docker, /run/docker, /run/containerd.'
    echo "mount --bind $d/etc-docker /etc/docker"
    echo "mount --bind $d/run-docker /run/docker"
    echo "mount --bind $d/run-containerd /run/containerd"
    echo "# A second socket at one path on every node (inside its own /run/docker), for containers"
    echo "# that mount the engine's socket, as deploy/stack.yml's socket proxy does."
    echo "exec dockerd --data-root $d/data --exec-root $d/exec --pidfile $d/dockerd.pid \\"
    echo "  -H unix://$d/docker.sock -H unix://$NODE_SOCKET --cgroup-parent /$CGROUP/node$i --log-level warn"
  } >"$d/start.sh"
}

start_node() {
  local i="$1" d
  d="$(node_dir "$i")"
  answers "$i" && return 0
  rm -f "$d/docker.sock" "$d/dockerd.pid"
  setsid ip netns exec "$(node_ns "$i")" unshare --uts bash "$d/start.sh" >"$d/dockerd.log" 2>&1 </dev/null &
}

wait_node() {
  local i="$1"
  for _ in $(seq 1 150); do
    answers "$i" && return 0
    sleep 0.2
  done
  log "node $i did not answer within 30 s; its log:"
  tail -n 20 "$(node_dir "$i")/dockerd.log" >&2 || true
  exit 1
}

join_swarm() {
  local n="$1" ip1 worker manager
  ip1="$(node_ip 1)"
  local data
  if [ "$(dk info --format '{{.Swarm.LocalNodeState}}')" != active ]; then
    log "node 1 ($ip1) initialises the swarm"
    dk swarm init --advertise-addr "$ip1" --data-path-addr "$ip1" --listen-addr "$ip1:2377" >/dev/null
  fi
  worker="$(dk swarm join-token -q worker)"
  manager="$(dk swarm join-token -q manager)"
  for i in $(seq 2 "$n"); do
    [ "$(dkn "$i" info --format '{{.Swarm.LocalNodeState}}')" = active ] && continue
    local token="$worker" role=worker ip
    # Node 2 is a second manager, the rest are workers.
    [ "$i" = 2 ] && { token="$manager"; role=manager; }
    ip="$(node_ip "$i")"
    data="$(node_data_ip "$i")"
    log "node $i ($ip, data path $data) joins as $role"
    dkn "$i" swarm join --token "$token" --advertise-addr "$ip" --data-path-addr "$data" \
      --listen-addr "$ip:2377" "$ip1:2377" >/dev/null
  done
}

load_image() {
  local n="$1"
  import_image
  for i in $(seq 2 "$n"); do
    dkn "$i" image inspect "$IMAGE" >/dev/null 2>&1 || dk save "$IMAGE" | dkn "$i" load -q >/dev/null
  done
}

wait_ready() {
  local n="$1"
  for _ in $(seq 1 150); do
    [ "$(dk node ls --format '{{.Status}}' | grep -c Ready)" -ge "$n" ] && return 0
    sleep 0.2
  done
  log "not every node became Ready:"
  dk node ls >&2
  exit 1
}

up() {
  local n=3
  while [ $# -gt 0 ]; do
    case "$1" in
      --nodes) n="$2"; shift 2 ;;
      *) echo "unknown option $1" >&2; exit 2 ;;
    esac
  done
  need_root
  install_deps
  mkdir -p "$DIR"
  if [ "$(node_count)" != 0 ] && [ "$(node_count)" != "$n" ]; then
    log "a $(node_count)-node cluster \"$NAME\" exists: scripts/cluster.sh down first"
    exit 1
  fi
  echo "$n" >"$DIR/nodes"
  local start=$SECONDS
  setup_bridge
  for i in $(seq 1 "$n"); do
    setup_node_net "$i"
    write_node_start "$i"
    start_node "$i"
  done
  for i in $(seq 1 "$n"); do wait_node "$i"; done
  join_swarm "$n"
  load_image "$n"
  wait_ready "$n"
  log "ready: $n nodes on $NET.0/24 in $((SECONDS - start)) s; DOCKER_HOST=unix://$(node_sock 1)"
}

seed() {
  answers 1 || { log "the cluster is not running: scripts/cluster.sh up"; exit 1; }
  seed_sample_state
}

kill_node_daemon() {
  local i="$1" pidfile pid
  pidfile="$(node_dir "$i")/dockerd.pid"
  [ -f "$pidfile" ] || return 0
  pid="$(cat "$pidfile")"
  kill -9 "$pid" 2>/dev/null || true
  for _ in $(seq 1 50); do alive "$pid" || break; sleep 0.1; done
}

# Every process of a node (dockerd, containerd, shims, containers) lives under its
# cgroup parent: kill them all by cgroup, not by name.
kill_cgroup() {
  local procs
  for controller in /sys/fs/cgroup/pids /sys/fs/cgroup/memory /sys/fs/cgroup/unified; do
    [ -d "$controller/$CGROUP" ] || continue
    procs="$(find "$controller/$CGROUP" -name cgroup.procs -exec cat {} + 2>/dev/null || true)"
    [ -n "$procs" ] && kill -9 $procs 2>/dev/null || true
  done
}

remove_cgroups() {
  for controller in /sys/fs/cgroup/*; do
    [ -d "$controller/$CGROUP" ] || continue
    find "$controller/$CGROUP" -depth -type d -exec rmdir {} \; 2>/dev/null || true
  done
}

down() {
  local n
  n="$(node_count)"
  for i in $(seq 1 "$n"); do kill_node_daemon "$i"; done
  # dockerd's own children (containerd) are in the node's mount namespace, outside the cgroup parent.
  for i in $(seq 1 "$n"); do
    local ns
    ns="$(node_ns "$i")"
    if ip netns list | grep -qw "^$ns"; then
      local pids
      pids="$(ip netns pids "$ns" 2>/dev/null || true)"
      [ -n "$pids" ] && kill -9 $pids 2>/dev/null || true
    fi
  done
  kill_cgroup
  sleep 0.3
  remove_cgroups
  for i in $(seq 1 "$n"); do
    ip netns del "$(node_ns "$i")" 2>/dev/null || true
  done
  ip link del "$UPLINK" 2>/dev/null || true
  ip netns del "$SWITCH" 2>/dev/null || true
  if [ -f "$DIR/created-run-netns" ] && [ -d /run/netns ] && [ -z "$(ls -A /run/netns)" ]; then
    umount /run/netns 2>/dev/null || true
    rmdir /run/netns 2>/dev/null || true
  fi
  if [ -d "$DIR" ]; then
    awk -v d="$DIR/" 'index($2, d) == 1 {print $2}' /proc/mounts | sort -r | while read -r m; do
      umount -l "$m" 2>/dev/null || true
    done
    rm -rf "$DIR"
  fi
  log "cluster \"$NAME\" removed"
}

kill_and_start_node() {
  kill_node_daemon "$1"
  stop_managed_containerd "$(node_dir "$1")/exec"
  start_node "$1"
  wait_node "$1"
}

restart_node() {
  DK_NODE="$1"
  restart_keeping_standalone kill_and_start_node "$1"
}

# Overlay (VXLAN) traffic between tasks on every pair of nodes, both ways: a throwaway
# attachable overlay, one container on each node, one ping each way per pair (retried while
# the peers' addresses spread by gossip). Exit 1 when a pair does not pass.
CHECK_NET=swarmnet-check-overlay
# Its own subnet, outside the default pool (10.0.0.0/8): Swarm hands out pool subnets in turn,
# so a pool subnet taken here would shift those of networks created later (the seed's).
CHECK_SUBNET=192.168.254.0/24
check_overlay_cleanup() {
  for i in $(seq 1 "$(node_count)"); do dkn "$i" rm -f "$CHECK_NET-$i" >/dev/null 2>&1 || true; done
  for _ in $(seq 1 50); do
    has_network "$CHECK_NET" || return 0
    dk network rm "$CHECK_NET" >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  log "could not remove $CHECK_NET"
}

check_overlay_ping() {
  local from="$1" to="$2" addr="$3"
  for _ in $(seq 1 10); do
    dkn "$from" exec "$CHECK_NET-$from" ping -c 1 -W 1 "$addr" >/dev/null 2>&1 && return 0
    sleep 0.3
  done
  return 1
}

check_overlay() {
  answers 1 || { log "the cluster is not running: scripts/cluster.sh up"; exit 1; }
  local n failed=0 addr=()
  n="$(node_count)"
  check_overlay_cleanup
  trap check_overlay_cleanup EXIT
  dk network create -d overlay --attachable --subnet "$CHECK_SUBNET" "$CHECK_NET" >/dev/null
  for i in $(seq 1 "$n"); do
    dkn "$i" run -d --name "$CHECK_NET-$i" --network "$CHECK_NET" "$IMAGE" sleep 300 >/dev/null
    addr[i]="$(dkn "$i" inspect -f "{{(index .NetworkSettings.Networks \"$CHECK_NET\").IPAddress}}" "$CHECK_NET-$i")"
  done
  for a in $(seq 1 "$n"); do
    for b in $(seq 1 "$n"); do
      [ "$a" = "$b" ] && continue
      if check_overlay_ping "$a" "$b" "${addr[b]}"; then
        log "overlay: node $a ($(node_data_ip "$a")) -> node $b ${addr[b]} ($(node_data_ip "$b")) ok"
      else
        log "overlay: node $a ($(node_data_ip "$a")) -> node $b ${addr[b]} ($(node_data_ip "$b")) FAILED"
        failed=1
      fi
    done
  done
  return "$failed"
}

case "${1:-}" in
  up) shift; up "$@" ;;
  seed) seed ;;
  down) down ;;
  env) echo "DOCKER_HOST=unix://$(node_sock 1)" ;;
  # The image every node has (imported, no registry): the dashboard's SWARMNET_PROBE_IMAGE.
  probe-image) echo "$IMAGE" ;;
  node-socket) echo "$NODE_SOCKET" ;;
  node-endpoints)
    # For SWARMNET_NODE_ENDPOINTS: hostname=socket of every node.
    n="$(node_count)"
    for i in $(seq 1 "$n"); do printf '%s%s-node%s=unix://%s' "$([ "$i" = 1 ] || echo ,)" "$NAME" "$i" "$(node_sock "$i")"; done
    echo ;;
  status) answers 1 ;;
  restart-node) restart_node "${2:?node number}" ;;
  restart-nodes) for i in $(seq 1 "$(node_count)"); do restart_node "$i"; done ;;
  stop-node) kill_node_daemon "${2:?node number}" ;;
  docker) shift; i="${1:?node number}"; shift; dkn "$i" "$@" ;;
  check-overlay) check_overlay ;;
  *) echo "usage: $0 up [--nodes N]|seed|down|env|status|restart-node I|stop-node I|docker I ARGS|check-overlay" >&2; exit 2 ;;
esac
