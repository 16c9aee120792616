import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dockerCli, selectTestEngine } from "@/test/engine";

selectTestEngine();
const { buildSnapshot, dockerCallCount, SNAPSHOT_DOCKER_CALLS } = await import("./index");

const extra = ["snapcount-a", "snapcount-b", "snapcount-c"];

describe("buildSnapshot against the sandbox engine", () => {
  beforeAll(() => {
    for (const n of extra) dockerCli(["network", "create", "-d", "overlay", n]);
  });
  afterAll(() => {
    for (const n of extra) dockerCli(["network", "rm", n]);
  });

  it("sees the seeded objects", async () => {
    const s = await buildSnapshot();
    expect(s.engine.swarmState).toBe("active");
    expect(s.networks.map((n) => n.name)).toEqual(
      expect.arrayContaining(["ingress", "demo-secure", ...extra]),
    );
    expect(s.services.find((svc) => svc.name === "resolver")?.endpointMode).toBe("dnsrr");
    expect(s.gwbridgeEndpoints.length).toBeGreaterThan(0);
  });

  it("makes the same constant number of Docker calls however many networks exist", async () => {
    const before = dockerCallCount();
    const s = await buildSnapshot();
    expect(dockerCallCount() - before).toBe(SNAPSHOT_DOCKER_CALLS);
    expect(s.networks.length).toBeGreaterThan(SNAPSHOT_DOCKER_CALLS);

    dockerCli(["network", "rm", extra[0] as string]);
    const again = dockerCallCount();
    await buildSnapshot();
    expect(dockerCallCount() - again).toBe(SNAPSHOT_DOCKER_CALLS);
    dockerCli(["network", "create", "-d", "overlay", extra[0] as string]);
  });
});
