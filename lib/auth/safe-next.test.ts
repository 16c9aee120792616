import { describe, expect, it } from "vitest";
import { DEFAULT_NEXT, safeNext } from "./safe-next";

describe("safeNext", () => {
  it.each([
    ["/networks", "/networks"],
    ["/networks/demo-secure", "/networks/demo-secure"],
    ["/wall?networks=a,b&rotate=20", "/wall?networks=a,b&rotate=20"],
    ["/services/web#ports", "/services/web#ports"],
    ["/networks/a%20b", "/networks/a%20b"],
  ])("keeps the dashboard path %s", (next, expected) => {
    expect(safeNext(next)).toBe(expected);
  });

  it.each([
    undefined,
    "",
    "networks",
    "//evil.example",
    "/\\evil.example",
    "/%5Cevil.example",
    "/%5cevil.example",
    "/%09/evil.example",
    "/\t/evil.example",
    "/%0a/evil.example",
    "/%2F/evil.example",
    "/%2f%2fevil.example",
    "https://evil.example/",
    "http://swarmnet.invalid/networks",
    "javascript:alert(1)",
    "/%E0%A4%A", // malformed escape
    "/\u0000x",
  ])("refuses %j", (next) => {
    expect(safeNext(next)).toBe(DEFAULT_NEXT);
  });
});
