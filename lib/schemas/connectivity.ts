import { z } from "zod";

const ref = (what: string) =>
  z
    .string({ error: `${what} must be a name or id` })
    .min(1, { error: `${what} is required` })
    .max(128, { error: `${what} is at most 128 characters` })
    .regex(/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/, { error: `${what} must be a Docker name or id` });

/** `POST /api/connectivity` (DESIGN.md): which overlay, which service, from which node. */
export const connectivitySchema = z
  .object({
    network: ref("network"),
    target: ref("target"),
    port: z
      .number({ error: "port must be a number" })
      .int({ error: "port must be a whole number" })
      .min(1, { error: "port must be 1–65535" })
      .max(65535, { error: "port must be 1–65535" })
      .optional(),
    protocol: z
      .literal("tcp", { error: 'protocol must be "tcp" (the only one probed)' })
      .optional(),
    node: ref("node").optional(),
  })
  .strict();

export type ConnectivityInput = z.infer<typeof connectivitySchema>;
