import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { cookies, headers } from "next/headers";
import type { NextRequest } from "next/server";
import { REQUEST_LOCALE_KEY } from "@/lib/i18n/current";
import { LOCALE_COOKIE, type Locale } from "@/lib/i18n/locales";
import { pickLocale } from "@/lib/i18n/negotiate";
import { type Messages, messagesFor } from "@/lib/messages";

// One store per process: route bundles each have their own copy of this module.
const holder = globalThis as { [REQUEST_LOCALE_KEY]?: AsyncLocalStorage<Locale> };
holder[REQUEST_LOCALE_KEY] ??= new AsyncLocalStorage<Locale>();
const storage = holder[REQUEST_LOCALE_KEY];

/** The language of the page being rendered (server components). */
export async function getLocale(): Promise<Locale> {
  const [jar, head] = await Promise.all([cookies(), headers()]);
  return pickLocale(jar.get(LOCALE_COOKIE)?.value, head.get("accept-language"));
}

export async function getMessages(): Promise<Messages> {
  return messagesFor(await getLocale());
}

/** The language of an API request: the same cookie, then Accept-Language. */
export function requestLocale(req: NextRequest): Locale {
  return pickLocale(req.cookies.get(LOCALE_COOKIE)?.value, req.headers.get("accept-language"));
}

/** Runs `fn` (and everything it awaits) with `locale` as lib's current language (t()). */
export function runWithLocale<T>(locale: Locale, fn: () => T): T {
  return storage.run(locale, fn);
}
