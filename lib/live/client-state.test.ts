import { describe, expect, it } from "vitest";
import { becameLive, type ClientLive, initialClientLive, nextClientLive } from "./client-state";

const run = (steps: Parameters<typeof nextClientLive>[1][]) => {
  let s: ClientLive = initialClientLive;
  const seen: ClientLive[] = [];
  steps.forEach((step, i) => {
    s = nextClientLive(s, step, 1000 * (i + 1));
    seen.push(s);
  });
  return seen;
};

describe("nextClientLive", () => {
  it("is connecting until the server says live", () => {
    const [opened, live] = run([{ kind: "open" }, { kind: "status", state: "live" }]);
    expect(opened?.display).toBe("connecting");
    expect(live).toMatchObject({ display: "live", staleSince: null, everLive: true });
    expect(becameLive(opened as ClientLive, live as ClientLive)).toBe(true);
  });

  it("follows the server's Docker state and remembers since when it is stale", () => {
    const seen = run([
      { kind: "open" },
      { kind: "status", state: "live" },
      { kind: "status", state: "reconnecting" },
      { kind: "status", state: "down" },
      { kind: "status", state: "live" },
    ]);
    expect(seen.map((s) => s.display)).toEqual([
      "connecting",
      "live",
      "reconnecting",
      "down",
      "live",
    ]);
    expect(seen[2]?.staleSince).toBe(3000);
    expect(seen[3]?.staleSince).toBe(3000);
    expect(seen[4]?.staleSince).toBeNull();
  });

  it("says reconnecting when the SSE connection drops, down after repeated failures", () => {
    const seen = run([
      { kind: "open" },
      { kind: "status", state: "live" },
      { kind: "error" },
      { kind: "error" },
      { kind: "error" },
      { kind: "open" },
      { kind: "status", state: "live" },
    ]);
    expect(seen.map((s) => s.display)).toEqual([
      "connecting",
      "live",
      "reconnecting",
      "reconnecting",
      "down",
      "reconnecting",
      "live",
    ]);
    expect(seen[4]?.staleSince).toBe(3000);
  });
});
