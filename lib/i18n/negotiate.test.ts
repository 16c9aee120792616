import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage, pickLocale } from "./negotiate";

describe("localeFromAcceptLanguage", () => {
  it("takes the first language we speak, by q then order", () => {
    expect(localeFromAcceptLanguage("es-AR,es;q=0.9,en;q=0.8")).toBe("es");
    expect(localeFromAcceptLanguage("fr-FR,fr;q=0.9,es;q=0.8,en;q=0.7")).toBe("es");
    expect(localeFromAcceptLanguage("en;q=0.5,es;q=0.9")).toBe("es");
    expect(localeFromAcceptLanguage("en-US,es")).toBe("en");
  });

  it("ignores q=0 and unknown languages", () => {
    expect(localeFromAcceptLanguage("es;q=0,en")).toBe("en");
    expect(localeFromAcceptLanguage("fr,de")).toBeNull();
    expect(localeFromAcceptLanguage("")).toBeNull();
    expect(localeFromAcceptLanguage(null)).toBeNull();
  });

  it("reads * as the default language", () => {
    expect(localeFromAcceptLanguage("fr,*;q=0.5")).toBe("en");
  });
});

describe("pickLocale", () => {
  it("lets the cookie win over Accept-Language", () => {
    expect(pickLocale("en", "es")).toBe("en");
    expect(pickLocale("es", "en-US")).toBe("es");
  });

  it("ignores a cookie value that is not a language we speak", () => {
    expect(pickLocale("fr", "es-ES")).toBe("es");
    expect(pickLocale("", null)).toBe("en");
  });
});
