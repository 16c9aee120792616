import { z } from "zod";
import { portSchema } from "./port";

export const serviceNetworkSchema = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
});

export const virtualIpSchema = z.object({
  networkId: z.string(),
  networkName: z.string(),
  addr: z.string(),
});

/**
 * A service without its secrets: env, secrets, configs and mounts never leave
 * the server, so they are not part of this shape at all.
 */
export const serviceSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** `Version.Index`: send it back with every update (optimistic concurrency). */
  version: z.number(),
  image: z.string(),
  mode: z.enum(["replicated", "global"]),
  /** Desired replicas for replicated services; null for global ones. */
  replicas: z.number().nullable(),
  runningTasks: z.number().nullable(),
  desiredTasks: z.number().nullable(),
  endpointMode: z.enum(["vip", "dnsrr"]),
  /** Ports from the spec (what the admin asked for). */
  ports: z.array(portSchema),
  vips: z.array(virtualIpSchema),
  networks: z.array(serviceNetworkSchema),
  labels: z.record(z.string(), z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Set while a previous spec exists, e.g. right after an endpoint-mode switch. */
  previousEndpointMode: z.enum(["vip", "dnsrr"]).nullable(),
});

export type Service = z.infer<typeof serviceSchema>;
export type ServiceNetwork = z.infer<typeof serviceNetworkSchema>;
export type VirtualIp = z.infer<typeof virtualIpSchema>;
