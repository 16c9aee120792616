import { beforeEach, describe, expect, it, vi } from "vitest";
import { en } from "@/lib/messages/en";
import { fake } from "@/test/fake-docker";
import {
  fixtureContainer,
  fixtureNetwork,
  fixtureService,
  fixtureSnapshot,
  GWBRIDGE,
  INGRESS,
} from "@/test/fixtures/snapshot";
import { removeNetwork } from "./remove-network";

vi.mock("@/lib/docker", async () => (await import("@/test/fake-docker")).fake.module);
vi.mock("@/lib/server/live", async () => (await import("@/test/fake-docker")).fake.live);

const back = fixtureNetwork({ name: "back" });
const idle = fixtureNetwork({ name: "idle" });
const api = fixtureService({ name: "api", on: ["back"] });
const publisher = fixtureService({
  name: "web",
  ports: [{ published: 8080, target: 80, protocol: "tcp", mode: "ingress" }],
});

beforeEach(() => {
  fake.set(
    fixtureSnapshot({
      networks: [INGRESS, GWBRIDGE, back, idle],
      services: [api],
      containers: [fixtureContainer({ name: "debug", on: { back: "10.1.0.9" } })],
    }),
  );
});

describe("removeNetwork", () => {
  it("removes an unused network by name or id prefix, then syncs", async () => {
    expect(await removeNetwork("idle")).toEqual({
      removed: "idle",
      cli: "docker network rm idle",
      warnings: [],
    });
    expect(fake.writes()).toEqual([
      { op: "removeNetwork", id: "id-idle" },
      { op: "syncAfterWrite", changed: { networks: ["id-idle"] } },
    ]);
  });

  it("refuses while services or standalone containers use it, naming them", async () => {
    await expect(removeNetwork("back")).rejects.toMatchObject({
      code: "conflict",
      message:
        'The network "back" is in use by services api and containers debug. Detach them first.',
      details: { services: ["api"], containers: ["debug"] },
    });
    expect(fake.writes()).toEqual([]);
  });

  it("refuses Docker's own networks and unknown names", async () => {
    await expect(removeNetwork("docker_gwbridge")).rejects.toMatchObject({ code: "conflict" });
    await expect(removeNetwork("nope")).rejects.toMatchObject({ code: "not_found" });
    expect(fake.writes()).toEqual([]);
  });

  it("removes ingress only once no service publishes through it, with the engine warning", async () => {
    fake.set(fixtureSnapshot({ networks: [INGRESS, GWBRIDGE], services: [publisher] }));
    await expect(removeNetwork("ingress")).rejects.toMatchObject({
      code: "conflict",
      details: { services: ["web"], containers: [] },
    });
    fake.set(fixtureSnapshot({ networks: [INGRESS, GWBRIDGE], services: [api] }));
    expect(await removeNetwork("ingress")).toMatchObject({
      removed: "ingress",
      warnings: [en.warnings.engineVersion],
    });
  });
});
