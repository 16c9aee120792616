import { describe, expect, it } from "vitest";
import { globMatch, isFiltered, matchesAny, parseWallOptions } from "./wall-options";

describe("parseWallOptions", () => {
  it("reads stack, network, service and period as comma lists and seconds", () => {
    expect(
      parseWallOptions({
        stack: "shop, ops,",
        network: "front",
        service: ["web-*", "db"],
        period: "20",
        theme: "light",
      }),
    ).toEqual({
      stacks: ["shop", "ops"],
      networks: ["front"],
      services: ["web-*", "db"],
      period: 20,
      theme: "light",
    });
  });

  it("keeps the old ?networks= and ?rotate= working", () => {
    const o = parseWallOptions({ networks: "a,b", rotate: "30" });
    expect(o.networks).toEqual(["a", "b"]);
    expect(o.period).toBe(30);
    // The new name wins when both are there.
    expect(parseWallOptions({ period: "5", rotate: "30" }).period).toBe(5);
  });

  it("falls back to the defaults on nonsense", () => {
    expect(parseWallOptions({ period: "x", theme: "neon", stack: " , " })).toEqual({
      stacks: null,
      networks: null,
      services: null,
      period: null,
      theme: "dark",
    });
    expect(parseWallOptions({ period: "1" }).period).toBeNull();
    expect(parseWallOptions({ period: "99999" }).period).toBe(3600);
  });

  it("says when a team filter is set", () => {
    expect(isFiltered(parseWallOptions({}))).toBe(false);
    expect(isFiltered(parseWallOptions({ period: "4" }))).toBe(false);
    expect(isFiltered(parseWallOptions({ service: "x" }))).toBe(true);
  });
});

describe("matchesAny", () => {
  it("matches exact names or ids, and * wildcards, literally otherwise", () => {
    expect(matchesAny(["web"], "web", "id1")).toBe(true);
    expect(matchesAny(["id1"], "web", "id1")).toBe(true);
    expect(matchesAny(["we"], "web")).toBe(false);
    expect(matchesAny(["web-*"], "web-2")).toBe(true);
    expect(matchesAny(["*-db"], "shop-db")).toBe(true);
    expect(matchesAny(["a.b*"], "axb1")).toBe(false);
    expect(matchesAny(["a.b*"], "a.b1")).toBe(true);
  });
});

describe("globMatch", () => {
  it("matches stars anywhere, literally otherwise", () => {
    expect(globMatch("web-*", "web-1")).toBe(true);
    expect(globMatch("*-api", "shop-api")).toBe(true);
    expect(globMatch("a*b*c", "aXXbYYc")).toBe(true);
    expect(globMatch("a*b*c", "acb")).toBe(false);
    expect(globMatch("ab*ba", "aba")).toBe(false); // prefix and suffix may not overlap
    expect(globMatch("*", "")).toBe(true);
    expect(globMatch("web.*", "webX1")).toBe(false); // a dot is literal
    expect(globMatch("web", "web")).toBe(true);
  });

  it("stays linear on an adversarial pattern", () => {
    const pattern = `${"*a".repeat(2_000)}*b`;
    const value = "a".repeat(10_000);
    const started = performance.now();
    expect(globMatch(pattern, value)).toBe(false);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
