import { MARK } from "./output";

/**
 * The probe's shell program (busybox sh). Inputs come as environment variables, never
 * spliced into the program: names to resolve, addresses to connect to, the port.
 *
 * - DNS: busybox nslookup, tried twice while it finds nothing (a node that had no task on this
 *   overlay learns its service records by gossip a moment after the probe joins), each name in
 *   parallel, its block written to a file and printed in order once all are done.
 * - TCP: `nc ADDR PORT -e true` exits 0 once connected (busybox nc has no -z; -e must come
 *   last), wrapped in `timeout` (busybox wget -T is unreliable here). All addresses are tried
 *   in parallel so a list of silent tasks still fits the call's time budget.
 * - Times from /proc/uptime (centiseconds; busybox images need not ship `date`).
 */
export const PROBE_SCRIPT = [
  `ms() { read -r up _ </proc/uptime; echo $(( \${up%.*}\${up#*.} * 10 )); }`,
  `check() { s=$(ms); m=$(timeout 3 nc -w 2 "$1" "$SWARMNET_PROBE_PORT" -e true 2>&1 </dev/null); rc=$?; e=$(ms); echo "${MARK} tcp $1 $SWARMNET_PROBE_PORT $rc $((e-s)) $m"; }`,
  // A name unknown to the embedded DNS is forwarded upstream and times out: keep it short.
  `lookup() { for i in 1 2; do o=$(timeout 5 nslookup -timeout=2 -retry=1 "$1" 2>&1); rc=$?; [ "$rc" = 0 ] && break; sleep 1; done; printf '%s\\n%s\\n%s\\n' "${MARK} dns-begin $1" "$o" "${MARK} dns-end $1 $rc" >"/tmp/dns.$2"; }`,
  `echo "${MARK} begin"`,
  `i=0; for n in $SWARMNET_PROBE_NAMES; do i=$((i+1)); lookup "$n" "$i" & done`,
  `for ip in $SWARMNET_PROBE_TARGETS; do check "$ip" & done`,
  `wait`,
  `j=0; while [ "$j" -lt "$i" ]; do j=$((j+1)); cat "/tmp/dns.$j"; done`,
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
