import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Port } from "@/lib/model/port";
import { fake } from "@/test/fake-docker";
import { fixtureService, fixtureSnapshot } from "@/test/fixtures/snapshot";
import { updatePorts } from "./update-ports";

vi.mock("@/lib/docker", async () => (await import("@/test/fake-docker")).fake.module);
vi.mock("@/lib/server/live", async () => (await import("@/test/fake-docker")).fake.live);

const ingress8080: Port = { published: 8080, target: 80, protocol: "tcp", mode: "ingress" };
const host9090: Port = { published: 9090, target: 90, protocol: "tcp", mode: "host" };
const web = fixtureService({ name: "web", version: 3, ports: [ingress8080] });
const other = fixtureService({
  name: "other",
  ports: [{ published: 8443, target: 443, protocol: "tcp", mode: "ingress" }, host9090],
});
const resolver = fixtureService({ name: "resolver", version: 2, endpointMode: "dnsrr" });

beforeEach(() => {
  fake.set(fixtureSnapshot({ services: [web, other, resolver] }));
});

describe("updatePorts", () => {
  it("replaces the ports, renders the same change as the CLI line, and syncs", async () => {
    const next: Port = { published: 8081, target: 80, protocol: "udp", mode: "ingress" };
    const result = await updatePorts("web", 3, [next]);
    expect(result.ports).toEqual([next]);
    expect(result.cli).toBe(
      "docker service update --publish-rm target=80,protocol=tcp,mode=ingress --publish-add published=8081,target=80,protocol=udp,mode=ingress web",
    );
    expect(result.warnings).toEqual([]);
    expect(fake.writes()).toEqual([
      { op: "updateService", id: web.id, version: 3 },
      { op: "syncAfterWrite", changed: { services: [web.id] } },
    ]);
  });

  it("says when nothing changes", async () => {
    expect((await updatePorts("web", 3, [ingress8080])).cli).toBe("# no change to web's ports");
  });

  it("refuses a port another service holds, before calling Docker (409 with the field)", async () => {
    await expect(
      updatePorts("web", 3, [{ published: 8443, target: 80, protocol: "tcp", mode: "ingress" }]),
    ).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringContaining(
        "already published through the routing mesh by service other",
      ),
      details: [{ field: "ports.0.published" }],
    });
    expect(fake.writes()).toEqual([]);
  });

  it("warns, without refusing, when two services share a host-mode port", async () => {
    const result = await updatePorts("web", 3, [host9090]);
    expect(result.warnings).toEqual([expect.stringContaining("also published in host mode")]);
  });

  it("refuses ingress ports on a dnsrr service, saying what to do", async () => {
    const mesh: Port = { published: 8088, target: 80, protocol: "tcp", mode: "ingress" };
    await expect(updatePorts("resolver", 2, [mesh])).rejects.toMatchObject({
      code: "conflict",
      details: [
        {
          field: "ports",
          message: expect.stringContaining("publish with mode=host, or switch the endpoint mode"),
        },
      ],
    });
    const host = await updatePorts("resolver", 2, [{ ...mesh, mode: "host" }]);
    expect(host.ports).toEqual([{ ...mesh, mode: "host" }]);
  });
});
