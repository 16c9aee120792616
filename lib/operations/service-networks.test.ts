import { beforeEach, describe, expect, it, vi } from "vitest";
import { fake } from "@/test/fake-docker";
import {
  fixtureNetwork,
  fixtureService,
  fixtureSnapshot,
  GWBRIDGE,
  INGRESS,
} from "@/test/fixtures/snapshot";
import { attachNetwork, detachNetwork } from "./service-networks";

vi.mock("@/lib/docker", async () => (await import("@/test/fake-docker")).fake.module);
vi.mock("@/lib/server/live", async () => (await import("@/test/fake-docker")).fake.live);

const front = fixtureNetwork({ name: "front" });
const back = fixtureNetwork({ name: "back" });
const local = fixtureNetwork({ name: "local-br", driver: "bridge", scope: "local" });
const api = fixtureService({
  name: "api",
  version: 7,
  networks: [{ id: front.id, name: "front", aliases: ["www"] }],
});

beforeEach(() => {
  fake.set(fixtureSnapshot({ networks: [INGRESS, GWBRIDGE, front, back, local], services: [api] }));
});

describe("attachNetwork", () => {
  it("adds the network with its aliases, keeps the others, and syncs the service", async () => {
    const result = await attachNetwork("api", 7, "back", ["db"]);
    expect(result.cli).toBe("docker service update --network-add name=back,alias=db api");
    expect(result.networks).toEqual([
      { id: front.id, name: "front", aliases: ["www"] },
      { id: back.id, name: "back", aliases: ["db"] },
    ]);
    expect(fake.writes()).toEqual([
      { op: "updateService", id: api.id, version: 7 },
      { op: "syncAfterWrite", changed: { services: [api.id] } },
    ]);
  });

  it("refuses unknown, non-overlay and ingress networks, and a second attachment", async () => {
    await expect(attachNetwork("api", 7, "nope")).rejects.toMatchObject({ code: "not_found" });
    await expect(attachNetwork("api", 7, "local-br")).rejects.toMatchObject({ code: "invalid" });
    await expect(attachNetwork("api", 7, "ingress")).rejects.toMatchObject({ code: "invalid" });
    await expect(attachNetwork("api", 7, "front")).rejects.toMatchObject({ code: "conflict" });
    await expect(attachNetwork("ghost", 7, "back")).rejects.toMatchObject({ code: "not_found" });
    expect(fake.writes()).toEqual([]);
  });

  it("passes the caller's version on, so a stale form gets Docker's 409", async () => {
    await expect(attachNetwork("api", 6, "back")).rejects.toMatchObject({ code: "conflict" });
    expect(fake.writes()).toEqual([{ op: "updateService", id: api.id, version: 6 }]);
  });
});

describe("detachNetwork", () => {
  it("removes only that network", async () => {
    const result = await detachNetwork("api", 7, "front");
    expect(result.cli).toBe("docker service update --network-rm front api");
    expect(result.networks).toEqual([]);
    expect(fake.writes()).toHaveLength(2);
  });

  it("refuses a network the service is not on", async () => {
    await expect(detachNetwork("api", 7, "back")).rejects.toMatchObject({ code: "not_found" });
    await expect(detachNetwork("api", 7, "nope")).rejects.toMatchObject({ code: "not_found" });
    expect(fake.writes()).toEqual([]);
  });
});
