import { execFileSync } from "node:child_process";
import { type APIRequestContext, expect, test } from "@playwright/test";
import { docker } from "./docker";
import { asViewer } from "./support";

/**
 * Diagnostics on a deliberately broken multi-node swarm (npm test's 3-node cluster): a node
 * whose engine dies, and a node whose firewall drops the gossip port. Each finding fires,
 * then goes away once the node is healthy again. These disturb the shared cluster, so they
 * run alone (@exclusive).
 */
const CLUSTER = process.env.SWARMNET_TEST_CLUSTER_SCRIPT ?? "scripts/cluster.sh";
const cluster = (...args: string[]) =>
  execFileSync("bash", [CLUSTER, ...args], { encoding: "utf8", timeout: 120_000 }).trim();

type Finding = { id: string; severity: string; objects: string[] };

async function findingIds(request: APIRequestContext, probe: boolean): Promise<string[]> {
  const res = await request.get(`/api/diagnostics${probe ? "" : "?probe=0"}`, {
    headers: asViewer,
  });
  expect(res.status()).toBe(200);
  return ((await res.json()).findings as Finding[]).map((f) => f.id);
}

/** The worker node's hostname and its network namespace (scripts/cluster.sh names). */
function worker(): { hostname: string; ns: string } {
  const hostname =
    docker(["node", "ls", "--filter", "role=worker", "--format", "{{.Hostname}}"]).split("\n")[0] ??
    "";
  const i = hostname.replace(/.*-node/, "");
  const name = process.env.SWARMNET_CLUSTER ?? "test";
  return { hostname, ns: `sn${name.slice(0, 6)}n${i}` };
}

test.describe.configure({ mode: "serial" });

test("a worker whose engine dies is reported down, and clears when it is back @exclusive", async ({
  request,
}) => {
  test.setTimeout(180_000);
  const { hostname } = worker();
  const i = hostname.replace(/.*-node/, "");
  expect(await findingIds(request, false)).not.toContain(`node-down:${hostname}`);
  cluster("stop-node", i);
  try {
    // Swarm marks a node down after missing heartbeats (about 5 s here, and up to ~15 s).
    await expect
      .poll(() => findingIds(request, false), { timeout: 60_000, intervals: [2000] })
      .toContain(`node-down:${hostname}`);
  } finally {
    cluster("restart-node", i);
  }
  await expect
    .poll(() => findingIds(request, false), { timeout: 60_000, intervals: [2000] })
    .not.toContain(`node-down:${hostname}`);
});

test("a node dropping 7946/tcp is reported filtered by the probe, and clears @exclusive", async ({
  request,
}) => {
  test.setTimeout(120_000);
  const { hostname, ns } = worker();
  const rule = ["-p", "tcp", "--dport", "7946", "-j", "DROP"];
  const id = `firewall:${hostname}:7946/tcp`;
  expect(await findingIds(request, true)).not.toContain(id);
  execFileSync("ip", ["netns", "exec", ns, "iptables", "-I", "INPUT", ...rule]);
  try {
    expect(await findingIds(request, true)).toContain(id);
  } finally {
    execFileSync("ip", ["netns", "exec", ns, "iptables", "-D", "INPUT", ...rule]);
  }
  expect(await findingIds(request, true)).not.toContain(id);
});
