import { z } from "zod";

export const nodeSchema = z.object({
  id: z.string(),
  hostname: z.string(),
  role: z.enum(["manager", "worker"]),
  availability: z.string(),
  state: z.string(),
  message: z.string(),
  engineVersion: z.string(),
  os: z.string(),
  arch: z.string(),
  /** `Status.Addr`: the address the node is seen from. */
  addr: z.string(),
  /** `ManagerStatus.Addr` (host:port of the raft listener); null on workers. */
  managerAddr: z.string().nullable(),
  leader: z.boolean(),
  reachability: z.string().nullable(),
  /**
   * The data-path (VXLAN) address, when it can be known. The Engine API does not
   * report it per node; it is filled from the local engine's `info` for the node
   * the dashboard talks to, and null (unknown) elsewhere.
   */
  dataPathAddr: z.string().nullable(),
  labels: z.record(z.string(), z.string()),
});

export type Node = z.infer<typeof nodeSchema>;
