import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { capDetails, zodIssuesToDetails } from "@/lib/schemas/errors";
import { LIMITS } from "@/lib/schemas/limits";
import { createNetworkSchema } from "@/lib/schemas/network-create";
import { attachNetworkSchema } from "@/lib/schemas/service-network";
import { updatePortsSchema } from "@/lib/schemas/service-ports";

/** Parses and times one body: every refusal here must be quick and list few problems. */
function check(schema: z.ZodType, body: unknown) {
  const t0 = performance.now();
  const result = schema.safeParse(body);
  const ms = performance.now() - t0;
  const details = result.success ? [] : zodIssuesToDetails(result.error);
  return { ok: result.success, ms, details };
}

describe("request limits", () => {
  it("refuses 4,000 IPAM entries without running the quadratic overlap check", () => {
    const ipam = Array.from({ length: 4000 }, (_, i) => ({
      subnet: `10.${i >> 8}.${i & 255}.0/24`,
    }));
    const r = check(createNetworkSchema, { name: "n", ipam });
    expect(r.ok).toBe(false);
    expect(r.details).toEqual([
      { field: "ipam", message: `at most ${LIMITS.ipamConfigs} IPAM configurations` },
    ]);
    expect(r.ms).toBeLessThan(100);
  });

  it("accepts the largest allowed IPAM list", () => {
    const ipam = Array.from({ length: LIMITS.ipamConfigs }, (_, i) => ({
      subnet: `10.99.${i}.0/24`,
    }));
    expect(check(createNetworkSchema, { name: "n", ipam }).ok).toBe(true);
  });

  it('refuses 300 × "1-1024:1-1024" quickly, with a short error list', () => {
    const r = check(updatePortsSchema, { version: 1, publish: Array(300).fill("1-1024:1-1024") });
    expect(r.ok).toBe(false);
    expect(r.details).toEqual([
      { field: "publish", message: `at most ${LIMITS.publishEntries} publish entries` },
    ]);
    expect(r.ms).toBeLessThan(100);
  });

  it("counts ports after range expansion", () => {
    const r = check(updatePortsSchema, { version: 1, publish: ["1-1024:1-1024", "2000"] });
    expect(r.details).toEqual([
      { field: "publish.1", message: expect.stringContaining("at most 1024 ports") },
    ]);
    expect(check(updatePortsSchema, { version: 1, publish: ["1-1024:1-1024"] }).ok).toBe(true);
    const many = Array.from({ length: LIMITS.ports + 1 }, (_, i) => ({
      published: i + 1,
      target: 80,
      protocol: "tcp",
      mode: "ingress",
    }));
    expect(check(updatePortsSchema, { version: 1, ports: many }).ok).toBe(false);
  });

  it("caps the problems listed for a body full of mistakes", () => {
    const r = check(updatePortsSchema, { version: 1, publish: Array(200).fill("x") });
    expect(r.details).toHaveLength(LIMITS.errorDetails + 1);
    expect(r.details.at(-1)).toEqual({ field: "", message: "…and 150 more problems" });
  });

  it("bounds aliases, labels and string lengths", () => {
    const aliases = Array.from({ length: LIMITS.aliases + 1 }, (_, i) => `a${i}`);
    expect(check(attachNetworkSchema, { version: 1, network: "n", aliases }).ok).toBe(false);
    expect(check(attachNetworkSchema, { version: 1, network: "x".repeat(300) }).ok).toBe(false);
    const labels = Object.fromEntries(
      Array.from({ length: LIMITS.labels + 1 }, (_, i) => [`k${i}`, "v"]),
    );
    expect(check(createNetworkSchema, { name: "n", labels }).details).toEqual([
      { field: "labels", message: `at most ${LIMITS.labels} labels` },
    ]);
    expect(check(createNetworkSchema, { name: "n", labels: { k: "v".repeat(5000) } }).ok).toBe(
      false,
    );
    expect(check(createNetworkSchema, { name: "n", ipam: [{ subnet: "1".repeat(100) }] }).ok).toBe(
      false,
    );
  });
});

describe("capDetails", () => {
  it("keeps short lists as they are", () => {
    const list = [{ field: "a", message: "m" }];
    expect(capDetails(list, 1)).toBe(list);
    expect(capDetails([...list, ...list, ...list], 1)).toEqual([
      { field: "a", message: "m" },
      { field: "", message: "…and 2 more problems" },
    ]);
  });
});
