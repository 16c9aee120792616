import "server-only";

/** The only door to Docker: named operations, DTOs out, typed errors. */
export { dockerCallCount } from "./call";
export { dockerHost } from "./client";
export { openDockerEvents } from "./events";
export { checkHealth, type Health } from "./health";
export { type NodeNetworkEndpoints, networkEndpointsPerNode } from "./network-endpoints";
export { endpointFor, nodeFacts, nodesWithDataPath } from "./per-node";
export {
  createProbeService,
  listLabelledServices,
  type ProbeTask,
  probeContainerLogs,
  probeServiceLogs,
  probeTask,
  removeProbeService,
} from "./probe";
export {
  getSwarm,
  inspectNetwork,
  inspectService,
} from "./read";
export { buildSnapshot, readRefresh, SNAPSHOT_DOCKER_CALLS } from "./snapshot";
export { createOverlay, removeNetwork, updateService } from "./write";
