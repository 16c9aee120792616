import { z } from "zod";

/** Protocols Swarm can publish. */
export const PROTOCOLS = ["tcp", "udp", "sctp"] as const;
/** ingress: through the routing mesh on every node; host: only on the nodes running a task. */
export const PUBLISH_MODES = ["ingress", "host"] as const;

export type Protocol = (typeof PROTOCOLS)[number];
export type PublishMode = (typeof PUBLISH_MODES)[number];

/**
 * One published port, as the API, the forms and the DTOs all speak it.
 * `published` is omitted when Docker chooses it (short syntax `"80"`).
 */
export const portSchema = z
  .object({
    published: z.number().int().optional(),
    target: z.number().int(),
    protocol: z.enum(PROTOCOLS),
    mode: z.enum(PUBLISH_MODES),
  })
  .strict();

export type Port = z.infer<typeof portSchema>;
