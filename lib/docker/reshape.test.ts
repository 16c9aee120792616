import { describe, expect, it } from "vitest";
import { networkSchema } from "@/lib/model/network";
import { nodeSchema } from "@/lib/model/node";
import { serviceSchema } from "@/lib/model/service";
import { taskSchema } from "@/lib/model/task";
import type { RawNetwork, RawNode, RawService, RawTask } from "./raw";
import {
  reshapeContainer,
  reshapeNetwork,
  reshapeNode,
  reshapeService,
  reshapeSwarm,
  reshapeTask,
} from "./reshape";

// Fixtures trimmed from what the sandbox engine (Docker 20.10, API 1.41) answers.
const encrypted: RawNetwork = {
  Name: "demo-secure",
  Id: "uphu15q75w4v",
  Created: "2026-11-25T15:45:21Z",
  Scope: "swarm",
  Driver: "overlay",
  EnableIPv6: false,
  IPAM: {
    Driver: "default",
    Options: null,
    Config: [{ Subnet: "10.20.0.0/24", Gateway: "10.20.0.1" }],
  },
  Internal: false,
  Attachable: false,
  Ingress: false,
  Containers: null,
  Options: { encrypted: "", "com.docker.network.driver.mtu": "1400" },
  Labels: { tier: "backend" },
};

const web: RawService = {
  ID: "s6wr91n9uyz9",
  Version: { Index: 20 },
  Spec: {
    Name: "web",
    TaskTemplate: {
      ContainerSpec: { Image: "swarmnet/busybox:latest@sha256:abc123" },
      Networks: [{ Target: "net-front", Aliases: ["www"] }, { Target: "uphu15q75w4v" }],
    },
    Mode: { Replicated: { Replicas: 1 } },
    EndpointSpec: {
      Mode: "vip",
      Ports: [
        { Protocol: "tcp", TargetPort: 80, PublishedPort: 8080, PublishMode: "ingress" },
        { Protocol: "udp", TargetPort: 53, PublishMode: "ingress" },
      ],
    },
  },
  Endpoint: {
    Ports: [
      { Protocol: "tcp", TargetPort: 80, PublishedPort: 8080, PublishMode: "ingress" },
      { Protocol: "udp", TargetPort: 53, PublishedPort: 30001, PublishMode: "ingress" },
    ],
    VirtualIPs: [
      { NetworkID: "ingress-id", Addr: "10.0.0.3/24" },
      { NetworkID: "uphu15q75w4v", Addr: "10.20.0.2/24" },
    ],
  },
  ServiceStatus: { RunningTasks: 1, DesiredTasks: 1 },
};

const names = new Map([
  ["uphu15q75w4v", "demo-secure"],
  ["net-front", "demo-frontend"],
  ["ingress-id", "ingress"],
]);

describe("reshapeNetwork", () => {
  it("reads flags, MTU and IPAM from Docker's JSON", () => {
    const n = reshapeNetwork(encrypted);
    expect(networkSchema.parse(n)).toEqual(n);
    expect(n).toMatchObject({
      name: "demo-secure",
      encrypted: true,
      mtu: 1400,
      attachable: false,
      system: false,
      ipam: [{ subnet: "10.20.0.0/24", gateway: "10.20.0.1" }],
      labels: { tier: "backend" },
    });
  });

  it("marks Docker's own networks as system and leaves the MTU null when unset", () => {
    const gw = reshapeNetwork({
      Id: "x",
      Name: "docker_gwbridge",
      Driver: "bridge",
      Options: null,
    });
    expect(gw.system).toBe(true);
    expect(gw.mtu).toBeNull();
    expect(gw.encrypted).toBe(false);
    expect(reshapeNetwork({ Id: "y", Name: "my-ingress", Ingress: true }).system).toBe(true);
  });
});

