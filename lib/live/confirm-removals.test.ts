import { describe, expect, it } from "vitest";
import { fixtureService, fixtureSnapshot, fixtureTask } from "@/test/fixtures/snapshot";
import { CONFIRM_REMOVAL_MS, holdUnconfirmedRemovals } from "./confirm-removals";
import type { LiveEvent } from "./message";
import { changesFrom, type Refresh } from "./patch";

const web = fixtureService({ name: "web" });
const task = fixtureTask({ serviceId: web.id });
const current = fixtureSnapshot({ services: [web], tasks: [task] });
/** A full re-read that finds neither the service nor its task. */
const empty: Refresh = {
  services: { scope: "all", items: [] },
  tasks: { scope: "all", items: [] },
};
const removeEvent: LiveEvent = {
  type: "service",
  action: "remove",
  id: web.id,
  name: "web",
  time: 1,
};

describe("holdUnconfirmedRemovals", () => {
  it("holds a service that one read misses without an event; tasks go at once", () => {
    const pending = new Map<string, number>();
    const { changes, held } = holdUnconfirmedRemovals(
      changesFrom(current, empty),
      empty,
      [],
      pending,
      0,
    );
    expect(held).toEqual([`services:${web.id}`]);
    expect(changes.remove?.services).toEqual([]);
    expect(changes.remove?.tasks).toEqual([task.id]);
  });

  it("removes it when a read CONFIRM_REMOVAL_MS later still misses it, not sooner", () => {
    const pending = new Map<string, number>();
    holdUnconfirmedRemovals(changesFrom(current, empty), empty, [], pending, 0);
    const soon = holdUnconfirmedRemovals(changesFrom(current, empty), empty, [], pending, 500);
    expect(soon.changes.remove?.services).toEqual([]);
    const later = holdUnconfirmedRemovals(
      changesFrom(current, empty),
      empty,
      [],
      pending,
      CONFIRM_REMOVAL_MS,
    );
    expect(later.changes.remove?.services).toEqual([web.id]);
    expect(later.held).toEqual([]);
    expect(pending.size).toBe(0);
  });

  it("removes it at once when Docker's remove event says so", () => {
    const pending = new Map<string, number>();
    const { changes, held } = holdUnconfirmedRemovals(
      changesFrom(current, empty),
      empty,
      [removeEvent],
      pending,
      0,
    );
    expect(changes.remove?.services).toEqual([web.id]);
    expect(held).toEqual([]);
  });

  it("forgets a held removal when a read finds the object again", () => {
    const pending = new Map<string, number>();
    holdUnconfirmedRemovals(changesFrom(current, empty), empty, [], pending, 0);
    const found: Refresh = { services: { scope: "all", items: [web] } };
    holdUnconfirmedRemovals(changesFrom(current, found), found, [], pending, 100);
    expect(pending.size).toBe(0);
    // A later miss starts the wait again instead of counting from the first one.
    const again = holdUnconfirmedRemovals(
      changesFrom(current, empty),
      empty,
      [],
      pending,
      CONFIRM_REMOVAL_MS + 200,
    );
    expect(again.changes.remove?.services).toEqual([]);
  });
});
