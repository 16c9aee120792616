import { z } from "zod";

export const swarmSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Pools overlays get their subnets from (default 10.0.0.0/8). */
  defaultAddrPool: z.array(z.string()),
  /** Prefix length of each automatically allocated subnet (default 24). */
  subnetSize: z.number(),
  /** UDP port of VXLAN data traffic (4789 unless changed at init). */
  dataPathPort: z.number(),
  /** Join tokens: only ever filled for admins. */
  joinTokens: z.object({ worker: z.string(), manager: z.string() }).nullable(),
});

export type Swarm = z.infer<typeof swarmSchema>;

/** The engine the dashboard talks to. */
export const engineSchema = z.object({
  host: z.string(),
  version: z.string(),
  apiVersion: z.string(),
  os: z.string(),
  name: z.string(),
  nodeId: z.string(),
  nodeAddr: z.string(),
  swarmState: z.string(),
  controlAvailable: z.boolean(),
});

export type Engine = z.infer<typeof engineSchema>;
