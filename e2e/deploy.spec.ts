import { execFileSync } from "node:child_process";
import { expect, type Page, test } from "@playwright/test";
import { en } from "../lib/messages/en";
import { createService, docker, removeService, uniqueName } from "./docker";
import { gotoReady } from "./ops-support";

/**
 * deploy/stack.yml on the test swarm, as the README's "Deploy on a swarm" does it
 * (scripts/image/stack-test.sh: images built from the Dockerfiles on the managers, secrets,
 * `docker stack deploy`): swarmnet on every manager behind the socket proxy, signed into
 * with the token from the Docker secret. The proxy of this deployment refuses service
 * updates (SWARMNET_PROXY_SERVICES_WRITE=0) and allows network writes.
 * @exclusive: the stack's services and networks would show up in other specs' lists.
 */
type Stack = { urls: string[]; admin: string; viewer: string; stack: string };
let stack: Stack;

const cluster = (...args: string[]) =>
  execFileSync("bash", ["scripts/cluster.sh", ...args], { encoding: "utf8" }).trim();

const script = (action: "up" | "down") =>
  execFileSync("bash", ["scripts/image/stack-test.sh", action], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    // The first run builds the app image (npm ci + next build, a few minutes); later runs
    // load it from the cache.
    timeout: 9 * 60_000,
  });

