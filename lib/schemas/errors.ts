import type { z } from "zod";
import { t } from "@/lib/i18n/current";
import type { Issue } from "@/lib/net/issue";
import { LIMITS } from "@/lib/schemas/limits";
// Zod's built-in messages follow the request's language too.
import "@/lib/i18n/zod";

/** One entry of `error.details` in a 400 answer (DESIGN.md: `{ field, message }`). */
export type FieldDetail = { field: string; message: string };

function joinPath(path: readonly PropertyKey[]): string {
  return path.map(String).join(".");
}

/**
 * Field paths joined by "." (`ipam.0.subnet`); "" for the body itself. Unknown keys are
 * reported one per key so that the form (or script author) sees which field to drop.
 */
export function zodIssuesToDetails(error: z.ZodError): FieldDetail[] {
  return capDetails(
    error.issues.flatMap((issue): FieldDetail[] => {
      if (issue.code === "unrecognized_keys") {
        return issue.keys.map((key) => ({
          field: joinPath([...issue.path, key]),
          message: t().validation.unknownField(key),
        }));
      }
      return [{ field: joinPath(issue.path), message: issue.message }];
    }),
  );
}

/** A bounded list: the first problems, then one entry that counts the others. */
export function capDetails(
  details: FieldDetail[],
  max: number = LIMITS.errorDetails,
): FieldDetail[] {
  if (details.length <= max) return details;
  return [
    ...details.slice(0, max),
    { field: "", message: t().validation.moreProblems(details.length - max) },
  ];
}

/** `ipam.0.subnet` → ["ipam", 0, "subnet"], so lib/net issues land on zod paths. */
export function fieldToPath(field: string): (string | number)[] {
  if (field === "") return [];
  return field.split(".").map((part) => (/^(0|[1-9][0-9]*)$/.test(part) ? Number(part) : part));
}

/**
 * Feed lib/net errors into a zod refinement; warnings are for the form, not for a 400.
 * Zod prefixes the refined schema's own path, so a refinement sitting at `ipam` passes
 * `relativeTo: "ipam"` to turn `ipam.0.subnet` into `0.subnet`.
 */
export function addIssueErrors(
  ctx: z.RefinementCtx,
  issues: readonly Issue[],
  relativeTo = "",
): void {
  for (const issue of issues) {
    if (issue.severity !== "error") continue;
    const field =
      relativeTo !== "" && issue.field.startsWith(`${relativeTo}.`)
        ? issue.field.slice(relativeTo.length + 1)
        : issue.field;
    // Continuable, as refinement issues are: the body's other checks still run and report.
    ctx.addIssue({
      code: "custom",
      path: fieldToPath(field),
      message: issue.message,
      continue: true,
    });
  }
}
