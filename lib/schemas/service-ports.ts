import { z } from "zod";
import { t } from "@/lib/i18n/current";
import { type Port, portSchema } from "@/lib/model/port";
import { parsePublish } from "@/lib/ports/parse";
import { validatePortList } from "@/lib/ports/validate";
import { addIssueErrors } from "@/lib/schemas/errors";
import { LIMITS } from "@/lib/schemas/limits";
import { versionSchema } from "@/lib/schemas/version";

type ParsedEntry = { port: Port; entry: number };

const tooManyPorts = () => t().validation.tooManyPorts(LIMITS.ports);

/**
 * Parse every `publish` string, reporting failures at `publish.N`; null once the expanded
 * list passes the port limit (ranges of up to 1,024 ports each could otherwise make a
 * 256-entry body into 262,144 ports and as many duplicate errors).
 */
function parseEntries(publish: readonly string[], ctx: z.RefinementCtx): ParsedEntry[] | null {
  const parsed: ParsedEntry[] = [];
  for (const [entry, text] of publish.entries()) {
    const result = parsePublish(text);
    if (!result.ok) {
      ctx.addIssue({ code: "custom", path: ["publish", entry], message: result.error });
      continue;
    }
    if (parsed.length + result.ports.length > LIMITS.ports) {
      ctx.addIssue({ code: "custom", path: ["publish", entry], message: tooManyPorts() });
      return null;
    }
    parsed.push(...result.ports.map((port) => ({ port, entry })));
  }
  return parsed;
}

/** Duplicates among expanded ranges are reported on the string that produced them. */
function checkPublish(publish: readonly string[], ctx: z.RefinementCtx): void {
  const parsed = parseEntries(publish, ctx);
  if (parsed === null) return;
  const issues = validatePortList(
    parsed.map(({ port }) => port),
    [],
  );
  for (const issue of issues) {
    if (issue.severity !== "error") continue;
    const expanded = Number(issue.field.split(".")[1]);
    const entry = parsed[expanded]?.entry ?? 0;
    ctx.addIssue({ code: "custom", path: ["publish", entry], message: issue.message });
  }
}

/**
 * `{ version, ports }` or `{ version, publish }` (DESIGN.md). One strict object with a
 * refinement rather than a zod union, so that errors point at fields instead of reading
 * "invalid input" for the whole body.
 */
export const updatePortsSchema = z
  .object({
    version: versionSchema,
    ports: z.array(portSchema).max(LIMITS.ports, { error: tooManyPorts }).optional(),
    publish: z
      .array(z.string().max(LIMITS.nameChars))
      .max(LIMITS.publishEntries, {
        error: () => t().validation.tooManyPublish(LIMITS.publishEntries),
      })
      .optional(),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.ports && input.publish) {
      ctx.addIssue({
        code: "custom",
        path: ["publish"],
        message: t().validation.portsAndPublish,
      });
      return;
    }
    if (!input.ports && !input.publish) {
      ctx.addIssue({ code: "custom", path: ["ports"], message: t().validation.portsRequired });
      return;
    }
    if (input.ports) addIssueErrors(ctx, validatePortList(input.ports, []));
    if (input.publish) checkPublish(input.publish, ctx);
  });

export type UpdatePortsInput = z.infer<typeof updatePortsSchema>;

/** The port list a validated body asks for; throws only if called on an unvalidated body. */
export function resolvePorts(input: UpdatePortsInput): Port[] {
  if (input.ports) return input.ports;
  return (input.publish ?? []).flatMap((text) => {
    const result = parsePublish(text);
    if (!result.ok) throw new Error(`resolvePorts: ${result.error}`);
    return result.ports;
  });
}
