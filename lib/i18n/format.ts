import { INTL_TAGS, type Locale } from "./locales";

// Intl formatters are costly to build and these run per table cell: one per language.
const dateTimes = new Map<Locale, Intl.DateTimeFormat>();
const numbers = new Map<Locale, Intl.NumberFormat>();

/**
 * A timestamp in UTC with a fixed 24-hour clock, so the server's render and the browser's
 * agree whatever their time zones: "25 Nov 2026, 15:51:22 UTC" / "25 nov 2026, 15:51:22 UTC".
 */
export function formatDateTime(date: Date, locale: Locale): string {
  let format = dateTimes.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_TAGS[locale], {
      year: "numeric",
      month: "short",
      day: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
      timeZone: "UTC",
      timeZoneName: "short",
    });
    dateTimes.set(locale, format);
  }
  return format.format(date);
}

/** 1234567 → "1,234,567" / "1.234.567" (Spanish groups from five digits up: 1234). */
export function formatNumber(n: number, locale: Locale): string {
  let format = numbers.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(INTL_TAGS[locale]);
    numbers.set(locale, format);
  }
  return format.format(n);
}

const clocks = new Map<Locale, Intl.DateTimeFormat>();

/** The browser's local wall-clock time, 24-hour: "14:02:11" (client-only values). */
export function formatClock(epochMs: number, locale: Locale): string {
  let format = clocks.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_TAGS[locale], {
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    });
    clocks.set(locale, format);
  }
  return format.format(epochMs);
}
