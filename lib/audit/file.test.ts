import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AUDIT_FIELD_CHARS, capEntry } from "./cap";
import { LineFile } from "./file";
import { RefusalCounter } from "./summary";
import type { AuditEntry } from "./types";

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "swarmnet-audit-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("LineFile", () => {
  it("appends lines and reads the tail newest first", async () => {
    const log = new LineFile(path.join(dir, "a", "audit.log"), 1 << 20);
    for (let i = 0; i < 5; i++) expect(await log.append(`{"n":${i}}`)).toBe(true);
    expect(await log.tail(3)).toEqual(['{"n":4}', '{"n":3}', '{"n":2}']);
  });

  it("rotates before passing its size bound, keeping one old file", async () => {
    const file = path.join(dir, "audit.log");
    const log = new LineFile(file, 1000);
    const line = "x".repeat(99); // 100 bytes with the newline
    for (let i = 0; i < 35; i++) await log.append(line);
    expect(fs.statSync(file).size).toBeLessThanOrEqual(1000);
    expect(fs.statSync(`${file}.1`).size).toBe(1000);
    expect(fs.readdirSync(dir).sort()).toEqual(["audit.log", "audit.log.1"]);
    expect(fs.statSync(file).size).toBe(500);
  });

  it("serialises concurrent appends into whole lines", async () => {
    const file = path.join(dir, "audit.log");
    const log = new LineFile(file, 1 << 20);
    await Promise.all(Array.from({ length: 200 }, (_, i) => log.append(JSON.stringify({ i }))));
    const lines = fs.readFileSync(file, "utf8").trim().split("\n");
    expect(lines).toHaveLength(200);
    for (const l of lines) expect(() => JSON.parse(l)).not.toThrow();
  });

  it("reads only the end of a large file, dropping the cut first line", async () => {
    const file = path.join(dir, "audit.log");
    fs.writeFileSync(file, `${Array.from({ length: 5000 }, (_, i) => `line-${i}`).join("\n")}\n`);
    const log = new LineFile(file, 1 << 30);
    const tail = await log.tail(10_000, 100);
    expect(tail[0]).toBe("line-4999");
    expect(tail.length).toBeLessThan(15);
    for (const l of tail) expect(l).toMatch(/^line-\d+$/);
  });

  it("says when a line could not be written, without throwing", async () => {
    fs.writeFileSync(path.join(dir, "blocker"), "");
    const log = new LineFile(path.join(dir, "blocker", "audit.log"), 1000);
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await log.append("x")).toBe(false);
    expect(await log.tail(1)).toEqual([]);
  });
});

describe("capEntry", () => {
  it("cuts caller-controlled fields so a line stays small", () => {
    const huge = "A".repeat(8000);
    const entry: AuditEntry = {
      time: new Date(0).toISOString(),
      role: "anonymous",
      operation: huge,
      target: Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`${i}${huge}`, huge])),
      cli: huge,
      status: 400,
      result: "failed",
      message: huge,
      userAgent: huge,
      address: huge,
    };
    const line = JSON.stringify(capEntry(entry));
    expect(line.length).toBeLessThan(4096);
    const capped = capEntry(entry);
    expect(Object.keys(capped.target)).toHaveLength(AUDIT_FIELD_CHARS.targetKeys);
    expect(capped.message).toMatch(/…\[\+7488\]$/);
  });
});

describe("RefusalCounter", () => {
  it("writes one summary per period, only when something was counted", () => {
    vi.useFakeTimers();
    const flushed: number[] = [];
    const counter = new RefusalCounter((n) => flushed.push(n), 60_000);
    for (let i = 0; i < 30; i++) counter.add();
    expect(flushed).toEqual([]);
    vi.advanceTimersByTime(60_000);
    expect(flushed).toEqual([30]);
    vi.advanceTimersByTime(600_000);
    expect(flushed).toEqual([30]);
    counter.add();
    counter.flushNow();
    expect(flushed).toEqual([30, 1]);
    expect(counter.since).toBe(31);
    vi.useRealTimers();
  });
});