test.describe("the stack @exclusive", () => {
  test.describe.configure({ mode: "serial" });
  test.use({ storageState: { cookies: [], origins: [] } });

  test.beforeAll(async () => {
    test.setTimeout(10 * 60_000);
    stack = JSON.parse(script("up").trim().split("\n").pop() ?? "") as Stack;
    expect(stack.urls.length).toBeGreaterThanOrEqual(2);
  });

  test.afterAll(() => {
    script("down");
  });

  const first = () => stack.urls[0] as string;
  const second = () => stack.urls[1] as string;

  async function signIn(page: Page, base: string, token: string) {
    await gotoReady(page, `${base}/login?next=/networks`);
    await page.getByLabel("Token").fill(token);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(`${base}/networks`);
  }

  test("signs in with the secret's token and reads the swarm through the proxy", async ({
    page,
  }) => {
    await signIn(page, first(), stack.admin);
    // The stack's own overlays: read from Docker through the socket proxy.
    await expect(
      page.getByRole("link", { name: `${stack.stack}_docker-api`, exact: true }),
    ).toBeVisible();
    const health = await (await page.request.get(`${first()}/api/health`)).json();
    expect(health).toMatchObject({ ok: true, docker: { reachable: true, swarm: "active" } });
    // Each replica talks to the proxy on its own manager (SWARMNET_NODE_ID), never another's.
    const bearer = { Authorization: `Bearer ${stack.admin}` };
    const engines: { nodeId: string; name: string }[] = [];
    for (const base of stack.urls) {
      const snapshot = await (
        await page.request.get(`${base}/api/snapshot`, { headers: bearer })
      ).json();
      engines.push(snapshot.engine);
    }
    const managers = JSON.parse(
      `[${docker(["node", "ls", "-f", "role=manager", "--format", "{{json .}}"]).split("\n").join(",")}]`,
    ) as { ID: string; Hostname: string }[];
    expect(engines.map((e) => e.nodeId).sort()).toEqual(managers.map((m) => m.ID).sort());
    for (const [i, base] of stack.urls.entries()) {
      // urls[i] is the manager at 10.x.y.(11 + n): its engine must be that node's.
      const node = managers.find((m) => m.ID === engines[i]?.nodeId);
      const addr = docker(["node", "inspect", "-f", "{{.Status.Addr}}", node?.ID ?? "?"]);
      expect(new URL(base).hostname).toBe(addr);
    }
  });

  test("an operation the proxy allows works: create and remove an overlay", async ({ page }) => {
    await signIn(page, first(), stack.admin);
    const name = uniqueName("stack-net");
    const headers = { Origin: first() };
    const created = await page.request.post(`${first()}/api/networks`, {
      data: { name, attachable: true },
      headers,
    });
    expect(created.status(), await created.text()).toBe(201);
    expect(docker(["network", "inspect", "-f", "{{.Driver}}", name])).toBe("overlay");
    const removed = await page.request.delete(`${first()}/api/networks/${name}`, { headers });
    expect(removed.status(), await removed.text()).toBe(200);
    // The audit line went to stdout too, read here from the replica's container on the first
    // manager (`docker service logs` gathers the same streams; on this test swarm it returned
    // only the other managers' tasks).
    const container = docker([
      "ps",
      "-q",
      "-f",
      `label=com.docker.swarm.service.name=${stack.stack}_swarmnet`,
    ]);
    const logs = docker(["logs", container]);
    expect(logs).toMatch(new RegExp(`swarmnet-audit .*"network.create".*${name}`));
  });

  test("a call the proxy refuses shows the proxy's refusal in the UI", async ({ page }) => {
    const service = uniqueName("stack-svc");
    createService(service);
    try {
      await signIn(page, first(), stack.admin);
      await gotoReady(page, `${first()}/services/${service}`);
      await page.getByRole("button", { name: "Add port" }).click();
      await page.getByLabel("Port 1", { exact: true }).fill("published=18080,target=80,mode=host");
      await page.getByRole("button", { name: "Save ports" }).click();
      const alert = page.getByRole("alert").filter({ hasText: "Docker socket proxy" });
      await expect(alert).toContainText(`POST /services/`);
      await expect(alert).toContainText("is not allowed");
      await expect(alert).toContainText("SWARMNET_PROXY_");
      // Nothing changed behind the refusal.
      expect(
        docker(["service", "inspect", "-f", "{{json .Spec.EndpointSpec.Ports}}", service]),
      ).toBe("null");
    } finally {
      removeService(service);
    }
  });

  test("one replica reads the other manager's local facts from that manager's proxy", async ({
    page,
  }) => {
    // Through the replica on node 1 only: node 2 (the other manager) is reached through its
    // own proxy behind "*=tcp://tasks.proxy:2375", across the docker-api overlay; node 3 (a
    // worker) runs no proxy.
    const bearer = { Authorization: `Bearer ${stack.admin}` };
    const self = (
      await (await page.request.get(`${first()}/api/snapshot`, { headers: bearer })).json()
    ).engine.nodeId as string;
    const nodeId = (n: number) =>
      cluster("docker", `${n}`, "info", "--format", "{{.Swarm.NodeID}}");
    const gwbridgeOf = (n: number) =>
      (
        JSON.parse(cluster("docker", `${n}`, "network", "inspect", "docker_gwbridge")) as {
          Id: string;
          IPAM: { Config: { Subnet: string; Gateway?: string }[] };
        }[]
      )[0] as { Id: string; IPAM: { Config: { Subnet: string; Gateway?: string }[] } };
    expect(self).toBe(nodeId(1));
    const other = nodeId(2);
    const worker = nodeId(3);
    expect(cluster("docker", "3", "info", "--format", "{{.Swarm.ControlAvailable}}")).toBe("false");

    type Facts = {
      source: string;
      error: string | null;
      networks: { id: string; name: string }[] | null;
      gwbridge: { ipam: { subnet: string; gateway: string | null }[] } | null;
    };
    type Row = { id: string; hostname: string; facts: Facts | null };
    let rows: Row[] = [];
    // A proxy task that has just started may not be behind tasks.proxy yet: ask until it is.
    await expect(async () => {
      const res = await page.request.get(`${first()}/api/nodes`, { headers: bearer });
      expect(res.status(), await res.text()).toBe(200);
      rows = (await res.json()) as Row[];
      expect(rows.find((r) => r.id === other)?.facts?.source).toBe("endpoint");
    }).toPass({ timeout: 30_000 });
    const facts = (id: string) => rows.find((r) => r.id === id)?.facts as Facts;

    // Node 2's facts are node 2's engine's own: its docker_gwbridge (a local network, so its
    // id is that engine's, not node 1's) and the networks it lists.
    const mine = facts(other);
    expect(mine.error).toBeNull();
    const gw = gwbridgeOf(2);
    expect(gw.Id).not.toBe(gwbridgeOf(1).Id);
    expect(mine.networks?.find((n) => n.name === "docker_gwbridge")?.id).toBe(gw.Id);
    expect(mine.gwbridge?.ipam.map((i) => [i.subnet, i.gateway ?? null])).toEqual(
      gw.IPAM.Config.map((c) => [c.Subnet, c.Gateway ?? null]),
    );
    const listed = cluster("docker", "2", "network", "ls", "--no-trunc", "--format", "{{.ID}}");
    expect(mine.networks?.map((n) => n.id).sort()).toEqual(listed.split("\n").sort());
    expect(facts(self).source).toBe("local");

    // The worker: no proxy answers as it, so its facts are unknown, and the page says why.
    expect(facts(worker)).toMatchObject({
      source: "unknown",
      error: `no engine behind tasks.proxy answers as node ${worker}`,
      networks: null,
      gwbridge: null,
    });
    const workerName = rows.find((r) => r.id === worker)?.hostname as string;
    const otherName = rows.find((r) => r.id === other)?.hostname as string;
    await signIn(page, first(), stack.viewer);
    await gotoReady(page, `${first()}/nodes`);
    const card = (name: string) =>
      page
        .locator("section")
        .filter({ has: page.getByRole("heading", { name, exact: true, level: 2 }) });
    await expect(
      card(otherName).getByRole("region", { name: `docker_gwbridge on ${otherName}` }),
    ).toContainText(gw.IPAM.Config[0]?.Subnet ?? "?");
    await expect(card(workerName)).toContainText("unknown");
    await expect(card(workerName)).toContainText(
      `${en.nodes.factsError} no engine behind tasks.proxy answers as node ${worker}`,
    );
  });

  test("another manager's replica serves the same session", async ({ page, context }) => {
    await signIn(page, first(), stack.viewer);
    const session = (await context.cookies(first())).find((c) => c.name.includes("swarmnet"));
    expect(session).toBeDefined();
    // The same cookie, sent to the replica on the second manager (a load balancer would do
    // this without asking): it is signed with the same tokens, so it is valid there too.
    const host = new URL(second()).hostname;
    await context.addCookies([{ ...(session as NonNullable<typeof session>), domain: host }]);
    await gotoReady(page, `${second()}/networks`);
    await expect(page).toHaveURL(`${second()}/networks`);
    await expect(
      page.getByRole("link", { name: `${stack.stack}_front`, exact: true }),
    ).toBeVisible();
    const me = await (await page.request.get(`${second()}/api/auth/session`)).json();
    expect(me).toMatchObject({ role: "viewer" });
  });
});
