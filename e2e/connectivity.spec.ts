import { type ChildProcess, spawn } from "node:child_process";
import { expect, test } from "@playwright/test";
import {
  createService,
  docker,
  dockerQuietly,
  IMAGE,
  removeEventually,
  uniqueName,
} from "./docker";
import { ADMIN_TOKEN, asAdmin, asViewer, DOCKER_HOST, E2E_PORT, VIEWER_TOKEN } from "./support";

/**
 * POST /api/connectivity on the test swarm. The cross-node probe runs from node 1 (control and
 * data on one address) to node 2 (data on its second interface): overlay traffic between the two
 * kinds of node passes (scripts/cluster.sh routes VXLAN from each node's data-path address). The
 * kernel has no IPVS, so VIPs never answer here.
 */
type Connection = {
  ip: string;
  kind: "vip" | "task";
  reachable: boolean;
  node?: string;
  local?: boolean;
};
type Result = {
  node: string;
  target: string;
  dns: { name: string; answers: string[]; expected: string[]; ok: boolean }[];
  connections: Connection[];
  verdict: string;
  summary: string;
  cli: string[];
  durationMs: number;
};

const hostnames = () => docker(["node", "ls", "--format", "{{.Hostname}}"]).split("\n").sort();
const leftoverProbes = () =>
  docker(["service", "ls", "-q", "--filter", "label=swarmnet.probe"]).split("\n").filter(Boolean);

/** The task addresses Docker holds for a service on a network (its own task records). */
function taskAddresses(service: string, network: string): string[] {
  const ids = docker(["service", "ps", "-q", "--filter", "desired-state=running", service]).split(
    "\n",
  );
  const tasks = JSON.parse(docker(["inspect", ...ids])) as {
    NetworksAttachments?: { Network: { Spec: { Name: string } }; Addresses: string[] }[];
  }[];
  return tasks
    .flatMap((t) => t.NetworksAttachments ?? [])
    .filter((a) => a.Network.Spec.Name === network)
    .flatMap((a) => a.Addresses.map((x) => x.split("/")[0] ?? x))
    .sort();
}

async function waitRunning(service: string, n: number) {
  await expect
    .poll(
      () => docker(["service", "ls", "--filter", `name=${service}`, "--format", "{{.Replicas}}"]),
      {
        timeout: 60_000,
      },
    )
    .toBe(`${n}/${n}`);
}

test.describe("connectivity probe", () => {
  test.describe.configure({ mode: "serial" });
  const net = uniqueName("probe-net");
  const svc = uniqueName("probe-web");

  test.beforeAll(() => {
    test.skip(hostnames().length < 3, "needs the 3-node test swarm");
  });
  test.afterAll(async () => {
    dockerQuietly(["service", "rm", svc]);
    await removeEventually("network", net);
  });

  test("a probe from a node without the target's tasks reaches them on another node", async ({
    request,
  }) => {
    test.setTimeout(120_000);
    const [probeNode = "", targetNode = ""] = hostnames();
    docker(["network", "create", "-d", "overlay", net]);
    createService(
      svc,
      ["--replicas", "2", "--constraint", `node.hostname==${targetNode}`, "--network", net],
      ["httpd", "-f", "-p", "80", "-h", "/var/www"],
    );
    await waitRunning(svc, 2);
    const expected = taskAddresses(svc, net);
    expect(expected).toHaveLength(2);

    const started = Date.now();
    const res = await request.post("/api/connectivity", {
      headers: asAdmin,
      data: { network: net, target: svc, port: 80, node: probeNode },
      timeout: 50_000,
    });
    expect(Date.now() - started).toBeLessThan(45_000);
    expect(res.status()).toBe(200);
    const r = (await res.json()) as Result;
    expect(r.node).toBe(probeNode);

    // DNS: tasks.<svc> answers exactly the task addresses Docker holds.
    const tasksDns = r.dns.find((d) => d.name === `tasks.${svc}`);
    expect([...(tasksDns?.answers ?? [])].sort()).toEqual(expected);
    expect(tasksDns?.ok).toBe(true);
    expect(r.dns.find((d) => d.name === svc)?.ok).toBe(true);

    // Every task, on the other node, answered.
    const tasks = r.connections.filter((c) => c.kind === "task");
    expect(tasks.map((c) => c.ip).sort()).toEqual(expected);
    for (const c of tasks)
      expect(c).toMatchObject({ reachable: true, node: targetNode, local: false });

    // The VIP: without IPVS it cannot answer, and the summary says why.
    const vip = r.connections.find((c) => c.kind === "vip");
    expect(vip).toBeDefined();
    if (vip && !vip.reachable) {
      expect(r.verdict).toBe("degraded");
      expect(r.summary).toMatch(/VIP .* did not answer while task addresses did.*IPVS/);
    } else {
      expect(r.verdict).toBe("ok");
    }
    // Not attachable: the manual way is a one-off service, and it says why.
    expect(r.cli.join("\n")).toMatch(/not attachable/);
    expect(leftoverProbes()).toEqual([]);
  });

  test("the page runs one probe per node in parallel and shows the matrix", async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(`/connectivity?network=${net}&target=${svc}`);
    await page.getByLabel("Port").fill("80");
    await page.getByLabel("Probe from").selectOption({ label: "every node (in parallel)" });
    await page.getByRole("button", { name: "Run the check" }).click();
    const matrix = page.getByRole("table", { name: "Node matrix" });
    await expect(matrix).toBeVisible({ timeout: 60_000 });
    await expect(matrix.getByRole("row")).toHaveCount(1 + hostnames().length);
    await expect(page.getByRole("table", { name: "TCP connections" })).toHaveCount(
      hostnames().length,
    );
    expect(leftoverProbes()).toEqual([]);
  });
});

