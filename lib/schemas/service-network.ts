import { z } from "zod";
import { LIMITS } from "@/lib/schemas/limits";
import { versionSchema } from "@/lib/schemas/version";

/**
 * Aliases travel in the CLI's `--network-add name=…,alias=…` CSV, so commas (and whitespace,
 * which DNS names never contain) would corrupt the equivalent command.
 */
const aliasSchema = z
  .string()
  .max(LIMITS.nameChars)
  .regex(/^[^\s,]+$/, { error: "an alias cannot be empty or contain spaces or commas" });

export const attachNetworkSchema = z
  .object({
    version: versionSchema,
    /** A network id or name; Docker resolves either. */
    network: z.string().min(1, { error: "network is required" }).max(LIMITS.nameChars),
    aliases: z
      .array(aliasSchema)
      .max(LIMITS.aliases, { error: `at most ${LIMITS.aliases} aliases` })
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
    .string({ error: "version is required (?version=N)" })
    .regex(/^(0|[1-9][0-9]*)$/, { error: "version must be a whole number" })
    .transform(Number)
    .pipe(z.number().int().max(Number.MAX_SAFE_INTEGER, { error: "version is too large" })),
});

export type VersionQuery = z.infer<typeof versionQuerySchema>;
