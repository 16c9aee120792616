import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";
import { DICTIONARIES } from "./index";

/**
 * Every key path of a dictionary with the kind of value there: "text", "fn/<arity>" or
 * "list/<length>". Two languages must give the same set: a key missing (or extra) in either
 * fails, and so does a function taking other arguments or a list of another length.
 */
function shape(value: unknown, path = ""): string[] {
  if (typeof value === "string") return [`${path}: text`];
  if (typeof value === "function") return [`${path}: fn/${value.length}`];
  if (Array.isArray(value)) {
    return [`${path}: list/${value.length}`, ...value.flatMap((v, i) => shape(v, `${path}[${i}]`))];
  }
  if (typeof value === "object" && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => shape(v, path === "" ? k : `${path}.${k}`));
  }
  return [`${path}: ${typeof value}`];
}

describe("message dictionaries", () => {
  const reference = shape(DICTIONARIES.en);

  it.each(LOCALES.filter((l) => l !== "en"))("%s has exactly English's keys", (locale) => {
    const other = shape(DICTIONARIES[locale]);
    expect(other.filter((k) => !reference.includes(k))).toEqual([]);
    expect(reference.filter((k) => !other.includes(k))).toEqual([]);
  });

  it.each(LOCALES)("%s has no empty text", (locale) => {
    const empty: string[] = [];
    const walk = (v: unknown, path: string): void => {
      if (typeof v === "string" && v.trim() === "") empty.push(path);
      else if (typeof v === "object" && v !== null)
        for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
    };
    walk(DICTIONARIES[locale], locale);
    expect(empty).toEqual([]);
  });

  it("finds a key missing on either side (the check itself can fail)", () => {
    const es = DICTIONARIES.es as unknown as Record<string, Record<string, unknown>>;
    const { title: _dropped, ...withoutTitle } = es.auth ?? {};
    const broken = shape({ ...es, auth: withoutTitle });
    expect(reference.filter((k) => !broken.includes(k))).toEqual(["auth.title: text"]);
  });
});
