import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { withLocale } from "@/lib/i18n/current";
import { parseProbeOutput } from "./output";
import { judge, type ProbeExpectation } from "./verdict";

// Probe logs recorded on the 3-node test cluster (scripts/cluster.sh): target "ptarget"
// (httpd, 2 replicas on node2 and node3) on demo-frontend, recorded while node 1's VXLAN
// still left from the wrong source address (before cluster.sh routed it from each node's
// data-path address), so its overlay traffic to the other nodes was lost: a real failure to
// judge. The kernel has no IPVS, so no VIP answers anywhere.
const recorded = (name: string) =>
  parseProbeOutput(fs.readFileSync(path.join(__dirname, "fixtures", name), "utf8"));

const nodes = { n1: "id-node1", n2: "id-node2", n3: "id-node3" };

function expectation(probeNodeId: string, over: Partial<ProbeExpectation> = {}): ProbeExpectation {
  return {
    target: "ptarget",
    network: "demo-frontend",
    internal: false,
    encrypted: false,
    endpointMode: "vip",
    vip: "10.0.1.9",
    tasks: [
      { ip: "10.0.1.11", task: "ptarget.1", nodeId: nodes.n2, node: "probe-node2" },
      { ip: "10.0.1.10", task: "ptarget.2", nodeId: nodes.n3, node: "probe-node3" },
    ],
    port: 80,
    probeNodeId,
    probeNode: probeNodeId.replace("id-", "probe-"),
    ...over,
  };
}

