import type { Locale } from "@/lib/i18n/locales";
import type { Dictionary } from "./dictionary";
import { en } from "./en";
import { es } from "./es";

export type Messages = Dictionary;
export type { Dictionary };

export const DICTIONARIES: Record<Locale, Messages> = { en, es };

/** The texts of one language. Components take them from useMessages() / getMessages(). */
export function messagesFor(locale: Locale): Messages {
  return DICTIONARIES[locale];
}
