import type { z } from "zod";
import { zodIssuesToDetails } from "@/lib/schemas/errors";

/** Field path → first message, the shape forms render under each input. */
export type FieldErrors = Record<string, string>;

export function detailsToFieldErrors(details: unknown): FieldErrors {
  const errors: FieldErrors = {};
  if (!Array.isArray(details)) return errors;
  for (const d of details) {
    if (typeof d !== "object" || d === null) continue;
    const { field, message } = d as { field?: unknown; message?: unknown };
    if (typeof field !== "string" || typeof message !== "string") continue;
    errors[field] ??= message;
  }
  return errors;
}

export function zodFieldErrors(error: z.ZodError): FieldErrors {
  return detailsToFieldErrors(zodIssuesToDetails(error));
}
