import { z } from "zod";
import { t } from "@/lib/i18n/current";

/** The service's `Version.Index` from its DTO; Docker answers 409 when it is stale. */
export const versionSchema = z
  .number({ error: () => t().validation.versionNumber })
  .int({ error: () => t().validation.versionWhole })
  .min(0, { error: () => t().validation.versionMin });
