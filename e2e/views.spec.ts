import { expect, test } from "@playwright/test";
import { engineAddr } from "./docker";

// Every read-only view shows the seeded sandbox engine's real state (scripts/sandbox.sh seed).

test("networks list: IPAM, flags, MTU, counts, and filters", async ({ page }) => {
  await page.goto("/networks");
  const table = page.getByRole("table", { name: "Networks" });
  const secure = table.getByRole("row").filter({ hasText: "demo-secure" });
  await expect(secure).toContainText("10.20.0.0/24");
  await expect(secure).toContainText("10.20.0.1");
  await expect(secure).toContainText("encrypted");
  await expect(secure).toContainText("1400");
  await expect(table.getByRole("row").filter({ hasText: "demo-internal" })).toContainText(
    "internal",
  );
  await expect(table.getByRole("row").filter({ hasText: "demo-frontend" })).toContainText(
    "attachable",
  );
  await expect(table.getByRole("row").filter({ hasText: /^ingress/ })).toContainText("ingress");

  await page.getByLabel("Filter by name").fill("demo-s");
  await expect(table.getByRole("row")).toHaveCount(2); // header + demo-secure
  await page.getByLabel("Filter by name").fill("");
  await page.getByLabel("Filter by driver").selectOption("bridge");
  await expect(table.getByRole("row").filter({ hasText: "docker_gwbridge" })).toBeVisible();
  await expect(table.getByRole("row").filter({ hasText: "demo-secure" })).toHaveCount(0);
});

test("network detail: IPAM, options, services with VIPs, tasks, peers", async ({ page }) => {
  await page.goto("/networks/demo-secure");
  await expect(page.getByRole("heading", { name: "demo-secure", level: 1 })).toBeVisible();
  await expect(page.getByRole("table", { name: "IPAM" })).toContainText("10.20.0.0/24");
  const options = page.getByRole("table", { name: "Options" });
  await expect(options).toContainText("com.docker.network.driver.mtu");
  await expect(options).toContainText("1400");
  await expect(options).toContainText("encrypted");
  const services = page.getByRole("table", { name: "Services attached" });
  await expect(services).toContainText("web");
  await expect(services).toContainText(/10\.20\.0\.\d+/);
  const tasks = page.getByRole("table", { name: "Tasks on this network" });
  await expect(tasks).toContainText("web");
  await expect(tasks).toContainText(/10\.20\.0\.\d+\/24/);
  // Peers: on the engine the dashboard asks, only where a local task uses the network.
  await page.goto("/networks/demo-internal");
  await expect(
    page.getByRole("table", { name: "Peers (nodes holding this network)" }),
  ).toContainText(engineAddr());
});

test("network detail: standalone containers on an attachable overlay", async ({ page }) => {
  await page.goto("/networks/demo-tools");
  await expect(page.getByRole("table", { name: "Standalone containers" })).toContainText(
    "demo-toolbox",
  );
  await expect(page.getByRole("table", { name: "Standalone containers" })).toContainText(
    /10\.30\.0\.\d+/,
  );
});

test("ingress panel lists the service publishing 8080", async ({ page }) => {
  await page.goto("/ingress");
  await expect(page.getByRole("heading", { name: "Ingress (routing mesh)" })).toBeVisible();
  await expect(page.getByText("10.0.0.0/24").first()).toBeVisible();
  const publishers = page.getByRole("table", {
    name: "Services publishing through the routing mesh",
  });
  await expect(publishers.getByRole("row").filter({ hasText: "web" })).toContainText("8080→80/tcp");
  // syslog publishes in host mode: not through the routing mesh.
  await expect(publishers.getByRole("row").filter({ hasText: "syslog" })).toHaveCount(0);
});

test("docker_gwbridge panel shows the bridge options and endpoints", async ({ page }) => {
  await page.goto("/gwbridge");
  const options = page.getByRole("table", { name: "Bridge options" });
  await expect(options).toContainText("com.docker.network.bridge.name");
  await expect(options).toContainText("docker_gwbridge");
  await expect(options).toContainText("com.docker.network.bridge.enable_icc");
  await expect(options).toContainText("com.docker.network.bridge.enable_ip_masquerade");
  await expect(
    page.getByRole("table", { name: "Attached endpoints (gateway endpoints of task containers)" }),
  ).toContainText(/gateway_|ingress-sbox/);
});

