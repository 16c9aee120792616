import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findRegexes, type RegexSite } from "./regex-inventory";

const ROOT = path.resolve(__dirname, "../..");
const PROBE = path.join(__dirname, "regex-probe.mjs");
/**
 * Per regex, the slowest 10 kB adversarial input must match within BOUND_MS, or at least grow
 * no faster than linearly: from 10 to 40 kB a linear pattern takes about 4 times as long, a
 * quadratic one 16 times. On a loaded machine a linear match can be slow, but it never grows
 * past MAX_GROWTH.
 */
const BOUND_MS = 50;
const MAX_GROWTH = 8;

type Timing = { ms: number; growth: number; sample: string };
type Probe = { timedOut: boolean; results: Map<number, Timing>; running: number | null };

function probe(
  sites: Pick<RegexSite, "source" | "flags">[],
  timeoutMs: number,
  size?: number,
): Probe {
  const run = spawnSync(process.execPath, [PROBE], {
    env: { ...process.env, ...(size ? { REGEX_PROBE_SIZE: String(size) } : {}) },
    input: JSON.stringify(sites),
    encoding: "utf8",
    timeout: timeoutMs,
    killSignal: "SIGKILL",
  });
  const results = new Map<number, Timing>();
  let running: number | null = null;
  for (const line of run.stdout.split("\n")) {
    const [word, index, ms, growth, ...sample] = line.split(" ");
    if (word === "start") running = Number(index);
    if (word === "done") {
      results.set(Number(index), {
        ms: Number(ms),
        growth: Number(growth),
        sample: sample.join(" "),
      });
      running = null;
    }
  }
  return { timedOut: run.error !== undefined || run.signal !== null, results, running };
}

describe("every regex of the project", () => {
  const sites = findRegexes(ROOT);

  it("is found by the inventory (lib, app, components, proxy)", () => {
    expect(sites.length).toBeGreaterThan(30);
    expect(sites.some((s) => s.file === path.join("lib", "net", "names.ts"))).toBe(true);
    // Patterns built at run time cannot be checked here: write them as literals.
    expect(sites.filter((s) => s.source === "<dynamic>")).toEqual([]);
  });

  it(`matches 10 kB adversarial inputs in under ${BOUND_MS} ms each`, () => {
    const result = probe(sites, 60_000);
    const culprit = result.running === null ? null : sites[result.running];
    expect(result.timedOut, `hung on ${culprit?.file}:${culprit?.line} /${culprit?.source}/`).toBe(
      false,
    );
    const slow = sites
      .map((site, i) => ({
        at: `${site.file}:${site.line} /${site.source}/`,
        ...result.results.get(i),
      }))
      .filter(
        ({ ms, growth }) => ms === undefined || (ms > BOUND_MS && (growth ?? 0) > MAX_GROWTH),
      );
    expect(slow).toEqual([]);
  }, 70_000);

  it("tells a quadratic pattern by its growth (the base64url padding trim it found)", () => {
    // Smaller inputs keep it quick; growth does not depend on the size.
    const result = probe([{ source: "=+$", flags: "" }], 30_000, 4096);
    expect(result.results.get(0)?.growth).toBeGreaterThan(MAX_GROWTH);
  }, 40_000);

  it("catches the pattern that used to hang the server", () => {
    // The network-name pattern before the fix: exponential on "aaaa…a!".
    const result = probe([{ source: "^[a-zA-Z0-9](?:[-_]*[A-Za-z0-9]+)*$", flags: "" }], 3_000);
    expect(result.timedOut).toBe(true);
    expect(result.running).toBe(0);
  }, 10_000);
});
