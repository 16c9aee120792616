import { z } from "zod";
import { ipamConfigSchema } from "./network";

/**
 * What one node's own engine says, when the dashboard can ask it: the local node
 * always, others only through SWARMNET_NODE_ENDPOINTS. "unknown" is said plainly
 * rather than guessed from the manager's view.
 */
export const nodeFactsSchema = z.object({
  nodeId: z.string(),
  source: z.enum(["local", "endpoint", "unknown"]),
  /** Set when an endpoint is configured but did not answer (or none behind "*=url" is this node). */
  error: z.string().nullable(),
  /** Networks this node's engine lists (its local copies; they can lag the managers'). */
  networks: z
    .array(z.object({ id: z.string(), name: z.string(), driver: z.string(), scope: z.string() }))
    .nullable(),
  gwbridge: z
    .object({
      ipam: z.array(ipamConfigSchema),
      options: z.record(z.string(), z.string()),
    })
    .nullable(),
});

export type NodeFacts = z.infer<typeof nodeFactsSchema>;
