import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales";

type Range = { tag: string; q: number; index: number };

/** `es-AR,es;q=0.9,en;q=0.8` → ranges by preference (q, then order); q=0 means "not this". */
function parseAcceptLanguage(header: string): Range[] {
  return header
    .split(",")
    .slice(0, 32)
    .map((part, index): Range => {
      const [tag = "", ...params] = part.trim().split(";");
      const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const q = qParam === undefined ? 1 : Number(qParam.slice(2));
      return { tag: tag.trim().toLowerCase(), q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((r) => r.tag !== "" && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
}

/** The first range we speak: `es-MX` counts as `es`; `*` takes the default. */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | null {
  if (!header) return null;
  for (const { tag } of parseAcceptLanguage(header)) {
    if (tag === "*") return DEFAULT_LOCALE;
    const primary = tag.split("-")[0];
    if (isLocale(primary)) return primary;
  }
  return null;
}

/** The switch's cookie first, then the browser's languages, then English. */
export function pickLocale(
  cookie: string | null | undefined,
  acceptLanguage: string | null | undefined,
): Locale {
  if (isLocale(cookie)) return cookie;
  return localeFromAcceptLanguage(acceptLanguage) ?? DEFAULT_LOCALE;
}
