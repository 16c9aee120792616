import { MARK } from "./output";

/**
 * The probe's shell program (busybox sh). Inputs come as environment variables, never
 * spliced into the program: names to resolve, addresses to connect to, the port.
 *
 * - DNS: busybox nslookup, retried for up to ~3 s while it finds nothing: a node that had no
 *   task on this overlay learns its service records by gossip a moment after the probe joins.
 * - TCP: `nc ADDR PORT -e true` exits 0 once connected (busybox nc has no -z; -e must come
 *   last), wrapped in `timeout` (busybox wget -T is unreliable here). All addresses are tried
 *   in parallel so a list of silent tasks still fits the call's time budget.
 * - Times from /proc/uptime (centiseconds; busybox images need not ship `date`).
 */
export const PROBE_SCRIPT = [
  `ms() { read -r up _ </proc/uptime; echo $(( \${up%.*}\${up#*.} * 10 )); }`,
  `check() { s=$(ms); m=$(timeout 3 nc -w 2 "$1" "$SWARMNET_PROBE_PORT" -e true 2>&1 </dev/null); rc=$?; e=$(ms); echo "${MARK} tcp $1 $SWARMNET_PROBE_PORT $rc $((e-s)) $m"; }`,
  `echo "${MARK} begin"`,
  `for n in $SWARMNET_PROBE_NAMES; do`,
  `  for i in 1 2 3 4; do o=$(timeout 5 nslookup "$n" 2>&1); rc=$?; [ "$rc" = 0 ] && break; sleep 1; done`,
  `  echo "${MARK} dns-begin $n"; echo "$o"; echo "${MARK} dns-end $n $rc"`,
  `done`,
  `for ip in $SWARMNET_PROBE_TARGETS; do check "$ip" & done`,
  `wait`,
  `echo "${MARK} end"`,
].join("\n");

/** The probe's environment: what to resolve and what to connect to. */
export function probeEnv(names: string[], targets: string[], port: number): string[] {
  return [
    `SWARMNET_PROBE_NAMES=${names.join(" ")}`,
    `SWARMNET_PROBE_TARGETS=${targets.join(" ")}`,
    `SWARMNET_PROBE_PORT=${port}`,
  ];
}
