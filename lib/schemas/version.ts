import { z } from "zod";

/** The service's `Version.Index` from its DTO; Docker answers 409 when it is stale. */
export const versionSchema = z
  .number({ error: "version must be the service's version number (Version.Index)" })
  .int({ error: "version must be a whole number" })
  .min(0, { error: "version must be 0 or more" });
