import { expect, test } from "@playwright/test";
import { createService, docker, dockerQuietly, removeEventually, uniqueName } from "./docker";
import { untilSnapshotShows } from "./live-support";
import { recordApiAnswers } from "./security-support";
import { asAdmin, asViewer, BASE_URL, DOCKER_HOST, VIEWER_STATE } from "./support";

/**
 * Labels that carry credentials reach admins only (#12): a service and a network are created
 * with a Traefik basic-auth label and a password label, then read as a viewer (API, wall).
 */
const HASH = "admin:$apr1$H6uskkkW$IgXLP6ewTrSuBkTrqE8wj/";
const PASSWORD = "hunter2-e2e-secret";
const SOCKET = DOCKER_HOST.replace(/^unix:\/\//, "");

const service = uniqueName("sec-labels");
const network = uniqueName("sec-labels-net");

test.beforeAll(async () => {
  docker([
    "network",
    "create",
    "-d",
    "overlay",
    "--label",
    `db.password=${PASSWORD}`,
    "--label",
    "tier=db",
    network,
  ]);
  createService(service, [
    "--label",
    `traefik.http.middlewares.x.basicauth.users=${HASH}`,
    "--label",
    "traefik.enable=true",
    "--network",
    network,
  ]);
  await untilSnapshotShows(
    (s) => s.services.some((x) => x.name === service) && s.networks.some((x) => x.name === network),
  );
});

test.afterAll(async () => {
  dockerQuietly(["service", "rm", service]);
  await removeEventually("network", network);
});

const leaks = (text: string) =>
  [HASH, "$apr1$", PASSWORD, SOCKET].filter((secret) => text.includes(secret));

test("viewers' API answers carry no secret label value and no engine address", async ({
  request,
}) => {
  for (const path of [
    "/api/snapshot",
    "/api/services",
    `/api/services/${service}`,
    "/api/networks",
    `/api/networks/${network}`,
    "/api/nodes",
    "/api/swarm",
    "/api/diagnostics?probe=0",
  ]) {
    const res = await request.get(`${BASE_URL}${path}`, { headers: asViewer });
    expect(res.status(), path).toBe(200);
    expect(leaks(await res.text()), path).toEqual([]);
  }
  const snapshot = await (
    await request.get(`${BASE_URL}/api/snapshot`, { headers: asViewer })
  ).json();
  const svc = snapshot.services.find((s: { name: string }) => s.name === service);
  expect(svc.labels).toEqual({
    "traefik.http.middlewares.x.basicauth.users": "[redacted]",
    "traefik.enable": "true",
  });
  const net = snapshot.networks.find((n: { name: string }) => n.name === network);
  expect(net.labels).toEqual({ "db.password": "[redacted]", tier: "db" });
  expect(snapshot.engine.host).toBe("[redacted]");
});

test("admins see the values", async ({ request }) => {
  const snapshot = await (
    await request.get(`${BASE_URL}/api/snapshot`, { headers: asAdmin })
  ).json();
  const svc = snapshot.services.find((s: { name: string }) => s.name === service);
  expect(svc.labels["traefik.http.middlewares.x.basicauth.users"]).toBe(HASH);
  expect(snapshot.engine.host).toBe(DOCKER_HOST);
});

test.describe("in a viewer's browser", () => {
  test.use({ storageState: VIEWER_STATE });

  test("the wall and the service page show no secret label value", async ({ page }) => {
    const seen = recordApiAnswers(page);
    await page.goto("/wall");
    await expect(page.getByText(service).first()).toBeVisible();
    expect(leaks(await page.content())).toEqual([]);
    await page.goto(`/services/${service}`);
    await expect(page.getByRole("heading", { name: service, level: 1 })).toBeVisible();
    expect(leaks(await page.content())).toEqual([]);
    await page.goto("/swarm");
    await expect(page.getByRole("heading", { name: "Swarm", level: 1 })).toBeVisible();
    expect(leaks(await page.content())).toEqual([]);
    expect(leaks(seen.join("\n"))).toEqual([]);
  });
});
