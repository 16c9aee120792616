import { z } from "zod";
import { type Port, portSchema } from "@/lib/model/port";
import { parsePublish } from "@/lib/ports/parse";
import { validatePortList } from "@/lib/ports/validate";
import { addIssueErrors } from "@/lib/schemas/errors";
import { versionSchema } from "@/lib/schemas/version";

type ParsedEntry = { port: Port; entry: number };

/** Parse every `publish` string, reporting failures at `publish.N`. */
function parseEntries(publish: readonly string[], ctx: z.RefinementCtx): ParsedEntry[] {
  const parsed: ParsedEntry[] = [];
  for (const [entry, text] of publish.entries()) {
    const result = parsePublish(text);
    if (!result.ok) {
      ctx.addIssue({ code: "custom", path: ["publish", entry], message: result.error });
      continue;
    }
    parsed.push(...result.ports.map((port) => ({ port, entry })));
  }
  return parsed;
}

/** Duplicates among expanded ranges are reported on the string that produced them. */
function checkPublish(publish: readonly string[], ctx: z.RefinementCtx): void {
  const parsed = parseEntries(publish, ctx);
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
    ports: z.array(portSchema).optional(),
    publish: z.array(z.string()).optional(),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.ports && input.publish) {
      ctx.addIssue({
        code: "custom",
        path: ["publish"],
        message: "send either ports or publish, not both",
      });
      return;
    }
    if (!input.ports && !input.publish) {
      ctx.addIssue({ code: "custom", path: ["ports"], message: "ports (or publish) is required" });
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
