import { describe, expect, it } from "vitest";
import {
  advertiseAddr,
  discoveryNames,
  firewallPorts,
  gwbridgeView,
  hostOf,
  ingressView,
  ipamField,
  localNodeName,
  networkDetail,
  networkSummaries,
  nodeName,
  nodeRows,
  optionKind,
  optionRows,
  portLabel,
  replicaStatus,
  serviceDetail,
  serviceNetworkRows,
  sortedServices,
  sortTaskRows,
  type TaskRow,
} from "@/lib/topology";
import {
  fixtureContainer,
  fixtureEngine,
  fixtureNetwork,
  fixtureNode,
  fixtureService,
  fixtureSnapshot,
  fixtureSwarm,
  fixtureTask,
} from "@/test/fixtures/snapshot";

const ingress = fixtureNetwork({
  id: "ing1",
  name: "ingress",
  ingress: true,
  system: true,
  ipam: [{ subnet: "10.0.0.0/24", gateway: "10.0.0.1" }],
});
const front = fixtureNetwork({ id: "front1", name: "front", attachable: true });
const back = fixtureNetwork({ id: "back1", name: "back" });
const gw = fixtureNetwork({
  id: "gw1",
  name: "docker_gwbridge",
  driver: "bridge",
  scope: "local",
  options: { "com.docker.network.bridge.enable_icc": "false" },
});

const web = fixtureService({
  id: "websvc",
  name: "web",
  ports: [
    { published: 8080, target: 80, protocol: "tcp", mode: "ingress" },
    { published: 5514, target: 514, protocol: "udp", mode: "host" },
  ],
  vips: [
    { networkId: "ing1", networkName: "ingress", addr: "10.0.0.3/24" },
    { networkId: "front1", networkName: "front", addr: "10.0.1.2/24" },
  ],
  networks: [{ id: "front1", name: "front", aliases: ["www"] }],
});
const dns = fixtureService({
  id: "dnssvc",
  name: "resolver",
  endpointMode: "dnsrr",
  replicas: 2,
  runningTasks: 1,
  desiredTasks: 2,
  networks: [{ id: "front1", name: "front", aliases: [] }],
});

// Ids here do not follow the fixtures' `id-<name>` convention, so that lookups by
// id and by name are told apart.
const snapshot = fixtureSnapshot({
  fetchedAt: "2026-01-01T00:00:00Z",
  engine: fixtureEngine({
    apiVersion: "1.45",
    name: "engine-host",
    nodeId: "node1",
    nodeAddr: "192.168.1.10",
  }),
  swarm: fixtureSwarm({ id: "swarm1", dataPathPort: 4790 }),
  nodes: [
    fixtureNode({ id: "node2", hostname: "worker-b", role: "worker", addr: "192.168.1.20" }),
    // addr differs from the raft address, so advertiseAddr shows which one it read.
    fixtureNode({
      id: "node1",
      hostname: "manager-a",
      leader: true,
      addr: "192.168.1.20",
      managerAddr: "192.168.1.10:2377",
      reachability: null,
    }),
  ],
  networks: [gw, front, ingress, back],
  services: [web, dns],
  tasks: [
    fixtureTask({
      id: "t-web-1",
      serviceId: "websvc",
      nodeId: "node1",
      addresses: [
        { networkId: "ing1", networkName: "ingress", addr: "10.0.0.8/24" },
        { networkId: "front1", networkName: "front", addr: "10.0.1.5/24" },
      ],
    }),
    fixtureTask({
      id: "t-dns-1",
      serviceId: "dnssvc",
      nodeId: "node1",
      addresses: [{ networkId: "front1", networkName: "front", addr: "10.0.1.7/24" }],
    }),
    fixtureTask({
      id: "t-dns-2-old",
      serviceId: "dnssvc",
      nodeId: "node2",
      state: "failed",
      desiredState: "shutdown",
      error: "boom",
      addresses: [{ networkId: "front1", networkName: "front", addr: "10.0.1.9/24" }],
    }),
  ],
  containers: [
    fixtureContainer({
      id: "c1",
      name: "toolbox",
      networks: [
        {
          networkId: "front1",
          networkName: "front",
          ipv4: "10.0.1.50",
          ipv6: null,
          mac: null,
          aliases: [],
        },
      ],
    }),
    fixtureContainer({
      id: "c2",
      name: "web.1.t-web-1",
      serviceName: "web",
      taskId: "t-web-1",
      networks: [
        {
          networkId: "front1",
          networkName: "front",
          ipv4: "10.0.1.5",
          ipv6: null,
          mac: null,
          aliases: [],
        },
      ],
    }),
  ],
  gwbridgeEndpoints: [
    { id: "e1", name: "gateway_ingress-sbox", ipv4: "172.18.0.2/16", ipv6: null, mac: null },
  ],
});

