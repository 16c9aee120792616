import { describe, expect, it } from "vitest";
import type { Port } from "@/lib/model/port";
import { fixtureService, fixtureSnapshot } from "@/test/fixtures/snapshot";
import { fixtureContext } from "../fixtures";
import { portCollisionRule } from "./port-collision";

const port = (published: number, mode: Port["mode"], protocol: Port["protocol"] = "tcp"): Port => ({
  published,
  target: 80,
  protocol,
  mode,
});

describe("portCollisionRule", () => {
  it("errors when an ingress port is also published by another service", () => {
    const a = fixtureService({ name: "a", ports: [port(8080, "ingress")] });
    const b = fixtureService({ name: "b", ports: [port(8080, "host"), port(8081, "ingress")] });
    const [finding, ...rest] = portCollisionRule(
      fixtureSnapshot({ services: [a, b] }),
      fixtureContext(),
    );
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      id: "port-collision:8080/tcp:a:b",
      severity: "error",
      objects: ["a", "b"],
    });
    // 8081 is taken too, so the fix moves b's 8080 to 8082.
    expect(finding?.fix.commands).toEqual([
      "docker service update --publish-rm target=80,protocol=tcp,mode=host --publish-add published=8082,target=80,protocol=tcp,mode=host b",
    ]);
  });

  it("warns when two services share a port in host mode", () => {
    const a = fixtureService({ name: "a", ports: [port(9000, "host")] });
    const b = fixtureService({ name: "b", ports: [port(9000, "host")] });
    const [finding] = portCollisionRule(fixtureSnapshot({ services: [a, b] }), fixtureContext());
    expect(finding).toMatchObject({ id: "port-collision:9000/tcp:a:b", severity: "warning" });
  });

  it("stays silent for the same number on different protocols or different numbers", () => {
    const a = fixtureService({ name: "a", ports: [port(53, "ingress", "udp")] });
    const b = fixtureService({ name: "b", ports: [port(53, "ingress", "tcp"), port(54, "host")] });
    expect(portCollisionRule(fixtureSnapshot({ services: [a, b] }), fixtureContext())).toEqual([]);
  });
});
