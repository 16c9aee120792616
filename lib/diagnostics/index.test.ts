import { describe, expect, it } from "vitest";
import {
  fixtureNetwork,
  fixtureNode,
  fixtureService,
  fixtureSnapshot,
  fixtureTask,
  GWBRIDGE,
  INGRESS,
} from "@/test/fixtures/snapshot";
import type { Finding } from "./finding";
import { groupBySeverity, sortFindings } from "./finding";
import { fixtureContext } from "./fixtures";
import { runRules } from "./index";

const managers = ["m1", "m2", "m3"].map((hostname, i) =>
  fixtureNode({ hostname, addr: `192.168.1.${10 + i}` }),
);

function healthySwarm() {
  const app = fixtureNetwork({ name: "app", ipam: [{ subnet: "10.0.1.0/24" }] });
  const web = fixtureService({
    name: "web",
    on: ["app"],
    ports: [{ published: 8080, target: 80, protocol: "tcp", mode: "ingress" }],
    vips: [
      { networkId: INGRESS.id, networkName: "ingress", addr: "10.0.0.2/24" },
      { networkId: app.id, networkName: "app", addr: "10.0.1.2/24" },
    ],
  });
  const [m1] = managers;
  if (!m1) throw new Error("fixture");
  return fixtureSnapshot({
    nodes: managers,
    networks: [INGRESS, GWBRIDGE, app],
    services: [web],
    tasks: [
      fixtureTask({
        serviceId: web.id,
        nodeId: m1.id,
        on: { ingress: "10.0.0.3/24", app: "10.0.1.3/24" },
      }),
    ],
  });
}

describe("runRules", () => {
  it("finds nothing on a healthy three-manager swarm", () => {
    expect(runRules(healthySwarm(), fixtureContext())).toEqual([]);
  });

  it("returns findings errors first, with unique ids", () => {
    const s = healthySwarm();
    const broken = {
      ...s,
      networks: [
        ...s.networks,
        fixtureNetwork({ name: "spare", ipam: [{ subnet: "10.0.1.128/25" }] }),
      ],
      nodes: s.nodes.map((n) => (n.hostname === "m3" ? { ...n, state: "down" } : n)),
    };
    const findings = runRules(broken, fixtureContext());
    expect(findings.map((f) => `${f.severity} ${f.id}`)).toEqual([
      "error node-down:m3",
      "error subnet-overlap:app:spare",
      "warning pool-overlap:spare",
      "info orphan-network:spare",
    ]);
  });

  it("turns a rule that throws into a finding instead of failing the whole check", () => {
    const s = healthySwarm();
    // A malformed snapshot (services missing ports) must not hide the other rules' findings.
    const malformed = { ...s, services: [{ ...s.services[0], ports: undefined }] } as never;
    const findings = runRules(malformed, fixtureContext());
    expect(findings.some((f) => f.id.startsWith("rule-failed:"))).toBe(true);
  });
});

describe("sortFindings / groupBySeverity", () => {
  const f = (id: string, severity: Finding["severity"]): Finding => ({
    id,
    severity,
    title: id,
    detail: "",
    objects: [],
    fix: { text: "", commands: [] },
  });

  it("orders by severity then id, and groups every severity", () => {
    const list = [f("b", "info"), f("z", "error"), f("a", "warning"), f("a", "error")];
    expect(sortFindings(list).map((x) => x.id)).toEqual(["a", "z", "a", "b"]);
    const groups = groupBySeverity([f("x", "info")]);
    expect(groups.error).toEqual([]);
    expect(groups.info.map((x) => x.id)).toEqual(["x"]);
  });
});
