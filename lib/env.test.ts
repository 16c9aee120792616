import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

const A = "a".repeat(32);
const V = "v".repeat(32);
const files = (map: Record<string, string>) => (f: string) => {
  const text = map[f];
  if (text === undefined) throw new Error("ENOENT: no such file");
  return text;
};

describe("parseEnv", () => {
  it("reads the tokens from their _FILE (Docker secrets), trimming the newline", () => {
    const env = parseEnv(
      { SWARMNET_ADMIN_TOKEN_FILE: "/run/secrets/a", SWARMNET_VIEWER_TOKEN_FILE: "/run/secrets/v" },
      files({ "/run/secrets/a": `${A}\n`, "/run/secrets/v": V }),
    );
    expect(env.SWARMNET_ADMIN_TOKEN).toBe(A);
    expect(env.SWARMNET_VIEWER_TOKEN).toBe(V);
  });

  it("refuses a short token from a file as from the variable", () => {
    expect(() => parseEnv({ SWARMNET_ADMIN_TOKEN_FILE: "/a" }, files({ "/a": "short" }))).toThrow(
      /SWARMNET_ADMIN_TOKEN: must be at least 32/,
    );
    expect(() => parseEnv({ SWARMNET_VIEWER_TOKEN: "short" })).toThrow(/SWARMNET_VIEWER_TOKEN/);
  });

  it("says which file it cannot read, and refuses both the variable and its file", () => {
    expect(() => parseEnv({ SWARMNET_ADMIN_TOKEN_FILE: "/missing" }, files({}))).toThrow(
      /SWARMNET_ADMIN_TOKEN_FILE: cannot read \/missing/,
    );
    expect(() =>
      parseEnv({ SWARMNET_ADMIN_TOKEN: A, SWARMNET_ADMIN_TOKEN_FILE: "/a" }, files({ "/a": A })),
    ).toThrow(/either SWARMNET_ADMIN_TOKEN or SWARMNET_ADMIN_TOKEN_FILE/);
  });

  it("parses flags once: 1/true on, 0/false/unset off, anything else refused", () => {
    expect(parseEnv({ SWARMNET_READ_ONLY: "1" }).SWARMNET_READ_ONLY).toBe(true);
    expect(parseEnv({ SWARMNET_READ_ONLY: "true" }).SWARMNET_READ_ONLY).toBe(true);
    expect(parseEnv({ SWARMNET_READ_ONLY: "0" }).SWARMNET_READ_ONLY).toBe(false);
    expect(parseEnv({}).SWARMNET_TRUST_PROXY).toBe(false);
    expect(() => parseEnv({ SWARMNET_TRUST_PROXY: "yes" })).toThrow(/SWARMNET_TRUST_PROXY/);
  });

  it("takes the public URL without its trailing slash and refuses one without a scheme", () => {
    expect(parseEnv({ SWARMNET_PUBLIC_URL: "https://swarm.example/" }).SWARMNET_PUBLIC_URL).toBe(
      "https://swarm.example",
    );
    expect(parseEnv({ SWARMNET_PUBLIC_URL: "" }).SWARMNET_PUBLIC_URL).toBeUndefined();
    expect(() => parseEnv({ SWARMNET_PUBLIC_URL: "swarm.example" })).toThrow(/SWARMNET_PUBLIC_URL/);
  });
});
