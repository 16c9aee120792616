/** The UI languages. Adding one = a file in lib/messages and an entry here. */
export const LOCALES = ["en", "es"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** The switch's choice; it wins over Accept-Language. Not httpOnly: it is a preference. */
export const LOCALE_COOKIE = "swarmnet_lang";
/** `?lang=es` on any page sets the cookie (the proxy answers it), so a TV link can carry it. */
export const LOCALE_PARAM = "lang";
export const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

/** Each language named in itself, as a switch shows it. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", es: "Español" };

/** BCP 47 tags for Intl: English as the ops world writes dates (day first, 24 h). */
export const INTL_TAGS: Record<Locale, string> = { en: "en-GB", es: "es-ES" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}
