import { expect, test } from "@playwright/test";
import { docker, inspect } from "./docker";
import { asViewer } from "./support";

/** The seeded encrypted overlay demo-secure (10.20.0.0/24, gateway 10.20.0.1) with web on it. */
type Entry = { ip: string; kind: string; owner: string; node?: string };
type Subnet = {
  subnet: string;
  gateway: string | null;
  size: number;
  usable: number;
  used: number;
  free: number;
  addresses: Entry[];
  ranges: { count: number; used: boolean }[];
};

const NETWORK = "demo-secure";

function dockerView() {
  const netId = inspect<{ Id: string }>("network", NETWORK).Id;
  const web = inspect<{ Endpoint: { VirtualIPs: { NetworkID: string; Addr: string }[] } }>(
    "service",
    "web",
  );
  const vip = web.Endpoint.VirtualIPs.find((v) => v.NetworkID === netId)?.Addr.split("/")[0];
  const ids = docker(["service", "ps", "-q", "--filter", "desired-state=running", "web"]).split(
    "\n",
  );
  const tasks = (
    JSON.parse(docker(["inspect", ...ids])) as {
      NetworksAttachments?: { Network: { ID: string }; Addresses: string[] }[];
    }[]
  )
    .flatMap((t) => t.NetworksAttachments ?? [])
    .filter((a) => a.Network.ID === netId)
    .flatMap((a) => a.Addresses.map((x) => x.split("/")[0] ?? x));
  return { vip, tasks };
}

test("the address map of the encrypted overlay: gateway, web's VIP and tasks, consistent counts", async ({
  request,
}) => {
  const res = await request.get(`/api/networks/${NETWORK}/addresses`, { headers: asViewer });
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { network: string; subnets: Subnet[]; unknownNodes: string[] };
  expect(body.network).toBe(NETWORK);
  expect(body.subnets).toHaveLength(1);
  const [s] = body.subnets as [Subnet];
  expect(s).toMatchObject({ subnet: "10.20.0.0/24", gateway: "10.20.0.1", size: 256, usable: 253 });

  const { vip, tasks } = dockerView();
  const kinds = (kind: string) => s.addresses.filter((a) => a.kind === kind);
  expect(kinds("gateway")).toEqual([{ ip: "10.20.0.1", kind: "gateway", owner: NETWORK }]);
  expect(kinds("vip")).toEqual([{ ip: vip, kind: "vip", owner: "web" }]);
  expect(
    kinds("task")
      .map((a) => a.ip)
      .sort(),
  ).toEqual([...tasks].sort());
  for (const t of kinds("task")) expect(t.owner).toMatch(/^web\.\d+$/);
  // One load-balancer endpoint per node with a task on the network (every node is asked).
  expect(body.unknownNodes).toEqual([]);
  expect(kinds("lb").length).toBeGreaterThanOrEqual(1);
  for (const lb of kinds("lb")) expect(lb.owner).toBe(`${NETWORK}-endpoint`);

  // Counts agree with the list and with each other.
  expect(s.used).toBe(s.addresses.length - 1);
  expect(s.free).toBe(s.usable - s.used);
  expect(s.ranges.filter((r) => r.used).reduce((n, r) => n + r.count, 0)).toBe(s.addresses.length);
  expect(s.ranges.reduce((n, r) => n + r.count, 0)).toBe(254);
});

test("unknown network → 404", async ({ request }) => {
  const res = await request.get("/api/networks/no-such-network/addresses", { headers: asViewer });
  expect(res.status()).toBe(404);
  expect((await res.json()).error.code).toBe("not_found");
});

test("the network page shows the address map with its picture", async ({ page }) => {
  await page.goto(`/networks/${NETWORK}`);
  await expect(page.getByRole("heading", { name: "Address map" })).toBeVisible();
  const table = page.getByRole("table", { name: "Address map 10.20.0.0/24" });
  await expect(table.getByRole("row", { name: /10\.20\.0\.1 gateway/ })).toBeVisible();
  await expect(table.getByRole("row", { name: /VIP web/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /Used and free addresses/ })).toBeVisible();
});
