import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { createService, docker, dockerQuietly, removeEventually, uniqueName } from "./docker";
import { asViewer, BASE_URL } from "./support";

// Diagnostics against the real engine: break something with the docker CLI, see the finding
// in GET /api/diagnostics and on /diagnostics, clean up, and see it go away.

type Finding = { id: string; severity: string; title: string; objects: string[] };

async function findings(request: APIRequestContext, probe = false): Promise<Finding[]> {
  const res = await request.get(`/api/diagnostics${probe ? "" : "?probe=0"}`, {
    headers: asViewer,
  });
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(typeof body.checkedAt).toBe("string");
  return body.findings;
}

const ids = async (request: APIRequestContext) => (await findings(request)).map((f) => f.id);

const findingCard = (page: Page, id: string) => page.locator(`article[data-finding-id="${id}"]`);

test("the API answers viewers, sorted by severity, and refuses anonymous callers", async ({
  request,
  playwright,
}) => {
  const all = await findings(request, true);
  const rank = { error: 0, warning: 1, info: 2 } as Record<string, number>;
  const ranks = all.map((f) => rank[f.severity] ?? 9);
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  // The probe ran against the nodes' own addresses and always adds the UDP caveat.
  expect(all.map((f) => f.id)).toContain("firewall:udp-unverified");
  // No firewall finding for the engine we talk to: its 2377/7946 answer.
  expect(all.filter((f) => /^firewall:.*\/tcp$/.test(f.id))).toEqual([]);
  expect(await ids(request)).not.toContain("firewall:udp-unverified");

  const anonymous = await playwright.request.newContext({
    baseURL: BASE_URL,
    storageState: { cookies: [], origins: [] },
  });
  expect((await anonymous.get("/api/diagnostics")).status()).toBe(401);
  await anonymous.dispose();

  const bad = await request.get("/api/diagnostics?underlayMtu=12", { headers: asViewer });
  expect(bad.status()).toBe(400);
});

test("an unused overlay is reported as an orphan until it is removed", async ({
  request,
  page,
}) => {
  const name = uniqueName("diag-orphan");
  const id = `orphan-network:${name}`;
  docker(["network", "create", "--driver", "overlay", name]);
  try {
    // The first read right after a CLI create missed it once: the finding must appear.
    await expect.poll(() => ids(request)).toContain(id);
    await page.goto("/diagnostics");
    await expect(page.getByRole("heading", { name: "Diagnostics", level: 1 })).toBeVisible();
    const card = findingCard(page, id);
    await expect(card.getByRole("heading", { name: `${name} is not used` })).toBeVisible();
    await expect(card.getByRole("link", { name })).toHaveAttribute("href", `/networks/${name}`);
    await expect(card.getByRole("list", { name: "Commands" })).toContainText(
      `docker network rm ${name}`,
    );
  } finally {
    await removeEventually("network", name);
  }
  expect(await ids(request)).not.toContain(id);
  await page.getByRole("button", { name: "Re-check" }).click();
  await expect(findingCard(page, id)).toHaveCount(0);
});

test("a /29 overlay with more tasks than addresses is reported as exhausted", async ({
  request,
  page,
}) => {
  test.setTimeout(120_000);
  const network = uniqueName("diag-tiny");
  const service = uniqueName("diag-full");
  const id = `address-exhaustion:${network}`;
  // Outside the default pool, so the only finding about it is the one under test.
  // A fresh /29 each run: nodes keep a removed network's pool for a while, so reruns must not reuse one.
  const subnet = `192.168.${200 + Math.floor(Math.random() * 50)}.${8 * Math.floor(Math.random() * 32)}/29`;
  docker(["network", "create", "--driver", "overlay", "--subnet", subnet, network]);
  try {
    // 5 usable addresses: 4 tasks + 1 VIP + at least 1 load-balancer endpoint do not fit.
    createService(service, ["--replicas", "4", "--network", network]);
    const all = await findings(request);
    const exhausted = all.find((f) => f.id === id);
    expect(exhausted).toMatchObject({ severity: "error", objects: [network, service] });
    expect(all.map((f) => f.id)).not.toContain(`orphan-network:${network}`);

    await page.goto("/diagnostics");
    const errors = page.getByRole("region", { name: "Errors" });
    const card = errors.locator(`article[data-finding-id="${id}"]`);
    await expect(
      card.getByRole("heading", { name: `${network} has run out of addresses` }),
    ).toBeVisible();
    await expect(card.getByRole("link", { name: service })).toHaveAttribute(
      "href",
      `/services/${service}`,
    );
    await expect(card).toContainText("docker network create --driver overlay --subnet");
  } finally {
    dockerQuietly(["service", "rm", service]);
    await removeEventually("network", network);
  }
  await expect.poll(() => ids(request), { timeout: 15_000 }).not.toContain(id);
});

test("a recent dnsrr → vip switch shows the moby#36988 caveat", async ({ request }) => {
  test.setTimeout(90_000);
  const network = uniqueName("diag-switch-net");
  const service = uniqueName("diag-switch");
  const id = `dnsrr-vip-switch:${service}`;
  docker(["network", "create", "--driver", "overlay", network]);
  try {
    createService(service, ["--endpoint-mode", "dnsrr", "--network", network]);
    expect(await ids(request)).not.toContain(id);
    docker(["service", "update", "--detach", "--quiet", "--endpoint-mode", "vip", service]);
    const switched = (await findings(request)).find((f) => f.id === id);
    expect(switched).toMatchObject({ severity: "warning", objects: [service] });
  } finally {
    dockerQuietly(["service", "rm", service]);
    await removeEventually("network", network);
  }
  expect(await ids(request)).not.toContain(id);
});
