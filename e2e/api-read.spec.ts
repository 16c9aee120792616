import { expect, test } from "@playwright/test";
import { docker, engineAddr } from "./docker";
import { UNREACHABLE_BASE_URL, UNREACHABLE_DOCKER_HOST } from "./support";

// The read API against the seeded sandbox engine (scripts/sandbox.sh seed).

test("GET /api/health reports the engine and its swarm", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body).toEqual({
    ok: true,
    docker: { reachable: true, apiVersion: expect.any(String), swarm: "active" },
  });
});

test("GET /api/snapshot holds every kind of object", async ({ request }) => {
  const s = await (await request.get("/api/snapshot")).json();
  expect(s.engine.swarmState).toBe("active");
  expect(s.networks.map((n: { name: string }) => n.name)).toEqual(
    expect.arrayContaining([
      "ingress",
      "docker_gwbridge",
      "demo-frontend",
      "demo-secure",
      "demo-internal",
      "demo-tools",
    ]),
  );
  expect(s.services.map((x: { name: string }) => x.name)).toEqual(
    expect.arrayContaining(["web", "resolver", "syslog", "agent"]),
  );
  expect(s.nodes.length).toBeGreaterThan(0);
  expect(s.containers.some((c: { name: string }) => c.name === "demo-toolbox")).toBe(true);
  expect(s.swarm.joinTokens).toBeNull();
});

test("GET /api/networks lists IPAM, flags and usage counts", async ({ request }) => {
  const networks = await (await request.get("/api/networks")).json();
  const secure = networks.find((n: { name: string }) => n.name === "demo-secure");
  expect(secure).toMatchObject({
    driver: "overlay",
    scope: "swarm",
    encrypted: true,
    mtu: 1400,
    ipam: [{ subnet: "10.20.0.0/24", gateway: "10.20.0.1" }],
    serviceCount: 1,
  });
  const tools = networks.find((n: { name: string }) => n.name === "demo-tools");
  expect(tools).toMatchObject({ attachable: true, containerCount: 1 });
  expect(networks.find((n: { name: string }) => n.name === "demo-internal")).toMatchObject({
    internal: true,
  });
});

test("GET /api/networks/:idOrName adds attached objects and peers, by name or id", async ({
  request,
}) => {
  const byName = await (await request.get("/api/networks/demo-secure")).json();
  expect(byName.name).toBe("demo-secure");
  expect(byName.services.map((s: { service: { name: string } }) => s.service.name)).toEqual([
    "web",
  ]);
  expect(byName.services[0].vip).toMatch(/^10\.20\.0\.\d+\/24$/);
  expect(byName.tasks[0].addr).toMatch(/^10\.20\.0\.\d+\/24$/);
  // Peers come from the engine we ask: a network is instantiated there only with a local task.
  const internal = await (await request.get("/api/networks/demo-internal")).json();
  const nodes = Number(docker(["info", "--format", "{{.Swarm.Nodes}}"]));
  expect(internal.peers).toHaveLength(nodes); // the global service runs on every node
  expect(internal.peers.map((p: { ip: string }) => p.ip)).toContain(engineAddr());
  const byId = await (await request.get(`/api/networks/${byName.id}`)).json();
  expect(byId.name).toBe("demo-secure");

  const tools = await (await request.get("/api/networks/demo-tools")).json();
  expect(tools.containers.map((c: { name: string }) => c.name)).toEqual(["demo-toolbox"]);
});

test("unknown and malformed names are 404 with the error shape", async ({ request }) => {
  for (const path of [
    "/api/networks/no-such-net",
    "/api/networks/..%2Fcontainers%2Fjson",
    "/api/services/nope",
  ]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(404);
    const body = await res.json();
    expect(body.error.code).toBe("not_found");
    expect(typeof body.error.message).toBe("string");
  }
});

test("GET /api/services and /api/services/:idOrName: endpoint mode, VIPs, ports, DNS names", async ({
  request,
}) => {
  const services = await (await request.get("/api/services")).json();
  const web = services.find((s: { name: string }) => s.name === "web");
  expect(web.ports).toEqual([{ published: 8080, target: 80, protocol: "tcp", mode: "ingress" }]);
  expect(web.vips.map((v: { networkName: string }) => v.networkName).sort()).toEqual([
    "demo-frontend",
    "demo-secure",
    "ingress",
  ]);
  expect(typeof web.version).toBe("number");

  const resolver = await (await request.get("/api/services/resolver")).json();
  expect(resolver.endpointMode).toBe("dnsrr");
  expect(resolver.vips).toEqual([]);
  expect(resolver.tasks.filter((t: { state: string }) => t.state === "running")).toHaveLength(2);
  const names = Object.fromEntries(
    resolver.discovery.map((d: { name: string; resolvesTo: string[] }) => [d.name, d.resolvesTo]),
  );
  expect(names.resolver).toHaveLength(2);
  expect(names["tasks.resolver"]).toEqual(expect.arrayContaining(names.resolver));

  const syslog = services.find((s: { name: string }) => s.name === "syslog");
  expect(syslog.ports).toEqual([{ published: 5514, target: 514, protocol: "udp", mode: "host" }]);
  expect(services.find((s: { name: string }) => s.name === "agent")).toMatchObject({
    mode: "global",
    replicas: null,
  });
});

test("GET /api/nodes: every node, advertise and data-path addresses, per-node facts", async ({
  request,
}) => {
  const nodes = await (await request.get("/api/nodes")).json();
  const count = Number(docker(["info", "--format", "{{.Swarm.Nodes}}"]));
  expect(nodes).toHaveLength(count);
  const addr = engineAddr();
  const leader = nodes.find((n: { leader: boolean }) => n.leader);
  expect(leader).toMatchObject({
    role: "manager",
    state: "ready",
    addr,
    managerAddr: `${addr}:2377`,
  });
  expect(leader.facts.source).toBe("local");
  expect(leader.facts.gwbridge.options["com.docker.network.bridge.name"]).toBe("docker_gwbridge");
  // The global service puts a task on every node, so every data-path address is known.
  for (const n of nodes) expect(n.dataPathAddr, n.hostname).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
});

test("GET /api/swarm", async ({ request }) => {
  const swarm = await (await request.get("/api/swarm")).json();
  expect(swarm).toMatchObject({
    defaultAddrPool: ["10.0.0.0/8"],
    subnetSize: 24,
    dataPathPort: 4789,
  });
});

test.describe("when Docker cannot be reached", () => {
  test("health says so, other routes answer 503, pages explain", async ({ request, page }) => {
    const health = await request.get(`${UNREACHABLE_BASE_URL}/api/health`);
    expect(health.status()).toBe(200);
    expect(await health.json()).toEqual({
      ok: false,
      docker: { reachable: false, apiVersion: null, swarm: "unknown" },
    });

    for (const path of ["/api/snapshot", "/api/networks", "/api/services/web", "/api/nodes"]) {
      const res = await request.get(`${UNREACHABLE_BASE_URL}${path}`);
      expect(res.status(), path).toBe(503);
      expect((await res.json()).error.code).toBe("unavailable");
    }

    await page.goto(`${UNREACHABLE_BASE_URL}/networks`);
    await expect(page.getByRole("heading", { name: "Cannot reach Docker" })).toBeVisible();
    await expect(page.getByText(UNREACHABLE_DOCKER_HOST).first()).toBeVisible();
  });
});