describe("basic helpers", () => {
  it("hostOf strips the prefix length", () => {
    expect(hostOf("10.0.1.5/24")).toBe("10.0.1.5");
    expect(hostOf("10.0.1.5")).toBe("10.0.1.5");
  });

  it("nodeName resolves hostnames and falls back to a short id", () => {
    expect(nodeName(snapshot, "node1")).toBe("manager-a");
    expect(nodeName(snapshot, "abcdefabcdefabcdef")).toBe("abcdefabcdef");
    expect(nodeName(snapshot, null)).toBe("—");
  });
});

describe("networkSummaries", () => {
  it("sorts by name and counts services and standalone containers only", () => {
    const rows = networkSummaries(snapshot);
    expect(rows.map((n) => n.name)).toEqual(["back", "docker_gwbridge", "front", "ingress"]);
    const f = rows.find((n) => n.name === "front");
    expect(f?.serviceCount).toBe(2);
    expect(f?.containerCount).toBe(1);
    expect(rows.find((n) => n.name === "ingress")?.serviceCount).toBe(1);
  });
});

describe("natural order", () => {
  it("lists networks, services and nodes with svc-2 before svc-10", () => {
    const s = fixtureSnapshot({
      nodes: ["node-10", "node-2"].map((hostname) => fixtureNode({ hostname, role: "worker" })),
      networks: ["net-10", "net-2"].map((name) => fixtureNetwork({ name })),
      services: ["svc-10", "svc-2", "svc-1"].map((name) => fixtureService({ name })),
    });
    expect(networkSummaries(s).map((n) => n.name)).toEqual(["net-2", "net-10"]);
    expect(sortedServices(s).map((x) => x.name)).toEqual(["svc-1", "svc-2", "svc-10"]);
    expect(nodeRows(s).map((n) => n.hostname)).toEqual(["node-2", "node-10"]);
  });
});

describe("networkDetail", () => {
  it("finds by name, id or id prefix", () => {
    expect(networkDetail(snapshot, "front")?.network.id).toBe("front1");
    expect(networkDetail(snapshot, "front1")?.network.name).toBe("front");
    expect(networkDetail(snapshot, "docker")).toBeUndefined();
    expect(networkDetail(snapshot, "nope")).toBeUndefined();
  });

  it("lists services with their VIP here, task addresses and standalone containers", () => {
    const d = networkDetail(snapshot, "front");
    expect(d?.services.map((s) => [s.service.name, s.vip])).toEqual([
      ["web", "10.0.1.2/24"],
      ["resolver", null],
    ]);
    expect(d?.tasks.map((t) => [t.id, t.addr, t.serviceName, t.nodeName])).toEqual([
      ["t-web-1", "10.0.1.5/24", "web", "manager-a"],
      ["t-dns-1", "10.0.1.7/24", "resolver", "manager-a"],
      ["t-dns-2-old", "10.0.1.9/24", "resolver", "worker-b"],
    ]);
    expect(d?.containers.map((c) => [c.name, c.ipv4])).toEqual([["toolbox", "10.0.1.50"]]);
  });
});

describe("discovery and service detail", () => {
  it("vip services resolve to their VIPs (not ingress), tasks.<svc> to live task IPs", () => {
    const names = discoveryNames(snapshot, web);
    expect(names.map((n) => [n.name, n.resolvesTo])).toEqual([
      ["web", ["10.0.1.2"]],
      ["tasks.web", ["10.0.1.5"]],
    ]);
  });

  it("dnsrr services resolve to the live task IPs only", () => {
    const names = discoveryNames(snapshot, dns);
    expect(names.map((n) => [n.name, n.resolvesTo])).toEqual([
      ["resolver", ["10.0.1.7"]],
      ["tasks.resolver", ["10.0.1.7"]],
    ]);
  });

  it("serviceDetail collects the service's tasks", () => {
    expect(serviceDetail(snapshot, "resolver")?.tasks.map((t) => t.id)).toEqual([
      "t-dns-1",
      "t-dns-2-old",
    ]);
    expect(serviceDetail(snapshot, "missing")).toBeUndefined();
  });
});

describe("ingress and gwbridge", () => {
  it("ingressView keeps ingress-mode ports of publishing services", () => {
    const v = ingressView(snapshot);
    expect(v.network?.name).toBe("ingress");
    expect(v.publishers.map((p) => [p.service.name, p.ports.map((x) => x.target)])).toEqual([
      ["web", [80]],
    ]);
  });

  it("gwbridgeView finds the bridge and its endpoints", () => {
    const v = gwbridgeView(snapshot);
    expect(v.network?.id).toBe("gw1");
    expect(v.endpoints).toHaveLength(1);
  });

  it("localNodeName prefers the swarm hostname, then the engine name", () => {
    expect(localNodeName(snapshot)).toBe("manager-a");
    expect(localNodeName({ ...snapshot, nodes: [] })).toBe("engine-host");
  });
});

