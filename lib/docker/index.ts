import "server-only";

/** The only door to Docker: named operations, DTOs out, typed errors. */
export { dockerCallCount } from "./call";
export { dockerHost } from "./client";
export { openDockerEvents } from "./events";
export { checkHealth, type Health } from "./health";
export { nodeFacts, nodesWithDataPath } from "./per-node";
export {
  getSwarm,
  inspectNetwork,
  inspectService,
} from "./read";
export { buildSnapshot, readRefresh, SNAPSHOT_DOCKER_CALLS } from "./snapshot";
export { createOverlay, removeNetwork, updateService } from "./write";
