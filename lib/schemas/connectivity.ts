import { z } from "zod";
import { t } from "@/lib/i18n/current";
import type { ProbeField } from "@/lib/messages/en";

const REF_MAX = 128;

// Messages are functions: zod calls them per issue, in the request's language.
const ref = (field: ProbeField) =>
  z
    .string({ error: () => t().validation.refType(field) })
    .min(1, { error: () => t().validation.refRequired(field) })
    .max(REF_MAX, { error: () => t().validation.refTooLong(field, REF_MAX) })
    .regex(/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/, { error: () => t().validation.refPattern(field) });

const portRange = () => t().validation.probePortRange;

/** `POST /api/connectivity` (DESIGN.md): which overlay, which service, from which node. */
export const connectivitySchema = z
  .object({
    network: ref("network"),
    target: ref("target"),
    port: z
      .number({ error: () => t().validation.probePortNumber })
      .int({ error: () => t().validation.probePortWhole })
      .min(1, { error: portRange })
      .max(65535, { error: portRange })
      .optional(),
    protocol: z.literal("tcp", { error: () => t().validation.probeProtocol }).optional(),
    node: ref("node").optional(),
  })
  .strict();

export type ConnectivityInput = z.infer<typeof connectivitySchema>;
