import { z } from "zod";

export const containerNetworkSchema = z.object({
  networkId: z.string(),
  networkName: z.string(),
  ipv4: z.string().nullable(),
  ipv6: z.string().nullable(),
  mac: z.string().nullable(),
  aliases: z.array(z.string()),
});

/** A container on the engine the dashboard talks to (task containers included, flagged). */
export const containerSchema = z.object({
  id: z.string(),
  name: z.string(),
  image: z.string(),
  state: z.string(),
  status: z.string(),
  /** Set when Swarm runs it as a task; standalone containers have null. */
  serviceName: z.string().nullable(),
  taskId: z.string().nullable(),
  networks: z.array(containerNetworkSchema),
});

export type Container = z.infer<typeof containerSchema>;
export type ContainerNetwork = z.infer<typeof containerNetworkSchema>;
