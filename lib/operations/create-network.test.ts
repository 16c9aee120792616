import { beforeEach, describe, expect, it, vi } from "vitest";
import { en } from "@/lib/messages/en";
import { createNetworkSchema } from "@/lib/schemas/network-create";
import { fake } from "@/test/fake-docker";
import {
  fixtureNetwork,
  fixtureNode,
  fixtureSnapshot,
  fixtureSwarm,
  GWBRIDGE,
  INGRESS,
  MANAGER,
} from "@/test/fixtures/snapshot";
import { createNetwork } from "./create-network";

vi.mock("@/lib/docker", async () => (await import("@/test/fake-docker")).fake.module);
vi.mock("@/lib/server/live", async () => (await import("@/test/fake-docker")).fake.live);
// Counts how often a subnet's text is parsed for one request (the schema should be the only place).
vi.mock("@/lib/net/cidr", async (original) => {
  const real = await original<typeof import("@/lib/net/cidr")>();
  return { ...real, parseCidr: vi.fn(real.parseCidr) };
});
const { parseCidr } = await import("@/lib/net/cidr");

const used = fixtureNetwork({ name: "used", ipam: [{ subnet: "10.20.0.0/16" }] });

/** What the route does: the schema first, then the use case with its output. */
const create = (body: unknown) => createNetwork(createNetworkSchema.parse(body));

beforeEach(() => {
  fake.set(fixtureSnapshot({ networks: [INGRESS, GWBRIDGE, used] }));
  vi.mocked(parseCidr).mockClear();
});

describe("createNetwork", () => {
  it("sends the request its CLI line shows, then syncs the live model", async () => {
    const result = await create({
      name: "web",
      attachable: true,
      ipam: [{ subnet: "172.30.0.0/24", gateway: "172.30.0.1" }],
      mtu: 1400,
    });
    expect(result.cli).toBe(
      "docker network create --driver overlay --attachable --subnet 172.30.0.0/24 --gateway 172.30.0.1 --opt com.docker.network.driver.mtu=1400 web",
    );
    const [write, sync] = fake.writes();
    expect(write).toMatchObject({
      op: "createOverlay",
      request: {
        Name: "web",
        Attachable: true,
        Options: { "com.docker.network.driver.mtu": "1400" },
        IPAM: { Config: [{ Subnet: "172.30.0.0/24", Gateway: "172.30.0.1" }] },
      },
    });
    expect(sync).toEqual({ op: "syncAfterWrite", changed: { networks: [result.id] } });
    expect(result.warnings).toEqual([]);
  });

  it("parses the subnet once for the whole request (schema, checks and request)", async () => {
    await create({ name: "once", ipam: [{ subnet: "10.31.0.0/24" }] });
    expect(parseCidr).toHaveBeenCalledTimes(1);
  });

  it("refuses a taken name, a second ingress and an overlap with 409, creating nothing", async () => {
    await expect(create({ name: "used" })).rejects.toMatchObject({
      code: "conflict",
      details: [{ field: "name" }],
    });
    await expect(create({ name: "my-ingress", ingress: true })).rejects.toMatchObject({
      code: "conflict",
      details: [{ field: "ingress" }],
    });
    await expect(
      create({ name: "clash", ipam: [{ subnet: "10.20.5.0/24" }] }),
    ).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringContaining("10.20.5.0/24 overlaps 10.20.0.0/16 of network used"),
      details: [{ field: "ipam.0.subnet" }],
    });
    expect(fake.writes()).toEqual([]);
  });

  it("warns when the new subnet holds an IPv6 manager's address ([fd00::5]:2377)", async () => {
    const manager = fixtureNode({ hostname: "m6", addr: "0.0.0.0", managerAddr: "[fd00::5]:2377" });
    fake.set(fixtureSnapshot({ nodes: [manager], networks: [INGRESS, GWBRIDGE] }));
    const result = await create({ name: "v6", ipam: [{ subnet: "fd00::/64" }] });
    expect(result.warnings).toEqual([
      expect.stringContaining("fd00::/64 contains node address fd00::5"),
    ]);
    expect(fake.writes()[0]).toMatchObject({ request: { EnableIPv6: true } });
  });

  it("warns about the default pool, encryption, Windows nodes, the MTU and a new ingress", async () => {
    const windows = fixtureNode({ hostname: "win-1", role: "worker", os: "windows" });
    const onDefaultSubnet = fixtureNode({ hostname: "low", role: "worker", addr: "10.0.0.7" });
    fake.set(
      fixtureSnapshot({
        nodes: [MANAGER, windows, onDefaultSubnet],
        networks: [GWBRIDGE],
        swarm: fixtureSwarm({ defaultAddrPool: ["10.40.0.0/16"] }),
      }),
    );
    const overlay = await create({
      name: "secure",
      encrypted: true,
      mtu: 9200,
      ipam: [{ subnet: "10.40.1.0/24" }],
    });
    expect(overlay.warnings).toEqual([
      expect.stringContaining("overlaps the swarm default address pool 10.40.0.0/16"),
      expect.stringContaining("MTU 9200 is above 9000"),
      expect.stringContaining("MTU 9200 is larger than the 1500-byte underlay"),
      expect.stringContaining("Encryption (IPsec) costs CPU"),
      "Overlay encryption is not supported on Windows nodes: win-1.",
    ]);
    const ingress = await create({ name: "my-ingress", ingress: true });
    expect(ingress.warnings).toEqual([
      en.warnings.engineVersion,
      expect.stringContaining("default ingress subnet 10.0.0.0/24 contains node address 10.0.0.7"),
    ]);
  });
});
