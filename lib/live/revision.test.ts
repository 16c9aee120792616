import { describe, expect, it } from "vitest";
import { decidePatch, isBehind } from "./revision";

const at = (revision: number, epoch = "e1") => ({ epoch, revision });

describe("decidePatch", () => {
  it("applies the next revision only", () => {
    expect(decidePatch(at(4), at(5))).toBe("apply");
  });
  it("skips what the cache already holds (a refetch overtook the stream)", () => {
    expect(decidePatch(at(5), at(5))).toBe("skip");
    expect(decidePatch(at(9), at(5))).toBe("skip");
  });
  it("sees a gap when revisions were missed or the server restarted", () => {
    expect(decidePatch(at(4), at(6))).toBe("gap");
    expect(decidePatch(at(4, "old"), at(5, "new"))).toBe("gap");
    expect(decidePatch(at(40, "old"), at(1, "new"))).toBe("gap");
  });
  it("skips when nothing is cached yet", () => {
    expect(decidePatch(undefined, at(1))).toBe("skip");
  });
});

describe("isBehind", () => {
  it("is true for an older revision or another epoch, false otherwise", () => {
    expect(isBehind(at(3), at(5))).toBe(true);
    expect(isBehind(at(5, "a"), at(5, "b"))).toBe(true);
    expect(isBehind(at(5), at(5))).toBe(false);
    expect(isBehind(at(6), at(5))).toBe(false);
    expect(isBehind(at(5), {})).toBe(false);
    expect(isBehind(undefined, at(5))).toBe(false);
  });
});
