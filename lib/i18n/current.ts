import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { type Messages, messagesFor } from "@/lib/messages";

/**
 * The language of the text that pure lib code writes (validation, diagnostics, errors)
 * without a locale being passed down every call: zod refinements, lib/net issues and
 * diagnostics rules call t(). It is, in order:
 * - a synchronous scope (withLocale) — what a client component wraps a render-time call in,
 *   since a server render of it has no request scope;
 * - the request's scope on the server (lib/i18n/server.ts runs route handlers and server
 *   work in an AsyncLocalStorage kept on globalThis, so every route bundle sees the same);
 * - in the browser, the page's language (set by the I18nProvider);
 * - English.
 */
export const REQUEST_LOCALE_KEY = Symbol.for("swarmnet.i18n.requestLocale");

type Store = { getStore(): Locale | undefined };

let scoped: Locale | undefined;
let browserLocale: Locale | undefined;

/** Runs `fn` (synchronous) with `locale` as the current language. */
export function withLocale<T>(locale: Locale, fn: () => T): T {
  const previous = scoped;
  scoped = locale;
  try {
    return fn();
  } finally {
    scoped = previous;
  }
}

/** The browser page's language (one per page, so a module variable is enough there). */
export function setBrowserLocale(locale: Locale): void {
  if (typeof window !== "undefined") browserLocale = locale;
}

export function currentLocale(): Locale {
  if (scoped) return scoped;
  const store = (globalThis as { [REQUEST_LOCALE_KEY]?: Store })[REQUEST_LOCALE_KEY];
  return store?.getStore() ?? browserLocale ?? DEFAULT_LOCALE;
}

/** The current language's texts. */
export function t(): Messages {
  return messagesFor(currentLocale());
}