test("unknown service → 404, unknown node → 404, bad body → 400, viewer → 403", async ({
  request,
}) => {
  const post = (data: unknown, headers = asAdmin) =>
    request.post("/api/connectivity", { headers, data });
  let res = await post({ network: "demo-frontend", target: "no-such-service" });
  expect(res.status()).toBe(404);
  expect((await res.json()).error.code).toBe("not_found");
  res = await post({ network: "demo-frontend", target: "web", node: "no-such-node" });
  expect(res.status()).toBe(404);
  res = await post({ network: "demo-frontend", target: "web", port: 0 });
  expect(res.status()).toBe(400);
  expect((await res.json()).error.details[0].field).toBe("port");
  res = await post({ network: "demo-frontend", target: "web" }, asViewer);
  expect(res.status()).toBe(403);
  expect(leftoverProbes()).toEqual([]);
});

/** A dashboard of our own (same build), so the test can kill it mid-probe. */
function startDashboard(port: number): ChildProcess {
  return spawn("node", ["server.mjs", "-p", String(port), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      DOCKER_HOST,
      SWARMNET_ADMIN_TOKEN: ADMIN_TOKEN,
      SWARMNET_VIEWER_TOKEN: VIEWER_TOKEN,
      SWARMNET_AUDIT_LOG: `.swarmnet/e2e/audit-${port}.log`,
      SWARMNET_PROBE_IMAGE: process.env.SWARMNET_TEST_PROBE_IMAGE ?? IMAGE,
    },
    stdio: "ignore",
  });
}

async function healthy(base: string) {
  await expect
    .poll(
      () =>
        fetch(`${base}/api/health`).then(
          (r) => r.status,
          () => 0,
        ),
      { timeout: 60_000 },
    )
    .toBe(200);
}

test("a dashboard killed during a probe removes the leftover probe when it starts again", async () => {
  test.setTimeout(150_000);
  // +7 is taken briefly by security-auth.spec.ts; +0..+2 are the suite's own servers.
  const port = E2E_PORT + 9;
  const base = `http://127.0.0.1:${port}`;
  // No task: tasks.<name> finds nothing (the probe retries it) and the VIP times out, so the
  // probe lives a few seconds, long enough to kill its dashboard.
  const idle = uniqueName("probe-idle");
  createService(idle, ["--replicas", "0", "--network", "demo-frontend"]);
  let server = startDashboard(port);
  try {
    await healthy(base);
    const answer = fetch(`${base}/api/connectivity`, {
      method: "POST",
      headers: { ...asAdmin, "Content-Type": "application/json" },
      body: JSON.stringify({ network: "demo-frontend", target: idle, port: 80 }),
    }).then(
      async (r) => `${r.status} ${await r.text()}`,
      (e) => String(e),
    );
    let probes: string[] = [];
    // Polled with awaits: a synchronous loop would hold back the request itself.
    for (const until = Date.now() + 20_000; probes.length === 0 && Date.now() < until; ) {
      await new Promise((r) => setTimeout(r, 100));
      probes = leftoverProbes();
    }
    if (probes.length === 0) throw new Error(`no probe service appeared; answer: ${await answer}`);
    expect(probes).toHaveLength(1);
    server.kill("SIGKILL");
    await new Promise((r) => server.once("exit", r));
    expect(leftoverProbes()).toEqual(probes);

    server = startDashboard(port);
    await healthy(base);
    // Removed by the start-up sweep (its owner's process is gone), before its 45 s deadline.
    await expect.poll(leftoverProbes, { timeout: 20_000 }).toEqual([]);
  } finally {
    server.kill("SIGKILL");
    dockerQuietly(["service", "rm", idle]);
  }
});