describe("reshapeService", () => {
  const s = reshapeService(web, names);

  it("produces a valid DTO without secrets", () => {
    expect(serviceSchema.parse(s)).toEqual(s);
    expect(JSON.stringify(s)).not.toMatch(/Env|Secrets|Configs/);
  });

  it("keeps the spec's ports and fills Docker-assigned published ports", () => {
    expect(s.ports).toEqual([
      { published: 8080, target: 80, protocol: "tcp", mode: "ingress" },
      { published: 30001, target: 53, protocol: "udp", mode: "ingress" },
    ]);
  });

  it("names VIP networks and attachments, keeping aliases", () => {
    expect(s.vips.map((v) => `${v.networkName}=${v.addr}`)).toEqual([
      "ingress=10.0.0.3/24",
      "demo-secure=10.20.0.2/24",
    ]);
    expect(s.networks).toEqual([
      { id: "net-front", name: "demo-frontend", aliases: ["www"] },
      { id: "uphu15q75w4v", name: "demo-secure", aliases: [] },
    ]);
  });

  it("reads mode, replicas, version and strips the image digest", () => {
    expect(s).toMatchObject({ mode: "replicated", replicas: 1, version: 20, endpointMode: "vip" });
    expect(s.image).toBe("swarmnet/busybox:latest");
    expect(s.previousEndpointMode).toBeNull();
  });

  it("reads global dnsrr services", () => {
    const g = reshapeService(
      { ID: "g", Spec: { Name: "agent", Mode: { Global: {} }, EndpointSpec: { Mode: "dnsrr" } } },
      names,
    );
    expect(g).toMatchObject({ mode: "global", replicas: null, endpointMode: "dnsrr", ports: [] });
  });
});

describe("reshapeTask", () => {
  it("flattens network attachments into addresses", () => {
    const raw: RawTask = {
      ID: "t1",
      ServiceID: "s6wr91n9uyz9",
      Slot: 1,
      NodeID: "node-1",
      DesiredState: "running",
      Status: { State: "running", Message: "started", ContainerStatus: { ContainerID: "c1" } },
      NetworksAttachments: [
        { Network: { ID: "ingress-id", Spec: { Name: "ingress" } }, Addresses: ["10.0.0.4/24"] },
        {
          Network: { ID: "uphu15q75w4v", Spec: { Name: "demo-secure" } },
          Addresses: ["10.20.0.3/24"],
        },
      ],
    };
    const t = reshapeTask(raw);
    expect(taskSchema.parse(t)).toEqual(t);
    expect(t.addresses.map((a) => `${a.networkName}:${a.addr}`)).toEqual([
      "ingress:10.0.0.4/24",
      "demo-secure:10.20.0.3/24",
    ]);
    expect(t.error).toBeNull();
    expect(t.containerId).toBe("c1");
  });
});

describe("reshapeNode", () => {
  const raw: RawNode = {
    ID: "node-1",
    Spec: { Role: "manager", Availability: "active" },
    Description: { Hostname: "vm", Engine: { EngineVersion: "20.10.24" } },
    Status: { State: "ready", Addr: "127.0.0.1" },
    ManagerStatus: { Leader: true, Reachability: "reachable", Addr: "127.0.0.1:2377" },
  };

  it("keeps manager and status addresses apart", () => {
    const n = reshapeNode(raw, { nodeId: "other", dataPathAddr: "10.1.1.1" });
    expect(nodeSchema.parse(n)).toEqual(n);
    expect(n).toMatchObject({
      role: "manager",
      leader: true,
      addr: "127.0.0.1",
      managerAddr: "127.0.0.1:2377",
    });
    // The data-path address is only known for the local node.
    expect(n.dataPathAddr).toBeNull();
    expect(reshapeNode(raw, { nodeId: "node-1", dataPathAddr: "10.1.1.1" }).dataPathAddr).toBe(
      "10.1.1.1",
    );
  });
});

describe("reshapeSwarm", () => {
  const cluster = {
    ID: "c",
    DefaultAddrPool: ["10.0.0.0/8"],
    SubnetSize: 24,
    DataPathPort: 4789,
    JoinTokens: { Worker: "SWMTKN-w", Manager: "SWMTKN-m" },
  };

  it("drops join tokens unless asked for them", () => {
    expect(reshapeSwarm(cluster, false).joinTokens).toBeNull();
    expect(reshapeSwarm(cluster, true).joinTokens).toEqual({
      worker: "SWMTKN-w",
      manager: "SWMTKN-m",
    });
  });

  it("defaults the data path port to 4789", () => {
    expect(reshapeSwarm({ DataPathPort: 0 }, false).dataPathPort).toBe(4789);
  });
});

describe("reshapeContainer", () => {
  it("tells task containers from standalone ones", () => {
    const c = reshapeContainer({
      Id: "abc",
      Names: ["/demo-toolbox"],
      NetworkSettings: {
        Networks: { "demo-tools": { NetworkID: "n1", IPAddress: "10.30.0.2", Aliases: null } },
      },
    });
    expect(c).toMatchObject({ name: "demo-toolbox", taskId: null, serviceName: null });
    expect(c.networks[0]).toMatchObject({
      networkName: "demo-tools",
      ipv4: "10.30.0.2",
      aliases: [],
    });
  });
});
