import { z } from "zod";
import { ENDPOINT_MODES } from "@/lib/ports/endpoint-mode";
import { versionSchema } from "@/lib/schemas/version";

/**
 * Whether dnsrr conflicts with the service's ingress ports depends on the service, so the
 * handler checks that with `validateEndpointMode` from lib/ports after loading it.
 */
export const endpointModeSchema = z
  .object({
    version: versionSchema,
    mode: z.enum(ENDPOINT_MODES, { error: 'mode must be "vip" or "dnsrr"' }),
    convertIngressPortsToHost: z.boolean().optional(),
  })
  .strict();

export type EndpointModeInput = z.infer<typeof endpointModeSchema>;
