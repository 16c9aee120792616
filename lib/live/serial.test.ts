import { describe, expect, it } from "vitest";
import { createSerialRunner } from "./serial";

describe("createSerialRunner", () => {
  it("never overlaps runs and runs once more for requests made meanwhile", async () => {
    let active = 0;
    let maxActive = 0;
    let runs = 0;
    const release: (() => void)[] = [];
    const runner = createSerialRunner(async () => {
      runs += 1;
      active += 1;
      maxActive = Math.max(maxActive, active);
      await new Promise<void>((r) => release.push(r));
      active -= 1;
    });
    runner.request();
    runner.request();
    runner.request();
    expect(runs).toBe(1);
    release.shift()?.();
    await new Promise((r) => setTimeout(r, 0));
    expect(runs).toBe(2);
    release.shift()?.();
    await new Promise((r) => setTimeout(r, 0));
    expect(runs).toBe(2);
    expect(maxActive).toBe(1);
    expect(runner.running).toBe(false);
  });
});
