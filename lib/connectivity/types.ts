/** What `POST /api/connectivity` answers (DESIGN.md); extra fields are additions. */
export type DnsCheck = { name: string; answers: string[]; expected: string[]; ok: boolean };

export type ConnectionCheck = {
  ip: string;
  kind: "vip" | "task";
  port: number;
  reachable: boolean;
  ms?: number;
  error?: string;
  /** For task addresses: the task and the node it runs on (hostname when known). */
  task?: string;
  node?: string;
  /** True when the task runs on the node the probe ran on. */
  local?: boolean;
};

export type Verdict = "ok" | "degraded" | "failed";

export type ConnectivityResult = {
  network: string;
  /** The hostname of the node the probe ran on (null when it never got a node). */
  node: string | null;
  nodeId: string | null;
  target: string;
  port: number;
  protocol: "tcp";
  dns: DnsCheck[];
  connections: ConnectionCheck[];
  verdict: Verdict;
  summary: string;
  /** The summary's sentences, one cause each, for a list in the UI. */
  findings: string[];
  cli: string[];
  durationMs: number;
  /** The probe service's name (already removed when this answer is sent). */
  probe: string;
};
