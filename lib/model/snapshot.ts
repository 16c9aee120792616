import { z } from "zod";
import { containerSchema } from "./container";
import { networkEndpointSchema, networkSchema } from "./network";
import { nodeSchema } from "./node";
import { serviceSchema } from "./service";
import { engineSchema, swarmSchema } from "./swarm";
import { taskSchema } from "./task";

/**
 * Everything one page needs, built with a constant number of Docker calls
 * (see lib/docker/snapshot.ts).
 */
export const snapshotSchema = z.object({
  fetchedAt: z.string(),
  engine: engineSchema,
  swarm: swarmSchema.nullable(),
  nodes: z.array(nodeSchema),
  networks: z.array(networkSchema),
  services: z.array(serviceSchema),
  tasks: z.array(taskSchema),
  containers: z.array(containerSchema),
  /** docker_gwbridge's endpoints on the engine the dashboard talks to. */
  gwbridgeEndpoints: z.array(networkEndpointSchema),
  /**
   * The live model's revision (lib/live/model.ts): every SSE patch carries the
   * next one. Revisions compare only within one `epoch` (one server process's model).
   */
  revision: z.number(),
  epoch: z.string(),
  /** True when served from the live model kept current by Docker events; false: read directly. */
  live: z.boolean(),
});

export type Snapshot = z.infer<typeof snapshotSchema>;
