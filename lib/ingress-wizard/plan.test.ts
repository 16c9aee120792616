import { describe, expect, it } from "vitest";
import type { Network } from "@/lib/model/network";
import type { Port } from "@/lib/model/port";
import type { Service } from "@/lib/model/service";
import type { Snapshot } from "@/lib/model/snapshot";
import {
  fixtureNetwork,
  fixtureService,
  fixtureSnapshot,
  fixtureTask,
} from "@/test/fixtures/snapshot";
import {
  clearedPorts,
  deriveProgress,
  isRestored,
  newIngressRequest,
  parseStoredPlan,
  restoredPorts,
  startPlan,
  syncPlan,
} from "./plan";

const port = (published: number, target: number, mode: Port["mode"] = "ingress"): Port => ({
  published,
  target,
  protocol: "tcp",
  mode,
});

const service = (id: string, ports: Port[]): Service => fixtureService({ id, name: id, ports });

const oldIngress = fixtureNetwork({
  id: "old",
  name: "ingress",
  ingress: true,
  system: true,
  ipam: [{ subnet: "10.0.0.0/24", gateway: "10.0.0.1" }],
});

const snap = (networks: Network[], services: Service[], tasks: Snapshot["tasks"] = []): Snapshot =>
  fixtureSnapshot({ networks, services, tasks });

const taskOn = (networkId: string, state = "running") =>
  fixtureTask({
    id: `t-${networkId}-${state}`,
    serviceId: "web",
    state,
    desiredState: "shutdown",
    addresses: [{ networkId, networkName: "x", addr: "10.0.0.3/24" }],
  });

const web = [port(8080, 80)];
const mixed = [port(9000, 90), port(5514, 514, "host")];

describe("ingress wizard plan", () => {
  it("starts from the live ingress and its blockers, prefilled with the old settings", () => {
    const plan = startPlan(
      snap([oldIngress], [service("web", web), service("syslog", [port(5514, 514, "host")])]),
      "t0",
    );
    expect(plan.oldIngress).toMatchObject({
      id: "old",
      subnet: "10.0.0.0/24",
      gateway: "10.0.0.1",
    });
    expect(plan.services.map((s) => [s.name, s.action, s.originalPorts])).toEqual([
      ["web", "unpublish", web],
    ]);
    expect(plan.newIngress).toEqual({
      name: "ingress",
      subnet: "10.0.0.0/24",
      gateway: "10.0.0.1",
      mtu: "",
    });
  });

  it("clears ingress ports by removing them or switching them to host mode", () => {
    expect(clearedPorts(mixed, "unpublish")).toEqual([port(5514, 514, "host")]);
    expect(clearedPorts(mixed, "host")).toEqual([port(9000, 90, "host"), port(5514, 514, "host")]);
  });

  it("restores the original ingress ports, dropping the host copies and keeping the rest", () => {
    expect(restoredPorts([port(5514, 514, "host")], mixed)).toEqual([
      port(5514, 514, "host"),
      port(9000, 90),
    ]);
    expect(restoredPorts(clearedPorts(mixed, "host"), mixed)).toEqual([
      port(5514, 514, "host"),
      port(9000, 90),
    ]);
    expect(isRestored(restoredPorts([], web), web)).toBe(true);
    expect(isRestored([], web)).toBe(false);
  });

  it("derives every step from live state, so a reload resumes where Docker is", () => {
    const plan = startPlan(snap([oldIngress], [service("web", web)]), "t0");
    const at = (networks: Network[], services: Service[]) =>
      deriveProgress(plan, snap(networks, services));

    expect(at([oldIngress], [service("web", web)]).current).toBe("blockers");
    const cleared = at([oldIngress], [service("web", [])]);
    expect(cleared.current).toBe("remove");
    expect(cleared.services[0]?.state).toBe("cleared");
    expect(at([], [service("web", [])]).current).toBe("create");
    const fresh = fixtureNetwork({ id: "new", name: "ingress", ingress: true });
    const created = at([fresh], [service("web", [])]);
    expect(created.current).toBe("restore");
    expect(created.newIngress?.id).toBe("new");
    const restored = at([fresh], [service("web", web)]);
    expect(restored.current).toBeNull();
    expect(restored.services[0]?.state).toBe("restored");
    expect(
      deriveProgress({ ...plan, restoreSkipped: true }, snap([fresh], [service("web", [])]))
        .current,
    ).toBeNull();
    expect(at([fresh], []).services[0]?.state).toBe("gone");
  });

  it("waits for old tasks to leave ingress, and for the node's copy to go after a removal", () => {
    const plan = startPlan(snap([oldIngress], [service("web", web)]), "t0");
    const lingering = deriveProgress(
      plan,
      snap([oldIngress], [service("web", [])], [taskOn("old")]),
    );
    expect(lingering.current).toBe("blockers");
    expect(lingering.lingeringTasks).toBe(1);
    expect(
      deriveProgress(plan, snap([oldIngress], [service("web", [])], [taskOn("old", "shutdown")]))
        .current,
    ).toBe("remove");
    const requested = deriveProgress({ ...plan, removeRequested: true }, snap([oldIngress], []));
    expect(requested.current).toBe("remove");
    expect(requested.removalPending).toBe(true);
  });

  it("adds services that start publishing through the old ingress, but not after it is gone", () => {
    const plan = startPlan(snap([oldIngress], []), "t0");
    const later = snap([oldIngress], [service("late", web)]);
    const synced = syncPlan(plan, later);
    expect(synced.services.map((s) => s.name)).toEqual(["late"]);
    expect(syncPlan(synced, later)).toBe(synced);
    expect(syncPlan(plan, snap([], [service("late", web)]))).toBe(plan);
  });

  it("reads back only a well-formed stored plan", () => {
    const plan = startPlan(snap([oldIngress], [service("web", web)]), "t0");
    expect(parseStoredPlan(JSON.stringify(plan))).toEqual(plan);
    expect(parseStoredPlan("{")).toBeNull();
    expect(parseStoredPlan(JSON.stringify({ ...plan, version: 2 }))).toBeNull();
    expect(parseStoredPlan(null)).toBeNull();
  });

  it("turns the step-4 fields into an ingress create body checked by the shared schema", () => {
    const ok = newIngressRequest({
      name: "ingress",
      subnet: "10.11.0.0/16",
      gateway: "10.11.0.2",
      mtu: "1200",
    });
    expect(ok.input).toEqual({
      name: "ingress",
      ingress: true,
      mtu: 1200,
      ipam: [{ subnet: "10.11.0.0/16", gateway: "10.11.0.2" }],
    });
    const bad = newIngressRequest({
      name: "in.gress",
      subnet: "10.11.0.1/16",
      gateway: "",
      mtu: "x",
    });
    expect(bad.input).toBeNull();
    expect(Object.keys(bad.errors).sort()).toEqual(["ipam.0.subnet", "mtu", "name"]);
  });
});
