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
});

export type Snapshot = z.infer<typeof snapshotSchema>;
