import { z } from "zod";
import { t } from "@/lib/i18n/current";
import { LIMITS } from "@/lib/schemas/limits";
import { versionSchema } from "@/lib/schemas/version";

/**
 * Aliases travel in the CLI's `--network-add name=…,alias=…` CSV, so commas (and whitespace,
 * which DNS names never contain) would corrupt the equivalent command.
 */
const aliasSchema = z
  .string()
  .max(LIMITS.nameChars)
  .regex(/^[^\s,]+$/, { error: () => t().validation.aliasInvalid });

export const attachNetworkSchema = z
  .object({
    version: versionSchema,
    /** A network id or name; Docker resolves either. */
    network: z
      .string()
      .min(1, { error: () => t().validation.networkRequired })
      .max(LIMITS.nameChars),
    aliases: z
      .array(aliasSchema)
      .max(LIMITS.aliases, { error: () => t().validation.tooManyAliases(LIMITS.aliases) })
      .optional(),
  })
  .strict();

export type AttachNetworkInput = z.infer<typeof attachNetworkSchema>;

/**
 * `DELETE …/networks/:network?version=N`. Query strings are text, so this turns "12" into 12.
 * Not strict: unrelated query parameters (cache busters) are ignored rather than refused.
 */
export const versionQuerySchema = z.object({
  version: z
    .string({ error: () => t().validation.versionQueryRequired })
    .regex(/^(0|[1-9][0-9]*)$/, { error: () => t().validation.versionWhole })
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .max(Number.MAX_SAFE_INTEGER, { error: () => t().validation.versionTooLarge }),
    ),
});

export type VersionQuery = z.infer<typeof versionQuerySchema>;