test("services list: modes, endpoint modes, VIPs, ports", async ({ page }) => {
  await page.goto("/services");
  const table = page.getByRole("table", { name: "Services" });
  const row = (name: string) =>
    table.getByRole("row").filter({ has: page.getByRole("link", { name, exact: true }) });
  await expect(row("resolver")).toContainText("dnsrr");
  await expect(row("resolver")).toContainText("2/2");
  await expect(row("web")).toContainText("8080→80/tcp");
  await expect(row("web")).toContainText("demo-secure");
  await expect(row("syslog")).toContainText("5514→514/udp");
  await expect(row("syslog")).toContainText("host");
  await expect(row("agent")).toContainText("global");
});

test("service detail: dnsrr names and tasks", async ({ page }) => {
  await page.goto("/services/resolver");
  await expect(page.getByRole("heading", { name: "resolver", level: 1 })).toBeVisible();
  const discovery = page.getByRole("table", {
    name: "Discovery (DNS inside the service's networks)",
  });
  await expect(discovery).toContainText("tasks.resolver");
  await expect(discovery).toContainText(/10\.0\.1\.\d+/);
  await expect(page.getByText("dnsrr").first()).toBeVisible();
  await expect(
    page.getByRole("table", { name: "Tasks" }).getByRole("row").filter({ hasText: "running" }),
  ).toHaveCount(2);
});

test("service detail: VIP per network and published ports", async ({ page }) => {
  await page.goto("/services/web");
  const ports = page.getByRole("table", { name: "Published ports" });
  await expect(ports).toContainText("8080");
  await expect(ports).toContainText("ingress");
  const networks = page.getByRole("table", { name: "Networks", exact: true });
  await expect(networks).toContainText("demo-frontend");
  await expect(networks).toContainText(/10\.20\.0\.\d+/);
});

test("nodes: role, state, addresses", async ({ page }) => {
  await page.goto("/nodes");
  const table = page.getByRole("table", { name: "Nodes" });
  await expect(table).toContainText("manager");
  await expect(table).toContainText("leader");
  await expect(table).toContainText("ready");
  await expect(table).toContainText(engineAddr());
});

test("swarm overview: pool, data path port, firewall ports", async ({ page }) => {
  await page.goto("/swarm");
  await expect(page.getByText("10.0.0.0/8")).toBeVisible();
  await expect(page.getByText("4789/udp").first()).toBeVisible();
  const fw = page.getByRole("table", { name: "Firewall ports between nodes" });
  for (const port of ["2377", "7946", "4789"]) await expect(fw).toContainText(port);
  // Admin session: the join commands are there.
  await expect(page.getByText(/docker swarm join --token SWMTKN-/).first()).toBeVisible();
});

// npm test runs the suite on a 3-node swarm (scripts/cluster.sh) with every node's endpoint.
test.describe("multi-node swarm", () => {
  test("nodes page: every node, separated vs shared data path, each node's gwbridge", async ({
    page,
  }) => {
    await page.goto("/nodes");
    const table = page.getByRole("table", { name: "Nodes" });
    for (const i of [1, 2, 3]) await expect(table).toContainText(`-node${i}`);
    const row = (i: number) => table.getByRole("row").filter({ hasText: `-node${i}` });
    // node1 advertises and carries data on one address; the others use a second interface.
    await expect(row(1)).toContainText("control and data share one address");
    await expect(row(2)).toContainText("separated");
    await expect(row(2)).toContainText(/10\.\d+\.100\.12/);
    await expect(row(3)).toContainText("worker");
    // Per-node facts from each node's own engine.
    for (const i of [1, 2, 3]) {
      const gw = page.getByRole("region", { name: new RegExp(`docker_gwbridge on .*-node${i}$`) });
      await expect(gw).toContainText("172.");
    }
  });

  test("network detail per node: instantiated, the node's own list, its tasks", async ({
    page,
  }) => {
    // The global service "agent" puts a task of demo-internal on every node.
    await page.goto("/networks/demo-internal");
    const table = page.getByRole("table", { name: "Per node" });
    for (const i of [1, 2, 3]) {
      const row = table.getByRole("row").filter({ hasText: `-node${i}` });
      await expect(row).toContainText("agent");
      await expect(row).toContainText("yes");
      await expect(row).toContainText("listed");
    }
  });
});
