import { z } from "zod";
import { currentLocale } from "@/lib/i18n/current";
import type { Locale } from "@/lib/i18n/locales";

/**
 * Zod's own messages ("Invalid input: expected number, received string") in the current
 * language: one global error map that asks lib/i18n/current per issue. Our schemas' own
 * messages come from t().validation; this covers the built-in checks they leave to zod.
 * Imported for its effect by lib/schemas/errors.ts, which every shared schema goes through.
 */
const maps: Record<Locale, z.core.$ZodErrorMap> = {
  en: z.locales.en().localeError,
  es: z.locales.es().localeError,
};

z.config({ localeError: (issue) => maps[currentLocale()](issue) });