describe("nodes", () => {
  it("managers first, task counts of live tasks, local flag", () => {
    const rows = nodeRows(snapshot);
    expect(rows.map((n) => [n.hostname, n.taskCount, n.isLocal])).toEqual([
      ["manager-a", 2, true],
      ["worker-b", 0, false],
    ]);
  });

  it("advertiseAddr drops the raft port, or uses the status address on workers", () => {
    const [manager, worker] = nodeRows(snapshot);
    expect(manager && advertiseAddr(manager)).toBe("192.168.1.10");
    expect(worker && advertiseAddr(worker)).toBe("192.168.1.20");
    const v6 = fixtureNode({ hostname: "m6", addr: "fd00::5", managerAddr: "[fd00::5]:2377" });
    expect(advertiseAddr(v6)).toBe("fd00::5");
  });
});

describe("firewallPorts", () => {
  it("uses the swarm's data path port for the VXLAN row", () => {
    const ports = firewallPorts(snapshot.swarm);
    expect(ports.map((p) => `${p.port}/${p.protocol}`)).toEqual([
      "2377/tcp",
      "7946/tcp",
      "7946/udp",
      "4790/udp",
    ]);
  });

  it("falls back to 4789 without a swarm", () => {
    expect(firewallPorts(null).at(-1)?.port).toBe(4789);
  });
});

describe("options", () => {
  it("classifies notable options", () => {
    expect(optionKind("com.docker.network.driver.mtu")).toBe("mtu");
    expect(optionKind("encrypted")).toBe("encrypted");
    expect(optionKind("com.docker.network.bridge.enable_icc")).toBe("bridge");
    expect(optionKind("com.docker.network.driver.overlay.vxlanid_list")).toBeNull();
  });

  it("lists `always` keys first (null when unset), then notable ones, then the rest", () => {
    const rows = optionRows(
      { "z.other": "1", encrypted: "", "com.docker.network.bridge.enable_icc": "false" },
      ["com.docker.network.bridge.name", "com.docker.network.bridge.enable_icc"],
    );
    expect(rows.map((r) => [r.key, r.value])).toEqual([
      ["com.docker.network.bridge.name", null],
      ["com.docker.network.bridge.enable_icc", "false"],
      ["encrypted", ""],
      ["z.other", "1"],
    ]);
  });

  it("is empty for no options", () => {
    expect(optionRows({})).toEqual([]);
  });
});

describe("services", () => {
  it("portLabel renders published→target/protocol", () => {
    expect(portLabel({ published: 8080, target: 80, protocol: "tcp", mode: "ingress" })).toBe(
      "8080→80/tcp",
    );
    expect(portLabel({ target: 53, protocol: "udp", mode: "ingress" })).toBe("auto→53/udp");
    expect(portLabel({ target: 53, protocol: "udp", mode: "ingress" }, "?")).toBe("?→53/udp");
  });

  it("replicaStatus flags fewer running tasks than desired", () => {
    expect(replicaStatus(web)).toEqual({ running: 1, desired: 1, healthy: true });
    expect(replicaStatus(dns)).toEqual({ running: 1, desired: 2, healthy: false });
    expect(
      replicaStatus(
        fixtureService({
          id: "g",
          name: "g",
          mode: "global",
          replicas: null,
          runningTasks: null,
          desiredTasks: null,
        }),
      ).healthy,
    ).toBe(true);
  });

  it("serviceNetworkRows adds networks only known from a VIP (ingress)", () => {
    expect(serviceNetworkRows(web)).toEqual([
      { id: "front1", name: "front", aliases: ["www"], vip: "10.0.1.2/24", inSpec: true },
      { id: "ing1", name: "ingress", aliases: [], vip: "10.0.0.3/24", inSpec: false },
    ]);
    expect(serviceNetworkRows(dns)).toEqual([
      { id: "front1", name: "front", aliases: [], vip: null, inSpec: true },
    ]);
  });

  it("sortTaskRows puts live tasks first, then by slot", () => {
    const rows: TaskRow[] = [
      {
        ...fixtureTask({ id: "a", serviceId: "s", slot: 2, desiredState: "shutdown" }),
        nodeName: "n",
        serviceName: "s",
      },
      { ...fixtureTask({ id: "b", serviceId: "s", slot: 2 }), nodeName: "n", serviceName: "s" },
      { ...fixtureTask({ id: "c", serviceId: "s", slot: 1 }), nodeName: "n", serviceName: "s" },
    ];
    expect(sortTaskRows(rows).map((t) => t.id)).toEqual(["c", "b", "a"]);
  });
});

describe("ipamField", () => {
  it("joins one field of every IPAM config, or says none", () => {
    const n = {
      ipam: [
        { subnet: "10.0.0.0/24", gateway: "10.0.0.1" },
        { subnet: "fd00::/64", ipRange: "fd00::/80" },
      ],
    };
    expect(ipamField(n, "subnet")).toBe("10.0.0.0/24, fd00::/64");
    expect(ipamField(n, "gateway")).toBe("10.0.0.1");
    expect(ipamField(n, "ipRange")).toBe("fd00::/80");
    expect(ipamField({ ipam: [] }, "subnet")).toBe("—");
  });
});
