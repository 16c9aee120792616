import { beforeEach, describe, expect, it, vi } from "vitest";
import { en } from "@/lib/messages/en";
import type { Port } from "@/lib/model/port";
import { fake } from "@/test/fake-docker";
import { fixtureService, fixtureSnapshot } from "@/test/fixtures/snapshot";
import { updateEndpointMode } from "./update-endpoint-mode";

vi.mock("@/lib/docker", async () => (await import("@/test/fake-docker")).fake.module);
vi.mock("@/lib/server/live", async () => (await import("@/test/fake-docker")).fake.live);

const ingress8080: Port = { published: 8080, target: 80, protocol: "tcp", mode: "ingress" };
const web = fixtureService({ name: "web", version: 4, ports: [ingress8080] });
const plain = fixtureService({ name: "plain", version: 1 });
const resolver = fixtureService({ name: "resolver", version: 2, endpointMode: "dnsrr" });

beforeEach(() => {
  fake.set(fixtureSnapshot({ services: [web, plain, resolver] }));
});

describe("updateEndpointMode", () => {
  it("switches to dnsrr and explains what that means", async () => {
    const result = await updateEndpointMode("plain", 1, "dnsrr");
    expect(result.endpointMode).toBe("dnsrr");
    expect(result.cli).toBe("docker service update --endpoint-mode dnsrr plain");
    expect(result.warnings).toEqual([en.warnings.dnsrrExplanation]);
    expect(fake.writes()).toEqual([
      { op: "updateService", id: plain.id, version: 1 },
      { op: "syncAfterWrite", changed: { services: [plain.id] } },
    ]);
  });

  it("refuses dnsrr while ingress ports remain (409), before calling Docker", async () => {
    await expect(updateEndpointMode("web", 4, "dnsrr")).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringContaining("convertIngressPortsToHost: true"),
      details: [{ field: "mode" }],
    });
    expect(fake.writes()).toEqual([]);
  });

  it("moves ingress ports to mode=host in the same update when asked", async () => {
    const result = await updateEndpointMode("web", 4, "dnsrr", { convertIngressPortsToHost: true });
    expect(result.endpointMode).toBe("dnsrr");
    expect(result.ports).toEqual([{ ...ingress8080, mode: "host" }]);
    expect(result.cli).toBe(
      "docker service update --endpoint-mode dnsrr --publish-rm target=80,protocol=tcp,mode=ingress --publish-add published=8080,target=80,protocol=tcp,mode=host web",
    );
  });

  it("warns about stale DNS answers when going back to vip", async () => {
    const result = await updateEndpointMode("resolver", 2, "vip");
    expect(result.endpointMode).toBe("vip");
    expect(result.warnings).toEqual([en.warnings.staleDns]);
  });

  it("leaves the ports alone when there is nothing to convert", async () => {
    const result = await updateEndpointMode("plain", 1, "dnsrr", {
      convertIngressPortsToHost: true,
    });
    expect(result.cli).toBe("docker service update --endpoint-mode dnsrr plain");
  });
});
