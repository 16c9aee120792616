import { describe, expect, it } from "vitest";
import {
  fixtureNetwork,
  fixtureNode,
  fixtureService,
  fixtureSnapshot,
  GWBRIDGE,
  INGRESS,
} from "@/test/fixtures/snapshot";
import { fixtureContext } from "../fixtures";
import { nodeAddressOverlapRule } from "./node-address-overlap";

describe("nodeAddressOverlapRule", () => {
  it("flags the default ingress subnet on a 10.0.0.0/24 LAN (moby#24220) with the ingress recreate steps", () => {
    const web = fixtureService({
      name: "web",
      ports: [{ published: 8080, target: 80, protocol: "tcp", mode: "ingress" }],
    });
    const s = fixtureSnapshot({
      nodes: [fixtureNode({ hostname: "lan1", addr: "10.0.0.15" })],
      services: [web],
    });
    const [finding, ...rest] = nodeAddressOverlapRule(s, fixtureContext());
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      id: "node-overlap:ingress",
      severity: "error",
      objects: ["ingress", "lan1"],
    });
    expect(finding?.detail).toContain("moby/moby#24220");
    expect(finding?.fix.commands).toEqual([
      "docker service update --publish-rm target=80,protocol=tcp,mode=ingress web",
      "docker network rm ingress",
      "docker network create --driver overlay --ingress --subnet 10.0.1.0/24 ingress",
      "docker service update --publish-add published=8080,target=80,protocol=tcp,mode=ingress web",
    ]);
  });

  it("flags docker_gwbridge covering node addresses (moby#27890) with a per-node script", () => {
    const s = fixtureSnapshot({ nodes: [fixtureNode({ hostname: "n1", addr: "172.18.0.20" })] });
    const [finding] = nodeAddressOverlapRule(s, fixtureContext());
    expect(finding?.id).toBe("node-overlap:docker_gwbridge");
    expect(finding?.detail).toContain("moby/moby#27890");
    expect(finding?.fix.commands).toContain(
      "docker network create --subnet 172.19.0.0/16 --opt com.docker.network.bridge.name=docker_gwbridge --opt com.docker.network.bridge.enable_icc=false --opt com.docker.network.bridge.enable_ip_masquerade=true docker_gwbridge",
    );
  });

  it("checks data-path and advertise addresses too", () => {
    const node = fixtureNode({ hostname: "n1", addr: "192.168.1.10", dataPathAddr: "10.50.0.7" });
    const s = fixtureSnapshot({
      nodes: [node],
      networks: [
        INGRESS,
        GWBRIDGE,
        fixtureNetwork({ name: "data", ipam: [{ subnet: "10.50.0.0/24" }] }),
      ],
    });
    expect(nodeAddressOverlapRule(s, fixtureContext()).map((f) => f.id)).toEqual([
      "node-overlap:data",
    ]);
  });

  it("stays silent when no network contains a node address", () => {
    const s = fixtureSnapshot({ nodes: [fixtureNode({ hostname: "n1", addr: "192.168.1.10" })] });
    expect(nodeAddressOverlapRule(s, fixtureContext())).toEqual([]);
  });
});
