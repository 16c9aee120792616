import { describe, expect, it } from "vitest";
import {
  isValidSwarmName,
  parseKeyValues,
  SWARM_NAME_MAX,
  SWARM_NAME_PATTERN,
  swarmNameError,
} from "@/lib/net/names";

describe("swarmNameError", () => {
  it.each(["my-overlay", "demo_frontend", "a", "Net1", "a-_-b", "x".repeat(63)])(
    "accepts %s",
    (name) => {
      expect(swarmNameError(name)).toBeNull();
      expect(isValidSwarmName(name)).toBe(true);
    },
  );

  it.each([
    ["", "name is required"],
    ["x".repeat(64), "name is 64 characters; at most 63 (a DNS label)"],
    ["my.net", "name cannot contain dots: swarm names are DNS labels"],
    ["-net", "name must start with a letter or digit"],
    ["net-", "name must end with a letter or digit"],
    ["my net", "name may only contain letters, digits, '-' and '_'"],
    ["réseau", "name may only contain letters, digits, '-' and '_'"],
  ])("refuses %j", (name, message) => {
    expect(swarmNameError(name)).toBe(message);
  });
});

describe("parseKeyValues", () => {
  it("parses lines, skipping blanks, keeping '=' in values", () => {
    expect(parseKeyValues(["env=prod", "", "  ", "query=a=b", "empty="])).toEqual({
      ok: true,
      values: { env: "prod", query: "a=b", empty: "" },
      issues: [],
    });
  });

  it("reports malformed, empty and duplicate keys with their line", () => {
    const result = parseKeyValues(["team", "=x", "a=1", "a=2", "bad key=1"], "options");
    expect(result.ok).toBe(false);
    expect(result.values).toEqual({ a: "1" });
    expect(result.issues).toEqual([
      {
        field: "options.0",
        message: '"team" is not key=value (write team= for an empty value)',
        severity: "error",
      },
      { field: "options.1", message: '"=x" has an empty key', severity: "error" },
      { field: "options.3", message: "duplicate key a (first given on line 3)", severity: "error" },
      { field: "options.4", message: 'key "bad key" contains whitespace', severity: "error" },
    ]);
  });
});

describe("SWARM_NAME_PATTERN", () => {
  it("answers at once for the longest names that reach it, valid or not", () => {
    const t0 = performance.now();
    for (const tail of ["!", "-", "_", ".", " "]) {
      expect(swarmNameError(`${"a".repeat(SWARM_NAME_MAX - 1)}${tail}`)).not.toBeNull();
      expect(swarmNameError(`${"a-".repeat(31)}${tail}`)).not.toBeNull();
    }
    expect(swarmNameError("a".repeat(SWARM_NAME_MAX))).toBeNull();
    expect(performance.now() - t0).toBeLessThan(50);
  });

  it.each(["a", "a1", "a-b", "a__b", "A-_-9"])("matches %s", (name) => {
    expect(SWARM_NAME_PATTERN.test(name)).toBe(true);
  });

  it.each(["", "-a", "a-", "_", "a.b", "a b", "a!"])("does not match %j", (name) => {
    expect(SWARM_NAME_PATTERN.test(name)).toBe(false);
  });
});
