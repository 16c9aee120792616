import { beforeEach, describe, expect, it, vi } from "vitest";
import { fake } from "@/test/fake-docker";
import { fixtureService, fixtureSnapshot } from "@/test/fixtures/snapshot";
import { otherServicesPorts, serviceContext } from "./service-context";

vi.mock("@/lib/docker", async () => (await import("@/test/fake-docker")).fake.module);

const port = { published: 80, target: 80, protocol: "tcp", mode: "ingress" } as const;
const web = fixtureService({ id: "abcdef123456", name: "web", ports: [port] });
const api = fixtureService({ name: "api", ports: [{ ...port, published: 81 }] });

beforeEach(() => fake.set(fixtureSnapshot({ services: [web, api] })));

describe("serviceContext", () => {
  it("finds the service by name or id prefix, with the swarm around it", async () => {
    expect((await serviceContext("web")).service.id).toBe(web.id);
    expect((await serviceContext("abcdef")).service.name).toBe("web");
    await expect(serviceContext("abc")).rejects.toMatchObject({ code: "not_found" });
  });

  it("lists the other services' ports, never the service's own", async () => {
    const { s, service } = await serviceContext("web");
    expect(otherServicesPorts(s, service)).toEqual([{ service: "api", ports: api.ports }]);
  });
});
