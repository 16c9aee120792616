import { INTL_TAGS, type Locale } from "./locales";

type Formatter = { format(value: number | Date): string };

// Intl formatters are costly to build and these run per table cell: one per kind and language.
const cache = new Map<string, Formatter>();

function formatter(kind: string, locale: Locale, make: (tag: string) => Formatter): Formatter {
  const key = `${kind}:${locale}`;
  let format = cache.get(key);
  if (!format) {
    format = make(INTL_TAGS[locale]);
    cache.set(key, format);
  }
  return format;
}

const TIME = { hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" } as const;

/**
 * A timestamp in UTC with a fixed 24-hour clock, so the server's render and the browser's
 * agree whatever their time zones: "25 Nov 2026, 15:51:22 UTC" / "25 nov 2026, 15:51:22 UTC".
 */
export function formatDateTime(date: Date, locale: Locale): string {
  return formatter("datetime", locale, (tag) =>
    Intl.DateTimeFormat(tag, {
      year: "numeric",
      month: "short",
      day: "numeric",
      ...TIME,
      timeZone: "UTC",
      timeZoneName: "short",
    }),
  ).format(date);
}

/** The browser's local wall-clock time, 24-hour: "14:02:11" (client-only values). */
export function formatClock(epochMs: number, locale: Locale): string {
  return formatter("clock", locale, (tag) => Intl.DateTimeFormat(tag, TIME)).format(epochMs);
}

/** 1.25 → "1.3" / "1,3": a fixed number of decimals, in the page's language. */
export function formatDecimal(n: number, digits: number, locale: Locale): string {
  return formatter(`decimal${digits}`, locale, (tag) =>
    Intl.NumberFormat(tag, { minimumFractionDigits: digits, maximumFractionDigits: digits }),
  ).format(n);
}

/** 1234567 → "1,234,567" / "1.234.567" (Spanish groups from five digits up: 1234). */
export function formatNumber(n: number, locale: Locale): string {
  return formatter("number", locale, (tag) => Intl.NumberFormat(tag)).format(n);
}
