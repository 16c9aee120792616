import { z } from "zod";
import { t } from "@/lib/i18n/current";
import { ipamConfigShape } from "@/lib/model/network";
import { parseIpamConfigs } from "@/lib/net/ipam";
import { MTU_MAX, MTU_MIN } from "@/lib/net/mtu";
import { swarmNameError } from "@/lib/net/names";
import { addIssueErrors } from "@/lib/schemas/errors";
import { LIMITS } from "@/lib/schemas/limits";

/** SwarmKit refuses this label from users: it marks the networks Docker itself predefines. */
const PREDEFINED_LABEL = "com.docker.swarm.predefined";

const addressText = z.string().max(LIMITS.addressChars);

const ipamConfigSchema = z.object(ipamConfigShape(addressText)).strict();

const nameSchema = z
  .string()
  .max(LIMITS.nameChars)
  .superRefine((name, ctx) => {
    const message = swarmNameError(name);
    if (message) ctx.addIssue({ code: "custom", message });
  });

/** Zod has no size check on records: the key count is refined, key and value lengths typed. */
export const labelsSchema = z
  .record(
    z
      .string()
      .min(1, { error: () => t().validation.labelKeyEmpty })
      .max(LIMITS.labelKeyChars, {
        error: () => t().validation.labelKeyLong(LIMITS.labelKeyChars),
      }),
    z.string().max(LIMITS.labelValueChars, {
      error: () => t().validation.labelValueLong(LIMITS.labelValueChars),
    }),
  )
  .refine((labels) => Object.keys(labels).length <= LIMITS.labels, {
    error: () => t().validation.tooManyLabels(LIMITS.labels),
  });

const mtuMessage = () => t().validation.mtuRange(MTU_MIN, MTU_MAX);

/**
 * Parsed here, once: each config leaves the schema with its typed subnet, gateway and range
 * (`parsed`) beside the text. Only what a form can know offline is checked: syntax, CIDR
 * maths, subnets overlapping each other. Overlaps with existing networks and the default pool
 * need Docker's state; the handler runs `ipamContextIssues` on the parsed subnets.
 */
const ipamSchema = z
  .array(ipamConfigSchema)
  .max(LIMITS.ipamConfigs, { error: () => t().validation.tooManyIpam(LIMITS.ipamConfigs) })
  .transform((configs, ctx) => {
    const parsed = parseIpamConfigs(configs);
    addIssueErrors(ctx, parsed.issues, "ipam");
    return parsed.configs;
  });

export const createNetworkSchema = z
  .object({
    name: nameSchema,
    attachable: z.boolean().optional(),
    internal: z.boolean().optional(),
    encrypted: z.boolean().optional(),
    ingress: z.boolean().optional(),
    mtu: z
      .number()
      .int({ error: mtuMessage })
      .min(MTU_MIN, { error: mtuMessage })
      .max(MTU_MAX, { error: mtuMessage })
      .optional(),
    ipam: ipamSchema.optional(),
    labels: labelsSchema.optional(),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.ingress && input.attachable) {
      ctx.addIssue({
        code: "custom",
        path: ["attachable"],
        message: t().validation.ingressAttachable,
      });
    }
    if (input.labels && PREDEFINED_LABEL in input.labels) {
      ctx.addIssue({
        code: "custom",
        path: ["labels", PREDEFINED_LABEL],
        message: t().validation.reservedLabel(PREDEFINED_LABEL),
      });
    }
  });

/** The request body as sent (JSON, text addresses): what forms build and CLI lines render. */
export type CreateNetworkBody = z.input<typeof createNetworkSchema>;
/** The body after the schema: the same fields, each IPAM config with its parsed values. */
export type CreateNetworkInput = z.output<typeof createNetworkSchema>;
