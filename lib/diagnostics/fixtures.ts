/**
 * Small, healthy-by-default snapshots for rule tests: one manager node, the system
 * networks Docker creates (ingress 10.0.0.0/24, docker_gwbridge 172.18.0.0/16), nothing else.
 * Tests add only what the case is about.
 */
import type { Container } from "@/lib/model/container";
import type { Network } from "@/lib/model/network";
import type { Node } from "@/lib/model/node";
import type { Service } from "@/lib/model/service";
import type { Snapshot } from "@/lib/model/snapshot";
import type { Task } from "@/lib/model/task";
import { defaultContext } from "./context";

export const FIXTURE_NOW = new Date("2026-06-01T12:00:00Z");
export const fixtureContext = (over: Partial<ReturnType<typeof defaultContext>> = {}) => ({
  ...defaultContext(FIXTURE_NOW),
  ...over,
});

export function fixtureNetwork(over: Partial<Network> & Pick<Network, "name">): Network {
  return {
    id: `id-${over.name}`,
    driver: "overlay",
    scope: "swarm",
    created: "2026-01-01T00:00:00Z",
    internal: false,
    attachable: false,
    ingress: false,
    encrypted: false,
    ipv6: false,
    mtu: null,
    ipam: [],
    options: {},
    labels: {},
    system: false,
    ...over,
  };
}

export function fixtureNode(over: Partial<Node> & Pick<Node, "hostname">): Node {
  const role = over.role ?? "manager";
  const addr = over.addr ?? "192.168.1.10";
  return {
    id: `node-${over.hostname}`,
    role,
    availability: "active",
    state: "ready",
    message: "",
    engineVersion: "27.0.0",
    os: "linux",
    arch: "x86_64",
    addr,
    managerAddr: role === "manager" ? `${addr}:2377` : null,
    leader: false,
    reachability: role === "manager" ? "reachable" : null,
    dataPathAddr: null,
    labels: {},
    ...over,
  };
}

/** A service on the given networks (names; ids follow fixtureNetwork's `id-<name>`). */
export function fixtureService(
  over: Partial<Service> & Pick<Service, "name"> & { on?: string[] },
): Service {
  const { on = [], ...rest } = over;
  return {
    id: `svc-${over.name}`,
    version: 1,
    image: "busybox",
    mode: "replicated",
    replicas: 1,
    runningTasks: 1,
    desiredTasks: 1,
    endpointMode: "vip",
    ports: [],
    vips: [],
    networks: on.map((name) => ({ id: `id-${name}`, name, aliases: [] })),
    labels: {},
    createdAt: "2026-01-01T00:00:00Z",
    updatedAt: "2026-01-01T00:00:00Z",
    previousEndpointMode: null,
    ...rest,
  };
}

let taskCounter = 0;

/** A running task of `service` on `node` with one address per `addresses` entry (network → addr). */
export function fixtureTask(
  service: Pick<Service, "id">,
  node: Pick<Node, "id">,
  addresses: Record<string, string> = {},
  over: Partial<Task> = {},
): Task {
  taskCounter += 1;
  return {
    id: `task-${taskCounter}`,
    serviceId: service.id,
    slot: taskCounter,
    nodeId: node.id,
    state: "running",
    desiredState: "running",
    message: "started",
    error: null,
    containerId: null,
    addresses: Object.entries(addresses).map(([network, addr]) => ({
      networkId: `id-${network}`,
      networkName: network,
      addr,
    })),
    updatedAt: "2026-01-01T00:00:00Z",
    ...over,
  };
}

export function fixtureContainer(
  over: Partial<Container> & Pick<Container, "name"> & { on?: Record<string, string> },
): Container {
  const { on = {}, ...rest } = over;
  return {
    id: `ctr-${over.name}`,
    image: "busybox",
    state: "running",
    status: "Up",
    serviceName: null,
    taskId: null,
    networks: Object.entries(on).map(([name, ipv4]) => ({
      networkId: `id-${name}`,
      networkName: name,
      ipv4,
      ipv6: null,
      mac: null,
      aliases: [],
    })),
    ...rest,
  };
}

export const INGRESS = fixtureNetwork({
  name: "ingress",
  ingress: true,
  system: true,
  ipam: [{ subnet: "10.0.0.0/24", gateway: "10.0.0.1" }],
});

export const GWBRIDGE = fixtureNetwork({
  name: "docker_gwbridge",
  driver: "bridge",
  scope: "local",
  system: true,
  ipam: [{ subnet: "172.18.0.0/16", gateway: "172.18.0.1" }],
});

export const MANAGER = fixtureNode({ hostname: "node1", leader: true });

/**
 * A snapshot of a healthy one-manager swarm; `partial` replaces whole fields
 * (pass `networks: [INGRESS, GWBRIDGE, mine]` to keep the system networks).
 */
export function fixtureSnapshot(partial: Partial<Snapshot> = {}): Snapshot {
  return {
    fetchedAt: FIXTURE_NOW.toISOString(),
    engine: {
      host: "unix:///var/run/docker.sock",
      version: "27.0.0",
      apiVersion: "1.46",
      os: "linux",
      name: "node1",
      nodeId: MANAGER.id,
      nodeAddr: MANAGER.addr,
      swarmState: "active",
      controlAvailable: true,
    },
    swarm: {
      id: "swarm",
      createdAt: "2026-01-01T00:00:00Z",
      updatedAt: "2026-01-01T00:00:00Z",
      defaultAddrPool: ["10.0.0.0/8"],
      subnetSize: 24,
      dataPathPort: 4789,
      joinTokens: null,
    },
    nodes: [MANAGER],
    networks: [INGRESS, GWBRIDGE],
    services: [],
    tasks: [],
    containers: [],
    gwbridgeEndpoints: [],
    ...partial,
  };
}
