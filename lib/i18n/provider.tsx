"use client";

import { createContext, type ReactNode, useContext } from "react";
import { setBrowserLocale, withLocale } from "@/lib/i18n/current";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { type Messages, messagesFor } from "@/lib/messages";

const LocaleContext = createContext<Locale>(DEFAULT_LOCALE);

/** The page's language, chosen on the server (cookie, then Accept-Language) by the root layout. */
export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  // Lib code called from event handlers (form checks) writes in the page's language too.
  setBrowserLocale(locale);
  return <LocaleContext value={locale}>{children}</LocaleContext>;
}

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

/** The page language's texts, for client components (server components: getMessages()). */
export function useMessages(): Messages {
  return messagesFor(useLocale());
}

/**
 * Runs lib code that writes text (form checks, diagnostics rules) in the page's language
 * during render: a server render of a client component has no request scope of its own, so
 * without this it would write English and disagree with the browser's render.
 */
export function useLocalized(): <T>(fn: () => T) => T {
  const locale = useLocale();
  return (fn) => withLocale(locale, fn);
}
