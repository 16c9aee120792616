#!/usr/bin/env bash
# Measures the multi-node harness: start time, memory per node, stop time.
# Usage: scripts/bench-cluster.sh [NODES] [RUNS]   (a throwaway cluster "bench" on 10.76.0.0/24)
set -euo pipefail
cd "$(dirname "$0")/.."
export SWARMNET_CLUSTER=bench SWARMNET_CLUSTER_NET=10.76.0
nodes="${1:-3}"
runs="${2:-3}"

# Proportional set size (shared pages split between processes) of every process in a namespace.
pss_kib() {
  local total=0 pid kb
  for pid in $(ip netns pids "$1" 2>/dev/null); do
    kb="$(awk '/^Pss:/ {print $2}' "/proc/$pid/smaps_rollup" 2>/dev/null || echo 0)"
    total=$((total + ${kb:-0}))
  done
  echo "$total"
}

bash scripts/cluster.sh down >/dev/null 2>&1 || true
for run in $(seq 1 "$runs"); do
  t0=$(date +%s.%N)
  bash scripts/cluster.sh up --nodes "$nodes" >/dev/null 2>&1
  t1=$(date +%s.%N)
  mem=""
  for i in $(seq 1 "$nodes"); do mem="$mem node$i=$(( $(pss_kib "snbenchn$i") / 1024 ))MiB"; done
  t2=$(date +%s.%N)
  bash scripts/cluster.sh down >/dev/null 2>&1
  t3=$(date +%s.%N)
  printf 'run %s: %s nodes up in %.1f s, down in %.1f s, PSS per node (idle engines):%s\n' \
    "$run" "$nodes" "$(awk "BEGIN{print $t1 - $t0}")" "$(awk "BEGIN{print $t3 - $t2}")" "$mem"
done
