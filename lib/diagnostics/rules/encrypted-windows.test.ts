import { describe, expect, it } from "vitest";
import {
  fixtureNetwork,
  fixtureNode,
  fixtureService,
  fixtureSnapshot,
  fixtureTask,
  GWBRIDGE,
  INGRESS,
  MANAGER,
} from "@/test/fixtures/snapshot";
import { fixtureContext } from "../fixtures";
import { encryptedWindowsRule } from "./encrypted-windows";

const secure = fixtureNetwork({
  name: "secure",
  encrypted: true,
  ipam: [{ subnet: "10.0.7.0/24" }],
});
const win = fixtureNode({ hostname: "win1", role: "worker", os: "windows", addr: "192.168.1.20" });
const svc = fixtureService({ name: "api", on: ["secure"] });

describe("encryptedWindowsRule", () => {
  it("errors when a task on the encrypted overlay runs on a Windows node", () => {
    const s = fixtureSnapshot({
      nodes: [MANAGER, win],
      networks: [INGRESS, GWBRIDGE, secure],
      services: [svc],
      tasks: [fixtureTask({ serviceId: svc.id, nodeId: win.id, on: { secure: "10.0.7.3/24" } })],
    });
    const [finding] = encryptedWindowsRule(s, fixtureContext());
    expect(finding).toMatchObject({
      id: "encrypted-windows:secure",
      severity: "error",
      objects: ["secure", "api", "win1"],
    });
    expect(finding?.fix.commands[0]).toBe(
      "docker service update --constraint-add node.platform.os==linux api",
    );
    expect(finding?.fix.commands).toContain(
      "docker network create --driver overlay --subnet 10.0.7.0/24 secure",
    );
  });

  it("warns when Windows nodes exist but no task of the network runs there yet", () => {
    const s = fixtureSnapshot({ nodes: [MANAGER, win], networks: [INGRESS, GWBRIDGE, secure] });
    expect(encryptedWindowsRule(s, fixtureContext())[0]?.severity).toBe("warning");
  });

  it("stays silent on an all-Linux swarm, and for unencrypted overlays", () => {
    const linuxOnly = fixtureSnapshot({ networks: [INGRESS, GWBRIDGE, secure] });
    expect(encryptedWindowsRule(linuxOnly, fixtureContext())).toEqual([]);
    const plain = fixtureSnapshot({
      nodes: [MANAGER, win],
      networks: [INGRESS, GWBRIDGE, { ...secure, encrypted: false }],
    });
    expect(encryptedWindowsRule(plain, fixtureContext())).toEqual([]);
  });
});