describe("judge, over recorded probe results", () => {
  it("no IPVS: tasks answer, the VIP does not → degraded, blames the VIP/IPVS path", () => {
    const j = judge(expectation(nodes.n2), recorded("from-node2-no-ipvs.log"));
    expect(j.verdict).toBe("degraded");
    expect(j.dns.every((d) => d.ok)).toBe(true);
    expect(j.dns.map((d) => d.answers)).toEqual([["10.0.1.9"], ["10.0.1.10", "10.0.1.11"]]);
    const byIp = Object.fromEntries(j.connections.map((c) => [c.ip, c]));
    expect(byIp["10.0.1.9"]).toMatchObject({ kind: "vip", reachable: false, error: "timed out" });
    expect(byIp["10.0.1.10"]).toMatchObject({ kind: "task", reachable: true, local: false });
    expect(byIp["10.0.1.11"]).toMatchObject({ kind: "task", reachable: true, local: true });
    expect(j.summary).toMatch(/VIP 10\.0\.1\.9 did not answer while task addresses did/);
    expect(j.summary).toMatch(/IPVS/);
    expect(j.summary).not.toMatch(/4789/);
  });

  it("data path blocked from node 1: nothing answers → failed, blames 4789/udp and 7946", () => {
    const j = judge(expectation(nodes.n1), recorded("from-node1-data-path-blocked.log"));
    expect(j.verdict).toBe("failed");
    expect(j.connections.every((c) => !c.reachable)).toBe(true);
    expect(j.summary).toMatch(/Tasks on probe-node2, probe-node3 did not answer from probe-node1/);
    expect(j.summary).toMatch(/4789\/udp/);
    expect(j.summary).toMatch(/7946/);
    expect(j.summary).not.toMatch(/IPVS/);
  });

  it("encrypted overlay: also names ESP", () => {
    const j = judge(
      expectation(nodes.n1, { encrypted: true }),
      recorded("from-node1-data-path-blocked.log"),
    );
    expect(j.summary).toMatch(/ESP/);
  });

  it("everything answers → ok", () => {
    const out = recorded("from-node2-no-ipvs.log");
    out.tcp = out.tcp.map((t) => ({ ...t, exitCode: 0, ms: 10, message: "" }));
    const j = judge(expectation(nodes.n2), out);
    expect(j.verdict).toBe("ok");
    expect(j.summary).toMatch(/DNS answers match/);
  });

  it("DNS answering task IPs for a vip service → stale endpoints / endpoint mode", () => {
    const out = recorded("from-node2-no-ipvs.log");
    const first = out.dns[0];
    if (first) first.answers = ["10.0.1.10", "10.0.1.11"];
    const j = judge(expectation(nodes.n2), out);
    expect(j.dns[0]?.ok).toBe(false);
    expect(j.verdict).toBe("degraded");
    expect(j.summary).toMatch(/endpoint-mode mismatch or stale endpoints/);
    expect(j.summary).toMatch(/moby#36988/);
  });

  it("dnsrr: the name is expected to answer the task addresses, no VIP row", () => {
    const out = recorded("from-node2-no-ipvs.log");
    const first = out.dns[0];
    if (first) first.answers = ["10.0.1.11", "10.0.1.10"];
    const j = judge(expectation(nodes.n2, { endpointMode: "dnsrr", vip: null }), out);
    expect(j.connections.some((c) => c.kind === "vip")).toBe(false);
    expect(j.dns.every((d) => d.ok)).toBe(true);
    expect(j.verdict).toBe("ok");
  });

  it("refused: the path works, nothing listens on the port", () => {
    const out = recorded("from-node2-no-ipvs.log");
    out.tcp = out.tcp.map((t) =>
      t.ip === "10.0.1.10"
        ? { ...t, exitCode: 1, message: "nc: can't connect to remote host: Connection refused" }
        : t,
    );
    const j = judge(expectation(nodes.n2), out);
    expect(j.summary).toMatch(/10\.0\.1\.10 refused port 80/);
  });

  it("internal network: says no outside route is expected", () => {
    const j = judge(expectation(nodes.n2, { internal: true }), recorded("from-node2-no-ipvs.log"));
    expect(j.summary).toMatch(/internal: no route outside the overlay is expected/);
  });

  it("a probe cut short is never ok, and missing lines count as unanswered", () => {
    const out = recorded("from-node2-no-ipvs.log");
    out.complete = false;
    out.tcp = out.tcp.filter((t) => t.ip !== "10.0.1.10");
    const j = judge(expectation(nodes.n2), out);
    expect(j.verdict).toBe("degraded");
    expect(j.connections.find((c) => c.ip === "10.0.1.10")?.error).toMatch(/no result/);
    expect(j.summary).toMatch(/did not finish/);
  });
});

describe("judge, in Spanish", () => {
  it("writes the same findings in the admin's language, addresses and flags unchanged", () => {
    const out = recorded("from-node1-data-path-blocked.log");
    out.complete = false;
    out.tcp = out.tcp.filter((t) => t.ip !== "10.0.1.10");
    const j = withLocale("es", () => judge(expectation(nodes.n1, { encrypted: true }), out));
    expect(j.verdict).toBe("failed");
    expect(j.findings[0]).toBe("La sonda no terminó: sus resultados son parciales.");
    expect(j.summary).toMatch(
      /Las tareas de probe-node2, probe-node3 no respondieron desde probe-node1: .*4789\/udp .*7946\/tcp\+udp .*--data-path-addr/,
    );
    expect(j.summary).toMatch(/Esta overlay está cifrada: IPsec \(ESP/);
    expect(j.connections.find((c) => c.ip === "10.0.1.10")?.error).toBe(
      "sin resultado: la sonda terminó antes",
    );
    expect(j.summary).not.toMatch(/did not|answer|blocked/);
  });

  it("ok and refused, in Spanish", () => {
    const out = recorded("from-node2-no-ipvs.log");
    out.tcp = out.tcp.map((t) => ({ ...t, exitCode: 0, ms: 10, message: "" }));
    expect(withLocale("es", () => judge(expectation(nodes.n2), out)).summary).toBe(
      "Las respuestas DNS coinciden con lo que dice Docker, y todas las direcciones respondieron en el puerto 80 (la más lenta, 10 ms).",
    );
    out.tcp = out.tcp.map((t) =>
      t.ip === "10.0.1.10"
        ? { ...t, exitCode: 1, message: "nc: can't connect to remote host: Connection refused" }
        : t,
    );
    const j = withLocale("es", () => judge(expectation(nodes.n2), out));
    expect(j.summary).toMatch(/^Conexión rechazada por 10\.0\.1\.10 en el puerto 80:/);
    expect(j.connections.find((c) => c.ip === "10.0.1.10")?.error).toBe("conexión rechazada");
  });
});
