import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import type { LiveEvent } from "@/lib/live/message";
import { affectedBy, invalidateAffected, networkRefMatches } from "./live";
import { queryKeys } from "./snapshot";

const ev = (type: LiveEvent["type"], id: string, name: string): LiveEvent => ({
  type,
  action: "update",
  id,
  name,
  time: 1,
});

describe("affectedBy", () => {
  it("maps events to the nodes list and the networks they name", () => {
    expect(affectedBy([])).toEqual({ nodes: false, networks: [] });
    expect(
      affectedBy([ev("service", "s", "web"), ev("network", "n1", "a"), ev("network", "n1", "a")]),
    ).toEqual({ nodes: false, networks: [{ id: "n1", name: "a" }] });
    expect(affectedBy([ev("node", "x", "vm")]).nodes).toBe(true);
  });

  it("matches a network detail cached by name, id or id prefix", () => {
    const n = { id: "abcdef123456", name: "front" };
    expect(networkRefMatches("front", n)).toBe(true);
    expect(networkRefMatches("abcdef123456", n)).toBe(true);
    expect(networkRefMatches("abcdef", n)).toBe(true);
    expect(networkRefMatches("abc", n)).toBe(false);
    expect(networkRefMatches("back", n)).toBe(false);
  });
});

describe("invalidateAffected", () => {
  it("marks exactly the affected queries stale (never the snapshot: patches keep it)", async () => {
    const client = new QueryClient();
    const keys = [
      queryKeys.snapshot,
      queryKeys.nodes,
      queryKeys.network("front"),
      queryKeys.network("back"),
    ];
    for (const k of keys) client.setQueryData(k, { x: 1 });
    await invalidateAffected(client, affectedBy([ev("network", "id-front", "front")]));
    const stale = keys.filter((k) => client.getQueryState(k)?.isInvalidated);
    expect(stale).toEqual([queryKeys.network("front")]);
  });
});
